// Quotes end to end, the quotation marks and what they may hold: which marks enclose speech and
// which do not (titles, scare quotes, markup, nothing), apostrophes, every style pair, unclosed
// and deeply nested marks, pathological inputs and sentences of many attributions in linear
// time and bounded stretches, and a confidence that stays in [0, 1] and means something.
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
#include "quote_checks.h"

using newslens::Analysis;
using newslens::Quote;
using newslens::QuoteKind;
using newslens::Span;
using newslens::testing::AnalyzeOk;
using newslens::testing::CheckOnlyQuote;
using newslens::testing::ParagraphHolding;
using newslens::testing::QuoteWithSpan;
using newslens::testing::Slice;

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
  SECTION("in a headline's Title Case, words after a cue and its preposition are said") {
    const std::string input =
        "date 2025-09-09 Screenwriters Guild Warns of \u2018Consolidation Crisis\u2019\n\nThe "
        "studios merged on Tuesday.";
    const Analysis analysis = AnalyzeOk(input);
    REQUIRE(analysis.quotes.size() == 1);
    CHECK(analysis.quotes[0].text.find("Consolidation Crisis") != std::string::npos);
    // Not a film named after another verb and its preposition.
    const std::string film =
        "date 2025-09-09 Streep Stars in \u2018The Iron Lady\u2019\n\nThe film opened on "
        "Tuesday.";
    CHECK(AnalyzeOk(film).quotes.empty());
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
