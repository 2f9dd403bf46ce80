// What round 35 of the blind articles (tests/gold-blind, written blind at stop 39 and read at
// stop 40 once round 36 had arrived) showed the names, the reference layer and the quotes getting
// wrong, one TEST_CASE per mend, end to end (Analyze(), the trained model included), in sentences
// written for the test: each check failed before its mend.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis_helpers.h"
#include "entity_checks.h"
#include "newslens/newslens.h"
#include "quote_checks.h"

namespace {

using newslens::Analysis;
using newslens::testing::AnalyzeOk;
using newslens::testing::EntitiesNamed;
using newslens::testing::EntitySpeaking;
using newslens::testing::HasTitle;
using newslens::testing::TypeOf;

}  // namespace

// name_titles.cc TitledLikePerson(): a country is described with a person's noun too; one word
// the tagger took for a place stays a place after "the world's largest copper producer".
TEST_CASE("Round 35: 'Chile, the world's largest copper producer,'", "[entities][blind]") {
  const std::string input =
      "Copper strike\n\nWorkers at the mine walked off the job on Tuesday.\n\nPeru, the "
      "world\u2019s second-largest copper producer, has faced a string of labour disputes.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Peru") == "LOC");
}

// org-words.txt: "Exchange" ends companies' names, so a name that ends in it is an
// organization's, even where the tagger took it for a place.
TEST_CASE("Round 35: 'the London Metal Exchange'", "[entities][blind]") {
  const std::string input =
      "Copper\n\nPrices climbed above $9,700 a ton on the London Metal Exchange on Monday.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "London Metal Exchange") == "ORG");
}

// credit_names.cc AddCreditedAgencies(): the agency after a photographer's name and a slash in a
// caption is an organization; a label of the picture ("File Photo") is none.
TEST_CASE("Round 35: 'Photograph: Lorna Whitcombe/PA'", "[entities][blind]") {
  const std::string input =
      "Waiting list rises\n\nPatients wait in a hospital corridor. Photograph: Lorna "
      "Whitcombe/PA Media\n\nThe waiting list grew in April, figures showed.\n\nA view of the "
      "mine. REUTERS/Diego Carhuamaca/File Photo\n\nThe mine reopened on Friday.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "PA Media") == "ORG");
  CHECK(EntitiesNamed(analysis, "File Photo").empty());
}

// paragraphs.cc LooksLikeByline() and credit_names.cc AddBylineAuthors(): the Guardian's byline
// whose beat goes on in small letters ("Health policy editor"): the author, no word of the beat.
TEST_CASE("Round 35: 'Harriet Mulvaney Health policy editor'", "[entities][segment][blind]") {
  const std::string input =
      "Waiting list rises\n\nMarta Quill Global development correspondent\n\nThe waiting list "
      "grew in April, figures showed.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Marta Quill") == "PER");
  REQUIRE(analysis.document.paragraphs.size() == 3);
  CHECK(analysis.document.paragraphs[1].role == newslens::ParagraphRole::kByline);
}

// descriptions.cc DescriptionAt(): "The" capitalized after a word of the sentence opens a paper's
// name ("told The Hindu"), not a description of one of a people.
TEST_CASE("Round 35: 'Ms. Kalaiselvi told The Hindu'", "[reference][blind]") {
  const std::string input =
      "Water scheme\n\nVadakkur MLA V. Kalaiselvi alleged that the project had been "
      "delayed.\n\n\u201CEvery summer the Minister comes here and goes back,\u201D Ms. Kalaiselvi "
      "told The Hindu.\n";
  const Analysis analysis = AnalyzeOk(input);
  const std::vector<std::string> mentions = newslens::testing::MentionTexts(
      input, newslens::testing::OnlyEntityNamed(analysis, "V. Kalaiselvi"));
  CHECK(std::find(mentions.begin(), mentions.end(), "The Hindu") == mentions.end());
}

// people_names.cc OpenNamesAtInitials(): initials open a person's name, whatever the tagger made of
// the portfolio before them, which is the title; and the surname the tagger made a name of its
// own goes with them ("J. Bradford DeLong").
TEST_CASE("Round 35: 'Minister for Rural Drinking Water K.N. Selvaraj'", "[entities][blind]") {
  const std::string input =
      "Water scheme\n\nMinister for Rural Drinking Water K.N. Selvaraj on Thursday said the "
      "scheme would be commissioned by December.\n\nIn their book, Stephen S. Cohen and J. "
      "Bradford DeLong suggest that policy was at fault.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "K.N. Selvaraj") == "PER");
  CHECK(HasTitle(analysis, "K.N. Selvaraj", "Minister for Rural Drinking Water"));
  CHECK(EntitiesNamed(analysis, "Rural").empty());
  CHECK(TypeOf(analysis, "J. Bradford DeLong") == "PER");
}

