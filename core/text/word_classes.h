// Function words by class (internal header; data in core/data/function-words.txt), for the
// rule-based stages: speaker phrases, clause ends, pronouns.
#ifndef NEWSLENS_TEXT_WORD_CLASSES_H_
#define NEWSLENS_TEXT_WORD_CLASSES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newslens {

enum class WordClass : std::uint8_t {
  kOther,
  kPronoun,
  kDeterminer,
  kAuxiliary,
  kNegation,
  kConjunction,
  kSubordinator,
  kPreposition,
  kAdverb,
  kVerb,  // irregular past tenses (was, went, took): the start of a predicate
  kTime   // week, Friday, yesterday: never a speaker
};

enum class PronounKind { kNone, kMale, kFemale, kPlural, kNeuter, kSpeaker, kAddressee };

// The class of `word`, compared without regard to ASCII case ("The" and "the" are determiners),
// except that a word opening with two capitals is an acronym, not a function word ("US", "IT").
WordClass ClassOfWord(std::string_view word);

// What a personal pronoun refers to ("he" -> kMale); kNone for other words.
PronounKind PronounKindOf(std::string_view word);
// PronounKindOf(word) when that is kMale or kFemale, else kNone; several times faster on the
// words that are neither, which are nearly all words.
PronounKind GenderOfPronoun(std::string_view word);

// A participle that makes an adjective of the name a hyphen joins it to: "based" of "St.
// Louis-based", "listed", "born", "owned", "led", "backed", "linked", "funded", "run",
// "controlled", "made", "headquartered", "style" ("Soviet-style"). The tokenizer splits the
// hyphen off, so that the name is a word of its own.
bool IsParticipleOfName(std::string_view word);

// `word` with ASCII letters in lower case (other bytes unchanged).
std::string AsciiLower(std::string_view word);

// `word` with its first byte as it is and the ASCII letters after it in lower case: a word in
// capitals as a name's lists write it ("PENCE" -> "Pence", "MONDE" -> "Monde").
std::string AsciiTitleCase(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_TEXT_WORD_CLASSES_H_
