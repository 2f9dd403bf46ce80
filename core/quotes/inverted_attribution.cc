// Inverted attributions (see inverted_attribution.h).
#include "quotes/inverted_attribution.h"

#include <algorithm>

#include "quotes/cues.h"
#include "quotes/reported_clauses.h"
#include "quotes/speaker_phrases.h"

namespace newslens::quotes {
namespace {

// A subject longer than a noun phrase between the comma that ends reported words and their
// cue: "..., a study of nearly 4,800 students in Sweden and Norway has found." It opens with a
// determiner, a name or a plural and holds only the words of noun phrases, prepositions and
// "and" (no verb: "..., the race will be tight, said X" has none to offer); auxiliaries and
// adverbs may stand before the cue. Empty when [first, cue) is not such a subject.
Phrase DescriptiveSubject(const QuoteText& q, std::uint32_t first, std::uint32_t cue) {
  std::uint32_t end = cue;
  while (end > first &&
         (q.Class(end - 1) == WordClass::kAuxiliary || q.Class(end - 1) == WordClass::kAdverb)) {
    --end;
  }
  // Or a bare plural: "..., people familiar with the session said", "sources close to him"; or a
  // possessive pronoun: "..., its vice-chancellor has said".
  const bool owned = q.IsAnyCaseOf(first, {"its", "his", "her", "their"});
  if (end < first + 2 || !(q.Class(first) == WordClass::kDeterminer || q.IsCapitalized(first) ||
                           IsPluralNoun(q, first) || IsCollectiveNoun(q, first) || owned))
    return {};
  for (std::uint32_t t = first; t < end; ++t) {
    if (q.quoted(t) || !(q.IsWord(t) || q.Is(t, "-") || q.Is(t, "&"))) return {};
    if (q.Kind(t) == TokenKind::kContraction && !q.IsPossessive(t)) return {};
    // "one listing the facts": a participle opens a clause of the writer's.
    if (!q.IsCapitalized(t) && q.Text(t).size() > 4 && q.Text(t).ends_with("ing")) return {};
    const WordClass c = q.Class(t);
    if (c == WordClass::kAuxiliary || c == WordClass::kNegation || c == WordClass::kVerb ||
        c == WordClass::kSubordinator || (c == WordClass::kPronoun && !q.IsPossessive(t)) ||
        (c == WordClass::kConjunction && !q.IsAnyCase(t, "and")) ||
        (!q.IsCapitalized(t) && q.IsCueForm(t))) {
      return {};
    }
  }
  const WordClass last = q.Class(end - 1);
  if (last == WordClass::kPreposition || last == WordClass::kDeterminer ||
      last == WordClass::kConjunction || !q.IsWord(end - 1)) {
    return {};
  }
  Phrase p{first, end};
  SetHead(q, &p);
  return p;
}

// The speaker of a cue right after a comma, when it is a subject set off by commas with its
// appositives: "..., Helen Carter, the company's chief executive, said", "..., his top aide,
// Tad Devine, told". Sets `*first` to where the subject begins, after the comma that ends
// the reported words; empty when there is no such subject.
Phrase SetOffSubject(const QuoteText& q, std::uint32_t cue, std::uint32_t* first) {
  const std::uint32_t start = q.SentenceAt(cue).first_token;
  const Phrase p = SpeakerBefore(q, cue);
  if (!Plausible(q, p) || p.first <= start + 1) return {};
  std::uint32_t begin = p.first;
  // A description before the name it is in apposition to: "his top aide, Tad Devine".
  if (q.IsPunct(begin - 1, ",")) {
    const Phrase description = NounPhraseLeft(q, begin - 1, start);
    if (Describes(q, description) && description.first > start + 1 &&
        q.IsPunct(description.first - 1, ",")) {
      begin = description.first;
    }
  }
  if (!q.IsPunct(begin - 1, ",") || q.quoted(begin - 2)) return {};
  // Between the subject and the cue, appositives and relative clauses only: a segment with a
  // verb of its own that is not a relative clause is the end of the reported words ("...,
  // the race will be tight, said X").
  bool relative = false;
  for (std::uint32_t k = p.end; k < cue; ++k) {
    if (q.IsPunct(k, ",")) {
      relative = q.Class(k + 1) == WordClass::kSubordinator;
    } else if (!relative &&
               (q.Class(k) == WordClass::kAuxiliary || q.Class(k) == WordClass::kVerb)) {
      return {};
    }
  }
  *first = begin;
  return p;
}

// "..., the Austin, Texas-based company said": the one comma inside an attribution, between a
// city and the state or country whose participle makes an adjective of both. `tail` is the
// first token after the last comma before the cue; returns the determiner that opens the
// attribution before the city and its comma, or `tail` when the words are not of that shape.
std::uint32_t OverCityOfPlaceParticiple(const QuoteText& q, std::uint32_t tail,
                                        std::uint32_t first) {
  std::uint32_t place_end = tail;  // "Texas", "New Jersey"
  while (place_end < tail + 2 && q.IsCapitalized(place_end)) ++place_end;
  if (place_end == tail || !q.JoinsParticiple(place_end)) return tail;
  std::uint32_t city = tail - 1;  // from the comma back over "Austin", "San Jose"
  while (city > first && tail - 1 - city < 3 && q.IsCapitalized(city - 1) && !q.quoted(city - 1))
    --city;
  if (city == tail - 1 || city < first + 2) return tail;
  const std::uint32_t determiner = city - 1;
  if (!q.IsAnyCaseOf(determiner, {"the", "a", "an"}) || !q.IsPunct(determiner - 1, ","))
    return tail;
  return determiner;
}

}  // namespace

Inverted InvertedAttribution(const QuoteText& q, std::uint32_t cue, const CueWord& word) {
  Inverted inv;
  const Sentence& s = q.SentenceAt(cue);
  std::uint32_t tail = cue;
  while (tail > s.first_token && !q.IsPunct(tail - 1, ",") && cue - tail < 16) --tail;
  if (tail <= s.first_token + 1 || !q.IsPunct(tail - 1, ",") || q.quoted(tail - 2)) return inv;
  // Where the phrase is read from: the state's name, after the city's comma.
  const std::uint32_t phrase_tail = tail;
  tail = OverCityOfPlaceParticiple(q, tail, s.first_token);
  std::uint32_t end = s.end_token;
  // "..., political analysts say; in 2012, ...": a semicolon ends the attribution as the
  // sentence's end does.
  for (std::uint32_t k = cue + 1; k < end; ++k) {
    if (q.IsPunct(k, ";") && !q.quoted(k)) {
      end = k;
      break;
    }
  }
  while (end > cue && (q.IsSentencePunct(end - 1) || q.IsCloseMark(end - 1))) --end;
  Phrase p;
  std::uint32_t after = cue + 1;  // the first token after the attribution
  bool speaker_after = false;
  bool described = false;  // the speaker phrase is a description of a name (DescriptiveSubject)
  if (tail < cue) {        // ", Okafor said"
    // "..., Sen. Chuck Grassley (R-Iowa) told POLITICO.": a short parenthesis (a party, a
    // state) between the name and the cue, perhaps with adverbs after it.
    std::uint32_t before_cue = cue;
    while (before_cue > tail && (q.Class(before_cue - 1) == WordClass::kAdverb ||
                                 q.Class(before_cue - 1) == WordClass::kAuxiliary)) {
      --before_cue;
    }
    const std::uint32_t open = ShortParenthesisOpen(q, before_cue, tail);
    const std::uint32_t name_end = open != kNone && open > tail ? open : cue;
    p = NounPhraseLeft(q, name_end, phrase_tail);
    if (!p.empty() && p.first == phrase_tail) p.first = tail;
    // "..., current and former officials said": two phrases joined by "and" are one subject.
    if (!p.empty() && p.first > tail + 1 && q.IsAnyCase(p.first - 1, "and") &&
        NounPhraseLeft(q, p.first - 1, tail).first == tail) {
      p.first = tail;
    }
    if (name_end != cue) {
      if (p.empty() || p.first != tail) return inv;
    } else {
      // "..., a source close to him said."
      if (p.empty() || p.first != tail) {
        const Phrase source = SourceCloseTo(q, cue, tail);
        if (!source.empty() && source.first == tail) p = source;
      }
      if (p.empty() || p.first != tail) {
        p = DescriptiveSubject(q, tail, cue);
        described = true;
      }
      if (p.empty()) return inv;
    }
    // "..., a charge the company denied": a noun and a relative clause without "that", whose
    // subject says nothing of the words before the comma.
    for (std::uint32_t k = p.first + 1; k < p.end; ++k)
      if (q.Class(k) == WordClass::kDeterminer && q.Kind(k - 1) == TokenKind::kWord &&
          !q.IsCapitalized(k - 1) && q.Class(k - 1) == WordClass::kOther)
        return inv;
    // Only adverbs and auxiliaries may stand between the phrase (or its parenthesis) and the
    // cue.
    for (std::uint32_t k = name_end != cue ? before_cue : p.end; k < cue; ++k)
      if (q.Class(k) != WordClass::kAdverb && q.Class(k) != WordClass::kAuxiliary) return inv;
  } else if (std::uint32_t first; !(p = SetOffSubject(q, cue, &first)).empty()) {
    tail = first;  // ", Helen Carter, the company's chief executive, said"
  } else {         // ", said Robert Egge"
    // "Obama, who has denounced the attack, reiterated his frustration": the words before the
    // comma are the cue's own subject and its appositives, not words it reports.
    const Phrase subject = SpeakerBefore(q, cue);
    if (Plausible(q, subject) && subject.first <= s.first_token) return inv;
    p = SpeakerAfter(q, cue + 1);
    after = p.end;
    speaker_after = true;
  }
  if (!Plausible(q, p)) return inv;
  // ", Republican senators have vowed to block ...", "..., an officer now charged with ...":
  // a cue that needs its words after it ("to ...", "that ...") has none of them before it.
  if (word.frame == CueFrame::kInfinitive && q.IsAnyCase(after, "to")) return inv;
  // "..., families of the victims urged the senator to apologize": a request's object and
  // infinitive after the cue are its words.
  if (word.frame == CueFrame::kObject && !speaker_after) {
    for (std::uint32_t k = after; k + 1 < end && k - after < 8; ++k) {
      if (q.IsAnyCase(k, "to") && q.Kind(k + 1) == TokenKind::kWord && !q.IsCapitalized(k + 1) &&
          q.Class(k + 1) == WordClass::kOther)
        return inv;
    }
  }
  if (word.frame == CueFrame::kThat) {
    std::uint32_t k = after;
    while (k < end && (q.Class(k) == WordClass::kAdverb || SkipTime(q, k, end) > k))
      k = std::max(k + 1, SkipTime(q, k, end));
    if (k < end && !q.IsPunct(k, ",")) return inv;
  }
  // What may follow: the rest of an attribution (SkipAttributionTail), an appositive after a
  // name that follows the cue (", executive director of ..."), or, after ", he said,", the
  // rest of the reported words.
  std::uint32_t k = SkipAttributionTail(q, after, end, TakesObject(word) && !speaker_after);
  // "..., power utility Motlakase warned on Monday as it published a schedule that ...": a
  // clause a subordinator opens after the attribution is the writer's. Not after a phrase that
  // only holds its speaker ("..., a step Keltria has demanded since 2024"), nor one that names
  // no one ("John Mbadi, chairman of the ODM party, live tweeted as ..."), nor where the
  // sentence opens with a subordinate clause of its own ("As Kenyatta addressed the nation,
  // Raila Odinga responded ... as he live-tweeted").
  const bool names_speaker = q.IsCapitalized(p.first) ||
                             q.Class(p.first) == WordClass::kDeterminer ||
                             (p.first < p.end && q.MentionAt(p.end - 1) != nullptr);
  if (k < end && !described && names_speaker &&
      q.Class(s.first_token) != WordClass::kSubordinator &&
      q.IsAnyCaseOf(k, {"as", "while", "when", "after", "before", "because", "since", "although",
                        "though", "until"}))
    k = end;
  // ", said a handful of Democrats who point to ...": a relative clause that narrows the
  // speaker after the cue.
  if (speaker_after && k < end && q.IsAnyCaseOf(k, {"who", "whose"})) k = end;
  if (k < end && q.IsPunct(k, ",")) {
    if (speaker_after) {
      k = end;  // an appositive to the speaker's name
    } else if (k + 1 < end && q.IsWord(k + 1) && !q.quoted(k + 1) &&
               q.Class(k + 1) != WordClass::kSubordinator && !q.IsAnyCase(k + 1, "even") &&
               q.Class(k + 1) != WordClass::kConjunction && !OpensParticipleClause(q, k + 1)) {
      inv.resume = k + 1;  // "It was, he said, one of ..."
      k = end;
    } else {
      k = end;  // "..., Carter said, even though ...": the rest is the writer's
    }
  }
  if (k != end) return inv;
  inv.tail = tail;
  inv.speaker = p;
  return inv;
}

bool InvertedAttributionAt(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  for (std::uint32_t k = t; k < limit && k - t < 12; ++k) {
    const CueWord* cue = CueAt(q, k);
    if (cue == nullptr || cue->participle) continue;
    return InvertedAttribution(q, k, *cue).tail == t;
  }
  return false;
}

}  // namespace newslens::quotes
