// The quote finder (see quote_finder.h): the passes in order. The rules read like a style
// guide for attribution in news; each pass says which convention it follows (passes.h).
#include "quotes/quote_finder.h"

#include <utility>

#include "quotes/passes.h"
#include "quotes/quote_text.h"
#include "text/quotation_marks.h"

namespace newslens {

std::vector<Quote> FindQuotes(const AnalyzedText& text, QuotationMarks* marks,
                              const MentionTable& names, const References& references,
                              const std::vector<Entity>& entities) {
  quotes::QuoteCandidates state;
  state.regions = std::move(marks->regions);
  const quotes::QuoteText q(text, names, references, entities, marks->quoted);
  state.used_cue.assign(text.segmentation.tokens.size(), false);
  quotes::QuotedPass(q, &state);
  quotes::IndirectPass(q, &state);
  quotes::TranscriptPass(q, &state);
  quotes::HeadlineSpeakers(q, &state);
  // On a long input dense with quotations the regions are a large share of the memory, and the
  // quotes about to be built are another: the first go before the second come. (The per-token
  // flags stay: the output still reads them, at a bit a token.)
  state.regions = decltype(state.regions)();  // `= {}` would keep the storage
  return quotes::OutputQuotes(q, &state);
}

}  // namespace newslens
