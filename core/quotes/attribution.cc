// Attribution of quoted words (see attribution.h).
#include "quotes/attribution.h"

#include <algorithm>

#include "quotes/cues.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_phrases.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {
namespace {

// An attribution of the quotation's own sentence: `speaker` (may be empty) and the cue
// [cue, cue_end).
Attribution SameSentence(const Phrase& speaker, std::uint32_t cue, std::uint32_t cue_end) {
  Attribution a;
  a.speaker = speaker;
  a.cue = cue;
  a.cue_end = cue_end;
  a.evidence = Evidence::kSameSentence;
  return a;
}

// Clinton: “Our goal is ...”: a phrase that opens its sentence, a colon and the quotation
// (transcripts, and quotes set off in lists). The colon is the cue.
Attribution SpeakerColon(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  const std::uint32_t colon = r.open_token - 1;
  if (r.open_token == 0 || !q.IsPunct(colon, ":")) return a;
  std::uint32_t start = q.SentenceAt(r.open_token).first_token;
  // The phrase (six tokens at most) opens the sentence after a few marks at most (a bullet, a
  // dash): a colon further in has no such phrase before it, and the scan stays short however
  // many quotations of the sentence follow colons.
  constexpr std::uint32_t kMaxOpening = 16;
  if (colon - start > kMaxOpening) return a;
  while (start < colon && !q.IsWord(start)) ++start;
  const Phrase p = NounPhraseLeft(q, colon, start);
  if (p.first != start || !Plausible(q, p) || p.end - p.first > 6) return a;
  // "Sanders delivered a retort:", "The email includes a line:", "Clinton offered up this
  // bite:": a clause, not a label (a participle after a determiner is one: "A retired
  // general:").
  for (std::uint32_t t = p.first; t < p.end; ++t) {
    if (VerbBeforeObject(q, t, p.end, /*particles=*/false)) return a;
    if (t > p.first && q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) &&
        q.Text(t).ends_with("ed") && q.IsCapitalized(t - 1) &&
        q.Class(t - 1) != WordClass::kDeterminer)
      return a;
  }
  return SameSentence(p, colon, colon + 1);
}

bool NamesPerson(const QuoteText& q, const Phrase& p) {
  return TypeNamedByHead(q, p) == EntityType::kPer;
}

// She then turned to the crowd again: “...”: a clause whose subject is a person (a name or a
// pronoun that stands for one), a colon and the quotation the clause introduces. The colon is
// the cue. Other subjects are left alone: an email, a sign or a page "includes" or "shows"
// words rather than saying them.
Attribution SubjectColon(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  // "Trump also embraced enhanced interrogation -- “I think waterboarding is peanuts ...”": a
  // dash as well.
  if (r.open_token == 0 || !(q.IsPunct(r.open_token - 1, ":") || q.IsDash(r.open_token - 1)))
    return a;
  const std::uint32_t colon = r.open_token - 1;
  const Phrase p = ClauseSubject(q, colon);
  if (!NamesPerson(q, p)) return a;
  // "Cruz continued: ⏎ “...”": a cue right before the colon is the cue (in the quotation's
  // own sentence BeforeOpen would have found it: here it ends the paragraph before).
  const std::uint32_t cue = colon > p.end && CueAt(q, colon - 1) != nullptr ? colon - 1 : colon;
  return SameSentence(p, cue, cue + 1);
}

}  // namespace

std::optional<EntityType> TypeNamedByHead(const QuoteText& q, const Phrase& p) {
  if (p.empty()) return std::nullopt;
  const MentionRef* m = q.MentionAt(p.head_first);
  if (m != nullptr) {
    if (m->first_token != p.head_first || m->end_token != p.head_end) return std::nullopt;
    return m->type;
  }
  const PhraseTokens tokens{p.first, p.end, p.head_first, p.head_end};
  if (!q.speakers().IsPronoun(tokens)) return std::nullopt;
  const int entity = q.speakers().Resolve(tokens).entity;
  if (entity < 0) return std::nullopt;
  return q.entities()[static_cast<std::size_t>(entity)].type;
}

