#include "lexicon/titles.h"

#include <string>

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

Gender ParseGender(std::string_view g) {
  if (g == "male" || g == "m") return Gender::kMale;
  if (g == "female" || g == "f") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace

const TitleWord* LookupTitleWord(std::string_view word) {
  static const auto* table = [] {
    auto* map = new WordMap<TitleWord>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::titles_txt, data::titles_txt_size))) {
      if (row.size() < 2) continue;
      const bool honorific = row[1] == "honorific";
      map->Insert(row[0],
                  TitleWord{honorific, row.size() > 2 ? ParseGender(row[2]) : Gender::kUnknown,
                            honorific || row[1] == "name-title"});
    }
    return map;
  }();
  if (const TitleWord* w = table->Find(word)) return w;
  // "Secretary-General", "Vice-President", "Attorney-General": title words joined by a hyphen
  // are one, of the last word's kind.
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return nullptr;
  const TitleWord* first = table->Find(word.substr(0, hyphen));
  // (The second word capitalized or not: "Vice-chancellor".)
  const TitleWord* last = LookupTitleWordAnyCase(word.substr(hyphen + 1));
  return first != nullptr && last != nullptr && !first->honorific && !last->honorific ? last
                                                                                      : nullptr;
}

namespace {

// First names and their gender (kUnknown for the names given to both sexes), spelled "Donald".
const WordMap<Gender>& FirstNames() {
  static const auto* table = [] {
    auto* map = new WordMap<Gender>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::first_names_tsv, data::first_names_tsv_size))) {
      if (row.size() >= 2) map->Insert(row[0], ParseGender(row[1]));
    }
    return map;
  }();
  return *table;
}

// `name` as the list spells it: the text may say "DONALD".
std::string AsListed(std::string_view name) {
  std::string key(name);
  for (std::size_t i = 1; i < key.size(); ++i)
    if (key[i] >= 'A' && key[i] <= 'Z') key[i] = static_cast<char>(key[i] + 32);
  return key;
}

}  // namespace

Gender FirstNameGender(std::string_view name) {
  const Gender* gender = FirstNames().Find(AsListed(name));
  return gender ? *gender : Gender::kUnknown;
}

bool IsKnownFirstName(std::string_view name) { return FirstNames().Contains(AsListed(name)); }

const TitleWord* LookupTitleWordAnyCase(std::string_view word) {
  if (const TitleWord* w = LookupTitleWord(word)) return w;
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return nullptr;
  std::string capitalized(word);
  capitalized[0] = static_cast<char>(capitalized[0] - 32);
  return LookupTitleWord(capitalized);
}

bool IsTitleWordOrPlural(std::string_view word) {
  if (LookupTitleWordAnyCase(word) != nullptr) return true;
  return word.size() > 2 && word.back() == 's' &&
         LookupTitleWordAnyCase(word.substr(0, word.size() - 1)) != nullptr;
}

}  // namespace newslens
