#include "lexicon/org_words.h"

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

// Per word of org-words.txt: whether it is a publication's ("Courier", "Times").
const WordMap<bool>& OrganizationWords() {
  static const auto* table = [] {
    auto* map = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::org_words_txt, data::org_words_txt_size))) {
      map->Insert(row[0], row.size() > 1 && row[1] == "publication");
    }
    return map;
  }();
  return *table;
}

}  // namespace

bool IsOrganizationWord(std::string_view word) { return OrganizationWords().Contains(word); }

bool IsPublicationWord(std::string_view word) {
  const bool* publication = OrganizationWords().Find(word);
  return publication != nullptr && *publication;
}

}  // namespace newslens
