// Entities beyond people's names (issue 3): organizations called by part of their name or by an
// acronym, newspapers and clubs, names in an ALL-CAPS headline, gender and pronouns,
// nationalities, datelines, leading articles, and what every entity promises: ids in the order
// of first mention, mentions whose text is their span of the input, names tagged to the end of
// a long text and never read in two pieces. Some cases run Analyze() on news sentences whose
// names the statistical tagger finds reliably, the others LinkEntities() on names they tag by
// hand (LinkTagged, tagged_helpers.h), so that a failure points at the linking.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis_helpers.h"
#include "entity_checks.h"
#include "newslens/newslens.h"
#include "tagged_helpers.h"
#include "text/word_classes.h"

using newslens::Analysis;
using newslens::Entity;
using newslens::EntityType;
using newslens::Gender;
using newslens::Mention;
using newslens::MentionKind;
using newslens::testing::AnalyzeOk;
using newslens::testing::EntitiesNamed;
using newslens::testing::EntityMentionedAt;
using newslens::testing::FindEntity;
using newslens::testing::GenderOf;
using newslens::testing::LinkTagged;
using newslens::testing::MentionKinds;
using newslens::testing::MentionTexts;
using newslens::testing::OnlyEntityNamed;
using newslens::testing::ReadTagged;
using newslens::testing::Referent;
using newslens::testing::Slice;
using newslens::testing::TaggedReading;
using newslens::testing::TypeOf;

TEST_CASE("A newspaper's name takes the word that ends it", "[entities]") {
  // A photo credit, "Photographer/Paper": the tagger stopped before "Gazette".
  const std::vector<Entity> entities =
      LinkTagged("The mill burned on Sunday night. (Photo: Dana Price/Westbury Gazette)",
                 {{"Dana Price", EntityType::kPer}, {"Westbury", EntityType::kOrg}});
  const Entity* paper = FindEntity(entities, "Westbury Gazette");
  REQUIRE(paper != nullptr);
  CHECK(paper->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Westbury") == nullptr);
}

TEST_CASE("A one-word organization name is the longer one it begins or ends", "[entities]") {
  SECTION("Northgale and Northgale Energy") {
    const std::vector<Entity> entities = LinkTagged(
        "Northgale Energy said it would cut 400 jobs. Northgale shares fell 6.2 percent.",
        {{"Northgale Energy", EntityType::kOrg}, {"Northgale", EntityType::kOrg}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Northgale Energy");
    CHECK(entities[0].mentions.size() == 2);
  }
  SECTION("not when two organizations begin with the word") {
    const std::vector<Entity> entities =
        LinkTagged("Harvard University and Harvard Medical School disagreed. Harvard said nothing.",
                   {{"Harvard University", EntityType::kOrg},
                    {"Harvard Medical School", EntityType::kOrg},
                    {"Harvard", EntityType::kOrg}});
    CHECK(entities.size() == 3);
  }
}

// name_collector.cc: a name takes up to two words that end organizations' names after it.
TEST_CASE("A company's name takes its last words and its legal form", "[entities]") {
  const std::string input = "The train left the tracks, according to Amakaze Railway Co.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Amakaze", EntityType::kOrg}});
  const Entity* company = FindEntity(entities, "Amakaze Railway Co.");
  REQUIRE(company != nullptr);
  CHECK(company->type == EntityType::kOrg);
  // A word that opens organizations' names opens no person's.
  const std::vector<Entity> minera =
      LinkTagged("The mine is run by Minera Huaycoral.", {{"Minera Huaycoral", EntityType::kPer}});
  REQUIRE(FindEntity(minera, "Minera Huaycoral") != nullptr);
  CHECK(FindEntity(minera, "Minera Huaycoral")->type == EntityType::kOrg);
  // An Irish body's name opens with its article: "An" inside a sentence, before such a word.
  const std::string irish =
      "The plan was approved by An Bord Pleanála on Friday. The board said the turbines were "
      "acceptable.";
  const TaggedReading board = ReadTagged(irish, {{"Bord Pleanála", EntityType::kPer}});
  CHECK(Referent(board, "The board") == "An Bord Pleanála");
  REQUIRE(FindEntity(board.entities, "An Bord Pleanála") != nullptr);
  CHECK(FindEntity(board.entities, "An Bord Pleanála")->type == EntityType::kOrg);
  // A title word that opens an organization's name is no person's title ("Health").
  const std::vector<Entity> authority =
      LinkTagged("It was in a report by the Health Performance Authority. The watchdog said so.",
                 {{"Health Performance Authority", EntityType::kOrg}});
  REQUIRE(FindEntity(authority, "Health Performance Authority") != nullptr);
  CHECK(FindEntity(authority, "Health Performance Authority")->type == EntityType::kOrg);
  // Capitalized words the tagger left out after a name, then a word that ends organizations'
  // names, not a company's: an organization.
  const std::vector<Entity> trust =
      LinkTagged("The worst was North Tolland Hospitals Trust, where 41,000 people wait.",
                 {{"Tolland", EntityType::kPer}});
  REQUIRE(FindEntity(trust, "North Tolland Hospitals Trust") != nullptr);
  CHECK(FindEntity(trust, "North Tolland Hospitals Trust")->type == EntityType::kOrg);
  // Minerals and Metals end companies' names: a person's name does not.
  const std::vector<Entity> miner =
      LinkTagged("Mine operator Andesmar Minerals said eight workers escaped.",
                 {{"Andesmar Minerals", EntityType::kPer}});
  REQUIRE(FindEntity(miner, "Andesmar Minerals") != nullptr);
  CHECK(FindEntity(miner, "Andesmar Minerals")->type == EntityType::kOrg);
}

