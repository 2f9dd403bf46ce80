// The name rules of the entities room (core/entities/) on hand-made NER tags: which person a
// shared surname names (name_grouping.cc), epithets and two-word surnames, names after a title
// that only names open (name_additions.cc), title words that are surnames (name_titles.cc,
// name_collector.cc), generational suffixes (name_text.cc), and the tagger's slips that
// name_collector.cc mends. The tags are what a tagger gets wrong in news, so each case shows
// the rule and not what the trained model happens to get right. names_types_test.cc holds the
// rules on a name's type and extent.
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
using newslens::testing::MentionStart;
using newslens::testing::MentionTexts;
using newslens::testing::Texts;

// name_grouping.cc PersonNamedBy(): an honorific or a title decides which of two people who
// share a surname the surname alone names.
TEST_CASE("A shared surname after an honorific or a title goes to the one it fits", "[names]") {
  SECTION("Mrs. Clinton: the woman, though the man came first") {
    const std::string input =
        "Bill Clinton and Hillary Clinton arrived in Iowa on Monday. Mrs. Clinton said the "
        "campaign was going well.";
    const std::vector<Entity> entities = LinkTagged(
        input,
        {{"Bill Clinton", kPer}, {"Hillary Clinton", kPer}, {"Iowa", kLoc}, {"Clinton", kPer}});
    CHECK(EntityNames(entities) == Texts{"Bill Clinton", "Hillary Clinton", "Iowa"});
    CHECK(MentionTexts(input, entities, "Hillary Clinton") == Texts{"Hillary Clinton", "Clinton"});
    CHECK(MentionStart(entities, "Hillary Clinton", 1) == input.find("Clinton said"));
    CHECK(MentionTexts(input, entities, "Bill Clinton") == Texts{"Bill Clinton"});
  }
  SECTION("Mr. Clinton: the man") {
    const std::string input =
        "Hillary Clinton and Bill Clinton arrived in Iowa on Monday. Mr. Clinton said the "
        "campaign was going well.";
    const std::vector<Entity> entities = LinkTagged(
        input,
        {{"Hillary Clinton", kPer}, {"Bill Clinton", kPer}, {"Iowa", kLoc}, {"Clinton", kPer}});
    CHECK(MentionTexts(input, entities, "Bill Clinton") == Texts{"Bill Clinton", "Clinton"});
    CHECK(MentionTexts(input, entities, "Hillary Clinton") == Texts{"Hillary Clinton"});
  }
  SECTION("Sen. Clinton: the one the article calls senator") {
    const std::string input =
        "Bill Clinton and Sen. Hillary Clinton arrived in Iowa on Monday. Sen. Clinton said the "
        "campaign was going well.";
    const std::vector<Entity> entities = LinkTagged(
        input,
        {{"Bill Clinton", kPer}, {"Hillary Clinton", kPer}, {"Iowa", kLoc}, {"Clinton", kPer}});
    const Entity& hillary = EntityNamed(entities, "Hillary Clinton");
    CHECK(hillary.titles == Texts{"Sen."});
    CHECK(MentionTexts(input, entities, "Hillary Clinton") == Texts{"Hillary Clinton", "Clinton"});
    CHECK(MentionTexts(input, entities, "Bill Clinton") == Texts{"Bill Clinton"});
  }
}

