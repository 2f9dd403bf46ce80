// The text as the stages see it (internal header): decoded, normalized and segmented, with the
// way back from normalized offsets to the input bytes. Later stages (names, quotes) read it.
#ifndef NEWSLENS_TEXT_ANALYZED_TEXT_H_
#define NEWSLENS_TEXT_ANALYZED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/input.h"
#include "newslens/normalize.h"
#include "newslens/segment.h"

namespace newslens {

struct AnalyzedText {
  DecodedText decoded;
  NormalizedText normalized;
  Segmentation segmentation;
  // The decoded and the normalized text. Each has a string of its own only where it differs
  // from the text it came from: decoded_text is the input itself when decoding changed nothing,
  // and normalized_text is decoded_text when normalization changed nothing. A clean input is
  // then held once, not three times, which on a long one is as much memory as its tokens.
  std::string_view decoded_text;
  std::string_view normalized_text;
  std::string_view input_text;  // the bytes analyzed, which must outlive this object
  // What the rule-based stages ask of every token, several times, read once: its function-word
  // class (ClassOfWord(); kOther for tokens that are not words) in the low bits, whether it is
  // a capitalized word, and whether it is a form the cue lexicon knows ("said", "report"). A
  // byte a token, filled by ClassifyTokens() (text/token_facts.h) once the text is segmented;
  // empty until then, when TokenView looks each token up instead.
  static constexpr std::uint8_t kClassBits = 0x0F;
  static constexpr std::uint8_t kCapitalizedWord = 0x10;
  static constexpr std::uint8_t kCueForm = 0x20;
  std::vector<std::uint8_t> token_facts;

  // Sets decoded_text and normalized_text once `decoded` and `normalized` are made from `input`,
  // and releases the strings that equal the text they came from.
  void ShareUnchangedTexts(std::string_view input) {
    input_text = input;
    decoded_text = decoded.text;
    if (decoded.to_input.is_identity() && decoded.text.size() == input.size()) {
      decoded_text = input;
      std::string().swap(decoded.text);
    }
    normalized_text = normalized.text;
    if (normalized.text == decoded_text) {
      normalized_text = decoded_text;
      std::string().swap(normalized.text);
    }
  }

  std::string_view text() const { return normalized_text; }
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
  // A mention's text, which the contract reads as `input[start:end]`. For HTML in UTF-8 with
  // nothing repaired, the input's own bytes at a span of the normalized text, character
  // references and all ("Pryce&#8217;s"); else the decoded text, which for plain text is the
  // input itself but where decoding made a control character a space (and another encoding,
  // or bytes repaired, are no UTF-8 to put in JSON).
  std::string InputTextOf(Span normalized_span) const {
    if (!decoded.was_html || decoded.encoding != SourceEncoding::kUtf8 || decoded.repaired > 0 ||
        input_text.empty())
      return DecodedTextOf(normalized_span);
    const Span s = ToInput(normalized_span);
    return std::string(input_text.substr(s.start, s.size()));
  }
};

}  // namespace newslens

#endif  // NEWSLENS_TEXT_ANALYZED_TEXT_H_
