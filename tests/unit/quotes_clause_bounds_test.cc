// Quotes end to end, the bounds of what a cue reports: where a reported clause begins (past a
// phrase of time, after a count), where it ends (a second predicate, the reported clause's or the
// speaker's), what a cue reports nothing of, and the two parts of a quotation around an
// attribution with a tail ("he said by telephone").
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis_helpers.h"
#include "newslens/newslens.h"
#include "quote_checks.h"

using newslens::Analysis;
using newslens::QuoteKind;
using newslens::testing::AnalyzeOk;
using newslens::testing::CheckOnlyQuote;
using newslens::testing::QuoteWithSpan;
using newslens::testing::SpanTexts;
using newslens::testing::SpeakerOfQuoteWithSpan;

// indirect_pass.cc: after a cue and its comma, another attribution begins.
TEST_CASE("A cue followed by a new attribution reports nothing", "[quotes]") {
  const std::string input =
      "If he has fewer delegates when the primaries conclude, his campaign has argued that it "
      "could still win the nomination.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(analysis.quotes[0].text == "it could still win the nomination");
  REQUIRE(analysis.quotes[0].cue.has_value());
  CHECK(analysis.quotes[0].cue->text == "argued");
}

// reported_clauses.cc ContinuesReportedClause(): after "and", an auxiliary goes on with the
// reported clause after a pronoun subject or as a modal, negated or not; before a verb of
// speaking it is the speaker's.
TEST_CASE("A second predicate of the reported clause or of the speaker", "[quotes]") {
  SECTION("it ... and had changed: the reported clause's") {
    CheckOnlyQuote(
        "The firm said it had held 14 public meetings and had changed the design of the park.",
        {QuoteKind::kIndirect,
         {"it had held 14 public meetings and had changed the design of the park"},
         "The firm",
         "firm",
         false,
         "said"});
  }
  SECTION("... and would not respect: a negated modal, the reported clause's") {
    const std::string input =
        "Idris Tamar said the group had not been invited to Geneva and would not respect any "
        "agreement made without it.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text ==
          "the group had not been invited to Geneva and would not respect any agreement made "
          "without it");
  }
  SECTION("a noun subject's own auxiliary again: the reported clause's") {
    const std::string input =
        "Adaeze Whitcombe said the group had detected unusual activity on Sunday and had taken "
        "its systems offline.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text ==
          "the group had detected unusual activity on Sunday and had taken its systems offline");
  }
  SECTION("a word in -ing in a list, no participle clause") {
    const std::string input =
        "Quorvex said the cuts would fall most heavily on its sales, recruiting and platform "
        "teams.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text ==
          "the cuts would fall most heavily on its sales, recruiting and platform teams");
  }
  SECTION("... and would demand an urgent meeting: a cue's form with an object, the clause's") {
    // The object frame's cue reports nothing of the words after its object either.
    const std::string input =
        "The union said it had not been consulted before the announcement and would demand an "
        "urgent meeting with management.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text ==
          "it had not been consulted before the announcement and would demand an urgent meeting "
          "with management");
  }
  SECTION("... and would not comment: the speaker's") {
    const std::string input =
        "Idris Tamar said the group had not been invited to Geneva and would not comment "
        "further.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == "the group had not been invited to Geneva");
  }
}

// indirect_pass.cc: "about", "over" before a number open the reported clause's subject.
TEST_CASE("A counted subject opens a reported clause", "[quotes]") {
  const std::string input =
      "Clara Mendes said about 300,000 people in the valley had depended on food aid.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                               "about 300,000 people in the valley had depended on food aid") ==
        "Clara Mendes");
}

// cues.txt: "accepted that" concedes what it reports; "accepted the offer" reports nothing.
TEST_CASE("accepted that is a cue", "[quotes]") {
  const std::string input =
      "Under cross-examination, Anand Kesavan accepted that the ward had been three nurses short "
      "that night. The hospital accepted the offer.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(SpeakerOfQuoteWithSpan(
            input, analysis, "the ward had been three nurses short that night") == "Anand Kesavan");
}

// noun_phrases.cc NounPhraseLeft(): a determiner after a day opens the subject.
TEST_CASE("The subject after an opening day without a comma", "[quotes]") {
  const std::string input =
      "On Tuesday the chief said he was satisfied with a revised layout that adds a second "
      "entrance.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                               "he was satisfied with a revised layout that adds a second "
                               "entrance") == "the chief");
}