// name_grouping.cc PersonNamedBy(): with nothing else to go on, a shared surname names the one
// the article has named most so far (the principal), else the one it introduced first.
TEST_CASE("A shared surname alone goes to the person named most so far", "[names]") {
  SECTION("Hillary Clinton named three times, Bill Clinton once and first") {
    const std::string input =
        "Bill Clinton introduced his wife in Iowa on Monday.\n\n"
        "Hillary Clinton thanked the crowd. Hillary Clinton spoke about jobs, and Hillary "
        "Clinton took questions.\n\n"
        "Clinton said the campaign was going well.\n";
    const std::vector<Entity> entities = LinkTagged(input, {{"Bill Clinton", kPer},
                                                            {"Iowa", kLoc},
                                                            {"Hillary Clinton", kPer},
                                                            {"Hillary Clinton", kPer},
                                                            {"Hillary Clinton", kPer},
                                                            {"Clinton", kPer}});
    CHECK(MentionTexts(input, entities, "Hillary Clinton") ==
          Texts{"Hillary Clinton", "Hillary Clinton", "Hillary Clinton", "Clinton"});
    CHECK(MentionStart(entities, "Hillary Clinton", 3) == input.find("Clinton said"));
    CHECK(MentionTexts(input, entities, "Bill Clinton") == Texts{"Bill Clinton"});
  }
  SECTION("each named once: the one introduced first") {
    const std::string input =
        "Bill Clinton and Hillary Clinton arrived in Iowa on Monday. Clinton said the campaign "
        "was going well.";
    const std::vector<Entity> entities = LinkTagged(
        input,
        {{"Bill Clinton", kPer}, {"Hillary Clinton", kPer}, {"Iowa", kLoc}, {"Clinton", kPer}});
    CHECK(MentionTexts(input, entities, "Bill Clinton") == Texts{"Bill Clinton", "Clinton"});
    CHECK(MentionTexts(input, entities, "Hillary Clinton") == Texts{"Hillary Clinton"});
  }
  SECTION("a person called by first name alone is not the one the surname means") {
    // The son is named more, but by his first name: news keeps the family name for his mother.
    const std::string input =
        "Jayden Ruaki died in hospital.\n\nTulloch followed Jayden out of the hotel.\n\n"
        "Jayden did not see it coming.\n\nHis mother, Mereana Ruaki, spoke in court.\n\n"
        "Ruaki said the family had sold their home.\n";
    const std::vector<Entity> entities = LinkTagged(input, {{"Jayden Ruaki", kPer},
                                                            {"Tulloch", kPer},
                                                            {"Jayden", kPer},
                                                            {"Jayden", kPer},
                                                            {"Mereana Ruaki", kPer},
                                                            {"Ruaki", kPer}});
    CHECK(MentionTexts(input, entities, "Mereana Ruaki") == Texts{"Mereana Ruaki", "Ruaki"});
    CHECK(MentionTexts(input, entities, "Jayden Ruaki") ==
          Texts{"Jayden Ruaki", "Jayden", "Jayden"});
  }
}

// name_grouping.cc JoinEpithets(): a full name that ends with another person's two-word name
// opening with a first name is that person; the epithet is no part of the mention.
TEST_CASE("An epithet before a person's full name is no part of it", "[names]") {
  const std::string input =
      "Hillary Clinton spoke in Iowa on Monday. At a rally on Tuesday, he called her Crooked "
      "Hillary Clinton again.";
  const std::vector<Entity> entities = LinkTagged(
      input, {{"Hillary Clinton", kPer}, {"Iowa", kLoc}, {"Crooked Hillary Clinton", kPer}});
  CHECK(EntityNames(entities) == Texts{"Hillary Clinton", "Iowa"});
  CHECK(MentionTexts(input, entities, "Hillary Clinton") ==
        Texts{"Hillary Clinton", "Hillary Clinton"});
  CHECK(MentionStart(entities, "Hillary Clinton", 1) == input.find("Hillary Clinton again"));
  SECTION("not a middle initial: Donald J. Clinton is someone else") {
    const std::string other =
        "Hillary Clinton spoke in Iowa on Monday. At a rally on Tuesday, Donald J. Clinton "
        "spoke.";
    const std::vector<Entity> people =
        LinkTagged(other, {{"Hillary Clinton", kPer}, {"Iowa", kLoc}, {"Donald J. Clinton", kPer}});
    CHECK(EntityNames(people) == Texts{"Hillary Clinton", "Iowa", "Donald J. Clinton"});
  }
}

