// The sentence splitter (see newslens/segment.h): decides, token by token, where a sentence of
// a paragraph ends.
#include "segment/sentences.h"

#include <string_view>

#include "segment/abbreviations.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace newslens {
namespace {

char32_t FirstCodePoint(std::string_view s) {
  return s.empty() ? 0 : utf8::DecodeAt(s, 0).code_point;
}

bool IsClosingMark(std::string_view t) {
  return t == "\u201D" || t == "\u2019" || t == ")" || t == "]" || t == "'" || t == "\"";
}

bool IsOpeningMark(std::string_view t) {
  return t == "\u201C" || t == "\u2018" || t == "(" || t == "[" || t == "\u2014";
}

// What a token ending in a period says about the sentence.
enum class Stop { kNone, kHard, kSoft };  // soft: ends only before a sentence opener

Stop StopOf(std::string_view text, const Token& token) {
  const std::string_view t = Segmentation::TokenText(text, token);
  if (token.kind == TokenKind::kPunctuation) {
    if (t == "." || t == "!" || t == "?" || t == "...") return Stop::kHard;
    return Stop::kNone;
  }
  if (token.kind != TokenKind::kWord || t.size() < 2 || t.back() != '.') return Stop::kNone;
  const std::string_view word = t.substr(0, t.size() - 1);
  if (word.find('.') != std::string_view::npos) return Stop::kSoft;  // U.S., a.m.
  switch (LookupAbbreviation(word)) {
    case AbbreviationClass::kTitle:
    case AbbreviationClass::kMonth:
    case AbbreviationClass::kNumber:  // the tokenizer keeps its period only before a number
      return Stop::kNone;
    case AbbreviationClass::kOther:
      return Stop::kSoft;
    case AbbreviationClass::kNone:
      // An initial ("Donald J. Trump"), or a letter that ends a sentence ("Plan B. The").
      return Stop::kSoft;
  }
  return Stop::kNone;
}

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                    std::uint32_t end, std::vector<Sentence>* sentences) {
  std::uint32_t start = first;
  auto close = [&](std::uint32_t last_exclusive) {
    if (last_exclusive <= start) return;
    sentences->push_back(
        {{tokens[start].span.start, tokens[last_exclusive - 1].span.end}, start, last_exclusive});
    start = last_exclusive;
  };
  for (std::uint32_t i = first; i < end; ++i) {
    const Stop stop = StopOf(text, tokens[i]);
    if (stop == Stop::kNone) continue;
    // Closing marks after the stop belong to this sentence: "... war.” Then".
    std::uint32_t j = i + 1;
    while (j < end && IsClosingMark(Segmentation::TokenText(text, tokens[j]))) ++j;
    if (j >= end) break;  // the paragraph's end closes the sentence anyway
    const Token& next = tokens[j];
    std::string_view next_text = Segmentation::TokenText(text, next);
    // Look through opening marks to the first word: “We ...
    std::uint32_t k = j;
    while (k + 1 < end && IsOpeningMark(Segmentation::TokenText(text, tokens[k]))) ++k;
    const std::string_view word = Segmentation::TokenText(text, tokens[k]);
    const char32_t c = FirstCodePoint(word);
    const bool upper = chars::IsUpper(c) || chars::IsDigit(c);
    bool ends = false;
    if (stop == Stop::kHard) {
      const std::string_view stop_text = Segmentation::TokenText(text, tokens[i]);
      // "... the" continues; a number after an ellipsis ("... 20") continues too.
      ends = stop_text == "..." ? chars::IsUpper(c) : (upper || IsOpeningMark(next_text));
      // A '.' glued to the next token is inside something ("file.txt" was not a URL).
      if (stop_text == "." && next.span.start == tokens[i].span.end && j == i + 1) ends = false;
    } else {
      ends = IsSentenceOpener(word) || (k > j && upper);
    }
    if (ends) close(j);
    i = j - 1;
  }
  close(end);
}

}  // namespace newslens