bool SpeechLike(const QuoteText& q, const QuotedRegion& r) {
  if (r.empty()) return false;
  if (r.continued_by != QuotedRegion::kNone || r.continues != QuotedRegion::kNone) return true;
  const std::uint32_t words = WordsIn(q, r.first_token, r.end_token);
  if (words >= kLongQuoteWords) return true;
  const std::uint32_t last = r.end_token - 1;
  const bool own_punct =
      q.Kind(last) == TokenKind::kPunctuation && (q.Text(last) == "," || q.IsSentencePunct(last));
  // A title or name in capitals ("The Art of the Deal") is not speech on its own.
  bool all_capitalized = true;
  for (std::uint32_t t = r.first_token; t < r.end_token; ++t)
    if (q.IsWord(t) && !q.IsCapitalized(t) && q.Class(t) == WordClass::kOther)
      all_capitalized = false;
  // “Hannity,” Gingrich said ...: one word and a comma is more often a name than speech
  // (“Absolutely,” she said is still found, as a fragment attributed right after its mark).
  if (own_punct && (words >= 2 || q.IsSentencePunct(last))) return true;
  // “A big truck” plowed through ...: the sentence goes on, so the quoted words are part of it.
  if (r.closed() && r.close_token + 1 < q.size() && q.Kind(r.close_token + 1) == TokenKind::kWord &&
      !q.IsCapitalized(r.close_token + 1) && CueAt(q, r.close_token + 1) == nullptr &&
      q.SentenceIndex(r.close_token + 1) == q.SentenceIndex(r.close_token)) {
    return false;
  }
  return q.IsCapitalized(r.first_token) && words >= 3 && !all_capitalized;
}

bool TitleOfWork(const QuoteText& q, const QuotedRegion& r) {
  if (r.continued_by != QuotedRegion::kNone || r.open_token == 0) return false;
  std::uint32_t words = 0;
  for (std::uint32_t t = r.first_token; t < r.end_token; ++t) {
    if (!q.IsWord(t)) {
      if (q.IsPunct(t, "?") || q.IsPunct(t, "!")) return false;
      continue;
    }
    ++words;
    if (!q.IsCapitalized(t) && q.Class(t) == WordClass::kOther) return false;
  }
  if (words == 0 || words >= kLongQuoteWords) return false;
  const std::uint32_t before = r.open_token - 1;
  // "Guild Warns of ‘Consolidation Crisis’": in a headline every word has its capital, and
  // words after a verb of saying and its preposition are what was said.
  if (q.InHeadline(r.open_token) && before > q.SentenceAt(before).first_token &&
      q.Class(before) == WordClass::kPreposition && q.IsCueForm(before - 1))
    return false;
  return q.Class(before) == WordClass::kPreposition || q.Class(before) == WordClass::kDeterminer ||
         q.IsPossessive(before) || q.IsAnyCase(before, "called") || q.IsAnyCase(before, "titled") ||
         q.IsAnyCase(before, "named") || q.IsAnyCase(before, "dubbed");
}

