// The entities room's rules on a name's type and extent (core/entities/), on hand-made NER tags:
// a dateline's place, people's names the tagger typed otherwise, titles and places joined to
// names, organizations' names by their words, places by the text around them, laws, teams,
// party labels, months, possessors, districts and acronyms. The tags are what a tagger gets
// wrong in news, so each case shows the rule and not what the trained model happens to get
// right. names_test.cc holds the rules on people's names.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "names_helpers.h"
#include "tagged_helpers.h"

using newslens::Entity;
using newslens::EntityType;
using newslens::Gender;
using newslens::testing::EntityNamed;
using newslens::testing::EntityNames;
using newslens::testing::kLoc;
using newslens::testing::kMisc;
using newslens::testing::kOrg;
using newslens::testing::kPer;
using newslens::testing::LinkTagged;
using newslens::testing::MentionTexts;
using newslens::testing::Texts;
TEST_CASE("A dateline's place is a place though the tagger calls it a person elsewhere",
          "[names]") {
  const std::string input =
      "CHARLOTTE - The police released a video on Friday.\n\n"
      "Protests went on in Charlotte for three days.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"CHARLOTTE", kLoc}, {"Charlotte", kPer}});
  CHECK(EntityNames(entities) == Texts{"Charlotte"});
  CHECK(EntityNamed(entities, "Charlotte").type == kLoc);
}

// name_additions.cc RetypePeopleNames(): a full name the tagger typed otherwise is a person's
// when the text gives its last word an honorific.
TEST_CASE("A name typed otherwise is a person's when an honorific gives its surname", "[names]") {
  SECTION("an unknown first name and Ms.") {
    const std::string input =
        "Minyon Moore, a former adviser, spoke first. \u201CIt is magic,\u201D Ms. Moore said.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Minyon Moore", kLoc}, {"Ms. Moore", kPer}});
    CHECK(EntityNames(entities) == Texts{"Minyon Moore"});
    CHECK(EntityNamed(entities, "Minyon Moore").type == kPer);
  }
  SECTION("not a title in the plural") {
    const std::string input = "Senators Rubio spoke. Mr. Rubio left.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Senators Rubio", kOrg}, {"Mr. Rubio", kPer}});
    CHECK(EntityNamed(entities, "Senators Rubio").type == kOrg);
  }
}

// name_collector.cc AddName(): a person's title after the word that ends an organization's name
// is no part of it, and MP is such a title (titles.txt).
TEST_CASE("A title after an organization's name is no part of it", "[names]") {
  const std::string input =
      "Four Progressive Alliance MPs voted against it. Priyesh Ramlochan, the Progressive "
      "Alliance MP for Kettle Bay, led them.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Progressive Alliance MPs", kOrg},
                                                          {"Priyesh Ramlochan", kPer},
                                                          {"Progressive Alliance MP", kOrg},
                                                          {"Kettle Bay", kLoc}});
  CHECK(EntityNames(entities) == Texts{"Progressive Alliance", "Priyesh Ramlochan", "Kettle Bay"});
  CHECK(MentionTexts(input, entities, "Progressive Alliance") ==
        Texts{"Progressive Alliance", "Progressive Alliance"});
}

// segment/tokenize.cc splits "London-listed" at its hyphen (text/word_classes.h
// IsParticipleOfName): the place is a name of its own, no part of the company's after it.
TEST_CASE("A place joined to a participle before a name is a name of its own", "[names]") {
  const std::string input =
      "Minera Huaycoral is 70% owned by London-listed Harrowgate Metals. Harrowgate Metals "
      "fell, as did Ohio-based Vantor Labs and a Lake-Vale Tours bus.";
  const std::vector<Entity> entities = LinkTagged(input, {{"London-listed Harrowgate Metals", kOrg},
                                                          {"Harrowgate Metals", kOrg},
                                                          {"Ohio-based Vantor Labs", kOrg},
                                                          {"Lake-Vale Tours", kOrg}});
  CHECK(EntityNames(entities) ==
        Texts{"London", "Harrowgate Metals", "Ohio", "Vantor Labs", "Lake-Vale Tours"});
  CHECK(MentionTexts(input, entities, "Harrowgate Metals") ==
        Texts{"Harrowgate Metals", "Harrowgate Metals"});
}

TEST_CASE("One of a people before a person's name is no part of it", "[names]") {
  const std::string input =
      "Arbelaez finished ahead of Frenchman Theo Vasseur-Lemaire. Vasseur-Lemaire said little. "
      "The Hindu Marriage Act stands.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Arbelaez", kPer},
                                                          {"Frenchman Theo Vasseur-Lemaire", kMisc},
                                                          {"Vasseur-Lemaire", kMisc},
                                                          {"Hindu Marriage Act", kMisc}});
  CHECK(EntityNames(entities) ==
        Texts{"Arbelaez", "Frenchman", "Theo Vasseur-Lemaire", "Hindu Marriage Act"});
  CHECK(MentionTexts(input, entities, "Theo Vasseur-Lemaire") ==
        Texts{"Theo Vasseur-Lemaire", "Vasseur-Lemaire"});
}

// name_additions.cc JoinNamesOverAmpersand().
TEST_CASE("Capitalized words joined by & are one organization's name", "[names]") {
  SECTION("a person and nothing, a place and a word") {
    const std::string input =
        "Castellane & Co. advised the buyer, said Kenji Varela of Hollen & Straub Privatbank.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Castellane", kPer}, {"Kenji Varela", kPer}, {"Hollen", kLoc}, {"Straub", kPer}});
    CHECK(EntityNames(entities) ==
          Texts{"Castellane & Co.", "Kenji Varela", "Hollen & Straub Privatbank"});
    CHECK(EntityNamed(entities, "Castellane & Co.").type == kOrg);
    CHECK(EntityNamed(entities, "Hollen & Straub Privatbank").type == kOrg);
  }
  SECTION("two places stay two, and short words are left to the tagger") {
    const std::string input = "Troops left Bosnia & Herzegovina after a Q&A in R&D labs.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Bosnia", kLoc}, {"Herzegovina", kLoc}});
    CHECK(EntityNames(entities) == Texts{"Bosnia", "Herzegovina"});
  }
}

