// Character classes for the tokenizer and the folding rules (internal header).
// ASCII is decided inline; everything else asks utf8proc's general category.
#ifndef NEWSLENS_TEXT_CHAR_CLASS_H_
#define NEWSLENS_TEXT_CHAR_CLASS_H_

#include <utf8proc.h>

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "text/utf8.h"

namespace newslens::chars {

inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\f' || cp == '\r';
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

// Letters, and the marks that combine with them.
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

inline bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

inline bool IsWordChar(char32_t cp) { return IsLetter(cp) || IsDigit(cp); }

// Whether a word opens with a capital letter ("Paris", "Élysée"; not "iPhone", "2025" or "").
inline bool StartsUpper(std::string_view word) {
  return !word.empty() && IsUpper(utf8::DecodeAt(word, 0).code_point);
}

// Whether a word's first byte is an ASCII digit ("2025", "4-68"), small letter ("said") or capital
// ("Paris", not "Élysée"): tests of one byte, for the scans of every token.
inline bool StartsAsciiDigit(std::string_view word) {
  return !word.empty() && word[0] >= '0' && word[0] <= '9';
}
inline bool StartsAsciiLower(std::string_view word) {
  return !word.empty() && word[0] >= 'a' && word[0] <= 'z';
}
inline bool StartsAsciiUpper(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// `c` with an ASCII capital lowered; every other byte as it is.
constexpr char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether `a` and `b` are the same bytes once their ASCII capitals are lowered ("HREF", "href").
inline bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  return true;
}

// Whether `word` is one of `words` once ASCII capitals are lowered.
inline bool EqualsAnyIgnoringAsciiCase(std::string_view word,
                                       std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words)
    if (EqualsIgnoringAsciiCase(word, w)) return true;
  return false;
}

// Whether `text` opens with `prefix`, ASCII capitals aside.
inline bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoringAsciiCase(text.substr(0, prefix.size()), prefix);
}

}  // namespace newslens::chars

#endif  // NEWSLENS_TEXT_CHAR_CLASS_H_
