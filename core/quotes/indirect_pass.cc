// The pass for reported speech without quotation marks (see passes.h).
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/roles.h"
#include "quotes/attribution.h"
#include "quotes/cues.h"
#include "quotes/inverted_attribution.h"
#include "quotes/passes.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_phrases.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {
namespace {

// Whether the token at `t` opens the reported clause: a word, or an amount's currency sign ("said
// that £6.1m of stadium costs should have been excluded").
bool OpensClauseWord(const QuoteText& q, std::uint32_t t) {
  return q.IsWord(t) ||
         (IsCurrencySign(q, t) && t + 1 < q.size() && q.Kind(t + 1) == TokenKind::kNumber);
}

void AccordingTo(const QuoteText& q, QuoteCandidates* state, std::uint32_t t,
                 const Sentence& sentence) {
  Candidate c;
  c.kind = QuoteKind::kIndirect;
  c.attribution.cue = t;
  c.attribution.cue_end = t + 2;
  c.attribution.evidence = Evidence::kSameSentence;
  c.attribution.speaker = AccordingToSource(q, t, sentence.end_token);
  if (c.attribution.speaker.empty()) return;
  std::uint32_t begin, end;
  const std::uint32_t after = c.attribution.speaker.end;
  // "But, according to the poll, ...", "In addition, according to ...": an opener of a word
  // or two before the cue is the writer's; the reported words follow the source.
  std::uint32_t opener_words = 0;
  for (std::uint32_t k = sentence.first_token; k < t && opener_words < 4; ++k)
    opener_words += q.IsWord(k);
  const bool opener = t > sentence.first_token && q.IsPunct(t - 1, ",") && opener_words <= 2 &&
                      q.IsPunct(after, ",");
  // "But according to reports, he ...", "...: According to recent polls, Trump ...": a
  // conjunction or a colon before the cue opens the sentence as well.
  const bool opens =
      t == sentence.first_token ||
      (t == sentence.first_token + 1 && q.Class(sentence.first_token) == WordClass::kConjunction) ||
      (t > sentence.first_token && q.IsPunct(t - 1, ":"));
  if (opens || opener) {  // According to X, ...
    begin = after;
    while (begin < sentence.end_token && !q.IsPunct(begin, ",")) ++begin;
    ++begin;
    // "According to the council, which represents 600 operators, the ratios ...": a relative
    // clause on the source is the writer's, and so is a list's end it holds ("which employs
    // 2,000 people in Mombasa, Nakuru and Kisumu, the plant will ...").
    if (begin < sentence.end_token && q.IsAnyCaseOf(begin, {"which", "who"})) {
      while (begin < sentence.end_token && !q.IsPunct(begin, ",")) ++begin;
      ++begin;
      // (Names only, over "and": not "two men and a woman were arrested".)
      std::uint32_t comma = begin;
      bool names = true, joined = false;
      while (comma < sentence.end_token && comma < begin + 8 && !q.IsPunct(comma, ",")) {
        joined = joined || q.IsAnyCaseOf(comma, {"and", "or"});
        names = names && (q.IsCapitalized(comma) || q.IsAnyCaseOf(comma, {"and", "or"}));
        ++comma;
      }
      if (names && joined && comma < sentence.end_token && q.IsPunct(comma, ",")) begin = comma + 1;
    }
    end = ClauseEnd(q, begin, sentence.end_token);
    // "According to an affidavit ..., work is nearly 60% complete, while only 312 families have
    // been allotted plots": the source frames the contrast too, where the contrast names no
    // speaker of its own ("..., while witnesses said he drove away").
    while (end + 2 < sentence.end_token && q.IsPunct(end, ",") &&
           q.IsAnyCaseOf(end + 1, {"while", "whereas"})) {
      const std::uint32_t contrast_end = ClauseEnd(q, end + 2, sentence.end_token);
      bool cued = false;
      for (std::uint32_t k = end + 2; k < contrast_end && !cued; ++k)
        cued = !q.quoted(k) && (CueAt(q, k) != nullptr || IsAccordingTo(q, k));
      if (cued) break;
      end = contrast_end;
    }
  } else if (t > sentence.first_token && (q.IsPunct(t - 1, ",") || q.IsDash(t - 1))) {
    begin = ReportedStart(q, sentence, t);  // ..., according to X.
    end = t - 1;
  } else if (t > sentence.first_token && q.IsWord(t - 1) && opener_words >= 4 && !q.quoted(t - 1) &&
             (after >= sentence.end_token || q.IsSentencePunct(after) || q.IsPunct(after, ","))) {
    begin = ReportedStart(q, sentence, t);  // "... delegates according to a count by X."
    end = t;
  } else {
    return;
  }
  if (end <= begin + 2 || end > sentence.end_token) return;
  c.token_spans.push_back({begin, end});
  // "At the heart of the trouble, according to X, was a decision ...", "Over the past week,
  // according to X, fuel imports have fallen": the sentence goes on after the source, and so do
  // the reported words, where the words before the source are no clause of their own (no verb,
  // or a subordinator last: "The driver lost control after, according to witnesses, a tyre
  // burst"); after a clause, only a predicate goes on ("Small businesses have been hit hardest,
  // according to Farah Moosa, chief executive of ..., who said" ends at the source).
  bool clause_before = false;
  for (std::uint32_t k = begin; k < end && !clause_before; ++k)
    clause_before = !q.quoted(k) && q.Kind(k) == TokenKind::kWord && !q.IsCapitalized(k) &&
                    (q.Class(k) == WordClass::kAuxiliary || q.Class(k) == WordClass::kVerb ||
                     (q.Text(k).size() > 4 && q.Text(k).ends_with("ed")));
  if (end > begin && q.Class(end - 1) == WordClass::kSubordinator) clause_before = false;
  if (begin < t && q.IsPunct(after, ",") && after + 1 < sentence.end_token && q.IsWord(after + 1) &&
      !q.quoted(after + 1) && (!clause_before || StartsPredicate(q, after + 1))) {
    const std::uint32_t rest = ClauseEnd(q, after + 1, sentence.end_token);
    if (rest > after + 1) c.token_spans.push_back({after + 1, rest});
  }
  // The source is a noun phrase: a form of a cue in it is a noun ("according to news reports").
  for (std::uint32_t k = t; k < after; ++k) state->used_cue[k] = true;
  state->candidates.push_back(std::move(c));
}

// Whether an accusation or a demand at `cue` ("accused X of ...", "called for ...") may be
// reported: a verb of the clause's own subject, not a participle that modifies a noun ("a
// petition calling on the mayor to ..."; after a comma it is the subject's: ", calling for ...")
// nor one inside a relative clause, whose report would run on into the main verb ("A woman who
// has accused the senator of harassment said ...").
bool ReportsOwnDemand(const QuoteText& q, std::uint32_t cue) {
  // (A participle after a noun in small letters modifies it; after a name, an auxiliary, "and"
  // or a comma it is the subject's: "with Trump calling for", "is calling for", "and calling
  // for".)
  if (q.Text(cue).ends_with("ing") && cue > 0 && q.Kind(cue - 1) == TokenKind::kWord &&
      !q.IsCapitalized(cue - 1) && q.Class(cue - 1) == WordClass::kOther)
    return false;
  std::uint32_t k = cue;
  while (k > 0 && cue - k < 3 &&
         (q.Class(k - 1) == WordClass::kAuxiliary || q.Class(k - 1) == WordClass::kAdverb))
    --k;
  return !(k > 0 && q.IsAnyCaseOf(k - 1, {"who", "which", "that"}));
}

// Whether `p` can make a demand or an accusation: a name, a pronoun, a plural noun ("his
// supporters") or a noun for a person or a body ("the senator", "the union"); not what a parser
// takes for a subject in "renewed calls for", "an impassioned call for", "The ruling prompted
// calls".
bool CanDemand(const QuoteText& q, const Phrase& p) {
  if (p.empty()) return false;
  const std::uint32_t head = p.head_end - 1;
  if (q.MentionAt(head) != nullptr) return true;
  if (q.Class(head) == WordClass::kPronoun) return !q.IsPossessive(head);
  if (IsPluralNoun(q, head)) return true;  // "advocates", "his supporters"
  std::string_view word = q.Text(head);
  const RoleNoun* role = LookupRoleNoun(word);
  if (role == nullptr && word.size() > 3 && word.ends_with("s"))
    role = LookupRoleNoun(word.substr(0, word.size() - 1));  // "critics", "advocates"
  return role != nullptr &&
         (role->kind == RoleKind::kPerson || role->kind == RoleKind::kOrganization);
}

// The end of a report at `cue` that runs to `end`: at the comma that closes the sentence's
// opening subordinate clause, when the cue stands in it ("While his rivals called for a bigger
// effort, Trump hewed ...", "Even as he accused the department of ..., Giuliani ...").
std::uint32_t EndInOpeningClause(const QuoteText& q, std::uint32_t cue, std::uint32_t end) {
  const std::uint32_t first = q.SentenceAt(cue).first_token;
  if (q.Class(first) != WordClass::kSubordinator && !q.IsAnyCase(first, "even")) return end;
  for (std::uint32_t t = cue + 1; t < end; ++t)
    if (q.IsPunct(t, ",") && !q.quoted(t)) return t;
  return end;
}

// Adds the words [first, end), reported by `speaker` with the cue [cue, cue_end), to `state`.
void AddReport(QuoteCandidates* state, std::uint32_t first, std::uint32_t end,
               const Phrase& speaker, std::uint32_t cue, std::uint32_t cue_end) {
  Candidate c;
  c.kind = QuoteKind::kIndirect;
  c.token_spans.push_back({first, end});
  c.attribution.speaker = speaker;
  c.attribution.cue = cue;
  c.attribution.cue_end = cue_end;
  c.attribution.evidence = Evidence::kSameSentence;
  state->used_cue[cue] = true;
  state->candidates.push_back(std::move(c));
}

// "in what their union called the most serious dispute in its history", "what he described as
// a betrayal": after "what" and its subject, an evaluative cue's description without quotation
// marks is the subject's words, reported (in marks, the quoted pass makes them a partial
// quotation).
void WhatSomeoneCalled(const QuoteText& q, QuoteCandidates* state, std::uint32_t cue,
                       std::uint32_t limit) {
  constexpr std::uint32_t kLongestSubject = 4;  // tokens: "their union", "the prime minister"
  std::uint32_t what = cue;
  while (what > 0 && cue - what <= kLongestSubject && !q.IsAnyCase(what - 1, "what") &&
         q.IsWord(what - 1) && !q.quoted(what - 1))
    --what;
  if (what == 0 || what == cue || !q.IsAnyCase(what - 1, "what")) return;
  const Phrase speaker = NounPhraseLeft(q, cue, what);
  if (speaker.empty() || speaker.first != what || !Plausible(q, speaker) ||
      IsLyAdverb(q, speaker.end - 1))
    return;
  std::uint32_t start = cue + 1;
  // "what he described to reporters as a misunderstanding": past whom it was said to.
  if (start < limit && q.Class(start) == WordClass::kPreposition && !q.IsAnyCase(start, "as")) {
    std::uint32_t as = start + 1;
    while (as < limit && as - start < 5 && !q.IsAnyCase(as, "as") && q.IsWord(as)) ++as;
    if (as < limit && q.IsAnyCase(as, "as")) start = as;
  }
  if (start < limit && q.IsAnyCase(start, "as")) ++start;
  if (start >= limit || !q.IsWord(start)) return;
  // The description, a noun phrase: up to a comma, a verb or a clause's word, or a determiner
  // that opens another phrase ("what he calls corruption in politics a major focus", "In what
  // he described as a betrayal, the senator voted"). Words in marks in it are a partial
  // quotation's, which the quoted pass keeps.
  std::uint32_t end = start;
  bool opens = true;  // a determiner may stand here: the start, or after a preposition
  for (const std::uint32_t clause_end = ClauseEnd(q, start, limit); end < clause_end; ++end) {
    if (q.quoted(end) || q.IsOpenMark(end)) return;
    const WordClass c = q.Class(end);
    // ("responsible and respected party figures": "and" between the words of one phrase.)
    const bool joins = c == WordClass::kConjunction && end + 1 < clause_end &&
                       q.IsAnyCaseOf(end, {"and", "or"}) && q.IsWord(end + 1) &&
                       q.Class(end + 1) == WordClass::kOther;
    // ("the angry, divisive rhetoric": a comma between the noun's modifiers, after the first
    // word past the article; not "a surprise move, cut 400 jobs".)
    const bool first_modifier =
        end == start + 1 || (end == start + 2 && q.Class(start) == WordClass::kDeterminer);
    const bool listed = q.IsPunct(end, ",") && first_modifier && end + 1 < clause_end &&
                        q.IsWord(end + 1) && !q.IsCapitalized(end + 1) &&
                        q.Class(end + 1) == WordClass::kOther && !q.Text(end + 1).ends_with("ing");
    if ((q.IsPunct(end, ",") && !listed) || q.IsPunct(end, "(") || q.IsPunct(end, ")") ||
        (c == WordClass::kDeterminer && !opens) || c == WordClass::kAuxiliary ||
        c == WordClass::kVerb || c == WordClass::kNegation || c == WordClass::kSubordinator ||
        (c == WordClass::kConjunction && !joins) ||
        (c == WordClass::kPronoun && !q.IsPossessive(end)))
      break;
    opens = c == WordClass::kPreposition;
  }
  if (end >= start + 2) AddReport(state, start, end, speaker, cue, cue + 1);
}

// "criticized the plan as too costly", "praised the mayor for acting quickly", "slammed the
// president's foreign policy": whom or what the speaker judges, and why, reported (what is said
// of it, "for ..." or "as ...", or four words or more: not "praised the staff", a judgement
// with nothing said of it); words in marks there stay the quoted pass's partial quotation.
void Judged(const QuoteText& q, QuoteCandidates* state, std::uint32_t cue, const CueWord& word,
            std::uint32_t limit) {
  if (!ReportsOwnDemand(q, cue)) return;
  const std::uint32_t start = cue + 1;
  if (start >= limit || !q.IsWord(start) || q.quoted(start) || !InNounPhrase(q, start)) return;
  const std::uint32_t end = EndInOpeningClause(q, cue, ClauseEnd(q, start, limit));
  constexpr std::uint32_t kFewestWords = 4;
  bool said_of = false;
  std::uint32_t words = 0;
  for (std::uint32_t t = start; t < end; ++t) {
    if (q.quoted(t) || q.IsOpenMark(t)) return;
    said_of = said_of || q.IsAnyCaseOf(t, {"for", "as"});
    words += q.IsWord(t);
  }
  if (words < 2 || (!said_of && words < kFewestWords)) return;
  const Phrase speaker = SpeakerOfCue(q, cue, word);
  if (CanDemand(q, speaker)) AddReport(state, start, end, speaker, cue, cue + 1);
}

// "accused Obama of bungling the recovery": whom the speaker accuses and of what, reported.
// Words in marks there ("accused him of an “artful smear”") are left the partial quotation the
// quoted pass made of them, the words news quotes.
void AccusedOf(const QuoteText& q, QuoteCandidates* state, std::uint32_t cue, const CueWord& word,
               std::uint32_t limit) {
  // Whom: a noun phrase up to "of", an appositive between commas in it ("accused Cruz, the
  // senator from Texas, of being ...").
  constexpr std::uint32_t kLongestObject = 12;  // tokens
  if (!ReportsOwnDemand(q, cue)) return;
  std::uint32_t of = cue + 1;
  bool apposition = false;
  while (of < limit && of - cue <= kLongestObject && !(q.IsAnyCase(of, "of") && !apposition)) {
    if (q.IsPunct(of, ",")) apposition = !apposition;
    if (q.quoted(of) || (!apposition && !q.IsPunct(of, ",") && !InNounPhrase(q, of))) return;
    ++of;
  }
  if (of == cue + 1 || of >= limit || !q.IsAnyCase(of, "of") || q.IsPunct(cue + 1, ",")) return;
  const std::uint32_t end = EndInOpeningClause(q, cue, ClauseEnd(q, of + 1, limit));
  if (end < of + 2) return;
  for (std::uint32_t t = cue + 1; t < end; ++t)
    if (q.quoted(t)) return;
  const Phrase speaker = SpeakerOfCue(q, cue, word);
  if (CanDemand(q, speaker)) AddReport(state, cue + 1, end, speaker, cue, cue + 1);
}

// "Jeff Flake said he would.", "46 percent said yes.": a reply in a word or two that ends the
// sentence, a subject pronoun and an auxiliary (the verb phrase left out) or "yes" or "no",
// reports as a clause does.
bool ShortAnswer(const QuoteText& q, std::uint32_t start, std::uint32_t end, std::uint32_t limit) {
  if (end < start + 1 || (end < limit && !q.IsSentencePunct(end))) return false;
  if (end == start + 1) return q.IsAnyCaseOf(start, {"yes", "no"});
  return end == start + 2 && q.Class(start) == WordClass::kPronoun && !q.IsPossessive(start) &&
         q.Class(start + 1) == WordClass::kAuxiliary;
}

// "said each year of school yields a bump", "said each year brings a bump": a time phrase
// that is the reported clause's subject, its complement ("of") or a verb in -s and its object
// after it; not the time of the saying ("said Wednesday on MSNBC").
bool TimeIsSubject(const QuoteText& q, std::uint32_t start, std::uint32_t end) {
  const std::uint32_t k = SkipTime(q, start, end);
  if (k >= end) return false;
  if (q.IsAnyCase(k, "of")) return true;
  const std::string_view w = q.Text(k);
  return q.Kind(k) == TokenKind::kWord && !q.IsCapitalized(k) && w.ends_with("s") &&
         !w.ends_with("ss") && k + 1 < end &&
         (q.Class(k + 1) == WordClass::kDeterminer || q.Kind(k + 1) == TokenKind::kNumber);
}

// Whether the cue at `t` is a past participle after "with" and a noun in small letters that
// open a clause of their own ("..., with catastrophic fire danger declared in three
// districts"), from `first` on.
bool IsPassiveAfterWith(const QuoteText& q, std::uint32_t t, std::uint32_t first) {
  constexpr std::uint32_t kLongestNoun = 5;  // words between "with" and the participle
  if (t < first + 2 || !q.Text(t).ends_with("ed") || q.Kind(t - 1) != TokenKind::kWord ||
      q.IsCapitalized(t - 1) || q.Class(t - 1) != WordClass::kOther)
    return false;
  std::uint32_t k = t - 1;
  while (k > first && t - k <= kLongestNoun && !q.IsAnyCase(k, "with") && InNounPhrase(q, k)) --k;
  // ("With", or ", with": not "The person familiar with the planning confirmed".)
  return q.IsAnyCase(k, "with") && k + 1 < t && (k == first || q.IsPunct(k - 1, ","));
}

// "would", "will", "could", "might", "may", "should", "can", "to".
bool IsModalOrTo(const QuoteText& q, std::uint32_t t) {
  for (std::string_view w : {"would", "will", "could", "might", "may", "should", "can", "to"})
    if (q.IsAnyCase(t, w)) return true;
  return false;
}

// "called for a special prosecutor to investigate ...", "called on Congress to act": what the
// speaker demands, and of whom, reported as a request is ("urged Congress to act"). Words in
// marks there stay the quoted pass's.
void CalledForOrOn(const QuoteText& q, QuoteCandidates* state, std::uint32_t cue,
                   const CueWord& word, std::uint32_t limit) {
  // (Not a request to come: "will call for", "plans to call on".)
  if ((cue > 0 && IsModalOrTo(q, cue - 1)) || !ReportsOwnDemand(q, cue)) return;
  const std::uint32_t start = cue + 2;
  if (start >= limit || !q.IsWord(start) || q.quoted(start)) return;
  // (Not help summoned: "called for an ambulance", "called for backup".)
  std::uint32_t noun = start;
  while (noun < limit && q.Class(noun) == WordClass::kDeterminer) ++noun;
  if (noun < limit && q.IsAnyCaseOf(noun, {"ambulance", "backup", "help", "reinforcements"}))
    return;
  const std::uint32_t end = EndInOpeningClause(q, cue, ClauseEnd(q, start, limit));
  if (end < start + 2) return;
  for (std::uint32_t t = start; t < end; ++t)
    if (q.quoted(t)) return;
  // "called on X to ...": the person asked, then what to do.
  if (!q.IsAnyCase(cue + 1, "for")) {
    bool to = false;
    for (std::uint32_t t = start + 1; t < end && t - start < 8 && !to; ++t)
      to = q.IsAnyCase(t, "to");
    if (!to) return;  // "called on the families at home": a visit
  }
  const Phrase speaker = SpeakerOfCue(q, cue, word);
  if (CanDemand(q, speaker)) AddReport(state, start, end, speaker, cue, cue + 2);
}

// "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said. ''They're
// more detailed.''": a direct quotation without an attribution of its own that opens the
// sentence after reported speech, in its paragraph, goes on with the reported speech. The
// candidates from `first_reported` on are the reported speech.
void ContinueReportedSpeech(const QuoteText& q, QuoteCandidates* state,
                            std::size_t first_reported) {
  std::vector<Candidate>& candidates = state->candidates;
  std::unordered_map<std::uint32_t, std::size_t> opening;  // sentence -> quotation opening it
  for (std::size_t i = 0; i < first_reported; ++i) {
    const Candidate& c = candidates[i];
    if (c.kind != QuoteKind::kDirect || c.merged || c.attribution.found()) continue;
    const std::uint32_t first = c.token_spans.front().first;
    const std::uint32_t s = q.SentenceIndex(first);
    if (first > 0 && q.IsOpenMark(first - 1) &&
        q.segmentation().sentences[s].first_token == first - 1)
      opening.emplace(s, i);
  }
  if (opening.empty()) return;
  for (std::size_t i = first_reported; i < candidates.size(); ++i) {
    const std::uint32_t s = q.SentenceIndex(candidates[i].attribution.cue);
    auto it = opening.find(s + 1);
    if (it == opening.end() || q.ParagraphOfSentence(s + 1) != q.ParagraphOfSentence(s)) continue;
    Candidate& quotation = candidates[it->second];
    Candidate& reported = candidates[i];
    reported.token_spans.insert(reported.token_spans.end(), quotation.token_spans.begin(),
                                quotation.token_spans.end());
    reported.unclosed = reported.unclosed || quotation.unclosed;
    reported.kind = QuoteKind::kMixed;
    quotation.merged = true;
    opening.erase(it);
  }
}

// "The rifle was bought legally by a relative of the suspect in 2022, she said. ⏎ “We are working
// with the district attorney’s office ...”": a quotation that opens its paragraph with no
// attribution of its own after reported speech that ends the paragraph before is the reporter's
// next quote paragraph: it inherits the speaker of that sentence's first report, a person or an
// organization (not "The survey ... found"), whose report tells of no other speech ("said Trump
// had told him ...": the words may be those).
void InheritReportedSpeaker(const QuoteText& q, QuoteCandidates* state,
                            std::size_t first_reported) {
  std::vector<Candidate>& candidates = state->candidates;
  // Per sentence: its first reported speech ("Schoen elaborated ... that superdelegates pledged
  // to Clinton may reconsider": Schoen's), unless one of its reports tells of other speech.
  std::unordered_map<std::uint32_t, std::size_t> reported;
  std::unordered_set<std::uint32_t> telling;  // sentences with a report of someone's words
  for (std::size_t i = first_reported; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    if (c.merged || c.attribution.speaker.empty() || c.attribution.cue == kNone) continue;
    const std::uint32_t s = q.SentenceIndex(c.attribution.cue);
    reported.emplace(s, i);
    for (const auto& [from, to] : c.token_spans)
      for (std::uint32_t k = from; k < to; ++k)
        if (!q.quoted(k) && q.IsAnyCaseOf(k, {"said", "says", "say", "told", "tells", "tell"}))
          telling.insert(s);
  }
  if (reported.empty()) return;
  const auto& paragraphs = q.segmentation().paragraphs;
  for (std::size_t i = 0; i < first_reported; ++i) {
    Candidate& c = candidates[i];
    // (Short quoted words stay unattributed, as in the quoted pass: chants, slogans, titles.)
    if (c.kind != QuoteKind::kDirect || c.merged || c.attribution.found() ||
        WordCount(q, c) < kLongQuoteWords)
      continue;
    const std::uint32_t first = c.token_spans.front().first;
    if (first == 0 || !q.IsOpenMark(first - 1)) continue;
    const std::uint32_t s = q.SentenceIndex(first - 1);
    const std::uint32_t paragraph = q.ParagraphOfSentence(s);
    if (s == 0 || paragraphs[paragraph].first_sentence != s ||
        q.segmentation().sentences[s].first_token != first - 1 ||
        q.ParagraphOfSentence(s - 1) + 1 != paragraph)
      continue;
    const auto it = reported.find(s - 1);
    if (it == reported.end()) continue;
    if (telling.count(s - 1) != 0) continue;
    const Candidate& report = candidates[it->second];
    const Phrase& speaker = report.attribution.speaker;
    const std::optional<EntityType> type = TypeNamedByHead(q, speaker);
    if (type != EntityType::kPer && type != EntityType::kOrg) continue;
    c.attribution.speaker = speaker;
    c.attribution.cue = c.attribution.cue_end = kNone;
    c.attribution.evidence = Evidence::kInherited;
  }
}

}  // namespace

