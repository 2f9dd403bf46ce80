// The words of an attribution after or before a quotation: verbs that report only with their
// particle, cues of manner and memory, a speaker's name whose first word is a function word
// elsewhere, a determiner standing alone as the speaker, a negated cue and one in the passive,
// which report nothing (data/cues.txt, data/function-words.txt, quotes/cues.cc CueAt, Negated and
// StandsAlone, quotes/noun_phrases.cc InNounPhrase).
#include <catch2/catch.hpp>
#include <string>

#include "analysis_helpers.h"
#include "quote_checks.h"

namespace newslens::testing {
namespace {

TEST_CASE("A verb that reports only with its particle", "[quotes]") {
  CheckOnlyQuote("“He wants to be a tough guy tonight,” Mayor Ana Ruiz shot back.",
                 {QuoteKind::kDirect,
                  {"He wants to be a tough guy tonight,"},
                  "Ana Ruiz",
                  "Ana Ruiz",
                  true,
                  "shot"});
  CheckOnlyQuote(
      "As the Clarion Herald pointed out, “The council has not released any of its records.”",
      {QuoteKind::kDirect,
       {"The council has not released any of its records."},
       "Clarion Herald",
       "Clarion Herald",
       true,
       "pointed"});
  // Without the particle, no cue: the quoted title is no one's words.
  const Analysis analysis =
      AnalyzeOk("The streaming service pointed to its new drama “The Salt Crown” as a reason.");
  for (const Quote& quote : analysis.quotes) CHECK_FALSE(quote.cue.has_value());
}

TEST_CASE("Cues of manner and memory", "[quotes]") {
  CheckOnlyQuote("“Quiet, please,” the judge demanded.",
                 {QuoteKind::kDirect, {"Quiet, please,"}, "the judge", "judge", false, "demanded"});
  CheckOnlyQuote(
      "“Everyone told her not to do it,” remembered Roy Verley, the firm's former spokesman.",
      {QuoteKind::kDirect,
       {"Everyone told her not to do it,"},
       "Roy Verley",
       "Roy Verley",
       true,
       "remembered"});
}

TEST_CASE("A name whose first word is a function word elsewhere", "[quotes]") {
  CheckOnlyQuote(
      "“It is a pretty expensive business model,” said Will Doyle, a professor at the university.",
      {QuoteKind::kDirect,
       {"It is a pretty expensive business model,"},
       "Will Doyle",
       "Will Doyle",
       true,
       "said"});
}

TEST_CASE("Another and others stand alone as speakers", "[quotes]") {
  CheckOnlyQuote("Another tweeted, “The mayor thinks she is above the rules.”",
                 {QuoteKind::kDirect,
                  {"The mayor thinks she is above the rules."},
                  "Another",
                  "Another",
                  false,
                  "tweeted"});
}

TEST_CASE("A role's modifier before the speaker after the cue", "[quotes]") {
  CheckOnlyQuote("“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek.",
                 {QuoteKind::kDirect,
                  {"I fundamentally disagree,"},
                  "Mick Bednarek",
                  "Mick Bednarek",
                  true,
                  "said"});
}

// speaker_phrases.cc ClauseSubject: an adverb after an opening conjunction is no subject.
TEST_CASE("An adverb after an opening conjunction", "[quotes]") {
  CheckOnlyQuote(
      "And then Mayor Ana Ruiz went on the attack, saying, “Is the council going to act?”",
      {QuoteKind::kDirect,
       {"Is the council going to act?"},
       "Ana Ruiz",
       "Ana Ruiz",
       true,
       "saying"});
}

// A person named after an organization's possessive leads into the quotation after it.
TEST_CASE("An organization's person leads into a quotation", "[quotes]") {
  CheckOnlyQuote(
      "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out "
      "of time to find an alternative.”",
      {QuoteKind::kDirect,
       {"Mainstream Republicans are running out of time to find an alternative."},
       "Dianne Bystrom",
       "Dianne Bystrom",
       true,
       ""});
}

// data/cues.txt: "demand" takes an object, then what is demanded; a noun phrase alone is no
// report; "agree" reports only after "that" ("agreed to an interview" reports nothing).
TEST_CASE("Demand and agree", "[quotes]") {
  CheckOnlyQuote("The union demanded that the council reopen the pool by June.",
                 {QuoteKind::kIndirect,
                  {"the council reopen the pool by June"},
                  "The union",
                  "union",
                  false,
                  "demanded"});
  CHECK(AnalyzeOk("The mayor demands accountability from the council, yet refuses to testify.")
            .quotes.empty());
  CHECK(AnalyzeOk("Lynch agreed to a 30-minute interview for the newspaper's project.")
            .quotes.empty());
}

// attribution.cc AfterClose: after the closing mark, the words after a participle or a
// reported clause's subject are no speaker.
TEST_CASE("After a quotation, no speaker from a clause of the cue's own", "[quotes]") {
  const std::string participle =
      "Mayor Ana Ruiz has defended “city values,” saying the town embodied the best of the "
      "region.";
  for (const Quote& quote : AnalyzeOk(participle).quotes) {
    REQUIRE(quote.speaker.has_value());
    CHECK(quote.speaker->name == "Ana Ruiz");
  }
  const std::string input =
      "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win in "
      "Pennsylvania.";
  for (const Quote& quote : AnalyzeOk(input).quotes) {
    REQUIRE(quote.speaker.has_value());
    CHECK(quote.speaker->name == "Manafort");
  }
}

// cues.cc CueAt: an adjective after a degree; a form that is also a noun after a subordinator.
TEST_CASE("Forms of cues that are no verbs there", "[quotes]") {
  CHECK(AnalyzeOk("The most telling promise she has made is that she will not overpromise.")
            .quotes.empty());
  CHECK(AnalyzeOk("The firm booked a charge after demand for its electric car fell short of "
                  "targets.")
            .quotes.empty());
}

// speaker_phrases.cc ClauseSubject: an opening phrase runs over a town's state.
TEST_CASE("An opening phrase with a town and its state", "[quotes]") {
  const std::string input =
      "Speaking at a town hall in Salem, New Hampshire, Mayor Ana Ruiz went after the council, "
      "calling it “a total failure.”";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  REQUIRE(analysis.quotes[0].speaker.has_value());
  CHECK(analysis.quotes[0].speaker->name == "Ana Ruiz");
}

// speaker_phrases.cc SpeakerBefore, DescriptionBefore; noun_phrases.cc AppositiveName: a name
// set off after a description speaks, past a rank in capitals before the name and a
// prepositional phrase after the description.
TEST_CASE("A name set off after a description, a rank or a phrase between", "[quotes]") {
  CheckOnlyQuote(
      "The Police Public Relations Officer, SP Halima Danjuma, said the protest was peaceful.",
      {QuoteKind::kIndirect,
       {"the protest was peaceful"},
       "Halima Danjuma",
       "Halima Danjuma",
       true,
       "said"});
  CheckOnlyQuote(
      "The spokesperson to Governor Adebayo Olumide, Mr Kunle Ashiru, said the governor had "
      "set up a committee.",
      {QuoteKind::kIndirect,
       {"the governor had set up a committee"},
       "Kunle Ashiru",
       "Kunle Ashiru",
       true,
       "said"});
}

// noun_phrases.cc NamingMention, reference/speakers.cc Resolve: an organization's kind right
// before its name is the organization ("the campaign group Save Maes Births, which ...").
TEST_CASE("An organization's kind before its name", "[quotes]") {
  const std::string input =
      "The health board will close the unit. The campaign group Save Maes Births, which "
      "organised the petition, said it had written to the board.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* quote = QuoteWithSpan(input, analysis, "it had written to the board");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  CHECK(quote->speaker->entity.has_value());
}

// data/cues.txt: "estimate" reports only before "that".
TEST_CASE("Estimated that reports", "[quotes]") {
  CheckOnlyQuote(
      "Analyst Tomasz Wierzbicki estimated that the combined company would produce 210,000 "
      "tonnes a year.",
      {QuoteKind::kIndirect,
       {"the combined company would produce 210,000 tonnes a year"},
       "Tomasz Wierzbicki",
       "Tomasz Wierzbicki",
       true,
       "estimated"});
  CHECK(AnalyzeOk("An estimated 40 people were hurt in the blast on Tuesday.").quotes.empty());
}

// reference/speakers.cc OrganizationOfBoard: an organization's board speaks for it.
TEST_CASE("An organization's board speaks for it", "[quotes]") {
  const std::string input =
      "Northcastle Minerals Inc. has bid for Aurelia Copper Corp., a rival miner. Aurelia's "
      "board urged shareholders to reject the offer.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* quote = QuoteWithSpan(input, analysis, "shareholders to reject the offer");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  CHECK(quote->speaker->name == "Aurelia Copper Corp.");
}

// cues.cc CueAt, speaker_phrases.cc SpeakerOfCue: a participle after a person's role, with
// "that" after it, after "despite" or "with": the role's holder speaks.
TEST_CASE("Despite the minister warning that", "[quotes]") {
  const std::string input =
      "The motion passed on Wednesday, despite the housing secretary warning that such controls "
      "could shrink supply.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* quote = QuoteWithSpan(input, analysis, "such controls could shrink supply");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  REQUIRE(quote->speaker->span.has_value());
  CHECK(Slice(input, *quote->speaker->span) == "housing secretary");
}

// cues.cc CueAt, DocumentBefore: a participle after a document, perhaps past a time, with "that"
// after it: the sender of the document speaks.
TEST_CASE("A letter warning that", "[quotes]") {
  const std::string input =
      "The Gateway Civil Liberties Project sent the district a letter last week warning that "
      "removing books could violate students' rights.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* quote =
      QuoteWithSpan(input, analysis, "removing books could violate students' rights");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  CHECK(quote->speaker->name == "Gateway Civil Liberties Project");
  // Not a warning that is a noun: "a stern warning that" has no document before it.
  CHECK(AnalyzeOk("The district got a stern warning that the books would go.").quotes.empty());
}

TEST_CASE("A negated cue reports no speech", "[quotes]") {
  SECTION("did not say") {
    const Analysis analysis =
        AnalyzeOk("Governor Janet Mills did not say whether the state would pay for the repairs.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("declined to say") {
    const Analysis analysis =
        AnalyzeOk("Helen Carter declined to say whether the plant would close.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("nobody told, no one said") {
    const Analysis analysis = AnalyzeOk(
        "Nobody had told the fishermen how long the ban would last. No one has said when it "
        "ends.");
    CHECK(analysis.quotes.empty());
  }
}

TEST_CASE("A cue in the passive names no speaker", "[quotes]") {
  SECTION("customers who were told they would ...") {
    const Analysis analysis = AnalyzeOk(
        "The lawsuit was brought by customers who were told they would learn the secrets of "
        "property investment.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("the department was told that ...") {
    const Analysis analysis = AnalyzeOk(
        "In 2012, the State Department was told that troops were ready to come to its aid.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("the active voice still attributes") {
    CheckOnlyQuote("Helen Carter told the board that the plant was safe.", {QuoteKind::kIndirect,
                                                                            {"the plant was safe"},
                                                                            "Helen Carter",
                                                                            "Helen Carter",
                                                                            true,
                                                                            "told"});
  }
}

}  // namespace
}  // namespace newslens::testing
