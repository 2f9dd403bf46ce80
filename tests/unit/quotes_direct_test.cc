// Quotes end to end, direct quotes: Analyze() on news sentences, with the exact content (sliced
// from the input through the spans), kind, speaker and cue each attribution pattern of issue 4
// must give: the attribution before the quote, after it or splitting it, colons and dashes,
// quotes running over paragraphs or floating after their speaker's, mixed and partial quotes,
// headlines and transcripts. The sentences are written for these tests in wire-service style:
// curly quotation marks, "he said" splits. The other quotes_*_test.cc files take the speaker
// phrase, reported speech and the quotation marks; quote_checks.h holds their shared checks.
#include <catch2/catch.hpp>
#include <string>

#include "analysis_helpers.h"
#include "newslens/newslens.h"
#include "quote_checks.h"

using newslens::Analysis;
using newslens::Quote;
using newslens::QuoteKind;
using newslens::testing::AnalyzeOk;
using newslens::testing::CheckOnlyQuote;
using newslens::testing::CheckQuote;
using newslens::testing::QuoteWithSpan;
using newslens::testing::Slice;
using newslens::testing::SpeakerOfQuoteWithSpan;

TEST_CASE("Direct quotes with the attribution after the quote", "[quotes]") {
  SECTION("“Q,” X said") {
    CheckOnlyQuote("“The water supply is safe to drink,” Mayor Lucia Ferrante said on Tuesday.",
                   {QuoteKind::kDirect,
                    {"The water supply is safe to drink,"},
                    "Lucia Ferrante",
                    "Lucia Ferrante",
                    true,
                    "said"});
  }
  SECTION("“Q,” said X, with an appositive after the name") {
    CheckOnlyQuote(
        "“We have no plans to close the plant,” said Helen Carter, the company’s chief "
        "executive.",
        {QuoteKind::kDirect,
         {"We have no plans to close the plant,"},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
}

TEST_CASE("Direct quotes: what may follow the closing mark", "[quotes]") {
  SECTION("“Q?” X asked: the attribution after a question mark, in the next sentence") {
    // The segmenter ends a sentence at ?” before a capital; the attribution still belongs to
    // the question.
    CheckOnlyQuote("“Is anyone listening?” Helen Carter asked the crowd.",
                   {QuoteKind::kDirect,
                    {"Is anyone listening?"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "asked"});
  }
  SECTION("“Q,” X said this week: a time with a determiner") {
    CheckOnlyQuote(
        "“The plant is safe,” Helen Carter said this week.",
        {QuoteKind::kDirect, {"The plant is safe,"}, "Helen Carter", "Helen Carter", true, "said"});
  }
  SECTION("“Q,” X (D-Nev.) said: a party and state after the name") {
    CheckOnlyQuote(
        "“Pfizer is gaming the system,” Senator Harry Reid (D-Nev.) said in a statement.",
        {QuoteKind::kDirect,
         {"Pfizer is gaming the system,"},
         "Harry Reid",
         "Harry Reid",
         true,
         "said"});
  }
  SECTION("“Q,” reads X: a cue for quoted words only") {
    CheckOnlyQuote(
        "“There are invertebrates with more spine than the senator,” reads an editorial in The "
        "Des Moines Register.",
        {QuoteKind::kDirect,
         {"There are invertebrates with more spine than the senator,"},
         "an editorial in The Des Moines Register",
         "editorial",
         false,
         "reads"});
  }
  SECTION("“Q,” X answered; X interjected: “Q”: verbs of manner in the past") {
    CheckOnlyQuote("“We will work out a fair system,” Helen Carter answered.",
                   {QuoteKind::kDirect,
                    {"We will work out a fair system,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "answered"});
    CheckOnlyQuote("Mark Whitfield interjected: “So the deadline will move?”",
                   {QuoteKind::kDirect,
                    {"So the deadline will move?"},
                    "Mark Whitfield",
                    "Mark Whitfield",
                    true,
                    "interjected"});
  }
  SECTION("“Q,” said former governor X: a lower-case title after the cue") {
    CheckOnlyQuote("“He is obviously struggling,” said former governor Howard Dean.",
                   {QuoteKind::kDirect,
                    {"He is obviously struggling,"},
                    "Howard Dean",
                    "Howard Dean",
                    true,
                    "said"});
  }
  SECTION("“Q,” X said, adding that CLAUSE: the participle shares the cue's speaker") {
    const std::string input =
        "“The deal is done,” Helen Carter said at a rally, adding that she expected no more "
        "strikes.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 2);
    CheckQuote(input, analysis, analysis.quotes[1],
               {QuoteKind::kIndirect,
                {"she expected no more strikes"},
                "Helen Carter",
                "Helen Carter",
                true,
                "adding"});
  }
  SECTION("“Q,” according to X") {
    CheckOnlyQuote("“No charges will be filed,” according to the prosecutor’s office.",
                   {QuoteKind::kDirect,
                    {"No charges will be filed,"},
                    "the prosecutor’s office",
                    "office",
                    false,
                    "according to"});
  }
}

TEST_CASE("Direct quotes with the attribution before the quote", "[quotes]") {
  SECTION("X: “Q”, the colon of a transcript") {
    const std::string input =
        "The debate turned to Syria.\n\nClinton: “Our goal is not to contain the group but to "
        "defeat it.”";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    const Quote& quote = analysis.quotes[0];
    CHECK(quote.text == "Our goal is not to contain the group but to defeat it.");
    REQUIRE(quote.speaker.has_value());
    REQUIRE(quote.speaker->span.has_value());
    CHECK(Slice(input, *quote.speaker->span) == "Clinton");
    REQUIRE(quote.cue.has_value());
    CHECK(quote.cue->text == ":");
  }
  SECTION("X said, “Q”") {
    CheckOnlyQuote("Senator Mark Whitfield said, “This budget does not add up.”",
                   {QuoteKind::kDirect,
                    {"This budget does not add up."},
                    "Mark Whitfield",
                    "Mark Whitfield",
                    true,
                    "said"});
  }
  SECTION("X said: “Q”") {
    CheckOnlyQuote("Governor Janet Mills said: “Nobody in this state will lose their pension.”",
                   {QuoteKind::kDirect,
                    {"Nobody in this state will lose their pension."},
                    "Janet Mills",
                    "Janet Mills",
                    true,
                    "said"});
  }
}

TEST_CASE("A quote split by its attribution is one quote in two spans", "[quotes]") {
  CheckOnlyQuote(
      "“We are not going to raise taxes,” Senator Mark Whitfield said, “and we are not going to "
      "cut schools.”",
      {QuoteKind::kDirect,
       {"We are not going to raise taxes,", "and we are not going to cut schools."},
       "Mark Whitfield",
       "Mark Whitfield",
       true,
       "said"});
}

TEST_CASE("Colon and dash attribution", "[quotes]") {
  SECTION("“Q” — Name") {
    CheckOnlyQuote("“We will not back down” — Emmanuel Macron", {QuoteKind::kDirect,
                                                                 {"We will not back down"},
                                                                 "Emmanuel Macron",
                                                                 "Emmanuel Macron",
                                                                 true,
                                                                 "—"});
  }
  SECTION("X was coy, saying: “Q”") {
    CheckOnlyQuote(
        "Asked about the merger, Helen Carter was coy, saying: “I don’t want to talk about "
        "that.”",
        {QuoteKind::kDirect,
         {"I don’t want to talk about that."},
         "Helen Carter",
         "Helen Carter",
         true,
         "saying"});
  }
  SECTION("X turned to the crowd: “Q”: a person's clause and a colon, no speech verb") {
    CheckOnlyQuote(
        "Senator Helen Carter then turned to the crowd again: “Let’s win this in November.”",
        {QuoteKind::kDirect,
         {"Let’s win this in November."},
         "Helen Carter",
         "Helen Carter",
         true,
         ":"});
  }
  SECTION("Said X, APPOSITIVE, “Q”: a cue in capitals opens the sentence") {
    CheckOnlyQuote(
        "Said Dorothy Poynter, who grew up on the same street, “We were all so proud of him.”",
        {QuoteKind::kDirect,
         {"We were all so proud of him."},
         "Dorothy Poynter",
         "Dorothy Poynter",
         true,
         "Said"});
  }
  SECTION("As X, APPOSITIVE, put it, “Q”: the idiom's subject speaks") {
    CheckOnlyQuote(
        "As Helen Carter, a professor of law at Yale, put it, “A compromise today may be far "
        "better than the alternative.”",
        {QuoteKind::kDirect,
         {"A compromise today may be far better than the alternative."},
         "Helen Carter",
         "Helen Carter",
         true,
         "put it"});
  }
  SECTION("Asked about it, X said, “Q”: an opening participle is no inverted cue") {
    const std::string input =
        "Asked a direct question about the emails, Helen Carter said, “I do take responsibility "
        "for that.”";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "I do take responsibility for that.") ==
          "Helen Carter");
  }
  SECTION("X seemed irritated: “Q,” she wrote: the attribution after the quote comes first") {
    CheckOnlyQuote(
        "Helen Carter seemed irritated: “It is a public statement! Just send it,” she wrote.",
        {QuoteKind::kDirect,
         {"It is a public statement! Just send it,"},
         "Helen Carter",
         "she",
         true,
         "wrote"});
  }
  SECTION("X continued: ⏎ “Q”: the cue before a colon that ends the paragraph before") {
    CheckOnlyQuote("Helen Carter continued:\n\n“The questions tonight were not about policy.”",
                   {QuoteKind::kDirect,
                    {"The questions tonight were not about policy."},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "continued"});
  }
  SECTION("Then, at a rally ..., she turned to the crowd: “Q”: adverbials, then a pronoun") {
    const std::string input =
        "Senator Helen Carter spoke in Ohio. Then, at a rally in a small town on Monday night, "
        "she turned to the crowd again: “We are going to win this state in November.”";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "We are going to win this state in November.") ==
          "Helen Carter");
  }
  SECTION("X offered up this bite: “Q”: a clause with a verb in -ed is no label") {
    CheckOnlyQuote(
        "Carter offered up this sound bite: “We are going to put a lot of miners out of work.”",
        {QuoteKind::kDirect,
         {"We are going to put a lot of miners out of work."},
         "Carter",
         "Carter",
         true,
         ":"});
  }
  SECTION("X delivered a snappy retort: “Q”: a noun that is also a cue, and no label") {
    CheckOnlyQuote(
        "Senator Maria Lopez delivered a snappy retort: “No one is tearing this law up.”",
        {QuoteKind::kDirect,
         {"No one is tearing this law up."},
         "Maria Lopez",
         "Maria Lopez",
         true,
         ":"});
  }
  SECTION("The email includes a line: “Q”: a thing that shows words is no speaker") {
    const std::string input =
        "The campaign email includes a postscript: “You can chip in $35 after you enter.”";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK_FALSE(analysis.quotes[0].speaker.has_value());
  }
  SECTION("Told the news, X said, “Q”: a cue in capitals with a cue after it opens no speaker") {
    CheckOnlyQuote(
        "Told the news on Monday, Helen Carter said, “We will keep fighting this decision in "
        "every court.”",
        {QuoteKind::kDirect,
         {"We will keep fighting this decision in every court."},
         "Helen Carter",
         "Helen Carter",
         true,
         "said"});
  }
}

TEST_CASE("A quote running over paragraphs is one quote", "[quotes]") {
  // News convention: each paragraph of a long quote opens with a mark and only the last closes.
  const std::string input =
      "Finance Minister Rachel Adams presented the budget on Wednesday.\n\n"
      "“This is a budget for growth. It rewards work and it protects the poorest families.\n\n"
      "“It is also a budget that keeps our promises to pensioners,” Adams said.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CheckQuote(input, analysis, analysis.quotes[0],
             {QuoteKind::kDirect,
              {"This is a budget for growth. It rewards work and it protects the poorest "
               "families.",
               "It is also a budget that keeps our promises to pensioners,"},
              "Rachel Adams",
              "Adams",
              true,
              "said"});
}

TEST_CASE("A floating quote paragraph inherits the speaker of the quote before it", "[quotes]") {
  SECTION("a quote paragraph after the attributed one") {
    const std::string input =
        "Opposition leader Keir Starmer met union leaders on Monday.\n\n"
        "“We need a pay deal that works for nurses and for patients. The current offer does not do "
        "that,” said Keir Starmer.\n\n"
        "“I will keep pushing the government until it listens.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* attributed = QuoteWithSpan(
        input, analysis,
        "We need a pay deal that works for nurses and for patients. The current offer does not "
        "do that,");
    REQUIRE(attributed != nullptr);
    REQUIRE(attributed->speaker.has_value());
    CHECK(attributed->speaker->name == "Keir Starmer");
    // Whether the floating paragraph is a quote of its own or a further span of the one before,
    // its words are Starmer's.
    const Quote* floating =
        QuoteWithSpan(input, analysis, "I will keep pushing the government until it listens.");
    REQUIRE(floating != nullptr);
    CHECK(floating->kind == QuoteKind::kDirect);
    REQUIRE(floating->speaker.has_value());
    CHECK(floating->speaker->name == "Keir Starmer");
    CHECK(floating->speaker->entity == attributed->speaker->entity);
  }
  SECTION("a second quote in the attributed quote's paragraph") {
    const std::string input =
        "Mark Whitfield arrived at the plant on Monday. “We are not going anywhere,” he said. "
        "“This town needs these jobs.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* second = QuoteWithSpan(input, analysis, "This town needs these jobs.");
    REQUIRE(second != nullptr);
    REQUIRE(second->speaker.has_value());
    CHECK(second->speaker->name == "Mark Whitfield");
    CHECK(second->speaker->entity.has_value());
  }
  SECTION("a quote after the end of one that ran over from the paragraph before") {
    // The first paragraph's quote has no closing mark: the second paragraph's first quote goes
    // on with it, and the attribution after that part also covers the quote after it.
    const std::string input =
        "Finance Minister Rachel Adams said: “There is no magic in a budget. It is a plan.\n\n"
        "“Calling it something else changes nothing,” Adams said. “Not once has anyone shown me "
        "a better plan.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* after =
        QuoteWithSpan(input, analysis, "Not once has anyone shown me a better plan.");
    REQUIRE(after != nullptr);
    REQUIRE(after->speaker.has_value());
    CHECK(after->speaker->name == "Rachel Adams");
  }
  SECTION("a second quote in a floating quote paragraph") {
    const std::string input =
        "“We need a pay deal that works for nurses,” said Keir Starmer.\n\n"
        "“I will keep pushing the government.” “It has to listen.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* second = QuoteWithSpan(input, analysis, "It has to listen.");
    REQUIRE(second != nullptr);
    REQUIRE(second->speaker.has_value());
    CHECK(second->speaker->name == "Keir Starmer");
  }
  SECTION("a quote paragraph after a sentence about a person takes that person") {
    const std::string input =
        "Chef Marco Valetti praised the governor’s leadership after the storm.\n\n"
        "“We need someone who is going to cut through the noise and bring people together.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(
        input, analysis,
        "We need someone who is going to cut through the noise and bring people together.");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    CHECK(quote->speaker->name == "Marco Valetti");
    REQUIRE(quote->speaker->span.has_value());
    CHECK(Slice(input, *quote->speaker->span) == "Marco Valetti");
    CHECK_FALSE(quote->cue.has_value());
    // Read off the sentence before, not said there: less sure than an attribution.
    CHECK(quote->confidence < 0.7);
  }
  SECTION("but not short quoted words, nor after an organization or a quotation") {
    const std::string input =
        "Chef Marco Valetti walked on stage.\n\n"
        "“Lock them up!”\n\n"
        "The city council approved the budget on Monday.\n\n"
        "“The budget protects every school and every library in the city this year.”\n\n"
        "Marco Valetti called the plan “a good start” on Tuesday.\n\n"
        "“The kitchens of this city will remember who stood with them this winter.”";
    const Analysis analysis = AnalyzeOk(input);
    int direct = 0;
    for (const Quote& quote : analysis.quotes) {
      INFO(quote.text);
      if (quote.kind != QuoteKind::kDirect) continue;
      ++direct;
      CHECK_FALSE(quote.speaker.has_value());
    }
    // The two long quote paragraphs, found with no speaker; the chant, short, is no quote.
    CHECK(direct == 2);
  }
  SECTION("not across a paragraph that quotes no one") {
    const std::string input =
        "“We need a pay deal that works for nurses,” said Keir Starmer.\n\n"
        "The talks broke up without an agreement on Monday.\n\n"
        "Outside, the crowd chanted. “Fair pay for every nurse in every hospital of this "
        "country, now.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* chant = QuoteWithSpan(
        input, analysis, "Fair pay for every nurse in every hospital of this country, now.");
    REQUIRE(chant != nullptr);
    CHECK_FALSE(chant->speaker.has_value());
  }
}