// titles.txt: "Collector" (India's district collector) and "Magistrate" stand before names as
// titles.
TEST_CASE("Round 35: 'District Collector R. Anandhi'", "[entities][blind]") {
  const std::string input =
      "Water scheme\n\nDistrict Collector R. Anandhi, who chaired the meeting, said 46 tankers "
      "were operating daily.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(HasTitle(analysis, "R. Anandhi", "District Collector"));
}

// people_names.cc SplitTitleAfterPossessive(): an owner's possessive and a title read as one name
// are the owner and a title; "The Corporation" alone is a description of the body named before.
TEST_CASE("Round 35: 'The Corporation’s Chief Engineer, T. Balasubramanian, said'",
          "[entities][quotes][blind]") {
  const std::string input =
      "Water scheme\n\nThe Harlow Rural Water Corporation said the contractor had been "
      "fined.\n\nThe Corporation\u2019s Chief Engineer, T. Balasubramanian, said the clearance "
      "had been the main bottleneck.\n\n\u201CWe could not lay pipe until it came,\u201D Ms. "
      "Kalaiselvi told The Hindu.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "the clearance had been the main bottleneck") ==
        "T. Balasubramanian");
  CHECK(EntitiesNamed(analysis, "The Corporation\u2019s Chief Engineer").empty());
  CHECK(EntitiesNamed(analysis, "The Corporation").empty());
}

// speakers.cc OrganizationOfStaff(): officials "of" or "in" a body speak for it as those "at" it
// do; a spokesperson for a body described ("the trust") or named after its place's possessive
// speaks for that body.
TEST_CASE("Round 35: 'According to officials of the ... Corporation'", "[quotes][blind]") {
  const std::string input =
      "Water scheme\n\nThe Campus Expression Trust had invited the speaker.\n\nAccording to "
      "officials of the Harlow Rural Water Corporation, only 118 villages have water so far.\n\n"
      "A spokesperson for the trust said it had offered to pay for security.\n\nSome evacuees "
      "were flown to Winnipeg, a spokesperson for Manitoba\u2019s Emergency Co-ordination Office "
      "said.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "only 118 villages have water so far") ==
        "Harlow Rural Water Corporation");
  CHECK(EntitySpeaking(input, analysis, "it had offered to pay for security") ==
        "Campus Expression Trust");
  CHECK(EntitySpeaking(input, analysis, "Some evacuees were flown to Winnipeg") ==
        "Emergency Co-ordination Office");
}

// noun_phrases.cc NounHead(): a possessor of a few words in small letters before the head ("the
// host country's top diplomat") is no part of the head, so the speaker is the diplomat, not the
// place "the host country" means.
TEST_CASE("Round 35: 'the host country's top diplomat has announced'", "[quotes][blind]") {
  const std::string input =
      "Talks\n\nThe two sides agreed to a truce after four days of talks in the Qarmeshi "
      "capital, Masrafa, the host country\u2019s top diplomat has announced.\n";
  const Analysis analysis = AnalyzeOk(input);
  const char* content =
      "The two sides agreed to a truce after four days of talks in the Qarmeshi capital, Masrafa";
  CHECK(EntitySpeaking(input, analysis, content).empty());
  CHECK(newslens::testing::SpeakerOfQuoteWithSpan(input, analysis, content) ==
        "the host country\u2019s top diplomat");
}

// speakers.cc OfficeOfTitle(): "the district attorney's office" is the office the article
// names after that title, not the district attorney.
TEST_CASE("Round 35: 'the district attorney's office said'", "[quotes][reference][blind]") {
  const std::string input =
      "Shooting\n\nDistrict Attorney Beatrix Lindqvist said her review would take weeks.\n\nThe "
      "Harlan County District Attorney\u2019s Office has received the footage.\n\nThe review "
      "was still open, the district attorney\u2019s office said on Friday.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "The review was still open") ==
        "Harlan County District Attorney\u2019s Office");
}