// quoted_pass.cc: the tail of the attribution between the two parts of a quotation.
TEST_CASE("A quotation's two parts around an attribution with a tail", "[quotes]") {
  const std::string input =
      "Idris Tamar spoke to reporters.\n\n“They are dividing our river,” he said by telephone, "
      "“in a room we are not allowed to enter.”";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(SpanTexts(input, analysis.quotes[0]) ==
        std::vector<std::string>{"They are dividing our river,",
                                 "in a room we are not allowed to enter."});
}

// quoted_pass.cc: an appositive after the speaker's name between the two parts of a quotation.
TEST_CASE("A quotation's two parts around a speaker's name and appositive", "[quotes]") {
  const std::string input =
      "“It’s rare,” said Victor Ansel, a former federal safety inspector who now teaches "
      "aviation safety at Northgate University in Ohio, “but when it happens, it comes back to a "
      "latch.” Another passenger, Denise Okafor of Liberty Lake, said crews shouted at them.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(!analysis.quotes.empty());
  CHECK(SpanTexts(input, analysis.quotes[0]) ==
        std::vector<std::string>{"It’s rare,", "but when it happens, it comes back to a latch."});
  REQUIRE(analysis.quotes[0].speaker.has_value());
  CHECK(analysis.quotes[0].speaker->name == "Victor Ansel");
  // noun_phrases.cc AppositiveName(): a name set off after a description, and where the person
  // is from, speaks.
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "crews shouted at them") == "Denise Okafor");
}

// cues.txt: a court's ruling reports what it found ("ruled that", "ruling that"); a verb of the
// infinitive frame reports after "that" too ("has promised that"); "would not rule out" is no
// speaking.
TEST_CASE("Rulings and promises report a clause after that", "[quotes]") {
  const std::string input =
      "A federal judge threw out the permit on Tuesday, ruling that Iowa had ignored federal "
      "limits. Harold Brandt has promised that no teacher will lose a job. Rosa Aranda said the "
      "union would seek talks and would not rule out strikes.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(QuoteWithSpan(input, analysis, "Iowa had ignored federal limits") != nullptr);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "no teacher will lose a job") == "Harold Brandt");
  CHECK(QuoteWithSpan(input, analysis,
                      "the union would seek talks and would not rule out strikes") != nullptr);
}

// inverted_attribution.cc InvertedAttribution: a semicolon ends an attribution after its words.
TEST_CASE("A semicolon ends an inverted attribution", "[quotes]") {
  const std::string input =
      "To win, candidates need about 40 percent of the vote, political analysts say; in 2012, "
      "the party stumbled.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(analysis.quotes[0].text == "To win, candidates need about 40 percent of the vote");
  REQUIRE(analysis.quotes[0].speaker.has_value());
  CHECK(analysis.quotes[0].speaker->name == "political analysts");
}

// indirect_pass.cc ShortAnswer: a reply of a word or two that ends the sentence.
TEST_CASE("A short answer is reported", "[quotes]") {
  CheckOnlyQuote("Jeff Flake said he would.",
                 {QuoteKind::kIndirect, {"he would"}, "Jeff Flake", "Jeff Flake", true, "said"});
  CheckOnlyQuote(
      "Asked if the plan was legal, 46 percent of voters said yes.",
      {QuoteKind::kIndirect, {"yes"}, "46 percent of voters", "46 percent", false, "said"});
  // Not in the middle of a sentence, and not "said no to": a refusal, no answer.
  CHECK(AnalyzeOk("The council said no to the plan.").quotes.empty());
  CHECK(AnalyzeOk("He said he would, and left.").quotes.empty());
}

// reported_clauses.cc ClauseEnd: a parenthesis between a reported clause's subject and its
// predicate, set off by commas, is inside the clause; an attribution there is not.
TEST_CASE("A parenthesis after the reported subject stays in the clause", "[quotes]") {
  CheckOnlyQuote(
      "Pollster Andy Smith said Trump, despite his wealth, is better placed to win the vote.",
      {QuoteKind::kIndirect,
       {"Trump, despite his wealth, is better placed to win the vote"},
       "Andy Smith",
       "Andy Smith",
       true,
       "said"});
  const std::string input = "The mayor said the plan would pass. The budget, he said, works.";
  const Analysis analysis = AnalyzeOk(input);
  for (const newslens::Quote& quote : analysis.quotes)
    CHECK(quote.text.find("he said") == std::string::npos);
}