// name_collector.cc: capitalized words the tagger left out after a name, then a company's word,
// make a company's name; name_grouping.cc JoinShortOrganizationNames(): a first name alone
// every time, never a person's full name in the text, is the company it opens.
TEST_CASE("A first name alone that opens a company's name is the company", "[entities]") {
  const std::string input =
      "Northcastle has launched a bid for Aurelia Copper Corp., whose board rejected it. "
      "Aurelia said the offer was too low. Aurelia shares rose.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Northcastle", EntityType::kOrg},
                                                          {"Aurelia", EntityType::kPer},
                                                          {"Aurelia", EntityType::kPer},
                                                          {"Aurelia", EntityType::kPer}});
  const Entity* company = FindEntity(entities, "Aurelia Copper Corp.");
  REQUIRE(company != nullptr);
  CHECK(company->type == EntityType::kOrg);
  CHECK(MentionTexts(input, *company) ==
        std::vector<std::string>{"Aurelia Copper Corp.", "Aurelia", "Aurelia"});
}

// name_grouping.cc JoinOrganizationPrefixes(): the first words of an organization's name, the
// name every time its entity is named, are the organization; not a place's.
TEST_CASE("An organization is called by the first words of its name", "[entities]") {
  const std::string input =
      "Hafod Tywyn University Health Board said the unit would close. In a statement, Hafod "
      "Tywyn said it would work with families.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Hafod Tywyn University Health Board", EntityType::kOrg},
                         {"Hafod Tywyn", EntityType::kPer}});
  const Entity* board = FindEntity(entities, "Hafod Tywyn University Health Board");
  REQUIRE(board != nullptr);
  CHECK(board->type == EntityType::kOrg);
  CHECK(board->mentions.size() == 2);
  CHECK(FindEntity(entities, "Hafod Tywyn") == nullptr);
  // A place that opens a body's name stays the place.
  const std::string county =
      "The Tamsin County Health Department said cases rose. Any Tamsin County resident may come.";
  const std::vector<Entity> places = LinkTagged(
      county,
      {{"Tamsin County Health Department", EntityType::kOrg}, {"Tamsin County", EntityType::kLoc}});
  REQUIRE(FindEntity(places, "Tamsin County") != nullptr);
  CHECK(FindEntity(places, "Tamsin County")->type == EntityType::kLoc);
}

// name_grouping.cc GroupOthers(), name_text.cc GroupingKey(): an organization's name without
// its legal form is the same organization.
TEST_CASE("An organization is named with or without its legal form", "[entities]") {
  const std::string input =
      "Amakaze Railway Co. runs the line. Amakaze Railway said it would pay the costs. "
      "Orrin Holdings Ltd said little. Orrin Holdings declined to comment.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Amakaze Railway Co.", EntityType::kOrg},
                                                          {"Amakaze Railway", EntityType::kOrg},
                                                          {"Orrin Holdings Ltd", EntityType::kOrg},
                                                          {"Orrin Holdings", EntityType::kOrg}});
  const Entity* railway = FindEntity(entities, "Amakaze Railway Co.");
  REQUIRE(railway != nullptr);
  CHECK(MentionTexts(input, *railway) ==
        std::vector<std::string>{"Amakaze Railway Co.", "Amakaze Railway"});
  const Entity* holdings = FindEntity(entities, "Orrin Holdings Ltd");
  REQUIRE(holdings != nullptr);
  CHECK(holdings->mentions.size() == 2);
  CHECK(FindEntity(entities, "Amakaze Railway") == nullptr);
}

// name_collector.cc StartOfOrganizationName(): a word that ends organizations' names and "of"
// before the name the tagger found are its first words.
TEST_CASE("An office of a field is one organization's name", "[entities]") {
  const std::string input =
      "A statement from the state Office of School Accountability said the plan was lawful.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"School Accountability", EntityType::kOrg}});
  CHECK(FindEntity(entities, "Office of School Accountability") != nullptr);
  CHECK(FindEntity(entities, "School Accountability") == nullptr);
}