// reported_clauses.cc ClauseEnd(): after the speaker's words in marks, "and questioning" (a
// participle of asking that the cues leave out, being a noun too) is the speaker's next act,
// not the report's.
TEST_CASE("Round 35: 'saying the board had “left it far too late” and questioning why'",
          "[quotes][blind]") {
  const std::string input =
      "Manager sacked\n\nThe supporters\u2019 trust criticised the timing, saying the board had "
      "\u201Cleft it far too late\u201D and questioning why the manager had been given a new "
      "deal.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(newslens::testing::QuoteWithSpan(
            input, analysis, "the board had \u201Cleft it far too late\u201D") != nullptr);
}

// descriptions.cc ResolveDescription(): "the small town of Cedar Hollow" means the town named
// after "of", not the state the sentence named before it.
TEST_CASE("Round 35: 'toward the small town of Cedar Hollow'", "[reference][blind]") {
  const std::string input =
      "Wildfire\n\nA wildfire tore through grassland in central Oregon on Wednesday as winds "
      "pushed the flames toward the small town of Cedar Hollow.\n";
  const Analysis analysis = AnalyzeOk(input);
  const std::vector<std::string> mentions = newslens::testing::MentionTexts(
      input, newslens::testing::OnlyEntityNamed(analysis, "Oregon"));
  CHECK(std::find(mentions.begin(), mentions.end(), "the small town") == mentions.end());
}

// role_facts.cc: after a name that ends an opening phrase ("According to Echeverría,"), the
// words that run to the sentence's end are its main clause, no appositive that would make
// "cause" a noun the article calls the person by.
TEST_CASE("Round 35: 'According to Echeverría, the cause of the fire remains ...'",
          "[reference][blind]") {
  const std::string input =
      "Wildfire\n\n\u201CThis fire is doing things we don\u2019t see,\u201D said incident "
      "commander Luis Echeverr\u00EDa.\n\nAccording to Echeverr\u00EDa, the cause of the fire "
      "remains under investigation.\n";
  const Analysis analysis = AnalyzeOk(input);
  const std::vector<std::string> mentions = newslens::testing::MentionTexts(
      input, newslens::testing::OnlyEntityNamed(analysis, "Luis Echeverr\u00EDa"));
  CHECK(std::find(mentions.begin(), mentions.end(), "the cause") == mentions.end());
}

// paragraphs.cc LooksLikeCaption() and IsBareNameInPlace(): the Financial Times's caption, its
// credit after a copyright sign, and its byline, a name and where the author writes from;
// credit_names.cc AddCreditedAgencies(): the agency's name the tagger stopped short of is the
// credit's whole ("Kestrel Photo").
TEST_CASE("Round 35: '... on Thursday © Ivo Marek/Kestrel Photo', 'Daria Kovel in Tesk'",
          "[segment][entities][blind]") {
  const std::string input =
      "Morvania holds rates\n\nSix-to-one vote keeps the rate at 4.75%\n\nTomas Reyk, governor of "
      "the central bank, at a press conference in Tesk on Thursday \u00A9 Ivo Marek/Kestrel "
      "Photo\n\nDaria Kovel in Tesk\n\nMorvania\u2019s central bank held interest rates on "
      "Thursday.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.document.paragraphs.size() == 5);
  CHECK(analysis.document.paragraphs[2].role == newslens::ParagraphRole::kCaption);
  CHECK(analysis.document.paragraphs[3].role == newslens::ParagraphRole::kByline);
  CHECK(TypeOf(analysis, "Kestrel Photo") == "ORG");
  CHECK(TypeOf(analysis, "Daria Kovel") == "PER");
}

// place_names.cc RetypePlacesByContext(): a compass point's adjective in small letters before a
// name places it, a first name's too ("in eastern Chad").
TEST_CASE("Round 35: 'in eastern Chad'", "[entities][blind]") {
  const std::string input =
      "Ceasefire\n\nTwo armed groups that have fought for control of eastern Chad\u2019s Ouaddi "
      "region are close to a ceasefire.\n\nAid agencies said civilians in eastern Chad were "
      "running out of food.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Chad") == "LOC");
}

// place_names.cc RetypePlacesByContext(): a name joined to "-based" (or "-headquartered",
// "-born", "-registered", "-listed") says where something is: a place, not an organization.
TEST_CASE("Round 35: 'a Reno-based research group'", "[entities][blind]") {
  const std::string input =
      "Rent cap\n\nMedian rent rose 31% between 2020 and 2023, according to the Great Basin "
      "Housing Institute, a Reno-based research group.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Reno") == "LOC");
}

