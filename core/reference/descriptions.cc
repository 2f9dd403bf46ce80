// Definite descriptions of people, organizations and places (see resolver.h and
// references.h).
#include <algorithm>
#include <string>

#include "lexicon/cue_lexicon.h"
#include "reference/resolver.h"

namespace newslens::reference {
namespace {

// A description is read this many tokens at most, determiner included.
constexpr std::uint32_t kLongestDescription = 7;

// The words that say which party a person belongs to, in FactWord() form: a description that
// names one party never means a member of another.
bool IsPartyWord(std::string_view fact_word) {
  return fact_word == "republican" || fact_word == "democrat" || fact_word == "libertarian";
}

}  // namespace

ReferenceResolver::Description ReferenceResolver::DescriptionAt(std::uint32_t t) const {
  const bool definite =
      text_.IsAnyCase(t, "the") || text_.IsAnyCase(t, "this") || text_.IsAnyCase(t, "that");
  if (!definite && !text_.IsAnyCase(t, "a") && !text_.IsAnyCase(t, "an") &&
      !text_.IsAnyCase(t, "another"))
    return {};
  const std::uint32_t end = text_.SentenceAt(t).end_token;
  Description d;
  std::uint32_t k = t + 1;
  while (k < end && k - t < kLongestDescription && !Quoted(k)) {
    if (const MentionRef* m = linked_.mentions.At(k); m != nullptr && !m->pronoun) {
      // A name modifies the description ("the Indiana governor"); a name of one word that is a
      // role noun is its head ("the Republican").
      if (m->first_token != k) break;
      const RoleNoun* role = m->end_token == k + 1 ? LookupRoleNoun(text_.Text(k)) : nullptr;
      if (role != nullptr && role->kind == RoleKind::kPerson) {
        d = {k + 1, k, role, definite, k + 1};
      } else {
        d = {};
      }
      k = m->end_token;
      continue;
    }
    if (text_.Kind(k) != TokenKind::kWord) break;
    const WordClass c = text_.Class(k);
    if (c != WordClass::kOther && c != WordClass::kAdverb) break;
    if (!text_.IsCapitalized(k) && LookupCue(text_.Text(k)) != nullptr) break;
    const RoleNoun* role = LookupRoleNoun(text_.Text(k));
    d = role != nullptr ? Description{k + 1, k, role, definite, k + 1} : Description{};
    ++k;
  }
  // The role noun must end the phrase ("the senator's", "the senator said"; not "the senator
  // race").
  if (d.role == nullptr || d.end != k) return {};
  // "a spokeswoman for Severn Valley Police": a person's description goes on with whom the
  // person speaks for or works at, when that is a name.
  if (d.role->kind == RoleKind::kPerson &&
      (text_.IsAnyCase(k, "for") || text_.IsAnyCase(k, "of") || text_.IsAnyCase(k, "at") ||
       text_.IsAnyCase(k, "with") || text_.IsAnyCase(k, "from"))) {
    std::uint32_t name = k + 1;
    if (text_.IsAnyCase(name, "the")) ++name;
    const MentionRef* m = linked_.mentions.At(name);
    if (m != nullptr && !m->pronoun && m->first_token == name && m->type != EntityType::kPer)
      d.phrase_end = m->end_token;
  }
  return d;
}

void ReferenceResolver::NoteUnnamedPerson(std::uint32_t first, const Description& d) {
  // A few are kept: "he" and "she" mean one of the last sentences' referents.
  constexpr std::size_t kKept = 4;
  if (unnamed_.size() == kKept) unnamed_.erase(unnamed_.begin());
  const double score = SalienceWeight(RoleOfMention(text_, quoted_, first, d.phrase_end));
  unnamed_.push_back({first, d.phrase_end, d.role->gender, score});
}

bool ReferenceResolver::NamesOtherKind(int entity) const {
  for (const std::string& word : facts_.Of(entity))
    if (NamesKindOfOrganization(word)) return true;
  return false;
}

bool ReferenceResolver::NamedAsKind(int entity, const RoleNoun& role) const {
  for (std::string_view word : role.name_words)
    if (facts_.Holds(entity, FactWord(word))) return true;
  return false;
}

bool ReferenceResolver::Contradicts(int entity, std::uint32_t first, std::uint32_t head,
                                    int* confirmed) const {
  *confirmed = 0;
  bool vice = false;
  for (std::uint32_t t = first + 1; t < head; ++t) {
    if (!text_.IsWord(t) || text_.Kind(t) == TokenKind::kContraction) continue;
    const std::string word = FactWord(text_.Text(t));
    vice = vice || word == "vice";
    if (facts_.Holds(entity, word)) {
      ++*confirmed;
    } else if (IsPartyWord(word)) {
      for (std::string_view party : {"republican", "democrat", "libertarian"})
        if (party != word && facts_.Holds(entity, party)) return true;
    }
  }
  // "the presidential nominee" is not the vice-presidential one.
  return !vice && facts_.Holds(entity, "vice");
}

int ReferenceResolver::ResolveDescription(std::uint32_t first, const Description& d) const {
  const RoleNoun& role = *d.role;
  const std::string head = FactWord(text_.Text(d.head));
  std::vector<int> candidates = facts_.EntitiesWith(head);
  if (role.kind == RoleKind::kOrganization) {
    for (std::string_view word : role.name_words) {
      const std::vector<int>& named = facts_.EntitiesWith(FactWord(word));
      candidates.insert(candidates.end(), named.begin(), named.end());
    }
  }
  // Any organization may be called "the company", any place "the state": the salient ones.
  if (role.kind == RoleKind::kPlace || role.any_organization)
    candidates.insert(candidates.end(), salience_.active().begin(), salience_.active().end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  const EntityType type = role.kind == RoleKind::kPerson         ? EntityType::kPer
                          : role.kind == RoleKind::kOrganization ? EntityType::kOrg
                                                                 : EntityType::kLoc;
  int best = -1;
  double best_score = -1;
  for (int e : candidates) {
    const auto i = static_cast<std::size_t>(e);
    const Entity& entity = linked_.entities[i];
    // Only what the reader has met: a description does not announce a referent to come.
    if (entity.type != type || last_sentence_[i] < 0) continue;
    if (role.gender != Gender::kUnknown && gender_[i] != Gender::kUnknown &&
        gender_[i] != role.gender)
      continue;
    int confirmed = 0;
    if (Contradicts(e, first, d.head, &confirmed)) continue;
    // Salience first; an entity out of sight but described so by the article ("the fund"
    // paragraphs after the International Monetary Fund) by how recently it was mentioned.
    const bool described = facts_.Holds(e, head) || NamedAsKind(e, role);
    if (!described && salience_.Of(e) == 0) continue;
    // "the firm" is no commission and no university: a name that says its kind is called by
    // that kind.
    if (!described && role.any_organization && NamesOtherKind(e)) continue;
    const double score = salience_.Of(e) + 400.0 * confirmed + (described ? 100 : 0) +
                         static_cast<double>(last_sentence_[i]) / (sentence_ + 1.0);
    if (score > best_score) {
      best = e;
      best_score = score;
    }
  }
  return best;
}

}  // namespace newslens::reference
