// Speaker phrases (see speaker_phrases.h).
#include "quotes/speaker_phrases.h"

#include <algorithm>

#include "lexicon/name_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "quotes/cues.h"
#include "quotes/reported_clauses.h"

namespace newslens::quotes {
namespace {

// True when the words [first, end), set off by commas after a name, label the person rather
// than name or describe anyone: a party and a state ("Mitch McConnell, R-Ky., said"), an age
// ("Scott, 69, said").
bool IsLabel(const QuoteText& q, std::uint32_t first, std::uint32_t end) {
  if (end == first + 1 && q.Kind(first) == TokenKind::kNumber) return true;
  const std::string_view w = q.Text(first);
  const bool party = w.size() > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-';
  return party && end - first <= 3;
}

// True when the words [first, end), set off by commas right before a cue, describe what
// comes before them rather than being the subject: "a doctor", "who ...", "Sanders' campaign
// manager" (a description ends in a word in small letters; a name does not).
bool Appositive(const QuoteText& q, std::uint32_t first, std::uint32_t end) {
  // "Democrat of Tennessee", "Secretary of State": a role of a place or a body; "Asia-Pacific
  // president of ...": a capitalized modifier before a role in small letters.
  return IsLabel(q, first, end) || q.Class(first) == WordClass::kDeterminer ||
         q.Class(first) == WordClass::kSubordinator || !q.IsCapitalized(first) ||
         q.IsPossessive(first) || Describes(q, Phrase{first, end}) ||
         (end > first + 2 && q.IsAnyCase(first + 1, "of")) ||
         (end > first + 1 && q.Kind(first + 1) == TokenKind::kWord && !q.IsCapitalized(first + 1) &&
          LookupPersonsRole(q.Text(first + 1)) != nullptr);
}

// True when the words [first, end), set off by commas before an appositive, are more of it:
// a participle, a relative or prepositional phrase ("facing a challenge in Iowa", "who lost
// her daughter in Aurora", "in 2012") or a place ("Aurora, Colorado"). A phrase with a
// determiner or a bare noun is the subject ("the mayor, a Democrat, said").
bool SetOff(const QuoteText& q, std::uint32_t first, std::uint32_t end) {
  if (IsLabel(q, first, end)) return true;
  // An age: "Corinne Abernathy, 38, a librarian, said".
  if (end == first + 1 && q.Kind(first) == TokenKind::kNumber) return true;
  const WordClass c = q.Class(first);
  if (c == WordClass::kSubordinator || c == WordClass::kPreposition) return true;
  const std::string_view w = q.Text(first);
  if (q.Kind(first) == TokenKind::kWord && !q.IsCapitalized(first) &&
      (w.ends_with("ing") || w.ends_with("ed"))) {
    return true;
  }
  const MentionRef* m = q.MentionAt(first);
  return m != nullptr && m->type == EntityType::kLoc && m->first_token == first &&
         m->end_token == end;
}

// True when the phrase `object`, after the preposition at `preposition`, belongs to the phrase
// `p` before it rather than to the clause: a name ("Analysts at Larch Capital", "officials in
// Washington"), or after a participle or adjective ("a person familiar with the plans", "a
// summary released by the office", "people close to him").
bool NarrowedBy(const QuoteText& q, const Phrase& p, std::uint32_t preposition,
                const Phrase& object) {
  if (StartsPostModifier(q, p.end - 1)) return true;
  if (!(q.IsAnyCase(preposition, "at") || q.IsAnyCase(preposition, "in") ||
        q.IsAnyCase(preposition, "from") || q.IsAnyCase(preposition, "with"))) {
    return false;
  }
  // "A diplomat from a northern member state, who asked not to be named, said": a phrase
  // set off by a comma from the rest of the clause belongs to the person it describes.
  if (Describes(q, p) && q.IsPunct(object.end, ",") && q.Class(object.first) != WordClass::kTime &&
      !q.IsPossessive(object.first)) {
    return true;
  }
  for (std::uint32_t k = object.first; k < object.end; ++k) {
    const MentionRef* m = q.MentionAt(k);
    if (m != nullptr && !m->pronoun && m->type != EntityType::kPer) return true;
  }
  return false;
}

// The "who" or "which" that opens a relative clause set off by commas and running on to the
// comma at `close` over commas of its own (an appositive, a phrase of time): no quotation, cue,
// dash or ", and" between; kNone when there is none within kAppositiveWindow tokens.
std::uint32_t RelativeClauseOpening(const QuoteText& q, std::uint32_t close, std::uint32_t start) {
  for (std::uint32_t k = close; k > start + 2 && close - k < kAppositiveWindow; --k) {
    const std::uint32_t w = k - 1;
    if (q.quoted(w) || q.IsSentencePunct(w) || q.IsDash(w) || CueAt(q, w) != nullptr ||
        (q.IsPunct(w, ",") && q.IsAnyCaseOf(w + 1, {"and", "or", "but"})))
      return kNone;
    if (q.IsAnyCaseOf(w, {"who", "which"}) && q.IsPunct(w - 1, ",") && w + 1 < close &&
        (StartsPredicate(q, w + 1) || q.Class(w + 1) == WordClass::kAdverb))
      return w;
  }
  return kNone;
}

// Whether a description of a person ends at `comma`: a role in small letters ("the board's
// chairman"), or a title in capitals that names no one ("The Police Public Relations
// Officer"), perhaps followed by a prepositional phrase ("the Chief Press Secretary to
// Governor Adebayo Olumide-Fagbemi", "... Officer in the state").
bool DescriptionBefore(const QuoteText& q, std::uint32_t comma, std::uint32_t start) {
  Phrase p = NounPhraseLeft(q, comma, start);
  if (!p.empty() && p.first > start + 1 && q.Class(p.first - 1) == WordClass::kPreposition &&
      !q.IsAnyCase(p.first - 1, "of"))
    p = NounPhraseLeft(q, p.first - 1, start);
  if (Describes(q, p)) return true;
  return !p.empty() && q.IsCapitalized(p.end - 1) && q.MentionAt(p.end - 1) == nullptr &&
         LookupTitleWord(q.Text(p.end - 1)) != nullptr;
}

}  // namespace

// "Beck, who ..., said": the relative pronoun at `who` is the speaker's mention; the phrase
// before its comma names the speaker. "voters who said ...": a restrictive relative clause,
// the same without the comma. "which" stands for a body ("the Chicago Police Department,
// which reported"), "who" for a person: after the name of a body that a phrase ends with ("a
// tech staffer at the State Department who told"), the phrase that holds it, and the person's
// name before that phrase when it is set off as a description ("John Bentel, a tech staffer
// at the State Department who told").
Phrase RelativeSpeaker(const QuoteText& q, std::uint32_t who, std::uint32_t start) {
  std::uint32_t end = q.IsPunct(who - 1, ",") ? who - 1 : who;
  // "the National Emergency Office (ONAE), which said": the phrase before the parenthesis.
  if (const std::uint32_t open = ShortParenthesisOpen(q, end, start); open != kNone) end = open;
  Phrase named = NounPhraseLeft(q, end, start);
  if (!Plausible(q, named)) return {};
  const MentionRef* body = q.MentionAt(named.head_first);
  if (q.IsAnyCase(who, "who") && body != nullptr && !body->pronoun &&
      body->type != EntityType::kPer && named.first > start + 1 &&
      q.Class(named.first - 1) == WordClass::kPreposition) {
    const Phrase holder = NounPhraseLeft(q, named.first - 1, start);
    // "Democrats in Iowa who": people of a place, named or not.
    if (Plausible(q, holder) && (Describes(q, holder) || body->type == EntityType::kLoc))
      named = holder;
  }
  // "John Bentel, a tech staffer at the State Department who told", "Geoff Garin, a Democratic
  // pollster who is working with ...": a description in apposition to the person's name before
  // its comma; also one a name ends, its head in small letters ("Farah Moosa, chief executive
  // of the Gauteng Chamber of Small Enterprise, who said").
  const bool description =
      Describes(q, named) || (named.head_first < named.end && q.IsWord(named.head_first) &&
                              !q.IsCapitalized(named.head_first));
  // ("Annamaria Schifano, then the girlfriend of Freddy's best friend, who was at the dinner":
  // a word of time may open the description.)
  std::uint32_t opens = named.first;
  if (opens > start + 2 && q.IsAnyCaseOf(opens - 1, {"then", "now", "formerly", "once"})) --opens;
  if (description && opens > start + 1 && q.IsPunct(opens - 1, ",")) {
    const MentionRef* person = q.MentionAt(opens - 2);
    if (person != nullptr && !person->pronoun && person->type == EntityType::kPer &&
        person->end_token == opens - 1 && person->first_token >= start) {
      named =
          Phrase{person->first_token, person->end_token, person->first_token, person->end_token};
    }
  }
  // "over the objections of the Brennan Patrolmen's Benevolent Association, which warned":
  // "which" stands for the organization named right before it, not the phrase that name ends.
  if (q.IsAnyCase(who, "which")) {
    const std::uint32_t last = end - 1;
    const MentionRef* body = q.MentionAt(last);
    if (body != nullptr && !body->pronoun && body->type == EntityType::kOrg &&
        body->end_token == last + 1 && body->first_token > named.first)
      named = Phrase{body->first_token, body->end_token, body->first_token, body->end_token};
  }
  Phrase p{who, who + 1, who, who + 1};
  p.antecedent_first = named.first;
  p.antecedent_end = named.end;
  return p;
}

Phrase ClauseSubject(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  const std::uint32_t start =
      std::max({q.SentenceAt(t).first_token, t > kWindow ? t - kWindow : 0, limit});
  // "the ministry said it remained “...” and accused the Brigades of ...": a cue that "and" joins
  // to an earlier cue of the sentence shares that cue's subject, not the reported clause's.
  if (const CueWord* here = CueAt(q, t); here != nullptr && !here->participle) {
    std::uint32_t v = t;
    while (v > start && q.Class(v - 1) == WordClass::kAdverb) --v;
    if (v > start + 1 && q.IsAnyCase(v - 1, "and") && !q.IsPunct(v - 2, ",")) {
      // (Within the clause: no comma or subordinator between them.)
      for (std::uint32_t k = v - 1; k > start; --k) {
        if (!q.quoted(k - 1) &&
            (q.IsPunct(k - 1, ",") || q.Class(k - 1) == WordClass::kSubordinator))
          break;
        const CueWord* before = q.quoted(k - 1) ? nullptr : CueAt(q, k - 1);
        if (before != nullptr && !before->participle) return ClauseSubject(q, k - 1, limit);
      }
    }
    // "The union said it would consider any offer that ..., but warned that ...": after a comma
    // and "but", a cue with no subject of its own goes on from the sentence's speaker, the
    // subject of the cue whose reported clause the comma ends (no other cue, no semicolon
    // between). Not after ", and", which as often goes on with the report's subject ("said
    // Otieno lied to investigators, and claimed he had never met the victim").
    if (v > start + 2 && q.IsAnyCase(v - 1, "but") && q.IsPunct(v - 2, ",")) {
      for (std::uint32_t k = v - 2; k > start; --k) {
        if (q.quoted(k - 1)) continue;
        if (q.IsPunct(k - 1, ";")) break;
        const CueWord* before = CueAt(q, k - 1);
        if (before == nullptr) continue;
        if (before->participle) break;
        return ClauseSubject(q, k - 1, limit);
      }
    }
  }
  std::uint32_t from = start;
  bool boundary = false;
  for (std::uint32_t k = t; k > start; --k) {
    const std::uint32_t b = k - 1;
    if (q.IsPunct(b, ";") ||
        (q.IsPunct(b, ",") && k < t && (q.IsAnyCase(k, "and") || q.IsAnyCase(k, "but")))) {
      from = q.IsPunct(b, ";") ? k : k + 1;
      boundary = true;
      break;
    }
  }
  // A window that cut the sentence short, with no clause boundary in it, starts mid-clause:
  // whatever phrase stands there is no subject.
  if (!boundary && start > std::max(q.SentenceAt(t).first_token, limit)) return {};
  // Skip an opening adverbial clause or phrase up to its comma: "In a statement,", "Asked
  // about it,", "Later in the day,", "Still,".
  auto opens_adverbial = [&](std::uint32_t w) {
    const WordClass c = q.Class(w);
    const std::string_view text = q.Text(w);
    // "Eight years ago,", "A few minutes later,": a count of time.
    const bool count_of_time =
        (IsCount(q, w) && q.Class(w + 1) == WordClass::kTime) ||
        (q.IsAnyCase(w, "a") && q.IsAnyCase(w + 1, "few") && q.Class(w + 2) == WordClass::kTime);
    return c == WordClass::kPreposition || c == WordClass::kSubordinator ||
           c == WordClass::kAdverb || c == WordClass::kTime || SkipTime(q, w, t) > w ||
           count_of_time ||
           (q.IsCapitalized(w) &&
            (text.ends_with("ed") || text.ends_with("ing") || IsLyAdverb(q, w)) &&
            q.MentionAt(w) == nullptr);
  };
  // Two or three in a row too: "Then, at a rally in Ohio on Monday, she ...".
  for (int skipped = 0; skipped < 3 && from < t && opens_adverbial(from); ++skipped) {
    const std::uint32_t before = from;
    for (std::uint32_t k = from; k < t; ++k) {
      if (q.quoted(k)) break;
      if (q.IsPunct(k, ",")) {
        from = k + 1;
        break;
      }
    }
    // "On Monday Northgate Hospital said": a preposition and a time without their comma.
    if (from == before && q.Class(from) == WordClass::kPreposition && from + 1 < t) {
      const std::uint32_t after_time = SkipTime(q, from + 1, t);
      if (after_time > from + 1) from = after_time;
    }
    if (from == before) break;
    // "in Salem, New Hampshire, Trump went": a place's state or country after its comma is
    // the phrase's too.
    const MentionRef* state = q.MentionAt(from);
    const MentionRef* town = from >= 2 ? q.MentionAt(from - 2) : nullptr;
    if (state != nullptr && town != nullptr && state->type == EntityType::kLoc &&
        town->type == EntityType::kLoc && state->first_token == from && state->end_token + 1 < t &&
        q.IsPunct(state->end_token, ",")) {
      from = state->end_token + 1;
    }
  }
  // "But the other candidate on the stage ... drew a contrast, saying": a conjunction that
  // opens the sentence is no part of its subject.
  while (from < t &&
         (q.IsOpenMark(from) || !q.IsWord(from) ||
          (q.Class(from) == WordClass::kConjunction && from + 1 < t && q.IsWord(from + 1))))
    ++from;
  // "And then Trump went on the attack, saying": an adverb after the conjunction too.
  if (from > start && q.Class(from - 1) == WordClass::kConjunction) {
    while (from + 1 < t && q.Class(from) == WordClass::kAdverb && !q.IsPunct(from + 1, ",")) ++from;
  }
  // "A few minutes later they reversed themselves": a count of time without its comma.
  from = SkipCountOfTime(q, from, t);
  // ", and specifically mentioned ...": a second predicate of the clause before the comma
  // shares its subject (searched for within this search's window).
  if (from > start + 2 && q.IsPunct(from - 2, ",") &&
      (q.Class(from) == WordClass::kAdverb || IsLyAdverb(q, from) || StartsPredicate(q, from))) {
    return ClauseSubject(q, from - 2, start);
  }
  if (const Phrase fields = FieldsTitleAndName(q, from, t); !fields.empty()) return fields;
  Phrase p = NounPhraseRight(q, from, t);
  if (!Plausible(q, p)) return {};
  // "Under cross-examination by Sharon Mok SC, counsel for the families, Lee admitted ...,
  // saying": a description set off by commas after the opening phrase's last name is that
  // name's appositive; the subject comes after it.
  if (Describes(q, p) && from >= start + 2 && q.IsPunct(from - 1, ",") && p.end + 1 < t &&
      q.IsPunct(p.end, ",")) {
    std::uint32_t name_end = from - 1;
    while (name_end > start && IsPostNominal(q.Text(name_end - 1))) --name_end;
    const MentionRef* named = q.MentionAt(name_end - 1);
    if (named != nullptr && !named->pronoun && named->type == EntityType::kPer &&
        named->end_token == name_end) {
      const Phrase after = NounPhraseRight(q, p.end + 1, t);
      if (Plausible(q, after)) return after;
    }
  }
  // "The museum's former curator, Dr. Ruth Okonkwo, said": the name speaks.
  if (Describes(q, p)) {
    const Phrase name = AppositiveName(q, p.end, t);
    if (!name.empty()) return name;
  }
  return p;
}

Phrase SourceCloseTo(const QuoteText& q, std::uint32_t end, std::uint32_t start) {
  constexpr std::uint32_t kLongestObject = 5;  // words after the preposition
  for (std::uint32_t prep = end - 1; prep > start + 1 && end - prep <= kLongestObject; --prep) {
    if (!q.IsWord(prep) || q.quoted(prep)) break;
    const bool close_to = (q.IsAnyCase(prep, "to") && q.IsAnyCase(prep - 1, "close")) ||
                          (q.IsAnyCase(prep, "with") && q.IsAnyCase(prep - 1, "familiar"));
    const std::uint32_t noun = prep - 2;
    if (!close_to || prep + 1 == end || !q.IsWord(noun) || q.Class(noun) != WordClass::kOther ||
        (q.IsCapitalized(noun) && noun != q.SentenceAt(noun).first_token))
      continue;
    // (The words after the preposition its object alone, no verb or subject among them: not
    // "people familiar with her thinking say she now acknowledges".)
    for (std::uint32_t k = prep + 1; k < end; ++k)
      if (!InNounPhrase(q, k) || q.IsCueForm(k) ||
          q.IsAnyCaseOf(k, {"he", "she", "they", "we", "i"}))
        return {};
    const Phrase p = NounPhraseLeft(q, prep - 1, start);
    if (p.empty() || p.end != prep - 1) return {};
    return Phrase{p.first, end, noun, noun + 1};
  }
  return {};
}

Phrase SpeakerBefore(const QuoteText& q, std::uint32_t cue, std::uint32_t limit) {
  const std::uint32_t start =
      std::max({q.SentenceAt(cue).first_token, cue > kWindow ? cue - kWindow : 0, limit});
  std::uint32_t t = cue;
  // Adverbs and auxiliaries before the cue ("has long said"), but not a name's last word that is
  // one elsewhere ("Theresa May said").
  auto skip_adverbs = [&] {
    while (t > start &&
           (q.Class(t - 1) == WordClass::kAdverb || q.Class(t - 1) == WordClass::kAuxiliary ||
            (q.Kind(t - 1) == TokenKind::kWord && !q.IsCapitalized(t - 1) &&
             q.Text(t - 1).ends_with("ly"))) &&
           !(q.IsCapitalized(t - 1) && q.MentionAt(t - 1) != nullptr)) {
      --t;
    }
  };
  skip_adverbs();
  // "The State Department less than two weeks ago said": a count of time stands between the
  // subject and the cue.
  std::uint32_t count_of_time = t;
  for (std::uint32_t k = t > 2 ? t - 2 : 0; k + 7 > t && k > start; --k)
    if (SkipCountOfTime(q, k, t) == t) count_of_time = k;  // the longest
  if (count_of_time < t) {
    t = count_of_time;
    skip_adverbs();
  }
  if (t >= start + 2 && q.IsAnyCase(t - 1, "as") && q.IsAnyCase(t - 2, "quoted")) {
    t -= 2;
    skip_adverbs();
  }
  // "Sen. Harry Reid (D-Nev.) said": a short parenthesis (a party, a state, an age) after the
  // name; before an appositive too ("Rep. Jim Jordan (R-Ohio), an oversight panel member,").
  auto skip_parenthesis = [&] {
    if (const std::uint32_t open = ShortParenthesisOpen(q, t, start); open != kNone) {
      t = open;
      skip_adverbs();
    }
  };
  skip_parenthesis();
  // "a ruling her lawyer described as ...", "the plan his office called ...": a person's role
  // a possessive pronoun opens, right before the cue, is its subject (a relative clause's
  // without "that"), not the sentence's subject.
  // (After a noun: not "A colleague of her lawyer said".)
  if (t > start + 2 && q.Kind(t - 1) == TokenKind::kWord && !q.IsCapitalized(t - 1) &&
      q.IsAnyCaseOf(t - 2, {"her", "his", "their"}) &&
      LookupPersonsRole(q.Text(t - 1)) != nullptr && q.Kind(t - 3) == TokenKind::kWord &&
      !q.IsCapitalized(t - 3) && q.Class(t - 3) == WordClass::kOther)
    return Phrase{t - 2, t, t - 1, t};
  // So is one a possessive noun with its article opens: "in a deal the bloc's secretary-general
  // described as ...".
  if (t > start + 5 && q.Kind(t - 1) == TokenKind::kWord && !q.IsCapitalized(t - 1) &&
      LookupPersonsRole(q.Text(t - 1)) != nullptr && q.Kind(t - 2) == TokenKind::kContraction &&
      q.Kind(t - 3) == TokenKind::kWord && !q.IsCapitalized(t - 3) && q.IsAnyCase(t - 4, "the") &&
      q.Kind(t - 5) == TokenKind::kWord && !q.IsCapitalized(t - 5) &&
      q.Class(t - 5) == WordClass::kOther)
    return Phrase{t - 4, t, t - 1, t};
  if (t > start + 1 && (q.IsAnyCase(t - 1, "who") || q.IsAnyCase(t - 1, "which")) &&
      (q.IsPunct(t - 2, ",") || (InNounPhrase(q, t - 2) && q.IsWord(t - 2)))) {
    return RelativeSpeaker(q, t - 1, start);
  }
  // Appositives and relative clauses between commas, one or more: "X, a doctor, said", "X,
  // who lost her daughter in Aurora, Colorado, in 2012, said". A name there after a
  // description is the speaker: "the board's chairman, Sir Geoffrey Lamb, wrote". A relative
  // clause may stand between dashes too: "Sanders - who ... - has vowed".
  // `close` is the comma (or dash) that closes the segment looked at; the speaker phrase
  // ends before the last one that closes an appositive.
  // "The alliance, which bargains on behalf of Paragon Pictures, Halcyon Studios, streamer
  // Northlight and five other companies, said": a relative clause that ends in a list, commas
  // and all, is one segment (not "her first name, Róisín, be used because ...").
  if (t > start + 2 && q.IsPunct(t - 1, ",")) {
    bool last_item = false, list = false;
    for (std::uint32_t k = t - 2; k > start + 1 && t - k < kAppositiveWindow && !q.quoted(k); --k) {
      if (q.IsPunct(k - 1, ",") && (q.IsAnyCase(k, "which") || q.IsAnyCase(k, "who"))) {
        if (list) t = k - 1;
        break;
      }
      if (q.IsPunct(k, ",") && !list) {
        if (!last_item) break;
        list = true;
      }
      last_item = last_item || (!list && (q.IsAnyCase(k, "and") || q.IsAnyCase(k, "or")));
    }
  }
  if (t > start && (q.IsPunct(t - 1, ",") || q.IsDash(t - 1))) {
    std::uint32_t close = t - 1;
    // A relative clause may describe an appositive before it ("Michael Mulgrew, president of
    // the United Federation of Teachers, which represents educators, said"): after one, an
    // appositive is skipped as after the cue.
    bool after_relative = false;
    for (int hop = 0; hop < 5 && close > start; ++hop) {
      const bool dash = q.IsDash(close);
      if (!dash && !q.IsPunct(close, ",")) break;
      auto opens_segment = [&](std::uint32_t b) { return dash ? q.IsDash(b) : q.IsPunct(b, ","); };
      std::uint32_t k = close;  // the segment is [k, close)
      while (k > start && !q.quoted(k - 1) && close - k < kAppositiveWindow &&
             !opens_segment(k - 1)) {
        --k;
      }
      if (k <= start || k == close || !opens_segment(k - 1)) break;
      if (dash) {
        if (q.Class(k) == WordClass::kSubordinator) t = k - 1;
        break;
      }
      // "The Police Public Relations Officer, SP Halima Danjuma, said": a name after a
      // description speaks, whatever stands before the name (a rank in capitals reads as a
      // label).
      if (hop == 0 && DescriptionBefore(q, k - 1, start)) {
        const Phrase name = AppositiveName(q, k - 1, close);
        // (A rank's or a seat's letters may end the segment: "..., Tom Hale MP, accused".)
        std::uint32_t name_end = name.end;
        while (!name.empty() && name_end < close && IsPostNominal(q.Text(name_end))) ++name_end;
        if (!name.empty() && name_end == close) return name;
      }
      // "Loïc Tessier, 58, a signalman ..., said": an age set off by commas.
      const bool age = close == k + 1 && q.Kind(k) == TokenKind::kNumber && q.Text(k).size() <= 3;
      // "X, of Ashton, Md., said", "X, in a statement, said": set off as well as appositives.
      const bool describes = hop == 0 || after_relative;
      if (!age &&
          !(describes ? Appositive(q, k, close) || SetOff(q, k, close) : SetOff(q, k, close))) {
        // "Nerea Goikoetxea, spokeswoman for the Federación, the club's largest supporters'
        // group, said": a person's appositive before one of the body it ends with.
        if (hop > 0 && k >= start + 2 && Appositive(q, k, close)) {
          const MentionRef* m = q.MentionAt(k - 2);
          if (m != nullptr && m->type == EntityType::kPer && m->end_token == k - 1) {
            t = k - 1;
            break;
          }
        }
        // "Teodora Vasquez, who has run Crumb & Kettle, a bakery on Sansom Street, for 11 years,
        // said": a relative clause with commas of its own, read back to its "who" as one
        // segment.
        if (const std::uint32_t who = RelativeClauseOpening(q, close, start); who != kNone) {
          after_relative = true;
          t = close = who - 1;
          continue;
        }
        break;
      }
      // A relative clause, or the state of a place that ends an appositive ("a librarian from
      // Pelham Ridge, Ohio,"): the appositive before it is read as after the cue.
      const MentionRef* place = q.MentionAt(k);
      const MentionRef* town = k >= 2 ? q.MentionAt(k - 2) : nullptr;
      // So is one before a place set off after its preposition ("a signalman with the rail
      // network in Port-Lérac, in Brittany,").
      const MentionRef* placed = k + 1 < close ? q.MentionAt(k + 1) : nullptr;
      after_relative =
          q.Class(k) == WordClass::kSubordinator ||
          (place != nullptr && place->type == EntityType::kLoc && place->first_token == k &&
           place->end_token == close && town != nullptr && town->type == EntityType::kLoc) ||
          (q.Class(k) == WordClass::kPreposition && placed != nullptr &&
           placed->type == EntityType::kLoc && placed->first_token == k + 1 &&
           placed->end_token == close);
      t = close = k - 1;
    }
    skip_parenthesis();
  }
  // "Even Republicans who have praised his candidacy warned", "a White House official who
  // spoke anonymously to discuss strategy said": a relative clause without commas between the
  // subject and the cue, whose "who" stands for the speaker (the phrase just before the cue is
  // the clause's object, not the subject).
  // As long as a lead's ("A landlady who has pulled pints at one of Thornleigh's oldest pubs
  // for almost three decades says").
  constexpr std::uint32_t kLongestRelativeClause = 20;  // tokens
  for (std::uint32_t k = t; k > start + 1 && t - k < kLongestRelativeClause; --k) {
    const std::uint32_t w = k - 1;
    if (q.quoted(w) || (!q.IsWord(w) && q.Kind(w) != TokenKind::kContraction)) break;
    if (q.IsAnyCase(w, "who") && w + 1 < t && q.IsWord(w - 1) && InNounPhrase(q, w - 1) &&
        (StartsPredicate(q, w + 1) || q.Class(w + 1) == WordClass::kAdverb)) {
      return RelativeSpeaker(q, w, start);
    }
    // "the company that runs the event said": "that" after a noun, before its verb and more
    // words, too (in "material that investigators said", a subject right before the cue).
    if (q.IsAnyCase(w, "that") && w + 2 < t && q.IsWord(w - 1) && !q.IsCapitalized(w - 1) &&
        InNounPhrase(q, w - 1) && q.Class(w - 1) == WordClass::kOther &&
        // (A present in -s has a plural noun's shape: "runs", "represents".)
        (StartsPredicate(q, w + 1) || IsPluralNoun(q, w + 1))) {
      const Phrase p = RelativeSpeaker(q, w, start);
      if (!p.empty()) return p;
    }
  }
  if (const Phrase source = SourceCloseTo(q, t, start); !source.empty()) return source;
  Phrase object;  // the object of a preposition the speaker phrase ends with, if any
  for (int pp = 0; pp < 3; ++pp) {
    Phrase p = NounPhraseLeft(q, t, start);
    if (p.empty()) return {};
    // A phrase after a preposition is its object ("in his 2024 campaign"): the subject is
    // further left.
    // "About 38 percent of the students said", "About half of voters say": "about", "over"
    // and "under" before a number or a share count it, opening the subject.
    if (p.first > start && IsCountOrShare(q, p.first) &&
        (q.IsAnyCase(p.first - 1, "about") || q.IsAnyCase(p.first - 1, "over") ||
         q.IsAnyCase(p.first - 1, "under")) &&
        (p.first - 1 == start || !InNounPhrase(q, p.first - 2))) {
      --p.first;
    }
    // "At least a dozen members of Congress told", "More than 40 percent of voters say": so do
    // two words of a bound.
    // ("least" may read as a noun phrase's word: the phrase then opens with it.)
    if (p.first > start && q.IsAnyCaseOf(p.first, {"least", "most"}) &&
        q.IsAnyCase(p.first - 1, "at") && IsCountOrShare(q, p.first + 1)) {
      ++p.first;
      SetHead(q, &p);  // of the phrase from the count on
      p.first -= 2;
    } else if (p.first > start + 1 && IsCountOrShare(q, p.first) &&
               ((q.IsAnyCase(p.first - 2, "at") && q.IsAnyCaseOf(p.first - 1, {"least", "most"})) ||
                (q.IsAnyCaseOf(p.first - 2, {"more", "fewer", "less"}) &&
                 q.IsAnyCase(p.first - 1, "than")))) {
      p.first -= 2;
    }
    // "Two in three said", "one in five say": a ratio.
    if (p.first > start + 1 && p.end == p.first + 1 && IsCount(q, p.first) &&
        q.IsAnyCase(p.first - 1, "in") && IsCount(q, p.first - 2)) {
      p.first -= 2;
      p.head_first = p.first;
      p.head_end = p.end;
      return p;
    }
    if (p.first > start && q.Class(p.first - 1) == WordClass::kPreposition &&
        !q.IsAnyCase(p.first - 1, "of") && !q.IsAnyCase(p.first - 1, "for")) {
      // "In a meeting with the editorial board of the Washington Post Trump said": an opening
      // phrase without its comma runs into the subject; a person's name that ends it, after a
      // word that does not belong to the name, is the subject.
      if (pp == 0) {
        const MentionRef* m = p.end > p.first ? q.MentionAt(p.end - 1) : nullptr;
        if (m != nullptr && m->type == EntityType::kPer && m->end_token == p.end &&
            m->first_token > p.first)
          return Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
      }
      object = p;
      t = p.first - 1;
      continue;
    }
    if (!Plausible(q, p)) return {};
    // ... unless the object narrows the subject down: "Analysts at Larch Capital", "a person
    // familiar with the plans", "people close to him".
    if (!object.empty() && object.first == t + 1 && NarrowedBy(q, p, t, object)) {
      p.end = object.end;
      SetHead(q, &p);
    }
    return p;
  }
  return {};
}

Phrase SpeakerAfter(const QuoteText& q, std::uint32_t cue_end) {
  const std::uint32_t end = q.SentenceAt(cue_end - 1).end_token;
  if (cue_end >= end) return {};
  const std::uint32_t t = cue_end;
  // "said lead author Maria Quint": a role in small letters, then the person's name.
  for (std::uint32_t k = t; k < end && k - t < 3; ++k) {
    if (q.Kind(k) != TokenKind::kWord || q.IsCapitalized(k) || q.quoted(k) ||
        q.Class(k) != WordClass::kOther || q.IsCueForm(k) || q.Text(k).ends_with("ed") ||
        q.Text(k).ends_with("ing")) {
      break;
    }
    const MentionRef* m = q.MentionAt(k + 1);
    if (m != nullptr && !m->pronoun && m->type == EntityType::kPer && m->first_token == k + 1) {
      return Phrase{t, m->end_token, m->first_token, m->end_token};
    }
  }
  // "..., says housing board", "..., says union": in a headline, a kind of organization and up
  // to two words that qualify it, which end the headline.
  if (q.InHeadline(t)) {
    std::uint32_t k = t;
    while (k < end && k - t < 3 && q.Kind(k) == TokenKind::kWord && !q.IsCapitalized(k) &&
           q.Class(k) == WordClass::kOther)
      ++k;
    std::uint32_t last = k;
    while (last < end && q.Kind(last) == TokenKind::kPunctuation) ++last;
    const RoleNoun* kind = k > t ? LookupRoleNoun(q.Text(k - 1)) : nullptr;
    if (last == end && kind != nullptr && kind->kind == RoleKind::kOrganization) {
      Phrase p{t, k, t, k};
      SetHead(q, &p);
      return p;
    }
  }
  // "said Trump", "said the mayor", "said former governor Howard Dean", "said retired Army
  // Lt. Gen. Mick Bednarek".
  if (q.IsAnyCase(t, "that") ||
      !(q.IsCapitalized(t) || q.Class(t) == WordClass::kDeterminer ||
        q.Class(t) == WordClass::kPronoun || LookupTitleWordAnyCase(q.Text(t)) != nullptr ||
        q.IsAnyCaseOf(t, {"retired", "longtime", "veteran"})))
    return {};
  Phrase p = NounPhraseRight(q, t, end);
  if (!Plausible(q, p)) return {};
  // "said the family's lawyer, Priya Raman": a description, then the person's name.
  if (!q.IsCapitalized(p.first)) {
    const Phrase name = AppositiveName(q, p.end, end);
    if (!name.empty()) return name;
  }
  if (Describes(q, p)) {
    ExtendByModifiers(q, &p, end);
    SetHead(q, &p);
  }
  return p;
}

Phrase AccordingToSource(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  Phrase source = NounPhraseRight(q, t + 2, limit);
  // "according to news reports": a form of a cue that is also a noun is the source's noun
  // here, where no verb can stand.
  while (source.end < limit && q.IsWord(source.end) && !q.IsCapitalized(source.end) &&
         !q.quoted(source.end)) {
    const CueWord* cue = LookupCue(q.Text(source.end));
    if (cue == nullptr || !cue->also_noun) break;
    ++source.end;
    SetHead(q, &source);
  }
  // "according to a poll last week", "a report Tuesday from WKOW": a time after the source's
  // noun tells when, and ends the source.
  for (std::uint32_t k = source.first + 1; k < source.end; ++k) {
    if (SkipTime(q, k, source.end) > k) {
      source.end = k;
      SetHead(q, &source);
      break;
    }
  }
  if (!Plausible(q, source)) return {};
  // "According to her spokesperson, Kenji Arakawa, the office ...": the name in apposition to a
  // person's description (not "According to the police report, John Smith, 45, was ...").
  // (Or a role and the phrase after it: "according to the council’s head of libraries, Gareth
  // Lomax.")
  bool persons_role = false;
  for (std::uint32_t k = source.first; k < source.end && !persons_role; ++k) {
    const TitleWord* w = LookupTitleWordAnyCase(q.Text(k));
    persons_role = LookupPersonsRole(q.Text(k)) != nullptr || (w != nullptr && !w->honorific) ||
                   (q.IsAnyCase(k, "head") && k + 1 < source.end && q.IsAnyCase(k + 1, "of"));
  }
  // "According to superintending engineer (water supply) Sunil Paranjape": a role, the field it
  // covers in brackets and small letters, then the person's name, as Indian papers write it.
  if (persons_role && q.IsPunct(source.end, "(")) {
    constexpr std::uint32_t kLongestField = 4;  // words: "(water supply)", "(east zone)"
    std::uint32_t close = source.end + 1;
    while (close < limit && close <= source.end + kLongestField && q.IsWord(close) &&
           !q.IsCapitalized(close))
      ++close;
    const MentionRef* name = close + 1 < limit ? q.MentionAt(close + 1) : nullptr;
    if (close > source.end + 1 && q.IsPunct(close, ")") && name != nullptr && !name->pronoun &&
        name->type == EntityType::kPer && name->first_token == close + 1)
      return NounPhraseRight(q, close + 1, limit);
  }
  if (Describes(q, source) && source.end > source.first && persons_role &&
      !IsDocumentNoun(q.Text(source.end - 1))) {
    const Phrase name = AppositiveName(q, source.end, limit);
    // (Set off by a comma, or ending the sentence: "..., according to the council’s head of
    // libraries, Gareth Lomax.")
    if (!name.empty() &&
        (name.end >= limit || q.IsPunct(name.end, ",") || q.IsSentencePunct(name.end)))
      return name;
  }
  ExtendByModifiers(q, &source, limit);
  SetHead(q, &source);
  return source;
}

}  // namespace newslens::quotes
