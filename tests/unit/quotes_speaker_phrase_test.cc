// Quotes end to end, the speaker phrase: which words of an attribution name the speaker, and
// the entity they mean: appositives and titles around a name, passives, pronouns, descriptions
// long or short, relative clauses, the subjects of polls and studies, and attributions that name
// no one. (speakers_test.cc takes whom the reference layer says a phrase means.)
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

TEST_CASE("An appositive between the speaker and the cue", "[quotes]") {
  SECTION("X, a nurse at ..., said: “Q”") {
    CheckOnlyQuote(
        "Amara Osei, a nurse at the county hospital, said: “The ward is full every "
        "night.”",
        {QuoteKind::kDirect,
         {"The ward is full every night."},
         "Amara Osei",
         "Amara Osei",
         true,
         "said"});
  }
  SECTION("X, who ... in Aurora, Colorado, in 2012, said: several commas in a relative clause") {
    CheckOnlyQuote(
        "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said the "
        "senator had treated her family badly.",
        {QuoteKind::kIndirect,
         {"the senator had treated her family badly"},
         "Sandy Phillips",
         "Sandy Phillips",
         true,
         "said"});
  }
  SECTION("X, which ... A, B, C and D, said: a relative clause that ends in a list") {
    CheckOnlyQuote(
        "Kai Lund chairs the Northern Producers Alliance. The alliance, which bargains for Paragon "
        "Pictures, Halcyon Studios, streamer Northlight and five other companies, said the deal "
        "was worth $1.2 billion.",
        {QuoteKind::kIndirect,
         {"the deal was worth $1.2 billion"},
         "The alliance",
         "alliance",
         false,
         "said"});
  }
  SECTION("X, president of Y, which ..., said: a relative clause after an appositive") {
    CheckOnlyQuote(
        "Nadia Karim, president of the Riverside Teachers Union, which represents 9,000 "
        "teachers, said the strike would go on.",
        {QuoteKind::kIndirect,
         {"the strike would go on"},
         "Nadia Karim",
         "Nadia Karim",
         true,
         "said"});
  }
  SECTION("X, spokeswoman for Y, Y's description, said: two appositives") {
    CheckOnlyQuote(
        "Nerea Goikoetxea, spokeswoman for the Federaci\u00F3n de Pe\u00F1as Valdemoristas, the "
        "club\u2019s largest supporters\u2019 group, said members were angry.",
        {QuoteKind::kIndirect,
         {"members were angry"},
         "Nerea Goikoetxea",
         "Nerea Goikoetxea",
         true,
         "said"});
  }
  SECTION("X, 59, of Ashton, Md., who ..., said: labels and a place before a relative") {
    CheckOnlyQuote(
        "Donna Reyes, 59, of Ashton, Md., who watched the ceremony on a screen, said the day "
        "brought back memories.",
        {QuoteKind::kIndirect,
         {"the day brought back memories"},
         "Donna Reyes",
         "Donna Reyes",
         true,
         "said"});
  }
  SECTION("X, facing ... in Iowa, a swing state, said: a participle, then an appositive") {
    CheckOnlyQuote(
        "Senator Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said he "
        "would welcome the debate.",
        {QuoteKind::kIndirect,
         {"he would welcome the debate"},
         "Chuck Grassley",
         "Chuck Grassley",
         true,
         "said"});
  }
  SECTION("X - who ... - has vowed: a relative clause between dashes") {
    CheckOnlyQuote(
        "Bernie Sanders - who flew home to Vermont on Wednesday - has vowed to fight on.",
        {QuoteKind::kIndirect, {"to fight on"}, "Bernie Sanders", "Bernie Sanders", true, "vowed"});
  }
  SECTION("“Q,” X, Y's campaign manager, said: a description that opens with a name") {
    CheckOnlyQuote(
        "“We will appeal,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
        {QuoteKind::kDirect, {"We will appeal,"}, "Jeff Weaver", "Jeff Weaver", true, "said"});
  }
  SECTION("“Q,” X, a nurse at ..., said") {
    CheckOnlyQuote(
        "“We are running out of beds,” Amara Osei, a nurse at the county hospital, said.",
        {QuoteKind::kDirect,
         {"We are running out of beds,"},
         "Amara Osei",
         "Amara Osei",
         true,
         "said"});
  }
}

