// The pass for quotations in marks (see passes.h).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "quotes/attribution.h"
#include "quotes/cues.h"
#include "quotes/passes.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_labels.h"
#include "quotes/speaker_phrases.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {
namespace {

void MarkCue(QuoteCandidates* state, const Attribution& a) {
  if (a.cue != kNone) state->used_cue[a.cue] = true;
}

// The cue whose report holds quoted words opening at `open`, given the cue `nearest` before them:
// `nearest` itself, unless its clause ends before them inside the clause an earlier cue of the
// sentence reports after "that" ("Paranjape told TOI that the civic body had written to the
// department ..., but the decision was “pending with the state government”": Paranjape's
// words, not the civic body's).
std::uint32_t ReportingCue(const QuoteText& q, std::uint32_t nearest, std::uint32_t open) {
  const std::uint32_t limit = q.SentenceAt(nearest).end_token;
  const CueWord& cue = *CueAt(q, nearest);
  if (ClauseEnd(q, ClauseStart(q, nearest + 1, cue, limit), limit) >= open) return nearest;
  const std::uint32_t outer = CueBefore(q, nearest);
  if (outer == kNone) return nearest;
  const CueWord& outer_cue = *CueAt(q, outer);
  const std::uint32_t start = ClauseStart(q, outer + 1, outer_cue, limit);
  const bool after_that = start > outer + 1 && q.IsAnyCase(start - 1, "that");
  return after_that && start < nearest ? outer : nearest;
}

// Whether the cue of `a`, after its speaker, reports a clause of its own after it: 'To a question
// on the “privatization of public sector jobs,” Sanders said private contractors can be more
// expensive': the quoted words before the speaker are the question's, not what was said.
bool ReportsClauseAfter(const QuoteText& q, const Attribution& a) {
  if (a.cue == kNone || a.speaker.first > a.cue) return false;
  const CueWord* cue = CueAt(q, a.cue);
  // (A cue that takes an object first, "he told friends, in which ...", is not looked at.)
  if (cue == nullptr || TakesObject(*cue)) return false;
  const std::uint32_t limit = q.SentenceAt(a.cue).end_token;
  // The clause right after the cue (or its "that"), opening with its subject: not "she added
  // when the interviewer expressed shock", "he told friends, in which ...", "Beck joked, again
  // using ...".
  std::uint32_t start = a.cue + 1;
  if (start < limit && q.IsAnyCase(start, "that")) ++start;
  if (start >= limit || !q.IsWord(start) || q.quoted(start) || SkipTime(q, start, limit) > start)
    return false;
  const WordClass c = q.Class(start);
  const std::string_view w = q.Text(start);
  const bool subject =
      !q.IsAnyCaseOf(start, {"yes", "no"}) &&
      (c == WordClass::kDeterminer || q.IsCapitalized(start) ||
       q.IsAnyCaseOf(start, {"he", "she", "they", "we", "i", "it"}) ||
       (c == WordClass::kOther && !w.ends_with("ing") && !w.ends_with("ed") && !w.ends_with("ly")));
  return subject && HasPredicate(q, start, ClauseEnd(q, start, limit));
}

// Quoted words that are not speech on their own: inside the clause of a reporting verb they
// make a mixed quotation; after an evaluative verb, a partial one; else scare quotes. Returns
// the index of the candidate when the words are speech attributed right after them (“Yes,”
// she said), which the paragraph's next quotations may continue; else kNone.
std::uint32_t Fragment(const QuoteText& q, QuoteCandidates* state, std::uint32_t i,
                       std::vector<bool>* consumed) {
  const QuotedRegion& r = state->regions[i];
  Attribution after = AfterClose(q, r);
  // The attribution must follow the closing mark at once: “Yes,” Anna Berg said / said Berg.
  const std::uint32_t next =
      r.closed() ? r.close_token + 1 + (q.IsPunct(r.close_token + 1, ",") ? 1 : 0) : kNone;
  if (after.found() && !after.speaker.empty() && r.closed() &&
      (after.cue == next || after.speaker.first == next) && !ReportsClauseAfter(q, after)) {
    // “Absolutely,” she said: short, but speech. Opening after other words, it completes
    // their sentence: the whole is a mixed quotation.
    const std::uint32_t begin = ReportedStart(q, q.SentenceAt(r.open_token), r.open_token);
    Candidate c{QuoteKind::kDirect, {{r.first_token, r.end_token}}, after};
    if (begin < r.open_token && CueBefore(q, r.open_token) == kNone) {
      c.kind = QuoteKind::kMixed;
      c.token_spans.front() = {begin, r.close_token + 1};
    }
    MarkCue(state, after);
    (*consumed)[i] = true;
    state->candidates.push_back(std::move(c));
    return static_cast<std::uint32_t>(state->candidates.size() - 1);
  }
  std::uint32_t cue_token = CueBefore(q, r.open_token);
  if (cue_token == kNone || state->used_cue[cue_token]) return kNone;
  cue_token = ReportingCue(q, cue_token, r.open_token);
  if (state->used_cue[cue_token]) return kNone;
  const CueWord& cue = *CueAt(q, cue_token);
  if (cue.frame == CueFrame::kQuoted) return kNone;  // "read the “fine print”": nothing said
  Candidate c;
  c.attribution.cue = cue_token;
  c.attribution.cue_end = cue_token + 1;
  c.attribution.speaker = SpeakerOfCue(q, cue_token, cue);
  c.attribution.evidence = Evidence::kSameSentence;
  if (cue.frame == CueFrame::kEvaluative) {
    c.kind = QuoteKind::kPartial;
    c.token_spans.push_back({r.first_token, r.end_token});
    (*consumed)[i] = true;
    // Later fragments after the same verb are partial quotes of their own.
    state->candidates.push_back(std::move(c));
    return kNone;
  }
  const std::uint32_t limit = q.SentenceAt(cue_token).end_token;
  const std::uint32_t start = ClauseStart(q, cue_token + 1, cue, limit);
  // "found Trump to be “very charming”": a cue of that frame reports only after "that".
  if (cue.frame == CueFrame::kThat && !(start > cue_token + 1 && q.IsAnyCase(start - 1, "that")))
    return kNone;
  std::uint32_t end = ClauseEnd(q, start, limit);
  if (end < r.end_token + 1 && r.closed()) end = r.close_token + 1;
  if (start > r.open_token) return kNone;
  c.kind = QuoteKind::kMixed;
  c.token_spans.push_back({start, end});
  state->used_cue[cue_token] = true;
  for (std::uint32_t j = i; j < state->regions.size() && state->regions[j].open_token < end; ++j)
    (*consumed)[j] = true;
  state->candidates.push_back(std::move(c));
  return static_cast<std::uint32_t>(state->candidates.size() - 1);
}

// Whether the quotation opens its paragraph.
bool OpensParagraph(const QuoteText& q, const QuotedRegion& r) {
  const Paragraph& p = q.segmentation().paragraphs[r.paragraph];
  return r.open_token == q.segmentation().sentences[p.first_sentence].first_token;
}

// The paragraph where the quotation that opens with region `region` ends.
std::uint32_t LastParagraph(const QuoteCandidates& state, std::uint32_t region) {
  while (state.regions[region].continued_by != QuotedRegion::kNone)
    region = state.regions[region].continued_by;
  return state.regions[region].paragraph;
}

// Direct quotations without an attribution of their own take one from their paragraph (“Q1.”
// ... “Q2,” she said; the answers are “not meeting the demand,” says X. “Q2.”), or, opening a
// paragraph, the speaker of the quotation just before (the news convention for a speaker's
// quote paragraphs). `quotation_of_region` holds, per region, the direct quotation it opens
// or the attributed speech it is a fragment of, else kNone.
void ShareParagraphSpeakers(const QuoteText& q, QuoteCandidates* state,
                            const std::vector<std::uint32_t>& quotation_of_region) {
  // The first quotation of each paragraph attributed in its own sentence.
  std::vector<std::uint32_t> attributed(q.segmentation().paragraphs.size(), kNone);
  for (std::uint32_t i = 0; i < state->regions.size(); ++i) {
    if (quotation_of_region[i] == kNone) continue;
    const Attribution& a = state->candidates[quotation_of_region[i]].attribution;
    std::uint32_t& slot = attributed[state->regions[i].paragraph];
    if (slot == kNone && a.evidence == Evidence::kSameSentence && !a.speaker.empty())
      slot = quotation_of_region[i];
  }
  Candidate* previous = nullptr;
  std::uint32_t previous_paragraph = kNone;
  for (std::uint32_t i = 0; i < state->regions.size(); ++i) {
    if (quotation_of_region[i] == kNone) continue;
    Candidate& c = state->candidates[quotation_of_region[i]];
    const std::uint32_t paragraph = state->regions[i].paragraph;
    // One speaker's quotations in a row are one quotation in several parts.
    Candidate* into = nullptr;
    if (!c.attribution.found() && attributed[paragraph] != kNone) {
      into = &state->candidates[attributed[paragraph]];
    } else if (!c.attribution.found() && previous != nullptr &&
               !previous->attribution.speaker.empty() &&
               ((OpensParagraph(q, state->regions[i]) && previous_paragraph + 1 == paragraph) ||
                previous_paragraph == paragraph)) {
      // Or the quotation just before ends in this paragraph, where none is attributed in its
      // own sentence: it went on from the paragraph before (“... ⏎ “...,” he said. “Q2.”),
      // or it opened this paragraph as the speaker's next quote paragraph (“Q1.” “Q2.”).
      into = previous;
    }
    if (into != nullptr && into != &c) {
      into->token_spans.insert(into->token_spans.end(), c.token_spans.begin(), c.token_spans.end());
      into->unclosed = into->unclosed || c.unclosed;
      c.merged = true;
      previous = into;
    } else {
      // Speech of its own that no quotation before explains: the sentence before may name its
      // speaker. Short quoted words stay unattributed (titles, slogans, chants).
      if (!c.attribution.found() && c.kind == QuoteKind::kDirect &&
          WordCount(q, c) >= kLongQuoteWords) {
        c.attribution = LeadInSubject(q, state->regions[i]);
      }
      previous = &c;
    }
    previous_paragraph = LastParagraph(*state, i);
  }
}

}  // namespace