// name_grouping.cc JoinEpithets(): a two-word name that opens with no first name is a surname
// of two words, and joins the full name that ends with it, before or after it.
TEST_CASE("A two-word surname joins the full name that ends with it", "[names]") {
  SECTION("the full name first") {
    const std::string input =
        "Economy Minister Rodrigo Zavala Ortega flew to Ottawa on Monday. Zavala Ortega said "
        "the talks would resume.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Rodrigo Zavala Ortega", kPer}, {"Ottawa", kLoc}, {"Zavala Ortega", kPer}});
    CHECK(EntityNames(entities) == Texts{"Rodrigo Zavala Ortega", "Ottawa"});
    CHECK(MentionTexts(input, entities, "Rodrigo Zavala Ortega") ==
          Texts{"Rodrigo Zavala Ortega", "Zavala Ortega"});
    CHECK(EntityNamed(entities, "Rodrigo Zavala Ortega").titles == Texts{"Economy Minister"});
  }
  SECTION("the surname first") {
    const std::string input =
        "Zavala Ortega said the talks would resume. Rodrigo Zavala Ortega flew to Ottawa on "
        "Monday.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Zavala Ortega", kPer}, {"Rodrigo Zavala Ortega", kPer}, {"Ottawa", kLoc}});
    CHECK(EntityNames(entities) == Texts{"Rodrigo Zavala Ortega", "Ottawa"});
    CHECK(MentionTexts(input, entities, "Rodrigo Zavala Ortega") ==
          Texts{"Zavala Ortega", "Rodrigo Zavala Ortega"});
  }
  SECTION("particles and the surname") {
    const std::string input =
        "Pieter van der Lingen apologised. \u201CI am sorry,\u201D Mr van der Lingen said.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Pieter van der Lingen", kPer}, {"van der Lingen", kPer}});
    CHECK(EntityNames(entities) == Texts{"Pieter van der Lingen"});
  }
}

// name_additions.cc AddTitledNames(): after a title that only names open ("Rep.", "Gov."), the
// capitalized words are a person's name whatever the tagger made of them.
TEST_CASE("The words after Rep. or Gov. are a person's name", "[names]") {
  const std::string input = "Rep. J.T. Hollings (D-N.C.) voted against the bill.";
  SECTION("the surname tagged as a place") {
    const std::vector<Entity> entities = LinkTagged(input, {{"Hollings", kLoc}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "J.T. Hollings");
    CHECK(entities[0].type == kPer);
    CHECK(entities[0].titles == Texts{"Rep."});
    CHECK(MentionTexts(input, entities, "J.T. Hollings") == Texts{"J.T. Hollings"});
  }
  SECTION("nothing tagged") {
    const std::vector<Entity> entities = LinkTagged(input, {});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "J.T. Hollings");
    CHECK(entities[0].type == kPer);
  }
  SECTION("Gov. Ed Rendell tagged as a place") {
    const std::string governor = "Gov. Ed Rendell signed the bill on Friday.";
    const std::vector<Entity> entities = LinkTagged(governor, {{"Ed Rendell", kLoc}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Ed Rendell");
    CHECK(entities[0].type == kPer);
    CHECK(entities[0].titles == Texts{"Gov."});
    CHECK(entities[0].gender == Gender::kMale);
  }
}

// name_additions.cc AddTitledNames() and name_collector.cc AddName(): after an honorific, a
// title word is a surname ("Mr. King"); name_titles.cc SplitTitles(): after a first name, a
// title word that is also a surname is the surname, not a title ("Martin Luther King Jr.").
TEST_CASE("A title word that is a surname after a first name or an honorific", "[names]") {
  SECTION("Mr. King untagged after Larry King") {
    const std::string input =
        "Larry King interviewed the candidate on Monday. Mr. King said the answers were "
        "evasive.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Larry King", kPer}});
    REQUIRE(entities.size() == 1);
    const Entity& king = entities[0];
    CHECK(king.name == "Larry King");
    CHECK(king.titles.empty());
    CHECK(king.gender == Gender::kMale);
    CHECK(MentionTexts(input, entities, "Larry King") == Texts{"Larry King", "King"});
    CHECK(MentionStart(entities, "Larry King", 1) == input.find("King said"));
  }
  SECTION("Mr. King tagged with its honorific") {
    const std::string input =
        "Larry King interviewed the candidate on Monday. Mr. King said the answers were "
        "evasive.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Larry King", kPer}, {"Mr. King", kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(MentionTexts(input, entities, "Larry King") == Texts{"Larry King", "King"});
  }
  SECTION("Martin Luther King Jr.: King is no title inside the name") {
    const std::string input =
        "Martin Luther King Jr. led the march in 1965. Mr. King said the movement would not "
        "stop.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Martin Luther King Jr.", kPer}, {"Mr. King", kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Martin Luther King Jr.");
    CHECK(entities[0].titles.empty());
    CHECK(MentionTexts(input, entities, "Martin Luther King Jr.") ==
          Texts{"Martin Luther King Jr.", "King"});
  }
}

