// UTF-8 primitives shared by the stages (internal header).
//
// Decoding follows the Unicode Standard's table of well-formed byte sequences (Table 3-7): no
// overlong forms, no surrogates, nothing above U+10FFFF. An ill-formed sequence is reported by the
// length of its *maximal subpart* (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal
// Subparts"), the practice of the WHATWG Encoding Standard and of Python's "replace" handler, so
// every repaired byte range is replaced by exactly one U+FFFD.
#ifndef NEWSLENS_TEXT_UTF8_H_
#define NEWSLENS_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point;   // kReplacement when !valid
  std::uint32_t length;  // bytes consumed: the sequence, or the maximal subpart when !valid
  bool valid;
};

// Decodes the sequence starting at `text[pos]` (pos < text.size()).
inline Decoded DecodeAt(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t left = text.size() - pos;
  const unsigned char b0 = s[0];
  if (b0 < 0x80) return {b0, 1, true};
  std::uint32_t need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {kReplacement, 1, false};
  }
  for (std::uint32_t i = 1; i <= need; ++i) {
    if (i >= left) return {kReplacement, i, false};  // truncated at the end of the text
    const unsigned char b = s[i];
    const unsigned char min = i == 1 ? lo : 0x80;
    const unsigned char max = i == 1 ? hi : 0xBF;
    if (b < min || b > max) return {kReplacement, i, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

// Appends the UTF-8 encoding of `cp` (a scalar value) to `out`; returns the number of bytes.
inline std::size_t Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return 1;
  }
  if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 2;
  }
  if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 3;
  }
  out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  return 4;
}

inline std::size_t EncodedLength(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// True at a byte that does not continue a sequence (valid UTF-8 assumed).
inline bool IsBoundary(std::string_view text, std::size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// The code point ending just before `pos` in valid UTF-8, and its start through `start`.
inline char32_t DecodeBefore(std::string_view text, std::size_t pos, std::size_t* start) {
  std::size_t p = pos;
  do {
    --p;
  } while (p > 0 && !IsBoundary(text, p));
  *start = p;
  return DecodeAt(text, p).code_point;
}

}  // namespace newslens::utf8

#endif  // NEWSLENS_TEXT_UTF8_H_
