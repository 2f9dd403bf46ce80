// Regression tests for what the fuzz targets (tests/fuzz/) and the bad-input suites
// (tests/cli/bad-input.test.mjs and its wasm twin) found: one TEST_CASE per finding, named after
// it, with the smallest input that showed it. Inputs a fuzzer saved are also in the target's
// corpus (tests/fuzz/corpus/), which ctest replays under every preset.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "newslens/input.h"
#include "newslens/newslens.h"
#include "newslens/normalize.h"

namespace {

using newslens::DecodedText;
using newslens::DecodeInput;
using newslens::MarkupMode;
using newslens::NormalizationForm;
using newslens::Normalize;
using newslens::Span;

DecodedText DecodeHtml(std::string_view html) {
  auto r = DecodeInput(html, {.markup = MarkupMode::kHtml});
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The input bytes behind the decoded text's bytes [start, end).
std::string_view InputAt(const DecodedText& d, std::string_view input, std::size_t start,
                         std::size_t end) {
  const Span s =
      d.to_input.ToSource({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
  return input.substr(s.start, s.size());
}

}  // namespace

// newslens_fuzz_decode, first seconds, on the seed corpus's article.html: "&#13;" in a table cell
// put a CR into the decoded text, which input.h promises has LF line ends and no control
// characters (later stages split lines on LF only).
TEST_CASE("Fuzz finding: HTML references to control characters become spaces", "[regression]") {
  const std::string input = "<p>cell&#13;one&#1;two&#x7F;three&#9;tab&#10;line&#12;ff</p>";
  const DecodedText d = DecodeHtml(input);
  CHECK(d.text == "cell one two three\ttab\nline\fff\n\n");
  CHECK(InputAt(d, input, 4, 5) == "&#13;");
  CHECK(InputAt(d, input, 8, 9) == "&#1;");
  CHECK(InputAt(d, input, 12, 13) == "&#x7F;");
  SECTION("NUL, surrogates and code points beyond U+10FFFF still become U+FFFD") {
    CHECK(DecodeHtml("<p>a&#0;b&#xD800;c&#x110000;d</p>").text == "a\uFFFDb\uFFFDc\uFFFDd\n\n");
  }
}

// Found while timing the bad-input suite (tests/cli/bad-input.test.mjs): a letter followed by
// alternating combining marks of two classes (U+0301 above, U+0316 below) made one segment for
// utf8proc, whose canonical ordering swaps neighbours: 40,000 pairs (160 KB) took 20 s, and the
// time grew with the square of the run. Runs are now cut after 30 combining characters (UAX
// #15's Stream-Safe limit), each piece ordered on its own.
TEST_CASE("Fuzz finding: long runs of combining marks normalize in linear time", "[regression]") {
  const std::string acute = "\u0301", grave_below = "\u0316";
  const std::string pair = acute + grave_below;
  SECTION("up to 30 marks: canonical order and composition over the whole run") {
    const std::string text = "a" + Repeat(pair, 15);
    const std::string nfc = "\u00E1" + Repeat(grave_below, 15) + Repeat(acute, 14);
    CHECK(Normalize(text, {.fold = false}).text == nfc);
    CHECK(newslens::UnicodeNormalizeReference(text, NormalizationForm::kNfc) == nfc);
  }
  SECTION("beyond 30 marks: ordered in pieces of 30 after the letter, 31 after that") {
    const std::string text = "a" + Repeat(pair, 40);
    CHECK(Normalize(text, {.fold = false}).text ==
          "\u00E1" + Repeat(grave_below, 15) + Repeat(acute, 14) + Repeat(grave_below, 15) +
              Repeat(acute, 16) + Repeat(grave_below, 10) + Repeat(acute, 9));
  }
  SECTION("a 400 KB run, in NFC and NFKC, folded and not, with its offsets") {
    const std::string text = "x " + Repeat(pair, 100000) + " y";
    for (const auto form : {NormalizationForm::kNfc, NormalizationForm::kNfkc}) {
      for (const bool fold : {false, true}) {
        const newslens::NormalizedText n = Normalize(text, {.form = form, .fold = fold});
        CHECK(n.text.size() == text.size());
        CHECK(n.text.substr(0, 4) == "x " + grave_below);
        CHECK(n.text.substr(n.text.size() - 4) == acute + " y");
        const Span last = n.to_source.ToSource({static_cast<std::uint32_t>(n.text.size() - 1),
                                                static_cast<std::uint32_t>(n.text.size())});
        CHECK(last == Span{static_cast<std::uint32_t>(text.size() - 1),
                           static_cast<std::uint32_t>(text.size())});
      }
    }
  }
}

// Found while timing the bad-input suite: an HTML file with many '<' that start a tag never
// closed ("<a \"" 50,000 times, 200 KB) took 4.4 s, quadratic, because every '<' scanned to the
// end of the input for its '>' (a quotation mark anywhere opened a quoted string) and then was
// read as text. Tags are now read as browsers read them, and one the input ends in hides the
// rest, as in a browser.
TEST_CASE("Fuzz finding: unterminated HTML tags are read in linear time", "[regression]") {
  SECTION("a tag the input ends in hides the rest, as in a browser") {
    const std::string input = "<p>Kept text.</p><p>Lost <a title=\"never closed</p><p>More text";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "Kept text.\n\nLost");
    CHECK(InputAt(d, input, 12, 16) == "Lost");
    CHECK(d.to_input.ToSourceEnd(d.text.size()) == 24);  // just after "Lost"
  }
  SECTION("a quotation mark opens a quoted value only after '='") {
    CHECK(DecodeHtml("<p>An <b \"odd\"> tag, <i class=x title='it > is'>fine</i>.</p>").text ==
          "An tag, fine.\n\n");
  }
  SECTION("400 KB of unterminated tags") {
    for (const std::string_view tag : {"<a \"", "<a x=\"", "<a x"}) {
      const std::string input = "<p>x</p><div>y</div>" + Repeat(tag, 100000);
      const DecodedText d = DecodeHtml(input);
      CHECK(d.text == "x\n\ny\n\n");
      CHECK(newslens::LooksLikeHtml(input));
    }
  }
}

// newslens_fuzz_decode, first minute after the tag reader changed: inside <pre>, a <td> or <th>
// tag became one space per byte, so the bytes of a character in its attributes ("–") each
// mapped to a space: offsets inside a character of the input.
TEST_CASE("Fuzz finding: a table cell tag inside <pre> is one space", "[regression]") {
  const std::string input = "<pre>a<td title=\"\u2013\">b</pre>";
  const DecodedText d = DecodeHtml(input);
  CHECK(d.text == "a b\n\n");
  CHECK(InputAt(d, input, 1, 2) == "<td title=\"\u2013\">");
  CHECK(InputAt(d, input, 2, 3) == "b");
}

// Bad-input suite, "UTF-8 truncated at the end": an ASCII article whose only non-ASCII
// character, an emoji, was cut by the end of the file held no complete multi-byte sequence, so
// it was read as Windows-1252 and the cut emoji shown as "ðŸŽ".
TEST_CASE("Bad-input finding: UTF-8 cut inside its last character stays UTF-8", "[regression]") {
  const std::string input = "Headline\n\nText ends in a cut emoji \xF0\x9F\x8E";
  auto r = DecodeInput(input);
  REQUIRE(r.ok());
  CHECK(r.value().encoding == newslens::SourceEncoding::kUtf8);
  CHECK(r.value().repaired == 1);
  CHECK(r.value().text == "Headline\n\nText ends in a cut emoji \uFFFD");
  CHECK(InputAt(r.value(), input, 35, 38) == "\xF0\x9F\x8E");
  SECTION("a single byte >= 0x80 at the end is still Windows-1252") {
    auto cafe = DecodeInput("Caf\xE9");
    REQUIRE(cafe.ok());
    CHECK(cafe.value().encoding == newslens::SourceEncoding::kWindows1252);
    CHECK(cafe.value().text == "Caf\u00E9");
  }
}

// newslens_fuzz_normalize, 300 s run: the chunked normalizer and utf8proc on the whole string
// disagreed on a Hangul syllable followed by U+11A7. utf8proc 2.8 (Debian 12's) is wrong: U+11A7
// is no trailing consonant (Unicode 15, 3.12: TIndex must be above 0), yet it composes the pair
// and drops the U+11A7 (JuliaStrings/utf8proc#317, fixed in 2.11.3). The normalizer never hands
// utf8proc that pair, since U+11A7 starts a segment of its own, and keeps the character.
TEST_CASE("Fuzz finding: U+11A7 after a Hangul syllable is kept (utf8proc 2.8 drops it)",
          "[regression]") {
  for (const auto form : {NormalizationForm::kNfc, NormalizationForm::kNfkc}) {
    CHECK(Normalize("\uAC00\u11A7", {.form = form, .fold = false}).text == "\uAC00\u11A7");
    CHECK(Normalize("\u1100\u1161\u11A7", {.form = form, .fold = false}).text == "\uAC00\u11A7");
    CHECK(Normalize("\uAC00\u11A8", {.form = form, .fold = false}).text == "\uAC01");
  }
  // The reference shows the library's bug; when Debian's utf8proc is fixed this fails, and the
  // exclusion in tests/fuzz/fuzz_normalize.cc can go.
  CHECK(newslens::UnicodeNormalizeReference("\uAC00\u11A7", NormalizationForm::kNfc) == "\uAC00");
}

TEST_CASE("Fuzz finding: a quotation closing the document's last token", "[regression]") {
  // The quote finder looked one token past the closing mark (for a comma) without checking for
  // the end of the text; AddressSanitizer saw the read past the tokens.
  const std::string text = "Headline\n\nLopez praised the plan as \u201Cclever\u201D";
  auto r = newslens::Analyze(text);
  REQUIRE(r.ok());
  REQUIRE(r.value().quotes.size() == 1);
  const newslens::Quote& q = r.value().quotes[0];
  CHECK(q.kind == newslens::QuoteKind::kPartial);
  CHECK(q.text == "clever");
}
