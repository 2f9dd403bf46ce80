// Names typed by what the text says around them (core/entities/name_additions.cc): an age set
// off by commas makes a person of a name the tagger typed otherwise, a landform's noun a place,
// and an appositive that describes a kind of organization an organization of capitalized words
// the tagger left untagged. The cases run LinkEntities() on names tagged by hand (LinkTagged,
// tagged_helpers.h), so that a failure points at the entities stage, not at the model.
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "entity_checks.h"
#include "newslens/newslens.h"
#include "tagged_helpers.h"

using newslens::Entity;
using newslens::EntityType;
using newslens::testing::FindEntity;
using newslens::testing::LinkTagged;
using newslens::testing::TypeOf;

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
       {"Tana", EntityType::kPer},
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

// RetypeOrganizationsByContext(): a name tagged as a person's that an appositive describes as
// a kind of organization, or between an article and a group's noun.
TEST_CASE("A name described as an organization's kind is an organization's", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Terra Europa, the Brussels-based lobby representing 11 million farmers, objected. Radek "
      "Wilczek, a Polish MEP from the right-wing Sovereign Nations group, agreed. The Kurdish "
      "group said no.",
      {{"Terra Europa", EntityType::kPer},
       {"Brussels", EntityType::kLoc},
       {"Radek Wilczek", EntityType::kPer},
       {"Polish MEP", EntityType::kMisc},
       {"Sovereign Nations", EntityType::kMisc},
       {"Kurdish", EntityType::kMisc}});
  const Entity* lobby = FindEntity(entities, "Terra Europa");
  REQUIRE(lobby != nullptr);
  CHECK(lobby->type == EntityType::kOrg);
  const Entity* group = FindEntity(entities, "Sovereign Nations");
  REQUIRE(group != nullptr);
  CHECK(group->type == EntityType::kOrg);
  const Entity* kurdish = FindEntity(entities, "Kurdish");
  REQUIRE(kurdish != nullptr);
  CHECK(kurdish->type == EntityType::kMisc);
  // name_collector.cc AddName(): an adjective and a title word describe; the adjective alone
  // is the name.
  CHECK(FindEntity(entities, "Polish MEP") == nullptr);
  CHECK(FindEntity(entities, "Polish") != nullptr);
  const Entity* wilczek = FindEntity(entities, "Radek Wilczek");
  REQUIRE(wilczek != nullptr);
  CHECK(wilczek->type == EntityType::kPer);
}

// RetypePlacesByContext(): the names of a list a place after "in" opens are places.
TEST_CASE("A list of names a place opens after in is a list of places", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "The stores in Ashcombe Vale, Stannington Cross and Bryn Celyn will close. In Kyiv, "
      "Olena Marchuk and Dmytro Savchuk met. Reporting by Ana Ruiz in Santa Ines and Daniel "
      "Okafor in London.",
      {{"Ashcombe Vale", EntityType::kLoc},
       {"Stannington Cross", EntityType::kOrg},
       {"Bryn Celyn", EntityType::kPer},
       {"Kyiv", EntityType::kLoc},
       {"Olena Marchuk", EntityType::kPer},
       {"Dmytro Savchuk", EntityType::kPer},
       {"Ana Ruiz", EntityType::kPer},
       {"Santa Ines", EntityType::kLoc},
       {"Daniel Okafor", EntityType::kPer},
       {"London", EntityType::kLoc}});
  for (const char* place : {"Stannington Cross", "Bryn Celyn"}) {
    const Entity* e = FindEntity(entities, place);
    INFO(place);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kLoc);
  }
  // A place that opens the sentence is no list's head ("In Kyiv, X and Y met").
  const Entity* marchuk = FindEntity(entities, "Olena Marchuk");
  REQUIRE(marchuk != nullptr);
  CHECK(marchuk->type == EntityType::kPer);
  // A name a place of its own follows is no list's ("X in A and Y in B").
  const Entity* okafor = FindEntity(entities, "Daniel Okafor");
  REQUIRE(okafor != nullptr);
  CHECK(okafor->type == EntityType::kPer);
}

