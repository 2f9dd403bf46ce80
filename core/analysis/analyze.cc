// Analyze(): runs the stages in order and turns their results into the contract's value types.
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "analysis/stages.h"
#include "analysis/text_checks.h"
#include "entities/entity_linker.h"
#include "ner/tag_names.h"
#include "newslens/newslens.h"
#include "quotes/quote_finder.h"
#include "reference/references.h"
#include "text/analyzed_text.h"
#include "text/quotation_marks.h"
#include "text/token_facts.h"
#include "text/token_view.h"
#include "values/value_finder.h"

namespace newslens {
namespace {

bool IsDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// A plausible ISO date: YYYY-MM-DD with a month 01-12 and a day 01-31.
bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) || !IsDigits(s.substr(8, 2))) {
    return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Title and date from the headline paragraph: "date 2025-02-01 Trump says ...", "# Title".
void ReadHeader(const AnalyzedText& at, DocumentInfo* document) {
  const auto& paragraphs = at.segmentation.paragraphs;
  if (paragraphs.empty() || paragraphs.front().role != ParagraphRole::kHeadline) return;
  Span span = paragraphs.front().span;
  std::string_view p = at.text().substr(span.start, span.size());
  auto skip = [&](std::size_t n) {  // n bytes, then any spaces
    while (n < p.size() && p[n] == ' ') ++n;
    p.remove_prefix(n);
    span.start += static_cast<std::uint32_t>(n);
  };
  while (p.starts_with("#")) skip(1);
  std::string_view rest = p.starts_with("date ") ? p.substr(5) : p;
  if (IsIsoDate(rest.substr(0, 10)) && (rest.size() == 10 || rest[10] == ' ')) {
    document->date = std::string(rest.substr(0, 10));
    skip(p.size() - rest.size() + 10);
  }
  if (!p.empty()) document->title = at.DecodedTextOf(span);
}

}  // namespace

const char* Version() { return NEWSLENS_VERSION; }

Result<Analysis> AnalyzeByStage(std::string_view input, const AnalyzeOptions& options,
                                const std::function<void(AnalysisStage)>& stage_done) {
  const auto done = [&](AnalysisStage stage) {
    if (stage_done) stage_done(stage);
  };
  Result<DecodedText> decoded = DecodeInput(input, options.decode);
  done(AnalysisStage::kDecode);
  if (!decoded.ok()) return decoded.error();

  AnalyzedText at;
  at.decoded = std::move(decoded).value();
  at.normalized = Normalize(at.decoded.text, options.normalize);
  at.ShareUnchangedTexts(input);
  done(AnalysisStage::kNormalize);
  at.segmentation = Segment(at.text());
  done(AnalysisStage::kSegment);

  Analysis analysis;
  DocumentInfo& doc = analysis.document;
  doc.input = {input.size(), at.decoded.encoding, at.decoded.was_html, at.decoded.repaired};
  doc.paragraphs.reserve(at.segmentation.paragraphs.size());
  for (const Paragraph& p : at.segmentation.paragraphs) {
    doc.paragraphs.push_back({at.ToInput(p.span), p.role});
  }
  doc.sentences.reserve(at.segmentation.sentences.size());
  for (const Sentence& s : at.segmentation.sentences) doc.sentences.push_back(at.ToInput(s.span));
  doc.token_count = at.segmentation.tokens.size();
  doc.warnings = CheckText(at);
  ReadHeader(at, &doc);
  done(AnalysisStage::kDocument);
  analysis.values = FindValues(at, doc.date);
  done(AnalysisStage::kValues);
  std::vector<NerTag> tags = TagNames(at);
  done(AnalysisStage::kNer);
  ClassifyTokens(&at);
  LinkedEntities linked = LinkEntities(at, tags);
  std::vector<NerTag>().swap(tags);  // a byte per token, which the later stages do not read
  QuotationMarks marks = FindQuotationMarks(at);
  const References references = ResolveReferences(TokenView(at), marks.quoted, &linked);
  done(AnalysisStage::kEntities);
  analysis.entities = std::move(linked.entities);
  analysis.quotes = FindQuotes(at, &marks, linked.mentions, references, analysis.entities);
  done(AnalysisStage::kQuotes);
  return analysis;
}

Result<Analysis> Analyze(std::string_view input, const AnalyzeOptions& options) {
  return AnalyzeByStage(input, options, {});
}

}  // namespace newslens
