// Quotes: who said what (internal header).
//
// FindQuotes() reads the segmented text, its quotation marks, the names of the entities stage and
// the references of the reference layer, and returns every quotation
// it can attribute, of four kinds (CONTRACT.md):
//   direct    “We will win,” Ruiz said.  /  Ruiz said: “We will win.”  /  split around "she said"
//             /  running over several paragraphs  /  a quote paragraph after the speaker's last
//             quote, which inherits that speaker (the news convention for "floating" quotes)  /
//             after a colon that ends a clause about a person: She turned to the crowd: “...”
//             /  Said Ruiz, a neighbor, “...”  /  after a sentence about a person that leads
//             into it, with no attribution of its own (its speaker a guess, of low confidence)
//   mixed     a reported clause holding quoted words: said his team had “very serious” talks
//   partial   quoted words with a speaker but no reported clause: praised him as a “clever man”
//   indirect  reported speech without marks: Trump said he would end the war / vowed to ... /
//             according to X, ... / ..., X said.
// Quoted words with no cue (scare quotes, titles, nicknames) are not quotes.
//
// Speakers are the phrase the attribution rests on ("Ruiz", "he", "a White House spokesman"),
// whose entity the reference layer gives (reference/speakers.h) where a reader could tell it. The
// confidence combines the evidence: a cue and a named speaker in the same sentence rank highest, an
// inherited speaker lower, no speaker lowest.
//
// Runs in time linear in the number of tokens (every search is bounded by its sentence or by a
// fixed window).
#ifndef NEWSLENS_QUOTES_QUOTE_FINDER_H_
#define NEWSLENS_QUOTES_QUOTE_FINDER_H_

#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "reference/references.h"
#include "text/analyzed_text.h"
#include "text/quotation_marks.h"

namespace newslens {

// Quotes in text order, ids "q1", "q2", ...; spans are input byte offsets. `marks` are the
// text's quotation marks: their regions are used up (moved from) here, their flags only read.
std::vector<Quote> FindQuotes(const AnalyzedText& text, QuotationMarks* marks,
                              const MentionTable& names, const References& references,
                              const std::vector<Entity>& entities);

}  // namespace newslens

#endif  // NEWSLENS_QUOTES_QUOTE_FINDER_H_
