// Analyze() end to end, and the JSON it becomes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "analysis_helpers.h"
#include "newslens/newslens.h"
#include "text/utf8.h"

using newslens::Analysis;
using newslens::Analyze;
using newslens::ParagraphRole;
using newslens::Span;
using newslens::testing::AnalyzeOk;
using newslens::testing::DecodedAndNormalized;
using newslens::testing::Slice;

namespace {

// True when `offset` is not inside a UTF-8 sequence of `input` (ill-formed bytes are
// sequences of their own, as the decoder repairs them).
bool OnBoundary(std::string_view input, std::size_t offset) {
  std::size_t i = 0;
  while (i < offset) i += newslens::utf8::DecodeAt(input, i).length;
  return i == offset;
}

}  // namespace

TEST_CASE("The header line gives the date and the title") {
  SECTION("date YYYY-MM-DD Headline") {
    const Analysis a = AnalyzeOk(
        " date 2025-02-01 Trump says he and Putin could do something ‘significant’\n\nBody.");
    CHECK(a.document.date == "2025-02-01");
    CHECK(a.document.title == "Trump says he and Putin could do something ‘significant’");
  }
  SECTION("YYYY-MM-DD Headline") {
    const Analysis a = AnalyzeOk("2024-11-05 Voters head to the polls\n\nPolls open at 7 a.m.");
    CHECK(a.document.date == "2024-11-05");
    CHECK(a.document.title == "Voters head to the polls");
  }
  SECTION("a Markdown heading") {
    const Analysis a = AnalyzeOk("# Storm closes schools\n\nSchools closed on Monday.");
    CHECK_FALSE(a.document.date.has_value());
    CHECK(a.document.title == "Storm closes schools");
  }
  SECTION("an impossible date is not a date") {
    const Analysis a = AnalyzeOk("date 2025-13-45 Headline\n\nBody text here.");
    CHECK_FALSE(a.document.date.has_value());
    CHECK(a.document.title == "date 2025-13-45 Headline");
  }
  SECTION("no headline, no title") {
    const Analysis a = AnalyzeOk("Just one paragraph that ends with a period.");
    CHECK_FALSE(a.document.title.has_value());
    REQUIRE(a.document.paragraphs.size() == 1);
    CHECK(a.document.paragraphs[0].role == ParagraphRole::kBody);
  }
}

TEST_CASE("Spans point into the input bytes, whatever was rewritten") {
  SECTION("CRLF, a BOM and curly quotes") {
    const std::string input =
        "\xEF\xBB\xBFHeadline here\r\n\r\n\xE2\x80\x9C"
        "Yes,\xE2\x80\x9D she said.\r\n";
    const Analysis a = AnalyzeOk(input);
    REQUIRE(a.document.paragraphs.size() == 2);
    CHECK(Slice(input, a.document.paragraphs[0].span) == "Headline here");
    CHECK(Slice(input, a.document.paragraphs[1].span) ==
          "\xE2\x80\x9C"
          "Yes,\xE2\x80\x9D she said.");
  }
  SECTION("repaired bytes in UTF-8") {
    const std::string input =
        "\xE2\x80\x9C"
        "Bad \xFF byte here.\n\nAnd \xE2\x80 a cut one.";
    const Analysis a = AnalyzeOk(input);
    CHECK(a.document.input.repaired == 2);
    REQUIRE(a.document.paragraphs.size() == 2);
    CHECK(Slice(input, a.document.paragraphs[0].span) ==
          "\xE2\x80\x9C"
          "Bad \xFF byte here.");
    CHECK(Slice(input, a.document.paragraphs[1].span) == "And \xE2\x80 a cut one.");
  }
  SECTION("Windows-1252, where no byte sequence is UTF-8") {
    const std::string input =
        "Caf\xE9 owners \x93"
        "cheer\x94 the plan.";
    const Analysis a = AnalyzeOk(input);
    CHECK(a.document.input.encoding == newslens::SourceEncoding::kWindows1252);
    CHECK(a.document.input.repaired == 0);
    REQUIRE(a.document.sentences.size() == 1);
    CHECK(a.document.sentences[0] == Span{0, static_cast<std::uint32_t>(input.size())});
  }
  SECTION("HTML") {
    const std::string input =
        "<html><body><h1>Title &amp; more</h1><p>First <b>bold</b> one.</p></body></html>";
    const Analysis a = AnalyzeOk(input);
    CHECK(a.document.input.html);
    CHECK(a.document.title == "Title & more");
    REQUIRE(a.document.paragraphs.size() == 2);
    CHECK(Slice(input, a.document.paragraphs[0].span) == "Title &amp; more");
    CHECK(Slice(input, a.document.paragraphs[1].span) == "First <b>bold</b> one.");
  }
  SECTION("HTML: a mention's text is its span of the input, character references and all") {
    // The contract reads a mention's text as input[start:end] (../shared/eval/nlcontract.py).
    const std::string input =
        "<p>Gareth Pryce admitted fraud.</p><p>Pryce&#8217;s barrister, Owen Tudor, said his "
        "client was ashamed. Marks &amp; Spencer said nothing.</p>";
    const Analysis a = AnalyzeOk(input);
    std::size_t mentions = 0;
    bool reference = false;
    for (const newslens::Entity& e : a.entities) {
      for (const newslens::Mention& m : e.mentions) {
        CHECK(m.text == Slice(input, m.span));
        reference = reference || m.text.find("&#8217;") != std::string::npos;
        ++mentions;
      }
    }
    CHECK(mentions >= 4);
    CHECK(reference);
  }
}

