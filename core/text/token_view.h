// The tokens of an analysed text as the rule-based stages read them (internal header).
//
// Entities, references and quotes ask the same questions of a token: is it a word, is it
// capitalised, is it a comma, a dash, a quotation mark, which sentence and paragraph hold it.
// TokenView answers each of them in one place, so that "capitalised" means the same thing in
// every room. It holds no copy of the text: it views an AnalyzedText, which must outlive it.
//
// Every question takes a token index. Past the last token, a token reads as empty punctuation
// (Text() is "", Kind() is kPunctuation): rules look a token or two ahead without checking for
// the end each time, and no question ever reads out of bounds.
#ifndef NEWSLENS_TEXT_TOKEN_VIEW_H_
#define NEWSLENS_TEXT_TOKEN_VIEW_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/segment.h"
#include "text/analyzed_text.h"
#include "text/char_class.h"
#include "text/word_classes.h"

namespace newslens {

class TokenView {
 public:
  // Builds the sentence-to-paragraph index: one entry per sentence.
  explicit TokenView(const AnalyzedText& text);

  const AnalyzedText& text() const { return at_; }
  const Segmentation& segmentation() const { return seg_; }
  std::uint32_t size() const { return size_; }

  // --- One token ---------------------------------------------------------------------------------
  std::string_view Text(std::uint32_t t) const {
    return t < size_ ? at_.TokenText(seg_.tokens[t]) : std::string_view();
  }
  TokenKind Kind(std::uint32_t t) const {
    return t < size_ ? seg_.tokens[t].kind : TokenKind::kPunctuation;
  }
  // Token t is exactly `s`.
  bool Is(std::uint32_t t, std::string_view s) const { return t < size_ && Text(t) == s; }
  // Token t is `s` once its ASCII capitals are lowered (`s` is given in lower case).
  bool IsAnyCase(std::uint32_t t, std::string_view s) const {
    return chars::EqualsIgnoringAsciiCase(Text(t), s);
  }
  // Token t is one of `words` once its ASCII capitals are lowered.
  bool IsAnyCaseOf(std::uint32_t t, std::initializer_list<std::string_view> words) const {
    return chars::EqualsAnyIgnoringAsciiCase(Text(t), words);
  }
  // A word, a number or a contraction: what can stand in a phrase.
  bool IsWord(std::uint32_t t) const {
    const TokenKind k = Kind(t);
    return k == TokenKind::kWord || k == TokenKind::kNumber || k == TokenKind::kContraction;
  }
  // The one definition of "capitalised": a word token that opens with a capital letter
  // ("Paris", "Élysée", "US"; not "iPhone", "2025", a mark or a URL).
  bool IsCapitalized(std::uint32_t t) const {
    if (t < facts_.size()) return (facts_[t] & AnalyzedText::kCapitalizedWord) != 0;
    return Kind(t) == TokenKind::kWord && chars::StartsUpper(Text(t));
  }
  // A word of two or more characters with no ASCII small letter ("NATO", "TRUMP", "U.S.").
  bool IsAllCaps(std::uint32_t t) const {
    const std::string_view w = Text(t);
    if (w.size() < 2) return false;
    for (char c : w)
      if (c >= 'a' && c <= 'z') return false;
    return true;
  }
  // Whether token t is a form the cue lexicon knows ("said", "report"; text/cue_lexicon.h
  // says which cue and whether it can attribute here).
  bool IsCueForm(std::uint32_t t) const;
  // The function-word class of a word token (kOther for every other token).
  WordClass Class(std::uint32_t t) const {
    if (t < facts_.size()) return static_cast<WordClass>(facts_[t] & AnalyzedText::kClassBits);
    return Kind(t) == TokenKind::kWord ? ClassOfWord(Text(t)) : WordClass::kOther;
  }
  // "’s", "’" after a plural, or a possessive determiner ("his", "their").
  bool IsPossessive(std::uint32_t t) const;
  bool IsPunct(std::uint32_t t, std::string_view s) const {
    return Kind(t) == TokenKind::kPunctuation && Text(t) == s;
  }
  // A dash: "—", or a hyphen or two standing alone ("X - who ... - said"); not the hyphen of
  // "Louis-based".
  bool IsDash(std::uint32_t t) const {
    return Kind(t) == TokenKind::kPunctuation &&
           (Text(t) == "\u2014" || (Text(t) == "-" && !JoinsParticiple(t)) || Text(t) == "--");
  }
  // The hyphen that joins a name to a participle that makes an adjective of it, which the
  // tokenizer splits off ("St. Louis-based": "Louis", "-", "based"; IsParticipleOfName).
  bool JoinsParticiple(std::uint32_t t) const {
    return t > 0 && t + 1 < size_ && Text(t) == "-" &&
           seg_.tokens[t - 1].span.end == seg_.tokens[t].span.start &&
           seg_.tokens[t].span.end == seg_.tokens[t + 1].span.start &&
           IsParticipleOfName(Text(t + 1));
  }
  // Quotation marks, as the normalizer folds them (“ ” ‘ ’).
  bool IsOpenMark(std::uint32_t t) const { return Is(t, "\u201C") || Is(t, "\u2018"); }
  bool IsCloseMark(std::uint32_t t) const { return Is(t, "\u201D") || Is(t, "\u2019"); }
  bool IsQuoteMark(std::uint32_t t) const { return IsOpenMark(t) || IsCloseMark(t); }
  bool IsSentencePunct(std::uint32_t t) const {
    return Kind(t) == TokenKind::kPunctuation &&
           (Text(t) == "." || Text(t) == "!" || Text(t) == "?" || Text(t) == "...");
  }

  // --- Where a token stands --------------------------------------------------------------------
  // The sentence that holds token `t` (every token is in one), by binary search.
  std::uint32_t SentenceIndex(std::uint32_t t) const {
    const auto& sentences = seg_.sentences;
    auto it = std::upper_bound(
        sentences.begin(), sentences.end(), t,
        [](std::uint32_t token, const Sentence& s) { return token < s.first_token; });
    return static_cast<std::uint32_t>(it - sentences.begin()) - 1;
  }
  const Sentence& SentenceAt(std::uint32_t t) const { return seg_.sentences[SentenceIndex(t)]; }
  std::uint32_t ParagraphOfSentence(std::uint32_t s) const { return paragraph_of_sentence_[s]; }
  std::uint32_t ParagraphAt(std::uint32_t t) const {
    return paragraph_of_sentence_[SentenceIndex(t)];
  }
  bool InHeadline(std::uint32_t t) const {
    return seg_.paragraphs[ParagraphAt(t)].role == ParagraphRole::kHeadline;
  }

  // --- Back to the text ------------------------------------------------------------------------
  // Tokens [first, end) as a span of the normalized text; `end` > `first`.
  Span NormalizedSpan(std::uint32_t first, std::uint32_t end) const {
    return {seg_.tokens[first].span.start, seg_.tokens[end - 1].span.end};
  }
  // What the user wrote for tokens [first, end) (curly quotes and all); `end` > `first`.
  std::string Decoded(std::uint32_t first, std::uint32_t end) const {
    return at_.DecodedTextOf(NormalizedSpan(first, end));
  }

 private:
  const AnalyzedText& at_;
  const Segmentation& seg_;
  const std::vector<std::uint8_t>& facts_;  // AnalyzedText::token_facts, or empty
  std::uint32_t size_;
  std::vector<std::uint32_t> paragraph_of_sentence_;
};

}  // namespace newslens

#endif  // NEWSLENS_TEXT_TOKEN_VIEW_H_
