// Noun phrases (see noun_phrases.h).
#include "quotes/noun_phrases.h"

#include "lexicon/name_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "quotes/cues.h"
#include "text/cue_lexicon.h"

namespace newslens::quotes {
namespace {

// Whether a person's role in small letters and its preposition come right before token `t`,
// from `first` on ("spokesman for" before "Trump", "deputy for" before "Seine-Saint-Denis").
bool AfterPersonsRole(const QuoteText& q, std::uint32_t t, std::uint32_t first) {
  if (t < first + 2 || !q.IsAnyCaseOf(t - 1, {"for", "of", "from", "to"}) ||
      q.Kind(t - 2) != TokenKind::kWord || q.IsCapitalized(t - 2))
    return false;
  const RoleNoun* role = LookupRoleNoun(q.Text(t - 2));
  return role != nullptr && role->kind == RoleKind::kPerson;
}

// The mention that names the phrase's referent. An organization or place names it only when
// the phrase is that name ("The Washington Post said"), not when it describes a person ("a
// spokesman for the Department", which sets `names_other`).
const MentionRef* NamingMention(const QuoteText& q, const Phrase& p, bool* names_other) {
  const MentionRef* best = nullptr;
  for (std::uint32_t t = p.first; t < p.end; ++t) {
    const MentionRef* m = q.MentionAt(t);
    if (m == nullptr || m->first_token < p.first || m->end_token > p.end) continue;
    // A name followed by a common noun modifies it: "a White House spokesman", "Trump's
    // lawyer".
    bool modifier = false;
    for (std::uint32_t k = m->end_token; k < p.end; ++k) {
      if (q.Kind(k) == TokenKind::kWord && !q.IsCapitalized(k) &&
          q.Class(k) != WordClass::kPreposition) {
        modifier = true;
        break;
      }
      if (q.Class(k) == WordClass::kPreposition) break;
    }
    // "a spokesman for Trump", "the deputy for Gironde": a name after a person's role and its
    // preposition is whom or where the role is held for, whatever the tagger made of it.
    if (modifier || AfterPersonsRole(q, m->first_token, p.first)) {
      *names_other = true;
      t = m->end_token - 1;
      continue;
    }
    // "Foreign Minister Orhan Belek of Sarvania": a name after a preposition completes the
    // person's before it, whatever the tagger made of it.
    const bool complement = best != nullptr && best->type == EntityType::kPer &&
                            q.Class(m->first_token - 1) == WordClass::kPreposition;
    if (!complement &&
        (best == nullptr || m->type == EntityType::kPer || best->type != EntityType::kPer))
      best = m;
    t = m->end_token - 1;
  }
  if (best == nullptr || best->type == EntityType::kPer) return best;
  // "a spokesman for the Department", "the agency's director": the name is someone else's;
  // "the nonpartisan Congressional Budget Office": a word in small letters right before the
  // name that ends the phrase describes it.
  const bool ends_phrase = best->end_token == p.end;
  // "the campaign group Save Maes Births", "food delivery platform Foodzy": an organization's
  // kind right before its name is the organization, with the words that modify the kind.
  const RoleNoun* kind_before =
      best->first_token > p.first ? LookupRoleNoun(q.Text(best->first_token - 1)) : nullptr;
  const bool named_kind = ends_phrase && best->type == EntityType::kOrg && kind_before != nullptr &&
                          kind_before->kind == RoleKind::kOrganization &&
                          !q.IsCapitalized(best->first_token - 1);
  for (std::uint32_t t = p.first; t < best->first_token; ++t) {
    if (q.Class(t) == WordClass::kDeterminer || q.IsCapitalized(t)) continue;
    // ("the state Office of ...": a place's noun modifies it too.)
    const RoleNoun* role = LookupRoleNoun(q.Text(t));
    const bool adjective = ends_phrase && q.Kind(t) == TokenKind::kWord &&
                           q.Class(t) == WordClass::kOther && !q.IsPossessive(t + 1) &&
                           (role == nullptr || role->kind == RoleKind::kPlace);
    const bool modifies_kind = named_kind && q.Kind(t) == TokenKind::kWord && !q.IsPossessive(t);
    if (!adjective && !modifies_kind) {
      *names_other = true;
      return nullptr;
    }
  }
  return best;
}

// True when the word at `t` opens a verb's object (an article or a possessive pronoun in small
// letters) or, with `particles`, completes a phrasal verb ("back", "out"): a word in small
// letters before it is a verb, not a noun of the phrase around it.
bool OpensObject(const QuoteText& q, std::uint32_t t, bool particles) {
  static constexpr std::string_view kObjectOpeners[] = {"the",   "a",   "an",  "his", "her",
                                                        "their", "its", "our", "my"};
  static constexpr std::string_view kParticles[] = {"back", "out"};
  if (q.Kind(t) != TokenKind::kWord || q.IsCapitalized(t) || q.quoted(t)) return false;
  for (const std::string_view w : kObjectOpeners)
    if (q.Is(t, w)) return true;
  if (particles)
    for (const std::string_view w : kParticles)
      if (q.Is(t, w)) return true;
  return false;
}

bool PronounHead(const QuoteText& q, Phrase* p) {
  for (std::uint32_t t = p->first; t < p->end; ++t) {
    if (q.Class(t) == WordClass::kPronoun && !q.IsPossessive(t)) {
      p->head_first = t;
      p->head_end = t + 1;
      return true;
    }
  }
  return false;
}

// The last run of capitalized words, past determiners ("The").
bool CapitalizedHead(const QuoteText& q, Phrase* p) {
  std::uint32_t run_end = kNone;
  for (std::uint32_t t = p->end; t-- > p->first;) {
    // Not a determiner or an adverb that opens a sentence ("The", "Just 28 percent"), nor a
    // possessive pronoun before a relative, whom the reference layer may name ("Her husband").
    const bool cap = q.IsCapitalized(t) && q.Class(t) != WordClass::kDeterminer &&
                     q.Class(t) != WordClass::kAdverb &&
                     !(q.IsAnyCaseOf(t, {"his", "her"}) && t + 1 < p->end &&
                       KinshipGender(q.Text(t + 1)) != Gender::kUnknown);
    if (cap && run_end == kNone) run_end = t + 1;
    // "The Minister for Health", "Secretary of State": a title's "for" or "of" is inside it.
    if (!cap && run_end != kNone && t > p->first &&
        (q.IsAnyCase(t, "for") || q.IsAnyCase(t, "of")) && q.IsCapitalized(t - 1) &&
        LookupTitleWord(q.Text(t - 1)) != nullptr)
      continue;
    if (!cap && run_end != kNone) {
      p->head_first = t + 1;
      p->head_end = run_end;
      return true;
    }
  }
  if (run_end == kNone) return false;
  p->head_first = p->first;
  while (p->head_first < run_end && q.Class(p->head_first) == WordClass::kDeterminer)
    ++p->head_first;
  p->head_end = run_end;
  return true;
}

// A common noun phrase: its first words after determiners, possessives and modifying names,
// up to "of"/"for" ("a spokesman for the state Department" -> "spokesman", "several" ->
// "several").
void NounHead(const QuoteText& q, Phrase* p) {
  std::uint32_t t = p->first;
  // Where a possessor of a few words in small letters ends, after its possessive's mark, if
  // one opens at `k` ("the host country's [top diplomat]"); `k` otherwise.
  const auto past_possessor = [&](std::uint32_t k) {
    constexpr std::uint32_t kLongestPossessor = 3;  // words
    for (std::uint32_t w = k; w < p->end && w - k <= kLongestPossessor; ++w) {
      if (q.Kind(w) == TokenKind::kContraction)
        return q.IsPossessive(w) && w > k && w + 1 < p->end ? w + 1 : k;
      if (!q.IsWord(w) || q.IsCapitalized(w) || q.Class(w) != WordClass::kOther) return k;
    }
    return k;
  };
  // Past determiners, possessives, possessors ("the board's chairman" -> "chairman") and the
  // names that modify the noun ("a White House spokesman" -> "spokesman").
  while (t + 1 < p->end) {
    if (q.Class(t) == WordClass::kDeterminer || q.Class(t) == WordClass::kAdverb ||
        q.IsPossessive(t) ||
        (q.Kind(t + 1) == TokenKind::kContraction && q.IsPossessive(t + 1) && t + 2 < p->end) ||
        (q.IsCapitalized(t) && q.MentionAt(t) != nullptr)) {
      ++t;
    } else if (const std::uint32_t after = past_possessor(t); after != t) {
      t = after;
    } else {
      break;
    }
  }
  std::uint32_t e = t + 1;
  // "the 52-year-old": an age is a noun.
  if (t + 2 < p->end && q.Kind(t) == TokenKind::kNumber && q.Is(t + 1, "-") &&
      IsAgeNoun(q.Text(t + 2)))
    e = t + 3;
  while (e < p->end && q.IsWord(e) && q.Class(e) != WordClass::kPreposition &&
         q.Kind(e) != TokenKind::kContraction && !StartsPostModifier(q, e)) {
    ++e;
  }
  p->head_first = t;
  p->head_end = e;
}

}  // namespace

bool InNounPhrase(const QuoteText& q, std::uint32_t t) {
  if (q.quoted(t)) return false;
  // A lower-case -ing word is a verb or a gerund here, not part of a speaker's name; but
  // after a determiner or a possessive it is a noun or modifies one ("his filing", "a
  // publishing executive", "the ruling party"), and after "according to", where no verb can
  // stand ("according to ship-tracking data").
  // So is one right before a kind of organization ("housing board says", "a mining company").
  if (q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) && q.Text(t).ends_with("ing") &&
      q.Text(t).size() > 4) {
    const RoleNoun* next = q.IsWord(t + 1) ? LookupRoleNoun(q.Text(t + 1)) : nullptr;
    return (t > 0 && (q.Class(t - 1) == WordClass::kDeterminer || q.IsPossessive(t - 1) ||
                      (t > 1 && IsAccordingTo(q, t - 2)))) ||
           (next != nullptr && next->kind == RoleKind::kOrganization);
  }
  if (q.Kind(t) == TokenKind::kContraction) return q.IsPossessive(t);
  // "half of what researchers say": "what" opens a clause, whose subject follows it.
  if (q.IsAnyCase(t, "what") || q.IsAnyCase(t, "whatever")) return false;
  // A capitalised word of a name is in the phrase whatever the word is elsewhere ("Theresa May",
  // "Will Smith"): a later word, or the first of a name of two words or more.
  if (const MentionRef* m = q.MentionAt(t); q.IsWord(t) && q.IsCapitalized(t) && m != nullptr &&
                                            !m->pronoun &&
                                            (m->first_token < t || m->end_token > t + 1)) {
    return true;
  }
  if (!q.IsWord(t)) return q.Is(t, "-") || q.Is(t, "&") || q.Is(t, "%");
  switch (q.Class(t)) {
    case WordClass::kAuxiliary:
    case WordClass::kNegation:
    case WordClass::kConjunction:
    case WordClass::kSubordinator:
    case WordClass::kVerb:
      return false;
    case WordClass::kPreposition:
      return q.IsAnyCase(t, "of") || q.IsAnyCase(t, "for");
    case WordClass::kAdverb:
      // "four out of 10 voters": "out of" counts; "an earlier report": after a determiner, an
      // adverb of time modifies the noun.
      return q.IsCapitalized(t) || (q.IsAnyCase(t, "out") && q.IsAnyCase(t + 1, "of")) ||
             ModifiesNounAsAdjective(q, t);
    default:
      break;
  }
  // A speech verb ends a phrase, unless a determiner makes it a noun ("the state Department",
  // "a new report", "a Reuters survey": a modifier between them too).
  if (!q.IsCapitalized(t) && q.IsCueForm(t)) {
    if (t == 0) return false;
    const auto opens_noun = [&](std::uint32_t k) {
      return q.Class(k) == WordClass::kDeterminer || q.IsPossessive(k);
    };
    if (opens_noun(t - 1)) return true;
    // ("An earlier report": an adverb of time that modifies nouns too.)
    const bool modifier = q.Kind(t - 1) == TokenKind::kWord &&
                          ((q.Class(t - 1) == WordClass::kOther && !q.IsCueForm(t - 1)) ||
                           ModifiesNounAsAdjective(q, t - 1));
    return t > 1 && modifier && opens_noun(t - 2);
  }
  return true;
}

