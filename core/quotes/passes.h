// The passes of the quote finder and what they share (internal header).
//
// FindQuotes() (quote_finder.cc) runs them in this order over one QuoteCandidates:
//   QuotedPass        quotations in marks: direct, split, multi-paragraph, floating, mixed,
//                     partial (quoted_pass.cc)
//   IndirectPass      reported speech without marks (indirect_pass.cc)
//   TranscriptPass    "NAME: words" turns of transcripts (transcript_pass.cc)
//   HeadlineSpeakers  a headline's quotation takes the speaker of the same words in the story
//                     (headline_speakers.cc)
//   OutputQuotes      candidates to the contract's Quote values (quote_output.cc)
// A pass reads the text through the rules (attribution.h and below) and adds to or amends the
// candidates; `used_cue` keeps two passes from attributing two quotations to one cue.
#ifndef NEWSLENS_QUOTES_PASSES_H_
#define NEWSLENS_QUOTES_PASSES_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "newslens/analysis.h"
#include "quotes/attribution.h"
#include "quotes/quote_text.h"
#include "text/quotation_marks.h"

namespace newslens::quotes {

// A quotation found, before its speaker is resolved and its spans are made offsets.
struct Candidate {
  QuoteKind kind;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> token_spans;  // content tokens
  Attribution attribution;
  bool unclosed = false;
  bool merged = false;  // its spans were added to another quotation of the same speaker
};

// What the passes share.
struct QuoteCandidates {
  std::vector<QuotedRegion> regions;  // PairQuotationMarks(), freed before the output
  std::vector<bool> used_cue;         // per token: a cue already attributing a quotation
  std::vector<Candidate> candidates;
};

// The words of a candidate's spans (punctuation and marks not counted).
std::uint32_t WordCount(const QuoteText& q, const Candidate& c);

// Quotations in marks: direct (with split and multi-paragraph forms), mixed and partial.
void QuotedPass(const QuoteText& q, QuoteCandidates* state);

// Reported speech without marks: X said (that) ..., X vowed to ..., ..., saying ...,
// according to X, ... / ..., according to X. / ..., X said.
void IndirectPass(const QuoteText& q, QuoteCandidates* state);

// A speaker's label, a colon and the words, opening a paragraph without quotation marks: the
// turns of an interview transcript ("CLINTON: Honestly, I ...", "Q: You were 14 ...") and
// headlines that quote ("Roger Stone: Don't Trust the Voting Machines"). The label is a
// person's name or words in capitals, at most four tokens; in a headline, a person's or an
// organization's name after words that describe it, perhaps followed by "to" or "at" and
// whom or where ("Hacker Guccifer:", "Clinton to Planned Parenthood:"), where words in marks
// may follow the colon (a mixed quotation). The words run to the paragraph's end, its closing
// punctuation included, as in a quotation. A headline's label may come last too, a name alone
// after the colon ("... must wait seven years before selling: Desmond Loh"): the words before
// it are the speaker's, reported.
void TranscriptPass(const QuoteText& q, QuoteCandidates* state);

// A headline's quotation most often repeats words quoted in the story, where the speaker is
// named: the headline's speaker ("Rovers boss") stands for the speaker of the first quotation
// of the body that holds the same words. Headline quotations of up to 16 words are compared,
// word by word, with every quotation's words: linear in the text.
void HeadlineSpeakers(const QuoteText& q, QuoteCandidates* state);

// The candidates as quotes in text order, ids "q1", "q2", ...: spans in input byte offsets,
// speakers resolved to entities, confidences. Frees each candidate's spans as it goes.
std::vector<Quote> OutputQuotes(const QuoteText& q, QuoteCandidates* state);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_PASSES_H_