// place_names.cc RetypeCountriesByDemonym().
TEST_CASE("A name whose people's adjective the text uses is a country's", "[names]") {
  SECTION("an invented country taken for an organization, its adjective for a person") {
    const std::string input =
        "Kanawara's prime minister spoke. The sale raised 2.3bn Kanawaran dollars for Kanawara.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Kanawara", kOrg}, {"Kanawaran", kPer}, {"Kanawara", kOrg}});
    CHECK(EntityNamed(entities, "Kanawara").type == kLoc);
    CHECK(EntityNamed(entities, "Kanawaran").type == EntityType::kMisc);
  }
  SECTION("an adjective in -i") {
    const std::string input = "Baraqat sent a delegate. The Baraqati delegate objected.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Baraqat", kPer}, {"Baraqati", kOrg}});
    CHECK(EntityNamed(entities, "Baraqat").type == kLoc);
    CHECK(EntityNamed(entities, "Baraqati").type == EntityType::kMisc);
  }
  SECTION("not a person's surname") {
    const std::string input = "Michael Jordan met Jordanian fans. Jordan said he was glad.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Michael Jordan", kPer}, {"Jordanian", EntityType::kMisc}});
    CHECK(EntityNamed(entities, "Michael Jordan").type == kPer);
    CHECK(MentionTexts(input, entities, "Michael Jordan") == Texts{"Michael Jordan", "Jordan"});
  }
}

// org-words.txt: a bureau, a force and a community are public bodies, no places.
TEST_CASE("A bureau's, a force's and a community's names are organizations'", "[names]") {
  const std::string input =
      "According to the India Weather Bureau, rain will go on. The State Disaster Response Force "
      "was deployed. The Gulf of Guinea Economic Community said it was ready.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"India Weather Bureau", kLoc},
                         {"State Disaster Response Force", kLoc},
                         {"Gulf of Guinea Economic Community", kLoc}});
  CHECK(EntityNamed(entities, "India Weather Bureau").type == kOrg);
  CHECK(EntityNamed(entities, "State Disaster Response Force").type == kOrg);
  CHECK(EntityNamed(entities, "Gulf of Guinea Economic Community").type == kOrg);
}

// place_names.cc RetypePlacesByContext().
TEST_CASE("A name the text places somewhere is a place's", "[names]") {
  SECTION("after a kind of place and of, after capital, after in") {
    const std::string input =
        "Deputies went door to door in the town of Lindell. The council rules from the capital "
        "Sadiya. The talks in Marsa Halim stalled, and Lindell was emptied.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Lindell", kPer}, {"Sadiya", kOrg}, {"Marsa Halim", kPer}, {"Lindell", kPer}});
    CHECK(EntityNamed(entities, "Lindell").type == kLoc);
    CHECK(MentionTexts(input, entities, "Lindell") == Texts{"Lindell", "Lindell"});
    CHECK(EntityNamed(entities, "Sadiya").type == kLoc);
    CHECK(EntityNamed(entities, "Marsa Halim").type == kLoc);
  }
  SECTION("before a refugee camp's or a settlement's noun") {
    // Not an organization's before a settlement's noun, nor its camp, nor a legal settlement.
    const std::string input =
        "Cholera swept the Umm Sirra refugee camp. Residents of Kwa Ndege village were evicted. "
        "The Biden camp said no. The state's House district map was struck down. Workers at the "
        "Tata township struck. Migrants went to a Red Cross transit camp. A judge rejected the "
        "Boeing settlement.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Umm Sirra", kOrg},
                                                            {"Kwa Ndege", kPer},
                                                            {"Biden", kPer},
                                                            {"House", kOrg},
                                                            {"Tata", kOrg},
                                                            {"Red Cross", kOrg},
                                                            {"Boeing", kOrg}});
    CHECK(EntityNamed(entities, "Umm Sirra").type == kLoc);
    CHECK(EntityNamed(entities, "Kwa Ndege").type == kLoc);
    CHECK(EntityNamed(entities, "Biden").type == kPer);
    CHECK(EntityNamed(entities, "House").type == kOrg);
    CHECK(EntityNamed(entities, "Tata").type == kOrg);
    CHECK(EntityNamed(entities, "Red Cross").type == kOrg);
    CHECK(EntityNamed(entities, "Boeing").type == kOrg);
  }
  SECTION("not a person one trusts in") {
    const std::string input =
        "Trump told supporters the vote was stolen. Republicans still trust in Trump, a poll "
        "found.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Trump", kPer}, {"Trump", kPer}});
    CHECK(EntityNamed(entities, "Trump").type == kPer);
  }
  SECTION("a possessor the tagger took for a person, a place after in") {
    const std::string input = "Zahran's minister spoke. The delegates stayed in Zahran.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Zahran", kPer}, {"Zahran", kLoc}});
    CHECK(EntityNamed(entities, "Zahran").type == kLoc);
    CHECK(MentionTexts(input, entities, "Zahran") == Texts{"Zahran", "Zahran"});
  }
  SECTION("not a person the text titles, a possessor, a first name, an organization") {
    const std::string input =
        "Mayor Rafa Okoro spoke. Faith in Okoro was low, as in Rafa Okoro's view, and in Gilberto "
        "Maia, and in Varenta.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Rafa Okoro", kPer},
                                                            {"Okoro", kPer},
                                                            {"Rafa Okoro", kPer},
                                                            {"Gilberto Maia", kPer},
                                                            {"Varenta", kOrg}});
    CHECK(EntityNamed(entities, "Rafa Okoro").type == kPer);
    CHECK(EntityNamed(entities, "Gilberto Maia").type == kPer);
    CHECK(EntityNamed(entities, "Varenta").type == kOrg);
  }
}