void SetHead(const QuoteText& q, Phrase* p) {
  bool names_other = false;  // an organization or place inside a person's description
  if (const MentionRef* m = NamingMention(q, *p, &names_other)) {
    p->head_first = m->first_token;
    p->head_end = m->end_token;
  } else if (!PronounHead(q, p) && (names_other || !CapitalizedHead(q, p) ||
                                    AfterPersonsRole(q, p->head_first, p->first))) {
    NounHead(q, p);
  }
}

std::uint32_t ShortParenthesisOpen(const QuoteText& q, std::uint32_t end, std::uint32_t limit) {
  if (end <= limit || !q.IsPunct(end - 1, ")")) return kNone;
  std::uint32_t open = end - 1;
  while (open > limit && !q.IsPunct(open, "(") && end - open < 8) --open;
  return q.IsPunct(open, "(") ? open : kNone;
}

bool VerbBeforeObject(const QuoteText& q, std::uint32_t t, std::uint32_t limit, bool particles) {
  return q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) && q.Class(t) == WordClass::kOther &&
         t + 1 < limit && OpensObject(q, t + 1, particles);
}

Phrase NounPhraseLeft(const QuoteText& q, std::uint32_t end, std::uint32_t limit) {
  Phrase p;
  std::uint32_t t = end;
  while (t > limit && InNounPhrase(q, t - 1) && end - t < 10) {
    // "At the town hall she said": a subject pronoun opens its phrase; the words before it are
    // another's.
    if (t < end && q.IsAnyCaseOf(t, {"he", "she", "they", "we", "i"})) break;
    // "the information that investigators said": a relative "that" after a noun opens the
    // phrase's clause; the phrase starts after it.
    if (t < end && t - 1 > limit && q.IsAnyCase(t - 1, "that") && InNounPhrase(q, t - 2) &&
        q.Class(t - 2) != WordClass::kDeterminer && q.Class(t - 2) != WordClass::kPreposition)
      break;
    --t;
    // "... of the regional centers The S.E.C. said": a capitalized determiner after a word in
    // small letters opens a sentence whose full stop the text lost; "On Tuesday the chief said":
    // a determiner after a day or a time opens the subject after an opening phrase.
    if (q.Class(t) == WordClass::kDeterminer && t > limit &&
        ((q.IsCapitalized(t) && q.Kind(t - 1) == TokenKind::kWord && !q.IsCapitalized(t - 1)) ||
         q.Class(t - 1) == WordClass::kTime))
      break;
  }
  // "of"/"for" cannot open a phrase.
  while (t < end && (q.IsAnyCase(t, "of") || q.IsAnyCase(t, "for") || q.Is(t, "-"))) ++t;
  p.first = t;
  p.end = end;
  if (!p.empty()) SetHead(q, &p);
  return p;
}