TEST_CASE("Quoted words inside a reported clause make a mixed quote", "[quotes]") {
  CheckOnlyQuote(
      "Prime Minister Rachel Adams said her government had held “very productive” talks with the "
      "unions.",
      {QuoteKind::kMixed,
       {"her government had held “very productive” talks with the unions"},
       "Rachel Adams",
       "Rachel Adams",
       true,
       "said"});
}

TEST_CASE("A quoted fragment after an evaluative verb is a partial quote", "[quotes]") {
  SECTION("praised X as a “...”") {
    CheckOnlyQuote(
        "Coach Dana Reyes praised her goalkeeper as a “wall with gloves” after the final.",
        {QuoteKind::kPartial, {"wall with gloves"}, "Dana Reyes", "Dana Reyes", true, "praised"});
  }
  SECTION("called X “...”") {
    CheckOnlyQuote("Senator Mark Whitfield called the proposal “a gift to landlords” on Wednesday.",
                   {QuoteKind::kPartial,
                    {"a gift to landlords"},
                    "Mark Whitfield",
                    "Mark Whitfield",
                    true,
                    "called"});
  }
  SECTION("called X announced by Y “...”: the participle describes the object") {
    CheckOnlyQuote(
        "Senator Mark Whitfield called a scheme announced by the government “a promise on "
        "paper”.",
        {QuoteKind::kPartial,
         {"a promise on paper"},
         "Mark Whitfield",
         "Mark Whitfield",
         true,
         "called"});
  }
}