// name_collector.cc AddName(): place-prefix words (name-words.txt).
TEST_CASE("A name that opens or ends with a word of places' names is a place's", "[names]") {
  const std::string input =
      "Gemma Threlfall, 41, from Lower Ashby, lives on Tanner Street. Michael Bay filmed there.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Gemma Threlfall", kPer},
                                                          {"Lower Ashby", kPer},
                                                          {"Tanner Street", kPer},
                                                          {"Michael Bay", kPer}});
  CHECK(EntityNamed(entities, "Lower Ashby").type == kLoc);
  CHECK(EntityNamed(entities, "Tanner Street").type == kLoc);
  CHECK(EntityNamed(entities, "Gemma Threlfall").type == kPer);
  CHECK(EntityNamed(entities, "Michael Bay").type == kPer);
  // A sea, an ocean (name-words.txt).
  const std::vector<Entity> sea =
      LinkTagged("Rain clouds moved in from the Arabian Sea on Monday.", {{"Arabian Sea", kPer}});
  CHECK(EntityNamed(sea, "Arabian Sea").type == kLoc);
  // A stadium; a square a particle names, which the tagger took for a work.
  const std::string venues =
      "She won in front of an Arthur Ashe Stadium crowd. Marchers filled Place de la Nation.";
  const std::vector<Entity> squares =
      LinkTagged(venues, {{"Arthur Ashe Stadium", kPer}, {"Place de la Nation", kMisc}});
  CHECK(EntityNamed(squares, "Arthur Ashe Stadium").type == kLoc);
  CHECK(EntityNamed(squares, "Place de la Nation").type == kLoc);
  // Whatever its last word alone is typed: "River" is a first name too.
  const std::string river =
      "Spills reached the River Lenn, in the capital, Puerto Viracocha. Volunteers tested the "
      "Lenn near Ashcombe.";
  const std::vector<Entity> places = LinkTagged(
      river,
      {{"River Lenn", kLoc}, {"Puerto Viracocha", kPer}, {"Lenn", kPer}, {"Ashcombe", kLoc}});
  CHECK(EntityNamed(places, "River Lenn").type == kLoc);
  CHECK(EntityNamed(places, "Puerto Viracocha").type == kLoc);
  // TypeByNameWords(): an aquifer, a reservoir the tagger took for an organization's name, with
  // no organization's word in it; "Nolan River Authority" has one.
  const std::string water =
      "Wells draw from the Caliche Ridge Aquifer. The Nolan River Authority set limits at "
      "Punta Sernela.";
  const std::vector<Entity> bodies = LinkTagged(
      water,
      {{"Caliche Ridge Aquifer", kOrg}, {"Nolan River Authority", kOrg}, {"Punta Sernela", kPer}});
  CHECK(EntityNamed(bodies, "Caliche Ridge Aquifer").type == kLoc);
  CHECK(EntityNamed(bodies, "Nolan River Authority").type == kOrg);
  CHECK(EntityNamed(bodies, "Punta Sernela").type == kLoc);
  // One that says where it is stays an organization's.
  const std::string parents = "Concerned Parents of Carrow County objected.";
  const std::vector<Entity> group =
      LinkTagged(parents, {{"Concerned Parents of Carrow County", kOrg}});
  CHECK(EntityNamed(group, "Concerned Parents of Carrow County").type == kOrg);
}

TEST_CASE("A person's role capitalized at a sentence's start is the title of the name after it",
          "[names]") {
  const std::string input =
      "Pollster Ingrid Solheim-Bauer of the Demos Institute said the party had gained. "
      "Landlady Bernadette Kilbride, 61, has run the pub since 1996. Corporator Shabnam Qureshi "
      "objected. Engineer Street is closed. Rancher Oren Tidwell checks his tank at dawn.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Ingrid Solheim-Bauer", kOrg},
                                                          {"Demos Institute", kOrg},
                                                          {"Corporator Shabnam Qureshi", kPer},
                                                          {"Engineer Street", kLoc},
                                                          {"Rancher Oren Tidwell", kOrg}});
  CHECK(EntityNames(entities) == Texts{"Ingrid Solheim-Bauer", "Demos Institute",
                                       "Bernadette Kilbride", "Shabnam Qureshi", "Engineer Street",
                                       "Oren Tidwell"});
  CHECK(EntityNamed(entities, "Oren Tidwell").type == kPer);
  CHECK(EntityNamed(entities, "Oren Tidwell").titles == Texts{"Rancher"});
  CHECK(EntityNamed(entities, "Ingrid Solheim-Bauer").type == kPer);
  CHECK(EntityNamed(entities, "Ingrid Solheim-Bauer").titles == Texts{"Pollster"});
  CHECK(EntityNamed(entities, "Bernadette Kilbride").titles == Texts{"Landlady"});
  CHECK(EntityNamed(entities, "Shabnam Qureshi").titles == Texts{"Corporator"});
}

