// Who reports in reported speech without quotation marks: subjects the cue must find past
// irregular plurals, shares, opening conjunctions, and participles after prepositions
// (quotes/cues.cc CueAt, quotes/speaker_phrases.cc SpeakerOfCue, indirect_pass.cc).
#include <catch2/catch.hpp>
#include <string>

#include "analysis_helpers.h"
#include "quote_checks.h"

namespace newslens::testing {
namespace {

// cues.cc IsPluralNoun: a plural in -men or -people, or "children", may be the subject of "say",
// a form that is also a noun ("a say").
TEST_CASE("An irregular plural is the subject of say", "[quotes]") {
  CheckOnlyQuote("The women say officers still scrutinize the area.",
                 {QuoteKind::kIndirect,
                  {"officers still scrutinize the area"},
                  "The women",
                  "women",
                  false,
                  "say"});
  CheckOnlyQuote("Many businessmen say the new road has cut their trade by half.",
                 {QuoteKind::kIndirect,
                  {"the new road has cut their trade by half"},
                  "Many businessmen",
                  "businessmen",
                  false,
                  "say"});
  // Not a singular in -men: "a specimen say" is no clause.
  const std::string input = "They found a specimen say the curators in the hall.";
  CHECK(AnalyzeOk(input).quotes.empty());
}

// cues.cc IsCountOrShare: a share of a whole counts like a number, after "about" in the
// reported clause and at the head of the subject.
TEST_CASE("A share of a whole opens a subject after about", "[quotes]") {
  CheckOnlyQuote(
      "The budget office said about half of the adjustment reflected losses from the tax cuts.",
      {QuoteKind::kIndirect,
       {"about half of the adjustment reflected losses from the tax cuts"},
       "The budget office",
       "budget office",
       false,
       "said"});
  CheckOnlyQuote("About half of voters say they will vote for an outsider.",
                 {QuoteKind::kIndirect,
                  {"they will vote for an outsider"},
                  "About half of voters",
                  "half",
                  false,
                  "say"});
  CheckOnlyQuote("Over a third of members said the fee was too high.", {QuoteKind::kIndirect,
                                                                        {"the fee was too high"},
                                                                        "Over a third of members",
                                                                        "third",
                                                                        false,
                                                                        "said"});
}

// cues.cc CueAt: a participle of a verb of saying after a preposition of means or time.
TEST_CASE("A verb of saying after by or while reports", "[quotes]") {
  CheckOnlyQuote("Mayor Ana Ruiz ended the debate by saying that the budget would not be cut.",
                 {QuoteKind::kIndirect,
                  {"the budget would not be cut"},
                  "Ana Ruiz",
                  "Ana Ruiz",
                  true,
                  "saying"});
  // Another verb after "by" names an act: "by suggesting", "by announcing".
  const std::string input = "Mayor Ana Ruiz ended the debate by announcing she would run again.";
  CHECK(AnalyzeOk(input).quotes.empty());
  // After a preposition that is not one of means or time, the form is a noun.
  const std::string noun = "Mayor Ana Ruiz is tired of saying the budget is fine.";
  CHECK(AnalyzeOk(noun).quotes.empty());
}

// speaker_phrases.cc SubjectAfterOpeningClause: the participle opens the sentence; its subject
// is the main clause's, after the comma.
TEST_CASE("An opening participle clause has the main clause's subject", "[quotes]") {
  CheckOnlyQuote("While saying that he respects the council, Mayor Tomas Berg criticized its plan.",
                 {QuoteKind::kIndirect,
                  {"he respects the council"},
                  "Tomas Berg",
                  "Tomas Berg",
                  true,
                  "saying"});
}

// speaker_phrases.cc ClauseSubject: a conjunction opening the sentence is no part of the subject.
TEST_CASE("An opening conjunction is left out of the subject", "[quotes]") {
  CheckOnlyQuote(
      "But the head of the union, Maria Kowalski, rejected the offer, saying that the raise "
      "was too small.",
      {QuoteKind::kIndirect,
       {"the raise was too small"},
       "Maria Kowalski",
       "Maria Kowalski",
       true,
       "saying"});
}

// speaker_phrases.cc AccordingToSource, noun_phrases.cc InNounPhrase, indirect_pass.cc
// AccordingTo: the source of "according to" is a noun phrase, whatever its words are elsewhere.
TEST_CASE("The source of according to", "[quotes]") {
  SECTION("a participle between a determiner and a noun modifies the noun") {
    CheckOnlyQuote("The publisher will renew the offer, according to a publishing executive.",
                   {QuoteKind::kIndirect,
                    {"The publisher will renew the offer"},
                    "a publishing executive",
                    "publishing executive",
                    false,
                    "according to"});
  }
  SECTION("a time after the source's noun ends the source") {
    CheckOnlyQuote("Some 59 percent of voters view her unfavorably, according to a poll last week.",
                   {QuoteKind::kIndirect,
                    {"Some 59 percent of voters view her unfavorably"},
                    "a poll",
                    "poll",
                    false,
                    "according to"});
  }
  SECTION("a form of a cue is the source's noun") {
    CheckOnlyQuote("According to reports, the chairman will leave the board.",
                   {QuoteKind::kIndirect,
                    {"the chairman will leave the board"},
                    "reports",
                    "reports",
                    false,
                    "According to"});
    CheckOnlyQuote("According to news reports, the chairman will leave the board.",
                   {QuoteKind::kIndirect,
                    {"the chairman will leave the board"},
                    "news reports",
                    "news reports",
                    false,
                    "According to"});
  }
  SECTION("after a conjunction or a colon, the cue opens the sentence") {
    CheckOnlyQuote("But according to recent polls, the mayor holds only 14 percent of the vote.",
                   {QuoteKind::kIndirect,
                    {"the mayor holds only 14 percent of the vote"},
                    "recent polls",
                    "recent polls",
                    false,
                    "according to"});
    CheckOnlyQuote("It has not gone unnoticed: According to recent polls, the mayor trails.",
                   {QuoteKind::kIndirect,
                    {"the mayor trails"},
                    "recent polls",
                    "recent polls",
                    false,
                    "According to"});
  }
}

// speaker_phrases.cc SpeakerBefore: the two words of a bound before a count open the subject.
TEST_CASE("A bound before a count opens the subject", "[quotes]") {
  CheckOnlyQuote("At least 12 lawmakers said they would vote against the bill.",
                 {QuoteKind::kIndirect,
                  {"they would vote against the bill"},
                  "At least 12 lawmakers",
                  "12 lawmakers",
                  false,
                  "said"});
  CheckOnlyQuote("More than 40 percent of voters say they will stay home.",
                 {QuoteKind::kIndirect,
                  {"they will stay home"},
                  "More than 40 percent of voters",
                  "40 percent",
                  false,
                  "say"});
}

// noun_phrases.cc InNounPhrase: an -ing word after a possessive is a noun ("in his filing"),
// and an attribution's tail may end with it.
TEST_CASE("A gerund after a possessive ends an attribution's tail", "[quotes]") {
  CheckOnlyQuote("The state was only following the law, Schuette said in his filing.",
                 {QuoteKind::kIndirect,
                  {"The state was only following the law"},
                  "Schuette",
                  "Schuette",
                  true,
                  "said"});
}

// speaker_phrases.cc RelativeSpeaker(): "who" after a description a name ends, in apposition
// to a person's name, is the person; indirect_pass.cc: after "according to X," only a predicate
// goes on with the reported words, not the source's appositive or relative clause;
// inverted_attribution.cc: a clause a subordinator opens after "X warned on Monday" is the
// writer's.
TEST_CASE("Who reports after a description a name ends, and after according to", "[quotes]") {
  const std::string input =
      "Small businesses have been hit hardest, according to Farah Moosa, chief executive of the "
      "Gauteng Chamber of Small Enterprise, who said many spaza shops could not afford "
      "generators. Rolling blackouts will continue until September, power utility Motlakase "
      "Power Holdings warned on Monday as it published a schedule that will leave homes dark.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "many spaza shops could not afford generators") ==
        "Farah Moosa");
  const Quote* according = QuoteWithSpan(input, analysis, "Small businesses have been hit hardest");
  REQUIRE(according != nullptr);
  CHECK(SpanTexts(input, *according) ==
        std::vector<std::string>{"Small businesses have been hit hardest"});
  CHECK(
      SpeakerOfQuoteWithSpan(input, analysis, "Rolling blackouts will continue until September") ==
      "Motlakase Power Holdings");
  // Not where a description holds the speaker ("a step Keltria has demanded").
  const std::string step =
      "He said Sarvania would publish reservoir levels from May 1, a step Keltria has demanded "
      "since the reservoir began filling.";
  const Analysis read = AnalyzeOk(step);
  REQUIRE(read.quotes.size() == 1);
  CHECK(SpeakerOfQuoteWithSpan(step, read, "Sarvania would publish reservoir levels from May 1") ==
        "He");
}

}  // namespace
}  // namespace newslens::testing
