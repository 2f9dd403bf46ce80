// Fuzz target: newslens::DecodeInput on any bytes, with markup detected and with it forced.
//
// Beyond "no crash, no sanitizer report", every decoded text must be valid UTF-8 with LF line
// ends and no stray control characters, its offset map must send every character boundary to a
// character boundary of the input, in order, and plain text must equal what a simple reference
// decoder makes of the same bytes, character by character through the map.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "checks.h"
#include "newslens/input.h"

namespace newslens::fuzz {
namespace {

bool IsStrayControl(unsigned char b) {
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\f') || b == 0x7F;
}

std::size_t BomSize(const DecodedText& d) {
  if (!d.had_bom) return 0;
  return d.encoding == SourceEncoding::kUtf8 ? 3 : 2;
}

// What the reference decoder makes of `slice` of the input, in the input's encoding.
bool ReferenceDecode(std::string_view slice, SourceEncoding encoding, std::string* out) {
  switch (encoding) {
    case SourceEncoding::kUtf8:
      *out = ReferenceDecodeUtf8(slice);
      return true;
    case SourceEncoding::kUtf16LE:
    case SourceEncoding::kUtf16BE:
      return ReferenceDecodeUtf16(slice, encoding == SourceEncoding::kUtf16BE, out);
    case SourceEncoding::kWindows1252:
      return false;  // the only table is the decoder's own: nothing independent to compare with
  }
  return false;
}

void CheckDecoded(std::string_view input, const DecodedText& d, const char* mode) {
  const std::string_view text = d.text;
  NEWSLENS_CHECK(IsValidUtf8(text), std::string(mode) + ": decoded text is not valid UTF-8");
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    NEWSLENS_CHECK(b != '\r' && !IsStrayControl(b), std::string(mode) + ": control byte " + Num(b) +
                                                        " at " + Num(i) + " of the decoded text");
  }
  const InputBoundaries on_boundary(input, d.encoding);
  CheckOffsetMap(d.to_input, text, input.size(), on_boundary, mode);

  // Character by character: the input bytes behind each character of the text decode to it.
  std::string expected;
  for (std::size_t o = 0; o < text.size();) {
    const std::size_t length = utf8::DecodeAt(text, o).length;
    const std::string_view c = text.substr(o, length);
    const std::size_t start = d.to_input.ToSourceStart(o);
    const std::size_t end = d.to_input.ToSourceEnd(o + length);
    const std::string_view slice = input.substr(start, end - start);
    o += length;
    if (d.was_html) {
      // Markup and whitespace became spaces and line breaks, references became characters;
      // everything else was copied.
      if (c == " " || c == "\n" || slice.starts_with("&")) continue;
    }
    if (!ReferenceDecode(slice, d.encoding, &expected)) continue;
    NEWSLENS_CHECK(expected == c, std::string(mode) + ": text byte " + Num(o - length) + " '" +
                                      std::string(c) + "' comes from input " + Num(start) + ".." +
                                      Num(end) + ", which decodes to '" + expected + "'");
  }

  if (!d.was_html) {
    // The whole text against the reference, and the count of repairs.
    std::string whole;
    std::size_t repaired = 0;
    const std::string_view body = input.substr(BomSize(d));
    if (d.encoding == SourceEncoding::kUtf8) {
      whole = ReferenceDecodeUtf8(body, &repaired);
      NEWSLENS_CHECK(whole == text, std::string(mode) + ": text differs from the reference");
      NEWSLENS_CHECK(repaired == d.repaired, std::string(mode) + ": " + Num(d.repaired) +
                                                 " repairs, the reference made " + Num(repaired));
    } else if (d.encoding != SourceEncoding::kWindows1252) {
      NEWSLENS_CHECK(ReferenceDecodeUtf16(body, d.encoding == SourceEncoding::kUtf16BE, &whole),
                     std::string(mode) + ": decoded UTF-16 with a NUL code unit");
      NEWSLENS_CHECK(whole == text, std::string(mode) + ": text differs from the reference");
    }
  }

  // Decoded text is already clean: decoding it again as plain text changes nothing (a leading
  // U+FEFF would be read as a byte order mark, and is left out).
  if (!text.starts_with("\xEF\xBB\xBF")) {
    Result<DecodedText> again = DecodeInput(text, {.markup = MarkupMode::kText});
    NEWSLENS_CHECK(again.ok(), std::string(mode) + ": decoded text rejected: " +
                                   (again.ok() ? "" : again.error().message));
    NEWSLENS_CHECK(again.value().text == text,
                   std::string(mode) + ": decoding the decoded text changed it");
  }
}

void CheckError(std::string_view input, const Error& error) {
  NEWSLENS_CHECK(error.code == ErrorCode::kNotText,
                 "unexpected error code: " + std::string(ErrorCodeName(error.code)));
  NEWSLENS_CHECK(error.offset < input.size(), "error offset " + Num(error.offset) +
                                                  " outside the input of " + Num(input.size()));
  NEWSLENS_CHECK(!error.message.empty() && error.message.find('\n') == std::string::npos,
                 "error message is not one line: '" + error.message + "'");
}

}  // namespace
}  // namespace newslens::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslens;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Result<DecodedText> detected = DecodeInput(input);
  if (!detected.ok()) {
    fuzz::CheckError(input, detected.error());
    // The verdict "not text" comes before markup is looked at.
    NEWSLENS_CHECK(!DecodeInput(input, {.markup = MarkupMode::kHtml}).ok(),
                   "rejected as text but accepted as HTML");
    return 0;
  }
  fuzz::CheckDecoded(input, detected.value(), "auto");
  const MarkupMode other = detected.value().was_html ? MarkupMode::kText : MarkupMode::kHtml;
  Result<DecodedText> forced = DecodeInput(input, {.markup = other});
  NEWSLENS_CHECK(forced.ok(), "accepted with markup detected, rejected with it forced");
  NEWSLENS_CHECK(forced.value().was_html == (other == MarkupMode::kHtml),
                 "forced markup mode not followed");
  fuzz::CheckDecoded(input, forced.value(), other == MarkupMode::kHtml ? "html" : "text");
  return 0;
}