void QuotedPass(const QuoteText& q, QuoteCandidates* state) {
  SpeakerLabels labels(q);
  std::vector<bool> consumed(state->regions.size(), false);
  std::vector<std::uint32_t> quotation_of_region(state->regions.size(), kNone);
  // "“WALLACE: ... ⏎ “PENCE: ...": a transcript's turns in quotation marks, each paragraph
  // opening with a mark that no mark closes before it; a turn's label starts a quotation of
  // its own, where the marks would make it go on from the paragraph before.
  const auto turn = [&](std::uint32_t k) {
    const QuotedRegion& r = state->regions[k];
    return r.continues != QuotedRegion::kNone &&
           labels.LabelColon(r.first_token, r.end_token) != kNone;
  };
  for (std::uint32_t i = 0; i < state->regions.size(); ++i) {
    const QuotedRegion& r = state->regions[i];
    if (consumed[i] || r.nested || r.empty() || (r.continues != QuotedRegion::kNone && !turn(i)))
      continue;
    if (TitleOfWork(q, r)) continue;
    if (!SpeechLike(q, r) || OpensMidClause(q, r)) {
      // Attributed speech, the paragraph's next quotations may go on with it.
      quotation_of_region[i] = Fragment(q, state, i, &consumed);
      continue;
    }
    Candidate c;
    c.kind = QuoteKind::kDirect;
    std::uint32_t last = i;
    for (std::uint32_t k = i; k != QuotedRegion::kNone && (k == i || !turn(k));
         k = state->regions[k].continued_by) {
      c.token_spans.push_back({state->regions[k].first_token, state->regions[k].end_token});
      consumed[k] = true;
      last = k;
    }
    c.unclosed = !state->regions[last].closed();
    // "“PENCE: Gennifer Flowers will not ...": a transcript's turn pasted inside quotation
    // marks, its label the speaker.
    if (const std::uint32_t colon = labels.LabelColon(r.first_token, r.end_token);
        colon != kNone && colon + 3 < r.end_token) {
      c.token_spans.front().first = colon + 1;
      c.attribution.speaker = Phrase{r.first_token, colon};
      SetHead(q, &c.attribution.speaker);
      c.attribution.cue = colon;
      c.attribution.cue_end = colon + 1;
      c.attribution.evidence = Evidence::kSameSentence;
    } else {
      c.attribution = BeforeOpen(q, r);
    }
    if (c.attribution.negated) continue;
    if (!c.attribution.found()) c.attribution = AfterClose(q, state->regions[last]);
    // “Q1,” X said, “Q2”: one quotation in two parts, in one paragraph (the next paragraph's
    // quotation after “Q1” — X has an attribution of its own to look for); “Q1,” X said by
    // telephone, “Q2”: the attribution's tail between them.
    if (c.attribution.found() && c.attribution.cue > state->regions[last].end_token) {
      const std::uint32_t after = std::max(c.attribution.cue_end, c.attribution.speaker.end);
      const CueWord* cue = CueAt(q, c.attribution.cue);
      std::uint32_t k = after;
      if (cue != nullptr) {
        k = SkipAttributionTail(
            q, after, q.SentenceAt(c.attribution.cue).end_token,
            TakesObject(*cue) && c.attribution.speaker.end <= c.attribution.cue);
      }
      if (k < q.size() && q.IsPunct(k, ",")) ++k;
      // “Q1,” said Victor Ansel, a former federal safety inspector who now teaches ..., “Q2”:
      // an appositive after the speaker's name, set off by commas, stands between them too.
      // Not a clause of someone else's ("said coach Paul Mwangi, but rival coach James Otieno
      // told reporters, “...”": no speech verb, no conjunction), nor a work's title the
      // sentence goes on after ("said author X, whose new novel, “Dream Count”, is out").
      if (k < q.size() && !q.IsOpenMark(k) && q.IsPunct(k - 1, ",") &&
          c.attribution.speaker.first > c.attribution.cue &&
          q.Class(k) != WordClass::kConjunction && !q.IsAnyCase(k, "whose")) {
        constexpr std::uint32_t kLongestAppositive = 25;  // tokens
        const std::uint32_t limit = q.SentenceAt(c.attribution.cue).end_token;
        std::uint32_t comma = k;
        bool cue_in = false;
        while (comma < limit && comma - k < kLongestAppositive && !q.IsPunct(comma, ",") &&
               !q.IsOpenMark(comma) && !q.quoted(comma)) {
          cue_in = cue_in || q.IsCueForm(comma);
          ++comma;
        }
        std::uint32_t close = comma + 2;
        while (close < limit && !q.IsCloseMark(close)) ++close;
        const bool ends_sentence = close + 1 >= limit || q.IsSentencePunct(close + 1);
        if (!cue_in && ends_sentence && comma + 1 < q.size() && q.IsPunct(comma, ",") &&
            q.IsOpenMark(comma + 1))
          k = comma + 1;
      }
      if (k < q.size() && q.IsOpenMark(k) && q.ParagraphAt(k) == q.ParagraphAt(c.attribution.cue)) {
        for (std::uint32_t j = last + 1;
             j < state->regions.size() && state->regions[j].open_token <= k; ++j) {
          if (state->regions[j].open_token != k) continue;
          if (!state->regions[j].nested && !consumed[j]) {
            for (std::uint32_t m = j; m != QuotedRegion::kNone;
                 m = state->regions[m].continued_by) {
              c.token_spans.push_back({state->regions[m].first_token, state->regions[m].end_token});
              consumed[m] = true;
            }
          }
          break;
        }
      }
    }
    if (!c.attribution.found()) c.attribution = BeforeColon(q, r);
    if (!c.attribution.found()) c.attribution = InSentence(q, r, state->used_cue);
    if (!c.attribution.found()) c.attribution = HeadlineColon(q, state->regions[last]);
    // Trump said that while he fears ..., “I've never seen ...”: the quoted words end a
    // reported clause that began before them.
    if (c.attribution.cue != kNone && c.attribution.cue < r.open_token &&
        c.token_spans.size() == 1) {
      const CueWord* cue = CueAt(q, c.attribution.cue);
      const std::uint32_t limit = q.SentenceAt(r.open_token).end_token;
      if (cue != nullptr && cue->frame != CueFrame::kEvaluative &&
          cue->frame != CueFrame::kQuoted) {
        const std::uint32_t start = ClauseStart(q, c.attribution.cue_end, *cue, limit);
        if (start < r.open_token && WordsIn(q, start, r.open_token) >= 2) {
          c.kind = QuoteKind::kMixed;
          c.token_spans.front() = {start, r.closed() ? r.close_token + 1 : r.end_token};
        }
      }
    }
    MarkCue(state, c.attribution);
    quotation_of_region[i] = static_cast<std::uint32_t>(state->candidates.size());
    state->candidates.push_back(std::move(c));
  }
  ShareParagraphSpeakers(q, state, quotation_of_region);
}

}  // namespace newslens::quotes
