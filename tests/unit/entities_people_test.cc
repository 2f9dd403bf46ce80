// Entities of people, checking that every person is one entity with all their mentions linked
// (issue 3): a full name, its surname and first name alone, names the tagger left out in part,
// honorifics, and titles before a name, after it or in an appositive, split off the name. Some
// cases run Analyze() on news sentences whose names the statistical tagger finds reliably; the
// others run LinkEntities() on names they tag by hand (LinkTagged, tagged_helpers.h). Either
// way a failure points at the linking. entities_linking_test.cc takes organizations, places,
// pronouns and the entities' ids and spans; entity_checks.h holds the checks both share.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis_helpers.h"
#include "entity_checks.h"
#include "newslens/newslens.h"
#include "tagged_helpers.h"

using newslens::Analysis;
using newslens::Entity;
using newslens::EntityType;
using newslens::Gender;
using newslens::testing::AnalyzeOk;
using newslens::testing::FindEntity;
using newslens::testing::GenderOf;
using newslens::testing::LinkTagged;
using newslens::testing::MentionTexts;
using newslens::testing::OnlyEntityNamed;
using newslens::testing::PersonsWithMentionText;
using newslens::testing::TitlesOf;
using newslens::testing::TypeOf;

TEST_CASE("A full name with a title, the surname and the possessive are one person", "[entities]") {
  const std::string input =
      "US President Donald Trump met business leaders on Monday. Trump said the talks went "
      "well, but Trump’s advisers were less sure.";
  const Analysis analysis = AnalyzeOk(input);
  const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
  CHECK(trump.type == EntityType::kPer);
  CHECK(trump.titles == std::vector<std::string>{"US President"});
  CHECK(trump.gender == Gender::kMale);
  // The title is not part of the first mention, and the possessive ending is not part of the
  // last: "Trump’s" is a mention "Trump" ending right before the apostrophe.
  CHECK(MentionTexts(input, trump) == std::vector<std::string>{"Donald Trump", "Trump", "Trump"});
  REQUIRE(trump.mentions.size() == 3);
  CHECK(trump.mentions[0].span.start == input.find("Donald Trump"));
  CHECK(trump.mentions[1].span.start == input.find("Trump said"));
  CHECK(trump.mentions[2].span.start == input.find("Trump’s"));
  CHECK(PersonsWithMentionText(input, analysis, "Trump") == 1);
}

TEST_CASE("A surname or a first name alone joins the earlier full name", "[entities]") {
  SECTION("the surname") {
    const std::string input =
        "Governor Gavin Newsom signed the bill on Friday. Newsom said California would not wait "
        "for Congress.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& newsom = OnlyEntityNamed(analysis, "Gavin Newsom");
    CHECK(MentionTexts(input, newsom) == std::vector<std::string>{"Gavin Newsom", "Newsom"});
    CHECK(PersonsWithMentionText(input, analysis, "Newsom") == 1);
  }
  SECTION("the surname and the first name") {
    const std::string input =
        "Elizabeth Warren criticised the bank on Tuesday. Warren has long campaigned on the "
        "issue, and Elizabeth is not done yet.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& warren = OnlyEntityNamed(analysis, "Elizabeth Warren");
    CHECK(MentionTexts(input, warren) ==
          std::vector<std::string>{"Elizabeth Warren", "Warren", "Elizabeth"});
    CHECK(PersonsWithMentionText(input, analysis, "Elizabeth") == 1);
  }
  SECTION("names with accents") {
    const std::string input =
        "Mayor José Álvarez opened the new bridge in Málaga on Sunday. Álvarez said it cost €20 "
        "million.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& alvarez = OnlyEntityNamed(analysis, "José Álvarez");
    CHECK(alvarez.titles == std::vector<std::string>{"Mayor"});
    CHECK(MentionTexts(input, alvarez) == std::vector<std::string>{"José Álvarez", "Álvarez"});
    const Entity& malaga = OnlyEntityNamed(analysis, "Málaga");
    CHECK(malaga.type == EntityType::kLoc);
  }
}

