// The reference layer's descriptions (core/reference/descriptions.cc, role_facts.cc) without the
// trained model, as reference_test.cc reads pronouns: hand-made NER tags, the entities stage, the
// quotation marks, then ResolveReferences() as Analyze() runs it. Each case checks one rule of
// references.h on news sentences: "the senator", "the company", "the Norwegian" checked against
// what the article says of each entity, names in apposition, a description that continues the
// topic (a lead's descriptions are in reference_lead_test.cc).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tagged_helpers.h"

using newslens::EntityType;
using newslens::Gender;
using newslens::Reference;
using newslens::ReferenceKind;
using newslens::testing::EntityNamed;
using newslens::testing::MentionsOf;
using newslens::testing::ReadTagged;
using newslens::testing::Referent;
using newslens::testing::TaggedReading;

namespace {

constexpr EntityType kPer = EntityType::kPer;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kLoc = EntityType::kLoc;
constexpr EntityType kMisc = EntityType::kMisc;

using Mentions = std::vector<std::string>;

}  // namespace

// descriptions.cc ResolveDescription() and Contradicts(), role_facts.cc: a description means
// the entity the article describes so, and never one whose party or office contradicts it.
TEST_CASE("A description means the entity the article describes so", "[reference]") {
  SECTION("the Republican nominee: the Republican presidential nominee") {
    const std::string input =
        "Republican presidential nominee John Smith spoke in Ohio on Monday. The Republican "
        "nominee said the economy was weak.";
    const TaggedReading reading = ReadTagged(input, {{"John Smith", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "nominee said") == "John Smith");
    CHECK(MentionsOf(input, reading.entities, "John Smith") ==
          Mentions{"John Smith (name)", "The Republican nominee (description)"});
  }
  SECTION("the CS: Kenya's Cabinet Secretary (roles.txt forms)") {
    const std::string input =
        "Health Cabinet Secretary Halima Sheikh accused the union of holding patients hostage. "
        "Officials disagreed. The CS said the funds had been released.";
    const TaggedReading reading = ReadTagged(input, {{"Halima Sheikh", kPer}});
    CHECK(Referent(reading, "CS said") == "Halima Sheikh");
  }
  SECTION("the Republican nominee is not the Democratic one") {
    const std::string input =
        "Democratic nominee Jane Roe spoke in Ohio on Monday. The Republican nominee said the "
        "economy was weak.";
    const TaggedReading reading = ReadTagged(input, {{"Jane Roe", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "nominee said") == "unresolved");
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") == Mentions{"Jane Roe (name)"});
  }
  SECTION("the Minnesota Democrat: a party label's party and state (roles.txt states)") {
    // As the tagger reads them: the label a person's name, the description an organization's.
    const std::string input =
        "Sen. Margaret Ellingsworth (D-Minn.) questioned Lukas Brennecke. Brennecke said he could "
        "not commit. \u201CThen we will,\u201D the Minnesota Democrat replied.";
    const TaggedReading reading = ReadTagged(input, {{"Margaret Ellingsworth", kPer},
                                                     {"D-Minn", kPer},
                                                     {"Lukas Brennecke", kPer},
                                                     {"Brennecke", kPer},
                                                     {"Minnesota Democrat", kOrg}});
    CHECK(Referent(reading, "the Minnesota") == "Margaret Ellingsworth");
    CHECK(newslens::testing::FindEntity(reading.entities, "D-Minn") == nullptr);
  }
  SECTION("the nominee, saying no party, is the Democratic one") {
    const std::string input =
        "Democratic nominee Jane Roe spoke in Ohio on Monday. The nominee said the economy was "
        "weak.";
    const TaggedReading reading = ReadTagged(input, {{"Jane Roe", kPer}, {"Ohio", kLoc}});
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") ==
          Mentions{"Jane Roe (name)", "The nominee (description)"});
  }
  SECTION("the provost: a noun the article called a person by, though no role noun") {
    const std::string input =
        "Gareth Vandersloot, the university's provost, defended the plan. Colleen MacAskill "
        "spoke later. The provost said the cuts were over.";
    const TaggedReading reading =
        ReadTagged(input, {{"Gareth Vandersloot", kPer}, {"Colleen MacAskill", kPer}});
    CHECK(Referent(reading, "The provost") == "Gareth Vandersloot");
  }
  SECTION("the Dane: a nationality, the topic going on") {
    const std::string input =
        "Kestlow manager Henrik Vesterlund said Tobias Larraneta would not play until October. "
        "\u201CHe needs time,\u201D the Dane said.";
    const TaggedReading reading = ReadTagged(
        input, {{"Henrik Vesterlund", kPer}, {"Tobias Larraneta", kPer}, {"Dane", kPer}});
    CHECK(Referent(reading, "the Dane") == "Henrik Vesterlund");
  }
  SECTION("the Norwegian: a nationality's adjective for one of its people, as read before") {
    // The second reading takes the first's: the last sentence's subject is the engineer.
    const std::string input =
        "Emil Sandvold won the race for Corvane. The 24-year-old Norwegian, who started third, "
        "took the lead on lap 34. "
        "\u201CWhat a drive,\u201D race engineer Jules Fairbairn told him over the radio. "
        "\u201CI can't breathe,\u201D the Norwegian replied.";
    const TaggedReading reading = ReadTagged(input, {{"Emil Sandvold", kPer},
                                                     {"Corvane", kOrg},
                                                     {"Norwegian", kMisc},
                                                     {"Jules Fairbairn", kPer},
                                                     {"Norwegian", kMisc}});
    CHECK(Referent(reading, "The 24-year-old") == "Emil Sandvold");
    CHECK(Referent(reading, "the Norwegian") == "Emil Sandvold");
  }
  SECTION("the 44-year-old Portuguese: the one person of the sentence before, as a subject") {
    // The sentence before has an organization for subject; "the Portuguese" later is the same
    // person. A role ("The chairman") and an indefinite description bring in someone new.
    const std::string input =
        "Keldon Rovers have sacked manager Rui Valadares after a seventh defeat. "
        "The 44-year-old Portuguese was dismissed on Sunday. "
        "“I leave with my head high,” wrote the Portuguese. "
        "Rovers also released Tom Hale. The chairman said the club would move on. "
        "Police questioned Ana Lind. A 34-year-old woman was later held.";
    const TaggedReading reading = ReadTagged(input, {{"Keldon Rovers", kOrg},
                                                     {"Rui Valadares", kPer},
                                                     {"Portuguese", kMisc},
                                                     {"Portuguese", kMisc},
                                                     {"Rovers", kOrg},
                                                     {"Tom Hale", kPer},
                                                     {"Ana Lind", kPer}});
    CHECK(Referent(reading, "The 44-year-old Portuguese") == "Rui Valadares");
    CHECK(Referent(reading, "the Portuguese") == "Rui Valadares");
    CHECK(Referent(reading, "The chairman") != "Tom Hale");
    CHECK(Referent(reading, "A 34-year-old woman") != "Ana Lind");
  }
  SECTION("the 26-year-old: the person the article gives that age, not another") {
    // The salient subject of the sentence before is Brandsgaard, whom the article makes 29.
    const std::string input =
        "Julian Arbelaez, 26, won the stage ahead of Mikkel Brandsgaard. Brandsgaard, the "
        "29-year-old Dane, leads the race. The 26-year-old dedicated the win to his coach. "
        "Nora Vik, a 31-year-old rider, was third. The 29-year-old said little.";
    const TaggedReading reading = ReadTagged(input, {{"Julian Arbelaez", kPer},
                                                     {"Mikkel Brandsgaard", kPer},
                                                     {"Brandsgaard", kPer},
                                                     {"Dane", kMisc},
                                                     {"Nora Vik", kPer}});
    CHECK(Referent(reading, "The 26-year-old") == "Julian Arbelaez");
    CHECK(Referent(reading, "The 29-year-old") == "Mikkel Brandsgaard");
  }
  SECTION("the brewery: a company whose name says it brews (roles.txt)") {
    const std::string input =
        "Haddersley Brewery confirmed the pub will shut. Bernadette Kilbride was gutted. "
        "\u201CWe thank her,\u201D the brewery added.";
    const TaggedReading reading =
        ReadTagged(input, {{"Haddersley Brewery", kOrg}, {"Bernadette Kilbride", kPer}});
    CHECK(Referent(reading, "the brewery") == "Haddersley Brewery");
  }
  SECTION("the clerk, the coroner: county officials (titles.txt, roles.txt)") {
    const std::string input =
        "County Clerk Benedikt Szabo said 3,412 ballots had been cast. Coroner Ann Tate Lowe "
        "spoke next. Sheriff Dana Toller agreed. The clerk said the lines were short. The "
        "coroner said the inquest would open.";
    const TaggedReading reading = ReadTagged(
        input, {{"Benedikt Szabo", kPer}, {"Ann Tate Lowe", kPer}, {"Dana Toller", kPer}});
    CHECK(Referent(reading, "The clerk") == "Benedikt Szabo");
    CHECK(Referent(reading, "The coroner") == "Ann Tate Lowe");
  }
  SECTION("the principal, the Taoiseach, the investigator (titles.txt, roles.txt)") {
    const std::string input =
        "Principal Shinji Yatabe watched the drill with Taoiseach Conor Brannelly. The principal "
        "said the children were calm. The Taoiseach said little.";
    const TaggedReading reading =
        ReadTagged(input, {{"Shinji Yatabe", kPer}, {"Conor Brannelly", kPer}});
    CHECK(Referent(reading, "The principal") == "Shinji Yatabe");
    CHECK(Referent(reading, "The Taoiseach") == "Conor Brannelly");
    const std::string trial =
        "Dr. Chidinma Okafor, the trial's principal investigator, spoke first. Rafael Sandoval "
        "said the data were early. The principal investigator said they were strong.";
    const TaggedReading investigator =
        ReadTagged(trial, {{"Chidinma Okafor", kPer}, {"Rafael Sandoval", kPer}});
    CHECK(Referent(investigator, "The principal investigator") == "Chidinma Okafor");
  }
  SECTION("what an appositive past an age or before a relative clause calls someone") {
    const std::string input =
        "Open Door Relief, a charity that runs food pantries, served 2,500 meals. Red Valley "
        "Mutual paid out. The charity said donations were welcome. Madam Nurul Huda Zainal, 47, "
        "a school canteen operator who was on the bus, watched. Lim Wei spoke to the court. The "
        "canteen operator said she still hears the metal.";
    const TaggedReading reading = ReadTagged(input, {{"Open Door Relief", kOrg},
                                                     {"Red Valley Mutual", kOrg},
                                                     {"Nurul Huda Zainal", kPer},
                                                     {"Lim Wei", kPer}});
    CHECK(Referent(reading, "The charity") == "Open Door Relief");
    CHECK(Referent(reading, "The canteen operator") == "Nurul Huda Zainal");
  }
  SECTION("the Tongan international, the planemaker (roles.txt)") {
    const std::string input =
        "Captain Viliami Taufahema said the players had let the coach down. \u201CWe have let "
        "the fans down,\u201D the Tongan international said. Sadeem Airways ordered 75 jets from "
        "Corvain Aircraft. The planemaker said the deal included engines.";
    const TaggedReading reading = ReadTagged(input, {{"Viliami Taufahema", kPer},
                                                     {"Tongan", kMisc},
                                                     {"Sadeem Airways", kOrg},
                                                     {"Corvain Aircraft", kOrg}});
    CHECK(Referent(reading, "the Tongan") == "Viliami Taufahema");
    CHECK(Referent(reading, "The planemaker") == "Corvain Aircraft");
  }
  SECTION("the CEO, the solicitor: roles by their abbreviation and their trade (roles.txt)") {
    const std::string input =
        "Veridane CEO Lukas Brennecke testified on Tuesday. His solicitor, Imran Qadir, sat "
        "beside him. The CEO said prices would fall. The solicitor said nothing.";
    const TaggedReading reading =
        ReadTagged(input, {{"Veridane", kOrg}, {"Lukas Brennecke", kPer}, {"Imran Qadir", kPer}});
    CHECK(Referent(reading, "The CEO") == "Lukas Brennecke");
    CHECK(Referent(reading, "The solicitor") == "Imran Qadir");
  }
  SECTION("the skipper: a team's captain") {
    const std::string input =
        "Port Callister skipper Callum Strachan top-scored with 84. Jonah Reid took four wickets. "
        "The skipper said his side were short.";
    const TaggedReading reading = ReadTagged(
        input, {{"Port Callister", kOrg}, {"Callum Strachan", kPer}, {"Jonah Reid", kPer}});
    CHECK(Referent(reading, "The skipper") == "Callum Strachan");
  }
  SECTION("the junior, the striker: a player's year and position (roles.txt)") {
    const std::string input =
        "Kealoha Makani, a junior from Hilo, caught the pass. Dashawn Pritchett, the team's "
        "quarterback, threw it. The junior said the play was new. The quarterback agreed.";
    const TaggedReading reading =
        ReadTagged(input, {{"Kealoha Makani", kPer}, {"Hilo", kLoc}, {"Dashawn Pritchett", kPer}});
    CHECK(Referent(reading, "The junior") == "Kealoha Makani");
    CHECK(Referent(reading, "The quarterback") == "Dashawn Pritchett");
  }
  SECTION("the vice presidential nominee and the presidential nominee") {
    const std::string input =
        "Democratic presidential nominee Jane Roe and her running mate, vice presidential "
        "nominee Tom Kane, spoke in Ohio. The vice presidential nominee said the race was close. "
        "The presidential nominee said little.";
    const TaggedReading reading =
        ReadTagged(input, {{"Jane Roe", kPer}, {"Tom Kane", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "The vice") == "Tom Kane");
    CHECK(Referent(reading, "The presidential") == "Jane Roe");
    CHECK(MentionsOf(input, reading.entities, "Tom Kane") ==
          Mentions{"Tom Kane (name)", "The vice presidential nominee (description)"});
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") ==
          Mentions{"Jane Roe (name)", "her (pronoun)", "The presidential nominee (description)"});
  }
}

// descriptions.cc BareKindAt(): "police" without a determiner, as a speaker, is the police
// force the article has named; not a modifier ("state police") nor a force not named yet.
TEST_CASE("Police as a speaker means the police force the article names", "[reference]") {
  const std::string input =
      "A spokesman for the Ashby Creek Police Department said roads were closed. The call was "
      "a hoax, police said. State police said nothing.";
  const TaggedReading reading = ReadTagged(input, {{"Ashby Creek Police Department", kOrg}});
  CHECK(Referent(reading, "police said") == "Ashby Creek Police Department");
  CHECK(Referent(reading, "police said nothing") == "no reference");
  const std::string before = "The call was a hoax, police said. Chief Ana Ruiz said so.";
  CHECK(Referent(ReadTagged(before, {{"Ana Ruiz", kPer}}), "police said") == "unresolved");
}

// resolver.cc AppositiveName(): a description set off by a name in apposition is that name's,
// though an earlier person fits the description too and the name comes after it.
TEST_CASE("A description before a name in apposition means that name", "[reference]") {
  SECTION("the finance minister, named after the prime minister") {
    const std::string input =
        "The prime minister, Leonard Fairweather, spoke first. The finance minister, Hamish "
        "Oduya, later accused the opposition. He said the ports had lost money.";
    const TaggedReading reading =
        ReadTagged(input, {{"Leonard Fairweather", kPer}, {"Hamish Oduya", kPer}});
    CHECK(Referent(reading, "The finance") == "Hamish Oduya");
    CHECK(Referent(reading, "He said") == "Hamish Oduya");
    CHECK(MentionsOf(input, reading.entities, "Leonard Fairweather") ==
          Mentions{"The prime minister (description)", "Leonard Fairweather (name)"});
  }
  SECTION("a name after an honorific or a title that opens names; a role after 'vice-'") {
    const std::string input =
        "The hospital\u2019s medical superintendent, Dr Rukia Mwinyi, said the wards were full. "
        "The vice-chancellor, Prof Helena Varga, said the offer was final. Callum Ferrie "
        "disagreed. The superintendent said beds were short. The vice-chancellor said she "
        "regretted the disruption.";
    const TaggedReading reading = ReadTagged(
        input, {{"Rukia Mwinyi", kPer}, {"Helena Varga", kPer}, {"Callum Ferrie", kPer}});
    CHECK(Referent(reading, "superintendent") == "Rukia Mwinyi");
    CHECK(Referent(reading, "superintendent", 1) == "Rukia Mwinyi");
    CHECK(Referent(reading, "vice-chancellor") == "Helena Varga");
    CHECK(Referent(reading, "vice-chancellor", 1) == "Helena Varga");
    // "-general" after the role; "trader" (roles.txt).
    const std::string cocoa =
        "Fulgence Aka-Brou, director-general of the regulator, spoke first. Matthias Vollrath, "
        "head of softs trading at Elbgut, disagreed. The trader said prices would rise. The "
        "director-general said the crop was small.";
    const TaggedReading market = ReadTagged(
        cocoa, {{"Fulgence Aka-Brou", kPer}, {"Matthias Vollrath", kPer}, {"Elbgut", kOrg}});
    CHECK(Referent(market, "trader") == "Matthias Vollrath");
    CHECK(Referent(market, "director-general", 1) == "Fulgence Aka-Brou");
  }
  SECTION("a description with its place before the name") {
    const std::string input =
        "Mr. Lindqvist testified for two days. Mr. Lindqvist said he was innocent. Mr. Lindqvist "
        "wept. After the verdict, the United States attorney in Manhattan, Marcus Feldhaus, said "
        "the case was clear. He added that teachers deserved their pensions.";
    const TaggedReading reading = ReadTagged(input, {{"Lindqvist", kPer},
                                                     {"Lindqvist", kPer},
                                                     {"Lindqvist", kPer},
                                                     {"United States", kLoc},
                                                     {"Manhattan", kLoc},
                                                     {"Marcus Feldhaus", kPer}});
    CHECK(Referent(reading, "the United States attorney") == "Marcus Feldhaus");
    CHECK(Referent(reading, "He added") == "Marcus Feldhaus");
  }
  SECTION("one juror, named in apposition; one juror alone is no description") {
    const std::string input =
        "The emails persuaded the jury, according to one juror, Elena Varga, 54, a retired "
        "librarian. One juror wept.";
    const TaggedReading reading = ReadTagged(input, {{"Elena Varga", kPer}});
    CHECK(Referent(reading, "one juror") == "Elena Varga");
    CHECK(Referent(reading, "One juror") == "no reference");
  }
  SECTION("a name after a person's role in small letters") {
    const std::string input =
        "Mateus Albuquerque worked on the study. Another co-author, chemist Keziah Mbatha, says "
        "the team built 30 cousins of the molecule.";
    const TaggedReading reading =
        ReadTagged(input, {{"Mateus Albuquerque", kPer}, {"Keziah Mbatha", kPer}});
    CHECK(Referent(reading, "co-author") == "Keziah Mbatha");
  }
  SECTION("an organization's name after its article, its acronym in parentheses after it") {
    const std::string input =
        "Soldiers were arrested overnight. The main opposition party, the Union for Renewal and "
        "Progress (URP), said it condemned the attempt.";
    const TaggedReading reading =
        ReadTagged(input, {{"Union for Renewal and Progress", kOrg}, {"URP", kOrg}});
    CHECK(Referent(reading, "party") == "Union for Renewal and Progress");
  }
  SECTION("an indefinite description with a name: a spokesman for a party") {
    const std::string input =
        "Leonard Fairweather spoke first. A spokesman for the National Renewal Party, Esteban "
        "Mareko, said the government had lost.";
    const TaggedReading reading = ReadTagged(input, {{"Leonard Fairweather", kPer},
                                                     {"National Renewal Party", kOrg},
                                                     {"Esteban Mareko", kPer}});
    CHECK(Referent(reading, "A spokesman") == "Esteban Mareko");
  }
  SECTION("the name takes the description's role: a speaker, whom he continues") {
    const std::string input =
        "Leonard Fairweather said he would meet the rebels. A spokesman for the National "
        "Renewal Party, Esteban Mareko, said the government had lost. He said the party would "
        "table amendments.";
    const TaggedReading reading = ReadTagged(input, {{"Leonard Fairweather", kPer},
                                                     {"National Renewal Party", kOrg},
                                                     {"Esteban Mareko", kPer}});
    CHECK(Referent(reading, "He said") == "Esteban Mareko");
  }
  SECTION("a description after a name, in apposition, is the name's: no unnamed person") {
    const std::string input =
        "Kealoha Makani, a junior from Hilo, finished with nine catches. He said the play was "
        "new.";
    const TaggedReading reading = ReadTagged(input, {{"Kealoha Makani", kPer}, {"Hilo", kLoc}});
    CHECK(Referent(reading, "a junior") == "Kealoha Makani");
    CHECK(Referent(reading, "He said") == "Kealoha Makani");
  }
  SECTION("a list is no apposition") {
    const std::string input =
        "Leonard Fairweather spoke first. The minister, Hamish Oduya and Ana Ruiz met later.";
    const TaggedReading reading = ReadTagged(
        input, {{"Leonard Fairweather", kPer}, {"Hamish Oduya", kPer}, {"Ana Ruiz", kPer}});
    CHECK(Referent(reading, "The minister") != "Hamish Oduya");
  }
  SECTION("past an acronym in parentheses") {
    const std::string input =
        "The head of the Acme Workers Union (AWU), Sophie Arnaud, said the turnout was high.";
    const TaggedReading reading =
        ReadTagged(input, {{"Acme Workers Union", kOrg}, {"AWU", kOrg}, {"Sophie Arnaud", kPer}});
    CHECK(Referent(reading, "The head") == "Sophie Arnaud");
  }
}

// descriptions.cc NamedAsKind(), role_facts.cc: an organization is called by the kind its own
// name says ("the fund"), and by what an appositive says it is ("X, the bank,").
TEST_CASE("An organization is called by its kind", "[reference]") {
  SECTION("the fund: the International Monetary Fund") {
    const std::string input =
        "The International Monetary Fund cut its forecast on Tuesday. Growth would slow to 2 "
        "percent, the fund said.";
    const TaggedReading reading = ReadTagged(input, {{"International Monetary Fund", kOrg}});
    CHECK(Referent(reading, "the fund") == "International Monetary Fund");
    CHECK(
        MentionsOf(input, reading.entities, "International Monetary Fund") ==
        Mentions{"International Monetary Fund (name)", "its (pronoun)", "the fund (description)"});
  }
  SECTION("the federation: a federation by its name's word, in Spanish too") {
    const std::string input =
        "The Federaci\u00F3n de Pe\u00F1as Valdemoristas spoke for the fans of CD Valdemora. The "
        "federation said it would stage a silent protest.";
    const TaggedReading reading = ReadTagged(
        input, {{"Federaci\u00F3n de Pe\u00F1as Valdemoristas", kOrg}, {"CD Valdemora", kOrg}});
    CHECK(Referent(reading, "federation said") == "Federaci\u00F3n de Pe\u00F1as Valdemoristas");
  }
  SECTION("the museum, the zoo") {
    const std::string input =
        "The Royal Westmarch Museum returned the statues. According to the museum, they were "
        "bought in 1897. Bramblewood Zoo announced a birth. The zoo said the calf was well.";
    const TaggedReading reading =
        ReadTagged(input, {{"Royal Westmarch Museum", kOrg}, {"Bramblewood Zoo", kOrg}});
    CHECK(Referent(reading, "the museum") == "Royal Westmarch Museum");
    CHECK(Referent(reading, "The zoo") == "Bramblewood Zoo");
  }
  SECTION("the district: a school district") {
    const std::string input =
        "Cases rose in the Hazelport Unified School District. The district said no school "
        "would close.";
    const TaggedReading reading = ReadTagged(input, {{"Hazelport Unified School District", kOrg}});
    CHECK(Referent(reading, "The district") == "Hazelport Unified School District");
  }
  SECTION("the bank: what the appositive says, the name saying no bank") {
    // "Wells Fargo" would be a bank by its name alone ("Fargo" is a NAME-WORD of banks in
    // roles.txt): an invented name shows that the appositive is what is learned.
    const std::string input =
        "Harcourt Lyle, the bank, agreed to pay $5 million on Monday. The bank said it had done "
        "nothing wrong.";
    const TaggedReading reading = ReadTagged(input, {{"Harcourt Lyle", kOrg}});
    CHECK(Referent(reading, "The bank said") == "Harcourt Lyle");
    CHECK(MentionsOf(input, reading.entities, "Harcourt Lyle") ==
          Mentions{"Harcourt Lyle (name)", "the bank (description)", "The bank (description)",
                   "it (pronoun)"});
  }
}

// descriptions.cc ResolveDescription(): "the company" out of sight of every company is the one
// the article called so before and names most; a fresh mention of another still wins.
TEST_CASE("The company long after is the article's company, not an analyst's employer",
          "[reference]") {
  const std::string input =
      "Minera Tarapel said wages would rise. Workers rejected the offer. The company said it "
      "was open to talks. Minera Tarapel owns the pit. Prices rose. Tomasz Wielgosz, head of "
      "research at Brackwater Capital, said traders were calm. Prices rose again. Wielgosz said "
      "stocks were thin. Traders waited. Later, the company said it would not negotiate.";
  const TaggedReading reading = ReadTagged(
      input, {{"Minera Tarapel", kOrg}, {"Tomasz Wielgosz", kPer}, {"Brackwater Capital", kOrg}});
  CHECK(Referent(reading, "the company said it would") == "Minera Tarapel");
  const std::string fresh =
      "Minera Tarapel said wages would rise. The company said it was open to talks. Brackwater "
      "Capital bought the pit on Friday. The company said it would not negotiate.";
  const TaggedReading bought =
      ReadTagged(fresh, {{"Minera Tarapel", kOrg}, {"Brackwater Capital", kOrg}});
  CHECK(Referent(bought, "The company said it would") == "Brackwater Capital");
}

// descriptions.cc DescriptionAt: a body a word of governing qualifies is any organization; the
// body alone is none.
TEST_CASE("The civic body is an organization, the body alone is not", "[reference]") {
  const std::string input =
      "The Hemgiri Municipal Corporation deployed pumps. Schools will shut, the civic body said. "
      "The body was found on Friday.";
  const TaggedReading reading = ReadTagged(input, {{"Hemgiri Municipal Corporation", kOrg}});
  CHECK(Referent(reading, "the civic body") == "Hemgiri Municipal Corporation");
  CHECK(Referent(reading, "The body") == "no reference");
}

// lexicon/roles.txt: a carrier, a miner, a supervisor, a promoter, by the words of their names.
// lexicon/roles.txt `work`: a film, a show, a war, a treaty are works and events the article
// names (MISC), by the words of their names or any such; a nationality is none.
TEST_CASE("The film and the war are the work and the event the article names", "[reference]") {
  const std::string input =
      "The American director shot Harbour Lights in Lisbon. The film opened on Friday. Veterans "
      "of the Korean War attended. The war ended in 1953.";
  const TaggedReading reading = ReadTagged(
      input,
      {{"American", kMisc}, {"Harbour Lights", kMisc}, {"Lisbon", kLoc}, {"Korean War", kMisc}});
  CHECK(Referent(reading, "The film") == "Harbour Lights");
  CHECK(Referent(reading, "The war") == "Korean War");
  const std::string alone = "The American director spoke. The film opened on Friday.";
  CHECK(Referent(ReadTagged(alone, {{"American", kMisc}}), "The film") == "unresolved");
  // "the show" is a show the article names so, not any work or product.
  const std::string launch =
      "Apple unveiled the iPhone 17 on Tuesday. Analysts said the show lacked surprises.";
  CHECK(Referent(ReadTagged(launch, {{"Apple", kOrg}, {"iPhone 17", kMisc}}), "the show") ==
        "unresolved");
}

// lexicon/roles.txt: a bloc, by the words of its name.
TEST_CASE("The bloc is the union or community the article names", "[reference]") {
  const std::string input =
      "The Union of West Atlantic States (UWAS) said it took note of the results. Any dispute "
      "must go to the courts, the bloc said.";
  const TaggedReading reading =
      ReadTagged(input, {{"Union of West Atlantic States", kOrg}, {"UWAS", kOrg}});
  CHECK(Referent(reading, "the bloc") == "Union of West Atlantic States");
}

TEST_CASE("A carrier, a miner, a supervisor are called so", "[reference]") {
  const std::string input =
      "Corvane Air cancelled 300 flights. The carrier said its systems were restored. Andesmar "
      "Minerals halted work at the pit. The miner said eight workers were trapped. The European "
      "Prudential Supervisory Council must approve the merger. The supervisor said it would "
      "decide in May.";
  const TaggedReading reading =
      ReadTagged(input, {{"Corvane Air", kOrg},
                         {"Andesmar Minerals", kOrg},
                         {"European Prudential Supervisory Council", kOrg}});
  CHECK(Referent(reading, "The carrier") == "Corvane Air");
  CHECK(Referent(reading, "The miner") == "Andesmar Minerals");
  CHECK(Referent(reading, "The supervisor") == "European Prudential Supervisory Council");
}

TEST_CASE("A regulator, an agency, a trust, a utility, a force, a municipality are called so",
          "[reference]") {
  const std::string input =
      "The deal needs the approval of the Industrial Competition Board. The agency said it would "
      "examine the deal. A review could take nine months, according to the regulator. The "
      "Marrowdale Hospitals Trust apologised. The trust said it had hired more nurses.";
  const TaggedReading reading = ReadTagged(
      input, {{"Industrial Competition Board", kOrg}, {"Marrowdale Hospitals Trust", kOrg}});
  CHECK(Referent(reading, "The agency") == "Industrial Competition Board");
  CHECK(Referent(reading, "the regulator") == "Industrial Competition Board");
  CHECK(Referent(reading, "The trust") == "Marrowdale Hospitals Trust");
  const std::string power =
      "Northfork Energy cut power to 4,000 homes. Crews would restore it by Sunday, the utility "
      "said.";
  const TaggedReading utility = ReadTagged(power, {{"Northfork Energy", kOrg}});
  CHECK(Referent(utility, "the utility") == "Northfork Energy");
  // A cooperative the tagger took for a place is a company too (org-words.txt).
  const std::string cooperative =
      "Homes were without power, according to Delta Plains Electric Cooperative. In a "
      "statement, the utility said crews were on their way.";
  const TaggedReading coop = ReadTagged(cooperative, {{"Delta Plains Electric Cooperative", kLoc}});
  CHECK(Referent(coop, "the utility") == "Delta Plains Electric Cooperative");
  const std::string police =
      "Ferrow Constabulary arrested two men. The men were released on bail, the force said.";
  const TaggedReading force = ReadTagged(police, {{"Ferrow Constabulary", kOrg}});
  CHECK(Referent(force, "the force") == "Ferrow Constabulary");
  const std::string water =
      "Lwazi Mgwenya spoke for the Water and Sanitation Directorate of the Nkwenkwezi Local "
      "Municipality. The municipality said the pumps were fixed. The directorate said tankers "
      "were out. Orvanta Biologics fell 4%. The drugmaker said its trial was sound.";
  const TaggedReading bodies = ReadTagged(water, {{"Lwazi Mgwenya", kPer},
                                                  {"Water and Sanitation Directorate", kOrg},
                                                  {"Nkwenkwezi Local Municipality", kOrg},
                                                  {"Orvanta Biologics", kOrg}});
  CHECK(Referent(bodies, "The municipality") == "Nkwenkwezi Local Municipality");
  CHECK(Referent(bodies, "The directorate") == "Water and Sanitation Directorate");
  CHECK(Referent(bodies, "The drugmaker") == "Orvanta Biologics");
}

// resolver.cc ReadSentence(): the byline's and the dateline's names are no part of the story:
// "the company" is not the wire service that filed it, "she" not the reporter.
TEST_CASE("The dateline's outlet and the byline's author are nobody the story means",
          "[reference]") {
  const std::string input =
      "By Helen Ward\n\nHOLLINSFORD, England (Northline Wire) \u2014 Hackers took the data of "
      "2.3 million people, the company said. She said it was sorry.\n";
  const TaggedReading reading =
      ReadTagged(input, {{"Helen Ward", kPer}, {"England", kLoc}, {"Northline Wire", kOrg}});
  CHECK(Referent(reading, "the company") == "unresolved");
  CHECK(Referent(reading, "She") == "unresolved");
}

// descriptions.cc NamesOtherKind(): "the firm" may be any salient organization but one whose
// name says another kind ("Commission").
// role_facts.cc LocatingPlaceAt(): "Bengaluru-based" at a sentence's start (one token) and
// inside one (three).
TEST_CASE("The Bengaluru-based lender is the organization the article places there",
          "[reference]") {
  const std::string input =
      "Bengaluru-based Kredora has raised $42 million in a round led by Singapore-headquartered "
      "Aravali Capital. The Bengaluru-based lender said it will expand. The round was led by the "
      "Singapore-based firm.";
  const TaggedReading reading = ReadTagged(input, {{"Kredora", kOrg}, {"Aravali Capital", kOrg}});
  CHECK(Referent(reading, "The Bengaluru-based lender") == "Kredora");
  // Not the other one, whose name holds a lender's word ("Capital").
  CHECK(Referent(reading, "the Singapore-based firm") != "Kredora");
}

// descriptions.cc RankedPersonAt(), role_facts.cc KeyOfRank().
TEST_CASE("The world No. 2 is the player the article ranks so", "[reference]") {
  const std::string input =
      "Lotte Verhaegen knocked out No. 2 seed Kendall Ashby. Ashby had beaten Haruka Tsujimoto, "
      "the No. 29 seed, in May. Credit to her, the world No. 2 said. The No. 29 seed had lost "
      "too. The No. 1 pick was a surprise.";
  const TaggedReading reading = ReadTagged(input, {{"Lotte Verhaegen", kPer},
                                                   {"Kendall Ashby", kPer},
                                                   {"Ashby", kPer},
                                                   {"Haruka Tsujimoto", kPer}});
  CHECK(Referent(reading, "the world No. 2") == "Kendall Ashby");
  CHECK(Referent(reading, "The No. 29 seed") == "Haruka Tsujimoto");
  CHECK(Referent(reading, "The No. 1 pick") == "no reference");
}

// descriptions.cc PlaceOfKind().
TEST_CASE("The county is a county; no place noun means a street or a building", "[reference]") {
  const std::string input =
      "Gov. Ruth Calloway toured Harlow County on Wednesday. Shelters opened at Greater Mount "
      "Zion Baptist Church on Main Street. The county said roads were closed. The state will "
      "pay for repairs.";
  const TaggedReading reading = ReadTagged(input, {{"Ruth Calloway", kPer},
                                                   {"Harlow County", kLoc},
                                                   {"Greater Mount Zion Baptist Church", kLoc},
                                                   {"Main Street", kLoc}});
  CHECK(Referent(reading, "The county") == "Harlow County");
  const std::string state = Referent(reading, "The state");
  CHECK(state != "Greater Mount Zion Baptist Church");
  CHECK(state != "Main Street");
  CHECK(state != "Harlow County");
}

// name_collector AddNamesBeforeGroupNouns(), descriptions.cc ResolveDescription().
TEST_CASE("The Save Brackenford Libraries group is the group so named", "[reference]") {
  const std::string input =
      "Brackenford City Council approved the cuts. Campaigners from the Save Brackenford "
      "Libraries group said the cuts would hurt. The group handed in a petition. Aides to the "
      "Hillary Clinton campaign said nothing.";
  const TaggedReading reading = ReadTagged(
      input,
      {{"Brackenford City Council", kOrg}, {"Brackenford", kLoc}, {"Hillary Clinton", kPer}});
  CHECK(Referent(reading, "the Save Brackenford Libraries group") == "Save Brackenford Libraries");
  CHECK(Referent(reading, "The group") == "Save Brackenford Libraries");
  CHECK(EntityNamed(reading, "Hillary Clinton").type == kPer);
}

TEST_CASE("The firm is not a commission", "[reference]") {
  SECTION("the firm the commission fined, though the commission is the subject") {
    const std::string input =
        "The Securities and Exchange Commission fined Halden Capital on Monday. Investigators "
        "visited the firm in March.";
    const TaggedReading reading =
        ReadTagged(input, {{"Securities and Exchange Commission", kOrg}, {"Halden Capital", kOrg}});
    CHECK(Referent(reading, "the firm") == "Halden Capital");
    CHECK(MentionsOf(input, reading.entities, "Securities and Exchange Commission") ==
          Mentions{"Securities and Exchange Commission (name)"});
  }
  SECTION("no firm at all") {
    const std::string input =
        "The Securities and Exchange Commission opened an inquiry on Monday. Investigators "
        "visited the firm in March.";
    const TaggedReading reading = ReadTagged(input, {{"Securities and Exchange Commission", kOrg}});
    CHECK(Referent(reading, "the firm") == "unresolved");
  }
  SECTION("the organization: any kind, a fund too") {
    const std::string input =
        "The Lakeshore Legal Defense Fund said it would rename its fellowship. It was founded in "
        "1975 near State Route Nine. \u201CShe dragged it there,\u201D the organization said.";
    const TaggedReading reading =
        ReadTagged(input, {{"Lakeshore Legal Defense Fund", kOrg}, {"State Route Nine", kOrg}});
    CHECK(Referent(reading, "the organization") == "Lakeshore Legal Defense Fund");
  }
  SECTION("a company whose name says it is one: an airline, a corporation") {
    // roles.txt marks the kinds that are companies "business": "Airways" and "Inc." say a
    // kind, but not another than the company's.
    const std::string input =
        "Cabin crew at Brackenfield Airways walked out on Friday. The company said most flights "
        "would run. Orbisynth Inc. agreed to the deal. The firm said it had approved it.";
    const TaggedReading reading =
        ReadTagged(input, {{"Brackenfield Airways", kOrg}, {"Orbisynth Inc.", kOrg}});
    CHECK(Referent(reading, "The company") == "Brackenfield Airways");
    CHECK(Referent(reading, "The firm") == "Orbisynth Inc.");
  }
}

// descriptions.cc ContinuedTopic(): a description no entity is known by, as a sentence's
// subject, goes on with the previous sentence's subject; not when the article says otherwise
// of it, nor with a name that was no subject of its own.
TEST_CASE("A description as a subject continues the previous sentence's subject", "[reference]") {
  SECTION("the Ohio governor and the nominee after Mark Dale") {
    const std::string input =
        "Mark Dale says too much is made of the tweets. The Ohio governor was speaking in "
        "Dayton. The Republican nominee said the media are to blame.";
    const TaggedReading reading =
        ReadTagged(input, {{"Mark Dale", kPer}, {"Ohio", kLoc}, {"Dayton", kLoc}});
    CHECK(Referent(reading, "The Ohio") == "Mark Dale");
    CHECK(Referent(reading, "The Republican") == "Mark Dale");
  }
  SECTION("not a person of another party") {
    const std::string input =
        "Democratic Senator Ann Ward spoke in Dayton. Ann Ward says the plan is wrong. The "
        "Republican nominee said the plan was right.";
    const TaggedReading reading =
        ReadTagged(input, {{"Ann Ward", kPer}, {"Dayton", kLoc}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "The Republican") == "unresolved");
  }
  SECTION("not a name inside a phrase") {
    const std::string input =
        "Earlier this month, lawyers for both Tom Ward and Ann Ward filed papers. The nominee "
        "argued that the files were private.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Ward", kPer}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "The nominee") == "unresolved");
  }
  SECTION("a verb that is no speech verb ends the description") {
    const std::string input =
        "Mark Dale did not explain how he would pay for it. The Republican nominee also "
        "outlined his plan for the army.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}});
    CHECK(Referent(reading, "The Republican") == "Mark Dale");
  }
  SECTION("over the speaker's own words in quotation marks") {
    const std::string input =
        "\u201CWe will win,\u201D Mark Dale said.\n\n"
        "\u201CThe voters know it. They have seen the plan.\u201D\n\n"
        "Asked about the polls, the Ohio senator said they were wrong.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "the Ohio") == "Mark Dale");
  }
  SECTION("the subject earlier in the same sentence") {
    const std::string input =
        "Rep. Ann Ward called on the board to act -- a delay the Ohio congresswoman said was "
        "costly.";
    const TaggedReading reading = ReadTagged(input, {{"Ann Ward", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "the Ohio") == "Ann Ward");
  }
  SECTION("not a description that is no subject") {
    const std::string input = "Mark Dale spoke in Dayton. Voters cheered the governor.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}, {"Dayton", kLoc}});
    CHECK(Referent(reading, "the governor") == "unresolved");
  }
}

