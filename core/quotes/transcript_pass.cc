// The transcript pass (see passes.h).
#include "quotes/noun_phrases.h"
#include "quotes/passes.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_labels.h"

namespace newslens::quotes {
namespace {

// A headline's label ("Hacker Guccifer: Clinton's Server Unprotected", "Clinton to Planned
// Parenthood: Trump will reverse Roe v. Wade", "Former AG Mukasey at RNC: ..."): the speaker,
// a person's or an organization's name that ends the label or is followed by the person
// addressed or the place ("to X", "at X"), after any capitalized words but a preposition;
// empty when the label is no one's ("Poll:", "The result:", "Big Win For Bernie:").
Phrase HeadlineLabelSpeaker(const QuoteText& q, std::uint32_t first, std::uint32_t colon) {
  for (std::uint32_t t = first; t < colon; ++t) {
    const MentionRef* m = q.MentionAt(t);
    if (m == nullptr || m->pronoun || m->first_token != t ||
        (m->type != EntityType::kPer && m->type != EntityType::kOrg)) {
      // "CNN President On Trump:", "Big Win For Bernie:": a name after a preposition is what
      // the headline is about, not who speaks.
      if (!q.IsCapitalized(t) || q.Class(t) == WordClass::kPreposition) return {};
      continue;
    }
    if (m->end_token == colon ||
        (m->end_token < colon && q.IsAnyCaseOf(m->end_token, {"to", "at"}))) {
      return Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
    }
    t = m->end_token - 1;
  }
  return {};
}

// Words in quotation marks inside `c`'s content make it a mixed quotation ("Bernie Sanders:
// ‘Of Course’ Hillary Clinton Is Qualified"), and a quotation found there joins it.
void TakeInQuotations(const QuoteText& q, QuoteCandidates* state, Candidate* c) {
  const auto [begin, end] = c->token_spans.front();
  for (std::uint32_t t = begin; t < end; ++t)
    if (q.quoted(t)) c->kind = QuoteKind::kMixed;
  for (Candidate& other : state->candidates) {
    if (other.merged || other.token_spans.front().first < begin ||
        other.token_spans.back().second > end)
      continue;
    other.merged = true;
  }
}

// The colon of a label that opens at `first`, within `longest` tokens, with at least three words
// after it before `end`; kNone otherwise.
std::uint32_t LabelColon(const QuoteText& q, std::uint32_t first, std::uint32_t end,
                         std::uint32_t longest) {
  std::uint32_t colon = first;
  while (colon < end && colon - first < longest && !q.IsPunct(colon, ":")) ++colon;
  if (colon == first || colon + 3 >= end || !q.IsPunct(colon, ":")) return kNone;
  std::uint32_t words = 0;
  for (std::uint32_t t = colon + 1; t < end && words < 3; ++t) words += q.IsWord(t);
  return words < 3 ? kNone : colon;
}

// The words after the label's colon, to `end` (their last mark too, as written), said by
// `speaker`; the colon stands for the cue.
Candidate LabelledWords(const Phrase& speaker, std::uint32_t colon, std::uint32_t end) {
  Candidate c;
  c.kind = QuoteKind::kDirect;
  c.token_spans.push_back({colon + 1, end});
  c.attribution.speaker = speaker;
  c.attribution.cue = colon;
  c.attribution.cue_end = colon + 1;
  c.attribution.evidence = Evidence::kSameSentence;
  return c;
}

// A headline that opens with a speaker's label and a colon: the words after it, to the
// headline's end, are the speaker's.
void HeadlineLabel(const QuoteText& q, QuoteCandidates* state, std::uint32_t first,
                   std::uint32_t end) {
  constexpr std::uint32_t kLongestLabel = 8;  // tokens: "Former AG Mukasey at RNC"
  const std::uint32_t colon = LabelColon(q, first, end, kLongestLabel);
  if (colon == kNone || state->used_cue[colon]) return;
  Phrase speaker = HeadlineLabelSpeaker(q, first, colon);
  if (speaker.empty()) return;
  speaker.first = first;  // with the words that describe the speaker ("Hacker Guccifer")
  Candidate c = LabelledWords(speaker, colon, end);
  TakeInQuotations(q, state, &c);
  state->used_cue[colon] = true;
  state->candidates.push_back(std::move(c));
}

// A headline whose last words, after a colon, are a person's or an organization's name alone
// ("Resale flat buyers using grants must wait seven years before selling: Desmond Loh", as The
// Straits Times writes them): the words of its last sentence before the colon, four or more,
// are that one's, reported.
void HeadlineTrailingLabel(const QuoteText& q, QuoteCandidates* state, const Paragraph& p) {
  const Sentence& last = q.segmentation().sentences[p.end_sentence - 1];
  std::uint32_t end = last.end_token;
  while (end > last.first_token && (q.IsSentencePunct(end - 1) || q.IsCloseMark(end - 1))) --end;
  const MentionRef* m = end > last.first_token ? q.MentionAt(end - 1) : nullptr;
  if (m == nullptr || m->pronoun || m->end_token != end ||
      (m->type != EntityType::kPer && m->type != EntityType::kOrg))
    return;
  const std::uint32_t colon = m->first_token - 1;
  if (colon <= last.first_token || !q.IsPunct(colon, ":") || state->used_cue[colon]) return;
  constexpr std::uint32_t kFewestWords = 4;
  std::uint32_t words = 0;
  for (std::uint32_t t = last.first_token; t < colon; ++t) words += q.IsWord(t);
  // (A clause, not a profile's noun phrase: "The man behind the controversial memo: Devin
  // Nunes".)
  if (words < kFewestWords || !HasPredicate(q, last.first_token, colon)) return;
  Candidate c;
  c.kind = QuoteKind::kIndirect;
  c.token_spans.push_back({last.first_token, colon});
  c.attribution.speaker = Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
  c.attribution.cue = colon;
  c.attribution.cue_end = colon + 1;
  c.attribution.evidence = Evidence::kSameSentence;
  TakeInQuotations(q, state, &c);
  state->used_cue[colon] = true;
  state->candidates.push_back(std::move(c));
}

}  // namespace

void TranscriptPass(const QuoteText& q, QuoteCandidates* state) {
  SpeakerLabels labels(q);
  for (const Paragraph& paragraph : q.segmentation().paragraphs) {
    if (paragraph.end_sentence <= paragraph.first_sentence) continue;
    const std::uint32_t first = q.segmentation().sentences[paragraph.first_sentence].first_token;
    const std::uint32_t end = q.segmentation().sentences[paragraph.end_sentence - 1].end_token;
    if (q.InHeadline(first)) {
      HeadlineLabel(q, state, first, end);
      HeadlineTrailingLabel(q, state, paragraph);
      continue;
    }
    constexpr std::uint32_t kLongestLabel = 5;  // tokens
    const std::uint32_t colon = LabelColon(q, first, end, kLongestLabel);
    if (colon == kNone || q.quoted(colon + 1) || q.IsOpenMark(colon + 1) ||
        state->used_cue[colon] || !labels.Labels(first, colon)) {
      continue;
    }
    Phrase speaker{first, colon};
    SetHead(q, &speaker);
    state->used_cue[colon] = true;
    state->candidates.push_back(LabelledWords(speaker, colon, end));
  }
}

}  // namespace newslens::quotes
