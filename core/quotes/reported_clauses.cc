// Reported clauses (see reported_clauses.h).
#include "quotes/reported_clauses.h"

#include <algorithm>

#include "quotes/cues.h"
#include "quotes/inverted_attribution.h"
#include "quotes/noun_phrases.h"
#include "values/value_lexicon.h"

namespace newslens::quotes {
namespace {

// True when the auxiliary at `aux`, after "and" or "but" in a reported clause that opens at
// `start`, goes on with that clause rather than starting a predicate of the speaker's: a modal
// ("had recovered £60,000 and would seek the rest", "had not been invited and would not
// respect any deal"), or an auxiliary when the clause has one of its own ("Kovacevic would
// wear No. 7 and was expected to ...", "the board had not determined a cause and did not
// expect ...") or its subject is a pronoun ("he would ask ... but did not expect one"). Not before
// a verb of speaking or telling, the speaker's own ("... and would not comment", "and did not
// elaborate"), unless it repeats the clause's own first auxiliary: the clause's subject's second
// predicate ("the group had detected ... and had taken", "the government would summon ... and
// would ask"), or the verb, not negated, has an article after it, an act's object ("and would
// demand an urgent meeting").
bool ContinuesReportedClause(const QuoteText& q, std::uint32_t start, std::uint32_t aux) {
  bool clause_aux = false;
  for (std::uint32_t k = start; k < aux; ++k) {
    if (q.quoted(k) || q.Class(k) != WordClass::kAuxiliary) continue;
    if (q.IsAnyCase(aux, q.Text(k))) return true;
    clause_aux = true;
    break;
  }
  std::uint32_t verb = aux + 1;
  bool negated = false;
  while (verb < q.size() &&
         (q.Class(verb) == WordClass::kNegation || q.Class(verb) == WordClass::kAdverb)) {
    negated = negated || q.Class(verb) == WordClass::kNegation;
    ++verb;
  }
  // (A cue's form with an article after it, not negated, is an act, not the speaker's word:
  // "and would demand an urgent meeting"; "and would not confirm the number" is the speaker's.)
  if (verb < q.size() && q.IsWord(verb) &&
      ((q.IsCueForm(verb) && (negated || !q.IsAnyCaseOf(verb + 1, {"a", "an", "the"}))) ||
       q.IsAnyCaseOf(verb, {"elaborate", "comment", "specify", "identify", "discuss", "disclose",
                            "detail", "answer", "respond", "return", "offer", "name"})))
    return false;
  // (A form of "be" only before what is expected of the clause's subject: "and was expected to
  // make his debut", "but was yet to receive a reply"; "and was unable to give details", "and
  // were appealing for witnesses" are the speaker's.)
  if (clause_aux && (!q.IsAnyCaseOf(aux, {"was", "were", "is", "are"}) ||
                     q.IsAnyCaseOf(verb, {"expected", "due", "set", "scheduled", "slated", "likely",
                                          "unlikely", "poised", "yet"})))
    return true;
  const PronounKind subject = PronounKindOf(q.Text(start));
  if (subject == PronounKind::kMale || subject == PronounKind::kFemale ||
      subject == PronounKind::kPlural || subject == PronounKind::kSpeaker ||
      subject == PronounKind::kNeuter) {
    return true;
  }
  static constexpr std::string_view kModals[] = {"would",  "could", "will", "can",
                                                 "should", "might", "may",  "must"};
  bool modal = false;
  for (std::string_view m : kModals) modal = modal || q.IsAnyCase(aux, m);
  return modal;
}

}  // namespace

namespace {

// The comma that closes a parenthesis opened by the comma at `comma`, right after the short
// subject of the clause from `start` ("Trump, despite his wealth, is ..."), when a predicate
// follows it; kNone otherwise.
std::uint32_t ParenthesisAfterSubject(const QuoteText& q, std::uint32_t start, std::uint32_t comma,
                                      std::uint32_t limit) {
  constexpr std::uint32_t kLongestSubject = 5, kLongestParenthesis = 12;  // tokens
  if (comma == start || comma - start > kLongestSubject || HasPredicate(q, start, comma))
    return kNone;
  for (std::uint32_t k = comma + 2; k < limit && k - comma <= kLongestParenthesis; ++k) {
    // Not an attribution: "The plan, he said, works" (ClauseEnd ends the clause there). Words,
    // numbers and their units ("winds of 155km/h near its centre").
    const bool part = q.IsWord(k) || q.Kind(k) == TokenKind::kNumber || q.IsPunct(k, ",") ||
                      q.IsPunct(k, "/") || q.IsPunct(k, "%");
    if (q.quoted(k) || !part || CueAt(q, k) != nullptr) return kNone;
    if (!q.IsPunct(k, ",")) continue;
    std::uint32_t v = k + 1;
    while (v < limit && (q.Class(v) == WordClass::kAdverb || IsLyAdverb(q, v))) ++v;
    return v < limit && StartsPredicate(q, v) ? k : kNone;
  }
  return kNone;
}

// The closing parenthesis of the one that opens at `open` when it holds a number, an amount or a
// conversion ("(80 kph)", "($19,390)", "(US$10.8 billion)") or one word ("(NSF)"), in a few
// words; kNone otherwise.
std::uint32_t ShortParenthesis(const QuoteText& q, std::uint32_t open, std::uint32_t limit) {
  constexpr std::uint32_t kLongest = 5;  // tokens inside: "(49 square kilometers)"
  std::uint32_t close = open + 1;
  while (close < limit && close - open <= kLongest + 1 && !q.IsPunct(close, ")") &&
         !q.IsPunct(close, "(") && !q.IsSentencePunct(close))
    ++close;
  if (close >= limit || !q.IsPunct(close, ")") || close == open + 1) return kNone;
  const std::uint32_t first = open + 1;
  // "(80 kph)", "($19,390)", "(US$10.8 billion)", "(USD 10.8 billion)", "(about 647 billion
  // U.S. dollars)"
  const auto amount_at = [&](std::uint32_t t) {
    return q.Kind(t) == TokenKind::kNumber || IsCurrencySign(q, t) ||
           (q.IsAllCaps(t) && q.Text(t).size() <= 3 &&
            (IsCurrencySign(q, t + 1) || q.Kind(t + 1) == TokenKind::kNumber));
  };
  const bool amount =
      amount_at(first) ||
      (first + 1 < close &&
       q.IsAnyCaseOf(first, {"about", "around", "roughly", "nearly", "almost", "approximately",
                             "some", "over", "under", "more", "less"}) &&
       amount_at(q.IsAnyCase(first + 1, "than") ? first + 2 : first + 1));
  const bool one_word = close == first + 1 && q.IsWord(first);
  return amount || one_word ? close : kNone;
}

}  // namespace

std::uint32_t ClauseEnd(const QuoteText& q, std::uint32_t start, std::uint32_t limit) {
  limit = std::min(limit, start + kClauseWindow);
  // "While he has said he will fight all the way, Sanders must decide ...": a report inside the
  // subordinate clause that opens the sentence ends at the comma that closes that clause.
  const std::uint32_t opening = q.SentenceAt(start).first_token;
  // (Not a relative's or a question's word, "So" or "Than".)
  bool in_opening_clause =
      q.Class(opening) == WordClass::kSubordinator &&
      !q.IsAnyCaseOf(opening, {"that", "whether", "which", "who", "whom", "whose", "so", "than"});
  for (std::uint32_t k = opening; in_opening_clause && k < start; ++k)
    in_opening_clause = !q.IsPunct(k, ",") && !q.quoted(k);
  std::uint32_t t = start;
  for (; t < limit; ++t) {
    // A comma inside a closing mark (“... Johnson,” explaining ...) ends a clause as well.
    const bool comma =
        q.IsPunct(t, ",") || (q.IsCloseMark(t) && t > start && q.IsPunct(t - 1, ","));
    if (q.quoted(t) && !q.IsOpenMark(t) && !comma) continue;
    if (q.IsPunct(t, "(")) {
      // "gusts of up to 50 mph (80 kph) were expected", "the Northern Salvation Front (NSF)
      // failed": a conversion or an abbreviation in parentheses is inside the clause; other
      // parentheses end it.
      const std::uint32_t close = ShortParenthesis(q, t, limit);
      if (close == kNone) break;
      t = close;
      continue;
    }
    if (q.IsPunct(t, ":") && t + 1 < limit && q.IsOpenMark(t + 1)) break;
    if (in_opening_clause && comma && !q.quoted(t)) break;
    // "said the jurors had voted, and that the holdouts had asked ...": a second clause of the
    // same report goes on under the same cue.
    const auto second_clause = [&](std::uint32_t k) {
      return (q.IsAnyCase(k, "and") || q.IsAnyCase(k, "but")) && q.IsAnyCase(k + 1, "that") &&
             k + 2 < limit && StartsReportedClause(q, k + 2);
    };
    if (!q.quoted(t) && t > start &&
        (second_clause(t) || (q.IsPunct(t, ",") && second_clause(t + 1)))) {
      t += q.IsPunct(t, ",") ? 2 : 1;
      continue;
    }
    // "said Trump, despite his wealth, is better placed": a parenthesis between the reported
    // clause's subject and its predicate is inside the clause.
    if (comma && !q.quoted(t)) {
      const std::uint32_t close = ParenthesisAfterSubject(q, start, t, limit);
      if (close != kNone) {
        t = close;
        continue;
      }
    }
    // "..., as principals warned that ...", "schools ‘will not lose a dollar’ as principals
    // revolt": "as" opening a clause after a closing mark, or after a comma a clause that
    // attributes words of its own, is the writer's ("..., as it could no longer afford the rent"
    // is the report's reason).
    const auto as_clause = [&](std::uint32_t k) {
      if (!q.IsAnyCase(k, "as") || k + 2 >= limit ||
          q.IsAnyCaseOf(k + 1, {"well", "much", "many", "long", "soon", "far", "if", "though",
                                "part", "of", "a", "an", "such", "to"}))
        return false;
      if (q.IsCloseMark(k - 1)) return true;
      for (std::uint32_t v = k + 1; v < std::min(k + 6, limit); ++v)
        if (!q.quoted(v) && CueAt(q, v) != nullptr) return true;
      return false;
    };
    if (!q.quoted(t) && t > start && (q.IsCloseMark(t - 1) || q.IsPunct(t - 1, ",")) &&
        as_clause(t))
      break;
    if (comma && t + 1 < limit) {
      const std::uint32_t n = t + 1;
      if (q.IsAnyCase(n, "even") || q.IsAnyCase(n, "although") || q.IsAnyCase(n, "though") ||
          q.IsAnyCase(n, "while") || q.IsAnyCase(n, "despite") ||
          // (", whereas ..." goes on with a report that "that" opened, the speaker's contrast:
          // "says that children ..., whereas vaccinated children ..."; after a report without it
          // the contrast is the writer's: "said its profit rose 5 percent, whereas analysts had
          // expected ...".)
          (q.IsAnyCase(n, "whereas") && !(start > 0 && q.IsAnyCase(start - 1, "that"))) ||
          (q.IsAnyCase(n, "but") && !q.IsAnyCase(n + 1, "that")) || q.IsAnyCase(n, "compared") ||
          IsAccordingTo(q, n)) {
        break;
      }
      // "..., which she accused of ignoring requests": a relative clause in which the speaker
      // speaks again, after the whole report, is the writer's ("the backlog, which he
      // estimated at R25-billion, would take ..." goes on).
      if (q.IsAnyCaseOf(n, {"which", "whom", "who"}) && n + 2 < limit &&
          q.Class(n + 1) == WordClass::kPronoun && !q.IsPossessive(n + 1) && CueAt(q, n + 2) &&
          HasPredicate(q, start, t))
        break;
      // "..., a move that would hit the busiest weeks", "..., a claim the government denies": a
      // noun in apposition to the whole report and its relative clause, the writer's comment on
      // it.
      if (q.IsAnyCaseOf(n, {"a", "an"}) && n + 2 < limit &&
          q.IsAnyCaseOf(n + 1, {"move", "step", "decision", "development", "figure", "sign", "blow",
                                "setback", "claim", "charge", "reversal", "shift"}) &&
          q.IsAnyCaseOf(n + 2, {"that", "which", "the", "its", "his", "her", "their"}))
        break;
      // ", saying ...": the speaker's participle; ", said he was ...": the main verb after a
      // relative clause ("X, who said the project was vetted, said he ..."). Not a word in -ing
      // that a list goes on from ("its sales, recruiting and platform teams").
      const bool listed =
          q.IsAnyCase(n + 1, "and") || q.IsAnyCase(n + 1, "or") || q.IsPunct(n + 1, ",");
      // A participle of what happened goes on with the report ("had endured six years of
      // drought, leaving its reservoirs at a quarter of capacity"); one of what a speaker does
      // ends it ("citing", "blaming", "referring").
      const bool result =
          q.IsAnyCaseOf(n, {"leaving", "forcing", "causing", "bringing", "pushing", "sending",
                            "making", "killing", "raising", "lifting", "taking", "putting"});
      if ((OpensParticipleClause(q, n) && !listed && !result) || CueAt(q, n) != nullptr) break;
      if (q.IsAnyCase(n, "and") || q.IsAnyCase(n, "but")) {
        std::uint32_t v = n + 1;
        while (v < limit && q.Class(v) == WordClass::kAdverb) ++v;
        if (v < limit && (StartsPredicate(q, v) || AttributionStartsAt(q, v, limit))) break;
      }
      // ", X said." closes the clause that came before it; so does ", he said there ...".
      if (InvertedAttributionAt(q, n, limit) || AttributionStartsAt(q, n, limit)) break;
    }
    // "... and suggested that ...", "... and would not identify ...": a second predicate of
    // the speaker, not of the reported clause.
    if ((q.IsAnyCase(t, "and") || q.IsAnyCase(t, "but")) && t > start) {
      std::uint32_t v = t + 1;
      while (v < limit && q.Class(v) == WordClass::kAdverb) ++v;
      if (v < limit && (CueAt(q, v) != nullptr ||
                        (q.Class(v) == WordClass::kAuxiliary && !q.IsAnyCase(v, "be") &&
                         !q.IsAnyCase(v, "been") && !ContinuesReportedClause(q, start, v))))
        break;
      // "she was “sad but not surprised” and offered to ...", "“meeting by meeting” and declined
      // to say whether": after the speaker's own words in marks, a verb of what a speaker does
      // with the audience is the speaker's next act ("the landlord ignored her and declined to
      // repair the roof" goes on).
      // So is "questioning" and what it asks, which the cues leave out for its use as a noun or
      // an adjective ("saying the board had “left it far too late” and questioning why ...").
      if (v < limit && (q.IsCloseMark(t - 1) || q.Is(t - 1, "\"")) &&
          (q.IsAnyCaseOf(v, {"declined", "offered", "pointed", "urged", "thanked", "apologised",
                             "apologized", "appealed"}) ||
           (q.IsAnyCase(v, "questioning") && v + 1 < limit &&
            q.IsAnyCaseOf(v + 1, {"why", "how", "whether", "what", "who", "when", "if"}))))
        break;
      // "... “very difficult for the board to refuse”, and put the chances of a deal at better
      // than even": after the speaker's words in marks and a comma, a verb and its object.
      if (v < limit && t >= start + 2 && q.IsPunct(t - 1, ",") &&
          (q.IsCloseMark(t - 2) || q.Is(t - 2, "\"")) && VerbBeforeObject(q, v, limit, false))
        break;
      // "... and she accused X of ...": a new attribution.
      if (v < limit && AttributionStartsAt(q, v, limit)) break;
    }
    // "...; 46 percent said ...": a new attribution after a semicolon.
    if (q.IsPunct(t, ";") && t + 1 < limit && AttributionStartsAt(q, t + 1, limit)) break;
  }
  if (t < limit && q.IsCloseMark(t)) return t + 1;  // the mark closes words of the clause
  while (t > start && (q.IsSentencePunct(t - 1) || q.IsPunct(t - 1, ",") || q.IsPunct(t - 1, ":")))
    --t;
  return t;
}

bool IsCurrencySign(const QuoteText& q, std::uint32_t t) {
  return t < q.size() && q.Kind(t) == TokenKind::kPunctuation &&
         LookupCurrencySign(q.Text(t)) != nullptr;
}

bool OpensParticipleClause(const QuoteText& q, std::uint32_t t) {
  if (q.Kind(t) != TokenKind::kWord || q.IsCapitalized(t) || q.Class(t) != WordClass::kOther) {
    return false;
  }
  const std::string_view w = q.Text(t);
  if (w.size() <= 5 || !w.ends_with("ing") || w.ends_with("thing")) return false;
  for (std::string_view preposition :
       {"including", "regarding", "concerning", "following", "excluding", "according"}) {
    if (w == preposition) return false;
  }
  return true;
}

bool HasPredicate(const QuoteText& q, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t t = first; t < end; ++t) {
    if (q.quoted(t)) continue;
    const WordClass c = q.Class(t);
    if (c == WordClass::kAuxiliary || c == WordClass::kNegation || c == WordClass::kVerb)
      return true;
    if (t > first && q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) &&
        (q.Text(t).ends_with("ed") || q.IsCueForm(t))) {
      return true;
    }
  }
  return false;
}