Phrase NounPhraseRight(const QuoteText& q, std::uint32_t start, std::uint32_t limit) {
  Phrase p;
  std::uint32_t t = start;
  bool noun_seen = false;
  while (t < limit && InNounPhrase(q, t) && t - start < 10) {
    // A participle after a noun starts a modifier ("a summary released by ..."), an adverb a
    // predicate ("Kasich jokingly offered"), and so does a verb: a word in small letters
    // before an object's article or possessive ("Sanders rips the agreement") or before a
    // particle ("Trump shot back"). No noun of a phrase is followed by those.
    if (noun_seen && !q.IsCapitalized(t) && !IsDocumentNoun(q.Text(t)) &&
        (q.Text(t).ends_with("ed") || q.Text(t).ends_with("ing") || IsLyAdverb(q, t) ||
         VerbBeforeObject(q, t, limit, /*particles=*/true)))
      break;
    // "Halvorsen vetoes rent-cap bill, calling it ...": in a headline, a word in -s in small
    // letters right after a name is its verb.
    // (A present in -s has a plural noun's shape.)
    if (noun_seen && q.InHeadline(t) && IsPluralNoun(q, t) && q.MentionAt(t - 1) != nullptr &&
        !q.MentionAt(t - 1)->pronoun)
      break;
    if (q.Class(t) != WordClass::kDeterminer) noun_seen = true;
    ++t;
    // "topline results the company released", "an analysis the group submitted": a document's
    // noun before a determiner ends the phrase; a relative clause without "that" follows.
    if (t < limit && q.Class(t) == WordClass::kDeterminer && IsDocumentNoun(q.Text(t - 1))) break;
  }
  while (t > start && (q.IsAnyCase(t - 1, "of") || q.IsAnyCase(t - 1, "for"))) --t;
  p.first = start;
  p.end = t;
  if (!p.empty()) SetHead(q, &p);
  return p;
}