// lexicon/org-words.txt: "Weekly" and "Monthly" end a publication's name.
TEST_CASE("A weekly's name takes its last word", "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("Carvalhosa told Agora Weekly after the vote.",
                 {{"Carvalhosa", EntityType::kPer}, {"Agora", EntityType::kOrg}});
  const Entity* weekly = FindEntity(entities, "Agora Weekly");
  REQUIRE(weekly != nullptr);
  CHECK(weekly->type == EntityType::kOrg);
}

// lexicon/name-words.txt: Malay and Portuguese words that open places' names ("Pulau", "Pico").
TEST_CASE("A name that opens with an island's word is a place's", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Berths reopened at the older Pulau Serindit terminal on Tuesday, and detainees were held "
      "in the Ain Sawda prison.",
      {{"Pulau Serindit", EntityType::kPer}, {"Ain Sawda", EntityType::kPer}});
  for (const char* name : {"Pulau Serindit", "Ain Sawda"}) {
    const Entity* place = FindEntity(entities, name);
    INFO(name);
    REQUIRE(place != nullptr);
    CHECK(place->type == EntityType::kLoc);
  }
}

// name_text.cc GroupingKey(): a company's name without its last word of companies is the same
// company; lexicon/org-words.txt: "Ledger" ends a newspaper's name.
TEST_CASE("A company's name without Holdings is the company", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Meranti Port Holdings said berths were full. Meranti Port added crews, the Kyiv Ledger "
      "reported.",
      {{"Meranti Port Holdings", EntityType::kOrg},
       {"Meranti Port", EntityType::kOrg},
       {"Kyiv", EntityType::kLoc}});
  const Entity* company = FindEntity(entities, "Meranti Port Holdings");
  REQUIRE(company != nullptr);
  CHECK(company->mentions.size() == 2);
  CHECK(FindEntity(entities, "Meranti Port") == nullptr);
  const Entity* paper = FindEntity(entities, "Kyiv Ledger");
  REQUIRE(paper != nullptr);
  CHECK(paper->type == EntityType::kOrg);
}

// name_collector.cc TypeByNameWords() and name_grouping.cc JoinStormNames(): a storm's name is
// MISC, and its name alone is the storm, whatever the tagger typed it; AddName(): a public
// body's word alone names the body.
TEST_CASE("A storm's name, and a body's word alone", "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("The Observatory raised the signal for Typhoon Lingtai. Lingtai skirted the city.",
                 {{"Observatory", EntityType::kMisc},
                  {"Typhoon Lingtai", EntityType::kPer},
                  {"Lingtai", EntityType::kPer}});
  const Entity* storm = FindEntity(entities, "Typhoon Lingtai");
  REQUIRE(storm != nullptr);
  CHECK(storm->type == EntityType::kMisc);
  CHECK(storm->mentions.size() == 2);
  CHECK(FindEntity(entities, "Lingtai") == nullptr);
  const Entity* observatory = FindEntity(entities, "Observatory");
  REQUIRE(observatory != nullptr);
  CHECK(observatory->type == EntityType::kOrg);
}

// name_text.cc SurnameToken(): a romanised given name of two syllables follows the surname
// ("Ng Yau-fat"), which the text then uses alone.
TEST_CASE("The surname before a romanised given name is the person's", "[entities]") {
  const std::string input =
      "Fisherman Ng Yau-fat, 67, said seawater had flooded his home. Ng said it would again.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Ng Yau-fat", EntityType::kPer}});
  const Entity* ng = FindEntity(entities, "Ng Yau-fat");
  REQUIRE(ng != nullptr);
  CHECK(ng->mentions.size() == 2);
}

