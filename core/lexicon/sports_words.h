// Words of sports reports (internal header; data in sports-words.txt beside this file), for the
// tagger's repairs (ner/name_repairs.h).
#ifndef NEWSLENS_LEXICON_SPORTS_WORDS_H_
#define NEWSLENS_LEXICON_SPORTS_WORDS_H_

#include <string_view>

namespace newslens {

// "league", "Innings", "SCORED": a word of sports reports, in any letter case.
bool IsSportsWord(std::string_view word);
// "Cup", "LEAGUE": a word that ends a competition's name, in any letter case.
bool IsCompetitionWord(std::string_view word);
// "captain", "striker": a player's role, after a team's name ("Surrey captain"), in small letters.
bool IsPlayerWord(std::string_view word);
// "against", "beat": a word of matches before a team's name, in small letters.
bool IsMatchWordBeforeTeam(std::string_view word);
// "beat", "drew": a word of matches after a team's name, in small letters.
bool IsMatchWordAfterTeam(std::string_view word);
// "United", "Rovers": a capitalised word that ends clubs' names and no person's or place's.
bool IsClubEndWord(std::string_view word);
// "CD", "FC", "VfB": a capitalised abbreviation that opens clubs' names.
bool IsClubPrefix(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_SPORTS_WORDS_H_
