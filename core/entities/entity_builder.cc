// Entity building (see entity_builder.h).
#include "entities/entity_builder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "lexicon/name_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"

namespace newslens::entities {
namespace {

// The type most of the group's names were given; the first one's on a tie. A name whose type
// has no vote (DropArticles() in name_grouping.cc) counts only where no name has one: the first
// name's type then stands. A name whose type is sure (a dateline's place) decides alone.
EntityType VotedType(const std::vector<NameMention>& names,
                     const std::vector<std::size_t>& members) {
  for (std::size_t i : members)
    if (names[i].decides) return names[i].type;
  std::array<int, 4> votes{};
  EntityType type = names[members.front()].type;
  bool voted = false;
  for (std::size_t i : members) {
    if (!names[i].votes) continue;
    if (!voted) type = names[i].type;
    voted = true;
    ++votes[static_cast<std::size_t>(names[i].type)];
  }
  for (std::size_t t = 0; t < votes.size(); ++t)
    if (votes[t] > votes[static_cast<std::size_t>(type)]) type = static_cast<EntityType>(t);
  return type;
}

// The fullest name: most words, then not in capitals, then longest.
const NameMention* FullestName(const TokenView& text, const std::vector<NameMention>& names,
                               const std::vector<std::size_t>& members) {
  const NameMention* best = nullptr;
  for (std::size_t i : members) {
    const NameMention& m = names[i];
    if (best == nullptr || Words(m) > Words(*best) ||
        (Words(m) == Words(*best) && text.IsAllCaps(best->first) && !text.IsAllCaps(m.first))) {
      best = &m;
    }
  }
  return best;
}

// The fullest name, or, where it holds a nickname, the nickname and surname the article also
// names the person by ("Rep. Robert C. “Bobby” Scott", then "Bobby Scott").
const NameMention* NameGoneBy(const TokenView& text, const std::vector<NameMention>& names,
                              const std::vector<std::size_t>& members) {
  const NameMention* best = FullestName(text, names, members);
  if (best->nickname.empty()) return best;
  for (std::size_t i : members) {
    const NameMention& m = names[i];
    if (m.nickname.empty() && Words(m) >= 2 &&
        text.Text(m.first) == text.Text(best->nickname.first + 1))
      return &m;
  }
  return best;
}

// The name as written, its nickname left out ("Mario “Bong” Estrellado" is Mario Estrellado).
std::string CanonicalSpelling(const TokenView& text, const NameMention& m) {
  if (m.nickname.empty()) return text.Decoded(m.first, m.end);
  return text.Decoded(m.first, m.nickname.first) + " " + text.Decoded(m.nickname.end, m.end);
}

// Whether token `t` opens a title: a title word, or a person's role in small letters, perhaps
// after a word that modifies it ("head of its delegation", "former chief executive").
bool OpensTitle(const TokenView& text, std::uint32_t t, std::uint32_t end) {
  const auto title_word = [&](std::uint32_t k) {
    if (LookupTitleWordAnyCase(text.Text(k)) != nullptr) return true;
    const RoleNoun* role = LookupRoleNoun(text.Text(k));
    return role != nullptr && role->kind == RoleKind::kPerson;
  };
  return (t < end && title_word(t)) || (t + 1 < end && title_word(t + 1));
}

// The titles `m`'s title words give, added to `titles` once each: the title as written, and the
// shorter forms a reader calls the person by.
void AddTitles(const TokenView& text, const NameMention& m, std::vector<std::string>* titles) {
  const auto add = [&](std::uint32_t first, std::uint32_t end) {
    std::string title = text.Decoded(first, end);
    if (std::find(titles->begin(), titles->end(), title) == titles->end())
      titles->push_back(std::move(title));
  };
  // [first, end), and without the possessor that opens it too ("spokesman" of "the ministry’s
  // spokesman"; not one after a preposition: "director general of the country’s museums
  // commission").
  const auto add_unowned = [&](std::uint32_t first, std::uint32_t end) {
    add(first, end);
    for (std::uint32_t t = first + 1; t + 1 < end && text.Class(t) != WordClass::kPreposition;
         ++t) {
      if (text.Kind(t) != TokenKind::kContraction || !text.IsPossessive(t)) continue;
      add(t + 1, end);
      break;
    }
  };
  if (!m.name_title.empty()) add(m.name_title.first, m.name_title.end);
  if (m.title.empty()) return;
  // A title that only opens names after a role in small letters ("Ratepayers First leader Cr
  // Ana Ruiz", "chief executive Dr Ann Lee") is the name's.
  std::uint32_t title_end = m.title.end;
  if (title_end > m.title.first + 1 && text.IsCapitalized(title_end - 1) &&
      !text.IsCapitalized(title_end - 2) && OpensTitle(text, title_end - 2, title_end - 1)) {
    const TitleWord* w = LookupTitleWordAnyCase(text.Text(title_end - 1));
    if (w != nullptr && w->opens_name) --title_end;
  }
  add_unowned(m.title.first, title_end);
  // The title words alone where the title goes on past them ("spokeswoman" of "spokeswoman for
  // the White House"), and up to the first preposition ("senior fellow" of "senior fellow at the
  // Aubert Institute", whose title words alone are "senior").
  if (m.title_head_end > m.title.first && m.title_head_end < title_end) {
    add_unowned(m.title.first, m.title_head_end);
    std::uint32_t words = m.title_head_end;
    while (words < title_end && text.Class(words) != WordClass::kPreposition) ++words;
    if (words > m.title_head_end && words < title_end) add_unowned(m.title.first, words);
  }
  if (m.title_owner_first != kNone) add(m.title_owner_first, title_end);
  // Two titles joined by "and" ("climate ambassador and chair of the Alliance of Ocean States",
  // "founder and former chief executive"): each. Not two fields of one title ("Food and
  // Fisheries Minister").
  for (std::uint32_t t = m.title.first + 1; t + 1 < title_end; ++t) {
    if (!text.Is(t, "and") || !OpensTitle(text, t + 1, title_end) || IsPortfolio(text.Text(t - 1)))
      continue;
    add_unowned(m.title.first, t);
    add(t + 1, title_end);
    break;
  }
  // Without the capitalized words of no title before a role in small letters, an
  // organization's name the tagger left out ("general manager" of "Pilots general manager",
  // "lawmaker" of "Alliance lawmaker"; not "President" of "US President").
  std::uint32_t role = m.title.first;
  while (role < title_end && text.IsCapitalized(role) &&
         LookupTitleWord(text.Text(role)) == nullptr)
    ++role;
  if (role > m.title.first && role < title_end && !text.IsCapitalized(role) &&
      text.Kind(role) == TokenKind::kWord && text.Class(role) == WordClass::kOther)
    add(role, title_end);
}

}  // namespace

LinkedEntities BuildEntities(const TokenView& text, const std::vector<NameMention>& names,
                             NameGroups* groups) {
  LinkedEntities result;
  // Entities in order of first mention; empty groups (all their names moved) vanish.
  std::vector<std::pair<std::uint32_t, int>> order;
  for (std::size_t g = 0; g < groups->size(); ++g) {
    if ((*groups)[g].empty()) continue;
    std::uint32_t first = kNone;
    for (std::size_t i : (*groups)[g]) first = std::min(first, names[i].first);
    order.push_back({first, static_cast<int>(g)});
  }
  std::sort(order.begin(), order.end());
  std::vector<int> entity_of_group(groups->size(), -1);
  std::vector<const NameMention*> best_of_entity;
  for (const auto& [first, g] : order) {
    std::vector<std::size_t>& members = (*groups)[static_cast<std::size_t>(g)];
    std::sort(members.begin(), members.end());
    Entity e;
    // A char, not "e": GCC 12 sees a false overlap (-Wrestrict) in "e" + std::string here.
    e.id = 'e' + std::to_string(result.entities.size() + 1);
    e.type = VotedType(names, members);
    const NameMention* best = NameGoneBy(text, names, members);
    e.name = CanonicalSpelling(text, *best);
    e.mentions.reserve(members.size());
    entity_of_group[static_cast<std::size_t>(g)] = static_cast<int>(result.entities.size());
    result.entities.push_back(std::move(e));
    best_of_entity.push_back(best);
  }
  // Mentions, titles and honorifics in one pass over the names in text order, which is each
  // entity's order of names: going through the whole text once per entity missed the cache at
  // nearly every name of a long article.
  std::vector<Gender> honorific(result.entities.size(), Gender::kUnknown);
  result.mentions.Reserve(names.size());
  for (const NameMention& m : names) {
    const int entity = entity_of_group[static_cast<std::size_t>(m.entity)];
    Entity& e = result.entities[static_cast<std::size_t>(entity)];
    AddTitles(text, m, &e.titles);
    if (m.gender != Gender::kUnknown) honorific[static_cast<std::size_t>(entity)] = m.gender;
    const Span span = text.NormalizedSpan(m.first, m.end);
    e.mentions.push_back(
        {text.text().ToInput(span), text.text().InputTextOf(span), MentionKind::kName});
    result.mentions.Add({m.first, m.end, entity, e.type, false});
  }
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    Entity& e = result.entities[i];
    const NameMention& best = *best_of_entity[i];
    if (e.type == EntityType::kPer) {
      e.gender = honorific[i] != Gender::kUnknown ? honorific[i]
                 : Words(best) >= 2               ? FirstNameGender(text.Text(best.first))
                                                  : Gender::kUnknown;
    }
  }
  return result;
}

}  // namespace newslens::entities
