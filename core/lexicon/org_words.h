// Words that end organizations' names (internal header; data in org-words.txt beside this file),
// for the entities room and the tagger's repairs.
#ifndef NEWSLENS_LEXICON_ORG_WORDS_H_
#define NEWSLENS_LEXICON_ORG_WORDS_H_

#include <string_view>

namespace newslens {

// A word that ends organizations' names ("Corp.", "University", "Trust"), as written.
bool IsOrganizationWord(std::string_view word);
// One of those that ends a publication's name ("Courier", "Times").
bool IsPublicationWord(std::string_view word);
// One of those that ends a company's name and never a place's ("Inc.", "Technologies").
bool IsCompanyWord(std::string_view word);
// A company's word, or a public body's that ends no place's name either ("Council", "Police").
bool EndsNoPlaceName(std::string_view word);
// A company's legal form, which news may leave out of its name ("Inc.", "Co.", "Ltd", "GmbH",
// "Corporation"): "Amakaze Railway Co." is "Amakaze Railway".
bool IsLegalForm(std::string_view word);
// Whether `last` is a word that ends places' names alone but a body's after a word of what the
// body does (`field`): "District" after "School", "Water", "Conservation" ("Lake District" is a
// place); "Center" or "Centre" after "Medical", "Cancer", "Research" ("Harlan Creek Regional
// Medical Center" is a hospital, "Rockefeller Center" a place).
bool EndsBodysName(std::string_view field, std::string_view last);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_ORG_WORDS_H_
