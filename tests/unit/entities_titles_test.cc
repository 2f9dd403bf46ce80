// People's titles in leading appositives (core/entities/name_titles.cc LeadingAppositiveTitle)
// and the occupations news names people by (lexicon/roles.txt). The cases run LinkEntities() on
// names tagged by hand (LinkTagged, tagged_helpers.h), so that a failure points at the entities
// stage, not at the model.
#include <algorithm>
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
using newslens::testing::TitlesOf;

TEST_CASE("A leading appositive's title past an honorific, a nationality, a phrase after it",
          "[entities]") {
  SECTION("an honorific or a nationality opens the name") {
    const std::vector<Entity> entities = LinkTagged(
        "Its chairman, Mr Quek Jun Hao, said premiums rose. Her coach, Italian Renzo "
        "Falconetti, who has trained her since 2021, called the ban unfair.",
        {{"Quek Jun Hao", EntityType::kPer}, {"Renzo Falconetti", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Quek Jun Hao") == std::vector<std::string>{"chairman"});
    CHECK(TitlesOf(entities, "Renzo Falconetti") == std::vector<std::string>{"coach"});
  }
  SECTION("a prepositional phrase after the name or after the title words") {
    const std::vector<Entity> entities = LinkTagged(
        "Her attorney, Tobias Achterberg of the Civil Service Integrity Network, said she "
        "complained. A spokesman for the National Renewal Party, Esteban Mareko, said the "
        "margin was narrow.",
        {{"Tobias Achterberg", EntityType::kPer},
         {"Civil Service Integrity Network", EntityType::kOrg},
         {"National Renewal Party", EntityType::kOrg},
         {"Esteban Mareko", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Tobias Achterberg") == std::vector<std::string>{"attorney"});
    CHECK(TitlesOf(entities, "Esteban Mareko") ==
          std::vector<std::string>{"spokesman for the National Renewal Party", "spokesman"});
  }
  SECTION("not a word that no title is, before the comma") {
    const std::vector<Entity> entities =
        LinkTagged("After the vote in the city of Leeds, Anna Price said it was over.",
                   {{"Leeds", EntityType::kLoc}, {"Anna Price", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Anna Price").empty());
  }
}

TEST_CASE("Occupations news names people by are titles", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Larraneta's agent, Rui Valadares, said he was happy. Jomar Esguerra, a coordinator with "
      "the Sagip Isla Foundation, said roads were closed. He was sent off by referee Graeme "
      "Tosh.",
      {{"Larraneta", EntityType::kPer},
       {"Rui Valadares", EntityType::kPer},
       {"Jomar Esguerra", EntityType::kPer},
       {"Sagip Isla Foundation", EntityType::kOrg},
       {"Graeme Tosh", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Rui Valadares") == std::vector<std::string>{"agent"});
  CHECK(TitlesOf(entities, "Jomar Esguerra") ==
        std::vector<std::string>{"coordinator with the Sagip Isla Foundation", "coordinator"});
  CHECK(TitlesOf(entities, "Graeme Tosh") == std::vector<std::string>{"referee"});
}

// TitleModifiers(): a participle is a verb's, but for a capitalized one before a capitalized
// title and those that make titles.
TEST_CASE("Housing Minister, defending champion; not 'booed union leader'", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Housing Minister Ingeborg Malmqvist spoke first. She beat defending champion Anouk "
      "Vandermaesen in the final. Protesters booed union leader Tom Hale.",
      {{"Ingeborg Malmqvist", EntityType::kPer},
       {"Anouk Vandermaesen", EntityType::kPer},
       {"Tom Hale", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Ingeborg Malmqvist") == std::vector<std::string>{"Housing Minister"});
  CHECK(TitlesOf(entities, "Anouk Vandermaesen") == std::vector<std::string>{"defending champion"});
  CHECK(TitlesOf(entities, "Tom Hale") == std::vector<std::string>{"leader"});
}

// entity_builder.cc AddTitles(): two titles joined by "and" give each; an honorific after the
// title words is the name's, not the title's.
TEST_CASE("Climate ambassador and chair of the alliance; leader Cr", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Mele Tupou, Tavaleka’s climate ambassador and chair of the Alliance of Ocean States, said "
      "the deal was weak. Ratepayers First leader Cr Ana Ruiz voted against it.",
      {{"Mele Tupou", EntityType::kPer},
       {"Tavaleka", EntityType::kLoc},
       {"Alliance of Ocean States", EntityType::kOrg},
       {"Ratepayers First", EntityType::kOrg},
       {"Ana Ruiz", EntityType::kPer}});
  const std::vector<std::string> tupou = TitlesOf(entities, "Mele Tupou");
  CHECK(std::find(tupou.begin(), tupou.end(), "chair of the Alliance of Ocean States") !=
        tupou.end());
  CHECK(std::find(tupou.begin(), tupou.end(), "climate ambassador") != tupou.end());
  const std::vector<std::string> ruiz = TitlesOf(entities, "Ana Ruiz");
  CHECK(std::find(ruiz.begin(), ruiz.end(), "leader") != ruiz.end());
  CHECK(std::none_of(ruiz.begin(), ruiz.end(),
                     [](const std::string& t) { return t.ends_with(" Cr"); }));
}

// name_titles.cc AppositiveTitle(): a word that modifies the title word after the first ("chief
// nursing officer") keeps the title, which then makes a person of a name the tagger left out;
// name_collector.cc: letters for a rank or an honour after a name are its title; a title word
// that is a surname before a generational suffix is the surname.
TEST_CASE("Hyun-joo Park, Fenwick's chief nursing officer; Marcus Oyelaran KC; King Jr.",
          "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Hyun-joo Park, Fenwick's chief nursing officer, said the hospital was pleased. Marcus "
      "Oyelaran KC, defending, said the firm regretted it. Martin Luther King Jr. spoke.",
      {{"Fenwick", EntityType::kOrg},
       {"Marcus Oyelaran KC", EntityType::kPer},
       {"Martin Luther", EntityType::kPer},
       {"Jr.", EntityType::kPer}});
  const std::vector<std::string> park = TitlesOf(entities, "Hyun-joo Park");
  CHECK(std::find(park.begin(), park.end(), "chief nursing officer") != park.end());
  CHECK(TitlesOf(entities, "Marcus Oyelaran") == std::vector<std::string>{"KC"});
  CHECK(FindEntity(entities, "Martin Luther King Jr.") != nullptr);
}

// name_collector.cc: a generational suffix the tagger left out ends the person's name; a title
// after an organization's acronym is the person's ("PLTRB Chairperson").
TEST_CASE("PLTRB Chairperson Arsenio Villacorta III", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "PLTRB Chairperson Arsenio Villacorta III said the deadline stands.",
      {{"PLTRB Chairperson", EntityType::kOrg}, {"Arsenio Villacorta", EntityType::kPer}});
  const std::vector<std::string> titles = TitlesOf(entities, "Arsenio Villacorta III");
  CHECK(std::find(titles.begin(), titles.end(), "Chairperson") != titles.end());
  CHECK(FindEntity(entities, "PLTRB") != nullptr);
}

// name_collector.cc: a minister's or a commissioner's field before the title word is the
// title's (name-words.txt `portfolio`), no organization's name; a party's name before a title
// stays one ("Labour MP").
TEST_CASE("Transport Commissioner Ilse Vantongeren; Labour MP Jane Smith", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "In Brussels, Transport Commissioner Ilse Vantongeren spoke. Labour MP Jane Smith agreed.",
      {{"Brussels", EntityType::kLoc},
       {"Transport", EntityType::kOrg},
       {"Ilse Vantongeren", EntityType::kPer},
       {"Labour", EntityType::kOrg},
       {"Jane Smith", EntityType::kPer}});
  CHECK(FindEntity(entities, "Transport") == nullptr);
  const std::vector<std::string> titles = TitlesOf(entities, "Ilse Vantongeren");
  CHECK(std::find(titles.begin(), titles.end(), "Transport Commissioner") != titles.end());
  CHECK(FindEntity(entities, "Labour") != nullptr);
}

// name_titles.cc AppositiveTitle(): a participle's clause right after the title words ends the
// title, which then makes a person of a name the tagger left out.
TEST_CASE("Hideo Nakashima, a software engineer trying to get home,", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Hideo Nakashima, a software engineer trying to get home to Port Anselm, had given up.",
      {{"Port Anselm", EntityType::kLoc}});
  CHECK(TitlesOf(entities, "Hideo Nakashima") == std::vector<std::string>{"software engineer"});
}

// name_titles.cc TitleModifiers(), entity_builder.cc AddTitles(), name_collector.cc AddName():
// a minister's two fields over "and" are one title, and the first field is no name, whatever
// the tagger made of it.
TEST_CASE("Two fields of a minister's title over and", "[entities]") {
  const std::string input =
      "Her Danish counterpart, Food and Fisheries Minister Kasper Brandt-Nielsen, disagreed. "
      "Tourism and Sports Minister Chanwit Sirimongkolkarn said the fee would stay.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Kasper Brandt-Nielsen", EntityType::kPer},
                         {"Tourism", EntityType::kMisc},
                         {"Chanwit Sirimongkolkarn", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Kasper Brandt-Nielsen") ==
        std::vector<std::string>{"Food and Fisheries Minister"});
  CHECK(TitlesOf(entities, "Chanwit Sirimongkolkarn") ==
        std::vector<std::string>{"Tourism and Sports Minister"});
  CHECK(FindEntity(entities, "Tourism") == nullptr);
}

// The same over a list of three fields, set apart by a comma.
TEST_CASE("Three fields of a minister's title, listed", "[entities]") {
  const std::string input =
      "Economy, Trade and Industry Minister Reiko Sanogawa welcomed the decision.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Economy", EntityType::kOrg}, {"Reiko Sanogawa", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Reiko Sanogawa") ==
        std::vector<std::string>{"Economy, Trade and Industry Minister"});
  CHECK(FindEntity(entities, "Economy") == nullptr);
}

// name_titles.cc AppositiveTitle(): a title set off after the name may run to 14 words ("director
// of epidemic control at Nandara's Ministry of Public Health" is 11).
TEST_CASE("A long title set off after the name", "[entities]") {
  const std::string input =
      "Kwame Adjei-Mensah, director of epidemic control at Nandara's Ministry of Public Health, "
      "said a team had been sent.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Kwame Adjei-Mensah", EntityType::kPer},
                         {"Nandara", EntityType::kLoc},
                         {"Ministry of Public Health", EntityType::kOrg}});
  CHECK(TitlesOf(entities, "Kwame Adjei-Mensah") ==
        std::vector<std::string>{
            "director of epidemic control at Nandara's Ministry of Public Health", "director"});
}

TEST_CASE("A title, \"of\" or \"for\" and a field the tagger left out are the person's title",
          "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Chinese Vice Minister of Commerce Lu Hanqing spoke first. Deputy Minister of Trade and "
      "Integration Aidos Temirkhanov said links had improved. Under Secretary of State for "
      "Political Affairs Wendy Sherman replied. The email went to Consular Affairs, Ann Lee.",
      {{"Chinese", EntityType::kMisc},
       {"Lu Hanqing", EntityType::kPer},
       {"Aidos Temirkhanov", EntityType::kPer},
       {"Wendy Sherman", EntityType::kPer},
       {"Ann Lee", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Lu Hanqing") ==
        std::vector<std::string>{"Chinese Vice Minister of Commerce"});
  // The field's second word is the title's, not the name's first.
  CHECK(TitlesOf(entities, "Aidos Temirkhanov") ==
        std::vector<std::string>{"Deputy Minister of Trade and Integration"});
  CHECK(FindEntity(entities, "Integration Aidos Temirkhanov") == nullptr);
  CHECK(TitlesOf(entities, "Wendy Sherman") ==
        std::vector<std::string>{"Secretary of State for Political Affairs"});
  // After a comma, the words before are no title.
  CHECK(TitlesOf(entities, "Ann Lee").empty());
}

TEST_CASE(
    "A leading appositive after a preposition keeps its title; an honorific's name a person's",
    "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "She was sworn in as commissioner by the governor, Babajide Sanwo-Olu, on Monday. It drew "
      "a rebuke from the Speaker, Dame Rosalind Keogh, who called the house to order. According "
      "to Mr Umeadi, the tribunal erred.",
      {{"Babajide Sanwo-Olu", EntityType::kPer},
       {"Rosalind Keogh", EntityType::kPer},
       {"Umeadi", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Babajide Sanwo-Olu") == std::vector<std::string>{"governor"});
  CHECK(TitlesOf(entities, "Rosalind Keogh") == std::vector<std::string>{"Speaker"});
  // An honorific's name after a preposition is a person's, whatever phrase follows its comma.
  const Entity* umeadi = FindEntity(entities, "Umeadi");
  REQUIRE(umeadi != nullptr);
  CHECK(umeadi->type == EntityType::kPer);
}

TEST_CASE("'cofounder', written without its hyphen, is a title word", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "\u201CWe have only scratched the surface,\u201D said Aditya Venkataraman, cofounder and "
      "chief executive of Kredora.",
      {{"Aditya Venkataraman", EntityType::kPer}, {"Kredora", EntityType::kOrg}});
  const std::vector<std::string> titles = TitlesOf(entities, "Aditya Venkataraman");
  CHECK(std::find(titles.begin(), titles.end(), "chief executive of Kredora") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "cofounder") != titles.end());
}

TEST_CASE("A region of two capitalized parts modifies a title", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Marco Benedetti, Asia-Pacific president of Orvella Group, said his company would "
      "expand.",
      {{"Marco Benedetti", EntityType::kPer}, {"Orvella Group", EntityType::kOrg}});
  const std::vector<std::string> titles = TitlesOf(entities, "Marco Benedetti");
  CHECK(std::find(titles.begin(), titles.end(), "Asia-Pacific president of Orvella Group") !=
        titles.end());
}

TEST_CASE("A leading appositive's title of a field: 'Uganda's Minister of Finance, X,'",
          "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("Uganda\u2019s Minister of Finance, Henry Mugenyi, said the government would pay.",
                 {{"Uganda", EntityType::kLoc}, {"Henry Mugenyi", EntityType::kPer}});
  CHECK(TitlesOf(entities, "Henry Mugenyi") == std::vector<std::string>{"Minister of Finance"});
}
