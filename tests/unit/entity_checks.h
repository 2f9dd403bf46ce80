// Checks shared by the entity test files (entities_*_test.cc): the entities of an analysis by
// name, and their gender, type and mentions as values a failed CHECK prints. (The files run
// LinkEntities() on names they tag themselves with tagged_helpers.h, which also reads an
// entity's titles.)
#ifndef NEWSLENS_TESTS_UNIT_ENTITY_CHECKS_H_
#define NEWSLENS_TESTS_UNIT_ENTITY_CHECKS_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis_helpers.h"
#include "newslens/newslens.h"

namespace newslens::testing {

// The entities called `name`, in the order of the analysis: one is what the tests expect, and
// the callers below say so when there are none or several.
inline std::vector<const Entity*> EntitiesNamed(const Analysis& analysis, std::string_view name) {
  std::vector<const Entity*> found;
  for (const Entity& entity : analysis.entities)
    if (entity.name == name) found.push_back(&entity);
  return found;
}

inline const Entity& OnlyEntityNamed(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  INFO("entity " << name);
  REQUIRE(found.size() == 1);
  return *found[0];
}

// Whether the one entity called `name` holds the title `title`, as written.
inline bool HasTitle(const Analysis& analysis, std::string_view name, std::string_view title) {
  const std::vector<std::string>& titles = OnlyEntityNamed(analysis, name).titles;
  return std::find(titles.begin(), titles.end(), title) != titles.end();
}

namespace detail {

// Why `found` is not one entity: "no entity", "2 entities".
inline std::string NotOneEntity(const std::vector<const Entity*>& found) {
  return found.empty() ? "no entity" : std::to_string(found.size()) + " entities";
}

}  // namespace detail

// The gender ("male", "female", "unknown") and type ("PER", ...) of the one entity called
// `name`, or why there is no such entity ("no entity", "2 entities"): strings, so that a failed
// CHECK prints what came out.
inline std::string GenderOf(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  if (found.size() != 1) return detail::NotOneEntity(found);
  const char* gender = newslens::GenderName(found[0]->gender);
  return gender != nullptr ? gender : "unknown";
}

inline std::string TypeOf(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  if (found.size() != 1) return detail::NotOneEntity(found);
  return newslens::EntityTypeName(found[0]->type);
}

// The mentions' texts as sliced from the input, in order.
inline std::vector<std::string> MentionTexts(std::string_view input, const Entity& entity) {
  std::vector<std::string> texts;
  for (const Mention& mention : entity.mentions) texts.push_back(Slice(input, mention.span));
  return texts;
}

inline std::vector<MentionKind> MentionKinds(const Entity& entity) {
  std::vector<MentionKind> kinds;
  for (const Mention& mention : entity.mentions) kinds.push_back(mention.kind);
  return kinds;
}

// The entity holding a mention that starts at byte `start`, or nullptr.
inline const Entity* EntityMentionedAt(const Analysis& analysis, std::size_t start) {
  for (const Entity& entity : analysis.entities)
    for (const Mention& mention : entity.mentions)
      if (mention.span.start == start) return &entity;
  return nullptr;
}

// The number of people with a mention reading `text`: 1 shows that a variant of a name ("Trump",
// "Putin") did not become a second person.
inline std::size_t PersonsWithMentionText(std::string_view input, const Analysis& analysis,
                                          std::string_view text) {
  std::size_t count = 0;
  for (const Entity& entity : analysis.entities) {
    if (entity.type != EntityType::kPer) continue;
    for (const Mention& mention : entity.mentions) {
      if (Slice(input, mention.span) == text) {
        ++count;
        break;
      }
    }
  }
  return count;
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_ENTITY_CHECKS_H_
