// What an article says each entity is (internal header): the words of its titles, appositives
// and copulas, for resolving descriptions ("the senator", "the bank") to it.
//
//   "Republican presidential nominee Donald Trump"   Trump: republican presidential nominee
//   "Wells Fargo, the nation's largest bank,"         Wells Fargo: nation largest bank
//   "the event organizer Alliance to Reclaim ..."     Alliance ...: event organizer
//   "Sullivan is the state's tax commissioner"        Sullivan: tax commissioner, of state
//   "Madden, Romney's chief strategist,"               Madden: chief strategist, of Romney
//   "the International Monetary Fund"                  (its own name) international monetary fund
//   "Arbeláez, 26," / "26-year-old Ana Ruiz"           Arbeláez: aged 26 (KeyOfAge)
//   "Bengaluru-based Kredora"                          Kredora: bengaluru-based (LocatingPlaceAt)
//   "No. 2 seed Kendall Ashby"                          Ashby: ranked 2 (KeyOfRank)
// Words are kept in a normal form (KeyOfFact): lower case, a title's abbreviation spelled out
// ("Gov." -> governor), a party's synonyms made one ("GOP" -> republican, "Democratic" ->
// democrat).
#ifndef NEWSLENS_REFERENCE_ROLE_FACTS_H_
#define NEWSLENS_REFERENCE_ROLE_FACTS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "text/token_view.h"

namespace newslens::reference {

// The key of `word` in the normal form of facts ("Gov." -> governor, "GOP" -> republican): a
// 64-bit hash of that form, so that facts are kept and compared without a string each. Two
// words share a key only when their normal forms are equal (barring a 64-bit collision).
using FactKey = std::uint64_t;
FactKey KeyOfFact(std::string_view word);
// The key of a possessor's word ("Romney" in "X, Romney's chief strategist,"): X is someone of
// Romney's. Never equal to a word's key.
FactKey KeyOfPossessor(std::string_view word);
// The key of an age, `number` in digits ("X, 26," / "the 29-year-old Dane": 26, 29), never equal
// to a word's or a possessor's.
FactKey KeyOfAge(std::string_view number);
// The key of a rank, `number` in digits ("No. 2 Kendall Ashby", "the world No. 2": 2), never
// equal to a word's, a possessor's or an age's.
FactKey KeyOfRank(std::string_view number);
// Whether a rank opens at `t`, its two tokens before `limit`: "No." (or "No") and a number.
bool RankAt(const TokenView& text, std::uint32_t t, std::uint32_t limit);
// Whether an age opens at `t`, its three tokens before `limit`: a number, a hyphen and
// "year-old" ("26-year-old").
bool AgeAt(const TokenView& text, std::uint32_t t, std::uint32_t limit);
// The key of a place that locates an organization, at `t`: a hyphen between a capitalized word
// and "based", "headquartered" or "listed" ("the Bengaluru-based lender", which the tokenizer
// splits), or such a word whole ("Bengaluru-based Kredora, ..." at a sentence's start): KeyOfFact
// of "bengaluru-based" (of "-based" for "headquartered" too). 0 when there is none at `t`
// (`first` and `limit` bound the tokens read).
FactKey LocatingPlaceAt(const TokenView& text, std::uint32_t t, std::uint32_t first,
                        std::uint32_t limit);
// Held by every entity the article gives an age: a constant, which a word's 64-bit hash meets
// with a probability of 2^-64.
inline constexpr FactKey kAged = 0x5be0cd19137e2179ull;
// Held by every organization the article places somewhere (LocatingPlaceAt).
inline constexpr FactKey kLocated = 0x510e527fade682d1ull;

class RoleFacts {
 public:
  // Reads the descriptions around every name of `names` (the entities stage's mention table)
  // and the titles and names of `entities`. `quoted` holds a flag per token.
  RoleFacts(const TokenView& text, const std::vector<bool>& quoted, const MentionTable& names,
            const std::vector<Entity>& entities);

  // Whether the article describes `entity` with the word of key `key`.
  bool Holds(int entity, FactKey key) const;
  // Appends to `out` the entities the article describes with the word of key `key`.
  void EntitiesWith(FactKey key, std::vector<int>* out) const;
  // Whether the article calls a person by the noun of key `key`, the head of one of its titles or
  // appositives ("Gareth Vandersloot, the university’s provost,": provost), so that "the provost"
  // is a person's description though no role noun of lexicon/roles.txt.
  bool IsPersonsHead(FactKey key) const {
    return std::binary_search(person_heads_.begin(), person_heads_.end(), key);
  }
  // Whether the name of `entity`, an organization, holds a word that says a kind of
  // organization that is no company ("Commission", not "Bank" or "Inc.": lexicon/roles.h).
  bool NamesKindOtherThanBusiness(int entity) const {
    return names_kind_[static_cast<std::size_t>(entity)];
  }

 private:
  void AddWords(int entity, const TokenView& text, std::uint32_t first, std::uint32_t end);
  void AddText(int entity, std::string_view text);
  // "Sen. Amy Klobuchar (D-Minn.)", "Mitch McConnell, R-Ky.,": the party and the state of the
  // label after token `after` (the parenthesis or comma that opens it), as facts of `entity`.
  void AddPartyLabel(int entity, const TokenView& text, std::uint32_t after,
                     std::uint32_t sentence_end);
  // Keeps the age that the number at `number` gives `entity`.
  void AddAge(int entity, const TokenView& text, std::uint32_t number);
  // Keeps the head of the phrase [first, end) of a person's appositive: its last word in small
  // letters before any preposition ("a spokesman for the police": spokesman).
  void AddPersonsHead(const TokenView& text, std::uint32_t first, std::uint32_t end);

  // Every (key, entity) said, sorted and unique once built.
  std::vector<std::pair<FactKey, int>> facts_;
  std::vector<bool> names_kind_;       // per entity
  std::vector<FactKey> person_heads_;  // sorted and unique once built
};

}  // namespace newslens::reference

#endif  // NEWSLENS_REFERENCE_ROLE_FACTS_H_