TEST_CASE("A clean input is held once, not copied for each stage that leaves it as it was") {
  SECTION("nothing to decode or normalize: both texts are the input") {
    const std::string input = "“We will,” she said on Tuesday.\n";
    const newslens::AnalyzedText at = DecodedAndNormalized(input);
    CHECK(at.decoded_text.data() == input.data());
    CHECK(at.text().data() == input.data());
    CHECK(at.decoded.text.capacity() <= std::string().capacity());
    CHECK(at.normalized.text.capacity() <= std::string().capacity());
  }
  SECTION("normalization changes the text: it has its own, the decoded text is the input") {
    const std::string input = "It\u2019s e\u0301t\u00E9.\n";  // an apostrophe; é decomposed
    const newslens::AnalyzedText at = DecodedAndNormalized(input);
    CHECK(at.decoded_text.data() == input.data());
    CHECK(at.text() != std::string_view(input));
    CHECK(at.text().data() == at.normalized.text.data());
  }
  SECTION("decoding changes the text (a BOM): normalization of it changing nothing shares it") {
    const std::string input = "\xEF\xBB\xBFPlain words.\n";
    const newslens::AnalyzedText at = DecodedAndNormalized(input);
    CHECK(at.decoded_text == "Plain words.\n");
    CHECK(at.decoded_text.data() == at.decoded.text.data());
    CHECK(at.text().data() == at.decoded_text.data());
  }
}

TEST_CASE("Input that is not text is an error value, not an analysis") {
  auto r = Analyze(std::string("text\0more", 9));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == newslens::ErrorCode::kNotText);
  CHECK(r.error().offset == 4);
}

TEST_CASE("Random bytes never break the invariants") {
  // Mostly-text inputs with random damage: every analysis keeps its spans in range, ordered,
  // and on code-point boundaries of the input.
  std::mt19937 rng(20250201);
  const std::string base = "“We will,” Mr. Smith said.\n\nThe U.S. plan — 3.5% — ends Jan. 5.\n";
  for (int round = 0; round < 2000; ++round) {
    std::string input = base;
    const int damage = static_cast<int>(rng() % 6);
    for (int d = 0; d < damage; ++d) {
      const std::size_t at = rng() % (input.size() + 1);
      input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), static_cast<char>(rng() % 256));
    }
    auto r = Analyze(input);
    if (!r.ok()) continue;  // an inserted NUL makes it binary: fine
    const Analysis& a = r.value();
    std::uint32_t previous_end = 0;
    for (const auto& p : a.document.paragraphs) {
      INFO("round " << round);
      REQUIRE(p.span.start <= p.span.end);
      REQUIRE(p.span.end <= input.size());
      REQUIRE(p.span.start >= previous_end);
      REQUIRE(OnBoundary(input, p.span.start));
      REQUIRE(OnBoundary(input, p.span.end));
      previous_end = p.span.end;
    }
    for (const Span& s : a.document.sentences) {
      REQUIRE(s.end <= input.size());
      REQUIRE(OnBoundary(input, s.start));
      REQUIRE(OnBoundary(input, s.end));
    }
  }
}

TEST_CASE("The JSON follows the contract") {
  const std::string input = "date 2025-02-01 Headline\n\nA body sentence. Another one.";
  const std::string json = newslens::ToJson(AnalyzeOk(input), {.indent = -1, .file = "a.txt"});
  const auto j = nlohmann::json::parse(json);
  CHECK(j["schema"] == "newslens/1");
  CHECK(j["file"] == "a.txt");
  CHECK(j["document"]["date"] == "2025-02-01");
  CHECK(j["document"]["title"] == "Headline");
  CHECK(j["document"]["paragraphs"].size() == 2);
  CHECK(j["document"]["paragraphs"][0]["role"] == "headline");
  CHECK(j["document"]["sentences"].size() == 4);  // "date 2025-02-01" is a sentence of its own
  CHECK(j["document"]["token_count"] == 10);
  CHECK(j["document"]["input"]["encoding"] == "utf-8");
  CHECK(j["entities"].is_array());
  CHECK(j["values"].is_array());
  CHECK(j["quotes"].is_array());
  // Key order is fixed, so native and WebAssembly builds print the same bytes.
  CHECK(json.rfind("{\"schema\":\"newslens/1\",\"file\":\"a.txt\",\"document\":{\"title\":", 0) ==
        0);
  CHECK(json.find('\n') == std::string::npos);
}