bool StartsPredicate(const QuoteText& q, std::uint32_t t) {
  if (q.Kind(t) != TokenKind::kWord || q.IsCapitalized(t)) return false;
  const WordClass c = q.Class(t);
  if (c == WordClass::kVerb || c == WordClass::kAuxiliary) return true;
  const std::string_view w = q.Text(t);
  return LookupCue(w) != nullptr || (w.size() > 4 && w.ends_with("ed"));
}

std::uint32_t SkipAttributionTail(const QuoteText& q, std::uint32_t k, std::uint32_t limit,
                                  bool object) {
  const std::uint32_t from = k;
  if (object) {
    while (k < limit && InNounPhrase(q, k) && k - from < 5) ++k;
  }
  // Adverbs, times and prepositional phrases, in any order: "said in an exchange with
  // reporters in the Oval Office on Friday".
  while (k < limit && k - from < 20) {
    if (q.Class(k) == WordClass::kAdverb) {
      ++k;
    } else if (const std::uint32_t time = SkipTime(q, k, limit); time > k) {
      k = time;
    } else if (q.Class(k) == WordClass::kPreposition ||
               // "said after a stormy session", "announced before the vote": "after" and its
               // kind before a noun phrase, not a clause ("said after he was elected").
               (q.IsAnyCaseOf(k, {"after", "before", "following", "during", "until"}) &&
                k + 1 < limit &&
                (q.Class(k + 1) == WordClass::kDeterminer || q.Class(k + 1) == WordClass::kTime))) {
      ++k;
      // "said in posing the question to ...", "said by explaining ...": a gerund after "in" or
      // "by", with its object (not "of working people": an adjective there; nor a cue's, "by
      // saying", which reports words of its own).
      if (k < limit && q.Kind(k) == TokenKind::kWord && !q.IsCapitalized(k) &&
          q.Text(k).ends_with("ing") && q.Text(k).size() > 4 && !q.IsCueForm(k) &&
          q.IsAnyCaseOf(k - 1, {"in", "by"}))
        ++k;
      while (k < limit && InNounPhrase(q, k) && q.Class(k) != WordClass::kPreposition) ++k;
    } else if (q.IsPunct(k, "(")) {
      // "said on Wednesday (Apr 16)", "(local time)": a short aside in parentheses.
      constexpr std::uint32_t kLongestAside = 5;  // tokens inside
      std::uint32_t close = k + 1;
      while (close < limit && close - k <= kLongestAside && !q.IsPunct(close, ")") &&
             !q.IsPunct(close, "("))
        ++close;
      if (close >= limit || !q.IsPunct(close, ")")) break;
      k = close + 1;
    } else {
      break;
    }
  }
  return k;
}