// name_text.cc SurnameToken(): the surname of "Joseph R. Biden Jr." is Biden, not "Jr.": the
// surname alone joins the person, tagged or not.
TEST_CASE("A surname before a generational suffix names the person", "[names]") {
  const std::string input =
      "Joseph R. Biden Jr. spoke in Ohio on Monday. Biden said the plan would create jobs.";
  SECTION("Biden untagged") {
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Joseph R. Biden Jr.", kPer}, {"Ohio", kLoc}});
    CHECK(EntityNames(entities) == Texts{"Joseph R. Biden Jr.", "Ohio"});
    CHECK(MentionTexts(input, entities, "Joseph R. Biden Jr.") ==
          Texts{"Joseph R. Biden Jr.", "Biden"});
  }
  SECTION("Biden tagged") {
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Joseph R. Biden Jr.", kPer}, {"Ohio", kLoc}, {"Biden", kPer}});
    CHECK(EntityNames(entities) == Texts{"Joseph R. Biden Jr.", "Ohio"});
    CHECK(MentionTexts(input, entities, "Joseph R. Biden Jr.") ==
          Texts{"Joseph R. Biden Jr.", "Biden"});
  }
}

// name_collector.cc SplitSpan() and AddName(): the tagger runs on into the sentence; a word in
// small letters ends any name, and a mark ends none.
TEST_CASE("A name ends before the sentence the tagger ran into", "[names]") {
  SECTION("Twitter conversation tagged as one organization") {
    const std::string input =
        "The company announced the change in a Twitter conversation with users on Monday.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Twitter conversation", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Twitter"});
    CHECK(MentionTexts(input, entities, "Twitter") == Texts{"Twitter"});
  }
  SECTION("the full stop tagged with the name") {
    const std::string input = "The award went to Harry James. James said he was delighted.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Harry James.", kPer}});
    CHECK(EntityNames(entities) == Texts{"Harry James"});
    CHECK(MentionTexts(input, entities, "Harry James") == Texts{"Harry James", "James"});
  }
}

// name_collector.cc StartOfOrganizationName(): the capitalized words the tagger left out
// before an organization's name belong to it.
TEST_CASE("An organization's untagged first words join its name", "[names]") {
  const std::string input =
      "A report by the Government Accountability Office found the program was poorly run.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Accountability Office", kOrg}});
  CHECK(EntityNames(entities) == Texts{"Government Accountability Office"});
  CHECK(MentionTexts(input, entities, "Government Accountability Office") ==
        Texts{"Government Accountability Office"});
  SECTION("after 'for' or 'to', untagged or an organization's, not a company's") {
    const std::string group =
        "Northside Neighbors for Responsible Growth, a residents' group, objected. The Prairie "
        "Freedom to Read Coalition sued. Maren Holt sold Whole Foods to Amazon.";
    const std::vector<Entity> groups = LinkTagged(group, {{"Northside Neighbors", kMisc},
                                                          {"Prairie Freedom", kOrg},
                                                          {"Read Coalition", kOrg},
                                                          {"Maren Holt", kPer},
                                                          {"Whole Foods", kOrg},
                                                          {"Amazon", kOrg}});
    CHECK(EntityNames(groups) == Texts{"Northside Neighbors for Responsible Growth",
                                       "Prairie Freedom to Read Coalition", "Maren Holt",
                                       "Whole Foods", "Amazon"});
    CHECK(EntityNamed(groups, "Northside Neighbors for Responsible Growth").type == kOrg);
  }
}

// name_collector.cc AddName(): "Said" opening a sentence before a name is the speech verb,
// not a first name (it is one in first-names.tsv): "Ellis" joins Ryan Ellis.
TEST_CASE("A sentence's opening Said is no part of the name after it", "[names]") {
  const std::string input =
      "Ryan Ellis, a tax adviser, said the plan was unclear.\n\n"
      "Said Ellis, \u201CIt will cost more than they think.\u201D\n";
  SECTION("tagged with the name") {
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Ryan Ellis", kPer}, {"Said Ellis", kPer}});
    CHECK(EntityNames(entities) == Texts{"Ryan Ellis"});
    CHECK(MentionTexts(input, entities, "Ryan Ellis") == Texts{"Ryan Ellis", "Ellis"});
  }
  SECTION("the surname tagged alone") {
    const std::vector<Entity> entities = LinkTagged(input, {{"Ryan Ellis", kPer}, {"Ellis", kPer}});
    CHECK(EntityNames(entities) == Texts{"Ryan Ellis"});
    CHECK(MentionTexts(input, entities, "Ryan Ellis") == Texts{"Ryan Ellis", "Ellis"});
  }
}

