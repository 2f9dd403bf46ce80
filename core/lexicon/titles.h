// Titles, honorifics and first names (internal header; data in titles.txt and first-names.tsv
// beside this file). Used to split titles off names, to guess gender, and by the quotes stage to
// resolve a speaker named by title alone ("the mayor said").
#ifndef NEWSLENS_LEXICON_TITLES_H_
#define NEWSLENS_LEXICON_TITLES_H_

#include <string_view>

#include "newslens/analysis.h"

namespace newslens {

struct TitleWord {
  bool honorific;   // Mr., Mrs.: a gender, not a title
  Gender gender;    // kUnknown unless the word implies one ("Congresswoman")
  bool opens_name;  // only a person's name follows it ("Sen.", "Mr."; not "President")
};

// The title word `word` as written ("President", "Sen."; title words joined by hyphens,
// "Secretary-General", are one of the last word's kind), or nullptr.
const TitleWord* LookupTitleWord(std::string_view word);

// The same, also for a word written in lower case ("president", "the mayor"'s "mayor").
const TitleWord* LookupTitleWordAnyCase(std::string_view word);

// Whether `word` is a title word in any case, or one in the plural ("Former", "Senators", "MPs").
bool IsTitleWordOrPlural(std::string_view word);

// The gender a first name indicates ("Donald" -> male), from US birth statistics; kUnknown for
// names given to both sexes or not listed. Accepts "DONALD" too.
Gender FirstNameGender(std::string_view name);

// Whether `name` is a common first name, of either sex or both ("Donald", "Pat"). Accepts
// "DONALD" too.
bool IsKnownFirstName(std::string_view name);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_TITLES_H_
