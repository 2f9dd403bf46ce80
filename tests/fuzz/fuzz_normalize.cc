// Fuzz target: newslens::Normalize on what DecodeInput makes of any bytes (the only text the
// pipeline ever normalizes), in NFC and NFKC, folded and not; then Segment on the folded text.
//
// Checked on every input: the output is valid UTF-8; its offset map sends every character
// boundary to a character boundary of the decoded text, in order; without folding the chunked
// normalizer equals utf8proc on the whole string (the header's promise); with folding no mark
// that folding removes is left; and the segmentation's paragraphs, sentences and tokens are
// ordered, nested and on character boundaries.
#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "checks.h"
#include "newslens/input.h"
#include "newslens/normalize.h"
#include "newslens/segment.h"

namespace newslens::fuzz {
namespace {

// Characters that folding never leaves in its output (normalize.h).
bool FoldedAway(char32_t cp) {
  switch (cp) {
    case '"':
    case 0x00A0:  // no-break space (every Zs becomes a space)
    case 0x00AB:  // « »
    case 0x00BB:
    case 0x201E:  // „ ‟
    case 0x201F:
    case 0x2013:  // en dash
    case 0x2012:
    case 0x2212:  // minus sign
    case 0x2026:  // ellipsis
    case 0x200B:  // zero-width space, joiners, word joiner, BOM, soft hyphen
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
    case 0x2028:
    case 0x2029:
      return true;
    default:
      return false;
  }
}

// True when no character is followed by more than 30 that may combine with what precedes them
// (UAX #15's Stream-Safe Text Format, counted as the normalizer counts: by the first character
// of each one's decomposition).
bool IsStreamSafe(std::string_view text, NormalizationForm form) {
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                     (form == NormalizationForm::kNfkc ? UTF8PROC_COMPAT : 0));
  int run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    i += d.length;
    bool combines = false;
    if (d.code_point >= 0x80) {
      utf8proc_int32_t decomposition[32];
      int boundclass = 0;
      const utf8proc_ssize_t n = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(d.code_point), decomposition, 32, options, &boundclass);
      if (n > 0) {
        const auto first = static_cast<char32_t>(decomposition[0]);
        const utf8proc_property_t* p = utf8proc_get_property(decomposition[0]);
        combines = (first >= 0x1161 && first <= 0x1175) || (first >= 0x11A8 && first <= 0x11C2) ||
                   p->combining_class != 0 ||
                   (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000);
      }
    }
    run = combines ? run + 1 : 0;
    if (run > 30) return false;
  }
  return true;
}

void CheckNormalized(std::string_view source, const NormalizeOptions& options,
                     const NormalizedText& n) {
  const std::string mode = std::string(options.form == NormalizationForm::kNfc ? "NFC" : "NFKC") +
                           (options.fold ? " folded" : "");
  NEWSLENS_CHECK(IsValidUtf8(n.text), mode + ": output is not valid UTF-8");
  CheckOffsetMap(
      n.to_source, n.text, source.size(),
      [&](std::size_t o) { return utf8::IsBoundary(source, o); }, mode.c_str());
  if (!options.fold) {
    // Past UAX #15's stream-safe limit the normalizer cuts runs of combining characters on
    // purpose (normalize.h), and the quadratic reference would take long anyway. And utf8proc
    // 2.8 (Debian 12's) composes a Hangul LV syllable with U+11A7, which is no trailing
    // consonant, dropping it (JuliaStrings/utf8proc#317, fixed in 2.11.3); the chunked
    // normalizer never hands it that pair, since U+11A7 starts a segment, and keeps it.
    if (IsStreamSafe(source, options.form) && source.find("\xE1\x86\xA7") == std::string::npos) {
      NEWSLENS_CHECK(n.text == UnicodeNormalizeReference(source, options.form),
                     mode + ": chunked normalization differs from utf8proc on the whole text");
    }
    return;
  }
  for (std::size_t i = 0; i < n.text.size();) {
    const utf8::Decoded d = utf8::DecodeAt(n.text, i);
    NEWSLENS_CHECK(!FoldedAway(d.code_point),
                   mode + ": U+" + Num(d.code_point) + " (decimal) left at byte " + Num(i));
    i += d.length;
  }
}

