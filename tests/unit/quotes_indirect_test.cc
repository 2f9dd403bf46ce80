// Quotes end to end, reported speech: the cues (tenses, verbs, what may follow them, negation,
// "according to") and where a reported clause begins and ends.
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
using newslens::testing::CheckQuote;
using newslens::testing::SpeakerOfQuoteWithSpan;

TEST_CASE("Cue forms: tenses, verbs and what may follow them", "[quotes]") {
  SECTION("says, present tense, with a relative clause after the name") {
    CheckOnlyQuote("“We are not going anywhere,” says Helen Carter, who runs the plant.",
                   {QuoteKind::kDirect,
                    {"We are not going anywhere,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "says"});
  }
  SECTION("asked, after a question") {
    CheckOnlyQuote("“Is anyone listening?” asked Helen Carter.", {QuoteKind::kDirect,
                                                                  {"Is anyone listening?"},
                                                                  "Helen Carter",
                                                                  "Helen Carter",
                                                                  true,
                                                                  "asked"});
  }
  SECTION("tweeted, with a colon") {
    CheckOnlyQuote("Helen Carter tweeted: “The plant stays open. Full stop.”",
                   {QuoteKind::kDirect,
                    {"The plant stays open. Full stop."},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "tweeted"});
  }
  SECTION("told, with a named object after it") {
    CheckOnlyQuote("“The plant will stay open,” Helen Carter told The Associated Press.",
                   {QuoteKind::kDirect,
                    {"The plant will stay open,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "told"});
  }
  SECTION("said in a statement that CLAUSE") {
    CheckOnlyQuote("Helen Carter said in a statement that the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("X, who ..., said CLAUSE") {
    CheckOnlyQuote(
        "Helen Carter, who has led the company since 2019, said the plant would stay open.",
        {QuoteKind::kIndirect,
         {"the plant would stay open"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
  SECTION("has been warning ... that CLAUSE") {
    CheckOnlyQuote("Helen Carter has been warning for months that the plant could close.",
                   {QuoteKind::kIndirect,
                    {"the plant could close"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "warning"});
  }
  SECTION("had told investors CLAUSE") {
    CheckOnlyQuote("Helen Carter had told investors the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "told"});
  }
  SECTION("said on Wednesday CLAUSE: a phrase of time before the clause") {
    CheckOnlyQuote("Northgale Energy said on Wednesday it would cut 400 jobs.",
                   {QuoteKind::kIndirect,
                    {"it would cut 400 jobs"},
                    "Northgale Energy",
                    "Northgale Energy",
                    true,
                    "said"});
  }
  SECTION("CLAUSE, X said on Wednesday (Apr 16): a short aside in parentheses after the time") {
    CheckOnlyQuote(
        "Prices of new flats will be up to 6 per cent higher than a year ago, Northgale Energy "
        "said on Wednesday (Apr 16).",
        {QuoteKind::kIndirect,
         {"Prices of new flats will be up to 6 per cent higher than a year ago"},
         "Northgale Energy",
         "Northgale Energy",
         true,
         "said"});
  }
  SECTION("would ask X to ...: a request to come reports nothing yet") {
    CheckOnlyQuote("Sharon Graham said the union would ask ministers to intervene.",
                   {QuoteKind::kIndirect,
                    {"the union would ask ministers to intervene"},
                    "Sharon Graham",
                    "Sharon Graham",
                    true,
                    "said"});
  }
  SECTION("would respond formally within ...: a response to come reports nothing yet") {
    CheckOnlyQuote("Sharon Graham said the government would respond formally within six months.",
                   {QuoteKind::kIndirect,
                    {"the government would respond formally within six months"},
                    "Sharon Graham",
                    "Sharon Graham",
                    true,
                    "said"});
  }
  SECTION("asked X whether CLAUSE: a reported question") {
    CheckOnlyQuote("Helen Carter asked the minister whether the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"whether the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "asked"});
  }
  SECTION("state is a noun before a title, not a cue") {
    CheckOnlyQuote("Oklahoma state senator Andrew Rice said the party had changed.",
                   {QuoteKind::kIndirect,
                    {"the party had changed"},
                    "Andrew Rice",
                    "Andrew Rice",
                    true,
                    "said"});
  }
  SECTION("the name of a markup tag is not a cue") {
    // Some articles quote tweets as markup: <tweet ...>...</tweet>.
    const Analysis analysis = AnalyzeOk(
        "Posts spread fast.\n\n<tweet id=\"67213\" author=\"@scanner\">Scanner: the suspect "
        "was acting nervous, left the building</tweet>.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("questioned whether CLAUSE") {
    CheckOnlyQuote("Helen Carter questioned whether the plant could stay open.",
                   {QuoteKind::kIndirect,
                    {"whether the plant could stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "questioned"});
  }
  SECTION("maintained that CLAUSE; maintains an object reports nothing") {
    CheckOnlyQuote("Helen Carter maintained that the plant was safe.", {QuoteKind::kIndirect,
                                                                        {"the plant was safe"},
                                                                        "Helen Carter",
                                                                        "Helen Carter",
                                                                        true,
                                                                        "maintained"});
    CHECK(AnalyzeOk("Helen Carter maintains a comfortable lead in the polls.").quotes.empty());
  }
  SECTION("continued: quoted words, not an object") {
    CheckOnlyQuote("“We are not done,” Helen Carter continued.", {QuoteKind::kDirect,
                                                                  {"We are not done,"},
                                                                  "Helen Carter",
                                                                  "Helen Carter",
                                                                  true,
                                                                  "continued"});
    CHECK(AnalyzeOk("Helen Carter continued the work until the plant closed in 2014.")
              .quotes.empty());
  }
  SECTION("a cue for quoted words only does not report a clause") {
    const Analysis analysis = AnalyzeOk("Helen Carter read the report on the train home.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("a cue inside another verb phrase is not a cue") {
    const Analysis analysis =
        AnalyzeOk("Helen Carter is expected to announce the closure on Friday.");
    CHECK(analysis.quotes.empty());
  }
}

TEST_CASE("Indirect speech", "[quotes]") {
  SECTION("X said CLAUSE") {
    CheckOnlyQuote("Governor Janet Mills said the state would expand its vaccination program.",
                   {QuoteKind::kIndirect,
                    {"the state would expand its vaccination program"},
                    "Janet Mills",
                    "Janet Mills",
                    true,
                    "said"});
  }
  SECTION("X said that CLAUSE: “that” is not part of the clause") {
    CheckOnlyQuote("Helen Carter said that the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("X has said repeatedly CLAUSE") {
    CheckOnlyQuote("Helen Carter has said repeatedly the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("X told reporters CLAUSE") {
    CheckOnlyQuote(
        "Mayor Eric Adams told reporters the subway was safe.",
        {QuoteKind::kIndirect, {"the subway was safe"}, "Eric Adams", "Eric Adams", true, "told"});
  }
  SECTION("X told reporters that CLAUSE") {
    CheckOnlyQuote("Helen Carter told reporters that the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "told"});
  }
  SECTION("According to X, CLAUSE") {
    CheckOnlyQuote(
        "According to the ministry, more than 400 people were evacuated from the valley.",
        {QuoteKind::kIndirect,
         {"more than 400 people were evacuated from the valley"},
         "the ministry",
         "ministry",
         false,
         "According to"});
  }
  SECTION("According to X, which ..., CLAUSE: the relative clause is the writer's") {
    CheckOnlyQuote(
        "According to the ministry, which runs the shelters, more than 400 people were evacuated "
        "from the valley.",
        {QuoteKind::kIndirect,
         {"more than 400 people were evacuated from the valley"},
         "the ministry",
         "ministry",
         false,
         "According to"});
  }
  SECTION("CLAUSE, according to X") {
    CheckOnlyQuote(
        "More than 400 people were evacuated from the valley, according to the fire service.",
        {QuoteKind::kIndirect,
         {"More than 400 people were evacuated from the valley"},
         "the fire service",
         "fire service",
         false,
         "according to"});
  }
  SECTION("..., according to X, ...: the reported words go on after the source") {
    CheckOnlyQuote(
        "At the heart of the dispute, according to the ministry, was a decision to close the "
        "border.",
        {QuoteKind::kIndirect,
         {"At the heart of the dispute", "was a decision to close the border"},
         "the ministry",
         "ministry",
         false,
         "according to"});
  }
  SECTION("X vowed to ...") {
    CheckOnlyQuote("Governor Janet Mills vowed to rebuild every home destroyed by the flood.",
                   {QuoteKind::kIndirect,
                    {"to rebuild every home destroyed by the flood"},
                    "Janet Mills",
                    "Janet Mills",
                    true,
                    "vowed"});
  }
  SECTION("..., saying CLAUSE: the subject of the sentence speaks") {
    CheckOnlyQuote(
        "Governor Janet Mills visited the shelter on Sunday, saying the state would pay for "
        "repairs.",
        {QuoteKind::kIndirect,
         {"the state would pay for repairs"},
         "Janet Mills",
         "Janet Mills",
         true,
         "saying"});
  }
  SECTION("..., saying CLAUSE: past an opening adverbial phrase") {
    CheckOnlyQuote("Later in the day, Helen Carter toured the plant, saying it would stay open.",
                   {QuoteKind::kIndirect,
                    {"it would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "saying"});
  }
  SECTION("X did ..., and repeatedly insisted CLAUSE: a second predicate shares the subject") {
    CheckOnlyQuote(
        "Helen Carter toured the plant on Friday, and repeatedly insisted it would stay open.",
        {QuoteKind::kIndirect,
         {"it would stay open"},
         "Helen Carter",
         "Helen Carter",
         true,
         "insisted"});
  }
  SECTION("with X tweeting that CLAUSE: the name before a participle is its subject") {
    CheckOnlyQuote(
        "Republicans were quick to respond, with Helen Carter tweeting that the plan was a "
        "disaster.",
        {QuoteKind::kIndirect,
         {"the plan was a disaster"},
         "Helen Carter",
         "Helen Carter",
         true,
         "tweeting"});
  }
  SECTION("CLAUSE, X said.") {
    CheckOnlyQuote("The strike will end on Friday, union leader Sharon Graham said.",
                   {QuoteKind::kIndirect,
                    {"The strike will end on Friday"},
                    "Sharon Graham",
                    "Sharon Graham",
                    true,
                    "said"});
  }
  SECTION("CLAUSE, X (R-Iowa) told Y.: a party and state between the name and the cue") {
    CheckOnlyQuote(
        "Biofuels no longer stir the same fervor among farmers, Sen. Chuck Grassley (R-Iowa) "
        "told reporters.",
        {QuoteKind::kIndirect,
         {"Biofuels no longer stir the same fervor among farmers"},
         "Chuck Grassley",
         "Chuck Grassley",
         true,
         "told"});
  }
  SECTION("CLAUSE, current and former officials said.: two phrases joined by and") {
    CheckOnlyQuote(
        "Investigators want to interview the minister about the server, current and former "
        "officials said.",
        {QuoteKind::kIndirect,
         {"Investigators want to interview the minister about the server"},
         "current and former officials",
         "former officials",
         false,
         "said"});
  }
  SECTION("CLAUSE, people familiar with the session said.: a bare plural and its modifier") {
    CheckOnlyQuote("The letter could hurt the strategy, people familiar with the session said.",
                   {QuoteKind::kIndirect,
                    {"The letter could hurt the strategy"},
                    "people familiar with the session",
                    "people",
                    false,
                    "said"});
  }
  SECTION("OPENER, X urged Y to ...: a request's words follow the cue, the opener is none") {
    const std::string input =
        "Addressing the topic on Monday, the White House urged the companies to find a "
        "compromise.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(newslens::testing::SpanTexts(input, analysis.quotes[0]) ==
          std::vector<std::string>{"the companies to find a compromise"});
  }
  SECTION("CLAUSE, X, the company's chief executive, said.") {
    CheckOnlyQuote(
        "The plant will stay open, Helen Carter, the company’s chief executive, said on Friday.",
        {QuoteKind::kIndirect,
         {"The plant will stay open"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
  SECTION("CLAUSE, his top aide, X, told Y.") {
    CheckOnlyQuote(
        "Helen Carter remains committed to the plant, her top aide, Tom Eriksen, told The "
        "Associated Press.",
        {QuoteKind::kIndirect,
         {"Helen Carter remains committed to the plant"},
         "Tom Eriksen",
         "Tom Eriksen",
         true,
         "told"});
  }
  SECTION("CLAUSE, CLAUSE, said X: a clause with a verb is not an appositive") {
    CheckOnlyQuote(
        "Even as the race moves to New York, a state she hoped to carry, the contest will be "
        "tight, said Dan Gerstein, an analyst in New York.",
        {QuoteKind::kIndirect,
         {"Even as the race moves to New York, a state she hoped to carry, the contest will be "
          "tight"},
         "Dan Gerstein",
         "Dan Gerstein",
         true,
         "said"});
  }
  SECTION("CLAUSE, the company said.") {
    CheckOnlyQuote("The factory will close by the end of the year, the company said.",
                   {QuoteKind::kIndirect,
                    {"The factory will close by the end of the year"},
                    "the company",
                    "company",
                    false,
                    "said"});
  }
  SECTION("X further ... and said CLAUSE: an adverb is not part of the speaker") {
    CheckOnlyQuote("Helen Carter further praised the staff and said the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("Just 28 percent of voters said CLAUSE: a number with its noun speaks") {
    CheckOnlyQuote("Just 28 percent of voters said they had a positive view of the senator.",
                   {QuoteKind::kIndirect,
                    {"they had a positive view of the senator"},
                    "Just 28 percent of voters",
                    "28 percent",
                    false,
                    "said"});
  }
  SECTION("officials say CLAUSE: a cue that is also a noun, after a plural noun") {
    CheckOnlyQuote("In the capital, officials say the bridge will reopen next month.",
                   {QuoteKind::kIndirect,
                    {"the bridge will reopen next month"},
                    "officials",
                    "officials",
                    false,
                    "say"});
  }
  SECTION("X said this week CLAUSE") {
    CheckOnlyQuote("Helen Carter said this week the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("X said that while ..., CLAUSE: after “that” a subordinate clause may open") {
    CheckOnlyQuote("Helen Carter said that while sales had fallen, the plant would stay open.",
                   {QuoteKind::kIndirect,
                    {"while sales had fallen, the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("Officials said CLAUSE: a bare plural noun speaks") {
    CheckOnlyQuote("Officials said the bridge would reopen next month.",
                   {QuoteKind::kIndirect,
                    {"the bridge would reopen next month"},
                    "Officials",
                    "Officials",
                    false,
                    "said"});
  }
}

TEST_CASE("The reported clause ends where a new clause starts", "[quotes]") {
  SECTION(", even though ...") {
    CheckOnlyQuote(
        "Senator Mark Whitfield said the bill would pass, even though several members of his own "
        "party oppose it.",
        {QuoteKind::kIndirect,
         {"the bill would pass"},
         "Mark Whitfield",
         "Mark Whitfield",
         true,
         "said"});
  }
  SECTION(", while ...") {
    CheckOnlyQuote("Helen Carter said the plant would stay open, while the union planned a strike.",
                   {QuoteKind::kIndirect,
                    {"the plant would stay open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION(", but ...") {
    CheckOnlyQuote(
        "Helen Carter said the plant would stay open, but the union called the promise empty.",
        {QuoteKind::kIndirect,
         {"the plant would stay open"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
  SECTION("CLAUSE, he said, wiping ...: no reported words resume after a participle") {
    CheckOnlyQuote("Sales were great, he said, wiping sweat off his face.",
                   {QuoteKind::kIndirect, {"Sales were great"}, "he", "he", false, "said"});
  }
  SECTION("X, who said CLAUSE, said ...: the relative clause ends at its comma") {
    const std::string input =
        "Helen Carter, who said the plant was safe, said she would not resign.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 2);
    CheckQuote(input, analysis, analysis.quotes[0],
               {QuoteKind::kIndirect, {"the plant was safe"}, "Helen Carter", "who", true, "said"});
    CheckQuote(input, analysis, analysis.quotes[1],
               {QuoteKind::kIndirect,
                {"she would not resign"},
                "Helen Carter",
                "Helen Carter",
                true,
                "said"});
  }
  SECTION(", compared with ...: the writer's comparison") {
    CheckOnlyQuote(
        "Helen Carter said sales rose 5 percent, compared with 3 percent a year earlier.",
        {QuoteKind::kIndirect,
         {"sales rose 5 percent"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
  SECTION(", blaming ...: a participle goes with the speaker's clause") {
    CheckOnlyQuote(
        "Northgale Energy said it would cut 400 jobs, blaming a rise in the cost of turbines.",
        {QuoteKind::kIndirect,
         {"it would cut 400 jobs"},
         "Northgale Energy",
         "Northgale Energy",
         true,
         "said"});
  }
  SECTION("“...,” claiming ...: a comma inside the closing mark ends the clause too") {
    const std::string input =
        "Helen Carter insisted that the plant had “turned a corner,” claiming that sales were "
        "rising.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 2);
    CheckQuote(input, analysis, analysis.quotes[0],
               {QuoteKind::kMixed,
                {"the plant had “turned a corner,”"},
                "Helen Carter",
                "Helen Carter",
                true,
                "insisted"});
    CheckQuote(input, analysis, analysis.quotes[1],
               {QuoteKind::kIndirect,
                {"sales were rising"},
                "Helen Carter",
                "Helen Carter",
                true,
                "claiming"});
  }
  SECTION(", including ...: a preposition in -ing does not end the clause") {
    CheckOnlyQuote("Helen Carter said several plants would close, including the one in Aberdeen.",
                   {QuoteKind::kIndirect,
                    {"several plants would close, including the one in Aberdeen"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
}

TEST_CASE("Where a reported clause goes on after and or but", "[quotes]") {
  SECTION("and + a modal not negated: more of the reported clause") {
    CheckOnlyQuote(
        "Helen Carter said the council had saved about £2 million and would spend it on "
        "flood defences.",
        {QuoteKind::kIndirect,
         {"the council had saved about £2 million and would spend it on flood defences"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
  SECTION("a pronoun subject: but + an auxiliary goes on with the clause") {
    CheckOnlyQuote("Tom Hadley said he would appeal against the ban but did not expect to win.",
                   {QuoteKind::kIndirect,
                    {"he would appeal against the ban but did not expect to win"},
                    "Tom Hadley",
                    "Tom Hadley",
                    true,
                    "said"});
  }
  SECTION("a clause with an auxiliary of its own: and + another auxiliary goes on with it") {
    CheckOnlyQuote(
        "Dana Whitfield said Kovacevic would wear No. 7 and was expected to make his debut on "
        "Friday.",
        {QuoteKind::kIndirect,
         {"Kovacevic would wear No. 7 and was expected to make his debut on Friday"},
         "Dana Whitfield",
         "Dana Whitfield",
         true,
         "said"});
  }
  SECTION("and would not + verb: still the speaker's own predicate") {
    CheckOnlyQuote("Helen Carter said the deal was done and would not name the buyer.",
                   {QuoteKind::kIndirect,
                    {"the deal was done"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
}

TEST_CASE("A verb that also takes an object reports only a clause", "[quotes]") {
  SECTION("admitted + a noun phrase: a plea, not reported speech") {
    const Analysis analysis = AnalyzeOk(
        "Martin Doyle, 44, of Swansea, had admitted six counts of theft at an earlier hearing.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("added + a noun phrase") {
    const Analysis analysis =
        AnalyzeOk("The committee added a clause on data protection to the bill on Monday.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("admitted + a clause is still reported speech") {
    CheckOnlyQuote("Martin Doyle admitted he had taken the money.", {QuoteKind::kIndirect,
                                                                     {"he had taken the money"},
                                                                     "Martin Doyle",
                                                                     "Martin Doyle",
                                                                     true,
                                                                     "admitted"});
  }
}

TEST_CASE("Reported clauses that open with a condition or a long phrase", "[quotes]") {
  SECTION("said if ...: a condition opens the reported clause") {
    CheckOnlyQuote("Helen Carter said if elected she would scrap the tax.",
                   {QuoteKind::kIndirect,
                    {"if elected she would scrap the tax"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("said in an interview with X last week that ...") {
    CheckOnlyQuote(
        "Helen Carter said in an interview with The Financial Times last week that she would "
        "not resign.",
        {QuoteKind::kIndirect,
         {"she would not resign"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
}

TEST_CASE("Where a reported clause ends at a new attribution", "[quotes]") {
  SECTION("... and she accused X of ...: a new attribution after and") {
    const std::string input =
        "Helen Carter said hackers had broken into the council's computers and she accused the "
        "contractor of hiding the breach.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE_FALSE(analysis.quotes.empty());
    CHECK(analysis.quotes[0].text == "hackers had broken into the council's computers");
  }
  SECTION("...; 46 percent said ...: a new attribution after a semicolon") {
    const std::string input =
        "More than six in 10 said they were tired of the campaign; 46 percent said they were "
        "unenthusiastic about the race.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 2);
    CHECK(analysis.quotes[0].text == "they were tired of the campaign");
    CHECK(analysis.quotes[1].text == "they were unenthusiastic about the race");
  }
  SECTION(", but that ...: more of what was reported") {
    CheckOnlyQuote(
        "Helen Carter said the border must be secured, but that she would not back mass "
        "deportations.",
        {QuoteKind::kIndirect,
         {"the border must be secured, but that she would not back mass deportations"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
}

TEST_CASE("cannot is a negation", "[quotes]") {
  SECTION("“Q,” said X, who cannot ...: not part of a speaker phrase") {
    const std::string input =
        "Lewandowski said Comey cannot explain the emails, and the inquiry must go on.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == "Comey cannot explain the emails, and the inquiry must go on");
  }
  SECTION("cannot say: what follows was not said") {
    const Analysis analysis = AnalyzeOk("The minister cannot say whether the plant will close.");
    CHECK(analysis.quotes.empty());
  }
}

TEST_CASE("A time and a place after a cue report nothing", "[quotes]") {
  SECTION("X said Wednesday morning on the radio") {
    const Analysis analysis = AnalyzeOk("Kasich said Wednesday morning on the radio.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("X said Wednesday the plant would close: a clause after the time still counts") {
    CheckOnlyQuote(
        "Kasich said Wednesday the plant would close.",
        {QuoteKind::kIndirect, {"the plant would close"}, "Kasich", "Kasich", true, "said"});
  }
}

TEST_CASE("according to after an opener, a dash or no comma", "[quotes]") {
  SECTION("But, according to X, CLAUSE: the opener is the writer's") {
    CheckOnlyQuote("But, according to the survey, 46 percent of voters remain undecided.",
                   {QuoteKind::kIndirect,
                    {"46 percent of voters remain undecided"},
                    "the survey",
                    "survey",
                    false,
                    "according to"});
  }
  SECTION("CLAUSE — according to X") {
    CheckOnlyQuote(
        "In 2014, the town recorded 115 violent crimes — according to the latest police data.",
        {QuoteKind::kIndirect,
         {"In 2014, the town recorded 115 violent crimes"},
         "the latest police data",
         "latest police data",
         false,
         "according to"});
  }
  SECTION("CLAUSE according to X: no comma") {
    CheckOnlyQuote(
        "Carter leads the race by 271 pledged delegates according to a count by the county "
        "clerk.",
        {QuoteKind::kIndirect,
         {"Carter leads the race by 271 pledged delegates"},
         "a count by the county clerk",
         "count",
         false,
         "according to"});
  }
}

// cues.cc CueAt(): after a name an indefinite article opens, a form that is also a noun is one,
// unless a clause of "that" follows it.
TEST_CASE("A Donald Trump tweet is no cue", "[quotes]") {
  SECTION("the noun") {
    CheckOnlyQuote(
        "Hillary Clinton is describing as \u201Cunhinged\u201D a Donald Trump tweet attacking a "
        "former beauty queen.",
        {QuoteKind::kPartial,
         {"unhinged"},
         "Hillary Clinton",
         "Hillary Clinton",
         true,
         "describing"});
  }
  SECTION("a report that ...") {
    const std::string input =
        "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net "
        "loss of more than $915 million in 1995.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                                 "Donald Trump had a net loss of more than $915 million in "
                                 "1995") == "New York Times");
  }
}

// indirect_pass.cc IndirectPass(): a request reports its object and the infinitive after it.
TEST_CASE("A request reports whom it asks and to do what", "[quotes]") {
  SECTION("urged X to ...") {
    CheckOnlyQuote("Donald Trump urged his supporters to visit polling places on Election Day.",
                   {QuoteKind::kIndirect,
                    {"his supporters to visit polling places on Election Day"},
                    "Donald Trump",
                    "Donald Trump",
                    true,
                    "urged"});
  }
  SECTION("asked X to ...") {
    CheckOnlyQuote("The union asked ministers to intervene in the dispute.",
                   {QuoteKind::kIndirect,
                    {"ministers to intervene in the dispute"},
                    "The union",
                    "union",
                    false,
                    "asked"});
  }
}