TEST_CASE("A name in apposition to a description is the speaker", "[quotes]") {
  // The description says who the person is; the name says which person speaks.
  SECTION("after an opening phrase: ..., the board's chairman, Sir X, wrote that CLAUSE") {
    CheckOnlyQuote(
        "In a 2018 letter, the board’s chairman, Sir Geoffrey Lamb, wrote that the collection "
        "was held in trust for the world.",
        {QuoteKind::kIndirect,
         {"the collection was held in trust for the world"},
         "Geoffrey Lamb",
         "Geoffrey Lamb",
         true,
         "wrote"});
  }
  SECTION("opening the sentence, with a title: The museum's former curator, Dr. X, said") {
    CheckOnlyQuote("The museum’s former curator, Dr. Ruth Okonkwo, said the return was overdue.",
                   {QuoteKind::kIndirect,
                    {"the return was overdue"},
                    "Ruth Okonkwo",
                    "Ruth Okonkwo",
                    true,
                    "said"});
  }
  SECTION("with a minister's fields before the name: Her counterpart, A and B Minister X, said") {
    CheckOnlyQuote(
        "Her Danish counterpart, Food and Fisheries Minister Kasper Brandt-Nielsen, struck a "
        "softer tone but warned that Copenhagen would not accept a cut.",
        {QuoteKind::kIndirect,
         {"Copenhagen would not accept a cut"},
         "Kasper Brandt-Nielsen",
         "Kasper Brandt-Nielsen",
         true,
         "warned"});
  }
  SECTION("a minister's fields listed with commas before the name: A, B and C Minister X") {
    CheckOnlyQuote(
        "Economy, Trade and Industry Minister Reiko Sanogawa welcomed the decision, calling the "
        "plant “a cornerstone of Japan’s economic security” at a briefing.",
        {QuoteKind::kPartial,
         {"a cornerstone of Japan’s economic security"},
         "Reiko Sanogawa",
         "Reiko Sanogawa",
         true,
         "calling"});
  }
  SECTION("with a rank's letters after the name: The family's barrister, X KC, said") {
    CheckOnlyQuote("The family’s barrister, Anand Sethuraman KC, said the hospital had failed.",
                   {QuoteKind::kIndirect,
                    {"the hospital had failed"},
                    "Anand Sethuraman",
                    "Anand Sethuraman",
                    true,
                    "said"});
  }
}

TEST_CASE("A title before the name is not part of the speaker", "[quotes]") {
  // The speaker is the person, Vladimir Putin; "Russian President" is his title.
  const std::string input = "“The talks were useful,” said Russian President Vladimir Putin.";
  CheckOnlyQuote(input, {QuoteKind::kDirect,
                         {"The talks were useful,"},
                         "Vladimir Putin",
                         "Vladimir Putin",
                         true,
                         "said"});
}

TEST_CASE("A passive attribution: X was quoted as saying", "[quotes]") {
  CheckOnlyQuote("Angela Merkel was quoted as saying: “We will manage this.”",
                 {QuoteKind::kDirect,
                  {"We will manage this."},
                  "Angela Merkel",
                  "Angela Merkel",
                  true,
                  "saying"});
}