// name_grouping.cc JoinShortOrganizationNames(): a company's name opens with its short name.
TEST_CASE("A company is called by the first word of its name", "[entities]") {
  const std::string input =
      "Hollowell Land Partners will build 900 homes. Hollowell had already cut its tallest "
      "building by four storeys.";
  const std::vector<Entity> entities = LinkTagged(
      input, {{"Hollowell Land Partners", EntityType::kOrg}, {"Hollowell", EntityType::kOrg}});
  const Entity* firm = FindEntity(entities, "Hollowell Land Partners");
  REQUIRE(firm != nullptr);
  CHECK(MentionTexts(input, *firm) ==
        std::vector<std::string>{"Hollowell Land Partners", "Hollowell"});
  CHECK(FindEntity(entities, "Hollowell") == nullptr);
}

TEST_CASE("A one-word name the text treats as no person's is the organization it begins",
          "[entities]") {
  // The tagger calls "Brightwell" a person every time; "which" and a CEO after it say otherwise.
  const std::string input =
      "Marisol Ochoa, a spokesperson for Brightwell Social, confirmed the bug. Brightwell CEO "
      "Oskar Valtonen apologized. Brightwell says it has fixed it. Brightwell, which raised $120 "
      "million last year, declined to comment.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Marisol Ochoa", EntityType::kPer},
                                                          {"Brightwell Social", EntityType::kOrg},
                                                          {"Brightwell", EntityType::kPer},
                                                          {"Oskar Valtonen", EntityType::kPer},
                                                          {"Brightwell", EntityType::kPer},
                                                          {"Brightwell", EntityType::kPer}});
  const Entity* firm = FindEntity(entities, "Brightwell Social");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrg);
  CHECK(MentionTexts(input, *firm) ==
        std::vector<std::string>{"Brightwell Social", "Brightwell", "Brightwell", "Brightwell"});
  CHECK(FindEntity(entities, "Brightwell") == nullptr);
}

TEST_CASE("A club is called by the last or the first word of its name", "[entities]") {
  SECTION("the last word, untagged, and the first, tagged once as a place") {
    const std::string input =
        "Ashby Rovers lost 2-1 to Millbrook Athletic on Saturday. Rovers had led until the "
        "80th minute. Millbrook coach Jo Hart was pleased. The result lifts Millbrook above "
        "Rovers.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Ashby Rovers", EntityType::kOrg},
                           {"Millbrook Athletic", EntityType::kOrg},
                           {"Millbrook", EntityType::kOrg},
                           {"Jo Hart", EntityType::kPer},
                           {"Millbrook", EntityType::kLoc}});
    const Entity* rovers = FindEntity(entities, "Ashby Rovers");
    REQUIRE(rovers != nullptr);
    CHECK(MentionTexts(input, *rovers) ==
          std::vector<std::string>{"Ashby Rovers", "Rovers", "Rovers"});
    const Entity* millbrook = FindEntity(entities, "Millbrook Athletic");
    REQUIRE(millbrook != nullptr);
    CHECK(millbrook->type == EntityType::kOrg);
    CHECK(MentionTexts(input, *millbrook) ==
          std::vector<std::string>{"Millbrook Athletic", "Millbrook", "Millbrook"});
    CHECK(FindEntity(entities, "Millbrook") == nullptr);
  }
  SECTION("not a word the text also writes in lower case") {
    const std::string input =
        "Severn Valley Police made two arrests. Police said the police van was found.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Severn Valley Police", EntityType::kOrg}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].mentions.size() == 1);
  }
  SECTION("not a word that ends two organizations' names") {
    const std::string input = "Ashby Rovers drew with Dunmore Rovers. Rovers fans sang.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Ashby Rovers", EntityType::kOrg}, {"Dunmore Rovers", EntityType::kOrg}});
    CHECK(entities.size() == 2);
    for (const Entity& entity : entities) CHECK(entity.mentions.size() == 1);
  }
  SECTION("a place stays a place when the tagger never or seldom called it an organization") {
    const std::string input =
        "Millbrook Athletic won again. Fans in Millbrook celebrated until midnight.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Millbrook Athletic", EntityType::kOrg}, {"Millbrook", EntityType::kLoc}});
    CHECK(entities.size() == 2);
    const std::string seldom =
        "Millbrook Athletic won again. Fans in Millbrook celebrated, Millbrook bars stayed "
        "open and Millbrook woke late.";
    const std::vector<Entity> city = LinkTagged(seldom, {{"Millbrook Athletic", EntityType::kOrg},
                                                         {"Millbrook", EntityType::kLoc},
                                                         {"Millbrook", EntityType::kOrg},
                                                         {"Millbrook", EntityType::kLoc}});
    const Entity* town = FindEntity(city, "Millbrook");
    REQUIRE(town != nullptr);
    CHECK(town->mentions.size() == 3);
  }
}