bool StartsReportedClause(const QuoteText& q, std::uint32_t t) {
  if (q.IsAnyCase(t, "that") || q.IsAnyCase(t, "if") || q.IsAnyCase(t, "whether")) return true;
  const WordClass c = q.Class(t);
  // "said his campaign was ...": a possessive opens the subject too.
  return c == WordClass::kPronoun || c == WordClass::kDeterminer;
}

bool AttributionStartsAt(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  std::uint32_t k = t;
  if (k < limit && q.Class(k) == WordClass::kPronoun && !q.IsPossessive(k)) {
    ++k;
  } else {
    const Phrase p = NounPhraseRight(q, t, std::min(limit, t + 6));
    if (p.empty()) return false;
    k = p.end;
    // "... and 17 reports of flooding": a count's plural noun, not "46 percent said" nor "12
    // warned of further walkouts".
    if (p.end == p.first + 1 && q.Kind(p.first) == TokenKind::kNumber && k + 1 < limit &&
        q.IsAnyCase(k + 1, "of") && q.Text(k).ends_with("s")) {
      const CueWord* noun = CueAt(q, k);
      if (noun != nullptr && noun->also_noun) return false;
    }
  }
  while (k < limit && (q.Class(k) == WordClass::kAdverb || q.Class(k) == WordClass::kAuxiliary))
    ++k;
  const CueWord* cue = k < limit ? CueAt(q, k) : nullptr;
  return cue != nullptr && !cue->participle;
}

