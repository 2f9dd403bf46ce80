#include "lexicon/roles.h"

#include <cstdint>
#include <string>
#include <unordered_map>

#include "data/embedded.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/word_classes.h"
#include "text/word_map.h"

namespace newslens {

namespace {

const WordMap<RoleNoun>& RoleNouns() {
  static const auto* table = [] {
    auto* map = new WordMap<RoleNoun>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::roles_txt, data::roles_txt_size))) {
      if (row.size() < 2 || row[0] == "form" || row[0] == "state") continue;
      RoleNoun role{RoleKind::kPerson, Gender::kUnknown, {}, false};
      if (row[0] == "org") role.kind = RoleKind::kOrganization;
      if (row[0] == "place") role.kind = RoleKind::kPlace;
      if (row[0] == "document") role.kind = RoleKind::kDocument;
      if (row[0] == "work") role.kind = RoleKind::kWork;
      if (role.kind == RoleKind::kPerson) {
        for (std::size_t i = 2; i < row.size(); ++i) {
          if (row[i] == "female") role.gender = Gender::kFemale;
          if (row[i] == "male") role.gender = Gender::kMale;
          if (row[i] == "any") role.any_person = true;
          if (row[i] == "source") role.source = true;
        }
      }
      if (row.size() > 3 && role.kind == RoleKind::kOrganization)
        role.business = row[3] == "business";
      if (row.size() > 2 &&
          (role.kind == RoleKind::kOrganization || role.kind == RoleKind::kWork)) {
        std::string_view words = row[2];
        while (!words.empty()) {
          const std::size_t comma = words.find(',');
          const std::string_view w = words.substr(0, comma);
          if (w == "*") {
            role.any_organization = true;
          } else {
            role.name_words.push_back(w);
          }
          words.remove_prefix(comma == std::string_view::npos ? words.size() : comma + 1);
        }
      }
      map->Insert(row[1], std::move(role));
    }
    return map;
  }();
  return *table;
}

}  // namespace

bool IsAgeNoun(std::string_view word) { return chars::EqualsIgnoringAsciiCase(word, "year-old"); }

const RoleNoun* LookupRoleNoun(std::string_view word) {
  if (word.size() > 24) return nullptr;
  // "the 52-year-old": any person, as "the man" is any man.
  static const RoleNoun kAge{RoleKind::kPerson, Gender::kUnknown, {}, false, /*any_person=*/true};
  if (IsAgeNoun(word)) return &kAge;
  if (const RoleNoun* role = RoleNouns().FindAsciiLower(word)) return role;
  // "pulmonologist", "volcanologist": one who studies a field is a person.
  static const RoleNoun kSpecialist{RoleKind::kPerson, Gender::kUnknown, {}, false};
  constexpr std::string_view kStudent = "ologist";
  if (word.size() > kStudent.size() + 2 &&
      chars::EqualsIgnoringAsciiCase(word.substr(word.size() - kStudent.size()), kStudent))
    return &kSpecialist;
  // "vice-chancellor", "co-founder": the role after a prefix of rank; "director-general",
  // "secretary-general": the role before "-general".
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return nullptr;
  const std::string_view prefix = word.substr(0, hyphen);
  for (std::string_view rank : {"vice", "co", "deputy", "acting", "ex"})
    if (chars::EqualsIgnoringAsciiCase(prefix, rank))
      return RoleNouns().FindAsciiLower(word.substr(hyphen + 1));
  if (chars::EqualsIgnoringAsciiCase(word.substr(hyphen + 1), "general"))
    return RoleNouns().FindAsciiLower(prefix);
  return nullptr;
}

std::string_view NormalFormOfRoleWord(std::string_view word) {
  static const auto* forms = [] {
    auto* map = new WordMap<std::string_view>();
    for (const LexiconRow& row : ParseLexicon(EmbeddedText(data::roles_txt, data::roles_txt_size)))
      if (row.size() >= 3 && row[0] == "form") map->Insert(row[1], row[2]);
    return map;
  }();
  if (word.size() > 24) return word;
  const std::string_view* normal = forms->FindAsciiLower(word);
  return normal != nullptr ? *normal : word;
}

