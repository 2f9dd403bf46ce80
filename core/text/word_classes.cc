#include "text/word_classes.h"

#include <utility>

#include "data/embedded.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

struct Entry {
  WordClass word_class;
  PronounKind pronoun;
};

struct Tables {
  WordMap<Entry> words;
  // The pronouns of kMale or kFemale alone: the pronoun linker asks about every word of the
  // text, and this table's few lengths and first letters turn nearly all of them away before any
  // hashing, where the table of all function words would hash most of them.
  WordMap<PronounKind> gendered;
};

const Tables& Table() {
  static const auto* tables = [] {
    static const std::pair<std::string_view, WordClass> kClasses[] = {
        {"pronoun", WordClass::kPronoun},
        {"determiner", WordClass::kDeterminer},
        {"auxiliary", WordClass::kAuxiliary},
        {"negation", WordClass::kNegation},
        {"conjunction", WordClass::kConjunction},
        {"subordinator", WordClass::kSubordinator},
        {"preposition", WordClass::kPreposition},
        {"adverb", WordClass::kAdverb},
        {"verb", WordClass::kVerb},
        {"time", WordClass::kTime}};
    static const std::pair<std::string_view, PronounKind> kPronouns[] = {
        {"male", PronounKind::kMale},       {"female", PronounKind::kFemale},
        {"plural", PronounKind::kPlural},   {"neuter", PronounKind::kNeuter},
        {"speaker", PronounKind::kSpeaker}, {"addressee", PronounKind::kAddressee}};
    auto* t = new Tables();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::function_words_txt, data::function_words_txt_size))) {
      if (row.size() < 2) continue;
      Entry entry{WordClass::kOther, PronounKind::kNone};
      for (const auto& [name, cls] : kClasses)
        if (row[1] == name) entry.word_class = cls;
      if (row.size() > 2)
        for (const auto& [name, kind] : kPronouns)
          if (row[2] == name) entry.pronoun = kind;
      if (t->words.Find(row[0]) != nullptr) continue;  // the first class listed wins
      t->words.Insert(row[0], entry);
      if (entry.pronoun == PronounKind::kMale || entry.pronoun == PronounKind::kFemale)
        t->gendered.Insert(row[0], entry.pronoun);
    }
    return t;
  }();
  return *tables;
}

// An acronym in capitals is not a function word: "US" is not "us", "IT" not "it".
bool IsAcronym(std::string_view word) {
  return word.size() > 1 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'A' && word[1] <= 'Z';
}

const Entry* Find(std::string_view word) {
  if (word.size() > 16) return nullptr;  // no function word is longer
  if (IsAcronym(word)) return nullptr;
  return Table().words.FindAsciiLower(word);
}

}  // namespace

bool IsParticipleOfName(std::string_view word) {
  for (std::string_view p : {"based", "born", "owned", "led", "backed", "linked", "listed",
                             "funded", "run", "controlled", "made", "headquartered", "style"})
    if (word == p) return true;
  return false;
}

std::string AsciiLower(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = chars::AsciiLower(c);
  return lower;
}

std::string AsciiTitleCase(std::string_view word) {
  std::string title(word);
  for (std::size_t i = 1; i < title.size(); ++i) title[i] = chars::AsciiLower(title[i]);
  return title;
}

WordClass ClassOfWord(std::string_view word) {
  const Entry* e = Find(word);
  return e ? e->word_class : WordClass::kOther;
}

PronounKind PronounKindOf(std::string_view word) {
  const Entry* e = Find(word);
  return e ? e->pronoun : PronounKind::kNone;
}

PronounKind GenderOfPronoun(std::string_view word) {
  if (IsAcronym(word)) return PronounKind::kNone;
  const PronounKind* kind = Table().gendered.FindAsciiLower(word);
  return kind ? *kind : PronounKind::kNone;
}

}  // namespace newslens