TEST_CASE("A pronoun speaker is resolved to the person", "[quotes]") {
  SECTION("he said, after the person's name") {
    const std::string input =
        "Carlos Mendoza arrived an hour late. “The roads were closed all the way from the "
        "coast,” he said.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CheckQuote(input, analysis, analysis.quotes[0],
               {QuoteKind::kDirect,
                {"The roads were closed all the way from the coast,"},
                "Carlos Mendoza",
                "he",
                true,
                "said"});
  }
  SECTION("she said, with a man named closer: the gender decides") {
    // "He" inside the quote is someone the speaker talks about, not the speaker.
    const std::string input =
        "Helen Carter and Mark Whitfield met on Monday. “He promised me the plant would stay "
        "open,” she said.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CheckQuote(input, analysis, analysis.quotes[0],
               {QuoteKind::kDirect,
                {"He promised me the plant would stay open,"},
                "Helen Carter",
                "she",
                true,
                "said"});
  }
}

TEST_CASE("A speaker that is not a named entity is the phrase itself", "[quotes]") {
  SECTION("“Q,” a police spokesman said") {
    CheckOnlyQuote("“No decision has been made,” a police spokesman said.",
                   {QuoteKind::kDirect,
                    {"No decision has been made,"},
                    "a police spokesman",
                    "police spokesman",
                    false,
                    "said"});
  }
  SECTION("A spokesman for an organization said: “Q”") {
    // The spokesman speaks for the organization, whose name is the speaker's (the phrase's head
    // stays the spokesman); a spokesman for a person is the spokesman (below).
    CheckOnlyQuote("A spokesman for the State Department said: “We are aware of the reports.”",
                   {QuoteKind::kDirect,
                    {"We are aware of the reports."},
                    "State Department",
                    "spokesman",
                    true,
                    "said"});
    CheckOnlyQuote("A spokesman for Trump said: “We are aware of the reports.”",
                   {QuoteKind::kDirect,
                    {"We are aware of the reports."},
                    "A spokesman for Trump",
                    "spokesman",
                    false,
                    "said"});
  }
  SECTION("Analysts at an organization said CLAUSE: the organization speaks through them") {
    // The phrase holds the organization; the name shown is the organization's, which the
    // who-said-what table groups with its other reports.
    CheckOnlyQuote("Analysts at Larch Capital said the delay was sensible.",
                   {QuoteKind::kIndirect,
                    {"the delay was sensible"},
                    "Larch Capital",
                    "Analysts",
                    true,
                    "said"});
  }
  SECTION("according to a person familiar with ...: the modifier is part of the phrase") {
    CheckOnlyQuote(
        "The cuts will fall mostly on engineering staff, according to a person familiar with the "
        "plans who was not authorised to speak publicly.",
        {QuoteKind::kIndirect,
         {"The cuts will fall mostly on engineering staff"},
         "a person familiar with the plans",
         "person",
         false,
         "according to"});
  }
  SECTION("according to a summary released by ...") {
    CheckOnlyQuote(
        "The agreement adds 120 drivers, according to a summary released by the mayor’s office.",
        {QuoteKind::kIndirect,
         {"The agreement adds 120 drivers"},
         "a summary released by the mayor’s office",
         "summary",
         false,
         "according to"});
  }
  SECTION("“Q,” a senior official told reporters") {
    CheckOnlyQuote("“We are monitoring the situation closely,” a senior official told reporters.",
                   {QuoteKind::kDirect,
                    {"We are monitoring the situation closely,"},
                    "a senior official",
                    "senior official",
                    false,
                    "told"});
  }
}