std::uint32_t ClauseStart(const QuoteText& q, std::uint32_t cue_end, const CueWord& cue,
                          std::uint32_t limit) {
  std::uint32_t t = cue_end;
  while (t < limit && q.Class(t) == WordClass::kAdverb) ++t;
  bool object = false;  // an object was passed over
  if (TakesObject(cue) && t < limit && !q.IsAnyCase(t, "that")) {
    // The object: one noun phrase; a determiner or pronoun after its noun opens the clause.
    std::uint32_t k = t;
    bool noun = false;
    while (k < limit && InNounPhrase(q, k) && !OpensQuestion(q, k) && k - t < 8) {
      const WordClass c = q.Class(k);
      if (noun && (c == WordClass::kDeterminer || c == WordClass::kPronoun)) break;
      if (c != WordClass::kDeterminer) noun = true;
      ++k;
    }
    // "told reporters at City Hall (that)": a place phrase may follow the object.
    if (k < limit && (q.IsAnyCase(k, "at") || q.IsAnyCase(k, "in") || q.IsAnyCase(k, "on"))) {
      std::uint32_t j = k + 1;
      while (j < limit && InNounPhrase(q, j) && j - k < 6) ++j;
      if (j < limit && q.IsAnyCase(j, "that")) k = j;
    }
    object = k > t;
    t = k;
  }
  // "said on Friday that ...", "said in an interview with The Associated Press last week
  // that ...": a phrase of time or place may stand before "that", but not a clause ("said there
  // was clear evidence that ...").
  // ("told reporters after nine hours of talks that ...": "after" and its kind are
  // prepositions there.)
  // ("told The Post and Courier newspaper of Charleston on Saturday that ...": the rest of a
  // long name, after the words of the object, too.)
  // "said on CNN, where he is now a paid contributor, that ...", "said — on Twitter, as it
  // happens — that ...": an aside set off by commas or dashes, then "that".
  const auto that_after_aside = [&](std::uint32_t open) -> std::uint32_t {
    // (Not a person's name: "the Treasury secretary, Jacob J. Lew, that ..." is a name in
    // apposition and the complaint's clause; a place's state may be: "in Buffalo, New York,
    // that ...".)
    const MentionRef* named = open + 1 < limit ? q.MentionAt(open + 1) : nullptr;
    if ((!q.IsPunct(open, ",") && !q.IsDash(open)) || open + 1 >= limit || !q.IsWord(open + 1) ||
        (named != nullptr && named->type == EntityType::kPer))
      return kNone;
    constexpr std::uint32_t kLongestAside = 14;  // tokens
    for (std::uint32_t j = open + 1; j + 1 < limit && j - open <= kLongestAside; ++j) {
      if (q.quoted(j) || q.IsSentencePunct(j)) return kNone;
      if ((q.IsPunct(j, ",") || q.IsDash(j)) && q.IsAnyCase(j + 1, "that")) return j + 2;
    }
    return kNone;
  };
  if (t < limit && q.IsDash(t)) {
    if (const std::uint32_t after = that_after_aside(t); after != kNone) return after;
  }
  const bool phrase_first =
      t < limit &&
      (object || q.Class(t) == WordClass::kPreposition || SkipTime(q, t, limit) > t ||
       q.IsCapitalized(t) || q.IsAnyCase(t, "after") || q.IsAnyCase(t, "before") ||
       q.IsAnyCase(t, "since") || q.IsAnyCase(t, "despite") || q.IsAnyCase(t, "until"));
  for (std::uint32_t k = t; phrase_first && k < limit && k - t < 12; ++k) {
    if (q.IsAnyCase(k, "that")) {
      t = k + 1;
      break;
    }
    // "said on Tuesday (March 11) that": a short parenthesis inside the phrase.
    if (q.Is(k, "(")) {
      std::uint32_t close = k + 1;
      while (close < limit && close - k < 6 && !q.Is(close, ")") && !q.quoted(close)) ++close;
      if (close < limit && q.Is(close, ")")) {
        k = close;
        continue;
      }
    }
    // (A possessive pronoun after a preposition is inside the phrase: "said in a notice on its
    // website that"; elsewhere it opens the clause: "told NPR her team considered that".)
    if (k > t) {
      if (const std::uint32_t after = that_after_aside(k); after != kNone) return after;
    }
    const WordClass c = q.Class(k);
    const bool possessive = k > t && q.Class(k - 1) == WordClass::kPreposition &&
                            q.IsAnyCaseOf(k, {"its", "his", "her", "their", "our"});
    if (!q.IsWord(k) || q.quoted(k) || c == WordClass::kAuxiliary || c == WordClass::kVerb ||
        (c == WordClass::kPronoun && !possessive)) {
      break;
    }
  }
  if (t < limit && q.IsAnyCase(t, "that")) ++t;
  while (t < limit && (q.IsPunct(t, ",") || q.IsPunct(t, ":"))) ++t;
  return t;
}