Phrase AppositiveName(const QuoteText& q, std::uint32_t comma, std::uint32_t limit) {
  if (!q.IsPunct(comma, ",")) return {};
  std::uint32_t t = comma + 1;
  // Titles, a minister's fields ("Food and Fisheries Minister Kasper Brandt-Nielsen"), and a
  // rank's abbreviation in capitals ("SP Halima Danjuma", "ASP", "CSP").
  const auto portfolio = [&](std::uint32_t k) {
    return k < limit && q.IsCapitalized(k) && IsPortfolio(q.Text(k));
  };
  const auto opens_name = [&](std::uint32_t k) {
    if (!q.IsCapitalized(k))
      return k > comma + 1 && portfolio(k - 1) && q.IsAnyCaseOf(k, {"and", "&"}) &&
             portfolio(k + 1);
    return LookupTitleWord(q.Text(k)) != nullptr || IsPortfolio(q.Text(k)) ||
           (q.IsAllCaps(k) && q.Text(k).size() <= 4 && q.MentionAt(k + 1) != nullptr &&
            q.MentionAt(k + 1)->first_token == k + 1);
  };
  while (t < limit && opens_name(t)) ++t;
  const MentionRef* m = t < limit ? q.MentionAt(t) : nullptr;
  if (m == nullptr || m->pronoun || m->type != EntityType::kPer || m->first_token != t) return {};
  // The name ends the appositive, a rank's letters after it aside ("Anand Sethuraman KC").
  std::uint32_t after = m->end_token;
  while (after < limit && IsPostNominal(q.Text(after))) ++after;
  // "Another passenger, Denise Okafor of Liberty Lake, said": and where the person is from,
  // or whom she works for ("His agent, Malik Osei-Barnes of Northpoint Sports Group, told").
  if (after + 1 < limit && q.IsAnyCaseOf(after, {"of", "from"})) {
    const MentionRef* place = q.MentionAt(after + 1);
    if (place != nullptr && !place->pronoun &&
        (place->type == EntityType::kLoc || place->type == EntityType::kOrg) &&
        place->first_token == after + 1)
      after = place->end_token;
  }
  if (after < limit && q.IsWord(after)) return {};
  return Phrase{comma + 1, m->end_token, m->first_token, m->end_token};
}