TEST_CASE("A surname that a particle and a hyphen open", "[entities]") {
  const std::string input =
      "Egypt's Foreign Minister Yousef al-Harbash told reporters the talks would go on. Abdel "
      "Fattah el-Sisi met him in Cairo. \u201CWe are close,\u201D Harbash said.";
  const Analysis analysis = AnalyzeOk(input);
  const Entity& harbash = OnlyEntityNamed(analysis, "Yousef al-Harbash");
  CHECK(harbash.titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(MentionTexts(input, harbash) ==
        std::vector<std::string>{"Yousef al-Harbash", "him", "Harbash"});
  CHECK(PersonsWithMentionText(input, analysis, "Yousef") == 0);
  CHECK(OnlyEntityNamed(analysis, "Abdel Fattah el-Sisi").type == EntityType::kPer);
}

// titles.txt "Mzee", name_additions.cc AddTitledNames(): an honorific opens a person's name
// that goes on over a particle in small letters ("arap").
TEST_CASE("An honorific before a name with a particle in small letters", "[entities]") {
  const std::string input =
      "Mzee Kipsang arap Tuwei, 81, said he was born on the land. \u201CWhere do they want me "
      "to go?\u201D posed Mzee Tuwei.";
  const std::vector<Entity> entities = LinkTagged(input, {});
  const Entity* tuwei = FindEntity(entities, "Kipsang arap Tuwei");
  REQUIRE(tuwei != nullptr);
  CHECK(tuwei->gender == Gender::kMale);
  CHECK(MentionTexts(input, *tuwei) == std::vector<std::string>{"Kipsang arap Tuwei", "Tuwei"});
}

TEST_CASE("A first name the tagger left out joins the surname after it", "[entities]") {
  SECTION("a first name the statistics do not know, inside a sentence") {
    const std::string input =
        "\u201CWe will appeal,\u201D Ffion Rees, who chairs the club, said on Friday.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Rees", EntityType::kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Ffion Rees");
    CHECK(MentionTexts(input, entities[0]) == std::vector<std::string>{"Ffion Rees"});
  }
  SECTION("a known first name at a sentence's start") {
    const std::vector<Entity> entities =
        LinkTagged("Sarah Rees chairs the club.", {{"Rees", EntityType::kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Sarah Rees");
  }
  SECTION("not a day, a function word or another sentence-opening word") {
    for (const char* input :
         {"On Friday Rees said no.", "But Rees said no.", "Undeterred Rees said no."}) {
      INFO(input);
      const std::vector<Entity> entities = LinkTagged(input, {{"Rees", EntityType::kPer}});
      REQUIRE(entities.size() == 1);
      CHECK(entities[0].name == "Rees");
    }
  }
}

TEST_CASE("A surname the tagger left untagged is a mention of the person", "[entities]") {
  const std::string input =
      "Coach Owen Hartley was angry. \u201CWe were the better side,\u201D Hartley said. Nobody "
      "at the club disagreed with Hartley. But Hartley cautioned against hope.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Owen Hartley", EntityType::kPer}});
  REQUIRE(entities.size() == 1);
  // After a function word that opens the sentence too.
  CHECK(MentionTexts(input, entities[0]) ==
        std::vector<std::string>{"Owen Hartley", "Hartley", "Hartley", "Hartley"});
  SECTION("not a word the text also writes in lower case, nor one beside a capitalized word") {
    const std::string young =
        "Emma Young coaches the young players. Young said little. Fans met Young Boys.";
    const std::vector<Entity> people = LinkTagged(young, {{"Emma Young", EntityType::kPer}});
    REQUIRE(people.size() == 1);
    CHECK(people[0].mentions.size() == 1);
  }
}

// name_additions.cc AddSurnames(): a surname that is a title word too is a mention after an
// honorific.
TEST_CASE("A surname that is a title word after an honorific", "[entities]") {
  const std::string input =
      "Health Cabinet Secretary Halima Abdikadir Sheikh met the union. Ms Sheikh said the offer "
      "was fair.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Halima Abdikadir Sheikh", EntityType::kPer}});
  const Entity* sheikh = FindEntity(entities, "Halima Abdikadir Sheikh");
  REQUIRE(sheikh != nullptr);
  CHECK(MentionTexts(input, *sheikh) ==
        std::vector<std::string>{"Halima Abdikadir Sheikh", "Sheikh"});
}

// entity_builder.cc: a title that opens with capitalized words of no title before a role in
// small letters is given without them too.
TEST_CASE("A role after an organization's name the tagger left out", "[entities]") {
  const std::string input = "Pilots general manager Kenji Arakawa said the trade was done.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Kenji Arakawa", EntityType::kPer}});
  const Entity* manager = FindEntity(entities, "Kenji Arakawa");
  REQUIRE(manager != nullptr);
  CHECK(std::find(manager->titles.begin(), manager->titles.end(), "general manager") !=
        manager->titles.end());
  CHECK(std::find(manager->titles.begin(), manager->titles.end(), "Pilots general manager") !=
        manager->titles.end());
}

// lexicon/titles.txt: a company's officers ("CTO", "COO") are titles before a person's name.
TEST_CASE("A company officer's title before a name", "[entities]") {
  const std::string input = "She started the company in 2021 with CTO Lukas Brenneman.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"CTO Lukas Brenneman", EntityType::kOrg}});
  const Entity* cto = FindEntity(entities, "Lukas Brenneman");
  REQUIRE(cto != nullptr);
  CHECK(cto->type == EntityType::kPer);
  CHECK(cto->titles == std::vector<std::string>{"CTO"});
}

// name_titles.cc RoleBeforeLikePerson(): a name of capitalized words after a person's role in
// small letters is a person's, whatever the tagger typed it.
TEST_CASE("A name after a person's role is a person's", "[entities]") {
  const std::string input =
      "The motion, tabled by New Harbour Alliance lawmaker Kwok Wai-lun, was approved. Kwok "
      "told the chamber it was overdue.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"New Harbour Alliance", EntityType::kOrg},
                         {"Kwok Wai-lun", EntityType::kLoc},
                         {"Kwok", EntityType::kPer}});
  const Entity* kwok = FindEntity(entities, "Kwok Wai-lun");
  REQUIRE(kwok != nullptr);
  CHECK(kwok->type == EntityType::kPer);
  CHECK(kwok->mentions.size() == 2);
  // Not a name with an organization's word: "the union's lawyer Harbour Trust".
  const std::vector<Entity> trust = LinkTagged("He hired the lawyer Harbour Trust recommended.",
                                               {{"Harbour Trust", EntityType::kOrg}});
  REQUIRE(FindEntity(trust, "Harbour Trust") != nullptr);
  CHECK(FindEntity(trust, "Harbour Trust")->type == EntityType::kOrg);
}

