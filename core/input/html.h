// HTML to text, with offsets (internal header; see newslens/input.h for the rules).
//
// Not a conforming HTML parser: a tolerant scanner that is enough for pasted articles. It never
// fails; markup it cannot read (a '<' without a tag name, an unterminated tag) stays as text.
#ifndef NEWSLENS_INPUT_HTML_H_
#define NEWSLENS_INPUT_HTML_H_

#include <string>
#include <string_view>

#include "newslens/offset_map.h"

namespace newslens {

// Appends the text of `html` (valid UTF-8) to `out`, recording each piece in `map`.
void HtmlToText(std::string_view html, std::string* out, OffsetMapBuilder* map);

// The code point of the character reference starting at html[pos] ('&'), and its length in bytes
// through `length`; 0 when there is none (no ';', an unknown name).
char32_t DecodeCharacterReference(std::string_view html, std::size_t pos, std::size_t* length);

}  // namespace newslens

#endif  // NEWSLENS_INPUT_HTML_H_