TEST_CASE("What studies find, and speakers described at length", "[quotes]") {
  SECTION("CLAUSE, a survey of ... has found: a long subject and an auxiliary") {
    CheckOnlyQuote(
        "Pupils who skip breakfast score lower in maths, a survey of nearly 2,300 children in "
        "Kent and Essex has found.",
        {QuoteKind::kIndirect,
         {"Pupils who skip breakfast score lower in maths"},
         "a survey of nearly 2,300 children in Kent and Essex",
         "survey",
         false,
         "found"});
  }
  SECTION("X found that CLAUSE") {
    CheckOnlyQuote(
        "Scientists at the University of Bristol found that pupils who ate breakfast were twice "
        "as likely to finish the test.",
        {QuoteKind::kIndirect,
         {"pupils who ate breakfast were twice as likely to finish the test"},
         "Scientists at the University of Bristol",
         "Scientists",
         false,
         "found"});
  }
  SECTION("found + an object is no report") {
    const Analysis analysis =
        AnalyzeOk("Divers found the wreck of the ferry on Tuesday, and a jury found him guilty.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("About N percent of X said: a count opens the subject") {
    CheckOnlyQuote("About 40 percent of the parents said they packed a lunch every day.",
                   {QuoteKind::kIndirect,
                    {"they packed a lunch every day"},
                    "About 40 percent of the parents",
                    "40 percent",
                    false,
                    "said"});
  }
  SECTION("CLAUSE, said [role in small letters] NAME, APPOSITIVE") {
    CheckOnlyQuote(
        "The gap was widest among 11-year-olds, said senior researcher Tom Hadley, a lecturer "
        "at the university.",
        {QuoteKind::kIndirect,
         {"The gap was widest among 11-year-olds"},
         "Tom Hadley",
         "Tom Hadley",
         true,
         "said"});
  }
  SECTION(", X have vowed to ...: the main clause, not an inverted attribution") {
    const Analysis analysis = AnalyzeOk(
        "In the short term, Republican senators have vowed to block the nominee, meaning the "
        "court will stay short-handed.");
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == "to block the nominee");
  }
}

TEST_CASE("A pronoun speaker stands for the speaker just before", "[quotes]") {
  SECTION("she after a spokeswoman named by role, not the woman named earlier") {
    const std::string input =
        "“We will rebuild the pier,” Helen Carter, who chairs the harbour trust, said.\n\n"
        "A spokeswoman for Dorset Police said officers had spoken to 40 witnesses.\n\n"
        "“This was a reckless act,” she said, “and we will find those responsible.”\n";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(input, analysis, "This was a reckless act,");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    // (The spokeswoman speaks for the force: its name is the speaker's.)
    CHECK(quote->speaker->name == "Dorset Police");
    REQUIRE(quote->speaker->span.has_value());
    CHECK(Slice(input, *quote->speaker->span) == "she");
  }
  SECTION("he left unresolved takes the previous speaker of his gender") {
    // The name is more than three sentences back: the pronoun linker leaves "He" alone.
    const std::string input =
        "“I have never seen a worse decision,” Paul Grayson said.\n\n"
        "“The players gave everything. They deserved more.”\n\n"
        "“We were beaten by the referee, plain and simple,” said the 52-year-old, who was sent "
        "to the stands.\n\n"
        "He said he would speak to the players on Monday.\n";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(input, analysis, "he would speak to the players on Monday");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    CHECK(quote->speaker->name == "Paul Grayson");
    REQUIRE(quote->speaker->span.has_value());
    CHECK(Slice(input, *quote->speaker->span) == "He");
  }
}