TEST_CASE("A nickname in quotation marks inside a person's name", "[names]") {
  SECTION("no part of the canonical name; the surname alone is the person's") {
    const std::string input =
        "Sen. Mario \u201CBong\u201D Estrellado spoke. \u201CIt is a pattern,\u201D "
        "Estrellado said.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Mario", kPer}, {"Bong", kMisc}, {"Estrellado", kPer}});
    CHECK(EntityNames(entities) == Texts{"Mario Estrellado"});
    CHECK(MentionTexts(input, entities, "Mario Estrellado") ==
          Texts{"Mario \u201CBong\u201D Estrellado", "Estrellado"});
  }
  SECTION("set off as the name someone goes by: the person just named in full") {
    const std::string input =
        "Landlady Bernadette Kilbride, 61, has run the pub since 1996. Bernie, as she is known "
        "to her regulars, was gutted. Coun Rehana Qadir agreed. \u201CWe thank Bernie,\u201D "
        "the brewery said. Coun Qadir said more.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Bernie", kPer}, {"Rehana Qadir", kPer}, {"Bernie", kPer}, {"Qadir", kPer}});
    CHECK(EntityNames(entities) == Texts{"Bernadette Kilbride", "Rehana Qadir"});
    CHECK(MentionTexts(input, entities, "Bernadette Kilbride") ==
          Texts{"Bernadette Kilbride", "Bernie", "Bernie"});
    CHECK(EntityNamed(entities, "Rehana Qadir").titles == Texts{"Coun"});
  }
  SECTION("the nickname with the surname, where the text names the person so") {
    const std::string input =
        "Rep. Robert C. \u201CBobby\u201D Scott threw open his yard. The push for Bobby Scott "
        "began. Scott smiled.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Robert C.", kPer}, {"Scott", kPer}, {"Bobby Scott", kPer}, {"Scott", kPer}});
    CHECK(EntityNames(entities) == Texts{"Bobby Scott"});
  }
}

TEST_CASE("Capitalized words after a kind of organization in small letters name it", "[names]") {
  const std::string input =
      "Riders welcomed the rule. Food delivery platform Foodzy said it would pay half. The "
      "chipmaker Qilong Automotive Group fell, as did the company Tuesday.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Automotive Group", kOrg}});
  CHECK(EntityNames(entities) == Texts{"Foodzy", "Qilong Automotive Group"});
  CHECK(EntityNamed(entities, "Foodzy").type == kOrg);
}

TEST_CASE("Two organizations' names with nothing between them are one", "[names]") {
  const std::string input =
      "Figures published by Calderholme Hospitals NHS Foundation Trust show waits rose. The "
      "US Federal Reserve held rates.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Calderholme", kOrg},
                                                          {"Hospitals NHS Foundation Trust", kOrg},
                                                          {"US", kLoc},
                                                          {"Federal Reserve", kOrg}});
  CHECK(EntityNames(entities) ==
        Texts{"Calderholme Hospitals NHS Foundation Trust", "US", "Federal Reserve"});
  // A people's adjective before an organization's name that ends in its word opens it; not
  // before a name of no such word.
  const std::string guild =
      "The American Screenwriters Guild condemned the deal. The French Grand Prix was cancelled.";
  const std::vector<Entity> writers = LinkTagged(guild, {{"American", kMisc},
                                                         {"Screenwriters Guild", kOrg},
                                                         {"French", kMisc},
                                                         {"Grand Prix", kOrg}});
  CHECK(EntityNames(writers) == Texts{"American Screenwriters Guild", "French", "Grand Prix"});
}

TEST_CASE("A name that opens with Team is a team's", "[names]") {
  const std::string input = "Brandsgaard, the Dane riding for Team Solvex, kept the lead.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Brandsgaard", kPer}, {"Dane", kMisc}, {"Team Solvex", kPer}});
  CHECK(EntityNamed(entities, "Team Solvex").type == kOrg);
}

TEST_CASE("A name that ends with Act or Regulation is a law's", "[names]") {
  const std::string input =
      "Governor Ann Holmgren signed the Personal Data Protection Act. Firms already follow the "
      "General Data Protection Regulation (GDPR) in Europe.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Ann Holmgren", kPer},
                         {"Personal Data Protection Act", kOrg},
                         {"General Data Protection Regulation", kOrg},
                         {"GDPR", kOrg},
                         {"Europe", kLoc}});
  CHECK(EntityNamed(entities, "Personal Data Protection Act").type == kMisc);
  CHECK(EntityNamed(entities, "General Data Protection Regulation").type == kMisc);
}

TEST_CASE("A party label in parentheses names nobody, a town's as a state's", "[names]") {
  const std::string input =
      "State Sen. Mara Holm (D-Millbrook) wrote the bill. Sen. Amy Klobuchar (D-Minn.) agreed.";
  const std::vector<Entity> entities = LinkTagged(
      input,
      {{"Mara Holm", kPer}, {"D-Millbrook", kPer}, {"Amy Klobuchar", kPer}, {"D-Minn", kPer}});
  CHECK(EntityNames(entities) == Texts{"Mara Holm", "Amy Klobuchar"});
}

// name_collector.cc AddName(): a month before a day is a date.
TEST_CASE("A month before a number is no name", "[names]") {
  const std::string input = "KESTLOW, England, Aug 29 (CPA) - Jan Kowalski 2 signed.";
  const std::vector<Entity> entities = LinkTagged(
      input, {{"KESTLOW", kLoc}, {"England", kLoc}, {"Aug", kLoc}, {"Jan Kowalski", kPer}});
  CHECK(EntityNames(entities) == Texts{"KESTLOW", "England", "Jan Kowalski"});
}