Attribution AfterClose(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  if (!r.closed()) return a;
  std::uint32_t limit = q.SentenceAt(r.close_token).end_token;
  std::uint32_t t = r.close_token + 1;
  // “Is anyone listening?” Carter asked: a question or exclamation mark ends a sentence for
  // the segmenter, and the attribution opens the next one, in the same paragraph; so does a
  // full stop before a dash and the speaker's name (“... it is the hour.” — Maria Quint).
  // (Past the closing marks of quotations inside it: “... what can we do to help?’” Renteria
  // told reporters.)
  std::uint32_t last = r.end_token;
  while (last > r.first_token && q.IsCloseMark(last - 1)) --last;
  if (t == limit && t < q.size() && last > r.first_token &&
      (q.IsPunct(last - 1, "?") || q.IsPunct(last - 1, "!") || q.IsDash(t)) &&
      q.ParagraphAt(t) == q.ParagraphAt(r.close_token)) {
    limit = q.SentenceAt(t).end_token;
  }
  // A quotation that is a paragraph of its own, its source in the next after a dash: “...” ⏎
  // -Michelle Marks, Philadelphia.
  if (t == limit && t < q.size() && q.IsDash(t) &&
      q.ParagraphAt(t) == q.ParagraphAt(r.close_token) + 1 &&
      q.ParagraphAt(r.open_token) == q.ParagraphAt(r.close_token) &&
      q.segmentation().paragraphs[q.ParagraphAt(t)].first_sentence == q.SentenceIndex(t) &&
      q.SentenceAt(r.open_token).first_token == r.open_token) {
    limit = q.SentenceAt(t).end_token;
  }
  if (t < limit && q.IsPunct(t, ",")) ++t;
  if (t < limit && q.IsDash(t)) {  // “...” — Name
    Phrase p = NounPhraseRight(q, t + 1, limit);
    return Plausible(q, p) && q.IsCapitalized(p.first) ? SameSentence(p, t, t + 1) : a;
  }
  if (IsAccordingTo(q, t)) {  // “...,” according to the ministry.
    const Phrase source = AccordingToSource(q, t, limit);
    return source.empty() ? a : SameSentence(source, t, t + 2);
  }
  std::uint32_t end = limit;
  while (end > t && (q.IsSentencePunct(end - 1) || q.IsCloseMark(end - 1))) --end;
  // Up to 20 tokens: “...,” Representative Steve Cohen, Democrat of Tennessee, told ...; “...,”
  // Rep. Jim Jordan (R-Ohio), an oversight panel member, said ...
  for (std::uint32_t k = t; k < limit && k - t < 20; ++k) {
    // "“...,” and said that ...": a conjunction starts another predicate.
    if (q.IsOpenMark(k) || q.quoted(k) || q.Class(k) == WordClass::kConjunction) break;
    const CueWord* cue = CueAt(q, k);
    if (cue == nullptr) continue;
    Phrase speaker = k > t ? SpeakerBefore(q, k, t) : Phrase{};
    std::uint32_t after = k + 1;
    // "“...,” X, ..., told Mr. Obama": after "told", a name is who was told; after a
    // participle, the words are its own ("“...,” saying the city embodied ...").
    if (!Plausible(q, speaker) && cue->frame != CueFrame::kObject && !cue->participle) {
      speaker = SpeakerAfter(q, k + 1);
      if (Plausible(q, speaker)) {
        // "“...,” said the candidate could be ...": the subject of a reported clause.
        if (speaker.end < end && StartsPredicate(q, speaker.end)) return a;
        after = speaker.end;
      }
    }
    if (!Plausible(q, speaker) && cue->participle) speaker = ClauseSubject(q, k);
    // The cue must have nothing of its own to report: “Hannity,” Gingrich said if ... is
    // not an attribution of “Hannity”.
    const std::uint32_t rest =
        SkipAttributionTail(q, after, end, TakesObject(*cue) && speaker.end <= k);
    if (rest < end && StartsReportedClause(q, rest)) return a;
    return SameSentence(Plausible(q, speaker) ? speaker : Phrase{}, k, k + 1);
  }
  return a;
}