// reported_clauses.cc ShortParenthesis: a conversion, an amount or an abbreviation in
// parentheses is inside the reported clause; a longer aside ends it.
TEST_CASE("A conversion or an abbreviation in parentheses stays in the clause", "[quotes]") {
  CheckOnlyQuote(
      "Fire Chief Ana Ruiz said gusts of up to 50 mph (80 kph) were expected to continue.",
      {QuoteKind::kIndirect,
       {"gusts of up to 50 mph (80 kph) were expected to continue"},
       "Ana Ruiz",
       "Ana Ruiz",
       true,
       "said"});
  CheckOnlyQuote(
      "Narae Semiconductor said it will invest 15 trillion won (US$10.8 billion) in "
      "a new plant.",
      {QuoteKind::kIndirect,
       {"it will invest 15 trillion won (US$10.8 billion) in a new plant"},
       "Narae Semiconductor",
       "Narae Semiconductor",
       true,
       "said"});
  // An approximate amount.
  CheckOnlyQuote(
      "Narae Semiconductor said trade reached 4.6 trillion yuan (about 647 billion U.S. "
      "dollars) in July.",
      {QuoteKind::kIndirect,
       {"trade reached 4.6 trillion yuan (about 647 billion U.S. dollars) in July"},
       "Narae Semiconductor",
       "Narae Semiconductor",
       true,
       "said"});
  const Analysis aside = AnalyzeOk(
      "Fire Chief Ana Ruiz said gusts were expected (the forecast she cited was older) all day.");
  REQUIRE(aside.quotes.size() == 1);
  CHECK(aside.quotes[0].text == "gusts were expected");
}

// reported_clauses.cc ClauseEnd: "..., a move that ..." comments on the whole report.
TEST_CASE("A noun in apposition to the report and its relative clause end the report", "[quotes]") {
  CheckOnlyQuote(
      "Ines Carvalhal said the union was ready to call further strikes in August, a move that "
      "would hit the busiest weeks of the year.",
      {QuoteKind::kIndirect,
       {"the union was ready to call further strikes in August"},
       "Ines Carvalhal",
       "Ines Carvalhal",
       true,
       "said"});
}

// reported_clauses.cc ClauseEnd: a relative clause in which the speaker speaks again.
TEST_CASE("A relative clause in which the speaker speaks again ends the report", "[quotes]") {
  const std::string input =
      "Mayor Eleni Stathaki said the island had been abandoned by the central government, which "
      "she accused of ignoring repeated requests to clear firebreaks.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(!analysis.quotes.empty());
  CHECK(analysis.quotes[0].text == "the island had been abandoned by the central government");
  // Not one inside the report's subject.
  const std::string backlog =
      "Anton Bezuidenhout said the utility's maintenance backlog, which he estimated at "
      "R25-billion, would take at least two years to clear.";
  const Analysis clear = AnalyzeOk(backlog);
  REQUIRE(!clear.quotes.empty());
  CHECK(clear.quotes[0].text ==
        "the utility's maintenance backlog, which he estimated at R25-billion, would take at "
        "least two years to clear");
}

// reported_clauses.cc ClauseEnd: a participle of what happened goes on with the report.
TEST_CASE("A participle of a result goes on with the report; one of the speaker's acts ends it",
          "[quotes]") {
  CheckOnlyQuote(
      "Youssef Bennani said the kingdom had endured six years of drought, leaving its reservoirs "
      "at a quarter of capacity.",
      {QuoteKind::kIndirect,
       {"the kingdom had endured six years of drought, leaving its reservoirs at a quarter of "
        "capacity"},
       "Youssef Bennani",
       "Youssef Bennani",
       true,
       "said"});
  CheckOnlyQuote(
      "Youssef Bennani said the kingdom had endured six years of drought, citing figures from "
      "the water ministry.",
      {QuoteKind::kIndirect,
       {"the kingdom had endured six years of drought"},
       "Youssef Bennani",
       "Youssef Bennani",
       true,
       "said"});
}

// reported_clauses.cc ClauseEnd: "and that" opens a second clause of the same report, with or
// without a comma before it.
TEST_CASE("A second clause after and that is reported with the first", "[quotes]") {
  for (const char* joint : {", and that", " and that", ", but that"}) {
    INFO(joint);
    const std::string input = std::string("Juror Elena Varga said the jurors had taken a vote") +
                              joint + " the two holdouts had asked to rehear the testimony.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == std::string("the jurors had taken a vote") + joint +
                                         " the two holdouts had asked to rehear the testimony");
  }
}

// text/token_facts.cc ClassifyTokens: the clitic "n't" negates a cue as "not" does.
TEST_CASE("A cue negated by n't reports nothing", "[quotes]") {
  CHECK(AnalyzeOk("The mayor didn't say the plan would fail at all.").quotes.empty());
  CHECK(AnalyzeOk("The mayor didn’t say the plan would fail at all.").quotes.empty());
  CHECK(AnalyzeOk("The mayor isn't saying the plan would fail at all.").quotes.empty());
}

