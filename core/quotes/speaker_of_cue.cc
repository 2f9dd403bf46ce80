// The speaker of a cue (see speaker_phrases.h): the phrase before or after it, a participle's
// subject, and a cue that shares the subject of another.
#include <string_view>

#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "quotes/cues.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_phrases.h"

namespace newslens::quotes {

namespace {

// "While saying that he respects her, he ...", "After telling reporters ..., Smith left": a
// participle that opens its sentence after a preposition of time or means has for subject the
// main clause's, after the opening clause's comma.
Phrase SubjectAfterOpeningClause(const QuoteText& q, std::uint32_t participle) {
  const Sentence& sentence = q.SentenceAt(participle);
  std::uint32_t first = sentence.first_token;
  while (first < participle && (q.IsOpenMark(first) || q.IsAnyCaseOf(first, {"but", "and"})))
    ++first;
  if (participle != first + 1 || !OpensParticipleOfSaying(q, first)) return {};
  for (std::uint32_t k = participle + 1; k + 1 < sentence.end_token; ++k) {
    if (q.quoted(k)) return {};
    if (!q.IsPunct(k, ",")) continue;
    const Phrase p = NounPhraseRight(q, k + 1, sentence.end_token);
    return Plausible(q, p) && p.end < sentence.end_token && StartsPredicate(q, p.end) ? p
                                                                                      : Phrase{};
  }
  return {};
}

// Whether `word` is a title's word that is no honorific ("chair", "president"), in any case.
bool IsTitleNoun(std::string_view word) {
  const TitleWord* title = LookupTitleWordAnyCase(word);
  return title != nullptr && !title->honorific;
}

// The subject of the cue before "and" and the cue at `cue`, within a few words of reported
// speech ("the group said it “remains committed to dialogue” and accused"): only where that cue
// is its sentence's first and its subject opens the sentence or follows an opening phrase's
// comma or a dash (not "At the moment Sanders announced his candidacy, Mook was holding a
// meeting and told aides", nor a cue inside the report, "said Varenya had filed a reply, and
// maintained"). Empty otherwise.
Phrase SubjectOfCoordinatedCue(const QuoteText& q, std::uint32_t cue) {
  constexpr std::uint32_t kLongestReport = 25;  // tokens between the two cues
  const std::uint32_t start = q.SentenceAt(cue).first_token;
  if (cue < start + 2 || !q.IsAnyCase(cue - 1, "and")) return {};
  std::uint32_t before = kNone;
  for (std::uint32_t k = cue - 1; k > start && cue - k <= kLongestReport && before == kNone; --k)
    if (!q.quoted(k - 1) && CueAt(q, k - 1) != nullptr) before = k - 1;
  if (before == kNone || CueAt(q, before)->participle) return {};
  // (After a comma, a reported clause's own subject may be the one: "The prosecutor said Daniel
  // Otieno lied to investigators, and claimed he had never met the victim".)
  const CueFrame frame = CueAt(q, before)->frame;
  if (q.IsPunct(cue - 2, ",") &&
      (frame == CueFrame::kClause || frame == CueFrame::kClausal || frame == CueFrame::kThat))
    return {};
  for (std::uint32_t k = start; k < before; ++k)
    if (!q.quoted(k) && CueAt(q, k) != nullptr) return {};
  // (Nor past a clause of another subject: "..., and the Anti-Defamation League denounced ...
  // and said".)
  for (std::uint32_t k = before + 1; k + 2 < cue; ++k)
    if (q.IsPunct(k, ",") && q.IsAnyCaseOf(k + 1, {"and", "but"}) &&
        (q.Class(k + 2) == WordClass::kDeterminer || q.IsCapitalized(k + 2)))
      return {};
  const Phrase p = SpeakerBefore(q, before);
  if (p.empty() || !(p.first == start || q.IsPunct(p.first - 1, ",") || q.IsDash(p.first - 1)))
    return {};
  return p;
}

}  // namespace

// "the Keystone Regional Transit Authority, which runs the city's buses, trolleys and subway
// lines and has said it will ...": a cue after "and" (and auxiliaries) that goes on the
// predicate of a relative clause has the relative pronoun's antecedent for subject. Within
// kLongestPredicate tokens, with no quotation, cue or end of sentence between. Empty otherwise.
Phrase SubjectOfRelativeCue(const QuoteText& q, std::uint32_t cue) {
  constexpr std::uint32_t kLongestPredicate = 20;  // tokens from "who" to "and"
  const std::uint32_t start = q.SentenceAt(cue).first_token;
  std::uint32_t t = cue;
  while (t > start &&
         (q.Class(t - 1) == WordClass::kAuxiliary || q.Class(t - 1) == WordClass::kAdverb))
    --t;
  // (Not after a comma: "arrested the driver, who was uninjured, and said" goes on with the
  // sentence's subject.)
  if (t < start + 4 || !q.IsAnyCase(t - 1, "and") || q.IsPunct(t - 2, ",")) return {};
  for (std::uint32_t w = t - 2; w > start + 1 && t - w <= kLongestPredicate; --w) {
    if (q.quoted(w) || q.IsSentencePunct(w) || CueAt(q, w) != nullptr) return {};
    if (q.IsAnyCaseOf(w, {"who", "which"}) && q.IsPunct(w - 1, ",") &&
        (StartsPredicate(q, w + 1) || IsPluralNoun(q, w + 1)))
      return RelativeSpeaker(q, w, start);
  }
  return {};
}

Phrase SpeakerOfCue(const QuoteText& q, std::uint32_t cue, const CueWord& word) {
  // "rejected claims by Daonlathas Nua leader Síofra Ní Mhaoláin that ...": a cue's noun and
  // "by" name who said it.
  if (word.also_noun && q.IsAnyCase(cue + 1, "by") && !q.IsCapitalized(cue)) {
    const std::uint32_t limit = q.SentenceAt(cue).end_token;
    // The name right before "that", past a party and a title ("Daonlathas Nua leader").
    constexpr std::uint32_t kLongestAgent = 10;  // tokens
    for (std::uint32_t k = cue + 3; k < limit && k - cue <= kLongestAgent; ++k) {
      if (q.quoted(k) || q.IsPunct(k, ",")) break;
      if (!q.IsAnyCase(k, "that")) continue;
      const MentionRef* m = q.MentionAt(k - 1);
      if (m != nullptr && !m->pronoun && m->end_token == k && m->first_token > cue + 1)
        return Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
      break;
    }
    const Phrase p = NounPhraseRight(q, cue + 2, limit);
    if (Plausible(q, p)) return p;
  }
  if (!word.participle) {
    Phrase p = SpeakerBefore(q, cue);
    if (!p.empty()) return p;
  } else if (cue > 0) {
    // "with Donald Trump tweeting that ...", "footage of Trump saying", "with Trump reportedly
    // yelling": a name right before the participle (and its adverbs) is its subject; not a
    // place or a medium's ("responded on Facebook writing").
    std::uint32_t before = cue;
    while (before > 1 && (q.Class(before - 1) == WordClass::kAdverb || IsLyAdverb(q, before - 1)))
      --before;
    const MentionRef* m = q.MentionAt(before - 1);
    if (m != nullptr && !m->pronoun && m->end_token == before &&
        (m->first_token == 0 ||
         !q.IsAnyCaseOf(m->first_token - 1, {"on", "in", "at", "from", "via", "through"}))) {
      return Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
    }
    // "despite the housing secretary warning that ...", "with the minister saying ...": so does
    // a description that a determiner opens after a preposition.
    if (before > 1) {
      const std::uint32_t start = q.SentenceAt(cue).first_token;
      const Phrase p = NounPhraseLeft(q, before, start);
      // ("with its chair saying": a possessive pronoun opens one too.)
      const bool opens = q.Class(p.first) == WordClass::kDeterminer ||
                         q.IsAnyCaseOf(p.first, {"its", "his", "her", "their"});
      if (!p.empty() && p.first > start && opens &&
          q.IsAnyCaseOf(p.first - 1, {"despite", "with", "without", "after", "amid", "before"}) &&
          Describes(q, p) &&
          (LookupPersonsRole(q.Text(p.end - 1)) != nullptr || IsTitleNoun(q.Text(p.end - 1))))
        return p;
    }
    // "left 62 percent of voters saying ...", "with 30 percent of voters saying": so does a
    // plural noun phrase right before it that is a subject, not an object.
    // Not an object: "sent a text to supporters saying", "carrying signs saying".
    if (IsPluralNoun(q, cue - 1)) {
      const std::uint32_t start = q.SentenceAt(cue).first_token;
      const Phrase p = NounPhraseLeft(q, cue, start);
      if (Plausible(q, p) && (p.first == start || q.IsAnyCase(p.first - 1, "with") ||
                              q.Class(p.first - 1) == WordClass::kVerb))
        return p;
    }
  }
  // ", X added, saying ...", ", the ministry said in a statement, adding that ...": the
  // participle after a cue, the words that modify the cue and a comma shares the speaker of that
  // cue.
  constexpr std::uint32_t kLongestModifier = 5;  // words between the cue and the comma
  if (word.participle && cue >= 2 && q.IsPunct(cue - 1, ",")) {
    for (std::uint32_t k = cue - 1; k > 0 && cue - 1 - k <= kLongestModifier; --k) {
      if (const CueWord* before = CueAt(q, k - 1); before != nullptr) {
        // Modifiers open with a preposition or a time ("in a statement", "on Tuesday"); an
        // object does not ("rejected claims of mismanagement, saying": the subject's).
        const bool modified =
            k == cue - 1 || q.Class(k) == WordClass::kPreposition || q.Class(k) == WordClass::kTime;
        // Not a form that is also a noun ("rejected claims of mismanagement, saying").
        if (!before->participle && modified && (k == cue - 1 || !before->also_noun)) {
          const Phrase p = SpeakerBefore(q, k - 1);
          if (!p.empty()) return p;
        }
        break;
      }
      if (!q.IsWord(k - 1)) break;
    }
  }
  if (word.participle && IsVerbOfSaying(word.lemma)) {
    const Phrase after = SubjectAfterOpeningClause(q, cue);
    if (!after.empty()) return after;
  }
  // "the group said it “remains committed to dialogue” and accused the FUR of ...": a cue after
  // "and" shares the subject of the cue before it in the sentence.
  if (!word.participle) {
    const Phrase shared = SubjectOfCoordinatedCue(q, cue);
    if (!shared.empty()) return shared;
    const Phrase relative = SubjectOfRelativeCue(q, cue);
    if (!relative.empty()) return relative;
  }
  Phrase subject = ClauseSubject(q, cue);
  if (subject.empty() && word.participle) subject = SpeakerOfCueBefore(q, cue);
  return subject;
}

Phrase SpeakerOfCueBefore(const QuoteText& q, std::uint32_t participle) {
  const std::uint32_t start = q.SentenceAt(participle).first_token;
  for (std::uint32_t k = participle; k > start && participle - k < 8; --k) {
    const CueWord* cue = CueAt(q, k - 1);
    if (cue == nullptr) continue;
    if (cue->participle) break;
    const Phrase before = SpeakerBefore(q, k - 1);
    return before.empty() ? SpeakerAfter(q, k) : before;
  }
  return {};
}

}  // namespace newslens::quotes