std::uint32_t SkipCircumstance(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  std::uint32_t k = t;
  if (k < limit && q.Class(k) == WordClass::kPreposition) {
    ++k;
    // The phrase ends at a time ("on Wednesday it would ...") and before a pronoun, which
    // opens the clause.
    while (k < limit && InNounPhrase(q, k) && !q.IsAnyCase(k, "that") && k - t < 7) {
      if (q.Class(k) == WordClass::kPronoun && !q.IsPossessive(k)) break;
      if (q.Class(k++) == WordClass::kTime) break;
    }
  }
  while (k < limit) {
    const std::uint32_t time = SkipTime(q, k, limit);
    if (time == k && q.Class(k) != WordClass::kAdverb) break;
    k = std::max(time, k + 1);
  }
  if (k == t) return t;
  while (k < limit && q.IsPunct(k, ",")) ++k;
  if (k < limit && q.IsAnyCase(k, "that")) return k + 1;
  const WordClass c = k < limit ? q.Class(k) : WordClass::kOther;
  const bool subject =
      c == WordClass::kPronoun || c == WordClass::kDeterminer || (k < limit && q.IsCapitalized(k));
  return subject ? k : t;
}

std::uint32_t ReportedStart(const QuoteText& q, const Sentence& s, std::uint32_t end) {
  std::uint32_t begin = std::max(s.first_token, end > kClauseWindow ? end - kClauseWindow : 0);
  while (begin < end && !q.IsWord(begin)) ++begin;
  // "“I admire the mechanics” of the plan, he said": the words open with a quotation, whose
  // mark they hold as they hold its closing one.
  if (begin > s.first_token && q.IsOpenMark(begin - 1) && q.quoted(begin)) --begin;
  return begin;
}

}  // namespace newslens::quotes
