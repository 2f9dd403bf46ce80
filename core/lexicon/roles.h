// Role nouns (internal header; data in roles.txt beside this file): the nouns that describe a
// referent instead of naming it ("the senator", "the agency", "the state"), for the reference
// layer, which resolves such descriptions to the entity a reader takes them for.
#ifndef NEWSLENS_LEXICON_ROLES_H_
#define NEWSLENS_LEXICON_ROLES_H_

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens {

enum class RoleKind : std::uint8_t { kPerson, kOrganization, kPlace, kDocument, kWork };

struct RoleNoun {
  RoleKind kind;
  Gender gender;  // kUnknown unless the noun says it ("spokeswoman")
  // Organizations and works: words that names of this kind end with or hold ("Fund" for "the
  // fund", "War" for "the war"); `any_organization` when any organization (or any work, for a
  // work's noun) may be called so ("the company", "the film").
  std::vector<std::string_view> name_words;
  bool any_organization;
  // People: any person of the noun's gender may be called so ("the woman").
  bool any_person = false;
  // Organizations: a kind of company (roles.txt's "business"); "the company" or "the firm" is
  // none whose name says another kind ("Commission"), while "the organization" may be any.
  bool business = false;
  // People: news gives its unnamed sources this noun ("a senior official"): a person the
  // article names after it is not the one it describes.
  bool source = false;
};

// Whether `word` (compared without regard to ASCII case) is one of the NAME-WORDS of some kind
// of organization ("Commission", "Bank", "University"): a name that holds one says what kind of
// organization it names, and "the company" or "the firm" is not one of another kind.
bool NamesKindOfOrganization(std::string_view word);
// Whether `word` names a kind of organization that is no kind of company (roles.txt's rows not
// marked "business"): "Commission" does, "Airways" and "Inc." do not, as "the company" may be
// Brackenfield Airways or Orbisynth Inc.
bool NamesKindOtherThanBusiness(std::string_view word);

// A US party label ("D-Minn.", "R-N.Y.", read with or without its periods): the word of its
// party ("democrat", "republican", "independent") and the word of its state's name the
// abbreviation stands for ("minnesota", "york": roles.txt's states). Both empty when `label` is
// no such label.
struct PartyLabel {
  std::string_view party;
  std::string_view state;
};
PartyLabel ReadPartyLabel(std::string_view label);

// What `word` (compared without regard to ASCII case) says in the words of roles ("Gov." ->
// "governor", "GOP" -> "republican"; roles.txt's forms), or `word` itself when it is none.
std::string_view NormalFormOfRoleWord(std::string_view word);

// The word that makes an age a noun news calls a person by: "year-old" of "the 52-year-old"
// (tokens "52", "-", "year-old").
bool IsAgeNoun(std::string_view word);

// The role noun `word` is, compared without regard to ASCII case ("senator", "Senator"), in the
// singular only (a plural describes a group); an age ("the 52-year-old") is any person's;
// nullptr for any other word.
const RoleNoun* LookupRoleNoun(std::string_view word);

// The role noun `word` is when it is a person's and says something of the person ("chemist",
// "pollster"), not a noun any person of a gender may be called ("the woman"); else nullptr.
inline const RoleNoun* LookupPersonsRole(std::string_view word) {
  const RoleNoun* role = LookupRoleNoun(word);
  return role != nullptr && role->kind == RoleKind::kPerson && !role->any_person ? role : nullptr;
}

// "husband", "daughter": a relative who most often shares a person's surname (a spouse, a
// child, a parent, a sibling), lower case only; the gender the noun says, or kUnknown for any
// other word.
Gender KinshipGender(std::string_view word);
// Whether `word` is such a noun for a spouse ("husband", "wife", "widow", "widower").
bool IsSpouseNoun(std::string_view word);

// "group", "campaign", "coalition": a noun in small letters after which capitalized words are a
// group's name ("the Save Brackenford Libraries group"), compared without regard to ASCII case.
bool IsGroupNoun(std::string_view word);

// "report", "results": a document's noun (roles.txt's `document` rows), in any ASCII case.
inline bool IsDocumentNoun(std::string_view word) {
  const RoleNoun* noun = LookupRoleNoun(word);
  return noun != nullptr && noun->kind == RoleKind::kDocument;
}

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_ROLES_H_
