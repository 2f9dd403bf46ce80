// Cues (internal header): where a speech verb attributes words to a speaker, and the small
// word tests that decide it ("did not say" is no cue, "the state Department" is a noun, "Some
// say" has a subject). The verbs themselves are the lexicon's (text/cue_lexicon.h).
#ifndef NEWSLENS_QUOTES_CUES_H_
#define NEWSLENS_QUOTES_CUES_H_

#include <cstdint>
#include <string_view>

#include "quotes/quote_text.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {

// A cue that can attribute here: a speech verb, outside quotation marks, not negated
// ("did not say"), not a noun ("the state Department", "his comments"), not an infinitive
// inside another verb phrase ("is expected to announce").
const CueWord* CueAt(const QuoteText& q, std::uint32_t t);

// A document in small letters ends at `t`, perhaps before a time ("a letter", "a letter last
// week", "a statement on Tuesday"; lexicon/roles.txt's documents), in the sentence from `start`.
bool DocumentBefore(const QuoteText& q, std::uint32_t t, std::uint32_t start);
// A number, in figures or in words: "38", "four".
bool IsCount(const QuoteText& q, std::uint32_t t);
// "earlier" of "an earlier report": after an article or a possessive, an adverb of time that
// modifies the noun after it (a form of a cue there is a noun: "report", not "reported").
bool ModifiesNounAsAdjective(const QuoteText& q, std::uint32_t t);

// A cue's lemma that reports words and nothing else: "say", "tell", "add", "write", "argue",
// "insist", "note", "explain", "claim" (not "suggest", "announce", "urge").
bool IsVerbOfSaying(std::string_view lemma);

// A preposition of means or time that a verb of saying's participle may follow as a verb:
// "by" ("by saying that"), "after", "before", "while", "when", "upon", "since".
bool OpensParticipleOfSaying(const QuoteText& q, std::uint32_t t);

// A count or a share of a whole at `t`: "300,000", "half", "a third", "two-thirds".
bool IsCountOrShare(const QuoteText& q, std::uint32_t t);

// A determiner that can stand alone as a subject: "Some say", "Many said", "One says",
// "Another tweeted", "Others say".
bool StandsAlone(const QuoteText& q, std::uint32_t t);

// A word in -ly that reads as an adverb ("jokingly", "Specifically"): not the nouns and
// adjectives in -ily and the short ones ("family", "daily", "ally").
bool IsLyAdverb(const QuoteText& q, std::uint32_t t);

// A lower-case word that reads as a plural noun: "experts", "officials", "aides".
bool IsPluralNoun(const QuoteText& q, std::uint32_t t);

// True when the word at `t` is a noun in small letters that takes a plural verb without an -s:
// "police", "people", "staff", a share ("a third", "half", "45 percent").
bool IsCollectiveNoun(const QuoteText& q, std::uint32_t t);

// "did not say", "never said", "declined to say", "would not say", "nobody told": what follows
// was not said.
bool Negated(const QuoteText& q, std::uint32_t t);

// "according to": the source follows.
bool IsAccordingTo(const QuoteText& q, std::uint32_t t);

// Past a phrase of time at `t`: "Friday", "this week", "last year", "Wednesday night", "each
// month". Returns `t` itself when none starts there.
std::uint32_t SkipTime(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

// Past a count of time that ends in "ago", "later" or "earlier" at `t`: "two weeks ago", "A few
// minutes later", "less than a month earlier", "Moments later". Returns `t` itself when none
// starts there.
std::uint32_t SkipCountOfTime(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

// "told reporters", "asked him": the cue's object comes before what it reports.
bool TakesObject(const CueWord& cue);

// A reported question opens at `t`: "whether", "if", or a wh-word ("how", "what").
bool OpensQuestion(const QuoteText& q, std::uint32_t t);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_CUES_H_
