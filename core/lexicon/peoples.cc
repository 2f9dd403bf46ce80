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

}  // namespace newslens