// What the rules of this file must leave alone: a table of names and numbers, a company beside
// its river, names after a place that opens a clause, a leader's coalition, a person's role in
// an appositive, a subsidiary, a city beside its storm, and a song and a company whose last word
// is a title.
TEST_CASE("Context that names no person, place or organization", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "The final table read Manchester City, 89, Aston Villa, 68, and Crystal Palace, 49, after "
      "the last round. Amazon said it would stop buying soy grown near the Amazon river. "
      "Thousands marched in Paris, and Emmanuel Macron responded. He grew up in Ohio and "
      "Microsoft hired him. The Netanyahu coalition has 64 seats. Xolani Dube, the head of the "
      "group, said the shelter was full. General Motors Financial, the lending arm, said loans "
      "rose. Hurricane Florence made landfall. In Florence, the mayor said roads were closed. "
      "The band played Dancing Queen.",
      {{"Manchester City", EntityType::kOrg},
       {"Aston Villa", EntityType::kOrg},
       {"Crystal Palace", EntityType::kOrg},
       {"Amazon", EntityType::kOrg},
       {"Amazon", EntityType::kOrg},
       {"Paris", EntityType::kLoc},
       {"Emmanuel Macron", EntityType::kPer},
       {"Ohio", EntityType::kLoc},
       {"Microsoft", EntityType::kOrg},
       {"Netanyahu", EntityType::kPer},
       {"Xolani Dube", EntityType::kPer},
       {"General Motors Financial", EntityType::kOrg},
       {"Hurricane Florence", EntityType::kMisc},
       {"Florence", EntityType::kLoc},
       {"Dancing Queen", EntityType::kMisc}});
  CHECK(TypeOf(entities, "Aston Villa") == EntityType::kOrg);
  CHECK(TypeOf(entities, "Crystal Palace") == EntityType::kOrg);
  CHECK(TypeOf(entities, "Amazon") == EntityType::kOrg);
  CHECK(TypeOf(entities, "Emmanuel Macron") == EntityType::kPer);
  CHECK(TypeOf(entities, "Microsoft") == EntityType::kOrg);
  CHECK(TypeOf(entities, "Netanyahu") == EntityType::kPer);
  CHECK(TypeOf(entities, "Xolani Dube") == EntityType::kPer);
  CHECK(TypeOf(entities, "Florence") == EntityType::kLoc);
  CHECK(TypeOf(entities, "Dancing Queen") == EntityType::kMisc);
  CHECK(FindEntity(entities, "General Motors Financial") != nullptr);
}

// NameCollector::Collect(): a dateline's place in capitals the tagger left out is a place, and
// decides the type of the name elsewhere.
TEST_CASE("A dateline's place in capitals the tagger left out is a place", "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("Rally held\n\nPONNAGARAM: The minister said the floods had hit Ponnagaram hard.",
                 {{"Ponnagaram", EntityType::kOrg}});
  const Entity* place = FindEntity(entities, "Ponnagaram");
  REQUIRE(place != nullptr);
  CHECK(place->type == EntityType::kLoc);
  CHECK(place->mentions.size() == 2);
}

// RetypePlacesByContext(): "in" after an organization's name says where it is; a name with a
// country's ending that owns what a state has is a country's; TypeByNameWords(): a club's word
// ends no place's name.
TEST_CASE("Halden University in Korvastad; Aldervia's government; a trip to Holmsworth United",
          "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "On Monday, Aldervia's governing coalition collapsed. Elif Sandqvist, a scientist at Halden "
      "University in Korvastad, spoke. Aldervia does not need deals, Korvastad residents said. "
      "Olivia's government job ended. Verbeek will take charge for the trip to Holmsworth "
      "United.",
      {{"Aldervia", EntityType::kPer},
       {"Elif Sandqvist", EntityType::kPer},
       {"Halden University", EntityType::kOrg},
       {"Korvastad", EntityType::kOrg},
       {"Aldervia", EntityType::kPer},
       {"Korvastad", EntityType::kOrg},
       {"Olivia", EntityType::kPer},
       {"Verbeek", EntityType::kPer},
       {"Holmsworth United", EntityType::kLoc}});
  CHECK(TypeOf(entities, "Aldervia") == EntityType::kLoc);
  CHECK(TypeOf(entities, "Korvastad") == EntityType::kLoc);
  CHECK(TypeOf(entities, "Olivia") == EntityType::kPer);
  CHECK(TypeOf(entities, "Holmsworth United") == EntityType::kOrg);
}