void CheckSpanInText(std::string_view text, Span s, const char* what) {
  NEWSLENS_CHECK(
      s.start <= s.end && s.end <= text.size(),
      std::string(what) + " " + SpanText(s) + " outside the text of " + Num(text.size()));
  NEWSLENS_CHECK(utf8::IsBoundary(text, s.start) && utf8::IsBoundary(text, s.end),
                 std::string(what) + " " + SpanText(s) + " splits a character");
}

bool Contains(Span outer, Span inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

void CheckSegmentation(std::string_view text, const Segmentation& seg) {
  std::uint32_t previous_end = 0;
  for (const Token& t : seg.tokens) {
    CheckSpanInText(text, t.span, "token");
    NEWSLENS_CHECK(!t.span.empty(), "empty token at " + Num(t.span.start));
    NEWSLENS_CHECK(
        t.span.start >= previous_end,
        "token " + SpanText(t.span) + " overlaps the one before, ending at " + Num(previous_end));
    previous_end = t.span.end;
  }
  previous_end = 0;
  std::uint32_t next_sentence = 0;
  for (const Paragraph& p : seg.paragraphs) {
    CheckSpanInText(text, p.span, "paragraph");
    NEWSLENS_CHECK(!p.span.empty(), "empty paragraph at " + Num(p.span.start));
    NEWSLENS_CHECK(p.span.start >= previous_end, "paragraph " + SpanText(p.span) +
                                                     " overlaps the one before, ending at " +
                                                     Num(previous_end));
    previous_end = p.span.end;
    NEWSLENS_CHECK(p.first_sentence == next_sentence && p.first_sentence <= p.end_sentence &&
                       p.end_sentence <= seg.sentences.size(),
                   "paragraph " + SpanText(p.span) + " has sentences " + Num(p.first_sentence) +
                       ".." + Num(p.end_sentence) + ", expected to start at " + Num(next_sentence));
    next_sentence = p.end_sentence;
    for (std::uint32_t i = p.first_sentence; i < p.end_sentence; ++i) {
      const Sentence& s = seg.sentences[i];
      NEWSLENS_CHECK(Contains(p.span, s.span),
                     "sentence " + SpanText(s.span) + " outside its paragraph " + SpanText(p.span));
    }
  }
  NEWSLENS_CHECK(next_sentence == seg.sentences.size(),
                 Num(seg.sentences.size() - next_sentence) + " sentences in no paragraph");
  std::uint32_t next_token = 0;
  for (const Sentence& s : seg.sentences) {
    CheckSpanInText(text, s.span, "sentence");
    NEWSLENS_CHECK(s.first_token == next_token && s.first_token < s.end_token &&
                       s.end_token <= seg.tokens.size(),
                   "sentence " + SpanText(s.span) + " has tokens " + Num(s.first_token) + ".." +
                       Num(s.end_token) + ", expected to start at " + Num(next_token));
    next_token = s.end_token;
    NEWSLENS_CHECK(s.span.start == seg.tokens[s.first_token].span.start &&
                       s.span.end == seg.tokens[s.end_token - 1].span.end,
                   "sentence " + SpanText(s.span) + " is not the span of its tokens");
  }
  NEWSLENS_CHECK(next_token == seg.tokens.size(),
                 Num(seg.tokens.size() - next_token) + " tokens in no sentence");
}

}  // namespace
}  // namespace newslens::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslens;
  Result<DecodedText> decoded =
      DecodeInput(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.ok()) return 0;
  const std::string& text = decoded.value().text;
  for (const NormalizationForm form : {NormalizationForm::kNfc, NormalizationForm::kNfkc}) {
    for (const bool fold : {true, false}) {
      const NormalizeOptions options{.form = form, .fold = fold};
      const NormalizedText normalized = Normalize(text, options);
      fuzz::CheckNormalized(text, options, normalized);
      if (fold) fuzz::CheckSegmentation(normalized.text, Segment(normalized.text));
    }
  }
  return 0;
}
