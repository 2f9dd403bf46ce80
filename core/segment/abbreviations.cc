#include "segment/abbreviations.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/lexicon.h"

namespace newslens::data {
extern const unsigned char abbreviations_txt[];
extern const std::size_t abbreviations_txt_size;
extern const unsigned char sentence_openers_txt[];
extern const std::size_t sentence_openers_txt_size;
}  // namespace newslens::data

namespace newslens {

AbbreviationClass LookupAbbreviation(std::string_view word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, AbbreviationClass>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::abbreviations_txt, data::abbreviations_txt_size))) {
      if (row.size() < 2) continue;
      const std::string_view cls = row[1];
      map->emplace(row[0], cls == "title"    ? AbbreviationClass::kTitle
                           : cls == "month"  ? AbbreviationClass::kMonth
                           : cls == "number" ? AbbreviationClass::kNumber
                                             : AbbreviationClass::kOther);
    }
    return map;
  }();
  auto it = table->find(word);
  return it == table->end() ? AbbreviationClass::kNone : it->second;
}

bool IsSentenceOpener(std::string_view word) {
  static const auto* table = [] {
    auto* set = new std::unordered_set<std::string_view>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::sentence_openers_txt, data::sentence_openers_txt_size))) {
      set->insert(row[0]);
    }
    return set;
  }();
  return table->count(word) > 0;
}

}  // namespace newslens