// name-words.txt: "Radio" (and its Spanish, Portuguese and French kin of television) opens
// organizations' names; name_collector.cc: a publication's word in capitals ends a paper's name
// ("LE MONDE"); paragraphs.cc EndsWithCredit() and credit_names.cc: "NAME FOR OUTLET", a credit
// in capitals.
TEST_CASE("Round 35: 'told Radio Horizon', 'SÉBASTIEN VALLAT FOR LE MONDE'",
          "[entities][segment][blind]") {
  const std::string input =
      "Strike\n\nPassengers wait at the airport on Thursday. S\u00C9BASTIEN VALLAT FOR LE "
      "MONDE\n\n\u201CWe are not asking for the moon,\u201D she told Le Monde.\n\n\u201CThe "
      "roads will stay shut,\u201D a farmer told Radio Horizon.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.document.paragraphs.size() >= 2);
  CHECK(analysis.document.paragraphs[1].role == newslens::ParagraphRole::kCaption);
  CHECK(TypeOf(analysis, "Le Monde") == "ORG");
  CHECK(EntitiesNamed(analysis, "FOR LE MONDE").empty());
  CHECK(TypeOf(analysis, "Radio Horizon") == "ORG");
}

// name_collector.cc: a name of capitalized words that ends in a word that ends places' names
// (name-words.txt `place-suffix`, now with "Highway", "Oval", "Chowk") is a place's, though the
// tagger took it for a work's; "Belt and Road" is no place.
TEST_CASE("Round 35: 'the Wirralong Highway', 'Station Road'", "[entities][blind]") {
  const std::string input =
      "Bushfire\n\nThe fire crossed the Wirralong Highway near Station Road on Sunday, and the "
      "council closed the Jubilee Oval.\n\nThe Belt and Road plan was not discussed.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Wirralong Highway") == "LOC");
  CHECK(TypeOf(analysis, "Station Road") == "LOC");
  CHECK(TypeOf(analysis, "Jubilee Oval") == "LOC");
  CHECK(TypeOf(analysis, "Belt and Road") != "LOC");
}

// name-words.txt: "Bank", "Banka", "Bankhaus" open organizations' names; org-words.txt:
// "Economics" ends companies' names ("Quarry Lane Economics", a consultancy).
TEST_CASE("Round 35: 'Bankhaus Reinholt', 'Quarry Lane Economics'", "[entities][blind]") {
  const std::string input =
      "Pilots strike\n\nAnalysts at Bankhaus Reinholt said the strike would cost the airline "
      "dearly.\n\n\u201CIt is a big number,\u201D said Tom Reyes, an economist at Quarry Lane "
      "Economics.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Bankhaus Reinholt") == "ORG");
  CHECK(TypeOf(analysis, "Quarry Lane Economics") == "ORG");
}

// roles.txt: "collective" is a kind of organization, so "the collective said" means the one the
// article names.
TEST_CASE("Round 35: 'the collective said'", "[reference][blind]") {
  const std::string input =
      "Protest\n\nThe Riverkeepers Collective said the spill had killed thousands of fish.\n\n"
      "The river would take years to recover, the collective said in a statement.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "The river would take years to recover") ==
        "Riverkeepers Collective");
}

// name_titles.cc AppositiveTitle(): after a name and a comma, a title without an article and a
// person's name right after it are another person ("the island of Santa Verna, Commander Paola
// Denaro, a coastguard spokeswoman, said"), not the name's title that would make it a person.
TEST_CASE("Round 35: 'south of the island of Santa Verna, Commander Paola Denaro, ... said'",
          "[entities][blind]") {
  const std::string input =
      "Boat capsizes\n\nRescuers pulled 47 survivors from the water about 40 nautical miles "
      "south of the island of Santa Verna, Commander Paola Denaro, a coastguard spokeswoman, "
      "said.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Santa Verna") == "LOC");
  CHECK(HasTitle(analysis, "Paola Denaro", "Commander"));
}

// speakers.cc OrganizationOfBoard(): an organization's cabinet speaks for it, as its board does.
TEST_CASE("Round 35: 'Calderside Council's cabinet approved the closure, saying ...'",
          "[quotes][reference][blind]") {
  const std::string input =
      "Baths to close\n\nCalderside Council\u2019s cabinet approved the closure of the baths on "
      "Wednesday, saying the building needs at least \u00A36m of repairs.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "the building needs at least \u00A36m of repairs") ==
        "Calderside Council");
}

