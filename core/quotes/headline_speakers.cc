// The headline pass (see passes.h).
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "quotes/passes.h"
#include "text/char_class.h"

namespace newslens::quotes {
namespace {

// "Rovers boss": an organization's name and a role in small letters stand for the person
// the story introduces with that name and a title ("Kingsway Rovers manager Danny
// Whitcombe"), the first one; `speaker` is left alone when there is none. One pass over the
// story's tokens.
void PersonOfOrganization(const QuoteText& q, Phrase* speaker) {
  const MentionRef* org = nullptr;
  for (std::uint32_t t = speaker->first; t < speaker->end; ++t) {
    const MentionRef* m = q.MentionAt(t);
    if (m != nullptr && !m->pronoun && m->type == EntityType::kOrg && m->entity >= 0) org = m;
  }
  if (org == nullptr || org->end_token >= speaker->end || q.IsCapitalized(speaker->end - 1)) return;
  for (std::uint32_t t = 0; t < q.size(); ++t) {
    const MentionRef* m = q.MentionAt(t);
    if (m == nullptr || m->first_token != t || m->entity != org->entity || q.InHeadline(t))
      continue;
    std::uint32_t k = m->end_token;
    while (k < q.size() && k - m->end_token < 3 && LookupTitleWordAnyCase(q.Text(k)) != nullptr)
      ++k;
    const MentionRef* person = k > m->end_token ? q.MentionAt(k) : nullptr;
    if (person != nullptr && !person->pronoun && person->type == EntityType::kPer &&
        person->first_token == k) {
      speaker->antecedent_first = person->first_token;
      speaker->antecedent_end = person->end_token;
      return;
    }
    t = m->end_token - 1;
  }
}

// True when the quotation `c` holds `words` in a row (compared case-insensitively).
bool HoldsWords(const QuoteText& q, const Candidate& c,
                const std::vector<std::string_view>& words) {
  for (const auto& [first, end] : c.token_spans) {
    std::uint32_t matched = 0;
    for (std::uint32_t t = first; t < end; ++t) {
      if (!q.IsWord(t)) continue;
      if (AsciiLower(q.Text(t)) != AsciiLower(words[matched])) {
        matched = AsciiLower(q.Text(t)) == AsciiLower(words[0]) ? 1 : 0;
      } else {
        ++matched;
      }
      if (matched == words.size()) return true;
    }
  }
  return false;
}

// Whether the headline's role word `role`, the head of `phrase`, fits the speaker `named` of a
// quotation of the story: a person, any one for a word of whoever leads ("chief", "boss",
// "head", "leader") or one the article gives no title; else one with a title that holds the
// word ("Judge Amelia Ward" for "Judge"; not the prosecutor who said the same words), or, for a
// word of what the person does in the story rather than an office ("mediator"), a title that
// holds a word before it ("Omani Foreign Minister" for "Omani mediator"; not "Inspector Sarah
// Cole" for "Witness").
bool RoleFits(const QuoteText& q, const Phrase& phrase, const Phrase& named) {
  const std::string_view role = q.Text(phrase.head_first);
  const PhraseTokens tokens{named.first, named.end, named.head_first, named.head_end};
  const int entity = q.speakers().Resolve(tokens).entity;
  if (entity < 0) return false;
  const Entity& e = q.entities()[static_cast<std::size_t>(entity)];
  if (e.type != EntityType::kPer) return false;
  if (e.titles.empty()) return true;  // nothing says the role is not the person's
  for (std::string_view head : {"chief", "boss", "head", "leader"})
    if (chars::EqualsIgnoringAsciiCase(role, head)) return true;
  if (LookupTitleWordAnyCase(role) != nullptr) return HoldsTitle(e, AsciiLower(role));
  for (std::uint32_t t = phrase.first; t < phrase.head_first; ++t)
    if (q.IsWord(t) && HoldsTitle(e, AsciiLower(q.Text(t)))) return true;
  return false;
}

}  // namespace

void HeadlineSpeakers(const QuoteText& q, QuoteCandidates* state) {
  constexpr std::uint32_t kMaxWords = 16;
  // A headline holds a quotation or two; a pathological one with thousands is not looked at
  // beyond the first few.
  int looked_at = 0;
  for (Candidate& h : state->candidates) {
    if (looked_at == 4) break;
    if (h.attribution.speaker.empty() || !q.InHeadline(h.token_spans.front().first)) continue;
    // "‘We were robbed’: Rovers boss", with no cue; or "Sorachi Devices chief says AI memory boom
    // ‘far from peaking’": a cue and one person's role, no name, whose quoted words (two or
    // more) the story gives someone.
    const bool colon = h.kind == QuoteKind::kDirect && h.attribution.cue == kNone;
    const Phrase& phrase = h.attribution.speaker;
    const bool role = phrase.head_end == phrase.head_first + 1 &&
                      q.MentionAt(phrase.head_first) == nullptr &&
                      LookupPersonsRole(AsciiLower(q.Text(phrase.head_first))) != nullptr;
    const bool described = h.attribution.cue != kNone && role &&
                           (h.kind == QuoteKind::kDirect || h.kind == QuoteKind::kMixed);
    if (!colon && !described) continue;
    std::vector<std::string_view> words;
    for (const auto& [first, end] : h.token_spans)
      for (std::uint32_t t = first; t < end; ++t)
        if (q.IsWord(t) && (colon || q.quoted(t))) words.push_back(q.Text(t));
    if (words.empty() || words.size() > kMaxWords || (!colon && words.size() < 2)) continue;
    ++looked_at;
    Phrase& speaker = h.attribution.speaker;
    for (const Candidate& b : state->candidates) {
      if (&b == &h || b.attribution.speaker.empty() || b.kind == QuoteKind::kPartial ||
          q.InHeadline(b.token_spans.front().first) || !HoldsWords(q, b, words)) {
        continue;
      }
      const Phrase& named = b.attribution.speaker;
      // After a role and a cue, a person whom the role fits: a head's word ("chief", "boss")
      // fits anyone who leads; another ("judge", "minister") one of the person's titles.
      if (described && !RoleFits(q, phrase, named)) break;
      const bool relative = named.antecedent_end > named.antecedent_first;
      speaker.antecedent_first = relative ? named.antecedent_first : named.first;
      speaker.antecedent_end = relative ? named.antecedent_end : named.end;
      break;
    }
    if (speaker.antecedent_end <= speaker.antecedent_first) PersonOfOrganization(q, &speaker);
  }
}

}  // namespace newslens::quotes
