// The discourse model (see discourse.h).
#include "reference/discourse.h"

#include <algorithm>

#include "lexicon/name_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "reference/role_facts.h"
#include "text/cue_lexicon.h"

namespace newslens::reference {
// Not capitalized (a headline aside, a capital is a name's), and not a form that is more
// often a noun ("a report"). A verb that judges ("called the decision ...") speaks when words
// in quotation marks follow it closely.
bool IsSpeechVerb(const TokenView& text, const std::vector<bool>& quoted, std::uint32_t t) {
  if (!text.IsCueForm(t)) return false;
  const CueWord* cue = LookupCue(text.Text(t));
  if (cue == nullptr || cue->also_noun || (text.IsCapitalized(t) && !text.InHeadline(t)))
    return false;
  if (cue->frame != CueFrame::kEvaluative) return true;
  constexpr std::uint32_t kNear = 8;
  for (std::uint32_t k = t + 1; k < quoted.size() && k <= t + kNear; ++k)
    if (quoted[k]) return true;
  return false;
}

bool StartsVerb(const TokenView& text, std::uint32_t t) {
  const WordClass c = text.Class(t);
  if (c == WordClass::kAuxiliary || c == WordClass::kVerb || c == WordClass::kNegation) return true;
  if (text.Kind(t) != TokenKind::kWord || text.IsCapitalized(t) || c != WordClass::kOther)
    return false;
  const std::string_view w = text.Text(t);
  return w.size() > 3 && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss") &&
                                                !w.ends_with("us") && !w.ends_with("is")));
}