// descriptions.cc ContinuedTopic(): an organization goes on as one of its kind, or of any kind
// when its name says none; not from its own sentence.
TEST_CASE("An organization's description continues the last sentence's subject", "[reference]") {
  SECTION("the website after Ridge Report") {
    const std::string input =
        "Ridge Report asked why the figure had changed. The website noted that both studies "
        "used one method.";
    const TaggedReading reading = ReadTagged(input, {{"Ridge Report", kOrg}});
    CHECK(Referent(reading, "The website") == "Ridge Report");
  }
  SECTION("not the company of its own sentence") {
    const std::string input =
        "Before it filed for bankruptcy, Lenox Coal took steps to improve its chances, "
        "according to the union.";
    const TaggedReading reading = ReadTagged(input, {{"Lenox Coal", kOrg}});
    CHECK(Referent(reading, "the union") == "unresolved");
  }
}

// resolver.cc, descriptions.cc: a name's possessive opens a description, which means someone
// the article calls so, never the possessor, never the topic.
TEST_CASE("A description a name owns", "[reference]") {
  SECTION("a lead: the person introduced next") {
    const std::string input =
        "2:45 p.m.\n\n"
        "Connecticut's tax commissioner says no one from the state released the filings.\n\n"
        "Kevin Sullivan says he instructed staff to check.";
    const TaggedReading reading =
        ReadTagged(input, {{"Connecticut", kLoc}, {"Kevin Sullivan", kPer}});
    CHECK(Referent(reading, "Connecticut's") == "Kevin Sullivan");
  }
  SECTION("someone the article calls the possessor's") {
    const std::string input =
        "Tom Kane, Ann Ward's chief strategist, spoke first. Later, Ann Ward's chief strategist "
        "said the race was close.";
    const TaggedReading reading =
        ReadTagged(input, {{"Tom Kane", kPer}, {"Ann Ward", kPer}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "Ann Ward's chief strategist said") == "Tom Kane");
  }
  SECTION("not a strategist of someone else's") {
    const std::string input =
        "Tom Kane, a Republican strategist, spoke first. Later, Mitt Romney's chief strategist "
        "said the race was close.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}, {"Mitt Romney", kPer}});
    CHECK(Referent(reading, "Mitt Romney's") == "unresolved");
  }
  SECTION("an organization's: the person whose title names it") {
    const std::string input =
        "Jane Smith, president of the Andaman Hoteliers Federation, said the fee was too high. "
        "Tom Kane, a hotelier, agreed. The federation's president said the app was unfinished.";
    const TaggedReading reading = ReadTagged(
        input, {{"Jane Smith", kPer}, {"Andaman Hoteliers Federation", kOrg}, {"Tom Kane", kPer}});
    CHECK(Referent(reading, "president said the app") == "Jane Smith");
  }
  SECTION("not the salient man for a relation") {
    const std::string input =
        "Tom Kane spoke in Ohio on Monday. Ann Ward's husband said the race was close.";
    const TaggedReading reading =
        ReadTagged(input, {{"Tom Kane", kPer}, {"Ohio", kLoc}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "Ann Ward's") == "unresolved");
  }
}