TEST_CASE("An acronym and its expansion are one organization", "[entities]") {
  SECTION("the acronym later in the text") {
    const std::string input =
        "Agents from the Federal Bureau of Investigation searched the house. The FBI said it "
        "would not comment further.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& fbi = OnlyEntityNamed(analysis, "Federal Bureau of Investigation");
    CHECK(fbi.type == EntityType::kOrg);
    // "it" is the FBI's too: the reference layer reads the pronoun.
    CHECK(MentionTexts(input, fbi) ==
          std::vector<std::string>{"Federal Bureau of Investigation", "FBI", "it"});
    CHECK(EntitiesNamed(analysis, "FBI").empty());
  }
  SECTION("the expansion's type, not the acronym's, however often the tagger typed it") {
    const std::string input =
        "The National Electoral Commission (NEC) announced the results. NEC officials met. The "
        "NEC count was slow. NEC staff left.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"National Electoral Commission", EntityType::kOrg},
                           {"NEC", EntityType::kLoc},
                           {"NEC", EntityType::kLoc},
                           {"NEC", EntityType::kLoc},
                           {"NEC", EntityType::kLoc}});
    const Entity* nec = FindEntity(entities, "National Electoral Commission");
    REQUIRE(nec != nullptr);
    CHECK(nec->type == EntityType::kOrg);
    CHECK(nec->mentions.size() == 5);
  }
  SECTION("the acronym in parentheses after the expansion") {
    const std::string input =
        "Investigators from the Securities and Exchange Commission (SEC) visited the firm. The "
        "SEC has not filed charges.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& sec = OnlyEntityNamed(analysis, "Securities and Exchange Commission");
    CHECK(sec.type == EntityType::kOrg);
    CHECK(MentionTexts(input, sec) ==
          std::vector<std::string>{"Securities and Exchange Commission", "SEC", "SEC"});
  }
  SECTION("an acronym as a modifier") {
    const std::string input =
        "The European Union said on Monday it would extend sanctions. An EU spokesman said the "
        "decision was unanimous.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& eu = OnlyEntityNamed(analysis, "European Union");
    // "it" is the Union's too: the reference layer reads the pronoun.
    CHECK(MentionTexts(input, eu) == std::vector<std::string>{"European Union", "it", "EU"});
  }
  SECTION("words in small letters and a possessive's mark spell nothing; a word before it") {
    const std::string input =
        "The Banco Nacional de Reserva (BNR) held its rate. The BNR said prices were calm. "
        "Members of the United Rail Workers\u2019 Union (URWU) walked out. URWU said more would "
        "follow. The Irish Nursing and Midwifery Alliance (INMA) counted 94 patients. INMA "
        "called it a crisis.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Banco Nacional de Reserva", EntityType::kOrg},
                           {"BNR", EntityType::kOrg},
                           {"BNR", EntityType::kOrg},
                           {"United Rail Workers\u2019 Union", EntityType::kOrg},
                           {"URWU", EntityType::kOrg},
                           {"URWU", EntityType::kOrg},
                           {"Irish", EntityType::kMisc},
                           {"Nursing and Midwifery Alliance", EntityType::kOrg},
                           {"INMA", EntityType::kOrg},
                           {"INMA", EntityType::kOrg}});
    std::vector<std::string> names;
    for (const Entity& e : entities) names.push_back(e.name);
    CHECK(names == std::vector<std::string>{"Banco Nacional de Reserva",
                                            "United Rail Workers\u2019 Union",
                                            "Irish Nursing and Midwifery Alliance"});
  }
  SECTION("words before the name that the acronym spells, over 'to'; any acronym in parentheses") {
    // "ONAE" spells a name in another language than the one written: it abbreviates the name
    // it follows all the same.
    const std::string input =
        "The walk-in was organized by the Alliance to Reclaim Our Schools (AROS). AROS said it "
        "was its largest yet. Another 23 people were missing, according to the National "
        "Emergency Office (ONAE). ONAE said dogs were searching.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Reclaim Our Schools", EntityType::kOrg},
                           {"AROS", EntityType::kOrg},
                           {"AROS", EntityType::kOrg},
                           {"National Emergency Office", EntityType::kOrg},
                           {"ONAE", EntityType::kOrg},
                           {"ONAE", EntityType::kOrg}});
    std::vector<std::string> names;
    for (const Entity& e : entities) names.push_back(e.name);
    CHECK(names ==
          std::vector<std::string>{"Alliance to Reclaim Our Schools", "National Emergency Office"});
  }
}

