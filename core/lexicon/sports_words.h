// Words that make a document a sports report (internal header; data in sports-words.txt beside
// this file), for the tagger's repairs of results tables (ner/name_repairs.h).
#ifndef NEWSLENS_LEXICON_SPORTS_WORDS_H_
#define NEWSLENS_LEXICON_SPORTS_WORDS_H_

#include <string_view>

namespace newslens {

// "league", "Innings", "SCORED": a word of sports reports, in any letter case.
bool IsSportsWord(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_LEXICON_SPORTS_WORDS_H_
