#include "segment/abbreviations.h"

#include <string>

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {

AbbreviationClass LookupAbbreviation(std::string_view word) {
  static const auto* table = [] {
    auto* map = new WordMap<AbbreviationClass>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::abbreviations_txt, data::abbreviations_txt_size))) {
      if (row.size() < 2) continue;
      const std::string_view cls = row[1];
      map->Insert(row[0], cls == "title"    ? AbbreviationClass::kTitle
                          : cls == "month"  ? AbbreviationClass::kMonth
                          : cls == "number" ? AbbreviationClass::kNumber
                                            : AbbreviationClass::kOther);
    }
    return map;
  }();
  const AbbreviationClass* cls = table->Find(word);
  return cls ? *cls : AbbreviationClass::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  static const auto* table = [] {
    auto* set = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::sentence_openers_txt, data::sentence_openers_txt_size))) {
      set->Insert(row[0], true);
    }
    return set;
  }();
  return table->Contains(word);
}

}  // namespace newslens
