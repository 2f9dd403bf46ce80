// Inverted attributions (internal header): an attribution after, or inside, the words it
// attributes, set off by commas: "..., the summary said.", "..., said Robert Egge, executive
// director of ...", "It was, he said, one of the bitterest failures."
#ifndef NEWSLENS_QUOTES_INVERTED_ATTRIBUTION_H_
#define NEWSLENS_QUOTES_INVERTED_ATTRIBUTION_H_

#include <cstdint>

#include "quotes/noun_phrases.h"
#include "quotes/quote_text.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {

// An attribution after (or inside) the words it attributes, set off by commas:
//   "..., the summary said."  "..., said Robert Egge, executive director of ..."
//   "..., Okafor said on Friday."  "It was, he said, one of the bitterest failures."
struct Inverted {
  std::uint32_t tail = kNone;    // first token after the comma that opens the attribution
  std::uint32_t resume = kNone;  // where the reported words go on after it, or kNone
  Phrase speaker;
};

// The attribution of the cue at `cue` if it is of that kind; `tail` is kNone otherwise.
Inverted InvertedAttribution(const QuoteText& q, std::uint32_t cue, const CueWord& word);

// True when ", X said." (an inverted attribution) starts at token `t` (just after a comma).
bool InvertedAttributionAt(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_INVERTED_ATTRIBUTION_H_