// name_additions.cc SplitPossessorFromName().
TEST_CASE("A possessor the text names on its own is no part of the name it owns", "[names]") {
  SECTION("the country and its ministry") {
    const std::string input =
        "Inflation in Estavia eased. The governor angered Estavia\u2019s Ministry of Finance.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Estavia", kLoc}, {"Estavia\u2019s Ministry of Finance", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Estavia", "Ministry of Finance"});
    CHECK(MentionTexts(input, entities, "Estavia") == Texts{"Estavia", "Estavia"});
  }
  SECTION("a possessive of the name's own") {
    const std::string input = "She ate at McDonald\u2019s Golden Arches in Ohio.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"McDonald\u2019s Golden Arches", kOrg}, {"Ohio", kLoc}});
    CHECK(EntityNames(entities) == Texts{"McDonald\u2019s Golden Arches", "Ohio"});
  }
}

// name_collector.cc AddName().
TEST_CASE("A school or water district is a public body, not a place", "[names]") {
  const std::string input =
      "Cases turned up in the Hazelport Unified School District and the Mission District.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Hazelport Unified School District", kLoc}, {"Mission District", kLoc}});
  CHECK(EntityNamed(entities, "Hazelport Unified School District").type == kOrg);
  CHECK(EntityNamed(entities, "Mission District").type == kLoc);
}

// abbreviations.txt and titles.txt: a police rank's abbreviation opens a person's name.
TEST_CASE("The words after Const., Det. or Supt are a person's name", "[names]") {
  const std::string input =
      "\u201COfficers were there,\u201D Const. Marie-\u00C8ve Thibodeau, a police spokesperson, "
      "said. Det. Owen Marsh agreed.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Thibodeau", kPer}, {"Marsh", kLoc}});
  CHECK(EntityNames(entities) == Texts{"Marie-\u00C8ve Thibodeau", "Owen Marsh"});
  // The rank, and the appositive's title beside it (name_collector.cc AddName()).
  CHECK(EntityNamed(entities, "Marie-\u00C8ve Thibodeau").titles ==
        Texts{"Const.", "police spokesperson"});
  CHECK(EntityNamed(entities, "Owen Marsh").type == kPer);
  // British ranks without their full stops, and "Ch" before one: the title, not the name.
  const std::string british =
      "Chief Superintendent Rhiannon Pryce spoke first. Ch Supt Pryce later told reporters "
      "there was no crime. Det Sgt Ann Lowe agreed.";
  const std::vector<Entity> police =
      LinkTagged(british, {{"Rhiannon Pryce", kPer}, {"Supt Pryce", kPer}, {"Sgt Ann Lowe", kPer}});
  CHECK(EntityNames(police) == Texts{"Rhiannon Pryce", "Ann Lowe"});
  CHECK(MentionTexts(british, police, "Rhiannon Pryce") == Texts{"Rhiannon Pryce", "Pryce"});
  CHECK(EntityNamed(police, "Ann Lowe").titles == Texts{"Det Sgt"});
}

// name_additions.cc JoinClubPrefixes(), name_collector.cc AddName(): sports-words.txt's clubs.
TEST_CASE("A club's abbreviation or last word makes its name an organization's", "[names]") {
  const std::string input =
      "Kestlow United signed the striker from CD Valdemora. Valdemora said the fee was fair. "
      "The AC unit failed.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Kestlow United", kPer}, {"Valdemora", kPer}, {"Valdemora", kPer}});
  CHECK(EntityNames(entities) == Texts{"Kestlow United", "CD Valdemora"});
  CHECK(EntityNamed(entities, "Kestlow United").type == kOrg);
  CHECK(EntityNamed(entities, "CD Valdemora").type == kOrg);
  CHECK(MentionTexts(input, entities, "CD Valdemora") == Texts{"CD Valdemora", "Valdemora"});
}

// titles.txt: a councillor's abbreviated title, Australian ("Cr") and British ("Cllr"), opens a
// person's name and is no part of it.
TEST_CASE("The words after Cr or Cllr are a person's name", "[names]") {
  const std::string input =
      "Cr Tomasz Wilkanowski voted against it. Cllr Margaret Ellery said the flats were unsafe. "
      "Cr Wilkanowski left.";
  const std::vector<Entity> entities = LinkTagged(
      input,
      {{"Cr Tomasz Wilkanowski", kOrg}, {"Cllr Margaret Ellery", kPer}, {"Cr Wilkanowski", kPer}});
  CHECK(EntityNames(entities) == Texts{"Tomasz Wilkanowski", "Margaret Ellery"});
  CHECK(MentionTexts(input, entities, "Tomasz Wilkanowski") ==
        Texts{"Tomasz Wilkanowski", "Wilkanowski"});
}

// name_titles.cc SplitTitles(): an honorific before a title word is part of the title.
TEST_CASE("Lord Mayor is a title that says no gender", "[names]") {
  SECTION("before the tagged name") {
    const std::string input = "Lord Mayor Aroha Whitfield opened the line.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Aroha Whitfield", kPer}});
    const Entity& mayor = EntityNamed(entities, "Aroha Whitfield");
    CHECK(mayor.titles == Texts{"Lord Mayor"});
    CHECK(mayor.gender == Gender::kUnknown);
  }
  SECTION("inside it, and Lord alone an honorific") {
    const std::string input = "Lord Mayor Aroha Whitfield met Lord Tane Harawira.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Lord Mayor Aroha Whitfield", kPer}, {"Lord Tane Harawira", kPer}});
    CHECK(EntityNamed(entities, "Aroha Whitfield").gender == Gender::kUnknown);
    CHECK(EntityNamed(entities, "Tane Harawira").gender == Gender::kMale);
  }
}

