// Names typed by what the text says around them (core/entities/name_additions.cc): an age set
// off by commas makes a person of a name the tagger typed otherwise, a landform's noun a place,
// and an appositive that describes a kind of organization an organization of capitalized words
// the tagger left untagged. The cases run LinkEntities() on names tagged by hand (LinkTagged,
// tagged_helpers.h), so that a failure points at the entities stage, not at the model.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "entity_checks.h"
#include "newslens/newslens.h"
#include "tagged_helpers.h"

using newslens::Entity;
using newslens::EntityType;
using newslens::testing::FindEntity;
using newslens::testing::LinkTagged;

// RetypePeopleNames(): news gives only people an age set off by commas.
TEST_CASE("A name before an age set off by commas is a person's", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "At the sports hall, Lurdes Sarmento, 74, sat on a camp bed. Delvan Street, 12, is empty "
      "as well, said Pico Brava Holdings.",
      {{"Lurdes Sarmento", EntityType::kOrg}, {"Pico Brava Holdings", EntityType::kOrg}});
  const Entity* sarmento = FindEntity(entities, "Lurdes Sarmento");
  REQUIRE(sarmento != nullptr);
  CHECK(sarmento->type == EntityType::kPer);
  const Entity* holdings = FindEntity(entities, "Pico Brava Holdings");
  REQUIRE(holdings != nullptr);
  CHECK(holdings->type == EntityType::kOrg);
}

// RetypePlacesByContext(): "the X volcano", "the X river" name a place.
TEST_CASE("A name between the and a landform's noun is a place's", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "The Pico Negrais volcano erupted, and lava reached the Tana river. Pico Negrais last "
      "erupted in 1967. The Gannet Volcano Trust said so.",
      {{"Pico Negrais", EntityType::kPer},
       {"Tana", EntityType::kOrg},
       {"Pico Negrais", EntityType::kPer},
       {"Gannet Volcano Trust", EntityType::kOrg}});
  const Entity* volcano = FindEntity(entities, "Pico Negrais");
  REQUIRE(volcano != nullptr);
  CHECK(volcano->type == EntityType::kLoc);
  CHECK(volcano->mentions.size() == 2);
  const Entity* river = FindEntity(entities, "Tana");
  REQUIRE(river != nullptr);
  CHECK(river->type == EntityType::kLoc);
  // The noun capitalized is part of another name.
  const Entity* trust = FindEntity(entities, "Gannet Volcano Trust");
  REQUIRE(trust != nullptr);
  CHECK(trust->type == EntityType::kOrg);
}

// lexicon/org-words.txt: an observatory is a public body, whatever the tagger made of its name.
TEST_CASE("An observatory's name is an organization's", "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("The Serrana Volcano Observatory recorded 2,000 earthquakes.",
                 {{"Serrana Volcano Observatory", EntityType::kLoc}});
  const Entity* observatory = FindEntity(entities, "Serrana Volcano Observatory");
  REQUIRE(observatory != nullptr);
  CHECK(observatory->type == EntityType::kOrg);
}

// AddNamesBeforeAppositives(): an appositive ending in a kind of organization's noun.
TEST_CASE("Capitalized words before a kind of organization are its name", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Aerolinhas Atl\u00e2nticas, the island\u2019s only airline, cancelled all flights. Fajal "
      "Ventures, the airline\u2019s owners, said nothing. Ribeira Alta, a village, was empty.",
      {});
  const Entity* airline = FindEntity(entities, "Aerolinhas Atl\u00e2nticas");
  REQUIRE(airline != nullptr);
  CHECK(airline->type == EntityType::kOrg);
  // The noun must end the appositive; a village is no organization.
  CHECK(FindEntity(entities, "Fajal Ventures") == nullptr);
  CHECK(FindEntity(entities, "Ribeira Alta") == nullptr);
}