Attribution BeforeOpen(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  const std::uint32_t start = q.SentenceAt(r.open_token).first_token;
  std::uint32_t t = r.open_token;
  while (t > start &&
         (q.IsPunct(t - 1, ",") || q.IsPunct(t - 1, ":") || q.IsAnyCase(t - 1, "that")))
    --t;
  // "According to Limbaugh, “...”": the source opens the sentence, the quotation follows.
  if (t > start + 2 && IsAccordingTo(q, start)) {
    const Phrase source = AccordingToSource(q, start, r.open_token);
    if (Plausible(q, source) && source.end == t) {
      return SameSentence(source, start, start + 2);
    }
  }
  // "As Akhil Amar, a professor of law at Yale, put it, “...”": the idiom's subject speaks.
  if (t >= start + 3 && q.IsAnyCase(t - 1, "it") &&
      (q.IsAnyCase(t - 2, "put") || q.IsAnyCase(t - 2, "puts"))) {
    const std::uint32_t put = t - 2;
    std::uint32_t as = put;
    while (as > start && put - as < kAppositiveWindow && !q.IsAnyCase(as - 1, "as") &&
           !q.quoted(as - 1)) {
      --as;
    }
    if (as > start && q.IsAnyCase(as - 1, "as")) {
      const Phrase p = SpeakerBefore(q, put, as);
      if (Plausible(q, p) && p.first == as) {
        return SameSentence(p, put, put + 2);
      }
    }
  }
  // "Said Dorothy Poynter, who grew up with him, “...”": a cue in capitals opens the sentence,
  // its speaker after it, then the quotation, with nothing between but an appositive (no cue:
  // "Told the news, Carter said, “...”" is Carter's). Not a question's cue, which opens an
  // adverbial ("Asked about it, Clinton said, “...”"), nor a participle.
  // "But, said Solovey, “...”": after a conjunction or an adverb and its comma too.
  std::uint32_t said = start;
  if (start + 2 < r.open_token &&
      (q.Class(start) == WordClass::kConjunction || q.Class(start) == WordClass::kAdverb) &&
      q.IsPunct(start + 1, ","))
    said = start + 2;
  if ((said > start || q.IsCapitalized(start)) && r.open_token - said <= kAppositiveWindow) {
    const CueWord* cue = LookupCue(q.Text(said));
    const bool opens = cue != nullptr && !cue->participle && cue->frame != CueFrame::kEvaluative &&
                       cue->frame != CueFrame::kQuestion;
    const Phrase p = opens ? SpeakerAfter(q, said + 1) : Phrase{};
    bool clear = Plausible(q, p) && p.end <= t && (p.end == t || q.IsPunct(p.end, ","));
    for (std::uint32_t k = said + 1; clear && k < r.open_token; ++k)
      clear = !q.quoted(k) && (k < p.end || CueAt(q, k) == nullptr);
    if (clear) return SameSentence(p, said, said + 1);
  }
  for (std::uint32_t k = t; k > start && t - k < 8; --k) {
    const std::uint32_t c = k - 1;
    if (q.quoted(c) || q.IsSentencePunct(c)) break;
    const CueWord* cue = CueAt(q, c);
    if (cue == nullptr) {
      if (q.IsCueForm(c) && Negated(q, c)) {
        a.negated = true;
        return a;
      }
      continue;
    }
    return SameSentence(SpeakerOfCue(q, c, *cue), c, c + 1);
  }
  return a;
}

Attribution BeforeColon(const QuoteText& q, const QuotedRegion& r) {
  const Attribution label = SpeakerColon(q, r);
  return label.found() ? label : SubjectColon(q, r);
}

Attribution LeadInSubject(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  const std::uint32_t s = q.SentenceIndex(r.open_token);
  const auto& sentences = q.segmentation().sentences;
  if (s == 0 || sentences[s].first_token != r.open_token || q.InHeadline(r.open_token)) return a;
  const Sentence& before = sentences[s - 1];
  if (before.end_token <= before.first_token || q.InHeadline(before.first_token) ||
      q.ParagraphOfSentence(s - 1) + 1 < q.ParagraphOfSentence(s)) {
    return a;
  }
  for (std::uint32_t t = before.first_token; t < before.end_token; ++t)
    if (q.quoted(t)) return a;
  const Phrase p = ClauseSubject(q, before.end_token - 1);
  if (!NamesPerson(q, p)) return a;
  a.speaker = p;
  a.evidence = Evidence::kLeadIn;
  return a;
}