TEST_CASE("A title-case headline's word the body writes in small letters is no name",
          "[entities]") {
  const std::string input =
      "Vendelstein Cuts Outlook as CEO Warns of \u2018Brutal\u2019 China Market\n\n"
      "Vendelstein cut its forecast. \u201CThe market in China is brutal,\u201D the chief "
      "executive said.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Vendelstein", EntityType::kOrg},
                                                          {"Outlook", EntityType::kLoc},
                                                          {"Warns", EntityType::kPer},
                                                          {"Brutal", EntityType::kMisc},
                                                          {"China", EntityType::kLoc},
                                                          {"Vendelstein", EntityType::kOrg},
                                                          {"China", EntityType::kLoc}});
  std::vector<std::string> names;
  for (const Entity& e : entities) names.push_back(e.name);
  // "Outlook" stays: nothing in the text says it is no name.
  CHECK(names == std::vector<std::string>{"Vendelstein", "Outlook", "China"});
}

TEST_CASE("Names in an ALL-CAPS headline join their entities in the body", "[entities]") {
  const std::string input =
      "TRUMP AND PUTIN TO MEET IN HELSINKI\n\n"
      "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
      "month, the White House said.";
  const Analysis analysis = AnalyzeOk(input);
  const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
  CHECK(MentionTexts(input, trump) == std::vector<std::string>{"TRUMP", "Donald Trump"});
  const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
  CHECK(MentionTexts(input, putin) == std::vector<std::string>{"PUTIN", "Vladimir Putin"});
  const Entity& helsinki = OnlyEntityNamed(analysis, "Helsinki");
  CHECK(helsinki.type == EntityType::kLoc);
  CHECK(MentionTexts(input, helsinki) == std::vector<std::string>{"HELSINKI", "Helsinki"});
  // The canonical name keeps the body's case, not the headline's.
  CHECK(EntitiesNamed(analysis, "TRUMP").empty());
  CHECK(EntitiesNamed(analysis, "HELSINKI").empty());
}

TEST_CASE("Gender", "[entities]") {
  SECTION("from first names") {
    const Analysis analysis =
        AnalyzeOk("Helen Carter, Kwame Mensah and Priya Raman were named to the board on Monday.");
    CHECK(GenderOf(analysis, "Helen Carter") == "female");
    CHECK(GenderOf(analysis, "Kwame Mensah") == "male");
    CHECK(GenderOf(analysis, "Priya Raman") == "female");
  }
  SECTION("from the pronouns that refer to a name the statistics do not know") {
    // "Oluwaseun" is not in the first-name list: only the pronoun can tell.
    const Analysis she = AnalyzeOk(
        "Oluwaseun Adeyemi scored twice in the final. She said the team had trained for months.");
    CHECK(GenderOf(she, "Oluwaseun Adeyemi") == "female");
    const Analysis he = AnalyzeOk(
        "Oluwaseun Adeyemi scored twice in the final. He said the team had trained for months.");
    CHECK(GenderOf(he, "Oluwaseun Adeyemi") == "male");
    const Analysis none = AnalyzeOk("Oluwaseun Adeyemi scored twice in the final.");
    CHECK(GenderOf(none, "Oluwaseun Adeyemi") == "unknown");
  }
  SECTION("places and organizations have none") {
    const Analysis analysis = AnalyzeOk(
        "Governor Gavin Newsom signed the bill on Friday. Newsom said California "
        "would not wait for Congress.");
    CHECK(GenderOf(analysis, "California") == "unknown");
  }
}

TEST_CASE("Pronouns are mentions of the person they refer to", "[entities]") {
  SECTION("she after a woman's name") {
    const std::string input =
        "Maria Gonzalez, a nurse at the county hospital, said she had worked three double "
        "shifts. She said staff were exhausted.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& nurse = OnlyEntityNamed(analysis, "Maria Gonzalez");
    CHECK(MentionTexts(input, nurse) == std::vector<std::string>{"Maria Gonzalez", "she", "She"});
    CHECK(MentionKinds(nurse) == std::vector<MentionKind>{MentionKind::kName, MentionKind::kPronoun,
                                                          MentionKind::kPronoun});
  }
  SECTION("he and her go to the person whose gender agrees") {
    const std::string input =
        "Angela Merkel arrived in Paris on Tuesday. Emmanuel Macron greeted her at the Elysee "
        "Palace, and he thanked her for coming.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& merkel = OnlyEntityNamed(analysis, "Angela Merkel");
    const Entity& macron = OnlyEntityNamed(analysis, "Emmanuel Macron");
    CHECK(MentionTexts(input, merkel) == std::vector<std::string>{"Angela Merkel", "her", "her"});
    CHECK(MentionTexts(input, macron) == std::vector<std::string>{"Emmanuel Macron", "he"});
    const Entity* he = EntityMentionedAt(analysis, input.find("he thanked"));
    REQUIRE(he != nullptr);
    CHECK(he->name == "Emmanuel Macron");
  }
}