TEST_CASE("A speaker described at length before a relative clause", "[quotes]") {
  SECTION("X from Y, who asked not to be named ..., said: X from Y speaks; the request is none") {
    CheckOnlyQuote(
        "An official from a southern member state, who asked not to be named because the talks "
        "were confidential, said the deal was likely to collapse.",
        {QuoteKind::kIndirect,
         {"the deal was likely to collapse"},
         "An official from a southern member state",
         "official",
         false,
         "said"});
  }
  SECTION("a ruling her lawyer described as ...: a relative clause without that") {
    const std::string input =
        "Kenyan runner Naomi Chepngeno was banned for four years, the board said, in a ruling "
        "her lawyer described as \"deeply flawed\".\n\nHer lawyer, Farouk Abdalla Mwinyi, said "
        "she had taken no banned substance.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "deeply flawed") == "Farouk Abdalla Mwinyi");
  }
  SECTION("X who VERB ... said: a relative clause without commas, its object no speaker") {
    const std::string input =
        "A White House official who spoke anonymously to discuss the strategy said the talks "
        "had stalled. Senior campaign advisers who have run the numbers argue that the race "
        "is over. Democrats in Iowa who watched the debate said they were unfazed.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the talks had stalled") ==
          "A White House official");
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the race is over") ==
          "Senior campaign advisers");
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "they were unfazed") == "Democrats");
    // As long as a lead's, past a possessive.
    const std::string lead =
        "A landlady who has pulled pints at one of Thornleigh's oldest pubs for almost three "
        "decades says she is gutted.";
    const Analysis landlady = AnalyzeOk(lead);
    CHECK(SpeakerOfQuoteWithSpan(lead, landlady, "she is gutted") == "A landlady");
  }
  SECTION("X, a description who VERB ..., said: the name the description stands beside") {
    const std::string input =
        "Geoff Garin, a Democratic pollster who is working with Priorities USA, a super PAC, "
        "said the primaries have hurt her.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the primaries have hurt her") == "Geoff Garin");
  }
  SECTION("X, who ..., reiterated his frustration: the subject is no reported words") {
    const std::string input =
        "Obama, who has denounced the attack as an act of terror, reiterated his frustration "
        "over the easy availability of guns.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    REQUIRE(analysis.quotes[0].speaker.has_value());
    CHECK(analysis.quotes[0].speaker->name == "Obama");
  }
}

TEST_CASE("Subjects of poll and survey reports", "[quotes]") {
  SECTION("Some say: a determiner standing alone is the subject") {
    CheckOnlyQuote("Some say the new bridge will never carry trains.",
                   {QuoteKind::kIndirect,
                    {"the new bridge will never carry trains"},
                    "Some",
                    "Some",
                    false,
                    "say"});
  }
  SECTION("those surveyed say: a participle before a cue that is also a noun") {
    CheckOnlyQuote("By wide margins, those surveyed say housing should come first.",
                   {QuoteKind::kIndirect,
                    {"housing should come first"},
                    "those surveyed",
                    "surveyed",
                    false,
                    "say"});
  }
  SECTION("About four out of 10 voters said: a count in words") {
    CheckOnlyQuote("About four out of 10 voters said the economy was getting worse.",
                   {QuoteKind::kIndirect,
                    {"the economy was getting worse"},
                    "About four out of 10 voters",
                    "four out",
                    false,
                    "said"});
  }
  SECTION("the final say is a noun") {
    const Analysis analysis = AnalyzeOk("The council will have the final say on the plan.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("police say, a third say: nouns that take a plural verb without an -s") {
    const std::string input =
        "But Cologne police say they have not found the suspects. Nearly a third say they do "
        "not know.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "they have not found the suspects") ==
          "Cologne police");
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "they do not know") == "Nearly a third");
  }
  SECTION("police reports, a police report: after them only say is a verb") {
    CHECK(AnalyzeOk("She filed four police reports against him over two decades of marriage.")
              .quotes.empty());
    CHECK(AnalyzeOk("She showed a police report that the car was stolen.").quotes.empty());
  }
}