// name_additions.cc SplitOrganizationFromPerson(): a word that ends organizations' names,
// then a person's name, tagged as one name, are two.
TEST_CASE("An organization's name run into the person's after it is two names", "[names]") {
  SECTION("a first name and a surname") {
    const std::string input = "\u201CWe will rebuild,\u201D said the Harbour Trust Omar Haddad.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Harbour Trust Omar Haddad", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Harbour Trust", "Omar Haddad"});
    CHECK(EntityNamed(entities, "Omar Haddad").type == kPer);
    CHECK(EntityNamed(entities, "Harbour Trust").type == kOrg);
  }
  SECTION("the surname of a person named in full elsewhere") {
    const std::string input =
        "Donald Trump met the editors. In the meeting with the Washington Post Trump said no.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Donald Trump", kPer}, {"Washington Post Trump", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Donald Trump", "Washington Post"});
    CHECK(MentionTexts(input, entities, "Donald Trump") == Texts{"Donald Trump", "Trump"});
  }
  SECTION("not a word that ends no organization's name") {
    const std::string input = "The Harbour Omar Cafe opened on Monday.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Harbour Omar Cafe", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Harbour Omar Cafe"});
  }
}

// name_collector.cc AddName(): a weekday after a name is the sentence's time ("Twitter on
// Monday"), but for the names of days ("Super Tuesday", name-words.txt).
TEST_CASE("A weekday after a name is no part of it but in the names of days", "[names]") {
  const std::string input =
      "Voters in New Hampshire Monday said the race was open before Super Tuesday.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"New Hampshire Monday", kLoc}, {"Super Tuesday", EntityType::kMisc}});
  CHECK(EntityNames(entities) == Texts{"New Hampshire", "Super Tuesday"});
}

// name_titles.cc SplitTitles(): a role in small letters inside a tagged person's name is a
// title ("Clinton spokesman Brian Fallon"), not part of the name.
TEST_CASE("A role in small letters inside a tagged name is its title", "[names]") {
  const std::string input = "Clinton spokesman Brian Fallon said the campaign would respond.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"Clinton spokesman Brian Fallon", kPer}});
  REQUIRE(EntityNames(entities) == Texts{"Brian Fallon"});
  CHECK(EntityNamed(entities, "Brian Fallon").titles == Texts{"spokesman"});
}

// name_collector.cc AddName(): after an honorific only a title word that is also a surname
// names someone ("Mr. King"); "Mr. President" addresses a title.
TEST_CASE("Mr. President names nobody", "[names]") {
  const std::string input = "\u201CThank you, Mr. President,\u201D the senator said.";
  const std::vector<Entity> entities = LinkTagged(input, {});
  CHECK(EntityNames(entities).empty());
}

// name_grouping.cc JoinShortOrganizationNames(): the word that says an organization's kind
// names the one organization of that kind.
TEST_CASE("The word of an organization's kind names the one organization of that kind", "[names]") {
  SECTION("one newspaper") {
    const std::string input =
        "The Westbury Times reported the loss on Friday. The Times said the figures were "
        "checked.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Westbury Times", kOrg}, {"Times", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Westbury Times"});
    CHECK(MentionTexts(input, entities, "Westbury Times") == Texts{"Westbury Times", "Times"});
  }
  SECTION("not one of two") {
    const std::string input =
        "The Westbury Times and the Valley Times disagree. The Times said the figures were "
        "checked.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Westbury Times", kOrg}, {"Valley Times", kOrg}, {"Times", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Westbury Times", "Valley Times", "Times"});
  }
  SECTION("not an organization whose name the word begins") {
    const std::string input = "Bank of Lundmark raised its rate. Bank said it would.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Bank of Lundmark", kOrg}, {"Bank", kOrg}});
    CHECK(EntityNames(entities) == Texts{"Bank of Lundmark", "Bank"});
  }
}

// name_collector.cc Collect(), entity_builder.cc VotedType(): the place of a dateline is a
// place, whatever the tagger calls the same name elsewhere.