TEST_CASE("A headline quotation with a colon and its speaker", "[quotes]") {
  SECTION("‘Q’: NOUN PHRASE VERBS ...: the speaker of the same words in the story") {
    const std::string input =
        "‘We were cheated’: City boss rages after late winner\n\n"
        "Riverside City manager Paul Grayson accused the referee of bias after a late penalty "
        "decided Sunday’s game.\n\n"
        "“We were cheated, it is as simple as that,” Grayson said.\n";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.document.paragraphs.front().role == newslens::ParagraphRole::kHeadline);
    const Quote* quote = QuoteWithSpan(input, analysis, "We were cheated");
    REQUIRE(quote != nullptr);
    CHECK(quote->kind == QuoteKind::kDirect);
    REQUIRE(quote->speaker.has_value());
    CHECK(quote->speaker->name == "Paul Grayson");
    REQUIRE(quote->speaker->span.has_value());
    // The headline's words that name him: "boss", or "City" where the tagger reads the club's
    // name there (as the model retrained at stop 38 does).
    const std::string span = Slice(input, *quote->speaker->span);
    CHECK((span == "boss" || span == "City"));
    CHECK_FALSE(quote->cue.has_value());
  }
  SECTION("no such words in the story: the speaker phrase itself") {
    const std::string input =
        "‘Nobody listened to us’: Union leader hits out at rail bosses\n\n"
        "Rail workers will strike on Friday.\n";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "Nobody listened to us") == "Union leader");
  }
}