void IndirectPass(const QuoteText& q, QuoteCandidates* state) {
  const std::size_t first_reported = state->candidates.size();
  for (std::uint32_t s = 0; s < q.segmentation().sentences.size(); ++s) {
    const Sentence& sentence = q.segmentation().sentences[s];
    const std::uint32_t limit = sentence.end_token;
    for (std::uint32_t t = sentence.first_token; t < limit; ++t) {
      if (q.quoted(t) || state->used_cue[t]) continue;
      if (IsAccordingTo(q, t)) {
        AccordingTo(q, state, t, sentence);
        continue;
      }
      const CueWord* cue = CueAt(q, t);
      if (cue != nullptr && cue->frame == CueFrame::kEvaluative) {
        if (cue->lemma == "accuse") {
          AccusedOf(q, state, t, *cue, limit);
        } else if (cue->lemma == "call" && t + 1 < limit &&
                   q.IsAnyCaseOf(t + 1, {"for", "on", "upon"})) {
          CalledForOrOn(q, state, t, *cue, limit);
        } else if (cue->lemma == "criticize" || cue->lemma == "praise" || cue->lemma == "slam" ||
                   cue->lemma == "blast" || cue->lemma == "hail") {
          Judged(q, state, t, *cue, limit);
        } else {
          WhatSomeoneCalled(q, state, t, limit);
        }
        continue;
      }
      if (cue == nullptr || cue->frame == CueFrame::kQuoted) continue;
      Candidate c;
      c.kind = QuoteKind::kIndirect;
      c.attribution.cue = t;
      c.attribution.cue_end = t + 1;
      c.attribution.evidence = Evidence::kSameSentence;
      // "..., the summary said." / "..., said Ana Souza."
      if (!cue->participle) {
        const Inverted inv = InvertedAttribution(q, t, *cue);
        if (inv.tail != kNone) {
          const std::uint32_t begin = ReportedStart(q, sentence, inv.tail);
          c.attribution.speaker = inv.speaker;
          if (inv.tail - 1 > begin + (inv.resume != kNone ? 0 : 2)) {
            c.token_spans.push_back({begin, inv.tail - 1});
            if (inv.resume != kNone) {
              c.token_spans.push_back({inv.resume, ClauseEnd(q, inv.resume, limit)});
            }
            state->used_cue[t] = true;
            state->candidates.push_back(std::move(c));
          }
          continue;
        }
      }
      // "with catastrophic fire danger declared in three districts": a participle after "with"
      // and its noun says what was done, not who said what.
      if (IsPassiveAfterWith(q, t, sentence.first_token)) continue;
      // "would respond formally within six months": a modal's cue before an adverb or a
      // preposition speaks of speech to come, and reports nothing; not with "that" close after
      // it ("would say in a statement only that ...", "would confirm to the Herald that ...").
      if (t > sentence.first_token && t + 1 < limit && IsModalOrTo(q, t - 1) &&
          (IsLyAdverb(q, t + 1) || q.Class(t + 1) == WordClass::kPreposition)) {
        constexpr std::uint32_t kThatWindow = 8;  // tokens after the cue
        bool that = false;
        // (Or a clause's subject pronoun or question word: "would claim in his memoir he had
        // been framed", "would tell in an interview how he escaped".)
        for (std::uint32_t k = t + 1; k < limit && k <= t + kThatWindow && !that; ++k)
          that = q.IsAnyCaseOf(
              k, {"that", "he", "she", "they", "we", "i", "it", "how", "whether", "why", "what"});
        if (!that) continue;
      }
      std::uint32_t start = ClauseStart(q, t + 1, *cue, limit);
      // "urged his supporters to visit polling places", "asked ministers to intervene": a
      // request reports whom it asks and to do what, its object and the infinitive after it.
      if (TakesObject(*cue) && start < limit && q.IsAnyCase(start, "to")) {
        // "would ask ministers to intervene", "plans to urge": a request to come is none yet.
        if (t > sentence.first_token && IsModalOrTo(q, t - 1)) continue;
        std::uint32_t object = t + 1;
        while (object < start && q.Class(object) == WordClass::kAdverb) ++object;
        const std::uint32_t end = ClauseEnd(q, start, limit);
        if (object == start || end < start + 2) continue;
        c.attribution.speaker = SpeakerOfCue(q, t, *cue);
        if (c.attribution.speaker.empty()) continue;
        c.token_spans.push_back({object, end});
        state->used_cue[t] = true;
        state->candidates.push_back(std::move(c));
        continue;
      }
      if (cue->frame == CueFrame::kInfinitive) {
        // "vowed to ...", "has promised that no teacher will lose a job".
        if (!q.IsAnyCase(start, "to") && !(start > t + 1 && q.IsAnyCase(start - 1, "that")))
          continue;
      } else if (cue->frame == CueFrame::kQuestion) {
        if (!OpensQuestion(q, start)) continue;  // "asked about the plan": nothing reported
      } else {
        start = SkipCircumstance(q, start, limit);
      }
      if (start >= limit || q.quoted(start) || !OpensClauseWord(q, start)) continue;
      // "would say nothing about ...": nothing was said; "said no to the plan": refused it.
      if (q.IsAnyCase(start, "nothing") ||
          (q.IsAnyCaseOf(start, {"no", "yes"}) && q.IsAnyCase(start + 1, "to")))
        continue;
      // A reported clause opens with its subject (or "to" after "vowed"), not with a
      // conjunction or a preposition: "said when ...", "wrote in a memo".
      // ... unless "that" came first: "said that while polls showed ..., it was ...".
      const WordClass opener = q.Class(start);
      const bool after_that = start > t + 1 && q.IsAnyCase(start - 1, "that");
      if (cue->frame == CueFrame::kThat && !after_that) continue;  // "maintains a lead"
      // "when the primaries conclude, his campaign has argued that ...": after the cue's comma,
      // another attribution begins; the cue reports nothing.
      if (!after_that && start > t + 1 && q.IsPunct(start - 1, ",") &&
          AttributionStartsAt(q, start, limit)) {
        continue;
      }
      // "said if elected he would ...": a condition opens the reported clause.
      const bool condition = q.IsAnyCase(start, "if") && cue->frame != CueFrame::kInfinitive;
      // "said about 300,000 people had ...", "said about half of the rise was ...": a
      // preposition that counts opens the subject.
      const bool counted = opener == WordClass::kPreposition && IsCountOrShare(q, start + 1);
      if (cue->frame != CueFrame::kQuestion && !after_that && !condition && !counted &&
          (opener == WordClass::kConjunction || opener == WordClass::kSubordinator ||
           (opener == WordClass::kPreposition && cue->frame != CueFrame::kInfinitive))) {
        continue;
      }
      const std::uint32_t end = ClauseEnd(q, start, limit);
      if (end < start + 3 && !ShortAnswer(q, start, end, limit)) continue;
      // "had admitted 11 counts of fraud", "added a clause": words without a verb are the
      // object of such a cue, not what it reports.
      // So are the words after an object ("would demand an urgent meeting with management").
      if ((cue->frame == CueFrame::kClausal || cue->frame == CueFrame::kObject) && !after_that &&
          !HasPredicate(q, start, end))
        continue;
      // "reported $2.17 billion in gaming revenue", "announced $5 million in grants that will
      // help ...": an amount without a verb of its own, before any relative clause, is the
      // cue's object ("announced $5 million more was being sent" reports).
      if (!after_that && !q.IsWord(start)) {
        std::uint32_t own = start;
        while (own < end && !q.IsAnyCaseOf(own, {"that", "which", "who", "whose", "where"})) ++own;
        if (!HasPredicate(q, start, own)) continue;
      }
      // "he said Wednesday morning on MSNBC": a time and a place, nothing reported.
      if (!after_that && SkipTime(q, start, end) > start && !HasPredicate(q, start, end) &&
          !TimeIsSubject(q, start, end))
        continue;
      c.attribution.speaker = SpeakerOfCue(q, t, *cue);
      if (c.attribution.speaker.empty()) continue;
      c.token_spans.push_back({start, end});
      state->used_cue[t] = true;
      state->candidates.push_back(std::move(c));
    }
  }
  ContinueReportedSpeech(q, state, first_reported);
  InheritReportedSpeaker(q, state, first_reported);
}

}  // namespace newslens::quotes
