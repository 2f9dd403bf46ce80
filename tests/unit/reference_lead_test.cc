// The reference layer on a story's lead (core/reference/descriptions.cc, resolver.cc) without the
// trained model, as reference_descriptions_test.cc reads descriptions: a lead that speaks through
// a description ("police said", "the union", "Bassara's marketing board", "A New York judge",
// "the company that runs the event") before the article names whom it means.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tagged_helpers.h"

using newslens::EntityType;
using newslens::testing::ReadTagged;
using newslens::testing::Referent;
using newslens::testing::TaggedReading;

namespace {

constexpr EntityType kPer = EntityType::kPer;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kLoc = EntityType::kLoc;
constexpr EntityType kMisc = EntityType::kMisc;

}  // namespace

// roles.txt: the kinds of public bodies news calls by their kind.
// descriptions.cc AnnouncedOrganization(): in the lead, a description of an organization the
// article names only later means the one organization it names so.
TEST_CASE("The lead's police or union is the one the article names later", "[reference]") {
  const std::string input =
      "A report of an armed man inside the school was a hoax, police said.\n\n"
      "Officers searched the school. No one was hurt.\n\n"
      "The Ashby Creek Police Department said the caller had not been found.";
  const TaggedReading reading = ReadTagged(input, {{"Ashby Creek Police Department", kOrg}});
  CHECK(Referent(reading, "police said") == "Ashby Creek Police Department");
  // Two forces named later: a reader cannot tell which.
  const std::string two =
      "The call was a hoax, police said.\n\nOfficers searched the school.\n\n"
      "The Ashby Creek Police Department and the Orrin County Police Department sent officers.";
  const TaggedReading forces = ReadTagged(
      two, {{"Ashby Creek Police Department", kOrg}, {"Orrin County Police Department", kOrg}});
  CHECK(Referent(forces, "police said") == "unresolved");
}

// descriptions.cc ModifiedKindInHeadline(), AnnouncedOrganization(): a headline's word in small
// letters and a kind of organization mean the organization named later whose name holds both.
TEST_CASE("A headline's safety board is the safety board the article names", "[reference]") {
  const std::string input =
      "Engine cover tore away before landing, safety board says\n\n"
      "A jet returned to Spokane on Monday.\n\n"
      "The National Aviation Safety Board said the cover was found in a field.";
  const TaggedReading reading =
      ReadTagged(input, {{"Spokane", kLoc}, {"National Aviation Safety Board", kOrg}});
  CHECK(Referent(reading, "safety board says") == "National Aviation Safety Board");
  // Not a board whose name lacks the word.
  const std::string other =
      "Teachers walk out, school board says\n\nA strike began on Monday.\n\n"
      "The Harbour Port Board said ships were delayed.";
  const TaggedReading port = ReadTagged(other, {{"Harbour Port Board", kOrg}});
  CHECK(Referent(port, "school board says") == "unresolved");
}

// resolver.cc ReadSentence(), descriptions.cc AnnouncedOrganization(): a name's possessive may
// own an organization's description in the lead, which means the organization named later whose
// name the possessor opens.
TEST_CASE("The lead's Bassara's marketing board is the Bassara Cocoa Marketing Board",
          "[reference]") {
  const std::string input =
      "Cocoa futures jumped after Bassara's marketing board said it would hold back sales.\n\n"
      "Prices rose 4%.\n\n"
      "The Bassara Cocoa Marketing Board has sold about 180,000 tons, its chief said.";
  const TaggedReading reading =
      ReadTagged(input, {{"Bassara", kOrg}, {"Bassara Cocoa Marketing Board", kOrg}});
  CHECK(Referent(reading, "board said") == "Bassara Cocoa Marketing Board");
  // Not a board whose name another possessor opens.
  const std::string other =
      "Cocoa futures jumped after Bassara's marketing board said it would hold back sales.\n\n"
      "Prices rose 4%.\n\n"
      "The Tumbara Cocoa Marketing Board has sold about 180,000 tons, its chief said.";
  const TaggedReading tumbara =
      ReadTagged(other, {{"Bassara", kOrg}, {"Tumbara Cocoa Marketing Board", kOrg}});
  CHECK(Referent(tumbara, "board said") == "unresolved");
  // Nor one of another kind: "dairy" is no word of the Bassara Sugar Board's name.
  const std::string sugar =
      "Milk prices fell after Bassara's dairy board said it would cut what it pays.\n\n"
      "Prices rose 4%.\n\n"
      "The Bassara Sugar Board said sugar prices would hold.";
  const TaggedReading boards =
      ReadTagged(sugar, {{"Bassara", kOrg}, {"Bassara Sugar Board", kOrg}});
  CHECK(Referent(boards, "board said it") == "unresolved");
}

