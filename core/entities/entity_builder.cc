// Entity building (see entity_builder.h).
#include "entities/entity_builder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

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
    // The title, and its title words alone where it goes on past them ("spokeswoman").
    const auto add_title = [&](std::uint32_t first, std::uint32_t end) {
      std::string title = text.Decoded(first, end);
      if (std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end())
        e.titles.push_back(std::move(title));
    };
    if (!m.name_title.empty()) add_title(m.name_title.first, m.name_title.end);
    if (!m.title.empty()) {
      add_title(m.title.first, m.title.end);
      // Without the possessor that opens it too ("spokesman" of "the ministry’s spokesman"; not
      // one after a preposition: "director general of the country’s museums commission").
      for (std::uint32_t t = m.title.first + 1;
           t + 1 < m.title.end && text.Class(t) != WordClass::kPreposition; ++t) {
        if (text.Kind(t) != TokenKind::kContraction || !text.IsPossessive(t)) continue;
        add_title(t + 1, m.title.end);
        break;
      }
      if (m.title_head_end > m.title.first && m.title_head_end < m.title.end) {
        add_title(m.title.first, m.title_head_end);
        // And up to the first preposition ("senior fellow" of "senior fellow at the Aubert
        // Institute", whose title words alone are "senior").
        std::uint32_t words = m.title_head_end;
        while (words < m.title.end && text.Class(words) != WordClass::kPreposition) ++words;
        if (words > m.title_head_end && words < m.title.end) add_title(m.title.first, words);
      }
      if (m.title_owner_first != kNone) add_title(m.title_owner_first, m.title.end);
      // Without the capitalized words of no title before a role in small letters, an
      // organization's name the tagger left out ("general manager" of "Pilots general
      // manager", "lawmaker" of "Alliance lawmaker"; not "President" of "US President").
      std::uint32_t role = m.title.first;
      while (role < m.title.end && text.IsCapitalized(role) &&
             LookupTitleWord(text.Text(role)) == nullptr)
        ++role;
      if (role > m.title.first && role < m.title.end && !text.IsCapitalized(role) &&
          text.Kind(role) == TokenKind::kWord)
        add_title(role, m.title.end);
    }
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
