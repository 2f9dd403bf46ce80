// One sentence's tokens as the value matchers read them, and what a matcher returns (internal
// header).
//
// Token indices are local to the sentence: 0 is its first token. Reads past either end are
// allowed and see an empty token, so matchers can look ahead and behind without bounds checks.
#ifndef NEWSLENS_VALUES_SENTENCE_TOKENS_H_
#define NEWSLENS_VALUES_SENTENCE_TOKENS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslens/analysis.h"
#include "text/analyzed_text.h"

namespace newslens {

// A value found at tokens [begin, end) of a sentence.
struct ValueMatch {
  std::size_t begin;
  std::size_t end;
  ValueType type;
  std::string value;  // normalized, see values/value_finder.h
};

// Keeps in `best` the longer of `candidate` and `best`; the one already there on a tie.
inline void KeepLongest(std::optional<ValueMatch> candidate, std::optional<ValueMatch>* best) {
  if (candidate && (!*best || candidate->end - candidate->begin > (*best)->end - (*best)->begin)) {
    *best = std::move(candidate);
  }
}

class SentenceTokens {
 public:
  // `title_case` for a headline, where capitals do not mark names. `text` must outlive this.
  SentenceTokens(const AnalyzedText& text, const Sentence& sentence, bool title_case);

  std::size_t size() const { return size_; }

  // The token as normalized, and with its ASCII letters lower-cased; "" out of range.
  std::string_view Text(std::size_t i) const;
  std::string_view Lower(std::size_t i) const {
    if (i >= size()) return std::string_view();
    return std::string_view(lower_).substr(tokens_[i].span.start - lower_start_,
                                           tokens_[i].span.size());
  }
  // Lower(i - 1), "" at the first token.
  std::string_view LowerBefore(std::size_t i) const {
    return i > 0 ? Lower(i - 1) : std::string_view();
  }
  bool IsKind(std::size_t i, TokenKind kind) const { return i < size() && tokens_[i].kind == kind; }

  // True when token i + 1 follows token i with no space between ("US" "$", "4.5" "%").
  bool TouchesNext(std::size_t i) const {
    return i + 1 < size() && tokens_[i].span.end == tokens_[i + 1].span.start;
  }
  // True when the token starts with an upper-case letter.
  bool Capitalized(std::size_t i) const;
  // True when the token's capital marks a name rather than English grammar: it is capitalized,
  // not the first word of the sentence (punctuation such as an opening quotation mark aside)
  // and not in a title-case headline ("Group of Seven", "First Lady").
  bool CapitalMarksName(std::size_t i) const;

  // Tokens [i, i + n) spelled as the lexicons spell phrases: without a space where the text has
  // none and with one space where it has any ("US$", "per cent"); lower-cased when `lower`.
  // Empty when the phrase would run past the sentence.
  std::string Phrase(std::size_t i, std::size_t n, bool lower) const;

  // Tokens [begin, end) as a span of the normalized text.
  Span SpanOf(std::size_t begin, std::size_t end) const {
    return {tokens_[begin].span.start, tokens_[end - 1].span.end};
  }

 private:
  std::string_view text_;  // the normalized text
  const Token* tokens_;
  std::size_t size_;
  // The sentence's text from its first token to its last, ASCII letters lower-cased: one copy
  // per sentence, not one per token.
  std::string lower_;
  std::uint32_t lower_start_ = 0;  // the offset of lower_ in the text
  std::size_t first_word_;         // the first token that is not punctuation
  bool title_case_;
};

// "1st", "22nd", "3rd", "4th" (any case): the number; nullopt for anything else.
std::optional<int> ParseOrdinalNumeral(std::string_view token);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_SENTENCE_TOKENS_H_