// descriptions.cc BareKindAt() and DescriptionAfterCommonPossessor(): a headline's kind of
// organization without an article, and one a common noun's possessive opens, are descriptions
// too, which the lead's rule resolves.
TEST_CASE("A headline's union and the mine's union are the union the article names",
          "[reference]") {
  const std::string input =
      "date 2025-03-11 Workers at copper mine go on strike, union says\n\n"
      "Some 2,300 workers walked off the job on Tuesday, the mine's largest union said.\n\n"
      "Hector Quilapan, president of Union No. 1, said talks had failed.";
  const TaggedReading reading =
      ReadTagged(input, {{"Hector Quilapan", kPer}, {"Union No. 1", kOrg}});
  CHECK(Referent(reading, "union says") == "Union No. 1");
  CHECK(Referent(reading, "the mine's largest union") == "Union No. 1");
  // A kind of organization in the body without an article is no description, nor is a word
  // after a role's possessive ("the company's").
  const std::string body =
      "Workers walked out, union leaders said. The company's union said no.\n\n"
      "Union No. 1 and Kestrel Mining met.";
  const TaggedReading later = ReadTagged(body, {{"Union No. 1", kOrg}, {"Kestrel Mining", kOrg}});
  CHECK(Referent(later, "union leaders") == "no reference");
}