TEST_CASE("Transcript turns and headlines that quote after a speaker's label", "[quotes]") {
  SECTION("NAME IN CAPITALS: words, for a person named in the text") {
    const std::string input =
        "Senator Mark Ellison spoke to the host, Jane Porter, on Sunday.\n\n"
        "PORTER: Will you vote for the budget this week?\n\n"
        "ELLISON: Not in its current form, and I have told the leadership so.\n";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(
        input, analysis, "Not in its current form, and I have told the leadership so.");
    REQUIRE(quote != nullptr);
    CHECK(quote->kind == QuoteKind::kDirect);
    REQUIRE(quote->speaker.has_value());
    REQUIRE(quote->speaker->span.has_value());
    CHECK(Slice(input, *quote->speaker->span) == "ELLISON");
    REQUIRE(quote->cue.has_value());
    CHECK(quote->cue->text == ":");
    CHECK(QuoteWithSpan(input, analysis, "Will you vote for the budget this week?") != nullptr);
  }
  SECTION("Name: headline words") {
    CheckOnlyQuote("Helen Carter: The Plant Will Stay Open\n\nThe plant employs 400 people.\n",
                   {QuoteKind::kDirect,
                    {"The Plant Will Stay Open"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    ":"});
  }
  SECTION("a headline's label: a name after words that describe, words in marks") {
    CheckOnlyQuote(
        "Hacker Guccifer: Their Server Was ‘Like an Open Orchid’\n\nThe hacker Guccifer spoke to "
        "NBC "
        "News on Tuesday.\n",
        {QuoteKind::kMixed,
         {"Their Server Was ‘Like an Open Orchid’"},
         "Guccifer",
         "Guccifer",
         true,
         ":"});
  }
  SECTION("a headline's label: the speaker, then to whom") {
    CheckOnlyQuote(
        "Helen Carter to Workers: The Plant Will Stay Open\n\nThe plant employs 400 people.\n",
        {QuoteKind::kDirect,
         {"The Plant Will Stay Open"},
         "Helen Carter",
         "Helen Carter",
         true,
         ":"});
  }
  SECTION("a headline's label: a name after a preposition is what it is about") {
    CHECK(AnalyzeOk("Big Win For Carter: The Plant Will Stay Open\n\nHelen Carter runs the "
                    "plant.\n")
              .quotes.empty());
  }
  SECTION("UPDATE: is no one") {
    const Analysis analysis = AnalyzeOk(
        "The plant will close in May.\n\nUPDATE: The company has since delayed the closure to "
        "June.\n");
    CHECK(analysis.quotes.empty());
  }
  SECTION("turns in quotation marks, one turn to a speaker, a label that opens turns") {
    // Each paragraph opens with a mark no mark closes: the marks alone would make one quote.
    const std::string input =
        "Senator Mark Ellison spoke on Sunday. Partial transcript as follows:\n\n"
        "\"PORTER: Will you vote for the budget this week?\n\n"
        "\"ELLISON: Not in its current form, and I have told the leadership so.\n\n"
        "\"PORTER: Why not?\n\n"
        "\"ELLISON: Because it cuts the schools.\"\n";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* answer = QuoteWithSpan(
        input, analysis, "Not in its current form, and I have told the leadership so.");
    REQUIRE(answer != nullptr);
    REQUIRE(answer->speaker.has_value());
    CHECK(answer->speaker->name == "Mark Ellison");
    const Quote* question =
        QuoteWithSpan(input, analysis, "Will you vote for the budget this week?");
    REQUIRE(question != nullptr);
    REQUIRE(question->speaker.has_value());
    // Porter is named nowhere but in the labels: the name as a reader writes it.
    CHECK(question->speaker->name == "Porter");
    CHECK_FALSE(question->speaker->entity.has_value());
  }
}

TEST_CASE("Attributions after the closing mark: verbs of manner, long appositives", "[quotes]") {
  SECTION("“Q,” mused X") {
    CheckOnlyQuote("“Imagine the three of them on one stage,” mused radio host Stu Bergman.",
                   {QuoteKind::kDirect,
                    {"Imagine the three of them on one stage,"},
                    "Stu Bergman",
                    "Stu Bergman",
                    true,
                    "mused"});
  }
  SECTION("“Q,” X, Democrat of Tennessee, told Y: a cue nine tokens after the mark") {
    const std::string input =
        "“That was a good speech you gave last night, Mr. President,” Representative Steve "
        "Cohen, Democrat of Tennessee, told Mr. Obama.";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(
        input, analysis, "That was a good speech you gave last night, Mr. President,");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    CHECK(quote->speaker->name == "Steve Cohen");
    REQUIRE(quote->cue.has_value());
    CHECK(quote->cue->text == "told");
  }
}

TEST_CASE("A headline speaker named by organization and role", "[quotes]") {
  SECTION("‘Q’: Rovers boss ...: the person the story introduces as Kingsway Rovers manager") {
    const std::string input =
        "‘Nobody listened to us’: Rovers boss hits out after late defeat\n\n"
        "MANCHESTER — Kingsway Rovers manager Paul Grayson criticised the referee after a late "
        "penalty.\n\n"
        "Rovers had led until the 71st minute.\n";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(input, analysis, "Nobody listened to us");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    CHECK(quote->speaker->name == "Paul Grayson");
    CHECK(quote->speaker->entity.has_value());
  }
}

// quoted_pass.cc ShareParagraphSpeakers(): a fragment attributed right after it is speech the
// paragraph's next quotation goes on with.
TEST_CASE("A quotation after attributed words in its paragraph continues them", "[quotes]") {
  CheckOnlyQuote(
      "The answers to the shortage are \u201Cnot meeting the demand,\u201D says Paul Reyes, "
      "founder of Veterans First. \u201CWe often compare it to the early days of a crisis.\u201D",
      {QuoteKind::kMixed,
       {"The answers to the shortage are \u201Cnot meeting the demand,\u201D",
        "We often compare it to the early days of a crisis."},
       "Paul Reyes",
       "Paul Reyes",
       true,
       "says"});
}

// indirect_pass.cc ContinueReportedSpeech(): a quotation without an attribution that opens
// the sentence after reported speech, in its paragraph, goes on with it.
TEST_CASE("A quotation after reported speech in its paragraph continues it", "[quotes]") {
  CheckOnlyQuote(
      "The plan drew praise. \u201CI have admiration for the mechanics\u201D of the plan, Ms. "
      "Dale said. \u201CThey are more detailed than the others.\u201D",
      {QuoteKind::kMixed,
       {"\u201CI have admiration for the mechanics\u201D of the plan",
        "They are more detailed than the others."},
       "Dale",
       "Dale",
       true,
       "said"});
}
