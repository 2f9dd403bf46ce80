// Attribution of quoted words (internal header): whether quoted words read as speech, and the
// cue and speaker phrase that attribute them, before the opening mark, after the closing one,
// elsewhere in the sentence, or in a headline's "‘...’: Speaker" form.
#ifndef NEWSLENS_QUOTES_ATTRIBUTION_H_
#define NEWSLENS_QUOTES_ATTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "quotes/noun_phrases.h"
#include "quotes/quote_text.h"
#include "text/quotation_marks.h"

namespace newslens::quotes {

// How the speaker of a quote was found, strongest first; the confidence follows from it.
// kLeadIn: the subject of the sentence that leads into the quotation, which names no one as
// its speaker (LeadInSubject).
enum class Evidence { kSameSentence, kSameParagraph, kInherited, kLeadIn, kNone };

struct Attribution {
  Phrase speaker;
  std::uint32_t cue = kNone, cue_end = kNone;
  Evidence evidence = Evidence::kNone;
  bool negated = false;  // "X did not say, “...”": the quoted words were not said

  bool found() const { return !speaker.empty() || cue != kNone; }
};

// The type of the entity the head of `p` names: a name's, or, for a personal pronoun, that of
// the entity the reference layer resolves it to ("she", for Hillary Clinton); nothing for any
// other phrase.
std::optional<EntityType> TypeNamedByHead(const QuoteText& q, const Phrase& p);

// Quoted words that read as speech rather than a term: they open with a capital, end with
// punctuation of their own, or are long.
bool SpeechLike(const QuoteText& q, const QuotedRegion& r);

// The title of a show, book or slogan: short, every word capitalized, where a name can stand
// ("on NBC's “Meet the Press.”", "a corporate culture called “The HP Way.”", "in “The Art of
// the Deal,”").
bool TitleOfWork(const QuoteText& q, const QuotedRegion& r);

// The attribution of a quotation from the words right after its closing mark: “...,” Trump
// said / said Trump / Trump told reporters / — Name.
Attribution AfterClose(const QuoteText& q, const QuotedRegion& r);

// The attribution of a quotation from the words before its opening mark: Trump said: “...” /
// Trump said, “...” / saying: “...” / Trump told reporters: “...”.
Attribution BeforeOpen(const QuoteText& q, const QuotedRegion& r);

// The attribution of a quotation after a colon with no cue word before it, weaker than one after
// the closing mark (Clinton seemed irritated: “...,” she wrote): a label that opens the sentence
// (Clinton: “...”), else a clause whose subject is a person (She turned to the crowd: “...”).
Attribution BeforeColon(const QuoteText& q, const QuotedRegion& r);

// ‘We were robbed’: Rovers boss fumes after ...: in a headline, quoted words, a colon and the
// speaker (a noun phrase; the headline's verb in -s after it is not part of it). There is no
// cue; the colon stands for one.
Attribution HeadlineColon(const QuoteText& q, const QuotedRegion& r);

// A cue elsewhere in the sentence of the quotation, outside quotation marks, that attributes
// no quotation yet (`used_cue`, a flag per token).
Attribution InSentence(const QuoteText& q, const QuotedRegion& r,
                       const std::vector<bool>& used_cue);

// The nearest usable cue before a short quoted fragment in its sentence.
std::uint32_t CueBefore(const QuoteText& q, std::uint32_t token);

// “Q” opening its sentence right after a sentence about a person, in its paragraph or at the
// end of the one before, with no quotation in that sentence: news names the speaker of such a
// quote in the sentence that leads into it ("Valastro praised Christie's record in the storm.
// ⏎ “We need someone who ...”"). The subject of that sentence's last clause, when it is a
// person's name or a pronoun that stands for one; else nothing. Not in a headline.
Attribution LeadInSubject(const QuoteText& q, const QuotedRegion& r);

// Quoted words that open with a small letter after other words of their sentence continue
// that sentence: Trump's presence "is going to help our candidates," he said.
bool OpensMidClause(const QuoteText& q, const QuotedRegion& r);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_ATTRIBUTION_H_
