// Input decoding: from the bytes a user gave us to valid UTF-8 text, with a way back.
//
//   Result<DecodedText> d = DecodeInput(bytes);
//   if (d.ok()) { use d.value().text; d.value().to_input.ToSource(span) gives input offsets; }
//
// What happens to the bytes, in order:
//  1. A UTF-16 LE or BE byte order mark selects UTF-16, and so does, without a mark, an even
//     number of bytes of which nearly every other one is NUL (English UTF-16); the code units
//     are decoded (unpaired surrogates and an odd final byte become U+FFFD). A UTF-8 byte order
//     mark is skipped.
//  2. Input that is not text is rejected with ErrorCode::kNotText and the byte offset of the
//     first problem: a NUL byte, or (for 8-bit input) more than a few percent of control
//     characters or of bytes that are not UTF-8.
//  3. UTF-8 with a few invalid bytes is repaired: each maximal ill-formed subpart becomes U+FFFD.
//     8-bit input that holds no valid multi-byte sequence at all but does hold bytes >= 0x80 is
//     read as Windows-1252, the usual encoding of such files (a sequence of two or more bytes cut
//     by the end of the input counts as UTF-8: a file cut inside a character).
//  4. Line ends: CRLF and lone CR become LF. Other C0 controls but TAB, LF and FF become a space.
//  5. HTML (detected from the markup, or forced by options) becomes text: tags are dropped,
//     block-level elements end paragraphs (a blank line), <br> ends a line, the content of
//     <script>, <style>, <template>, <noscript>, <svg>, <head> and comments is dropped (the <title>
//     is kept when the body has no <h1>), character references (&amp; &#8220; &#x201C; and the
//     common named ones) are decoded, and whitespace collapses as a browser shows it: a run of
//     it is one space, and none at the start or the end of a line (<pre> keeps its lines).
// Every byte of the result maps back to the input bytes it came from (`to_input`), so offsets
// stay on code-point boundaries of the input, also where the input was repaired.
#ifndef NEWSLENS_INPUT_H_
#define NEWSLENS_INPUT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newslens/offset_map.h"
#include "newslens/status.h"

namespace newslens {

enum class SourceEncoding { kUtf8, kUtf16LE, kUtf16BE, kWindows1252 };
enum class MarkupMode { kAuto, kText, kHtml };

// Lower-case names: "utf-8", "utf-16le", "utf-16be", "windows-1252".
const char* SourceEncodingName(SourceEncoding encoding);

struct DecodeOptions {
  MarkupMode markup = MarkupMode::kAuto;
};

struct DecodedText {
  std::string text;    // valid UTF-8, LF line ends
  OffsetMap to_input;  // offsets in `text` -> byte offsets in the input
  SourceEncoding encoding = SourceEncoding::kUtf8;
  bool had_bom = false;
  bool was_html = false;
  // Number of ill-formed byte sequences (or unpaired UTF-16 surrogates) replaced by U+FFFD.
  std::size_t repaired = 0;
};

// Decodes `input` (any bytes). Fails only with kNotText or kTooLarge (input over kMaxInputBytes).
Result<DecodedText> DecodeInput(std::string_view input, const DecodeOptions& options = {});

// True when `text` looks like an HTML document or fragment: it starts with a doctype or an <html>
// tag, or it holds several tags of known HTML elements. Plain prose that mentions "<b>" once is
// not HTML.
bool LooksLikeHtml(std::string_view text);

}  // namespace newslens

#endif  // NEWSLENS_INPUT_H_
