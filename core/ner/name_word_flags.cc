#include "ner/name_word_flags.h"

#include <algorithm>
#include <iterator>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/roles.h"
#include "lexicon/sports_words.h"
#include "text/char_class.h"

namespace newslens::ner {
namespace {

// "airport", "policy-makers": a word in small letters (hyphens may join its parts).
bool IsLowerWord(std::string_view token) {
  return !token.empty() && token.front() >= 'a' && token.front() <= 'z' && token.back() != '-' &&
         std::all_of(token.begin(), token.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// "J." or "K": an initial.
bool IsInitial(std::string_view token) {
  return chars::StartsAsciiUpper(token) &&
         (token.size() == 1 || (token.size() == 2 && token[1] == '.'));
}

// "K.N.", "R.", "J.R.R.": one to three ASCII capitals, each with its full stop.
bool AreInitials(std::string_view token) {
  if (token.size() < 2 || token.size() > 6 || token.size() % 2 != 0) return false;
  for (std::size_t c = 0; c < token.size(); c += 2)
    if (token[c] < 'A' || token[c] > 'Z' || token[c + 1] != '.') return false;
  return true;
}

// A surname's particle written with a capital ("Ní", "Mac", "De", "Van"): the tagger, which
// seldom met them, stops a person's name before one ("[Síofra] Ní Mhaoláin", "[Kevin] De
// Bruyne"). Those in small letters ("de la Cruz") it learned.
bool IsCapitalisedSurnameParticle(std::string_view token) {
  static constexpr std::string_view kParticles[] = {
      "Ní", "Nic", "Mac",   "Mhic", "Ó",   "Ua",  "Uí",  "Bin", "Ibn", "Abu", "De", "Di", "Da",
      "Du", "Del", "Della", "Dos",  "Das", "Van", "Von", "Ter", "Ten", "Le",  "La", "Dal"};
  return std::find(std::begin(kParticles), std::end(kParticles), token) != std::end(kParticles);
}

// "Amazon.com", "Nation.africa": a site's name, as the tokenizer keeps it whole: a capitalised
// word of two letters or more, a full stop, and a domain's ending of two letters or more in small
// letters; not "Mr.Lee".
bool IsSiteName(std::string_view token) {
  if (!chars::StartsAsciiUpper(token)) return false;
  const std::size_t dot = token.find('.');
  if (dot == std::string_view::npos || dot < 2 || dot + 3 > token.size()) return false;
  for (std::size_t k = 0; k < token.size(); ++k) {
    const bool letter =
        k == dot || (k < dot ? ((token[k] | 0x20) >= 'a' && (token[k] | 0x20) <= 'z')
                             : (token[k] >= 'a' && token[k] <= 'z'));
    if (!letter) return false;
  }
  return true;
}

// "counties", "provinces": a plural noun of places that names may be listed before.
bool IsPlacesPlural(std::string_view w) {
  return w == "counties" || w == "provinces" || w == "districts" || w == "regions" ||
         w == "prefectures" || w == "municipalities" || w == "parishes" || w == "boroughs";
}

// A title's or a role's abbreviation the gazetteer has without its full stop ("Gov.").
bool IsTitleAbbreviation(std::string_view token, const Gazetteer& gazetteer) {
  using C = GazetteerCategory;
  if (token.size() < 3 || token.back() != '.' || !chars::StartsUpper(token)) return false;
  const std::uint16_t value =
      gazetteer.WordValue(NormalizedFormHash(token.substr(0, token.size() - 1)));
  return (value & ((1u << static_cast<int>(C::kTitle)) | (1u << static_cast<int>(C::kRole)))) != 0;
}

}  // namespace

NameWordFlags ComputeNameWordFlags(std::string_view token, const WordFeatures& word,
                                   const Gazetteer& gazetteer) {
  using namespace name_word;
  const auto flag = [](bool on, NameWordFlags f) { return on ? f : 0; };
  const bool digit =
      std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  NameWordFlags flags =
      flag(chars::StartsUpper(token), kCapitalized) |
      flag(chars::StartsAsciiUpper(token), kAsciiCapital) |
      flag(chars::StartsAsciiLower(token), kAsciiSmall) |
      flag(chars::StartsAsciiDigit(token), kDigitFirst) | flag(IsLowerWord(token), kLowerWord) |
      flag(std::any_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; }),
           kSmallLetter) |
      flag(word.case_class == CaseClass::kUpper, kAcronym) |
      flag(word.case_class == CaseClass::kTitle, kTitleCase) |
      flag(word.case_class == CaseClass::kMixed, kMixedCase) |
      flag(word.case_class != CaseClass::kNoLetters || digit, kLetterOrDigit) |
      flag(IsInitial(token), kInitial) | flag(AreInitials(token), kInitials) |
      flag(token == "'s" || token == "\u2019s" || token == "'S", kPossessive) |
      flag(token == "\u2019" || token == "'", kApostrophe) |
      flag(token == "and" || token == "&", kAnd) | flag(token == "of", kOf) |
      flag(token == "of" || token == "on" || token == "into", kFieldPreposition) |
      flag(IsNameConnector(word.form), kNameConnector);
  // The lexicons, for words (most tokens are none of theirs), each looked up once: a first
  // analysis in a browser works these out for every spelling before its code is optimized.
  if ((flags & kLetterOrDigit) != 0) {
    // The roles' lexicon, in small letters: a person's role ("spokesman") or a kind of
    // organisation ("agency"; a carrier is a ship too: "the aircraft carrier Enterprise" names
    // no airline).
    if ((flags & kAsciiSmall) != 0) {
      const RoleNoun* role = LookupRoleNoun(token);
      flags |= flag(role != nullptr && role->kind == RoleKind::kPerson, kTitleSpelling) |
               flag(role != nullptr && role->kind == RoleKind::kOrganization && token != "carrier",
                    kOrganisationKind);
    }
    const bool particle = IsNameParticle(token);
    flags |= flag(IsTitleAbbreviation(token, gazetteer), kTitleSpelling) |
             flag(IsOrganizationWord(token), kOrganizationWord) |
             flag(IsPeoplesName(token), kPeoplesName) |
             flag(IsCompetitionWord(token), kCompetitionWord) |
             flag(IsSportsWord(token), kSportsWord) |
             flag(IsGivenNameOfTwoSyllables(token), kGivenNameOfTwoSyllables) |
             flag(HasJoinedParticle(token), kJoinedParticle) |
             flag(particle && IsJoiningParticle(token), kJoiningParticle) |
             flag(particle, kNameParticle) |
             flag((flags & kCapitalized) != 0 && IsCapitalisedSurnameParticle(token),
                  kCapitalisedSurnameParticle) |
             flag(IsWeekday(token), kWeekday) | flag(IsSiteName(token), kSiteName) |
             flag(IsPlacesPlural(token), kPlacesPlural) |
             flag(token == "Celsius" || token == "Fahrenheit", kTemperatureScale) |
             flag(token == "No." || token == "No", kNumberSign) |
             flag(token == "County" || token == "Co" || token == "Co.", kCounty);
  }
  return flags;
}

void ComputeNameWordFlags(std::span<const std::string_view> tokens, const Gazetteer& gazetteer,
                          std::vector<NameWordFlags>* out) {
  out->resize(tokens.size());
  WordFeatures word;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    ComputeWordFeatures(tokens[i], &word);
    (*out)[i] = ComputeNameWordFlags(tokens[i], word, gazetteer);
  }
}

}  // namespace newslens::ner