TEST_CASE("GenderOfPronoun is PronounKindOf for the gendered pronouns, kNone for other words",
          "[entities]") {
  using newslens::PronounKind;
  for (const char* word :
       {"he",      "He",      "she",  "She",   "his",  "His", "her", "hers", "him",
        "himself", "herself", "HE",   "SHE",   "they", "it",  "we",  "the",  "US",
        "Shell",   "hen",     "said", "Trump", "",     "h",   "s"}) {
    INFO(word);
    const PronounKind kind = newslens::PronounKindOf(word);
    const bool gendered = kind == PronounKind::kMale || kind == PronounKind::kFemale;
    CHECK(newslens::GenderOfPronoun(word) == (gendered ? kind : PronounKind::kNone));
  }
  CHECK(newslens::GenderOfPronoun("Himself") == PronounKind::kMale);
  CHECK(newslens::GenderOfPronoun("her") == PronounKind::kFemale);
}

TEST_CASE("Demonyms and nationalities are MISC", "[entities]") {
  const std::string input =
      "Ukrainian troops pushed back Russian forces near Kharkiv, while American and British "
      "officials met in Brussels.";
  const Analysis analysis = AnalyzeOk(input);
  for (const char* demonym : {"Ukrainian", "Russian", "American", "British"}) {
    INFO(demonym);
    CHECK(TypeOf(analysis, demonym) == "MISC");
  }
  CHECK(TypeOf(analysis, "Kharkiv") == "LOC");
  CHECK(TypeOf(analysis, "Brussels") == "LOC");
}

TEST_CASE("The place of a dateline is a place", "[entities]") {
  // The tagger, seeing a word in capitals alone, often takes it for an organization; the agency
  // in parentheses stays what it was tagged.
  const std::vector<Entity> entities =
      LinkTagged("LIVERPOOL (Mersey Wire) \u2014 Dockers voted on Monday to strike.",
                 {{"LIVERPOOL", EntityType::kOrg}, {"Mersey Wire", EntityType::kOrg}});
  const Entity* place = FindEntity(entities, "LIVERPOOL");
  REQUIRE(place != nullptr);
  CHECK(place->type == EntityType::kLoc);
  const Entity* agency = FindEntity(entities, "Mersey Wire");
  REQUIRE(agency != nullptr);
  CHECK(agency->type == EntityType::kOrg);
  SECTION("the agency is in the last parentheses; a country before it is a place") {
    const std::vector<Entity> two = LinkTagged(
        "Volcano erupts\n\nPorto Alvar (Portugal) (AFP) \u2014 A volcano erupted on Tuesday.",
        {{"Porto Alvar", EntityType::kPer},
         {"Portugal", EntityType::kOrg},
         {"AFP", EntityType::kOrg}});
    REQUIRE(FindEntity(two, "Portugal") != nullptr);
    CHECK(FindEntity(two, "Portugal")->type == EntityType::kLoc);
    REQUIRE(FindEntity(two, "Porto Alvar") != nullptr);
    CHECK(FindEntity(two, "Porto Alvar")->type == EntityType::kLoc);
    REQUIRE(FindEntity(two, "AFP") != nullptr);
    CHECK(FindEntity(two, "AFP")->type == EntityType::kOrg);
  }
  SECTION("the agency is all that the parentheses hold") {
    const std::vector<Entity> partly = LinkTagged(
        "DUNDEE, Scotland (Tayside Wire) \u2014 Dockers voted on Monday to strike.",
        {{"DUNDEE", EntityType::kLoc}, {"Scotland", EntityType::kLoc}, {"Wire", EntityType::kOrg}});
    const Entity* wire = FindEntity(partly, "Tayside Wire");
    REQUIRE(wire != nullptr);
    CHECK(wire->type == EntityType::kOrg);
    CHECK(FindEntity(partly, "Wire") == nullptr);
  }
}

TEST_CASE("A name with and without a leading article is one entity", "[entities]") {
  // The tagger took the sentence-opening "The" into the name and called the country an
  // organization: the other mention, without the article, decides.
  const std::string input =
      "\u201CThe Philippines will not sign,\u201D the envoy said. Talks with the Philippines "
      "resume on Monday.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"The Philippines", EntityType::kOrg}, {"Philippines", EntityType::kLoc}});
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Philippines");
  CHECK(entities[0].type == EntityType::kLoc);
  CHECK(MentionTexts(input, entities[0]) == std::vector<std::string>{"Philippines", "Philippines"});
  SECTION("a name always written with the article keeps it") {
    const std::vector<Entity> hague =
        LinkTagged("The Hague said no. Officials in The Hague declined to comment.",
                   {{"The Hague", EntityType::kLoc}, {"The Hague", EntityType::kLoc}});
    REQUIRE(hague.size() == 1);
    CHECK(hague[0].name == "The Hague");
  }
}

