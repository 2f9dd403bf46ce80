#include "lexicon/sports_words.h"

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {

bool IsSportsWord(std::string_view word) {
  static const auto* words = [] {
    auto* map = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::sports_words_txt, data::sports_words_txt_size))) {
      map->Insert(row[0], true);
    }
    return map;
  }();
  return words->FindAsciiLower(word) != nullptr;
}

}  // namespace newslens
