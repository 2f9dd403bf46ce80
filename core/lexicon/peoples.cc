#include "lexicon/peoples.h"

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_classes.h"
#include "text/word_map.h"

namespace newslens {

bool IsPeoplesName(std::string_view word) {
  static const auto* words = [] {
    auto* map = new WordMap<bool>();  // keys in lower case
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::peoples_txt, data::peoples_txt_size))) {
      map->Insert(AsciiLower(row[0]), true);
    }
    return map;
  }();
  return words->FindAsciiLower(word) != nullptr;
}

bool LooksLikePeoplesAdjective(std::string_view word) {
  if (IsPeoplesName(word)) return true;
  if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') return false;
  for (std::string_view ending : {"ish", "ese", "an", "i", "ic", "ch"})
    if (word.ends_with(ending)) return true;
  return false;
}

}  // namespace newslens