TEST_CASE("Entity ids follow the order of first mention", "[entities]") {
  const std::string input =
      "Angela Merkel arrived in Paris on Tuesday. Emmanuel Macron greeted her at the Elysee "
      "Palace. Later, Macron and Merkel held talks.";
  const Analysis analysis = AnalyzeOk(input);
  std::vector<std::string> ids, names;
  for (const Entity& entity : analysis.entities) {
    ids.push_back(entity.id);
    names.push_back(entity.name);
  }
  CHECK(ids == std::vector<std::string>{"e1", "e2", "e3", "e4"});
  CHECK(names ==
        std::vector<std::string>{"Angela Merkel", "Paris", "Emmanuel Macron", "Elysee Palace"});
  // A later surname mention does not move its entity.
  CHECK(MentionTexts(input, analysis.entities[0]) ==
        std::vector<std::string>{"Angela Merkel", "her", "Merkel"});
  CHECK(MentionTexts(input, analysis.entities[2]) ==
        std::vector<std::string>{"Emmanuel Macron", "Macron"});
}

TEST_CASE("Every mention's text is its span of the input", "[entities]") {
  // An article with titles, possessives, honorifics, pronouns, accents and a headline.
  const std::string input =
      "TRUMP AND PUTIN TO MEET IN HELSINKI\n\n"
      "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
      "month, the White House said.\n\n"
      "Trump’s advisers said he wanted a deal. Mr. Putin has not commented.\n\n"
      "Mayor José Álvarez opened the new bridge in Málaga on Sunday. Álvarez said it cost €20 "
      "million.\n\n"
      "Maria Gonzalez, a nurse at the county hospital, said she had worked three double "
      "shifts.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.entities.size() >= 8);
  std::size_t mentions = 0;
  std::uint32_t previous_first = 0;
  for (std::size_t i = 0; i < analysis.entities.size(); ++i) {
    const Entity& entity = analysis.entities[i];
    INFO("entity " << entity.id << " " << entity.name);
    CHECK(entity.id == "e" + std::to_string(i + 1));
    REQUIRE_FALSE(entity.mentions.empty());
    // Ids in order of first mention.
    std::uint32_t first = entity.mentions[0].span.start;
    for (const Mention& mention : entity.mentions) first = std::min(first, mention.span.start);
    CHECK(first >= previous_first);
    previous_first = first;
    for (const Mention& mention : entity.mentions) {
      REQUIRE(mention.span.end <= input.size());
      CHECK(Slice(input, mention.span) == mention.text);
      ++mentions;
    }
  }
  CHECK(mentions >= 14);
}

TEST_CASE("A text longer than the tagger's window is tagged to its end", "[entities]") {
  // The tagger reads a long input a window of whole sentences at a time (TagNames), and a
  // sentence of thousands of tokens a piece at a time: every window and piece is tagged, and
  // each tag lands on its own token.
  std::string input;
  for (int i = 0; i < 6000; ++i) input += "Maria Lopez met officials in Paris on Tuesday. ";
  std::string run_on = "\n\n";  // one sentence of 40,000 tokens, with names at both ends
  run_on += "Maria Lopez said";
  for (int i = 0; i < 20000; ++i) run_on += " and ,";
  run_on += " in Paris";
  input += run_on;
  const Analysis analysis = AnalyzeOk(input);
  const Entity& lopez = OnlyEntityNamed(analysis, "Maria Lopez");
  CHECK(lopez.mentions.size() == 6001);
  const Entity& paris = OnlyEntityNamed(analysis, "Paris");
  CHECK(paris.type == EntityType::kLoc);
  CHECK(paris.mentions.size() == 6001);
  CHECK(Slice(input, paris.mentions.back().span) == "Paris");
  CHECK(paris.mentions.back().span.end == input.size());
}

TEST_CASE("A name is never read in two pieces of a run-on sentence", "[entities]") {
  // A sentence of more than 256 tokens is tagged a piece at a time (TagNames); whatever the
  // name's position, the cut falls outside it.
  for (int filler = 250; filler <= 258; ++filler) {
    std::string input = "Officials";
    for (int i = 0; i < filler; ++i) input += " and";
    input += " Barack Obama spoke in Chicago and";
    for (int i = 0; i < 300; ++i) input += " so";
    input += ".";
    INFO(filler << " words before the name");
    const Analysis analysis = AnalyzeOk(input);
    const Entity& obama = OnlyEntityNamed(analysis, "Barack Obama");
    CHECK(obama.type == EntityType::kPer);
    CHECK(EntitiesNamed(analysis, "Barack").empty());
    CHECK(EntitiesNamed(analysis, "Obama").empty());
  }
}