TEST_CASE("Errors become JSON with a code and an offset") {
  const newslens::Error e{newslens::ErrorCode::kNotText, 17, "NUL byte at byte offset 17"};
  const auto j = nlohmann::json::parse(newslens::ErrorToJson(e, {.indent = -1, .file = "x.bin"}));
  CHECK(j["file"] == "x.bin");
  CHECK(j["error"]["code"] == "not_text");
  CHECK(j["error"]["offset"] == 17);
  const newslens::Error big{newslens::ErrorCode::kTooLarge, newslens::Error::kNoOffset, "too big"};
  CHECK(nlohmann::json::parse(newslens::ErrorToJson(big))["error"]["offset"].is_null());
}

TEST_CASE("The JSON is written as nlohmann would dump it") {
  // ToJson writes token by token (core/analysis/json.cc) and promises the bytes of nlohmann's
  // dump() of the whole tree: parsing its output and dumping that again must change nothing,
  // escapes, numbers and layout alike. The strings below hold every kind of character the
  // writer treats apart, and ill-formed UTF-8, which is written as U+FFFD.
  const std::string input =
      "date 2025-02-01 Storm closes ports\n\n"
      "“We will reopen on Monday,” Harbor Master Ana Lima said. The repairs cost $4.2 million, "
      "about 12.5 percent of the budget.";
  Analysis analysis = AnalyzeOk(input);
  REQUIRE_FALSE(analysis.quotes.empty());
  REQUIRE_FALSE(analysis.entities.empty());
  analysis.quotes[0].text =
      "tab\t nl\n cr\r ff\f bs\b quote\" backslash\\ ctl\x01\x1f del\x7f é “”";
  analysis.entities[0].name = "ill\xff formed \xe2\x80 and \xed\xa0\x80 surrogate";
  analysis.document.title = std::string("nul\0inside", 10);
  for (const int indent : {-1, 0, 2}) {
    INFO("indent " << indent);
    const std::string json = newslens::ToJson(analysis, {.indent = indent, .file = "a\"b.txt"});
    const auto tree = nlohmann::ordered_json::parse(json);
    CHECK(tree.dump(indent) == json);
    CHECK(tree["entities"][0]["name"] ==
          "ill\xef\xbf\xbd formed \xef\xbf\xbd and "
          "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd surrogate");
  }
}

TEST_CASE("Warnings: an empty text, and a text that does not read as English") {
  const auto codes = [](std::string_view text) {
    std::vector<std::string> out;
    for (const newslens::Warning& w : AnalyzeOk(text).document.warnings) out.push_back(w.code);
    return out;
  };
  CHECK(codes("") == std::vector<std::string>{"empty_text"});
  CHECK(codes(" \n\t — ” ") == std::vector<std::string>{"empty_text"});
  CHECK(codes("2025").empty());                      // a number is something to read
  CHECK(codes("“We will win,” she said.").empty());  // too short to judge its language
  CHECK(codes("The council said on Monday that it would vote on the plan, and the mayor told "
              "reporters that she was sure of the result because the members had agreed to it.")
            .empty());
  CHECK(codes("Die Regierung will in der kommenden Woche einen neuen Haushalt vorlegen. Die "
              "Opposition kritisierte den Plan scharf und forderte mehr Geld für Schulen und "
              "Krankenhäuser, sagte die Ministerin am Montag in Berlin.") ==
        std::vector<std::string>{"not_english"});
  // In the JSON, always a list.
  const nlohmann::json j = nlohmann::json::parse(newslens::ToJson(AnalyzeOk("Hello."), {}));
  CHECK(j["document"]["warnings"] == nlohmann::json::array());
}

TEST_CASE("An analysis does not depend on the documents analysed before it") {
  // The NER stage keeps its tagger from call to call on a thread, and makes it afresh after an
  // input longer than the chunk it tags at a time (ner/tag_names.cc).
  const std::string article =
      "date 2025-02-01 Talks resume\n\nAngela Merkel met officials of the Harbour Trust in "
      "Paris. \"We will sign,\" she said. Reuters reported the talks on Monday.";
  const std::string first = newslens::ToJson(AnalyzeOk(article), {.indent = -1});
  AnalyzeOk("Paris Saint-Germain beat Marseille 2-1. Merkel was not there, Reuters said.");
  std::string long_input;
  for (int i = 0; i < 9000; ++i) long_input += "Harbour Trust chief Omar Haddad said so. ";
  AnalyzeOk(long_input);  // some 72,000 tokens: more than one chunk
  CHECK(newslens::ToJson(AnalyzeOk(article), {.indent = -1}) == first);
}