TEST_CASE("Honorifics link to the name and give the gender", "[entities]") {
  SECTION("Mr. after the full name is the same person") {
    const std::string input =
        "Vladimir Putin arrived in Minsk on Friday for talks. Mr. Putin later met Belarusian "
        "leader Alexander Lukashenko.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
    CHECK(putin.gender == Gender::kMale);
    // The honorific is not part of the mention.
    CHECK(MentionTexts(input, putin) == std::vector<std::string>{"Vladimir Putin", "Putin"});
    CHECK(PersonsWithMentionText(input, analysis, "Putin") == 1);
  }
  SECTION("Mr. with a surname alone: male") {
    const std::string input = "Mr. Okafor said the plan would work.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& okafor = OnlyEntityNamed(analysis, "Okafor");
    CHECK(okafor.type == EntityType::kPer);
    CHECK(okafor.gender == Gender::kMale);
    CHECK(MentionTexts(input, okafor) == std::vector<std::string>{"Okafor"});
  }
  SECTION("Ms. and Mrs.: female") {
    const Analysis ms = AnalyzeOk("Ms. Lindqvist said the plan would work.");
    CHECK(GenderOf(ms, "Lindqvist") == "female");
    const Analysis mrs = AnalyzeOk("Mrs. Thatcher was prime minister for eleven years.");
    CHECK(GenderOf(mrs, "Thatcher") == "female");
  }
  SECTION("a noun that says a gender set off before the name: Her husband, Rodel,") {
    const std::vector<Entity> entities = LinkTagged(
        "Lorna Baylosis said the family survived. Her husband, Rodel, a fisherman, was "
        "still searching, she said.",
        {{"Lorna Baylosis", EntityType::kPer}, {"Rodel", EntityType::kPer}});
    const Entity* rodel = FindEntity(entities, "Rodel");
    REQUIRE(rodel != nullptr);
    CHECK(rodel->gender == Gender::kMale);
  }
}