// name_additions.cc RetypeOrganizationsByContext(): a company's officer's title and "of" before
// a name make it a company's ("cofounder and chief executive of Kredora"), which the tagger took
// for a place's; "the Bengaluru-based lender" is then that company.
TEST_CASE("Round 35: 'cofounder and chief executive of Kredora'", "[entities][reference][blind]") {
  const std::string input =
      "Kredora raises $42 million\n\nThe Bengaluru-based lender said it will use the money to "
      "expand.\n\nBengaluru-based Kredora has raised $42 million in a round led by Aravali "
      "Capital.\n\n\u201CThis round gives us the runway,\u201D said Aditya Venkataraman, "
      "cofounder and chief executive of Kredora.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "Kredora") == "ORG");
  CHECK(EntitySpeaking(input, analysis, "it will use the money to expand") == "Kredora");
}

// name_additions.cc RetypeOrganizationsByContext(): a sentence's first word the tagger left out
// of a name an appositive describes as an organization opens the name ("Open Door Relief, a
// charity that runs food pantries,").
TEST_CASE("Round 35: 'Open Door Relief, a charity that runs food pantries, said'",
          "[entities][quotes][blind]") {
  const std::string input =
      "Flood\n\nOpen Door Relief, a charity that runs food pantries in the valley, said demand "
      "had doubled since the flood.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "demand had doubled since the flood") ==
        "Open Door Relief");
}

// name_additions.cc AddSurnames(): a surname with its particle in small letters ("Pieter van
// Oordt") is the same person at a sentence's start, the particle capitalized ("Van Oordt added").
TEST_CASE("Round 35: 'Van Oordt added'", "[entities][quotes][blind]") {
  const std::string input =
      "Cocoa\n\n\u201CThe market was already nervous,\u201D said Pieter van Oordt, head of softs "
      "trading at Harwell Sandoe.\n\nVan Oordt added that funds were likely to rebuild their "
      "positions.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(EntitySpeaking(input, analysis, "funds were likely to rebuild their positions") ==
        "Pieter van Oordt");
}

// roles.txt: "head" is a person's role, so "X, head of metals research at Cordell," gives the
// person a title.
TEST_CASE("Round 35: 'Tomasz Wielgosz, head of metals research at Cordell, said'",
          "[entities][blind]") {
  const std::string input =
      "Copper\n\nTomasz Wielgosz, head of metals research at Cordell, said prices would rise.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(HasTitle(analysis, "Tomasz Wielgosz", "head"));
}

// credit_names.cc AddBylineAuthors(): a byline's beat and role are the author's title, and no
// name of their own ("Ciarán Moynihan, Housing Correspondent"; "Harriet Mulvaney Health policy
// editor").
TEST_CASE("Round 35: a byline's beat and role are the author's title", "[entities][blind]") {
  const std::string comma =
      "Rents\n\nCiar\u00E1n Moynihan, Housing Correspondent\n\nRents rose again in March.\n";
  const Analysis rents = AnalyzeOk(comma);
  CHECK(HasTitle(rents, "Ciar\u00E1n Moynihan", "Housing Correspondent"));
  CHECK(EntitiesNamed(rents, "Housing Correspondent").empty());
  const std::string guardian =
      "Waiting list\n\nHarriet Mulvaney Health policy editor\n\nThe list grew in April.\n";
  CHECK(HasTitle(AnalyzeOk(guardian), "Harriet Mulvaney", "Health policy editor"));
}

// people_names.cc RetypeCountryReadAsPerson(): a country's name of two words or more, whole, is
// never a person's ("an assistant United States attorney").
TEST_CASE("Round 35: 'an assistant United States attorney'", "[entities][blind]") {
  const std::string input =
      "Trial\n\n\u201CThis case is about lies,\u201D Solveig Ambrose, an assistant United States "
      "attorney, said in her opening statement.\n";
  CHECK(TypeOf(AnalyzeOk(input), "United States") == "LOC");
}

// place_names.cc JoinNumberedNames(): a road's or a ward's word and its number are a place's
// name ("Highway 6", "State Route 219", "Ward 14"), a storm's category and its number an
// event's, where the tagger took the word alone or none of it.
TEST_CASE("Round 35: 'State Route 219', 'Ward 14', 'Category 3'", "[entities][blind]") {
  const std::string input =
      "Fire\n\nCrews held a line along State Route 219 as residents of Ward 14 fled along Highway "
      "6.\n\nHurricane Tamsin strengthened into a Category 3 storm.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(TypeOf(analysis, "State Route 219") == "LOC");
  CHECK(TypeOf(analysis, "Ward 14") == "LOC");
  CHECK(TypeOf(analysis, "Highway 6") == "LOC");
  CHECK(TypeOf(analysis, "Category 3") == "MISC");
}
