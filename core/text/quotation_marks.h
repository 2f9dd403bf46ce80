// Pairing quotation marks into quoted regions (internal header).
//
// Works on the normalized tokens, where every double mark is “ or ” and every single mark ‘ or ’
// by direction (normalize.h), and apostrophes are no longer marks. Rules, per paragraph:
//  - “ opens and ” closes; ‘ ’ pair inside a double quotation as a nested quotation, or on their
//    own as a quotation in British style or a headline's scare quotes.
//  - A “ while one is open means the first was never closed: it ends before the new one.
//  - A ” or ’ with nothing open is ignored.
//  - At a paragraph's end an open “ continues into the next paragraph when that one opens with “
//    (the news convention for long quotations), and otherwise ends there: an unbalanced mark never
//    swallows more than its paragraph. A ‘ still open at the end is dropped.
//  - Marks nested more than eight deep are paired but make no region of their own.
// One pass over the tokens: linear time whatever the marks.
#ifndef NEWSLENS_TEXT_QUOTATION_MARKS_H_
#define NEWSLENS_TEXT_QUOTATION_MARKS_H_

#include <cstdint>
#include <vector>

#include "text/analyzed_text.h"

namespace newslens {

struct QuotedRegion {
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  std::uint32_t open_token;   // the opening mark
  std::uint32_t close_token;  // the closing mark, or kNone when the paragraph ended first
  std::uint32_t first_token;  // content tokens: [first_token, end_token)
  std::uint32_t end_token;
  std::uint32_t paragraph;
  bool single;                      // ‘ ’ rather than “ ”
  bool nested;                      // inside another quotation
  std::uint32_t continues = kNone;  // index of the region of the previous paragraph it continues
  std::uint32_t continued_by = kNone;

  bool closed() const { return close_token != kNone; }
  bool empty() const { return end_token <= first_token; }
};

// The regions in the order of their opening marks.
std::vector<QuotedRegion> PairQuotationMarks(const AnalyzedText& text);

// The quotation marks of a text: their regions, and which tokens they enclose.
struct QuotationMarks {
  std::vector<QuotedRegion> regions;  // PairQuotationMarks()
  std::vector<bool> quoted;           // MarkQuotedTokens()
};
QuotationMarks FindQuotationMarks(const AnalyzedText& text);

// The one definition of "inside quotation marks": per token, whether it is a quotation mark of
// one of `regions` (as PairQuotationMarks() gives them) or lies between its marks. A region left
// open at its paragraph's end covers the paragraph's rest. A bit per token of `token_count`.
std::vector<bool> MarkQuotedTokens(const std::vector<QuotedRegion>& regions,
                                   std::uint32_t token_count);

}  // namespace newslens

#endif  // NEWSLENS_TEXT_QUOTATION_MARKS_H_