namespace {

// Past what may stand between a subject and its verb: a parenthesis ("Sen. Harry Reid
// (D-Nev.)"), an appositive or a relative clause between commas ("X, the company's chief,"
// "X, who ...,"), adverbs and auxiliaries. Returns where the verb should be; sets `*auxiliary`
// when an auxiliary stood before it ("was speaking": a verb in any form). `apposed`: the name
// before `k` is in apposition to the sentence's subject ("Vale's publicist, Delphine
// Saint-Aubin, said"), so that its comma may stand right before the verb.
std::uint32_t SkipToVerb(const TokenView& text, std::uint32_t k, std::uint32_t limit, bool apposed,
                         bool* auxiliary) {
  *auxiliary = false;
  if (text.IsPunct(k, "(")) {
    std::uint32_t close = k + 1;
    while (close < limit && close - k < 10 && !text.IsPunct(close, ")")) ++close;
    if (close < limit && text.IsPunct(close, ")")) k = close + 1;
  }
  if (text.IsPunct(k, ",") && apposed && k + 1 < limit &&
      ((text.IsCueForm(k + 1) && !text.IsCapitalized(k + 1)) || StartsVerb(text, k + 1))) {
    ++k;  // the name in apposition's comma, then the verb
  } else if (text.IsPunct(k, ",") || text.IsDash(k)) {
    const bool dash = text.IsDash(k);
    const bool description = k + 1 < limit && text.Class(k + 1) == WordClass::kDeterminer;
    std::uint32_t close = k + 1;
    while (close < limit && close - k < 30 && !text.IsQuoteMark(close) &&
           !(dash ? text.IsDash(close) : text.IsPunct(close, ",")))
      ++close;
    // (", 52,": an age alone between the commas.)
    const bool age = !dash && close == k + 2 && text.Kind(k + 1) == TokenKind::kNumber;
    if (close < limit && close > k + 1 && (dash ? text.IsDash(close) : text.IsPunct(close, ",")))
      k = close + 1;
    // "The company, based in Hartwell, Pa., listed": the state or country of the appositive's
    // place, set off by its own commas.
    if (!dash && k + 1 < limit && text.IsCapitalized(k) && text.IsPunct(k + 1, ",") &&
        k + 2 < limit && StartsVerb(text, k + 2))
      k += 2;
    // "Lee Chun-kit, 52, who was in command of the ferry, said": an age, then a relative clause
    // set off by commas; or a description ("Marchetti, 44, a former central bank economist, has
    // said"), up to the comma an auxiliary or a verb follows.
    const bool described = age && k < limit && text.Class(k) == WordClass::kDeterminer;
    if (age && k < limit && (text.IsAnyCaseOf(k, {"who", "which"}) || described)) {
      std::uint32_t next = k;
      while (next < limit && next - k < 30 && !text.IsQuoteMark(next) && !text.IsPunct(next, ","))
        ++next;
      if (next + 1 < limit && text.IsPunct(next, ",") &&
          (!described || StartsVerb(text, next + 1) ||
           text.Class(next + 1) == WordClass::kAuxiliary))
        k = next + 1;
    }
    // "Hideo Nakashima, a software engineer trying to get home to Port Anselm, Oregon, after a
    // conference, had given up": more of a description's appositive set off by commas, up to
    // the comma a verb follows (not a list: "Higuchi, her mother and her sister abandoned").
    if (!dash && description && close < limit && !StartsVerb(text, k) &&
        text.Class(k) != WordClass::kAuxiliary) {
      std::uint32_t next = k;
      for (int hops = 0; hops < 3 && next < limit && next - k < 30; ++hops) {
        while (next < limit && next - k < 30 && !text.IsQuoteMark(next) && !text.IsPunct(next, ","))
          ++next;
        if (next + 1 >= limit || !text.IsPunct(next, ",")) break;
        ++next;
        if (StartsVerb(text, next) || text.Class(next) == WordClass::kAuxiliary) {
          k = next;
          break;
        }
      }
    }
  }
  // "David Axelrod on Wednesday called": a day or a time between.
  if (text.IsAnyCase(k, "on") && text.Class(k + 1) == WordClass::kTime && k + 2 < limit) k += 2;
  for (std::uint32_t n = 0; n < 4 && k < limit; ++n, ++k) {
    const WordClass c = text.Class(k);
    const std::string_view w = text.Text(k);
    const bool adverb =
        c == WordClass::kAdverb || (text.Kind(k) == TokenKind::kWord && !text.IsCapitalized(k) &&
                                    w.size() > 4 && w.ends_with("ly"));
    if (!adverb && c != WordClass::kAuxiliary && c != WordClass::kNegation) break;
    *auxiliary = *auxiliary || c == WordClass::kAuxiliary;
  }
  return k;
}

// Whether the name at `first` opens sentence `s`, or follows nothing but its titles in capitals
// ("Opposition Leader", "Sen.").
bool OpensSentenceAfterTitles(const TokenView& text, std::uint32_t first, const Sentence& s) {
  for (std::uint32_t k = s.first_token; k < first; ++k)
    if (!text.IsWord(k) || !text.IsCapitalized(k) || text.Class(k) != WordClass::kOther)
      return false;
  return true;
}

}  // namespace

