// Speaker phrases (internal header): the phrase a cue's attribution rests on, before the cue
// ("Trump said", "X, a doctor, said"), after it ("said Russian President Vladimir Putin"), or
// the subject of its clause ("..., saying"). Phrases, not entities: the reference layer says
// whom a phrase means.
#ifndef NEWSLENS_QUOTES_SPEAKER_PHRASES_H_
#define NEWSLENS_QUOTES_SPEAKER_PHRASES_H_

#include <cstdint>

#include "quotes/noun_phrases.h"
#include "quotes/quote_text.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {

// The subject of the clause that holds token `t`: after the last clause boundary before it
// (", and", ", but", ";", the sentence start) and past an opening adverbial ("Asked if ...,",
// "In a recent interview,"), the first noun phrase.
Phrase ClauseSubject(const QuoteText& q, std::uint32_t t, std::uint32_t limit = 0);

// "a source close to him", "people close to Cruz", "a person familiar with the talks", ending
// at `end` (a cue), opening at `start` or after: the source's noun heads the phrase, whatever
// ends it (a pronoun or a name there is whom the source is close to, not the speaker). Empty
// when the words before `end` are no such phrase.
Phrase SourceCloseTo(const QuoteText& q, std::uint32_t end, std::uint32_t start);

// The speaker of a cue at `cue`, from the words before it: "Trump said", "Trump has said
// repeatedly", "X, a doctor, said", "Trump in his 2024 campaign vowed", "X was quoted as saying".
Phrase SpeakerBefore(const QuoteText& q, std::uint32_t cue, std::uint32_t limit = 0);

// The speaker after a cue: "said Russian President Vladimir Putin", "said a spokesman".
Phrase SpeakerAfter(const QuoteText& q, std::uint32_t cue_end);

// The speaker a relative pronoun at `who` stands for ("Beck, who said", "voters who said", "the
// Chicago Police Department, which reported"), from `start` on; empty when no phrase before it
// is plausibly one (speaker_phrases.cc says how).
Phrase RelativeSpeaker(const QuoteText& q, std::uint32_t who, std::uint32_t start);

// --- speaker_of_cue.cc ---------------------------------------------------------------------
// The speaker of the cue at `cue`: before it, or the clause's subject for participles
// ("..., saying"), for a second verb ("... but insisted") and for a cue after "and" that
// shares the sentence's first cue ("said it “...” and accused").
Phrase SpeakerOfCue(const QuoteText& q, std::uint32_t cue, const CueWord& word);

// "“...,” Trump said, adding that ...", "he said before adding": a participle that follows
// another cue shares its speaker (the clause before it is a quotation, with no subject).
Phrase SpeakerOfCueBefore(const QuoteText& q, std::uint32_t participle);

// --- speaker_phrases.cc (continued) -----------------------------------------------------------

// The source after "according to" at `t`, with what narrows it down ("according to a person
// familiar with the plans"); empty when there is none.
Phrase AccordingToSource(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_SPEAKER_PHRASES_H_
