// What a spelling is to the repairs of the tagger's names (internal header): a capital, an
// initial, "and", a possessive, a word of organisations' names, a people's name, and the other
// facts the rules of name_repairs.h ask about a token, as bits of one integer.
//
// Each fact depends on the token's bytes alone (and, for abbreviated titles, on the gazetteer the
// tagger was trained with), so the featurizer works the flags out once per spelling, with the
// rest of what it reads off a spelling (lexeme_cache.h), and keeps them per token of the
// document. The repairs then read a bit where each rule asked again (a UTF-8 decoding for a
// capital, a hash and a probe for a lexicon's word): some twenty rules, each over every token of
// a sentence. And the bits of a whole sentence, ORed, tell a rule whether the words it looks for
// ("and", a possessive, a kind of organisation) are there at all: most sentences have none of
// them, and the rule is skipped.
#ifndef NEWSLENS_NER_NAME_WORD_FLAGS_H_
#define NEWSLENS_NER_NAME_WORD_FLAGS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/word_features.h"

namespace newslens::ner {

using NameWordFlags = std::uint64_t;

namespace name_word {
constexpr NameWordFlags Bit(int n) { return NameWordFlags{1} << n; }
// The spelling and its case.
inline constexpr NameWordFlags kCapitalized = Bit(0);    // a capital first (chars::StartsUpper)
inline constexpr NameWordFlags kAsciiCapital = Bit(1);   // an ASCII capital first ("Paris")
inline constexpr NameWordFlags kAsciiSmall = Bit(2);     // an ASCII small letter first
inline constexpr NameWordFlags kDigitFirst = Bit(3);     // an ASCII digit first ("1996")
inline constexpr NameWordFlags kLowerWord = Bit(4);      // small letters and hyphens ("airport")
inline constexpr NameWordFlags kSmallLetter = Bit(5);    // holds an ASCII small letter
inline constexpr NameWordFlags kAcronym = Bit(6);        // capitals only (CaseClass::kUpper)
inline constexpr NameWordFlags kLetterOrDigit = Bit(7);  // a letter or a digit: not a mark
inline constexpr NameWordFlags kInitial = Bit(8);        // "J." or "K"
inline constexpr NameWordFlags kTitleCase = Bit(9);      // CaseClass::kTitle
inline constexpr NameWordFlags kMixedCase = Bit(10);     // CaseClass::kMixed
// Marks and function words the rules look for.
inline constexpr NameWordFlags kPossessive = Bit(11);        // "'s", "’s", "'S"
inline constexpr NameWordFlags kApostrophe = Bit(12);        // "’" or "'" alone
inline constexpr NameWordFlags kAnd = Bit(13);               // "and" or "&"
inline constexpr NameWordFlags kOf = Bit(14);                // "of"
inline constexpr NameWordFlags kFieldPreposition = Bit(15);  // "of", "on", "into"
inline constexpr NameWordFlags kNameConnector = Bit(16);     // IsNameConnector of its form
// Words of the lexicons and the gazetteer.
inline constexpr NameWordFlags kTitleSpelling = Bit(17);            // see ComputeNameWordFlags
inline constexpr NameWordFlags kOrganizationWord = Bit(18);         // IsOrganizationWord ("Trust")
inline constexpr NameWordFlags kOrganisationKind = Bit(19);         // "agency", "firm" (roles.txt)
inline constexpr NameWordFlags kPeoplesName = Bit(20);              // IsPeoplesName ("Serbs")
inline constexpr NameWordFlags kCompetitionWord = Bit(21);          // IsCompetitionWord ("Cup")
inline constexpr NameWordFlags kGivenNameOfTwoSyllables = Bit(22);  // "Seung-hoon"
inline constexpr NameWordFlags kJoinedParticle = Bit(23);           // "al-Harbash"
inline constexpr NameWordFlags kJoiningParticle = Bit(24);          // "arap", "ten"
inline constexpr NameWordFlags kNameParticle = Bit(25);             // "de", "van"
inline constexpr NameWordFlags kCapitalisedSurnameParticle = Bit(26);  // "Ní", "De", "Van"
inline constexpr NameWordFlags kWeekday = Bit(27);                     // "Friday"
inline constexpr NameWordFlags kSiteName = Bit(28);                    // "Amazon.com"
inline constexpr NameWordFlags kPlacesPlural = Bit(29);                // "counties", "provinces"
inline constexpr NameWordFlags kTemperatureScale = Bit(30);            // "Celsius", "Fahrenheit"
inline constexpr NameWordFlags kNumberSign = Bit(31);                  // "No.", "No"
inline constexpr NameWordFlags kCounty = Bit(32);                      // "County", "Co", "Co."
inline constexpr NameWordFlags kSportsWord = Bit(33);                  // IsSportsWord ("innings")
inline constexpr NameWordFlags kInitials = Bit(34);  // one to three capitals, each with a full stop
}  // namespace name_word

// The flags of `token`, whose ComputeWordFeatures are `word`. kTitleSpelling: a person's role in
// small letters that lexicon/roles.txt has and the gazetteer's lists may lack
// ("spokesman"), or a title's or a role's abbreviation the gazetteer has without its full stop
// ("Gov.", "Mr."): with the gazetteer's marks of a title or a role at the token, what makes it a
// title word (SentenceNames::TitleWord).
NameWordFlags ComputeNameWordFlags(std::string_view token, const WordFeatures& word,
                                   const Gazetteer& gazetteer);

// The flags of each of `tokens`, into `out` (resized), for a caller the featurizer has not given
// them.
void ComputeNameWordFlags(std::span<const std::string_view> tokens, const Gazetteer& gazetteer,
                          std::vector<NameWordFlags>* out);

// The flags of `flags` ORed: which of them some token of a sentence has.
inline NameWordFlags AnyOf(std::span<const NameWordFlags> flags) {
  NameWordFlags any = 0;
  for (const NameWordFlags f : flags) any |= f;
  return any;
}

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_NAME_WORD_FLAGS_H_