// name_additions.cc AddBylineOutlet(): the paper after an author and a slash is one name, an
// organization's; name_collector.cc IsBodysName(): "District" after "School" ends the
// district's name the tagger cut short.
TEST_CASE("By Corinne Aldana / Kessler Valley Sentinel; the School District's board",
          "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Books removed\n\nBy Corinne Aldana / Kessler Valley Sentinel\n\nThe Kessler Valley "
      "Unified School District’s board voted to remove 11 books from the district office.",
      {{"Kessler", EntityType::kMisc},
       {"Valley Sentinel", EntityType::kOrg},
       {"Kessler Valley Unified School", EntityType::kOrg}});
  const Entity* paper = FindEntity(entities, "Kessler Valley Sentinel");
  REQUIRE(paper != nullptr);
  CHECK(paper->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Kessler") == nullptr);
  const Entity* district = FindEntity(entities, "Kessler Valley Unified School District");
  REQUIRE(district != nullptr);
  CHECK(district->type == EntityType::kOrg);
}

// NameCollector::DropCommonWordsAtSentenceStarts(): a one-word name found only where every word
// is capitalized, which the text also writes in small letters, is a common word; not a name the
// text also capitalizes inside a sentence.
TEST_CASE("Pertussis opening a sentence, pertussis inside one: no name", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Pertussis spreads fast, officials said. Cases of pertussis rose in March. Apple said "
      "its profit rose; apple growers and Apple both gained.",
      {{"Pertussis", EntityType::kPer}, {"Apple", EntityType::kOrg}, {"Apple", EntityType::kOrg}});
  CHECK(FindEntity(entities, "Pertussis") == nullptr);
  CHECK(FindEntity(entities, "Apple") != nullptr);
}

// lexicon/org-words.txt: "Products" and "Automotive" end companies' names, whose first word then
// names the company however the tagger typed it.
TEST_CASE("Brightwell Home Products ... Brightwell said: the company", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Brightwell Home Products recalled 40,000 heaters. Brightwell said no one was hurt.",
      {{"Brightwell Home Products", EntityType::kOrg}, {"Brightwell", EntityType::kPer}});
  const Entity* company = FindEntity(entities, "Brightwell Home Products");
  REQUIRE(company != nullptr);
  CHECK(company->mentions.size() == 2);
  CHECK(FindEntity(entities, "Brightwell") == nullptr);
}

// name_grouping.cc JoinShortOrganizationNames(): a place a dateline names stays the place beside
// an organization named after it.
TEST_CASE("HEMGIRI: ... Hemgiri Municipal Corporation: the city and the corporation",
          "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Floods\n\nHEMGIRI: Rain lashed Hemgiri overnight. The Hemgiri Municipal Corporation said "
      "drains were choked, and Hemgiri stayed under water.",
      {{"HEMGIRI", EntityType::kOrg},
       {"Hemgiri", EntityType::kOrg},
       {"Hemgiri Municipal Corporation", EntityType::kOrg},
       {"Hemgiri", EntityType::kOrg}});
  const Entity* city = FindEntity(entities, "Hemgiri");
  REQUIRE(city != nullptr);
  CHECK(city->type == EntityType::kLoc);
  const Entity* corporation = FindEntity(entities, "Hemgiri Municipal Corporation");
  REQUIRE(corporation != nullptr);
  CHECK(corporation->type == EntityType::kOrg);
}

