// Names of peoples, faiths and political camps (internal header; data in peoples.txt beside
// this file), for the tagger's repairs (ner/name_repairs.h).
#ifndef NEWSLENS_LEXICON_PEOPLES_H_
#define NEWSLENS_LEXICON_PEOPLES_H_

#include <string_view>

namespace newslens {

// "Serbs", "REPUBLICANS", "Islamic": a word that alone names a group of people, in any letter
// case.
bool IsPeoplesName(std::string_view word);

// "Polish", "French", "Kurdish", "Iraqi": a people's name, or a capitalized word of four letters
// or more with the ending of a people's adjective (-ish, -ese, -an, -i, -ic, -ch). A guess for
// the rooms without the tagger's gazetteer: "Roman" or "Christian" pass too.
bool LooksLikePeoplesAdjective(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_PEOPLES_H_
