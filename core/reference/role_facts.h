// What an article says each entity is (internal header): the words of its titles, appositives
// and copulas, for resolving descriptions ("the senator", "the bank") to it.
//
//   "Republican presidential nominee Donald Trump"   Trump: republican presidential nominee
//   "Wells Fargo, the nation's largest bank,"         Wells Fargo: nation largest bank
//   "the event organizer Alliance to Reclaim ..."     Alliance ...: event organizer
//   "Sullivan is the state's tax commissioner"        Sullivan: state tax commissioner
//   "the International Monetary Fund"                  (its own name) international monetary fund
// Words are kept in a normal form (FactWord): lower case, a title's abbreviation spelled out
// ("Gov." -> governor), a party's synonyms made one ("GOP" -> republican, "Democratic" ->
// democrat).
#ifndef NEWSLENS_REFERENCE_ROLE_FACTS_H_
#define NEWSLENS_REFERENCE_ROLE_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "text/token_view.h"

namespace newslens::reference {

// `word` in the normal form of facts ("Gov." -> "governor", "GOP" -> "republican").
std::string FactWord(std::string_view word);

class RoleFacts {
 public:
  // Reads the descriptions around every name of `names` (the entities stage's mention table)
  // and the titles and names of `entities`. `quoted` holds a flag per token.
  RoleFacts(const TokenView& text, const std::vector<bool>& quoted, const MentionTable& names,
            const std::vector<Entity>& entities);

  // Whether the article describes `entity` with the word `fact_word` (in FactWord() form).
  bool Holds(int entity, std::string_view fact_word) const;
  // The entities the article describes with `fact_word`, ascending.
  const std::vector<int>& EntitiesWith(std::string_view fact_word) const;
  // The words said of `entity`, sorted.
  const std::vector<std::string>& Of(int entity) const {
    return words_[static_cast<std::size_t>(entity)];
  }

 private:
  void AddWords(int entity, const TokenView& text, std::uint32_t first, std::uint32_t end);
  void AddText(int entity, std::string_view text);

  std::vector<std::vector<std::string>> words_;  // per entity, sorted and unique after build
  std::unordered_map<std::string, std::vector<int>> entities_by_word_;
};

}  // namespace newslens::reference

#endif  // NEWSLENS_REFERENCE_ROLE_FACTS_H_