// organization_names.cc JoinLeftOutFirstWords(): a capitalized word the tagger left out before a
// name inside a sentence is the name's, there and at a sentence's start; not a title's field
// after "for". (End to end: the tagger's own tags.)
TEST_CASE("to Harrow Lane Live ... Harrow Lane Live, the promoter, said", "[entities]") {
  const newslens::Analysis analysis = newslens::testing::AnalyzeOk(
      "Festival off\n\nHarrow Lane Live, the promoter that has staged the festival since 2019, "
      "said ticket holders would receive full refunds.\n\nImogen Falk sold a majority stake to "
      "Harrow Lane Live five years later.\n\nHarrow Lane Live disputed that account. Secretary "
      "for Housing Cecilia Mak Lai-ping spoke.\n");
  const Entity& promoter = newslens::testing::OnlyEntityNamed(analysis, "Harrow Lane Live");
  CHECK(promoter.type == EntityType::kOrg);
  std::size_t names = 0;
  for (const newslens::Mention& m : promoter.mentions) names += m.text == "Harrow Lane Live";
  CHECK(names == 3);
  CHECK(newslens::testing::EntitiesNamed(analysis, "Cecilia Mak Lai-ping").size() == 1);
}

// organization_names.cc AddSpelledOutNames(): a name the acronym after it spells, which the
// tagger cut into pieces around connectors it left out ("ng", "mga", "sa" of Filipino names).
TEST_CASE("Pederasyon ng mga Operator ng Jeepney sa Luzon (POJL)", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Members of the Pederasyon ng mga Operator ng Jeepney sa Luzon (POJL) joined. The POJL "
      "said more.",
      {{"Pederasyon", EntityType::kOrg},
       {"Jeepney", EntityType::kPer},
       {"Luzon", EntityType::kOrg},
       {"POJL", EntityType::kOrg},
       {"POJL", EntityType::kOrg}});
  const Entity* federation = FindEntity(entities, "Pederasyon ng mga Operator ng Jeepney sa Luzon");
  REQUIRE(federation != nullptr);
  CHECK(federation->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Luzon") == nullptr);
}

// organization_names.cc JoinAdjacentOrganizations(): not across sentences (a caption's last
// word and the next paragraph's first name); name_additions.cc TrimHeadlineVerbs(): a
// headline's title-case verb after a company's short name ends it; org-words.txt: "Plc" ends a
// company's name, whose first word is its short name.
TEST_CASE("A caption's outlet and a headline's verb are no part of a company's name",
          "[entities]") {
  const std::string input =
      "Vantor Cuts Copper Forecast After Pit Wall Slip\n\nHaul trucks at the mine. Photographer: "
      "Tomas Ibarra/Bloomberg\n\nVantor Resources Plc cut its forecast. Vantor said output would "
      "recover.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Vantor Cuts", EntityType::kOrg},
                         {"Tomas Ibarra", EntityType::kPer},
                         {"Bloomberg", EntityType::kOrg},
                         {"Vantor Resources Plc", EntityType::kOrg},
                         {"Vantor", EntityType::kOrg}});
  const Entity* vantor = FindEntity(entities, "Vantor Resources Plc");
  REQUIRE(vantor != nullptr);
  CHECK(newslens::testing::MentionTexts(input, *vantor) ==
        std::vector<std::string>{"Vantor", "Vantor Resources Plc", "Vantor"});
  CHECK(FindEntity(entities, "Bloomberg") != nullptr);
  CHECK(FindEntity(entities, "Vantor Cuts") == nullptr);
}

// name_additions.cc RetypeOrganizationsByContext(): a name the tagger took for a person's
// between "the" and "party" is a party's; not after "a" ("a wonderful Super Bowl party").
TEST_CASE("The Green Future party is a party", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "The environmentalist Green Future party has dug in. Guests had a wonderful Super Bowl "
      "party.",
      {{"Green Future", EntityType::kPer}, {"Super Bowl", EntityType::kMisc}});
  const Entity* green = FindEntity(entities, "Green Future");
  REQUIRE(green != nullptr);
  CHECK(green->type == EntityType::kOrg);
  const Entity* bowl = FindEntity(entities, "Super Bowl");
  REQUIRE(bowl != nullptr);
  CHECK(bowl->type == EntityType::kMisc);
}