MentionRole RoleOfMention(const TokenView& text, const std::vector<bool>& quoted,
                          std::uint32_t first, std::uint32_t end, const Sentence& s) {
  if (first < quoted.size() && quoted[first]) return MentionRole::kQuoted;
  if (text.Kind(end) == TokenKind::kContraction && text.IsPossessive(end))
    return MentionRole::kPossessor;
  if (first > s.first_token) {
    // "said former governor Howard Dean": back over the title words to the verb; "said senior
    // inspector Milind Gaikwad": over a role's words in small letters too, after a verb that
    // takes no person for its object ("told radio host Musa Ibrahim" is told, not telling).
    std::uint32_t b = first - 1;
    bool role_words = false;
    while (b > s.first_token && first - b < 4) {
      if (LookupTitleWordAnyCase(text.Text(b)) != nullptr) {
        --b;
      } else if (text.Kind(b) == TokenKind::kWord && !text.IsCapitalized(b) &&
                 (LookupPersonsRole(text.Text(b)) != nullptr ||
                  text.IsAnyCaseOf(b, {"senior", "chief", "deputy", "assistant", "acting",
                                       "veteran", "lead", "principal"}))) {
        role_words = true;
        --b;
      } else {
        break;
      }
    }
    if (IsSpeechVerb(text, quoted, b) &&
        (!role_words || text.IsAnyCaseOf(b, {"said", "says", "added", "adds", "wrote", "writes",
                                             "explained", "noted", "recalled", "insisted",
                                             "replied", "continued", "concluded"})))
      return MentionRole::kSpeaker;
    if (b > s.first_token && text.IsAnyCase(b, "to") && text.IsAnyCase(b - 1, "according"))
      return MentionRole::kSpeaker;
    // "That frustration was echoed by Councillor Amir Sethna": the agent of a passive is the
    // clause's subject in all but form.
    if (b > s.first_token && text.IsAnyCase(b, "by") && text.Kind(b - 1) == TokenKind::kWord &&
        !text.IsCapitalized(b - 1) && text.Class(b - 1) == WordClass::kOther &&
        (text.Text(b - 1).ends_with("ed") || text.Text(b - 1).ends_with("en")) && b >= 2 &&
        text.Class(b - 2) == WordClass::kAuxiliary)
      return MentionRole::kSubject;
    // "As for Trump, he said he was not worried": a name the sentence opens with "As for" and a
    // comma is its topic, which the subject pronoun goes on with.
    if (first == s.first_token + 2 && text.IsAnyCase(s.first_token, "as") &&
        text.IsAnyCase(first - 1, "for") && end < s.end_token && text.IsPunct(end, ",") &&
        end + 1 < s.end_token && text.Class(end + 1) == WordClass::kPronoun &&
        !text.IsPossessive(end + 1))
      return MentionRole::kSubject;
    if (text.Class(first - 1) == WordClass::kPreposition) return MentionRole::kOblique;
  }
  // A name in apposition to a description that opens the sentence or follows an opening
  // phrase's comma: "In a statement, Vale's publicist, Delphine Saint-Aubin, said" (not "who
  // plays the deserter, Aurel, was", nor a state's "Hartwell, Pa., listed").
  bool apposed = false;
  if (first >= s.first_token + 2 && text.IsPunct(first - 1, ",") && text.IsWord(first - 2) &&
      !text.IsCapitalized(first - 2)) {
    constexpr std::uint32_t kLongestDescription = 5;  // tokens
    std::uint32_t b = first - 2;
    while (b > s.first_token && first - b < kLongestDescription &&
           text.Class(b) != WordClass::kDeterminer && !text.IsPunct(b - 1, ",") &&
           (text.IsWord(b - 1) || text.Kind(b - 1) == TokenKind::kContraction))
      --b;
    apposed = b == s.first_token || text.IsPunct(b - 1, ",");
  }
  // A rank's letters after a person's name are no verb's object ("Anand Sethuraman KC, said").
  while (end < s.end_token && IsPostNominal(text.Text(end))) ++end;
  // "Opposition Leader Ali Raza Memon of the Qaumi Insaf Movement (QIM), while backing the
  // resolution, accused": the party, firm or town after "of" describes the name that opens the
  // sentence (after its titles), and the verb comes after them.
  if (end + 1 < s.end_token && text.IsAnyCase(end, "of") &&
      OpensSentenceAfterTitles(text, first, s)) {
    std::uint32_t k = end + 1;
    if (text.IsAnyCase(k, "the")) ++k;
    std::uint32_t n = k;
    constexpr std::uint32_t kLongestName = 6;  // words
    while (n < s.end_token && n - k < kLongestName && text.IsWord(n) && text.IsCapitalized(n)) ++n;
    if (n > k) end = n;
  }
  // "the deputy for Seine-Saint-Denis said", "the chief mediator at talks in the Qatari capital
  // has said": a person's role and the phrases after it that say where or for whom it is held,
  // up to a verb of saying.
  // (Not "of", but after an age: "The organizer of a rival rally said" brings in someone new,
  // "The 47-year-old former mayor of the small town of Halbrück told" goes on with the topic.)
  // (Every mention asks this: the age is looked for only before "of".)
  const auto aged = [&] {
    for (std::uint32_t t = first; t < end; ++t)
      if (AgeAt(text, t, end)) return true;
    return false;
  };
  if (end + 1 < s.end_token && end > first &&
      (text.IsAnyCaseOf(end, {"for", "from", "at"}) || (text.IsAnyCase(end, "of") && aged())) &&
      text.Kind(end - 1) == TokenKind::kWord && !text.IsCapitalized(end - 1) &&
      LookupPersonsRole(text.Text(end - 1)) != nullptr) {
    constexpr std::uint32_t kLongestPhrases = 8;  // tokens
    std::uint32_t n = end;
    while (n < s.end_token && n - end < kLongestPhrases && !(n < quoted.size() && quoted[n]) &&
           (text.IsWord(n) || text.Is(n, "-")) && text.Class(n) != WordClass::kAuxiliary &&
           !IsSpeechVerb(text, quoted, n))
      ++n;
    // (Only before a verb of saying, perhaps after an auxiliary: the phrases may as well be
    // the verb's own where another verb follows them.)
    std::uint32_t verb = n;
    while (verb < s.end_token && verb - n < 2 && text.Class(verb) == WordClass::kAuxiliary) ++verb;
    if (n > end + 1 && verb < s.end_token && IsSpeechVerb(text, quoted, verb)) end = n;
  }
  bool auxiliary = false;
  const std::uint32_t verb = SkipToVerb(text, end, s.end_token, apposed, &auxiliary);
  if (verb >= s.end_token) return auxiliary ? MentionRole::kSubject : MentionRole::kObject;
  // (Not a passive: "Graham Tillotson, 71, was admitted to ...", "was told".)
  const bool passive =
      auxiliary && verb > end && !text.Text(verb).ends_with("ing") &&
      text.IsAnyCaseOf(verb - 1, {"was", "were", "is", "are", "be", "been", "being"});
  if (!passive && IsSpeechVerb(text, quoted, verb)) return MentionRole::kSpeaker;
  if (auxiliary || StartsVerb(text, verb)) return MentionRole::kSubject;
  return MentionRole::kObject;
}