TEST_CASE("Titles before a name are split off it", "[entities]") {
  SECTION("title words joined by and: the whole, then each") {
    const std::vector<Entity> entities =
        LinkTagged("Co-founder and CEO Henrik Valsgaard wrote to staff.",
                   {{"Henrik Valsgaard", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Henrik Valsgaard") ==
          std::vector<std::string>{"Co-founder and CEO", "Co-founder", "CEO"});
  }
  SECTION("modifiers after a closing mark or an organization's name") {
    const std::vector<Entity> entities = LinkTagged(
        "\u201CWhat a drive, mate,\u201D race engineer Jules Fairbairn told him. Dunmore head "
        "coach Alan Pike agreed.",
        {{"Jules Fairbairn", EntityType::kPer},
         {"Dunmore", EntityType::kOrg},
         {"Alan Pike", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Jules Fairbairn") == std::vector<std::string>{"race engineer"});
    CHECK(TitlesOf(entities, "Alan Pike") ==
          std::vector<std::string>{"head coach", "Dunmore head coach"});
  }
  SECTION("a place of several words before the title") {
    const std::vector<Entity> entities = LinkTagged(
        "New York Gov. Kathy Hochul spoke. Los Angeles County Sheriff Alex Villanueva agreed.",
        {{"New York", EntityType::kLoc},
         {"Kathy Hochul", EntityType::kPer},
         {"Los Angeles County", EntityType::kLoc},
         {"Alex Villanueva", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Kathy Hochul") == std::vector<std::string>{"New York Gov."});
    CHECK(TitlesOf(entities, "Alex Villanueva") ==
          std::vector<std::string>{"Los Angeles County Sheriff"});
    CHECK(FindEntity(entities, "New York") != nullptr);
  }
  SECTION("a person's role in small letters right before the name") {
    const std::vector<Entity> entities = LinkTagged(
        "On his property, sheep farmer Wes Thorburn cut firebreaks. In a review, critic Margit "
        "Solvberg called it a detonation.",
        {{"Wes Thorburn", EntityType::kPer}, {"Margit Solvberg", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Wes Thorburn") == std::vector<std::string>{"sheep farmer"});
    CHECK(TitlesOf(entities, "Margit Solvberg") == std::vector<std::string>{"critic"});
  }
  SECTION("two people with national titles") {
    const std::string input =
        "TALKS SET FOR HELSINKI\n\n"
        "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
        "month, the White House said.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
    CHECK(putin.type == EntityType::kPer);
    CHECK(putin.titles == std::vector<std::string>{"Russian President"});
    CHECK(MentionTexts(input, putin) == std::vector<std::string>{"Vladimir Putin"});
    const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
    CHECK(trump.titles == std::vector<std::string>{"US President"});
  }
  SECTION("a title after other words") {
    const std::string input =
        "Officials said Chancellor Olaf Scholz would travel to Washington. Scholz has not "
        "commented.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& scholz = OnlyEntityNamed(analysis, "Olaf Scholz");
    CHECK(scholz.titles == std::vector<std::string>{"Chancellor"});
    CHECK(MentionTexts(input, scholz) == std::vector<std::string>{"Olaf Scholz", "Scholz"});
  }
  SECTION("a lower-case title word takes the words that modify it") {
    // "leader" alone says less than "Union leader"; the tagger sees no name in "Union". The role
    // alone is given too, as a reader may call her so ("the leader").
    const std::vector<Entity> entities = LinkTagged(
        "Union leader Sharon Graham called the decision a betrayal. Energy Minister Fiona Baird "
        "said the government was in talks with the company.",
        {{"Sharon Graham", EntityType::kPer}, {"Fiona Baird", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Sharon Graham") ==
          std::vector<std::string>{"Union leader", "leader"});
    CHECK(TitlesOf(entities, "Fiona Baird") == std::vector<std::string>{"Energy Minister"});
  }
  SECTION("after a determiner, not after a verb") {
    const std::vector<Entity> entities = LinkTagged(
        "Ministers met the union leader Sharon Graham. Protesters booed union leader Tom Eriksen.",
        {{"Sharon Graham", EntityType::kPer}, {"Tom Eriksen", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Sharon Graham") == std::vector<std::string>{"union leader"});
    CHECK(TitlesOf(entities, "Tom Eriksen") == std::vector<std::string>{"leader"});
  }
  SECTION("after an inverted speech verb, the words of the speaker's phrase") {
    const std::vector<Entity> entities = LinkTagged(
        "Fewer patients were readmitted, said lead author Ines Duarte. Junior doctors were "
        "consulted, added team captain Paul Ames.",
        {{"Ines Duarte", EntityType::kPer}, {"Paul Ames", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Ines Duarte") == std::vector<std::string>{"lead author"});
    CHECK(TitlesOf(entities, "Paul Ames") == std::vector<std::string>{"team captain"});
  }
  SECTION("a prosecutor at a sentence's start") {
    const std::vector<Entity> entities =
        LinkTagged("Prosecutor Dylan Hughes told the jury the records had been altered.",
                   {{"Dylan Hughes", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Dylan Hughes") == std::vector<std::string>{"Prosecutor"});
  }
  SECTION("an organization's name before the title is the employer's: a title with it too") {
    const std::vector<Entity> entities = LinkTagged(
        "Dunmore Rovers manager Alan Pike was sent off. Millbrook coach Jo Hart said little.",
        {{"Dunmore Rovers", EntityType::kOrg},
         {"Alan Pike", EntityType::kPer},
         {"Millbrook", EntityType::kOrg},
         {"Jo Hart", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Alan Pike") ==
          std::vector<std::string>{"manager", "Dunmore Rovers manager"});
    CHECK(TitlesOf(entities, "Jo Hart") == std::vector<std::string>{"coach", "Millbrook coach"});
    CHECK(FindEntity(entities, "Dunmore Rovers") != nullptr);
    // Words the tagger took into the person's name with the title are the title's.
    const std::vector<Entity> merged =
        LinkTagged("Energy Minister Rhona Kerr said the plan was sound.",
                   {{"Energy Minister Rhona Kerr", EntityType::kOrg}});
    const Entity* kerr = FindEntity(merged, "Rhona Kerr");
    REQUIRE(kerr != nullptr);
    CHECK(kerr->titles == std::vector<std::string>{"Energy Minister"});
  }
  SECTION("abbreviated titles") {
    const std::string input = "Sen. Bernie Sanders spoke at the rally in Iowa.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& sanders = OnlyEntityNamed(analysis, "Bernie Sanders");
    CHECK(sanders.titles == std::vector<std::string>{"Sen."});
    CHECK(MentionTexts(input, sanders) == std::vector<std::string>{"Bernie Sanders"});
  }
}

TEST_CASE("Titles from an appositive after the name", "[entities]") {
  SECTION("chief executive of X") {
    const std::string input =
        "Helen Carter, the chief executive of Northwind Energy, said the plant would stay open. "
        "Carter said she expected demand to recover.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& carter = OnlyEntityNamed(analysis, "Helen Carter");
    CHECK(carter.titles ==
          std::vector<std::string>{"chief executive of Northwind Energy", "chief executive"});
    // The organization in the title is an entity of its own.
    CHECK(TypeOf(analysis, "Northwind Energy") == "ORG");
  }
  SECTION("a possessive organization's name (a title with it too) and a lower-case modifier") {
    const std::vector<Entity> entities =
        LinkTagged("Lena Sorensen, the IMF’s deputy director, told reporters the forecast was cut.",
                   {{"Lena Sorensen", EntityType::kPer}, {"IMF", EntityType::kOrg}});
    CHECK(TitlesOf(entities, "Lena Sorensen") ==
          std::vector<std::string>{"deputy director", "IMF\u2019s deputy director"});
    const std::vector<Entity> modified =
        LinkTagged("Omar Haddad, the city’s transport commissioner, said fares would rise.",
                   {{"Omar Haddad", EntityType::kPer}});
    const Entity* haddad = FindEntity(modified, "Omar Haddad");
    REQUIRE(haddad != nullptr);
    CHECK(haddad->titles ==
          std::vector<std::string>{"city’s transport commissioner", "transport commissioner"});
  }
  SECTION("spokeswoman for X") {
    const std::string input =
        "Karine Jean-Pierre, a spokeswoman for the White House, declined to comment.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& spokeswoman = OnlyEntityNamed(analysis, "Karine Jean-Pierre");
    CHECK(spokeswoman.titles ==
          std::vector<std::string>{"spokeswoman for the White House", "spokeswoman"});
  }
  SECTION("a person's role from roles.txt, an appositive that ends the sentence") {
    const std::vector<Entity> entities = LinkTagged(
        "\u201CHe has pushed the cut back,\u201D said Kenji Varela, chief economist at Hollen "
        "Bank. Aldous Okereke, a lawyer for the families, disagreed.",
        {{"Kenji Varela", EntityType::kPer},
         {"Hollen Bank", EntityType::kOrg},
         {"Aldous Okereke", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Kenji Varela") ==
          std::vector<std::string>{"chief economist at Hollen Bank", "chief economist"});
    CHECK(TitlesOf(entities, "Aldous Okereke") ==
          std::vector<std::string>{"lawyer for the families", "lawyer"});
  }
  SECTION("no relative clause") {
    const std::vector<Entity> entities = LinkTagged(
        "Tomasz Wierzbicki, an economics professor who marched with the students, spoke.",
        {{"Tomasz Wierzbicki", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Tomasz Wierzbicki") ==
          std::vector<std::string>{"economics professor"});
  }
  SECTION("past an age, before a long relative clause or a second appositive") {
    const std::vector<Entity> entities = LinkTagged(
        "Madam Nurul Huda Zainal, 47, a school teacher who was on the bus, watched. Imogen "
        "Sallow, a hydrologist at Morvane University who has spent more than a decade on the "
        "valley's rainfall records, spoke. Chidinma Okafor, the trial's "
        "principal investigator and an infectious disease specialist at the hospital, agreed.",
        {{"Nurul Huda Zainal", EntityType::kPer},
         {"Imogen Sallow", EntityType::kPer},
         {"Morvane University", EntityType::kOrg},
         {"Chidinma Okafor", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Nurul Huda Zainal") == std::vector<std::string>{"school teacher"});
    CHECK(TitlesOf(entities, "Imogen Sallow") ==
          std::vector<std::string>{"hydrologist at Morvane University", "hydrologist"});
    CHECK(TitlesOf(entities, "Chidinma Okafor") ==
          std::vector<std::string>{"trial's principal investigator", "principal investigator"});
  }
  SECTION("beside a title that only opens names") {
    const std::vector<Entity> entities = LinkTagged(
        "Dr. Ilona Varga, an astrophysicist at Morvane University, led the study. Gov. Haruki "
        "Sonobe spoke.",
        {{"Ilona Varga", EntityType::kPer},
         {"Morvane University", EntityType::kOrg},
         {"Haruki Sonobe", EntityType::kPer}});
    CHECK(
        TitlesOf(entities, "Ilona Varga") ==
        std::vector<std::string>{"Dr.", "astrophysicist at Morvane University", "astrophysicist"});
    CHECK(TitlesOf(entities, "Haruki Sonobe") == std::vector<std::string>{"Gov."});
  }
  SECTION("up to its preposition too, past its title words") {
    const std::vector<Entity> entities = LinkTagged(
        "Farid Mansouri, a senior fellow at the Aubert Institute, said the coalition was over.",
        {{"Farid Mansouri", EntityType::kPer}, {"Aubert Institute", EntityType::kOrg}});
    CHECK(TitlesOf(entities, "Farid Mansouri") ==
          std::vector<std::string>{"senior fellow at the Aubert Institute", "senior",
                                   "senior fellow"});
  }
}

// name_titles.cc AppositiveTitle: a name's participle ("Kessling-based") counts as one word of
// the appositive, as it did when the tokenizer kept it whole.
TEST_CASE("An appositive title over a name's participle", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "\u201CShe is gambling,\u201D said Farid Mansouri, a senior fellow at the Kessling-based "
      "Aubert Institute for European Affairs.",
      {{"Farid Mansouri", EntityType::kPer},
       {"Kessling", EntityType::kLoc},
       {"Aubert Institute for European Affairs", EntityType::kOrg}});
  CHECK(TitlesOf(entities, "Farid Mansouri") ==
        std::vector<std::string>{
            "senior fellow at the Kessling-based Aubert Institute for European Affairs", "senior",
            "senior fellow"});
}

TEST_CASE("Titles from an appositive before the name", "[entities]") {
  SECTION("a person's role in small letters after a possessive pronoun") {
    const std::vector<Entity> entities = LinkTagged(
        "Her lawyer, Farouk Mwinyi, said she was innocent. Its general secretary, Winifred Osei, "
        "said members would be balloted.",
        {{"Farouk Mwinyi", EntityType::kPer}, {"Winifred Osei", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Farouk Mwinyi") == std::vector<std::string>{"lawyer"});
    CHECK(TitlesOf(entities, "Winifred Osei") == std::vector<std::string>{"general secretary"});
  }
  SECTION("before a title that opens the name, which stays a title") {
    const std::vector<Entity> entities =
        LinkTagged("The vice-chancellor, Prof Helena Varga, said the offer was final.",
                   {{"Helena Varga", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Helena Varga") ==
          std::vector<std::string>{"Prof", "vice-chancellor"});
  }
  SECTION("a name's possessive is not part of the title, a noun's is") {
    const std::vector<Entity> entities = LinkTagged(
        "Keltria’s foreign minister, Mira Dostal, said the deal was welcome. The company’s "
        "finance chief, Tobias Renwick, said the deal would be paid for with cash.",
        {{"Keltria", EntityType::kLoc},
         {"Mira Dostal", EntityType::kPer},
         {"Tobias Renwick", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Mira Dostal") == std::vector<std::string>{"foreign minister"});
    CHECK(TitlesOf(entities, "Tobias Renwick") ==
          std::vector<std::string>{"company’s finance chief", "finance chief"});
  }
  SECTION("no title when another phrase runs into it") {
    const std::vector<Entity> entities =
        LinkTagged("He met a former minister, Mira Dostal, in Geneva and spoke with Renwick.",
                   {{"Mira Dostal", EntityType::kPer}, {"Renwick", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Mira Dostal") == std::vector<std::string>{"former minister"});
    const std::vector<Entity> verb =
        LinkTagged("Officials said they had asked questions of minister, Mira Dostal, on Friday.",
                   {{"Mira Dostal", EntityType::kPer}});
    CHECK(TitlesOf(verb, "Mira Dostal").empty());
  }
  SECTION("a name before the title modifies it, after the name too") {
    const std::vector<Entity> entities =
        LinkTagged("“Nobody walked out,” said Jonas Eklind, the UN special envoy, on Tuesday.",
                   {{"Jonas Eklind", EntityType::kPer}, {"UN", EntityType::kOrg}});
    CHECK(TitlesOf(entities, "Jonas Eklind") ==
          std::vector<std::string>{"UN special envoy", "special envoy"});
  }
}

TEST_CASE("A title after a name makes it a person's", "[entities]") {
  // The tagger took the name for an organization's; the title says who it is.
  SECTION("the director general of ...") {
    const std::vector<Entity> entities = LinkTagged(
        "Abba Tijani, the director general of the country’s museums commission, told reporters "
        "the statues would go on show.",
        {{"Abba Tijani", EntityType::kOrg}});
    const Entity* tijani = FindEntity(entities, "Abba Tijani");
    REQUIRE(tijani != nullptr);
    CHECK(tijani->type == EntityType::kPer);
    CHECK(tijani->titles ==
          std::vector<std::string>{"director general of the country’s museums commission",
                                   "director general"});
  }
  SECTION("the company's chief executive") {
    const std::vector<Entity> entities =
        LinkTagged("Rhys Calder, the company’s chief executive, said sales had fallen.",
                   {{"Rhys Calder", EntityType::kMisc}});
    const Entity* calder = FindEntity(entities, "Rhys Calder");
    REQUIRE(calder != nullptr);
    CHECK(calder->type == EntityType::kPer);
    CHECK(calder->titles ==
          std::vector<std::string>{"company’s chief executive", "chief executive"});
  }
  SECTION("an organization described by a phrase that is no title stays one") {
    const std::vector<Entity> entities =
        LinkTagged("Goldman Sachs, the bank’s chief rival, said profits rose.",
                   {{"Goldman Sachs", EntityType::kOrg}});
    const Entity* goldman = FindEntity(entities, "Goldman Sachs");
    REQUIRE(goldman != nullptr);
    CHECK(goldman->type == EntityType::kOrg);
    CHECK(goldman->titles.empty());
  }
}

TEST_CASE("A first name and a description as someone make a person's name", "[entities]") {
  // "Florence" is a city too; the tagger took the name for a place.
  const std::vector<Entity> entities =
      LinkTagged("Florence Adeyemi, a nurse at the clinic, said the queues had grown.",
                 {{"Florence Adeyemi", EntityType::kLoc}});
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].type == EntityType::kPer);
  CHECK(entities[0].gender == Gender::kFemale);
  SECTION("a place described as one stays a place") {
    const std::vector<Entity> falls =
        LinkTagged("Victoria Falls, a town on the Zambezi, expects more visitors.",
                   {{"Victoria Falls", EntityType::kLoc}, {"Zambezi", EntityType::kLoc}});
    const Entity* town = FindEntity(falls, "Victoria Falls");
    REQUIRE(town != nullptr);
    CHECK(town->type == EntityType::kLoc);
  }
}

// name_additions.cc AddNamesBeforeAppositives(): capitalized words the tagger left out before
// an age set off by commas are a person's name; its surname alone then names her too
// (AddSurnames).
TEST_CASE("Capitalized words before an age set off by commas are a person's name", "[entities]") {
  const std::string input =
      "Losaline Fifita, 34, said she fell sick. \u201CWe were all vomiting,\u201D Fifita told "
      "reporters. At a standpipe, pensioner Nomalanga Qwabe, 67, joined the queue. The Hamanoe "
      "Coast, 40, was closed. Tonga, 12, Samoa, 9, and Fiji, 7, sent teams.";
  const std::vector<Entity> entities = LinkTagged(input, {});
  const Entity* fifita = FindEntity(entities, "Losaline Fifita");
  REQUIRE(fifita != nullptr);
  CHECK(fifita->type == EntityType::kPer);
  CHECK(MentionTexts(input, *fifita) == std::vector<std::string>{"Losaline Fifita", "Fifita"});
  const Entity* qwabe = FindEntity(entities, "Nomalanga Qwabe");
  REQUIRE(qwabe != nullptr);
  CHECK(qwabe->type == EntityType::kPer);
  // A run of capitals longer than a name, one word, or a list of places: no person.
  CHECK(FindEntity(entities, "Hamanoe Coast") == nullptr);
  CHECK(FindEntity(entities, "Samoa") == nullptr);
}

// name_additions.cc AddNamesBeforeAppositives(): before an appositive that gives a person's
// role, with particles and a first name the tagger took for a name alone.
TEST_CASE("Capitalized words before an appositive role are a person's name", "[entities]") {
  const std::string input =
      "Liesbeth van Oordt, the UN special envoy for Qarmand, urged calm. The result is "
      "striking, says lead author Mei-Ling Tsao, a pulmonologist at the University of Wexmoor. "
      "Upper Dibbley, a town in Kent, flooded. Hollow Pine, the investment firm, declined.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"UN", EntityType::kOrg},
                         {"Qarmand", EntityType::kLoc},
                         {"Mei-Ling", EntityType::kPer},
                         {"University of Wexmoor", EntityType::kOrg},
                         {"Kent", EntityType::kLoc}});
  const Entity* oordt = FindEntity(entities, "Liesbeth van Oordt");
  REQUIRE(oordt != nullptr);
  CHECK(oordt->type == EntityType::kPer);
  CHECK(TitlesOf(entities, "Liesbeth van Oordt") ==
        std::vector<std::string>{"UN special envoy for Qarmand", "UN special envoy",
                                 "special envoy for Qarmand"});
  const Entity* tsao = FindEntity(entities, "Mei-Ling Tsao");
  REQUIRE(tsao != nullptr);
  CHECK(TitlesOf(entities, "Mei-Ling Tsao") == std::vector<std::string>{"lead author"});
  CHECK(FindEntity(entities, "Mei-Ling") == nullptr);
  // A place's and an organization's kinds are no person's role (the organization's kind makes
  // an organization: entities_context_test.cc).
  CHECK(FindEntity(entities, "Upper Dibbley") == nullptr);
  const Entity* firm = FindEntity(entities, "Hollow Pine");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrg);
}

// name_collector.cc NamesNobody(): a weekday's abbreviation before a day is a date, no name.
TEST_CASE("A weekday's abbreviation before a day names nobody", "[entities]") {
  const std::vector<Entity> entities =
      LinkTagged("Echeverri sacked\n\nMon 13 Jan 2025 18.42 GMT\n\nThe club sacked its manager.",
                 {{"Echeverri", EntityType::kPer}, {"Mon", EntityType::kOrg}});
  CHECK(FindEntity(entities, "Mon") == nullptr);
  CHECK(FindEntity(entities, "Echeverri") != nullptr);
  // A weekday, or a month's abbreviation with its full stop, alone.
  const std::vector<Entity> days =
      LinkTagged("The council met on Tuesday and will vote by Oct. 22, Ana Ruiz said.",
                 {{"Tuesday", EntityType::kMisc},
                  {"Oct.", EntityType::kMisc},
                  {"Ana Ruiz", EntityType::kPer}});
  CHECK(FindEntity(days, "Tuesday") == nullptr);
  CHECK(FindEntity(days, "Oct.") == nullptr);
  CHECK(FindEntity(days, "Ana Ruiz") != nullptr);
}

TEST_CASE("A name has at least one letter", "[entities]") {
  // A full stop the tagger took for a person's name is nobody.
  const std::vector<Entity> entities =
      LinkTagged("Fiona Baird said the government was in talks. She did not say more.",
                 {{"Fiona Baird", EntityType::kPer}, {".", EntityType::kPer}});
  std::vector<std::string> names;
  for (const Entity& entity : entities) names.push_back(entity.name);
  CHECK(names == std::vector<std::string>{"Fiona Baird"});
}

TEST_CASE("An abbreviation opening a name does not end it", "[entities]") {
  SECTION("St. tagged alone, the rest of the name after an untagged word") {
    const std::string input =
        "Tom Reed, a surgeon at St. Brannock General Hospital in Bristol, said the ward was "
        "full.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Tom Reed", EntityType::kPer},
                                                            {"St.", EntityType::kOrg},
                                                            {"General Hospital", EntityType::kOrg},
                                                            {"Bristol", EntityType::kLoc}});
    const Entity* hospital = FindEntity(entities, "St. Brannock General Hospital");
    REQUIRE(hospital != nullptr);
    CHECK(hospital->type == EntityType::kOrg);
    CHECK(FindEntity(entities, "St.") == nullptr);
    CHECK(FindEntity(entities, "General Hospital") == nullptr);
  }
  SECTION("St. left untagged before the name") {
    const std::vector<Entity> entities =
        LinkTagged("Flights to St. Louis were cancelled.", {{"Louis", EntityType::kLoc}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "St. Louis");
  }
}

// name_additions.cc AddBylineAuthors(): the names after "By" in a byline are people's, whatever
// the tagger made of them ("Helena" is a city too); a title or an outlet after a comma is not.
TEST_CASE("A byline's authors are people", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Hackers stole data from millions\n\nBy Helena Marsh and Tom Ward, Northline Wire\n\n"
      "Corvina said on Tuesday that hackers had taken the data.",
      {{"Helena", EntityType::kLoc},
       {"Northline Wire", EntityType::kOrg},
       {"Corvina", EntityType::kOrg}});
  const Entity* marsh = FindEntity(entities, "Helena Marsh");
  REQUIRE(marsh != nullptr);
  CHECK(marsh->type == EntityType::kPer);
  const Entity* ward = FindEntity(entities, "Tom Ward");
  REQUIRE(ward != nullptr);
  CHECK(ward->type == EntityType::kPer);
  const Entity* wire = FindEntity(entities, "Northline Wire");
  REQUIRE(wire != nullptr);
  CHECK(wire->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Helena") == nullptr);
  // Without "By", a name the tagger left out, which the beat after it vouches for.
  const std::vector<Entity> beat = LinkTagged(
      "Wind farm approved\n\nOrla Whelan, Western Correspondent\n\nThe board approved it.", {});
  const Entity* whelan = FindEntity(beat, "Orla Whelan");
  REQUIRE(whelan != nullptr);
  CHECK(whelan->type == EntityType::kPer);
  // Nor a comma: the beat before the role in small letters is no part of the name.
  const std::vector<Entity> guardian =
      LinkTagged("Wind farm approved\n\nHarriet Sowerby Health correspondent\n\nIt passed.",
                 {{"Harriet Sowerby Health", EntityType::kPer}});
  CHECK(FindEntity(guardian, "Harriet Sowerby") != nullptr);
  CHECK(FindEntity(guardian, "Harriet Sowerby Health") == nullptr);
  // Not a wire service's name, nor words no name opens.
  for (const char* byline : {"By ASSOCIATED PRESS", "By REUTERS STAFF"}) {
    const std::string input =
        std::string("Storm hits coast\n\n") + byline + "\n\nThe storm hit the coast on Monday.";
    std::vector<newslens::testing::TaggedName> names;
    if (std::string(byline).find("ASSOCIATED") != std::string::npos)
      names.push_back({"ASSOCIATED", EntityType::kOrg});
    for (const Entity& e : LinkTagged(input, names)) CHECK(e.type != EntityType::kPer);
  }
}

// name_additions.cc RetypePeopleNames(): a first name and a surname the tagger typed as a
// place are a person's when the text gives a person that surname alone.
TEST_CASE("A full name typed as a place is a person's when the surname speaks alone",
          "[entities]") {
  const std::string input =
      "The only vote against came from Gideon Marsh, who has sat on the board since 2009. Marsh "
      "said the plan was rushed.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Gideon Marsh", EntityType::kLoc}, {"Marsh", EntityType::kPer}});
  const Entity* marsh = FindEntity(entities, "Gideon Marsh");
  REQUIRE(marsh != nullptr);
  CHECK(marsh->type == EntityType::kPer);
  CHECK(MentionTexts(input, *marsh) == std::vector<std::string>{"Gideon Marsh", "Marsh"});
  // Two given names no list knows before the surname; not an organization's words.
  const std::string hmong =
      "Pa Nhia Xiong, whose daughter testified, saw it differently. \u201CWe will be back,\u201D "
      "said Xiong. Prairie Civil Alliance sued, and Alliance said it would appeal.";
  const std::vector<Entity> read = LinkTagged(hmong, {{"Pa Nhia Xiong", EntityType::kOrg},
                                                      {"Xiong", EntityType::kPer},
                                                      {"Prairie Civil Alliance", EntityType::kOrg},
                                                      {"Alliance", EntityType::kPer}});
  const Entity* xiong = FindEntity(read, "Pa Nhia Xiong");
  REQUIRE(xiong != nullptr);
  CHECK(xiong->type == EntityType::kPer);
  CHECK(MentionTexts(hmong, *xiong) == std::vector<std::string>{"Pa Nhia Xiong", "Xiong"});
  const Entity* project = FindEntity(read, "Prairie Civil Alliance");
  REQUIRE(project != nullptr);
  CHECK(project->type == EntityType::kOrg);
}

// name_collector.cc TitledNameStart(): a title before a name with a particle in it ("Prof de
// Souza"), which the tagger took for an organization's, is the person's title.
TEST_CASE("Prof de Souza is Professor Clarissa de Souza", "[entities]") {
  const std::vector<Entity> entities = LinkTagged(
      "Professor Clarissa de Souza said the logs had gaps. Under cross-examination, Prof de Souza "
      "accepted that some documents were lost.",
      {{"Clarissa de Souza", EntityType::kPer}, {"Prof de Souza", EntityType::kOrg}});
  const Entity* souza = FindEntity(entities, "Clarissa de Souza");
  REQUIRE(souza != nullptr);
  CHECK(souza->mentions.size() == 2);
  CHECK(FindEntity(entities, "Prof de Souza") == nullptr);
}