Phrase FieldsTitleAndName(const QuoteText& q, std::uint32_t first, std::uint32_t limit) {
  const auto field = [&](std::uint32_t k) {
    return k < limit && q.IsCapitalized(k) && IsPortfolio(q.Text(k));
  };
  std::uint32_t t = first;
  while (field(t) && q.IsPunct(t + 1, ",")) t += 2;
  if (t == first || !field(t) || t + 1 >= limit || !q.IsAnyCaseOf(t + 1, {"and", "&"}) ||
      !field(t + 2))
    return {};
  const std::uint32_t title = t + 3;
  t = title;
  while (t < limit && q.IsCapitalized(t) && LookupTitleWord(q.Text(t)) != nullptr) ++t;
  const MentionRef* m = t < limit ? q.MentionAt(t) : nullptr;
  if (t == title || m == nullptr || m->pronoun || m->type != EntityType::kPer ||
      m->first_token != t)
    return {};
  return Phrase{first, m->end_token, m->first_token, m->end_token};
}

bool StartsPostModifier(const QuoteText& q, std::uint32_t t) {
  return q.Kind(t) == TokenKind::kWord && !q.IsCapitalized(t) && !q.quoted(t) &&
         (q.Text(t).ends_with("ed") || q.IsAnyCase(t, "familiar") || q.IsAnyCase(t, "close")) &&
         q.Class(t + 1) == WordClass::kPreposition;
}

bool Describes(const QuoteText& q, const Phrase& p) {
  return !p.empty() && q.Kind(p.end - 1) == TokenKind::kWord && !q.IsCapitalized(p.end - 1);
}

void ExtendByModifiers(const QuoteText& q, Phrase* p, std::uint32_t limit) {
  for (int pp = 0; pp < 2; ++pp) {
    std::uint32_t t = p->end;
    if (t < limit && StartsPostModifier(q, t)) ++t;  // "released by"
    if (t >= limit || q.Class(t) != WordClass::kPreposition || q.IsAnyCase(t, "to") || q.quoted(t))
      return;
    const Phrase object = NounPhraseRight(q, t + 1, limit);
    if (!Plausible(q, object) || q.Class(object.first) == WordClass::kPronoun) return;
    for (std::uint32_t k = object.first; k < object.end; ++k)
      if (q.Class(k) == WordClass::kTime) return;
    p->end = object.end;
  }
}

bool Plausible(const QuoteText& q, const Phrase& p) {
  if (p.empty()) return false;
  // "said last week", "12 said": times and bare numbers are not speakers ("28 percent of
  // voters" is one).
  bool numbers_only = true;
  for (std::uint32_t t = p.head_first; t < p.head_end; ++t) {
    if (q.Class(t) == WordClass::kTime) return false;
    numbers_only = numbers_only && q.Kind(t) == TokenKind::kNumber;
  }
  // "26% say": a share is a speaker.
  if (numbers_only && !(p.head_end < p.end && q.Is(p.head_end, "%"))) return false;
  for (std::uint32_t t = p.first; t < p.end; ++t)
    if (q.IsWord(t) && q.Class(t) != WordClass::kDeterminer) return true;
  // "Some said", "Many say": a determiner standing alone.
  return p.end == p.first + 1 && StandsAlone(q, p.first);
}

}  // namespace newslens::quotes