double SalienceWeight(MentionRole role) {
  // Lappin and Leass's factors, summed for each role: recency 100, subject 80, direct object
  // 50, indirect object or oblique 40, head noun 80 (not for a possessor, which modifies
  // another noun). A speaker gets what a subject gets and a share more: in news the speaker
  // is the one the next attribution continues.
  switch (role) {
    case MentionRole::kSpeaker:
      return 310;
    case MentionRole::kSubject:
      return 260;
    case MentionRole::kObject:
      return 230;
    case MentionRole::kOblique:
      return 220;
    case MentionRole::kPossessor:
      return 150;
    case MentionRole::kQuoted:
      return 100;
  }
  return 100;
}

Salience::Salience(std::size_t entity_count)
    : score_(entity_count, 0),
      count_(entity_count, 0),
      last_role_(entity_count, MentionRole::kQuoted) {}

void Salience::NextSentence() {
  // Below this a referent has gone unmentioned for some eight sentences.
  constexpr double kTrace = 1.0;
  std::size_t kept = 0;
  for (int e : active_) {
    double& score = score_[static_cast<std::size_t>(e)];
    score /= 2;
    if (score < kTrace) {
      score = 0;
    } else {
      active_[kept++] = e;
    }
  }
  active_.resize(kept);
}

void Salience::Add(int entity, MentionRole role) {
  double& score = score_[static_cast<std::size_t>(entity)];
  if (score == 0) active_.push_back(entity);
  score += SalienceWeight(role);
  ++count_[static_cast<std::size_t>(entity)];
  last_role_[static_cast<std::size_t>(entity)] = role;
}

}  // namespace newslens::reference