// name_additions.cc AddSpelledOutNames().
TEST_CASE("Words the acronym after them spells out are an organization's name", "[names]") {
  const std::string input =
      "The Civil Transport Safety Board (CTSB) said the crew was misled. The CTSB will report "
      "next year. Cold Weather (XW) was blamed.";
  const std::vector<Entity> entities = LinkTagged(input, {{"CTSB", kOrg}, {"CTSB", kOrg}});
  CHECK(EntityNames(entities) == Texts{"Civil Transport Safety Board"});
  CHECK(MentionTexts(input, entities, "Civil Transport Safety Board") ==
        Texts{"Civil Transport Safety Board", "CTSB", "CTSB"});
  // The tagger took the last words for a person's name ("Dock" is a first name), and left the
  // first out; a person's name the acronym does not spell stays one.
  const std::string union_ =
      "Pay would fall, according to the Maritime and Dock Workers’ Union (MDWU). Dock Ellis "
      "Union (DU) agreed.";
  const std::vector<Entity> dockers = LinkTagged(
      union_, {{"Dock Workers’ Union", kPer}, {"MDWU", kOrg}, {"Dock Ellis Union", kPer}});
  CHECK(EntityNamed(dockers, "Maritime and Dock Workers’ Union").type == kOrg);
  CHECK(MentionTexts(union_, dockers, "Maritime and Dock Workers’ Union") ==
        Texts{"Maritime and Dock Workers’ Union", "MDWU"});
  CHECK(EntityNamed(dockers, "Dock Ellis Union").type == kPer);
  // A kind of organization in small letters and the words before it, a place's name among them;
  // not a noun of no organization ("memorandum of understanding"), nor over a person's name.
  const std::string board =
      "The report criticises the East Pennine integrated care board (ICB) for failing to act. "
      "In a statement, the ICB said it would reflect. They signed a memorandum of understanding "
      "(MOU). Ann Lee board (ALB) met.";
  const std::vector<Entity> bodies =
      LinkTagged(board, {{"East Pennine", kLoc}, {"ICB", kOrg}, {"Ann Lee", kPer}});
  CHECK(EntityNames(bodies) == Texts{"East Pennine integrated care board", "Ann Lee"});
  // An organization's name the tagger cut after its first word, the rest in small letters.
  const std::string french =
      "The head of the Confédération générale des salariés (CGS) spoke. The CGS marched.";
  const std::vector<Entity> unions = LinkTagged(french, {{"Confédération", kOrg}});
  CHECK(EntityNames(unions) == Texts{"Confédération générale des salariés"});
  CHECK(MentionTexts(french, unions, "Confédération générale des salariés") ==
        Texts{"Confédération générale des salariés", "CGS", "CGS"});
  CHECK(MentionTexts(board, bodies, "East Pennine integrated care board") ==
        Texts{"East Pennine integrated care board", "ICB", "ICB"});
}

// name_grouping.cc GroupPeople(): a Spanish full name's first surname names its person.
TEST_CASE("A first surname alone names the person with two surnames", "[names]") {
  const std::string input =
      "Ignacio Ferr\u00E1n Ulloa chaired the talks. Ferr\u00E1n said a deal was close. John Paul "
      "Jones listened. Paul left.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Ignacio Ferr\u00E1n Ulloa", kPer},
                                                          {"Ferr\u00E1n", kPer},
                                                          {"John Paul Jones", kPer},
                                                          {"Paul", kPer}});
  CHECK(MentionTexts(input, entities, "Ignacio Ferr\u00E1n Ulloa") ==
        Texts{"Ignacio Ferr\u00E1n Ulloa", "Ferr\u00E1n"});
  CHECK(MentionTexts(input, entities, "John Paul Jones") == Texts{"John Paul Jones"});
}

// titles.txt: a player's position before the name is a title, not part of the name.
TEST_CASE("A player's position before the name is a title", "[names]") {
  const std::string input = "Paceman Sione Latu took four wickets. Striker Ana Vidal scored.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Paceman Sione Latu", kPer}, {"Striker Ana Vidal", kPer}});
  CHECK(EntityNames(entities) == Texts{"Sione Latu", "Ana Vidal"});
  CHECK(EntityNamed(entities, "Sione Latu").titles == Texts{"Paceman"});
}

// name_additions.cc AddTitledNames(): after one title word, the capitalized words of a name the
// tagger began as a person's; titles.txt's "Prof" and "Madam".
TEST_CASE("A person's name the tagger began after a title runs on over the capitalized words",
          "[names]") {
  const std::string input =
      "Transport Minister Chee Hong Liang told Parliament. Prof Clarissa de Souza and Madam "
      "Nurul Huda Zainal listened. Chee said more.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Chee", kPer},
                                                          {"Hong Liang", kLoc},
                                                          {"Clarissa de Souza", kPer},
                                                          {"Nurul Huda Zainal", kPer},
                                                          {"Chee", kPer}});
  CHECK(EntityNames(entities) ==
        Texts{"Chee Hong Liang", "Clarissa de Souza", "Nurul Huda Zainal"});
  CHECK(EntityNamed(entities, "Chee Hong Liang").titles == Texts{"Transport Minister"});
  CHECK(EntityNamed(entities, "Clarissa de Souza").titles == Texts{"Prof"});
  CHECK(EntityNamed(entities, "Nurul Huda Zainal").gender == Gender::kFemale);
}

