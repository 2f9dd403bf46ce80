// The text as the name rules read it (internal header): the tokens (TokenView), the tagger's
// tag of each, and the questions the rules ask of a name as a whole (its first and last word,
// its key, its initials).
//
// The collector (name_collector.h) and the grouping (name_grouping.h) read it; neither changes
// it. "Capitalized" and "in capitals" are TokenView's: IsCapitalized(t) is a word token that
// opens with a capital, IsAllCaps(t) a token of two or more characters with no ASCII small
// letter.
#ifndef NEWSLENS_ENTITIES_NAME_TEXT_H_
#define NEWSLENS_ENTITIES_NAME_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/name_mention.h"
#include "newslens/ner.h"
#include "text/analyzed_text.h"
#include "text/token_view.h"
#include "text/word_classes.h"

namespace newslens::entities {

class NameText : public TokenView {
 public:
  // `tags` holds one tag per token. `text` and `tags` must outlive this object.
  NameText(const AnalyzedText& text, const std::vector<NerTag>& tags)
      : TokenView(text), tags_(tags) {}

  // --- One token ---------------------------------------------------------------------------------
  // The tagger's tag of token t (t must be a token).
  NerTag Tag(std::uint32_t t) const { return tags_[t]; }
  // A capitalized word the tagger left out of every name.
  bool IsUntaggedCapitalized(std::uint32_t t) const {
    return tags_[t] == NerTag::kO && IsCapitalized(t);
  }
  // A title word as written ("President", "Sen."), not an honorific ("Mr.").
  bool IsTitle(std::uint32_t t) const;

  // --- One name ----------------------------------------------------------------------------------
  // Its first and its last word, lower case (ASCII).
  std::string FirstWord(const NameMention& m) const { return AsciiLower(Text(m.first)); }
  // The last word of the name, lower case, a generational suffix aside ("Joseph R. Biden Jr."
  // -> "biden") and the word before a romanised given name of two syllables ("Ng Yau-fat" ->
  // "ng"): the surname a person is called by alone.
  std::string LastWord(const NameMention& m) const { return AsciiLower(Text(SurnameToken(m))); }
  // The token of that word.
  std::uint32_t SurnameToken(const NameMention& m) const;
  // "The Netherlands", "the Netherlands": a name that begins with the article.
  bool HasArticle(const NameMention& m) const {
    return Words(m) >= 2 && AsciiLower(Text(m.first)) == "the";
  }
  // The name in lower case, words joined by spaces, without a leading article.
  std::string Key(const NameMention& m) const;
  // The key that groups names: Key(), and for an organization's name of three words or more
  // without its legal form, "Holdings" or "Group" ("Amakaze Railway Co." groups with "Amakaze
  // Railway", "Meranti Port Holdings" with "Meranti Port").
  std::string GroupingKey(const NameMention& m) const;
  // The first letters of a name's words, lower case, small words left out ("World Health
  // Organization" -> "who").
  std::string Initials(const NameMention& m) const;
  // Whether the last word of the organization's name `m` is one the organization may be called
  // by alone ("Rovers" for "Kingsway Rovers"): not a word that ends organizations' names of all
  // kinds ("Energy", "Trust") or a title's ("Health"), not a function word, and not after a
  // lower-case word ("Bank of England" is not "England").
  bool HasShortLastWord(const NameMention& m) const;

 private:
  const std::vector<NerTag>& tags_;
};

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_NAME_TEXT_H_