PartyLabel ReadPartyLabel(std::string_view label) {
  static const auto* states = [] {
    auto* map = new WordMap<std::string_view>();
    for (const LexiconRow& row : ParseLexicon(EmbeddedText(data::roles_txt, data::roles_txt_size)))
      if (row.size() >= 3 && row[0] == "state") map->Insert(row[1], row[2]);
    return map;
  }();
  if (label.size() < 3 || label.size() > 12 || label[1] != '-') return {};
  const std::string_view party = label[0] == 'D'   ? "democrat"
                                 : label[0] == 'R' ? "republican"
                                 : label[0] == 'I' ? "independent"
                                                   : "";
  if (party.empty()) return {};
  std::string abbreviation;  // without its periods
  for (const char c : label.substr(2))
    if (c != '.') abbreviation += c;
  const std::string_view* state = states->FindAsciiLower(abbreviation);
  if (state == nullptr) return {};
  return {party, *state};
}

namespace {

// The NAME-WORDS of roles.txt's kinds of organization, each with the bits kNamesKind and, when
// some kind it names is no company's, kNamesOtherThanBusiness.
constexpr std::uint8_t kNamesKind = 1;
constexpr std::uint8_t kNamesOtherThanBusiness = 2;
std::uint8_t NameWordBits(std::string_view word) {
  static const auto* table = [] {
    std::unordered_map<std::string, std::uint8_t> bits;  // a word may name several kinds
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::roles_txt, data::roles_txt_size))) {
      if (row.size() < 3 || row[0] != "org") continue;
      const RoleNoun* role = RoleNouns().Find(row[1]);
      if (role == nullptr) continue;
      for (std::string_view w : role->name_words)
        bits[AsciiLower(w)] |= role->business ? kNamesKind : kNamesKind | kNamesOtherThanBusiness;
    }
    auto* map = new WordMap<std::uint8_t>();
    for (const auto& [word, word_bits] : bits) map->Insert(word, word_bits);
    return map;
  }();
  if (word.size() > 24) return 0;
  const std::uint8_t* bits = table->FindAsciiLower(word);
  return bits != nullptr ? *bits : 0;
}

}  // namespace

bool NamesKindOfOrganization(std::string_view word) {
  return (NameWordBits(word) & kNamesKind) != 0;
}

bool NamesKindOtherThanBusiness(std::string_view word) {
  return (NameWordBits(word) & kNamesOtherThanBusiness) != 0;
}

namespace {

struct Kin {
  std::string_view noun;
  Gender gender;
  bool spouse;
};

const Kin* LookupKin(std::string_view word) {
  static constexpr Kin kKin[] = {
      {"husband", Gender::kMale, true},  {"wife", Gender::kFemale, true},
      {"widow", Gender::kFemale, true},  {"widower", Gender::kMale, true},
      {"son", Gender::kMale, false},     {"daughter", Gender::kFemale, false},
      {"father", Gender::kMale, false},  {"mother", Gender::kFemale, false},
      {"brother", Gender::kMale, false}, {"sister", Gender::kFemale, false}};
  for (const Kin& k : kKin)
    if (word == k.noun) return &k;
  return nullptr;
}

}  // namespace

Gender KinshipGender(std::string_view word) {
  const Kin* kin = LookupKin(word);
  return kin != nullptr ? kin->gender : Gender::kUnknown;
}

bool IsGroupNoun(std::string_view word) {
  for (std::string_view noun :
       {"group", "campaign", "coalition", "alliance", "network", "movement"})
    if (word.size() == noun.size() && AsciiLower(word) == noun) return true;
  return false;
}

bool IsSpouseNoun(std::string_view word) {
  const Kin* kin = LookupKin(word);
  return kin != nullptr && kin->spouse;
}

}  // namespace newslens