// titles.txt: a school's principal and Ireland's Taoiseach and TD are titles, split off the
// name the tagger ran them into whatever its type.
TEST_CASE("Principal, Taoiseach, TD, Leader of the Opposition, Member are titles", "[names]") {
  const std::string input =
      "All reached the roof, according to Principal Shinji Yatabe. Taoiseach Conor Brannelly "
      "spoke. In Drumcashel, Fine Party TD Tomasz Wroblewski, who holds a seat, agreed.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Principal Shinji Yatabe", kOrg},
                         {"Taoiseach Conor Brannelly", kPer},
                         {"Drumcashel", kLoc},
                         {"Fine Party TD Tomasz Wroblewski", kOrg}});
  CHECK(EntityNames(entities) ==
        Texts{"Shinji Yatabe", "Conor Brannelly", "Drumcashel", "Fine Party", "Tomasz Wroblewski"});
  CHECK(EntityNamed(entities, "Shinji Yatabe").type == kPer);
  CHECK(EntityNamed(entities, "Shinji Yatabe").titles == Texts{"Principal"});
  CHECK(EntityNamed(entities, "Conor Brannelly").titles == Texts{"Taoiseach"});
  CHECK(EntityNamed(entities, "Tomasz Wroblewski").titles == Texts{"TD", "Fine Party TD"});
  const std::string westminster =
      "Leader of the Opposition Imtiaz Qureshi conceded. Council Member Yesenia Castellanos "
      "objected.";
  const std::vector<Entity> titled =
      LinkTagged(westminster, {{"Opposition Imtiaz Qureshi", kPer}, {"Yesenia Castellanos", kPer}});
  CHECK(EntityNames(titled) == Texts{"Imtiaz Qureshi", "Yesenia Castellanos"});
  CHECK(EntityNamed(titled, "Imtiaz Qureshi").titles == Texts{"Leader of the Opposition"});
  CHECK(EntityNamed(titled, "Yesenia Castellanos").titles == Texts{"Council Member"});
}

// name_collector.cc Collect() and org-words.txt: a name that ends in a company's word is a
// company's, though a first name opens it ("Bellamy Foods"); one that ends in another word of
// organizations' names, when no first name but a title word opens it ("Justice Alliance").
TEST_CASE("A name that ends in a company's word is an organization's", "[names]") {
  const std::string input =
      "He came from Bellamy Foods after Orvanta Biologics hired Tom Books. Larkspur Books shut. "
      "Merriden Capital Markets rates it a sell. Bramblewood Zoo has a calf. Larchfield "
      "Residential sold the flats.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Bellamy Foods", kPer},
                                                          {"Orvanta Biologics", kPer},
                                                          {"Tom Books", kPer},
                                                          {"Larkspur Books", kLoc},
                                                          {"Merriden Capital Markets", kLoc},
                                                          {"Bramblewood Zoo", kLoc},
                                                          {"Larchfield Residential", kMisc}});
  CHECK(EntityNamed(entities, "Bellamy Foods").type == kOrg);
  CHECK(EntityNamed(entities, "Merriden Capital Markets").type == kOrg);
  CHECK(EntityNamed(entities, "Bramblewood Zoo").type == kOrg);
  CHECK(EntityNamed(entities, "Orvanta Biologics").type == kOrg);
  CHECK(EntityNamed(entities, "Larkspur Books").type == kOrg);
  CHECK(EntityNamed(entities, "Larchfield Residential").type == kOrg);
  // A first name that is a title word opens no person's name before an organization's word.
  const std::string alliance = "The Tenant Justice Alliance, which pushed for the cap, objected.";
  const std::vector<Entity> tenants = LinkTagged(alliance, {{"Justice Alliance", kPer}});
  CHECK(EntityNames(tenants) == Texts{"Tenant Justice Alliance"});
  CHECK(EntityNamed(tenants, "Tenant Justice Alliance").type == kOrg);
}

// name_additions.cc RetypeOrganizationsByContext(): a name taken for a work's or an event's,
// after a place's possessive and listed beside a company's, is a company's; not a work or an
// event of the company listed beside it.
TEST_CASE("A name listed beside a company's is a company's", "[names]") {
  const std::string input =
      "Its order book is tied to automakers including Tenrai Motors and Germany's Voss-Hallberg. "
      "Microsoft Corp and Windows users were hit. Brands include Pixar Animation Studios and "
      "Star Wars, it said.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Tenrai Motors", kOrg},
                                                          {"Germany", kLoc},
                                                          {"Voss-Hallberg", kMisc},
                                                          {"Microsoft Corp", kOrg},
                                                          {"Windows", kMisc},
                                                          {"Pixar Animation Studios", kOrg},
                                                          {"Star Wars", kMisc}});
  CHECK(EntityNamed(entities, "Voss-Hallberg").type == kOrg);
  CHECK(EntityNamed(entities, "Windows").type == kMisc);
  CHECK(EntityNamed(entities, "Star Wars").type == kMisc);
}

// organization_names.cc AddShortOrganizationNames(): "the" and the word of organizations' names
// one organization's name ends in ("Samiti", org-words.txt) name it, whatever the tagger took the
// word for; not where two organizations' names end in it.
TEST_CASE("The word of its kind that ends one organization's name names it", "[names]") {
  const std::string input =
      "Farmers of the Akhil Vindhya Kisan Sangharsh Samiti marched. According to the Samiti, 47 "
      "farmers have died.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Akhil Vindhya Kisan Sangharsh Samiti", kOrg}, {"Samiti", kLoc}});
  CHECK(EntityNames(entities) == Texts{"Akhil Vindhya Kisan Sangharsh Samiti"});
  CHECK(MentionTexts(input, entities, "Akhil Vindhya Kisan Sangharsh Samiti") ==
        Texts{"Akhil Vindhya Kisan Sangharsh Samiti", "Samiti"});
  const std::string two =
      "The Kisan Samiti and the Mazdoor Samiti marched. According to the Samiti, 47 farmers have "
      "died.";
  const std::vector<Entity> both =
      LinkTagged(two, {{"Kisan Samiti", kOrg}, {"Mazdoor Samiti", kOrg}, {"Samiti", kLoc}});
  CHECK(MentionTexts(two, both, "Kisan Samiti") == Texts{"Kisan Samiti"});
  CHECK(MentionTexts(two, both, "Mazdoor Samiti") == Texts{"Mazdoor Samiti"});
  // Not a word of organizations' names that is no public body's ("Capital", "Watch").
  const std::string capital =
      "Smog in the Capital was severe. The round was led by Sequoia Capital, and the Capital "
      "said schools would shut.";
  const std::vector<Entity> city =
      LinkTagged(capital, {{"Capital", kLoc}, {"Sequoia Capital", kOrg}, {"Capital", kLoc}});
  CHECK(MentionTexts(capital, city, "Sequoia Capital") == Texts{"Sequoia Capital"});
}

