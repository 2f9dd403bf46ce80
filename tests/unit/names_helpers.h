// What the tests of the entities room's name rules share (names_test.cc, names_types_test.cc):
// the types as short names, and an entity's mentions read back from the input.
#ifndef NEWSLENS_TESTS_UNIT_NAMES_HELPERS_H_
#define NEWSLENS_TESTS_UNIT_NAMES_HELPERS_H_

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/newslens.h"
#include "tagged_helpers.h"

namespace newslens::testing {

inline constexpr EntityType kPer = EntityType::kPer;
inline constexpr EntityType kOrg = EntityType::kOrg;
inline constexpr EntityType kLoc = EntityType::kLoc;
inline constexpr EntityType kMisc = EntityType::kMisc;

using Texts = std::vector<std::string>;

// The entity called `name`; the test stops there when there is none.
inline const Entity& EntityNamed(const std::vector<Entity>& entities, std::string_view name) {
  const Entity* entity = FindEntity(entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  return *entity;
}

// The mentions' texts of the entity called `name`, as sliced from the input, in order.
inline Texts MentionTexts(std::string_view input, const std::vector<Entity>& entities,
                          std::string_view name) {
  Texts texts;
  for (const Mention& m : EntityNamed(entities, name).mentions)
    texts.push_back(Slice(input, m.span));
  return texts;
}

// The byte where the mention of the entity called `name` numbered `index` starts.
inline std::size_t MentionStart(const std::vector<Entity>& entities, std::string_view name,
                                std::size_t index) {
  const Entity& entity = EntityNamed(entities, name);
  REQUIRE(index < entity.mentions.size());
  return entity.mentions[index].span.start;
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_NAMES_HELPERS_H_