// name_additions.cc AddOfficesOfTitles(): an office called after the title of who heads it is
// an organization's name, which "the office" then means; not a person's office.
TEST_CASE("An office named after a title is an organization", "[entities]") {
  const std::string input =
      "The Attorney General\u2019s Office, which defended the permit, said it would review the "
      "ruling. A spokesman for the Sheriff's Office declined to comment. Lawyers for Dwight "
      "Pellam's Office staff objected.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Dwight Pellam", EntityType::kPer}});
  const Entity* office = FindEntity(entities, "Attorney General\u2019s Office");
  REQUIRE(office != nullptr);
  CHECK(office->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Sheriff's Office") != nullptr);
  CHECK(FindEntity(entities, "Dwight Pellam's Office") == nullptr);
  CHECK(FindEntity(entities, "Pellam's Office") == nullptr);
  // The tagger's name stopped at the title: it goes on over the office.
  const std::string county = "The Harlan County District Attorney\u2019s Office began a review.";
  const std::vector<Entity> review =
      LinkTagged(county, {{"Harlan County District Attorney", EntityType::kOrg}});
  const Entity* da = FindEntity(review, "Harlan County District Attorney\u2019s Office");
  REQUIRE(da != nullptr);
  CHECK(da->type == EntityType::kOrg);
}

// name_titles.cc DescribedLikeOrganization(): a name the tagger took for a person's or a
// place's is an organization's when an appositive says so, and then wherever it is named; not
// a clause after a place ("in Baltimore, the secretary said her department ..."), nor a
// person's role ("an analyst at the firm").
TEST_CASE("An appositive that calls a name an organization makes it one", "[entities]") {
  const std::string input =
      "Veltrix Softech, one of the city's largest IT services companies, said it would cut "
      "jobs. Veltrix said staff were told. Costs were checked by Varnholt Feye, a Munich "
      "consultancy commissioned by the group. Speaking in Baltimore, the secretary said her "
      "department would act. Tom Eriksen, an analyst at the firm, agreed. Open Door Relief, a "
      "charity that runs food pantries, served meals. Vyapari Sangh, which represents 450 "
      "traders, objected. Its president, Gurmeet Bhatia, spoke. The firm's parent, Alphabet, "
      "said nothing.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Veltrix Softech", EntityType::kPer},
                                                          {"Veltrix", EntityType::kPer},
                                                          {"Varnholt Feye", EntityType::kPer},
                                                          {"Munich", EntityType::kLoc},
                                                          {"Baltimore", EntityType::kLoc},
                                                          {"Tom Eriksen", EntityType::kPer},
                                                          {"Open Door Relief", EntityType::kMisc},
                                                          {"Vyapari Sangh", EntityType::kPer},
                                                          {"Gurmeet Bhatia", EntityType::kOrg},
                                                          {"Alphabet", EntityType::kOrg}});
  const auto type_of = [&](std::string_view name) {
    const Entity* e = FindEntity(entities, name);
    return e == nullptr ? std::string("none") : std::string(newslens::EntityTypeName(e->type));
  };
  CHECK(type_of("Veltrix Softech") == "ORG");
  CHECK(type_of("Varnholt Feye") == "ORG");
  CHECK(type_of("Baltimore") == "LOC");
  CHECK(type_of("Tom Eriksen") == "PER");
  CHECK(type_of("Open Door Relief") == "ORG");  // before a relative clause's "that"
  CHECK(type_of("Vyapari Sangh") == "ORG");     // "which", not "who"
  // And the other way: a title word before the name ("Its president,"); not a relation.
  CHECK(type_of("Gurmeet Bhatia") == "PER");
  CHECK(type_of("Alphabet") == "ORG");
}

// name_grouping.cc GroupOthers(): an acronym with a company's "Co" spells the capitals of the
// company's name ("WIFCo").
TEST_CASE("WIFCo is the Western Isles Ferry Company", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "The Western Isles Ferry Company cancelled sailings. WIFCo said repairs would take a week.",
      {{"Western Isles Ferry Company", EntityType::kOrg}, {"WIFCo", EntityType::kOrg}});
  const Entity* company = FindEntity(entities, "Western Isles Ferry Company");
  REQUIRE(company != nullptr);
  CHECK(company->mentions.size() == 2);
  CHECK(FindEntity(entities, "WIFCo") == nullptr);
}
