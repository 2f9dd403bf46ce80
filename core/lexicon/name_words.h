// Words about names (internal header; data in name-words.txt beside this file): the particles
// inside people's names, the abbreviations that open names, the title words that are common
// surnames too, the generational suffixes. Each compares the word as written.
#ifndef NEWSLENS_LEXICON_NAME_WORDS_H_
#define NEWSLENS_LEXICON_NAME_WORDS_H_

#include <string_view>

namespace newslens {

// "de", "van", "bin": a word in small letters that a person's name may hold.
bool IsNameParticle(std::string_view word);
// One of those that is no English verb too ("arap", "ten"; not "do"): between two capitalized
// words, it joins them into one name ("Daniel arap Moi", "Erik ten Hag"; not "Why would Trump
// do Putin's bidding?").
bool IsJoiningParticle(std::string_view word);
// "Harbash" of "al-Harbash", "Sisi" of "el-Sisi": the surname that a particle and a hyphen
// open (the particle in either case); empty for any other word.
std::string_view SurnameAfterParticle(std::string_view word);
// Whether `word` is such a surname with its particle ("al-Harbash").
inline bool HasJoinedParticle(std::string_view word) { return !SurnameAfterParticle(word).empty(); }
// A particle a person's name may hold, alone or joined to its surname ("van", "al-Harbash").
inline bool IsParticleOrJoined(std::string_view word) {
  return IsNameParticle(word) || HasJoinedParticle(word);
}
// "St.", "Mt.": an abbreviation that opens the names of saints and places.
bool IsNameAbbreviation(std::string_view word);
// "King", "Major": a title word that is a common surname too.
bool IsSurnameTitle(std::string_view word);
// "Jr.", "III": a generational suffix after a surname.
bool IsGenerationalSuffix(std::string_view word);
// "Lower", "Port": a word that opens places' names and no person's ("Lower Ashby").
bool IsPlacePrefix(std::string_view word);
// "Street", "River": a word that ends places' names and no person's ("Tanner Street").
bool IsPlaceSuffix(std::string_view word);
// "Banco", "Grupo", "Minera": a word that opens organizations' names and no person's
// ("Minera Huaycoral", "Grupo Valdés").
bool IsOrganizationPrefix(std::string_view word);
// "Typhoon", "Hurricane": a word that opens the names of storms and other events, and no
// person's ("Typhoon Lingtai"): such a name is MISC.
bool IsEventPrefix(std::string_view word);
// "KC", "OBE": letters after a person's name for a rank or an honour (name-words.txt
// `post-nominal`): the person's title, not part of the name.
bool IsPostNominal(std::string_view word);
// "Transport", "Health": a minister's or a commissioner's field before the title word
// ("Transport Commissioner Ilse Vantongeren"; name-words.txt `portfolio`): part of the title, no
// organization's name.
bool IsPortfolio(std::string_view word);
// "Seung-hoon", "Min-seok", "Wai-lun": a given name of two syllables joined by a hyphen, the
// second in small letters, as Korean and Cantonese names are romanised (surname first: "Baek
// Seung-hoon").
bool IsGivenNameOfTwoSyllables(std::string_view token);
// "Friday": a weekday, as written in running text.
bool IsWeekday(std::string_view word);
// Whether `word` and `weekday` name a day ("Super" "Tuesday", "Black" "Friday").
bool IsDayName(std::string_view word, std::string_view weekday);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_NAME_WORDS_H_
