// The text as the stages see it (internal header): decoded, normalized and segmented, with the
// way back from normalized offsets to the input bytes. Later stages (names, quotes) read it.
#ifndef NEWSLENS_ANALYSIS_ANALYZED_TEXT_H_
#define NEWSLENS_ANALYSIS_ANALYZED_TEXT_H_

#include <string>
#include <string_view>

#include "newslens/input.h"
#include "newslens/normalize.h"
#include "newslens/segment.h"

namespace newslens {

struct AnalyzedText {
  DecodedText decoded;
  NormalizedText normalized;
  Segmentation segmentation;
  // The decoded text: decoded.text, or the input itself when decoding changed nothing (then
  // decoded.text is released after normalization, to keep one copy of the text, not two).
  std::string_view decoded_text;

  std::string_view text() const { return normalized.text; }
  std::string_view TokenText(const Token& t) const { return Segmentation::TokenText(text(), t); }

  // A span of the normalized text as a span of decoded text, and as a span of input bytes.
  Span ToDecoded(Span normalized_span) const {
    return normalized.to_source.ToSource(normalized_span);
  }
  Span ToInput(Span normalized_span) const {
    return decoded.to_input.ToSource(ToDecoded(normalized_span));
  }
  // What the user wrote at a span of the normalized text (the decoded text: curly quotes and
  // all, as in the input).
  std::string DecodedTextOf(Span normalized_span) const {
    const Span d = ToDecoded(normalized_span);
    return std::string(decoded_text.substr(d.start, d.size()));
  }
};

}  // namespace newslens

#endif  // NEWSLENS_ANALYSIS_ANALYZED_TEXT_H_
