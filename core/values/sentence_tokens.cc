#include "values/sentence_tokens.h"

#include "text/char_class.h"
#include "values/decimal.h"

namespace newslens {

SentenceTokens::SentenceTokens(const AnalyzedText& text, const Sentence& sentence, bool title_case)
    : text_(text.text()),
      tokens_(text.segmentation.tokens.data() + sentence.first_token),
      size_(sentence.end_token - sentence.first_token),
      title_case_(title_case) {
  if (size_ > 0) {
    lower_start_ = tokens_[0].span.start;
    lower_ = text_.substr(lower_start_, tokens_[size_ - 1].span.end - lower_start_);
    for (char& c : lower_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  first_word_ = 0;
  while (IsKind(first_word_, TokenKind::kPunctuation)) ++first_word_;
}

std::string_view SentenceTokens::Text(std::size_t i) const {
  return i < size() ? Segmentation::TokenText(text_, tokens_[i]) : std::string_view();
}

bool SentenceTokens::Capitalized(std::size_t i) const { return chars::StartsUpper(Text(i)); }

bool SentenceTokens::CapitalMarksName(std::size_t i) const {
  return !title_case_ && i > first_word_ && Capitalized(i);
}

std::string SentenceTokens::Phrase(std::size_t i, std::size_t n, bool lower) const {
  if (n == 0 || i + n > size()) return "";
  std::string phrase;
  for (std::size_t j = i; j < i + n; ++j) {
    if (j > i && !TouchesNext(j - 1)) phrase.push_back(' ');
    phrase.append(lower ? Lower(j) : Text(j));
  }
  return phrase;
}

std::optional<int> ParseOrdinalNumeral(std::string_view token) {
  if (token.size() < 3) return std::nullopt;
  const std::string_view suffix = token.substr(token.size() - 2);
  auto is = [&](std::string_view s) {
    return (suffix[0] | 0x20) == s[0] && (suffix[1] | 0x20) == s[1];
  };
  if (!is("st") && !is("nd") && !is("rd") && !is("th")) return std::nullopt;
  return ParseSmallInteger(token.substr(0, token.size() - 2));
}

}  // namespace newslens