TEST_CASE("Speakers past relative that, opening times, and of participles after a cue",
          "[quotes]") {
  SECTION("the material that investigators said ...: the speaker starts after that") {
    const std::string input =
        "The hearing turned on the small amount of classified material that investigators said "
        "they found on the server.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    REQUIRE(analysis.quotes[0].speaker.has_value());
    CHECK(analysis.quotes[0].speaker->name == "investigators");
  }
  SECTION("Last week, X ... and said ...: the subject is past the opening time") {
    const std::string input =
        "Last week, the Carter campaign called for an inquiry into the water supply and said "
        "the state should test every school.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the state should test every school") ==
          "the Carter campaign");
  }
  SECTION("Y cannot say that ..., X added, saying ...: the participle shares the cue's speaker") {
    const std::string input =
        "Comey cannot say that “from his perspective,” Lewandowski added, saying it should be up "
        "to the prosecutor.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "it should be up to the prosecutor") ==
          "Lewandowski");
  }
  SECTION("..., X said in a statement, adding that ...: past the words that modify the cue") {
    const std::string input =
        "Riders caught without insurance could be fined up to $2,000, the ministry said in a "
        "statement, adding that the measures were aimed at restoring confidence.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                                 "the measures were aimed at restoring confidence") ==
          "the ministry");
    // Not past an object: "claims" is no cue there.
    const std::string object =
        "Mayor Siyabonga Ntshangase spoke on Monday. Ntshangase rejected claims of "
        "mismanagement, saying the council had inherited decades of underinvestment.";
    const Analysis mayor = AnalyzeOk(object);
    CHECK(SpeakerOfQuoteWithSpan(object, mayor,
                                 "the council had inherited decades of underinvestment") ==
          "Siyabonga Ntshangase");
  }
  SECTION("X verbs the object, arguing ...: the verb before an article ends the subject") {
    const std::string input =
        "Senator Maria Lopez criticized the plan on Monday. In a letter released Monday, Lopez "
        "rips the agreement, arguing that the deal favors the creditors.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the deal favors the creditors") ==
          "Maria Lopez");
  }
  SECTION("X shot back, saying ...: the verb before a particle ends the subject") {
    const std::string input =
        "Governor Tom Reyes was asked about the storm. Reyes shot back in a statement, saying "
        "the roads were clear by noon.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the roads were clear by noon") == "Tom Reyes");
  }
  SECTION("a noun before a preposition and its article is still the subject's") {
    const std::string input =
        "The director of the museum, Ruth Okafor, said the collection would reopen in May.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the collection would reopen in May") ==
          "Ruth Okafor");
  }
}

TEST_CASE("Shares and ratios as speakers; a possessive opens a reported clause", "[quotes]") {
  SECTION("Two in three said") {
    CheckOnlyQuote("Two in three said they would vote for the levy.",
                   {QuoteKind::kIndirect,
                    {"they would vote for the levy"},
                    "Two in three",
                    "Two in three",
                    false,
                    "said"});
  }
  SECTION("26% say") {
    CheckOnlyQuote("Among younger voters, 26% say they are conservative.",
                   {QuoteKind::kIndirect, {"they are conservative"}, "26%", "26", false, "say"});
  }
  SECTION("“Q!,” X said his ...: the cue reports its own clause, not the chant") {
    const std::string input =
        "Greeted by chants of “Marco! Marco!,” the senator said his campaign was closing "
        "strongly.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == "his campaign was closing strongly");
  }
}

TEST_CASE("A plural subject right before a participle cue", "[quotes]") {
  SECTION("with 30 percent of voters saying ...") {
    const std::string input =
        "Carter has improved her standing, with 30 percent of voters saying they have a "
        "positive view of her.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "they have a positive view of her") ==
          "30 percent of voters");
  }
  SECTION("a text to supporters saying: the object is not the speaker") {
    const std::string input =
        "The Carter campaign sent a text message to supporters saying the race was tied.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    REQUIRE(analysis.quotes[0].speaker.has_value());
    CHECK(analysis.quotes[0].speaker->name != "supporters");
  }
}

TEST_CASE("A restrictive relative clause names its speaker", "[quotes]") {
  SECTION("voters who said ...: who stands for the voters") {
    const std::string input = "Carter won among the voters who said they cared most about honesty.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text == "they cared most about honesty");
    REQUIRE(analysis.quotes[0].speaker.has_value());
    CHECK(analysis.quotes[0].speaker->name == "the voters");
    REQUIRE(analysis.quotes[0].speaker->span.has_value());
    CHECK(Slice(input, *analysis.quotes[0].speaker->span) == "who");
  }
}

TEST_CASE("A clause subject past an opening count of time", "[quotes]") {
  SECTION("Eight years ago, X ... and said ...") {
    const std::string input =
        "Eight years ago, Sharpton backed Carter over Ruiz and said the party had failed black "
        "voters.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the party had failed black voters") ==
          "Sharpton");
  }
}