// reported_clauses.cc ClauseStart: after the object of "told", the rest of a long name and a
// time may come before "that".
TEST_CASE("A long object of told before that", "[quotes]") {
  CheckOnlyQuote(
      "Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted for "
      "the senator.",
      {QuoteKind::kIndirect, {"he voted for the senator"}, "Wilson", "Wilson", true, "told"});
}

// reported_clauses.cc ClauseStart(): a short parenthesis in the phrase of time before "that".
TEST_CASE("said on Tuesday (March 11) that: the clause after that", "[quotes]") {
  CheckOnlyQuote(
      "The Straits Port Authority said on Tuesday (March 11) that the average waiting time rose "
      "to 2.6 days.",
      {QuoteKind::kIndirect,
       {"the average waiting time rose to 2.6 days"},
       "Straits Port Authority",
       "Straits Port Authority",
       true,
       "said"});
}

// reported_clauses.cc ClauseEnd(): "as" opening a clause after a comma or a closing mark is the
// writer's, not the report's; "as well as" and "as part of" are the report's.
TEST_CASE("as principals warned: the writer's clause after a report", "[quotes]") {
  const std::string input =
      "Haddad says schools \u2018will not lose a dollar\u2019 as principals revolt\n\n"
      "Nadia Haddad has insisted no public school will be worse off under the new model, as "
      "principals warned that hundreds of schools faced losing staff.\n\n"
      "Ana Ruiz said the plan would cut costs as well as waiting times.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(QuoteWithSpan(input, analysis, "schools \u2018will not lose a dollar\u2019") != nullptr);
  CHECK(QuoteWithSpan(input, analysis, "no public school will be worse off under the new model") !=
        nullptr);
  CHECK(QuoteWithSpan(input, analysis, "the plan would cut costs as well as waiting times") !=
        nullptr);
}

// noun_phrases.cc InNounPhrase(): after "according to", a word in -ing modifies the source's
// noun ("ship-tracking data"), and the maker after "compiled by" speaks.
TEST_CASE("according to ship-tracking data compiled by X: X", "[quotes]") {
  const std::string input =
      "About 38 container ships were at anchor off the port on March 10, according to "
      "ship-tracking data compiled by Castellan Freight Intelligence.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                               "About 38 container ships were at anchor off the port on March "
                               "10") == "Castellan Freight Intelligence");
}

// reported_clauses.cc ParenthesisAfterSubject(): a participle's parenthesis after the reported
// clause's subject may hold numbers and their units.
TEST_CASE("the storm, packing winds of 155km/h near its centre, was expected", "[quotes]") {
  const std::string input =
      "The Observatory raised the signal at 5.20am, saying the storm, packing maximum sustained "
      "winds of 155km/h near its centre, was expected to skirt the city.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(analysis.quotes[0].text ==
        "the storm, packing maximum sustained winds of 155km/h near its centre, was expected to "
        "skirt the city");
}

// reported_clauses.cc SkipAttributionTail(): "after" and its kind before a noun phrase are the
// attribution's tail ("announced after a stormy session").
TEST_CASE("..., Speaker Halima Guyo announced after a stormy session", "[quotes]") {
  CheckOnlyQuote(
      "Thirty-eight members backed the motion, Speaker Halima Guyo announced after a stormy "
      "six-hour session.",
      {QuoteKind::kIndirect,
       {"Thirty-eight members backed the motion"},
       "Halima Guyo",
       "Halima Guyo",
       true,
       "announced"});
}

// reported_clauses.cc ClauseEnd(): after "and" or "but", a verb of what a speaker does with the
// audience ("declined to say", "offered to send") is the speaker's next act, not the report's;
// what the report's subject did goes on ("refused to drop the gun").
TEST_CASE("... “sad but not surprised” and offered to send ...: the report ends", "[quotes]") {
  const std::string input =
      "Teodora Vlaicu wrote on social media that she was “sad but not surprised” and offered to "
      "send a free copy to any student.\n\n"
      "Gov. Ana Ruiz said officials would weigh each decision “meeting by meeting” and declined "
      "to say whether another cut was likely.\n\n"
      "Police said the man posed a deadly threat and refused to drop the gun.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(QuoteWithSpan(input, analysis, "she was “sad but not surprised”") != nullptr);
  CHECK(QuoteWithSpan(input, analysis,
                      "officials would weigh each decision “meeting by meeting”") != nullptr);
  CHECK(QuoteWithSpan(input, analysis,
                      "the man posed a deadly threat and refused to drop the gun") != nullptr);
}