Attribution HeadlineColon(const QuoteText& q, const QuotedRegion& r) {
  Attribution a;
  if (!r.closed() || !q.InHeadline(r.open_token) || !q.IsPunct(r.close_token + 1, ":")) return a;
  const std::uint32_t limit = q.SentenceAt(r.close_token).end_token;
  Phrase p = NounPhraseRight(q, r.close_token + 2, limit);
  // "Rovers boss fumes after", "Union leader hits out": the verb in -s ends the phrase (not
  // a plural before a verb: "Police chiefs warn").
  for (std::uint32_t t = p.first + 1; t < p.end; ++t) {
    const std::string_view w = q.Text(t);
    if (q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) && w.ends_with("s") &&
        !w.ends_with("ss") && t + 1 < limit && !q.IsCueForm(t + 1) &&
        q.Class(t + 1) != WordClass::kVerb) {
      p.end = t;
      SetHead(q, &p);
      break;
    }
  }
  if (!Plausible(q, p) || !q.IsWord(p.first) || q.Class(p.first) == WordClass::kPronoun) return a;
  a.speaker = p;
  a.evidence = Evidence::kSameSentence;
  return a;
}

Attribution InSentence(const QuoteText& q, const QuotedRegion& r,
                       const std::vector<bool>& used_cue) {
  const Sentence& s = q.SentenceAt(r.open_token);
  const std::uint32_t from =
      std::max(s.first_token, r.open_token > kWindow ? r.open_token - kWindow : 0);
  const std::uint32_t to = std::min(s.end_token, r.end_token + kWindow);
  std::uint32_t end = s.end_token;
  while (end > r.end_token && (q.IsSentencePunct(end - 1) || q.IsCloseMark(end - 1))) --end;
  for (std::uint32_t k = from; k < to; ++k) {
    if (used_cue[k] || (k >= r.open_token && k <= r.end_token)) continue;
    const CueWord* cue = CueAt(q, k);
    if (cue == nullptr || cue->frame == CueFrame::kEvaluative) continue;
    const Phrase speaker = SpeakerOfCue(q, k, *cue);
    if (speaker.empty()) continue;
    // After the quotation, a cue with a clause of its own reports that clause instead.
    if (k > r.end_token) {
      const std::uint32_t rest = SkipAttributionTail(q, k + 1, end, TakesObject(*cue));
      if (rest < end && StartsReportedClause(q, rest)) continue;
    }
    return SameSentence(speaker, k, k + 1);
  }
  return Attribution{};
}

std::uint32_t CueBefore(const QuoteText& q, std::uint32_t token) {
  const std::uint32_t start =
      std::max(q.SentenceAt(token).first_token, token > kWindow ? token - kWindow : 0);
  for (std::uint32_t k = token; k > start; --k) {
    // "He called a compensation scheme announced by the government “a promise on paper”": a
    // participle after a noun, and its agent, describe the noun; the cue is further back.
    const bool describes_noun =
        k - 1 > start && q.IsAnyCase(k, "by") && q.Text(k - 1).ends_with("ed") &&
        q.Kind(k - 2) == TokenKind::kWord && !q.IsCapitalized(k - 2) &&
        q.Class(k - 2) == WordClass::kOther && !q.Text(k - 2).ends_with("ly");
    if (!describes_noun && CueAt(q, k - 1) != nullptr) return k - 1;
    if (q.IsPunct(k - 1, ";")) break;
  }
  return kNone;
}

bool OpensMidClause(const QuoteText& q, const QuotedRegion& r) {
  if (r.continues != QuotedRegion::kNone || r.continued_by != QuotedRegion::kNone) return false;
  std::uint32_t first_word = r.first_token;
  while (first_word < r.end_token && !q.IsWord(first_word)) ++first_word;
  if (first_word >= r.end_token || q.IsCapitalized(first_word) ||
      q.Kind(first_word) != TokenKind::kWord)
    return false;
  for (std::uint32_t k = q.SentenceAt(r.open_token).first_token; k < r.open_token; ++k)
    if (q.IsWord(k)) return true;
  return false;
}

}  // namespace newslens::quotes
