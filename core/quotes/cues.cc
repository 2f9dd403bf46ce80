// Cues (see cues.h).
#include "quotes/cues.h"

#include <string_view>

#include "lexicon/roles.h"
#include "values/value_lexicon.h"

namespace newslens::quotes {
namespace {

// "customers who were told they would ...", "Jokes are told": a cue in the passive has for
// subject whoever was addressed, not who spoke ("was quoted as saying" is read elsewhere).
bool Passive(const QuoteText& q, std::uint32_t t) {
  const std::string_view w = q.Text(t);
  if (!(w.ends_with("ed") || q.IsAnyCase(t, "told") || q.IsAnyCase(t, "said") ||
        q.IsAnyCase(t, "written")))
    return false;
  const std::uint32_t start = q.SentenceAt(t).first_token;
  for (std::uint32_t k = 1; k <= 3 && t >= start + k; ++k) {
    const std::uint32_t b = t - k;
    for (std::string_view be : {"is", "are", "was", "were", "be", "been", "being"})
      if (q.IsAnyCase(b, be)) return true;
    if (q.Class(b) != WordClass::kAdverb && !IsLyAdverb(q, b)) return false;
  }
  return false;
}

}  // namespace

namespace {

// "Voters in each state say", "supporters who came to protest the convention say": a plural
// noun (or a plural capitalized, opening the sentence) further left, before a preposition or
// "who" that opens a phrase or clause ending in the singular noun `before`, is the subject a
// plural verb after `before` agrees with.
bool PluralSubjectFurtherLeft(const QuoteText& q, std::uint32_t before, std::uint32_t start) {
  constexpr std::uint32_t kWindow = 12;  // tokens
  const auto plural = [&](std::uint32_t k) {
    if (IsPluralNoun(q, k)) return true;
    const std::string_view w = q.Text(k);
    return k == start && q.Kind(k) == TokenKind::kWord && q.Class(k) == WordClass::kOther &&
           w.size() > 3 && w.ends_with("s") && !w.ends_with("ss");
  };
  // (Between a preposition and `before`, one noun phrase's words alone, a determiner only
  // first: not "read passages from the books aloud during a public comment period", nor
  // "Teachers in the district want a greater say", where "say" is a noun.)
  const auto opens_place = [&](std::uint32_t k) {
    return q.IsAnyCaseOf(k, {"in", "at", "from", "across", "around"});
  };
  bool noun_phrase = true;
  for (std::uint32_t w = before; w > start && before - w < kWindow; --w) {
    if (q.quoted(w) || (!q.IsWord(w) && q.Kind(w) != TokenKind::kContraction)) return false;
    if (q.IsAnyCase(w, "who") && plural(w - 1)) return true;
    if (opens_place(w) && noun_phrase && plural(w - 1)) return true;
    const WordClass c = q.Class(w);
    noun_phrase = noun_phrase && (c == WordClass::kOther || q.Kind(w) == TokenKind::kNumber ||
                                  (c == WordClass::kDeterminer && opens_place(w - 1)));
  }
  return false;
}

}  // namespace

const CueWord* CueAt(const QuoteText& q, std::uint32_t t) {
  if (t >= q.size() || q.quoted(t) || q.Kind(t) != TokenKind::kWord) return nullptr;
  if (q.IsCapitalized(t) && !q.InHeadline(t)) return nullptr;
  if (!q.IsCueForm(t)) return nullptr;
  const CueWord* cue = LookupCue(q.Text(t));
  // A phrasal verb reports only with its particle: "pointed out", "shot back" (not "pointed to
  // a slate", "shot the video").
  if (const std::size_t space = cue->lemma.find(' ');
      space != std::string_view::npos &&
      !(t + 1 < q.size() && q.IsAnyCase(t + 1, cue->lemma.substr(space + 1))))
    return nullptr;
  // "<tweet id=...>" in a text that quotes markup: a tag's name, not a verb; nor is an
  // attribute's ("tweet_id=").
  if (t > 0 && (q.Is(t - 1, "<") || (q.Is(t - 1, "/") && t > 1 && q.Is(t - 2, "<"))))
    return nullptr;
  if (t + 1 < q.size() &&
      q.segmentation().tokens[t + 1].span.start == q.segmentation().tokens[t].span.end &&
      (q.Text(t + 1).starts_with("_") || q.Text(t + 1).starts_with("="))) {
    return nullptr;
  }
  const std::uint32_t start = q.SentenceAt(t).first_token;
  if (t > start) {
    const std::uint32_t before = t - 1;
    const WordClass c = q.Class(before);
    // "Some say", "but many said": a determiner that opens its clause alone is the subject.
    // "Two in three said": a ratio ends in one.
    const bool alone =
        StandsAlone(q, before) &&
        (before == start || !q.IsWord(before - 1) ||
         q.Class(before - 1) == WordClass::kConjunction ||
         q.Class(before - 1) == WordClass::kSubordinator ||
         (before >= start + 2 && q.IsAnyCase(before - 1, "in") && IsCount(q, before - 2)));
    // "The most telling promise", "a very telling sign": an adjective after a degree.
    if (cue->participle && q.IsAnyCaseOf(before, {"most", "more", "less", "very", "so", "quite"}))
      return nullptr;
    // "by saying that ...", "While telling reporters ...": a participle of a verb of saying
    // after a preposition of means or time reports as the verb would; after others it is a
    // noun ("of saying"), and other verbs' ("by suggesting", "after announcing") name an act
    // more often than they report words.
    const bool participle_clause =
        cue->participle && IsVerbOfSaying(cue->lemma) && OpensParticipleOfSaying(q, before);
    // After a possessive, a cue's form is a noun ("the company's report") or an adjective
    // ("Trump's reported net worth", "her alleged ties"), but for "said", "told" and "added",
    // whose subject is a name that ends in a possessive, a shop's or a hospital's ("Sainsbury’s
    // said", "a spokeswoman for St Enda’s said"), and for a verb after "he's" or "she's" ("he's
    // said he will fight": has said; not "she's told the list is being reviewed": is told).
    const auto after_possessive = [&] {
      if (cue->also_noun || cue->participle) return false;
      if (before > start && q.Kind(before) == TokenKind::kContraction &&
          q.IsAnyCaseOf(before - 1, {"he", "she"}))
        return !q.IsAnyCaseOf(t, {"told", "tells"});
      return q.IsAnyCaseOf(t, {"said", "says", "told", "tells", "added", "adds"});
    };
    if ((c == WordClass::kDeterminer && !alone) || ModifiesNounAsAdjective(q, before) ||
        (c == WordClass::kPreposition && !participle_clause) ||
        (q.IsPossessive(before) && !after_possessive())) {
      return nullptr;
    }
    // "have claims in the area": after a form of "have", a form that is also a noun is one
    // (the verb would be "have claimed").
    if (cue->also_noun &&
        (q.IsAnyCase(before, "have") || q.IsAnyCase(before, "has") || q.IsAnyCase(before, "had"))) {
      return nullptr;
    }
    // "a Donald Trump tweet": after a name that an indefinite article opens, a form that is
    // also a noun is one; with a clause of "that" it reports the clause for the name ("a New
    // York Times report that ...").
    if (cue->also_noun && q.IsCapitalized(before) && !q.IsAnyCase(t + 1, "that")) {
      std::uint32_t k = before;
      while (k > start && q.IsCapitalized(k) && q.IsWord(k)) --k;
      if (q.IsAnyCase(k, "a") || q.IsAnyCase(k, "an")) return nullptr;
    }
    // A form that is also a noun must stand where a verb can: after a name, a pronoun, an
    // adverb, an auxiliary, a relative pronoun, a plural noun ("experts say", "officials
    // claim") or a collective one ("police say"), a participle ("those surveyed say"), a
    // determiner standing alone ("Some say"), a comma or a closing quotation mark.
    if (cue->also_noun && q.Kind(before) == TokenKind::kWord && !q.IsCapitalized(before) &&
        c != WordClass::kPronoun && c != WordClass::kAdverb && c != WordClass::kAuxiliary &&
        !(c == WordClass::kSubordinator && q.IsAnyCaseOf(before, {"who", "that", "which"})) &&
        !q.Text(before).ends_with("ly") && !IsPluralNoun(q, before) &&
        !q.Text(before).ends_with("ed") && !alone &&
        // "police say", "a third say"; not "a police report", "police call", "a staff report":
        // after these nouns only "say" is the verb more often than a noun.
        !(IsCollectiveNoun(q, before) && cue->lemma == "say" && !q.Text(t).ends_with("s")) &&
        // "despite the housing secretary warning that ...": a participle after a person's role,
        // with "that" after it; "sent the district a letter (last week) warning that ...": after
        // a document, whose sender reports.
        !(cue->participle && q.IsAnyCase(t + 1, "that") &&
          (LookupPersonsRole(q.Text(before)) != nullptr || DocumentBefore(q, before, start))) &&
        !(!q.Text(t).ends_with("s") && PluralSubjectFurtherLeft(q, before, start))) {
      return nullptr;
    }
  }
  return Negated(q, t) || Passive(q, t) ? nullptr : cue;
}

bool DocumentBefore(const QuoteText& q, std::uint32_t t, std::uint32_t start) {
  // Past a time: "last week", "on Tuesday", "Tuesday".
  std::uint32_t k = t;
  while (k > start && q.Class(k) == WordClass::kTime) --k;
  if (k > start && k < t && q.IsAnyCaseOf(k, {"last", "this", "on"})) --k;
  return IsDocumentNoun(q.Text(k)) && !q.IsCapitalized(k);
}

bool IsCount(const QuoteText& q, std::uint32_t t) {
  if (q.Kind(t) == TokenKind::kNumber) return true;
  if (q.Kind(t) != TokenKind::kWord || q.Text(t).size() > 12) return false;
  const NumberWord* w = LookupNumberWord(AsciiLower(q.Text(t)));
  return w != nullptr && w->kind == NumberWordKind::kCardinal;
}

bool IsVerbOfSaying(std::string_view lemma) {
  for (std::string_view verb :
       {"say", "tell", "add", "write", "argue", "insist", "note", "explain", "claim"})
    if (lemma == verb) return true;
  return false;
}

bool OpensParticipleOfSaying(const QuoteText& q, std::uint32_t t) {
  return q.IsAnyCaseOf(t, {"by", "after", "before", "while", "when", "upon", "since"});
}

bool IsCountOrShare(const QuoteText& q, std::uint32_t t) {
  if (IsCount(q, t)) return true;
  if (q.IsAnyCase(t, "a") || q.IsAnyCase(t, "one")) ++t;
  return q.IsAnyCaseOf(t, {"half", "third", "thirds", "quarter", "quarters", "fifth", "dozen"}) ||
         (q.Kind(t) == TokenKind::kWord && q.Text(t).ends_with("-thirds"));
}

bool StandsAlone(const QuoteText& q, std::uint32_t t) {
  for (std::string_view w : {"some", "several", "many", "both", "one", "two", "three", "another",
                             "others", "most", "few", "none"})
    if (q.IsAnyCase(t, w)) return true;
  return false;
}

bool IsLyAdverb(const QuoteText& q, std::uint32_t t) {
  const std::string_view w = q.Text(t);
  return q.Kind(t) == TokenKind::kWord && w.size() > 5 && w.ends_with("ly") && !w.ends_with("ily");
}

namespace {

// The plurals in -men of nouns in -man ("women", "spokesmen", "congressmen"), in -people
// ("townspeople") and "children"; not the singulars that end so ("specimen", "abdomen").
bool IsIrregularPlural(std::string_view w) {
  if (w == "men" || w == "children" || w.ends_with("women") || w.ends_with("people")) return true;
  if (!w.ends_with("men") || w.size() < 6) return false;
  for (std::string_view singular : {"specimen", "abdomen", "regimen", "acumen", "stamen", "dolmen"})
    if (w == singular) return false;
  return true;
}

}  // namespace

bool IsPluralNoun(const QuoteText& q, std::uint32_t t) {
  const std::string_view w = q.Text(t);
  if (q.Kind(t) != TokenKind::kWord || q.IsCapitalized(t) || q.Class(t) != WordClass::kOther)
    return false;
  if (IsIrregularPlural(w)) return true;
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
         LookupCue(w) == nullptr;
}

bool IsCollectiveNoun(const QuoteText& q, std::uint32_t t) {
  if (q.Kind(t) != TokenKind::kWord || q.IsCapitalized(t)) return false;
  for (std::string_view w : {"police", "people", "staff", "majority", "minority", "third", "half",
                             "quarter", "percent"}) {
    if (q.Is(t, w)) return true;
  }
  return false;
}

bool Negated(const QuoteText& q, std::uint32_t t) {
  const std::uint32_t start = q.SentenceAt(t).first_token;
  for (std::uint32_t k = 1; k <= 3 && t >= start + k; ++k) {
    const std::uint32_t b = t - k;
    if (q.Class(b) == WordClass::kNegation || q.IsAnyCase(b, "declined") ||
        q.IsAnyCase(b, "refused")) {
      return true;
    }
    if (!(q.Class(b) == WordClass::kAuxiliary || q.Class(b) == WordClass::kAdverb ||
          q.IsAnyCase(b, "to"))) {
      // "nobody had told them how long ...", "no one said": no one's words.
      return q.IsAnyCase(b, "nobody") ||
             (q.IsAnyCase(b, "one") && b > start && q.IsAnyCase(b - 1, "no"));
    }
  }
  return false;
}

bool IsAccordingTo(const QuoteText& q, std::uint32_t t) {
  return q.IsAnyCase(t, "according") && t + 1 < q.size() && q.IsAnyCase(t + 1, "to") &&
         !q.quoted(t);
}

std::uint32_t SkipTime(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  std::uint32_t k = t;
  while (k < limit && k - t < 6) {
    if (q.Class(k) == WordClass::kTime) {
      ++k;
    } else if (k + 1 < limit && q.Class(k + 1) == WordClass::kTime &&
               (q.IsAnyCase(k, "this") || q.IsAnyCase(k, "last") || q.IsAnyCase(k, "next") ||
                q.IsAnyCase(k, "that") || q.IsAnyCase(k, "each") || q.IsAnyCase(k, "every") ||
                q.IsAnyCase(k, "early") || q.IsAnyCase(k, "late"))) {
      k += 2;
    } else {
      break;
    }
  }
  return k;
}

std::uint32_t SkipCountOfTime(const QuoteText& q, std::uint32_t t, std::uint32_t limit) {
  std::uint32_t k = t;
  const auto any = [&](std::uint32_t w, std::initializer_list<std::string_view> words) {
    return w < limit && q.IsAnyCaseOf(w, words);
  };
  if (any(k, {"less", "more"}) && any(k + 1, {"than"})) {
    k += 2;
  } else if (any(k, {"about", "nearly", "almost", "just", "only", "some"})) {
    ++k;
  }
  // The count is optional before a plural ("Days later").
  if (k < limit && (IsCount(q, k) || any(k, {"a", "several", "many"}))) ++k;
  if (any(k, {"few", "couple"})) {
    ++k;
    if (any(k, {"of"})) ++k;
  }
  const bool unit = any(k, {"second", "seconds", "minute", "minutes", "hour", "hours", "moment",
                            "moments", "decade", "decades", "century", "centuries"});
  if (k >= limit || !(q.Class(k) == WordClass::kTime || unit)) return t;
  ++k;
  return any(k, {"ago", "later", "earlier"}) ? k + 1 : t;
}

bool ModifiesNounAsAdjective(const QuoteText& q, std::uint32_t t) {
  // (After an article or a possessive only: "Both later said" is a subject and its verb.)
  return t > 0 &&
         (q.IsAnyCaseOf(t - 1, {"a", "an", "the", "this", "that", "its", "his", "her", "their"}) ||
          q.IsPossessive(t - 1)) &&
         q.IsAnyCaseOf(t, {"earlier", "later", "recent", "previous", "separate"});
}

bool TakesObject(const CueWord& cue) {
  return cue.frame == CueFrame::kObject || cue.frame == CueFrame::kQuestion;
}

bool OpensQuestion(const QuoteText& q, std::uint32_t t) {
  for (std::string_view w :
       {"whether", "if", "how", "what", "why", "who", "when", "where", "which"}) {
    if (q.IsAnyCase(t, w)) return true;
  }
  return false;
}

}  // namespace newslens::quotes
