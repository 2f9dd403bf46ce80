// Reported clauses (internal header): where the words a cue reports begin and end ("said on
// Friday that ...", "told reporters ...", ", even though ..." ends one), and the tests of
// predicates and new attributions that bound them.
#ifndef NEWSLENS_QUOTES_REPORTED_CLAUSES_H_
#define NEWSLENS_QUOTES_REPORTED_CLAUSES_H_

#include <cstdint>

#include "quotes/quote_text.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {

// Where a reported clause ends: the sentence's end, or an earlier boundary: a parenthesis,
// ", even though", ", while", ", but" (not ", but that ...", which goes on reporting),
// ", compared with", ", according to", ", saying", ", and" + a new predicate, ", he said",
// "and she accused ...", "; 46 percent said ...". Semicolons and dashes do not end it
// otherwise (what follows them is usually still what was said). Quoted material never ends
// a clause. Returns the end token, trailing punctuation excluded.
std::uint32_t ClauseEnd(const QuoteText& q, std::uint32_t start, std::uint32_t limit);

// Whether the token at `t` is a currency's sign, as the values stage reads it ("$", "€", "£").
bool IsCurrencySign(const QuoteText& q, std::uint32_t t);

// ", saying ...", ", blaming ...": a participle after a comma opens a clause that goes with
// the speaker's clause, not the reported one. The -ing words that are prepositions
// ("including") or pronouns ("something") open none.
bool OpensParticipleClause(const QuoteText& q, std::uint32_t t);

// True when the words [first, end) hold a predicate: an auxiliary, a negation, a past tense
// (irregular, or a word in -ed after the first), a speech verb.
bool HasPredicate(const QuoteText& q, std::uint32_t first, std::uint32_t end);

// A past-tense or speech verb that starts a new predicate ("and repeatedly criticised").
bool StartsPredicate(const QuoteText& q, std::uint32_t t);

// Past what may end an attribution after its cue and speaker: an object for "told"
// ("told reporters"), adverbs and words of time ("said Friday"), a phrase of place or
// circumstance ("in a statement", "of the deal"), a short aside in parentheses ("said on
// Wednesday (Apr 16)"). Stops at a comma, at the limit, or at
// anything else, such as the start of a reported clause ("said that ...", "said he ...").
std::uint32_t SkipAttributionTail(const QuoteText& q, std::uint32_t k, std::uint32_t limit,
                                  bool object);

// True when a reported clause starts at `t`, right after a cue and what belongs to it:
// "that ...", "if ...", "whether ...", or a subject: "he ...", "the deal ...".
bool StartsReportedClause(const QuoteText& q, std::uint32_t t);

// True when a short subject and a speech verb start at `t`: "he said", "Comey added",
// "three-quarters said".
bool AttributionStartsAt(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

// The first token of the clause a cue reports: past an object for "told" ("told reporters"),
// a short phrase before "that" ("said on Friday that"), a comma or a colon.
std::uint32_t ClauseStart(const QuoteText& q, std::uint32_t cue_end, const CueWord& cue,
                          std::uint32_t limit);

// Past a phrase of circumstance between a cue and its clause: "said in an interview
// (that) he ...", "said Thursday, ...". Returns `t` itself when no subject follows such a
// phrase (the phrase is then all there is: "wrote in a memo").
std::uint32_t SkipCircumstance(const QuoteText& q, std::uint32_t t, std::uint32_t limit);

// Where reported words that run from the start of sentence `s` to `end` begin: its first
// word, but no more than kClauseWindow tokens before `end` (in a sentence of a hundred
// thousand tokens, every attribution would otherwise report them all: quadratic output).
std::uint32_t ReportedStart(const QuoteText& q, const Sentence& s, std::uint32_t end);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_REPORTED_CLAUSES_H_