// descriptions.cc NotePendingIntroduction(), resolver.cc Introduce(): a story's lead that
// speaks through a description means the person the next sentences introduce.
TEST_CASE("A lead's description means the person introduced after it", "[reference]") {
  SECTION("the chairman of a company, named next, then the chairman again") {
    const std::string input =
        "The chairman of Hong Kong developer Silverbay Pacific Holdings said on Wednesday that "
        "talks with creditors were constructive.\n\n"
        "\u201CWe are not running away,\u201D Marcus Kwok told reporters.\n\n"
        "Anders Lindqvist, an adviser to the bondholders, said they wanted asset sales. The "
        "bondholders met on Monday.\n\n"
        "Asked about the sales, the chairman said only that all options were open.";
    const TaggedReading reading = ReadTagged(input, {{"Hong Kong", kLoc},
                                                     {"Silverbay Pacific Holdings", kOrg},
                                                     {"Marcus Kwok", kPer},
                                                     {"Anders Lindqvist", kPer}});
    CHECK(Referent(reading, "The chairman") == "Marcus Kwok");
    CHECK(Referent(reading, "the chairman said") == "Marcus Kwok");
  }
  SECTION("described so again, sentences later: the trust's chief executive") {
    const std::string input =
        "Patients face the longest waits, as the trust\u2019s chief executive admitted the "
        "situation was not acceptable.\n\nFigures published by the trust show a fall. Nurses "
        "said beds were short. Porters agreed.\n\n\u201CI want to apologise,\u201D said Dr "
        "Anjali Varsani, the trust\u2019s chief executive.";
    const TaggedReading reading = ReadTagged(input, {{"Anjali Varsani", kPer}});
    CHECK(Referent(reading, "executive admitted") == "Anjali Varsani");
    // Not a description two people are given.
    const std::string two =
        "As the club's captain admitted defeat, fans left.\n\nAna Ruiz, the club's captain, "
        "spoke. Lia Sol, the club's captain, agreed.";
    const TaggedReading captains = ReadTagged(two, {{"Ana Ruiz", kPer}, {"Lia Sol", kPer}});
    CHECK(Referent(captains, "captain admitted") == "unresolved");
  }
  SECTION("a judge, then Justice Frank Nervo") {
    const std::string input =
        "Judge rejects request.\n\n"
        "A New York judge has rejected a media request, saying the courts have no business in "
        "it.\n\n"
        "The newspapers filed a motion to unseal the records.\n\n"
        "Justice Frank Nervo rejected that argument in a ruling released Thursday.";
    const TaggedReading reading = ReadTagged(input, {{"New York", kLoc}, {"Frank Nervo", kPer}});
    CHECK(Referent(reading, "A New York judge") == "Frank Nervo");
  }
  SECTION("after a byline and a dateline") {
    const std::string input =
        "Judge rejects media request\n\nBy Lorna Kessel\n\n"
        "DES MOINES, Iowa (Midland Wire) \u2014 A federal judge has rejected a media request, "
        "saying the courts have no business in "
        "it.\n\n"
        "Justice Frank Nervo rejected that argument in a ruling released Thursday.";
    const TaggedReading reading = ReadTagged(input, {{"Lorna Kessel", kPer},
                                                     {"DES MOINES", kLoc},
                                                     {"Iowa", kLoc},
                                                     {"Midland Wire", kOrg},
                                                     {"Frank Nervo", kPer}});
    CHECK(Referent(reading, "A federal judge") == "Frank Nervo");
  }
  SECTION("an organization's, anywhere in the lead: the company that runs the event") {
    const std::string input =
        "Festival cancelled\n\n"
        "The Saltmarsh Festival was cancelled on Tuesday after its headline act walked out, and "
        "the company that runs the event said it could not absorb the losses.\n\n"
        "Harrow Lane Live, the promoter, said ticket holders would get refunds.";
    const TaggedReading reading =
        ReadTagged(input, {{"Saltmarsh Festival", kMisc}, {"Harrow Lane Live", kOrg}});
    CHECK(Referent(reading, "the company that") == "Harrow Lane Live");
    // Not in place of the person the lead described.
    const std::string judge =
        "Judge rejects request.\n\n"
        "A New York judge has rejected a media request, saying the courts have no business in "
        "it.\n\n"
        "The Times and the newspaper chain filed a motion to unseal the records.\n\n"
        "Justice Frank Nervo rejected that argument in a ruling released Thursday.";
    const TaggedReading nervo =
        ReadTagged(judge, {{"New York", kLoc}, {"The Times", kOrg}, {"Frank Nervo", kPer}});
    CHECK(Referent(nervo, "A New York judge") == "Frank Nervo");
  }
  SECTION("named in apposition to a description: the minister, Kaspar Veidemann") {
    const std::string input =
        "Valdonia accuses Kestrovia\n\n"
        "Valdonia's defence minister has accused Kestrovia of a \u201Creckless "
        "provocation\u201D after a drone crashed.\n\n"
        "Speaking at a briefing, the minister, Kaspar Veidemann, said the drone had been "
        "tracked.";
    const TaggedReading reading = ReadTagged(input, {{"Valdonia", kLoc},
                                                     {"Kestrovia", kLoc},
                                                     {"Valdonia", kLoc},
                                                     {"Kestrovia", kLoc},
                                                     {"Kaspar Veidemann", kPer}});
    CHECK(Referent(reading, "Valdonia's defence") == "Kaspar Veidemann");
  }
  SECTION("not a source news does not name") {
    const std::string input =
        "Aides clash.\n\n"
        "A senior official said the plan was dead.\n\n"
        "Tom Kane, the mayor, said it was not.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}});
    CHECK(Referent(reading, "A senior official") == "no reference");
  }
  SECTION("not a description inside the story") {
    const std::string input =
        "Aides clash.\n\n"
        "The council met on Monday. A spokesman for the council said the plan was dead.\n\n"
        "Tom Kane, the mayor, said it was not.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}});
    CHECK(Referent(reading, "A spokesman") == "no reference");
  }
}