// noun_phrases.cc NounPhraseLeft(): a capitalized determiner after a word in small letters
// opens a sentence whose full stop was lost.
TEST_CASE("A speaker phrase starts at a capitalized determiner mid-sentence", "[quotes]") {
  const std::string input =
      "The agency said it was taking steps to increase its oversight of the regional centers "
      "The commission said it would increase oversight as well.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "it would increase oversight as well") ==
        "The commission");
}

// speaker_phrases.cc RelativeSpeaker(): "who" stands for a person, not for the body a phrase
// ends with.
TEST_CASE("who after a body's name stands for the person the phrase describes", "[quotes]") {
  const std::string input =
      "Investigators want to question John Bentel, a tech staffer at the State Department who "
      "told his subordinates never to speak of the server.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "never to speak of the server") == "John Bentel");
}

// speaker_phrases.cc RelativeSpeaker(): "which" stands for the body named right before it, not
// the phrase that name ends.
TEST_CASE("which after a body's name stands for the body", "[quotes]") {
  const std::string input =
      "She created a review board over the objections of the Brennan Patrolmen\u2019s "
      "Benevolent Association, which warned that it would \u201Cput politics in every patrol "
      "car.\u201D";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                               "it would \u201Cput politics in every patrol car.\u201D") ==
        "Brennan Patrolmen\u2019s Benevolent Association");
}

// descriptions.cc DescriptionAt(): a nationality's adjective in -ine names one of its people.
TEST_CASE("the Argentine added: the speaker the paragraph before named", "[quotes]") {
  const std::string input =
      "Her coach, Esteban Quiroga, said pulling out had been hard for the Norwegian.\n\n"
      "\u201CShe hit for 40 minutes yesterday,\u201D Quiroga told BBC Sport.\n\n"
      "\u201CAnika wanted to play. But she is 24,\u201D the Argentine added.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "Anika wanted to play. But she is 24,") ==
        "Esteban Quiroga");
}

TEST_CASE("which after a body's name and its acronym stands for the body", "[quotes]") {
  const std::string input =
      "Another 23 people remained missing on Sunday, according to the National Emergency "
      "Office (ONAE), which said rescue teams were searching the mud with dogs.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "rescue teams were searching the mud with dogs") ==
        "National Emergency Office");
}

// speaker_phrases.cc: a count of time without its comma, between the subject and the cue or
// opening the clause (cues.cc SkipCountOfTime).
TEST_CASE("A count of time is no part of the speaker phrase", "[quotes]") {
  SECTION("X less than two weeks ago said") {
    const std::string input =
        "The State Department less than two weeks ago said for the first time that classified "
        "intelligence had passed through the server.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis,
                                 "classified intelligence had passed through the server") ==
          "State Department");
  }
  SECTION("A few minutes later they ... and said") {
    const std::string input =
        "A few minutes later they reversed themselves, rushed everyone inside the room and said "
        "they will register voters while the caucus is under way.";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote =
        QuoteWithSpan(input, analysis, "they will register voters while the caucus is under way");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    REQUIRE(quote->speaker->span.has_value());
    CHECK(Slice(input, *quote->speaker->span) == "they");
  }
}

// noun_phrases.cc InNounPhrase(): "what" opens a clause; the cue's subject comes after it.
TEST_CASE("A speaker phrase does not reach back over what", "[quotes]") {
  SECTION("half of what researchers say") {
    const std::string input =
        "Funding is still less than half of what researchers say they need every year.";
    const Analysis analysis = AnalyzeOk(input);
    CHECK(SpeakerOfQuoteWithSpan(input, analysis, "they need every year") == "researchers");
  }
  SECTION("thinks of what his parents told him") {
    const std::string input =
        "Perez said he often thinks of what his parents told him: “In order to get to heaven, "
        "you have to have letters of reference from poor people.”";
    const Analysis analysis = AnalyzeOk(input);
    const Quote* quote = QuoteWithSpan(
        input, analysis,
        "In order to get to heaven, you have to have letters of reference from poor people.");
    REQUIRE(quote != nullptr);
    REQUIRE(quote->speaker.has_value());
    REQUIRE(quote->speaker->span.has_value());
    CHECK(quote->speaker->name == "his parents");
  }
}

