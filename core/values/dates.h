// DATE and TIME values (internal header). Each matcher looks for a value that starts at token
// `i` of a sentence and returns nullopt when none does; the value formats are described in
// values/value_finder.h.
#ifndef NEWSLENS_VALUES_DATES_H_
#define NEWSLENS_VALUES_DATES_H_

#include <cstddef>
#include <optional>

#include "values/calendar.h"
#include "values/sentence_tokens.h"

namespace newslens {

// DATE: "2025-02-01", "Feb. 1, 2025", "1 February", "February 2025", "in May", "2022" (a year
// from 1900 to 2099 that no count word such as "about" precedes), "the 1990s", "’90s",
// "mid-2022", "Thursday", "last Thursday", "Thursday, Jan. 30", and, only with an `anchor`
// (the document date) to count from, "yesterday", "last year", "next week", "three years ago".
std::optional<ValueMatch> MatchDate(const SentenceTokens& tokens, std::size_t i,
                                    const std::optional<CivilDate>& anchor);

// TIME: "10:30", "10:30 a.m.", "3 p.m.", "3pm", "three p.m.", "10.30am", "noon", "midnight".
std::optional<ValueMatch> MatchTime(const SentenceTokens& tokens, std::size_t i);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_DATES_H_
