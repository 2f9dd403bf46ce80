// Quotes end to end: Analyze() on news sentences, one section per attribution pattern of
// issue 4, with the exact content (sliced from the input through the spans), kind, speaker and
// cue each pattern must give. The sentences are written for these tests in wire-service style:
// curly quotation marks, "he said" splits, quotes running over paragraphs.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis_helpers.h"
#include "newslens/newslens.h"

using newslens::Analysis;
using newslens::Entity;
using newslens::Quote;
using newslens::QuoteKind;
using newslens::Span;
using newslens::testing::AnalyzeOk;
using newslens::testing::Slice;

namespace {

std::vector<std::string> SpanTexts(std::string_view input, const Quote& quote) {
  std::vector<std::string> texts;
  for (const Span& span : quote.spans) texts.push_back(Slice(input, span));
  return texts;
}

const Entity* EntityById(const Analysis& analysis, const std::string& id) {
  for (const Entity& entity : analysis.entities)
    if (entity.id == id) return &entity;
  return nullptr;
}

// What one quote must be. Empty strings stand for "absent" (no cue, no speaker mention).
struct ExpectedQuote {
  QuoteKind kind;
  std::vector<std::string> spans;  // input slices of the content spans, in order
  std::string speaker;             // speaker.name
  std::string speaker_mention;     // slice of speaker.span ("he", "Trump", "police spokesman")
  bool speaker_is_entity;          // speaker.entity set (and naming an entity of that name)
  std::string cue;                 // slice of cue.span
};

void CheckQuote(std::string_view input, const Analysis& analysis, const Quote& quote,
                const ExpectedQuote& expected) {
  INFO("quote " << quote.id << ": " << quote.text);
  CHECK(std::string(newslens::QuoteKindName(quote.kind)) == newslens::QuoteKindName(expected.kind));
  CHECK(SpanTexts(input, quote) == expected.spans);
  // The text is the content without marks, parts joined by one space (CONTRACT.md); for plain
  // UTF-8 input that is the spans' slices joined.
  std::string joined;
  for (const std::string& part : expected.spans) {
    if (!joined.empty()) joined += ' ';
    joined += part;
  }
  CHECK(quote.text == joined);
  REQUIRE(quote.speaker.has_value());
  CHECK(quote.speaker->name == expected.speaker);
  CHECK(quote.speaker->entity.has_value() == expected.speaker_is_entity);
  if (quote.speaker->entity) {
    const Entity* entity = EntityById(analysis, *quote.speaker->entity);
    REQUIRE(entity != nullptr);
    CHECK(entity->name == expected.speaker);
  }
  if (expected.speaker_mention.empty()) {
    CHECK_FALSE(quote.speaker->span.has_value());
  } else {
    REQUIRE(quote.speaker->span.has_value());
    CHECK(Slice(input, *quote.speaker->span) == expected.speaker_mention);
  }
  if (expected.cue.empty()) {
    CHECK_FALSE(quote.cue.has_value());
  } else {
    REQUIRE(quote.cue.has_value());
    CHECK(Slice(input, quote.cue->span) == expected.cue);
    CHECK(quote.cue->text == expected.cue);
  }
  CHECK(quote.confidence >= 0.0);
  CHECK(quote.confidence <= 1.0);
}

// A one-quote input: exactly one quote, as expected.
void CheckOnlyQuote(std::string_view input, const ExpectedQuote& expected) {
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CheckQuote(input, analysis, analysis.quotes[0], expected);
}

// The quote holding a content span that reads exactly `text`, or nullptr.
const Quote* QuoteWithSpan(std::string_view input, const Analysis& analysis,
                           std::string_view text) {
  for (const Quote& quote : analysis.quotes)
    for (const Span& span : quote.spans)
      if (Slice(input, span) == text) return &quote;
  return nullptr;
}

// The speaker's name of the quote with a content span that reads exactly `text`; the test stops
// there when no quote has that span or the quote has no speaker.
std::string SpeakerOfQuoteWithSpan(std::string_view input, const Analysis& analysis,
                                   std::string_view text) {
  const Quote* quote = QuoteWithSpan(input, analysis, text);
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  return quote->speaker->name;
}

// The index of the paragraph holding `span` whole, or -1 when it runs over a paragraph's end.
int ParagraphHolding(const Analysis& analysis, Span span) {
  const auto& paragraphs = analysis.document.paragraphs;
  for (std::size_t i = 0; i < paragraphs.size(); ++i)
    if (paragraphs[i].span.start <= span.start && span.end <= paragraphs[i].span.end)
      return static_cast<int>(i);
  return -1;
}

}  // namespace

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
  SECTION("would ask X to ...: a request to come reports nothing yet") {
    CheckOnlyQuote("Sharon Graham said the union would ask ministers to intervene.",
                   {QuoteKind::kIndirect,
                    {"the union would ask ministers to intervene"},
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
    // The organization inside the phrase does not make the organization the speaker.
    CheckOnlyQuote("A spokesman for the State Department said: “We are aware of the reports.”",
                   {QuoteKind::kDirect,
                    {"We are aware of the reports."},
                    "A spokesman for the State Department",
                    "spokesman",
                    false,
                    "said"});
  }
  SECTION("Analysts at an organization said CLAUSE: the organization is part of the phrase") {
    CheckOnlyQuote("Analysts at Larch Capital said the delay was sensible.",
                   {QuoteKind::kIndirect,
                    {"the delay was sensible"},
                    "Analysts at Larch Capital",
                    "Analysts",
                    false,
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
    CheckOnlyQuote(
        "Helen Carter said the plant would stay open, while the union called for a strike.",
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
}

TEST_CASE("Quotation marks that do not mark speech", "[quotes]") {
  SECTION("scare quotes") {
    const Analysis analysis =
        AnalyzeOk("The so-called “reform” has left hundreds of families without support.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("the title of a work") {
    const Analysis analysis =
        AnalyzeOk("Critics panned “The Long Road Home” when it opened on Broadway last year.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("a nickname") {
    const Analysis analysis =
        AnalyzeOk("Former boxer Jake “The Hammer” Wilson opened a gym in Detroit on Saturday.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("the title of a show after a cue") {
    const Analysis analysis = AnalyzeOk("Helen Carter said as much on NBC’s “Meet the Press.”");
    CHECK(analysis.quotes.empty());
  }
  SECTION("a name after called") {
    const Analysis analysis =
        AnalyzeOk("Staff praised a corporate culture called “The Carter Way.”");
    CHECK(analysis.quotes.empty());
  }
  SECTION("a short slogan that nothing attributes") {
    const Analysis analysis =
        AnalyzeOk("The rally ended late.\n\n“Lock her up!”\n\nThe crowd then left the arena.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("long quoted words are speech even when nothing attributes them") {
    const Analysis analysis = AnalyzeOk(
        "The rally ended late.\n\n“We are going to win this state and we are going to win "
        "it big.”\n\nThe crowd then left the arena.");
    REQUIRE(analysis.quotes.size() == 1);
    CHECK_FALSE(analysis.quotes[0].speaker.has_value());
  }
}

TEST_CASE("Apostrophes are not quotation marks", "[quotes]") {
  SECTION("outside quotes: no quote at all") {
    const Analysis analysis = AnalyzeOk(
        "Kyiv’s mayor met residents whose homes were damaged. Prices have not been this high "
        "since the ’90s, and shops don’t expect them to fall.");
    CHECK(analysis.quotes.empty());
  }
  SECTION("inside a quote: the quote is not cut at them") {
    CheckOnlyQuote(
        "“Kyiv’s people don’t want another winter like this,” Mayor Vitali Klitschko said.",
        {QuoteKind::kDirect,
         {"Kyiv’s people don’t want another winter like this,"},
         "Vitali Klitschko",
         "Vitali Klitschko",
         true,
         "said"});
  }
  SECTION("an elided year inside a quote") {
    CheckOnlyQuote("“We grew up in the ’90s with nothing,” said Helen Carter.",
                   {QuoteKind::kDirect,
                    {"We grew up in the ’90s with nothing,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
}

TEST_CASE("Marks of every style pair", "[quotes]") {
  SECTION("straight double quotes") {
    CheckOnlyQuote("\"We will reopen the border crossing on Monday,\" Mark Whitfield said.",
                   {QuoteKind::kDirect,
                    {"We will reopen the border crossing on Monday,"},
                    "Mark Whitfield",
                    "Mark Whitfield",
                    true,
                    "said"});
  }
  SECTION("straight single quotes inside straight double quotes") {
    CheckOnlyQuote("\"Nobody here knows what 'affordable' means any more,\" said Helen Carter.",
                   {QuoteKind::kDirect,
                    {"Nobody here knows what 'affordable' means any more,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("curly single quotes inside curly double quotes") {
    CheckOnlyQuote("“She told me, ‘Keep the lights on,’ and then she left,” said Helen Carter.",
                   {QuoteKind::kDirect,
                    {"She told me, ‘Keep the lights on,’ and then she left,"},
                    "Helen Carter",
                    "Helen Carter",
                    true,
                    "said"});
  }
  SECTION("guillemets") {
    CheckOnlyQuote("«Nous ne céderons pas», said Emmanuel Macron.", {QuoteKind::kDirect,
                                                                     {"Nous ne céderons pas"},
                                                                     "Emmanuel Macron",
                                                                     "Emmanuel Macron",
                                                                     true,
                                                                     "said"});
  }
  SECTION("German low-high quotes") {
    CheckOnlyQuote(
        "„Wir schaffen das“, said Angela Merkel.",
        {QuoteKind::kDirect, {"Wir schaffen das"}, "Angela Merkel", "Angela Merkel", true, "said"});
  }
}

TEST_CASE("An unclosed quotation mark is contained in its paragraph", "[quotes]") {
  // The first paragraph never closes its quote. The second must not become quoted speech, and
  // the third, well formed, must keep its quote and speaker.
  const std::string input =
      "“This is not over, Senator Mark Whitfield said as he left the chamber.\n\n"
      "The vote was delayed until Thursday, and the bill was sent back to committee for further "
      "review by staff.\n\n"
      "“We will be back next week,” Whitfield told reporters.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.document.paragraphs.size() == 3);
  for (const Quote& quote : analysis.quotes) {
    for (const Span& span : quote.spans) {
      INFO("quote " << quote.id << " span " << Slice(input, span));
      CHECK(ParagraphHolding(analysis, span) != -1);
      CHECK(ParagraphHolding(analysis, span) != 1);
    }
  }
  const Quote* last = QuoteWithSpan(input, analysis, "We will be back next week,");
  REQUIRE(last != nullptr);
  CHECK(last->kind == QuoteKind::kDirect);
  REQUIRE(last->cue.has_value());
  CHECK(last->cue->text == "told");
  // The speaker is the name before the cue. (Whether it joins "Mark Whitfield" is the tagger's
  // call: 40,000 tokens of marks put the two in different windows of the tagger, TagNames.)
  REQUIRE(last->speaker.has_value());
  REQUIRE(last->speaker->span.has_value());
  CHECK(Slice(input, *last->speaker->span) == "Whitfield");
}

TEST_CASE("Confidence is in [0, 1] and means something", "[quotes]") {
  SECTION("every quote of an article, of every kind, is in [0, 1]") {
    const std::string input =
        "Governor Janet Mills toured the flooded district on Monday.\n\n"
        "“Every family that lost a home will get help,” Mills said.\n\n"
        "She said the state had been “caught off guard” by the storm.\n\n"
        "Residents said the warning sirens never sounded.\n\n"
        "A county spokesman called the delay “unacceptable”.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 4);
    const QuoteKind kinds[] = {QuoteKind::kDirect, QuoteKind::kMixed, QuoteKind::kIndirect,
                               QuoteKind::kPartial};
    for (std::size_t i = 0; i < 4; ++i) {
      const Quote& quote = analysis.quotes[i];
      INFO("quote " << quote.id << ": " << quote.text);
      CHECK(quote.kind == kinds[i]);
      CHECK(quote.confidence >= 0.0);
      CHECK(quote.confidence <= 1.0);
    }
  }
  SECTION("a cue and a named speaker in the same sentence rank above no speaker") {
    const Analysis named =
        AnalyzeOk("“Every family that lost a home will get help,” Governor Janet Mills said.");
    const Analysis unattributed = AnalyzeOk("“The water came up faster than anyone expected.”");
    REQUIRE(named.quotes.size() == 1);
    REQUIRE(named.quotes[0].speaker.has_value());
    CHECK(named.quotes[0].speaker->name == "Janet Mills");
    REQUIRE(unattributed.quotes.size() == 1);
    CHECK_FALSE(unattributed.quotes[0].speaker.has_value());
    CHECK(unattributed.quotes[0].confidence < named.quotes[0].confidence);
  }
}

TEST_CASE("Pathological quotation marks cost linear time", "[quotes]") {
  // One paragraph, one sentence, `marks` quotation marks of every kind, none balanced, with
  // words and speech cues between them: the worst case for pairing and for the attribution
  // searches, which must stay bounded by a window rather than by the sentence.
  auto document = [](std::size_t marks) {
    static constexpr std::string_view kUnits[] = {
        "“a ", "” b ", "‘c ", "’d ", "“We won, he said ", "Kyiv’s “e "};
    std::string text;
    for (std::size_t i = 0; i < marks; ++i) text += kUnits[i % std::size(kUnits)];
    return text;
  };
  const std::string small = document(100000);
  const std::string large = document(400000);

  using Clock = std::chrono::steady_clock;
  auto seconds = [](const std::string& text) {
    const auto start = Clock::now();
    const auto result = newslens::Analyze(text);
    const auto stop = Clock::now();
    REQUIRE(result.ok());
    // An unclosed mark ends at the next one: no quote swallows the text after it (the longest
    // unit between two opening marks is 20 bytes).
    std::uint32_t longest = 0;
    for (const Quote& quote : result.value().quotes)
      for (const Span& span : quote.spans) longest = std::max(longest, span.size());
    CHECK(longest <= 40);
    return std::chrono::duration<double>(stop - start).count();
  };
  // Medians of interleaved runs, so that a burst of load on a shared machine hits both sizes
  // and a slow first run (the model loading, first-touch allocations) is not the one counted.
  std::vector<double> small_times, large_times;
  for (int run = 0; run < 3; ++run) {
    small_times.push_back(seconds(small));
    large_times.push_back(seconds(large));
  }
  std::sort(small_times.begin(), small_times.end());
  std::sort(large_times.begin(), large_times.end());
  const double small_median = small_times[1];
  const double large_median = large_times[1];
  INFO("10^5 marks: " << small_median << " s; 4*10^5 marks: " << large_median << " s");
  // Four times the marks: linear time is four times as long, quadratic sixteen times. The bound
  // of eight leaves room for a noisy machine; `make bench` prints the figures themselves.
  CHECK(large_median < 8.0 * small_median);
}

TEST_CASE("A sentence of many attributions reports a bounded stretch for each", "[quotes]") {
  // Every "..., the mayor said," reports the words before it; in a sentence of thousands of
  // them, reaching back to the sentence's start made the output grow with the square of the
  // input. Each quote now covers a bounded stretch (the clause window, 160 tokens).
  for (const char* unit : {"the plan works, the mayor said, ", "the mayor, a man, said, ",
                           "the plan works, according to the mayor, "}) {
    std::string input = "Intro.\n\nHe said ";
    for (int i = 0; i < 2000; ++i) input += unit;
    input += "end.";
    const Analysis analysis = AnalyzeOk(input);
    INFO(unit);
    CHECK(analysis.quotes.size() > 100);
    std::uint32_t longest = 0;
    for (const Quote& quote : analysis.quotes)
      for (const Span& span : quote.spans) longest = std::max(longest, span.size());
    CHECK(longest < 1200);
  }
}

TEST_CASE("Deeply nested quotation marks", "[quotes]") {
  // Ten thousand levels of “‘ ... ’” in one paragraph, then a well-formed quote: the nesting is
  // analyzed without running away, and the next paragraph is untouched by it.
  std::string nested = "Mark Whitfield said: ";
  for (int i = 0; i < 10000; ++i) nested += "“‘";
  nested += "deep";
  for (int i = 0; i < 10000; ++i) nested += "’”";
  const std::string input = nested + "\n\n“We will be back next week,” Whitfield told reporters.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.document.paragraphs.size() == 2);
  for (const Quote& quote : analysis.quotes) {
    for (const Span& span : quote.spans) {
      INFO("quote " << quote.id);
      CHECK(ParagraphHolding(analysis, span) != -1);
    }
  }
  const Quote* last = QuoteWithSpan(input, analysis, "We will be back next week,");
  REQUIRE(last != nullptr);
  CHECK(last->kind == QuoteKind::kDirect);
  REQUIRE(last->cue.has_value());
  CHECK(last->cue->text == "told");
  // The speaker is the name before the cue. (Whether it joins "Mark Whitfield" is the tagger's
  // call: 40,000 tokens of marks put the two in different windows of the tagger, TagNames.)
  REQUIRE(last->speaker.has_value());
  REQUIRE(last->speaker->span.has_value());
  CHECK(Slice(input, *last->speaker->span) == "Whitfield");
}

TEST_CASE("Quotation marks nested beyond eight levels still pair", "[quotes]") {
  // Ten levels of “‘ in a quotation: the two innermost make no region of their own, but they
  // are paired, so the outermost “ still closes at its own ” and the speaker after it is found.
  std::string quoted = "“";
  for (int i = 0; i < 5; ++i) quoted += "‘x “y ";
  quoted += "core";
  for (int i = 0; i < 5; ++i) quoted += "” z’ ";
  quoted += "end,”";
  const std::string input = quoted + " Mark Whitfield said.";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* outer = nullptr;
  for (const Quote& quote : analysis.quotes)
    if (!quote.spans.empty() && quote.spans.front().start == 3) outer = &quote;
  REQUIRE(outer != nullptr);
  CHECK(outer->spans.back().end == quoted.size() - 3);  // up to the last ” (3 bytes)
  REQUIRE(outer->speaker.has_value());
  CHECK(outer->speaker->name == "Mark Whitfield");
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
    CHECK(quote->speaker->name == "A spokeswoman for Dorset Police");
    CHECK_FALSE(quote->speaker->entity.has_value());
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
    CHECK(Slice(input, *quote->speaker->span) == "boss");
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

TEST_CASE("Markup and nothing are not what was said", "[quotes]") {
  SECTION("an attribute named tweet_id in quoted markup") {
    const Analysis analysis = AnalyzeOk(
        "<tweet author=\"HelenCarter\" timestamp=\"1449075600\" tweet_id=\"6721498\">The plant "
        "will stay open for another ten years at least.</tweet>");
    for (const Quote& quote : analysis.quotes) {
      REQUIRE(quote.cue.has_value());
      CHECK(quote.cue->text != "tweet");
    }
  }
  SECTION("would say nothing about ...") {
    const Analysis analysis =
        AnalyzeOk("Pompeo, who has seen the messages, would say nothing about their content.");
    CHECK(analysis.quotes.empty());
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