// name_grouping.cc JoinShortOrganizationNames() and name_additions.cc
// AddShortOrganizationNames(): the first word of a company's or a club's name names it, where
// the tagger was unsure of the word, took it for a person's or left it untagged at a
// sentence's start; a word it calls a place every time stays the place.
TEST_CASE("The first word of a company's or a club's name names it", "[names]") {
  const std::string input =
      "Corvina Health Technologies was hacked. In a statement, Corvina said it acted fast. "
      "Regulators may fine Corvina. Larkspur Books shut 80 stores. Larkspur said gift cards "
      "stay valid. Kestlow United signed a striker. Kestlow said he was fit. Denver Foods "
      "moved to Denver.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Corvina Health Technologies", kOrg},
                                                          {"Corvina", kMisc},
                                                          {"Corvina", kMisc},
                                                          {"Larkspur Books", kOrg},
                                                          {"Kestlow United", kOrg},
                                                          {"Kestlow", kPer},
                                                          {"Denver Foods", kOrg},
                                                          {"Denver", kLoc}});
  CHECK(EntityNames(entities) == Texts{"Corvina Health Technologies", "Larkspur Books",
                                       "Kestlow United", "Denver Foods", "Denver"});
  CHECK(MentionTexts(input, entities, "Larkspur Books") == Texts{"Larkspur Books", "Larkspur"});
  CHECK(MentionTexts(input, entities, "Kestlow United") == Texts{"Kestlow United", "Kestlow"});
  // A research firm's ("Research", org-words.txt).
  const std::string analysts =
      "Haruka Imamura, an analyst at Calloway Research, said rain fell. Demand will fall, "
      "according to Calloway.";
  const std::vector<Entity> firm = LinkTagged(
      analysts, {{"Haruka Imamura", kPer}, {"Calloway Research", kLoc}, {"Calloway", kOrg}});
  CHECK(EntityNamed(firm, "Calloway Research").type == kOrg);
  CHECK(MentionTexts(analysts, firm, "Calloway Research") ==
        Texts{"Calloway Research", "Calloway"});
  // A cooperative's ("Cooperative"), which "the utility" may then mean.
  const std::string power =
      "Homes were without power, according to Delta Plains Electric Cooperative.";
  const std::vector<Entity> utility =
      LinkTagged(power, {{"Delta Plains Electric Cooperative", kLoc}});
  CHECK(EntityNamed(utility, "Delta Plains Electric Cooperative").type == kOrg);
  // A fund's ("Capital") and an institute's (a public body's word, which a place's name never
  // ends in).
  const std::string firms =
      "Sofia Brandao is an analyst at Halvorsen Capital in Madrid. Leila Farouk works at the Gulf "
      "Institute for Resource Studies.";
  const std::vector<Entity> kinds = LinkTagged(firms, {{"Sofia Brandao", kPer},
                                                       {"Halvorsen Capital", kLoc},
                                                       {"Madrid", kLoc},
                                                       {"Leila Farouk", kPer},
                                                       {"Gulf Institute", kLoc}});
  CHECK(EntityNamed(kinds, "Halvorsen Capital").type == kOrg);
  CHECK(EntityNamed(kinds, "Gulf Institute for Resource Studies").type == kOrg);
  // name_grouping.cc JoinOrganizationPrefixes(): the words before a shipping company's word
  // ("Tankers", org-words.txt) name it, though the tagger took them for a person's name.
  const std::string ship =
      "Brekke Lindqvist Tankers said it was cooperating. Brekke Lindqvist did not say what "
      "caused the grounding.";
  const std::vector<Entity> owner =
      LinkTagged(ship, {{"Brekke Lindqvist Tankers", kOrg}, {"Brekke Lindqvist", kPer}});
  CHECK(EntityNames(owner) == Texts{"Brekke Lindqvist Tankers"});
  CHECK(MentionTexts(ship, owner, "Brekke Lindqvist Tankers") ==
        Texts{"Brekke Lindqvist Tankers", "Brekke Lindqvist"});
  // A company's suffix ("AG") says the name is a company's; a word the tagger called an
  // organization twice, whatever else it called it, is the club's.
  const std::string more =
      "Valtrona AG recalled a pill. Valtrona said stocks were checked. Kilbraith Athletic won. "
      "Kilbraith fans sang in Kilbraith. Kilbraith said he was fit. Kilbraith travel north.";
  const std::vector<Entity> recall = LinkTagged(more, {{"Valtrona AG", kOrg},
                                                       {"Valtrona", kPer},
                                                       {"Kilbraith Athletic", kOrg},
                                                       {"Kilbraith", kLoc},
                                                       {"Kilbraith", kLoc},
                                                       {"Kilbraith", kOrg},
                                                       {"Kilbraith", kOrg}});
  CHECK(EntityNames(recall) == Texts{"Valtrona AG", "Kilbraith Athletic"});
}
