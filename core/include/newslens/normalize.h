// Normalization: one spelling for what later stages match on.
//
//   NormalizedText n = Normalize(decoded.text, {});
//   n.text                  // NFC, quotation marks and apostrophes folded, ...
//   n.to_source.ToSource(s) // the span `s` of n.text as a span of decoded.text
//
// Two layers, each optional:
//  * Unicode normalization through utf8proc: NFC (the default) or NFKC. The text is cut at
//    characters that can never combine with what precedes them and each piece is normalized on
//    its own, which gives the same result as normalizing the whole string (checked against the
//    Unicode Consortium's NormalizationTest.txt) and a fine-grained offset map. A run of more
//    than 30 characters that combine with what precedes them (beyond UAX #15's Stream-Safe
//    limit; no language needs it) is cut after every 30, so time stays linear in the input.
//  * Folding (`fold`), for matching:
//      - double quotation marks (" “ ” „ ‟ « » ＂ 「 」 『 』 〝 〞, and the doubled '' and `` of
//        some newspaper archives and of TeX) become “ when they open and ” when they
//        close; single ones (' ‘ ’ ‚ ‛ ‹ › ʼ) become ‘ and ’; the direction comes from the
//        characters around the mark (like CommonMark's flanking rules), the glyph breaking ties
//        (and deciding between a space and punctuation: "« Non »,").
//      - an apostrophe (’ ' ʼ ′ ‘ between letters, "don’t", "Kyiv’s"; before a year, "’90s",
//        but "‘90 percent’" is a quote; after a plural with no single quote open, "players’")
//        becomes the ASCII apostrophe '. A prime (′) that is no apostrophe stays ("5′ tall").
//      - dashes (‒ – — ― ⸺ ⸻ ﹘ ﹣ －) become — (U+2014); hyphens and the minus sign (‐ ‑ −)
//        become -.
//      - spaces (NBSP, thin, narrow, figure, ideographic, ... every Zs) become an ASCII space;
//        U+2028 becomes LF, U+2029 a blank line.
//      - zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, U+FEFF), the soft hyphen and
//        bidirectional marks are removed.
//      - the ellipsis … becomes "...".
// The input must be valid UTF-8 (DecodeInput's output is); anything else is undefined.
#ifndef NEWSLENS_NORMALIZE_H_
#define NEWSLENS_NORMALIZE_H_

#include <string>
#include <string_view>

#include "newslens/offset_map.h"

namespace newslens {

enum class NormalizationForm { kNfc, kNfkc };

struct NormalizeOptions {
  NormalizationForm form = NormalizationForm::kNfc;
  bool fold = true;
};

struct NormalizedText {
  std::string text;
  OffsetMap to_source;  // offsets in `text` -> offsets in the text given to Normalize
};

NormalizedText Normalize(std::string_view utf8, const NormalizeOptions& options = {});

// The Unicode layer alone, on the whole string at once, through utf8proc (the reference the
// chunked normalizer is tested against, and the floor the benchmarks compare with). Quadratic
// in the length of a run of combining marks: not for untrusted input.
std::string UnicodeNormalizeReference(std::string_view utf8, NormalizationForm form);

}  // namespace newslens

#endif  // NEWSLENS_NORMALIZE_H_