// noun_phrases.cc NamingMention(): a name after a preposition completes the person's before it,
// here a country the article's context made the tagger read as a person. reported_clauses.cc
// ClauseStart(): "after" before "that" opens a phrase of time, not the reported clause.
TEST_CASE("The person before of is the speaker, whatever the name after it", "[quotes]") {
  const std::string input =
      "Sarvania and Keltria agreed on Tuesday to share daily readings from a giant dam, but talks "
      "ended without a deal.\n\nForeign Minister Orhan Belek of Sarvania told reporters after "
      "nine hours of talks that the dam would never be used as a weapon.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "the dam would never be used as a weapon") ==
        "Orhan Belek");
}

// speaker_phrases.cc SpeakerBefore(): an age set off by commas, and an appositive that ends in
// a town and its state, stand between the name and the cue.
TEST_CASE("The name before an age and an appositive ending in a place speaks", "[quotes]") {
  const std::string input =
      "Corinne Abernathy, 38, a middle school librarian from Pelham Ridge, Ohio, said she had "
      "about 14 migraine days a month.";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOfQuoteWithSpan(input, analysis, "she had about 14 migraine days a month") ==
        "Corinne Abernathy");
}

// noun_phrases.cc NamingMention(): a place's noun before an organisation's name modifies it
// ("the state Office of ..."); a person's would make the name someone else's.
TEST_CASE("The state Department of X speaks as the department", "[quotes]") {
  const std::string input =
      "In a statement on Wednesday, the state Department of Education said it would review that "
      "plan.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* quote = QuoteWithSpan(input, analysis, "it would review that plan");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  CHECK(quote->speaker->entity.has_value());
  CHECK(quote->speaker->name == "Department of Education");
}

// speaker_phrases.cc SpeakerOfCue(): a cue's noun and "by" name who said it, the person past a
// party and a title; SpeakerBefore(): a relative clause that "that" opens between the subject
// and the cue.
TEST_CASE("claims by X that ...; the company that runs the event said", "[quotes]") {
  const std::string input =
      "Speaking on Wednesday, Mr Brannelly rejected claims by Daonlathas Nua leader Siofra Nolan "
      "that the figures in his manifesto do not add up.\n\n"
      "The festival was cancelled after its headline act walked out, and the company that runs "
      "the event said it could not absorb the losses.\n";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* claims =
      QuoteWithSpan(input, analysis, "the figures in his manifesto do not add up");
  REQUIRE(claims != nullptr);
  REQUIRE(claims->speaker.has_value());
  CHECK(claims->speaker->name == "Siofra Nolan");
  const Quote* company = QuoteWithSpan(input, analysis, "it could not absorb the losses");
  REQUIRE(company != nullptr);
  REQUIRE(company->speaker.has_value());
  CHECK(company->speaker->name == "the company");
}

// noun_phrases.cc NounPhraseRight(): in a headline, a word in -s in small letters after a name is
// its verb ("Halvorsen vetoes rent-cap bill, calling it ...").
TEST_CASE("Halvorsen vetoes rent-cap bill, calling it: Halvorsen", "[quotes]") {
  const std::string input =
      "date 2024-05-17 Halvorsen vetoes rent-cap bill, calling it \u2018a promise the state "
      "can\u2019t keep\u2019\n\n"
      "Gov. Erik Halvorsen on Thursday vetoed a bill that would have capped rent increases.\n";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* headline = QuoteWithSpan(input, analysis, "a promise the state can\u2019t keep");
  REQUIRE(headline != nullptr);
  REQUIRE(headline->speaker.has_value());
  CHECK(headline->speaker->name == "Erik Halvorsen");
}
