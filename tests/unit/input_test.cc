// Input decoding: UTF-8 validation and repair, byte order marks, line ends, UTF-16,
// Windows-1252, rejection of binary data, HTML; and, for each, the offsets back to the input.
#include "newslens/input.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace {

using newslens::DecodedText;
using newslens::DecodeInput;
using newslens::DecodeOptions;
using newslens::ErrorCode;
using newslens::LooksLikeHtml;
using newslens::MarkupMode;
using newslens::SourceEncoding;
using newslens::Span;

using namespace std::string_literals;  // "\0"s: NUL bytes inside literals

// The input bytes behind the `occurrence`-th (0-based) `needle` of the decoded text.
std::string InputOf(const DecodedText& d, std::string_view input, std::string_view needle,
                    int occurrence = 0) {
  std::size_t at = d.text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = d.text.find(needle, at + 1);
  if (at == std::string::npos) return "<" + std::string(needle) + " not in the text>";
  const Span s = d.to_input.ToSource(
      {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())});
  return std::string(input.substr(s.start, s.size()));
}

// The input span behind the `occurrence`-th `needle` of the decoded text.
Span SpanOf(const DecodedText& d, std::string_view needle, int occurrence = 0) {
  std::size_t at = d.text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = d.text.find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  return d.to_input.ToSource(
      {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())});
}

// Offsets at which a UTF-8 decoder starts a sequence (ill-formed subparts count as sequences,
// as the decoder repairs them).
std::vector<bool> Utf8Boundaries(std::string_view input) {
  std::vector<bool> boundary(input.size() + 1, false);
  for (std::size_t i = 0; i < input.size(); i += newslens::utf8::DecodeAt(input, i).length) {
    boundary[i] = true;
  }
  boundary[input.size()] = true;
  return boundary;
}

// Every code point of the decoded text maps to input bytes that start and end on boundaries of
// the input's characters, in order (code points from one replacement, such as the "\n\n" of a
// </p>, share their source), and the map covers exactly the input.
std::string CheckMap(const DecodedText& d, std::string_view input) {
  if (d.to_input.output_size() != d.text.size()) return "output size differs";
  if (d.to_input.source_size() != input.size()) return "source size differs";
  const std::vector<bool> utf8 = Utf8Boundaries(input);
  auto on_boundary = [&](std::size_t offset) {
    switch (d.encoding) {
      case SourceEncoding::kUtf8:
        return static_cast<bool>(utf8[offset]);
      case SourceEncoding::kUtf16LE:
      case SourceEncoding::kUtf16BE:
        return offset % 2 == 0 || offset == input.size();  // an odd final byte
      case SourceEncoding::kWindows1252:
        return true;
    }
    return false;
  };
  Span previous;
  for (std::size_t i = 0; i < d.text.size();) {
    const newslens::utf8::Decoded c = newslens::utf8::DecodeAt(d.text, i);
    if (!c.valid) return "invalid UTF-8 in the output at " + std::to_string(i);
    const Span s = d.to_input.ToSource(
        {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + c.length)});
    if (s.end > input.size() || !on_boundary(s.start) || !on_boundary(s.end) ||
        s.start < previous.start || s.end < previous.end ||
        (s.start < previous.end && s != previous) || s.empty()) {
      return "output [" + std::to_string(i) + ", " + std::to_string(i + c.length) + ") maps to [" +
             std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
    }
    previous = s;
    i += c.length;
  }
  return "";
}

// Decodes `input`, which must succeed, and checks the offset map of the result.
DecodedText Decode(std::string_view input, const DecodeOptions& options = {}) {
  newslens::Result<DecodedText> r = DecodeInput(input, options);
  if (!r.ok()) FAIL("DecodeInput failed: " << r.error().message);
  CHECK(CheckMap(r.value(), input) == "");
  return std::move(r).value();
}

DecodedText DecodeHtml(std::string_view input) {
  return Decode(input, {.markup = MarkupMode::kHtml});
}

// A news sentence (with valid multi-byte characters) that keeps a few invalid bytes under the
// decoder's "mostly invalid" threshold.
const std::string kPadding =
    " \u201CWe will be speaking, and I think will perhaps do something that\u2019ll be "
    "significant,\u201D Trump said in an exchange with reporters in the Oval Office.";

std::string Utf16(std::u16string_view units, bool big_endian, bool bom) {
  std::string out;
  auto put = [&](char16_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  };
  if (bom) put(0xFEFF);
  for (char16_t u : units) put(u);
  return out;
}

}  // namespace

TEST_CASE("Valid UTF-8 passes through untouched") {
  const std::string input =
      "Trump says he and Putin could do something \u2018significant\u2019 in Ukraine \U0001F1FA"
      "\U0001F1E6\n\nKyiv\u2019s forces\tand Zelensky \u0417\u0435\u043B\u0435\u043D\u0441\u044C"
      "\u043A\u0438\u0439.\f";
  const DecodedText d = Decode(input);
  CHECK(d.text == input);
  CHECK(d.to_input.is_identity());
  CHECK(d.encoding == SourceEncoding::kUtf8);
  CHECK_FALSE(d.had_bom);
  CHECK_FALSE(d.was_html);
  CHECK(d.repaired == 0);
  CHECK(Decode("").text.empty());
}

TEST_CASE("Each maximal ill-formed subpart becomes one U+FFFD") {
  struct Case {
    const char* name;
    std::string bytes;
    std::string text;                  // expected, before the padding
    std::vector<std::string> repairs;  // the input bytes behind each U+FFFD, in order
  };
  const std::string r = "\uFFFD";
  const Case cases[] = {
      // The example of the Unicode Standard, table 3-8.
      {"table 3-8",
       "a\xF1\x80\x80\xE1\x80\xC2"
       "b\x80"
       "c\x80\xBF"
       "d",
       "a" + r + r + r + "b" + r + "c" + r + r + "d",
       {"\xF1\x80\x80", "\xE1\x80", "\xC2", "\x80", "\x80", "\xBF"}},
      {"overlong two-byte slash", "x\xC0\xAFy", "x" + r + r + "y", {"\xC0", "\xAF"}},
      {"overlong three-byte slash",
       "x\xE0\x80\xAFy",
       "x" + r + r + r + "y",
       {"\xE0", "\x80", "\xAF"}},
      {"overlong four-byte",
       "x\xF0\x80\x80\xAFy",
       "x" + r + r + r + r + "y",
       {"\xF0", "\x80", "\x80", "\xAF"}},
      {"surrogate D800", "x\xED\xA0\x80y", "x" + r + r + r + "y", {"\xED", "\xA0", "\x80"}},
      {"surrogate DFFF", "x\xED\xBF\xBFy", "x" + r + r + r + "y", {"\xED", "\xBF", "\xBF"}},
      {"above U+10FFFF",
       "x\xF4\x90\x80\x80y",
       "x" + r + r + r + r + "y",
       {"\xF4", "\x90", "\x80", "\x80"}},
      {"F5 and above",
       "x\xF5\x80\xF8\x88\xFEy",
       "x" + r + r + r + r + r + "y",
       {"\xF5", "\x80", "\xF8", "\x88", "\xFE"}},
      {"truncated three-byte sequence", "don\xE2\x80t", "don" + r + "t", {"\xE2\x80"}},
      {"truncated four-byte sequence before a valid one",
       "x\xF0\x9F\x98\xE2\x80\x9Cy",
       "x" + r + "\u201Cy",
       {"\xF0\x9F\x98"}},
      {"lone continuation byte", "x\x80y", "x" + r + "y", {"\x80"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string input = c.bytes + kPadding + kPadding;
    const DecodedText d = Decode(input);
    CHECK(d.encoding == SourceEncoding::kUtf8);
    CHECK(d.text == c.text + kPadding + kPadding);
    CHECK(d.repaired == c.repairs.size());
    for (std::size_t k = 0; k < c.repairs.size(); ++k) {
      INFO("U+FFFD number " << k);
      CHECK(InputOf(d, input, r, static_cast<int>(k)) == c.repairs[k]);
    }
    CHECK(InputOf(d, input, kPadding) == kPadding);
  }
  SECTION("a truncated sequence at the very end") {
    const std::string input = kPadding + kPadding + "\xF0\x9F\x98";
    const DecodedText d = Decode(input);
    CHECK(d.text == kPadding + kPadding + r);
    CHECK(d.repaired == 1);
    CHECK(SpanOf(d, r) == Span{static_cast<std::uint32_t>(input.size() - 3),
                               static_cast<std::uint32_t>(input.size())});
  }
  SECTION("a span around a repair covers the invalid bytes whole") {
    const std::string input = "Kyiv\xE2\x80s forces" + kPadding + kPadding;
    const DecodedText d = Decode(input);
    CHECK(InputOf(d, input, "Kyiv" + r + "s") == "Kyiv\xE2\x80s");
    // Half of the three bytes of U+FFFD maps to the whole of the two invalid bytes.
    const std::size_t at = d.text.find(r);
    CHECK(d.to_input.ToSource({static_cast<std::uint32_t>(at + 1),
                               static_cast<std::uint32_t>(at + 2)}) == Span{4, 6});
  }
}

TEST_CASE("A UTF-8 byte order mark is skipped") {
  SECTION("valid text") {
    const std::string input = "\xEF\xBB\xBFTrump said.\r\nHe left.";
    const DecodedText d = Decode(input);
    CHECK(d.text == "Trump said.\nHe left.");
    CHECK(d.had_bom);
    CHECK(d.encoding == SourceEncoding::kUtf8);
    CHECK(SpanOf(d, "Trump") == Span{3, 8});
    CHECK(InputOf(d, input, "\n") == "\r\n");
    CHECK(SpanOf(d, "He left.") == Span{16, 24});
    CHECK(d.to_input.ToSource({0, static_cast<std::uint32_t>(d.text.size())}) == Span{3, 24});
  }
  SECTION("with bytes to repair") {
    const std::string input = "\xEF\xBB\xBFKyiv\xFFs" + kPadding + kPadding;
    const DecodedText d = Decode(input);
    CHECK(d.text == "Kyiv\uFFFDs" + kPadding + kPadding);
    CHECK(d.had_bom);
    CHECK(d.repaired == 1);
    CHECK(SpanOf(d, "Kyiv") == Span{3, 7});
    CHECK(SpanOf(d, "\uFFFD") == Span{7, 8});
  }
  SECTION("only a byte order mark") {
    const DecodedText d = Decode("\xEF\xBB\xBF");
    CHECK(d.text.empty());
    CHECK(d.had_bom);
  }
}

TEST_CASE("Line ends and stray control characters") {
  SECTION("CRLF and lone CR become LF") {
    const std::string input = "Headline\r\n\r\nFirst line.\rSecond line.\nThird.\r";
    const DecodedText d = Decode(input);
    CHECK(d.text == "Headline\n\nFirst line.\nSecond line.\nThird.\n");
    CHECK(InputOf(d, input, "\n", 0) == "\r\n");
    CHECK(InputOf(d, input, "\n\n") == "\r\n\r\n");
    CHECK(InputOf(d, input, "\n", 2) == "\r");
    CHECK(InputOf(d, input, "\n", 3) == "\n");
    CHECK(InputOf(d, input, "\n", 4) == "\r");
    CHECK(SpanOf(d, "Second line.") == Span{24, 36});
  }
  SECTION("CR CR LF is two line ends") { CHECK(Decode("a\r\r\nb").text == "a\n\nb"); }
  SECTION("a few stray controls become spaces; TAB and FF stay") {
    const std::string input = "Trump\x07said\x1B and\x7F left.\tThen\fhe spoke.";
    const DecodedText d = Decode(input);
    CHECK(d.text == "Trump said  and  left.\tThen\fhe spoke.");
    CHECK(SpanOf(d, " ", 0) == Span{5, 6});
    CHECK(InputOf(d, input, "said ") == "said\x1B");
  }
}

TEST_CASE("UTF-16 with a byte order mark") {
  const std::u16string units =
      u"\u201CWe will win,\u201D Kyiv\u2019s \U0001F1FA\U0001F1E6 aide said.\r\nNext.";
  const std::string expected =
      "\u201CWe will win,\u201D Kyiv\u2019s \U0001F1FA\U0001F1E6 aide said.\nNext.";
  for (const bool big_endian : {false, true}) {
    INFO((big_endian ? "big endian" : "little endian"));
    const std::string input = Utf16(units, big_endian, true);
    const DecodedText d = Decode(input);
    CHECK(d.text == expected);
    CHECK(d.encoding == (big_endian ? SourceEncoding::kUtf16BE : SourceEncoding::kUtf16LE));
    CHECK(d.had_bom);
    CHECK(d.repaired == 0);
    CHECK(SpanOf(d, "\u201C") == Span{2, 4});
    CHECK(SpanOf(d, "We") == Span{4, 8});
    CHECK(SpanOf(d, "W") == Span{4, 6});  // ASCII maps unit by unit
    CHECK(SpanOf(d, "Kyiv\u2019s") == Span{32, 44});
    CHECK(SpanOf(d, "\U0001F1FA") == Span{46, 50});  // a surrogate pair: four bytes
    CHECK(SpanOf(d, "\U0001F1FA\U0001F1E6") == Span{46, 54});
    CHECK(InputOf(d, input, "\n") == Utf16(u"\r\n", big_endian, false));
    CHECK(SpanOf(d, "Next.") == Span{80, 90});
  }
  SECTION("unpaired surrogates and an odd final byte become U+FFFD") {
    const std::u16string bad = {u'a', 0xD800, u'b', 0xDC00, u'c', 0xD83D, 0xD83D, 0xDE00, 0xD800};
    for (const bool big_endian : {false, true}) {
      INFO((big_endian ? "big endian" : "little endian"));
      const std::string input = Utf16(bad, big_endian, true) + "x";
      const DecodedText d = Decode(input);
      CHECK(d.text == "a\uFFFDb\uFFFDc\uFFFD\U0001F600\uFFFD\uFFFD");
      CHECK(d.repaired == 5);
      CHECK(SpanOf(d, "\uFFFD", 0) == Span{4, 6});
      CHECK(SpanOf(d, "\uFFFD", 1) == Span{8, 10});
      CHECK(SpanOf(d, "\uFFFD", 2) == Span{12, 14});
      CHECK(SpanOf(d, "\U0001F600") == Span{14, 18});
      CHECK(SpanOf(d, "\uFFFD", 3) == Span{18, 20});
      CHECK(SpanOf(d, "\uFFFD", 4) == Span{20, 21});  // the odd byte
    }
  }
  SECTION("a NUL character is not text") {
    const std::string input = Utf16(u"Trump said\0 no"s, false, true);
    const newslens::Result<DecodedText> r = DecodeInput(input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kNotText);
    CHECK(r.error().offset == 22);
  }
  SECTION("HTML in UTF-16: both maps lead back to the input") {
    const std::string input =
        Utf16(u"<p>Tom &amp; Jerry\u2019s</p><p>Two</p><p>Three</p>", false, true);
    const DecodedText d = Decode(input);
    CHECK(d.was_html);
    CHECK(d.text == "Tom & Jerry\u2019s\n\nTwo\n\nThree\n\n");
    CHECK(InputOf(d, input, "&") == Utf16(u"&amp;", false, false));
    CHECK(SpanOf(d, "Tom") == Span{8, 14});
    CHECK(InputOf(d, input, "\u2019") == Utf16(u"\u2019", false, false));
  }
}

TEST_CASE("UTF-16 without a byte order mark is recognized by its NUL bytes") {
  const std::u16string units = u"Trump said he and Putin could do something.";
  const DecodedText le = Decode(Utf16(units, false, false));
  CHECK(le.encoding == SourceEncoding::kUtf16LE);
  CHECK(le.text == "Trump said he and Putin could do something.");
  CHECK_FALSE(le.had_bom);
  const DecodedText be = Decode(Utf16(units, true, false));
  CHECK(be.encoding == SourceEncoding::kUtf16BE);
  CHECK(be.text == "Trump said he and Putin could do something.");
  CHECK(SpanOf(be, "said") == Span{12, 20});
}

TEST_CASE("8-bit text without UTF-8 sequences is read as Windows-1252") {
  const std::string input =
      "Caf\xE9 owner said \x93no\x94 \x96 it cost \x80"
      "5, Kyiv\x92s \x85";
  const DecodedText d = Decode(input);
  CHECK(d.encoding == SourceEncoding::kWindows1252);
  CHECK(d.text == "Caf\u00E9 owner said \u201Cno\u201D \u2013 it cost \u20AC5, Kyiv\u2019s \u2026");
  CHECK(d.repaired == 0);
  CHECK(SpanOf(d, "\u00E9") == Span{3, 4});
  CHECK(SpanOf(d, "\u201Cno\u201D") == Span{16, 20});
  CHECK(SpanOf(d, "\u20AC5") == Span{31, 33});
  SECTION("a byte Windows-1252 leaves undefined means UTF-8 with errors") {
    const DecodedText e = Decode("Caf\xE9 \x81");
    CHECK(e.encoding == SourceEncoding::kUtf8);
    CHECK(e.text == "Caf\uFFFD \uFFFD");
    CHECK(e.repaired == 2);
  }
  SECTION("one valid UTF-8 sequence means UTF-8 with errors") {
    const DecodedText e = Decode("Caf\xE9 \xC2\xA9 2025 Reuters, all rights reserved");
    CHECK(e.encoding == SourceEncoding::kUtf8);
    CHECK(e.text == "Caf\uFFFD \u00A9 2025 Reuters, all rights reserved");
    CHECK(e.repaired == 1);
  }
}

TEST_CASE("Input that is not text is rejected with the offset of the first problem") {
  auto error_of = [](std::string_view input) {
    const newslens::Result<DecodedText> r = DecodeInput(input);
    REQUIRE_FALSE(r.ok());
    return r.error();
  };
  SECTION("a NUL byte") {
    const newslens::Error e = error_of("Trump said\0 no"s);
    CHECK(e.code == ErrorCode::kNotText);
    CHECK(e.offset == 10);
    CHECK(e.message == "NUL byte at byte offset 10");
  }
  SECTION("the start of a PNG image") {
    const newslens::Error e = error_of("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s);
    CHECK(e.code == ErrorCode::kNotText);
    CHECK(e.offset == 8);
  }
  SECTION("random bytes") {
    std::mt19937 random(20250201);
    std::string bytes(4096, '\0');
    for (char& b : bytes) b = static_cast<char>(random() & 0xFF);
    const newslens::Error e = error_of(bytes);
    CHECK(e.code == ErrorCode::kNotText);
    CHECK(e.offset == bytes.find('\0'));

    // Without NUL bytes the control characters give it away.
    for (char& b : bytes) b = b == 0 ? 'x' : b;
    std::size_t first_control = 0;
    while (!((static_cast<unsigned char>(bytes[first_control]) < 0x20 &&
              std::string_view("\t\n\f\r").find(bytes[first_control]) == std::string_view::npos) ||
             bytes[first_control] == 0x7F)) {
      ++first_control;
    }
    const newslens::Error f = error_of(bytes);
    CHECK(f.code == ErrorCode::kNotText);
    CHECK(f.offset == first_control);

    // Without control characters either, the bytes are not UTF-8 (nor Windows-1252: 0x81).
    for (char& b : bytes) b = static_cast<char>(0x80 | (random() & 0x7F));
    bytes[100] = '\x81';
    std::size_t first_invalid = 0;
    while (newslens::utf8::DecodeAt(bytes, first_invalid).valid) {
      first_invalid += newslens::utf8::DecodeAt(bytes, first_invalid).length;
    }
    const newslens::Error g = error_of(bytes);
    CHECK(g.code == ErrorCode::kNotText);
    CHECK(g.offset == first_invalid);
  }
  SECTION("text with many control characters") {
    std::string input;
    for (int i = 0; i < 10; ++i) input += "\x1B[1mTrump\x1B[0m said ";
    const newslens::Error e = error_of(input);
    CHECK(e.code == ErrorCode::kNotText);
    CHECK(e.offset == 0);
  }
  SECTION("text with a few percent of invalid bytes, after valid ones") {
    std::string input = "\u201CWe will win,\u201D he said. ";
    const std::size_t first = input.size();
    for (int i = 0; i < 20; ++i) input += "caf\xE9 ";
    const newslens::Error e = error_of(input);
    CHECK(e.code == ErrorCode::kNotText);
    CHECK(e.offset == first + 3);
  }
}

TEST_CASE("HTML character references") {
  const std::string input =
      "<p>Tom &amp; Jerry said &#8220;yes&#8221; and &#x201C;no&#X201d;; Kyiv&rsquo;s&nbsp;forces "
      "&lt;b&gt; &quot;x&quot; &#146;90s &#128512;</p>";
  const DecodedText d = DecodeHtml(input);
  CHECK(d.text ==
        "Tom & Jerry said \u201Cyes\u201D and \u201Cno\u201D; Kyiv\u2019s\u00A0forces <b> "
        "\"x\" \u201990s \U0001F600\n\n");
  CHECK(InputOf(d, input, "&") == "&amp;");
  CHECK(InputOf(d, input, "\u201Cyes\u201D") == "&#8220;yes&#8221;");
  CHECK(InputOf(d, input, "\u201Cno\u201D") == "&#x201C;no&#X201d;");
  CHECK(InputOf(d, input, "\u2019", 0) == "&rsquo;");
  CHECK(InputOf(d, input, "\u00A0") == "&nbsp;");
  CHECK(InputOf(d, input, "<b>") == "&lt;b&gt;");
  CHECK(InputOf(d, input, "\"x\"") == "&quot;x&quot;");
  CHECK(InputOf(d, input, "\u2019", 1) == "&#146;");  // Windows-1252's ’, as browsers read it
  CHECK(InputOf(d, input, "\U0001F600") == "&#128512;");
  CHECK(SpanOf(d, "Tom") == Span{3, 6});

  SECTION("what is not a reference stays as it is") {
    CHECK(DecodeHtml("<p>AT&T &bogus; &#; & x &copy 5</p>").text ==
          "AT&T &bogus; &#; & x &copy 5\n\n");
  }
  SECTION("the legacy references without a semicolon") {
    CHECK(DecodeHtml("<p>AT&amp T &lt 3 &nbsp x</p>").text == "AT& T < 3 \u00A0 x\n\n");
  }
  SECTION("references to no character become U+FFFD") {
    CHECK(DecodeHtml("<p>a&#0;b&#xD800;c&#1114112;d</p>").text == "a\uFFFDb\uFFFDc\uFFFDd\n\n");
  }
}

TEST_CASE("HTML markup becomes text") {
  SECTION("inline tags are dropped, their text kept") {
    const std::string input =
        "<p>President <b>Donald</b> <a href=\"/trump\" title=\"a>b\">Trump</a> said</p>";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "President Donald Trump said\n\n");
    CHECK(SpanOf(d, "Donald") == Span{16, 22});
    CHECK(InputOf(d, input, "Trump") == "Trump");
  }
  SECTION("block elements end paragraphs") {
    const std::string input =
        "<div>One</div><div><p>Two</p></div><h2>Three</h2><ul><li>Four</li><li>Five</li></ul>"
        "<blockquote>Six</blockquote>Seven";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven");
    CHECK(InputOf(d, input, "\n\n", 0) == "</div>");
  }
  SECTION("<br> ends a line") {
    const std::string input = "<p>Tom &amp; Jerry<br>on Main St.<br/>Two<BR />Three</p>";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "Tom & Jerry\non Main St.\nTwo\nThree\n\n");
    CHECK(InputOf(d, input, "\n", 0) == "<br>");
    CHECK(InputOf(d, input, "\n", 2) == "<BR />");
  }
  SECTION("whitespace collapses as a browser shows it") {
    const std::string input =
        "<article>\n  <p>\n    Tom &amp; Jerry\xE2\x80\x99s caf&eacute;\r\n    reopened   "
        "<b>today</b> .\n  </p>\n  <p>Second\tparagraph.</p>\n</article>\n";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "Tom & Jerry\u2019s caf\u00E9 reopened today .\n\nSecond paragraph.\n\n");
    CHECK(InputOf(d, input, "caf\u00E9 reopened") == "caf&eacute;\r\n    reopened");
    CHECK(InputOf(d, input, " ", 3) == "\r\n    ");
    CHECK(InputOf(d, input, "Second paragraph") == "Second\tparagraph");
  }
  SECTION("preformatted text keeps its lines") {
    CHECK(DecodeHtml("<pre>a\r\n  b\rc</pre><p>d  e</p>").text == "a\n  b\nc\n\nd e\n\n");
  }
  SECTION("table cells are separated by a space") {
    CHECK(DecodeHtml("<table><tr><td>Kyiv</td>\n<td>Ukraine</td></tr></table>").text ==
          "Kyiv Ukraine\n\n");
  }
  SECTION("script, style and other non-text elements are dropped with their content") {
    const std::string input =
        "<p>One</p><script>if (a<b) document.write(\"</p>\")</script><STYLE type=\"text/css\">"
        "p { color: red }</STYLE><noscript><p>Enable JS</p></noscript><svg><text>x</text></svg>"
        "<p>Two</p><template><p>t</p></template>";
    const DecodedText d = DecodeHtml(input);
    CHECK(d.text == "One\n\nTwo\n\n");
    CHECK(InputOf(d, input, "Two") == "Two");
  }
  SECTION("comments are dropped, an unclosed one to the end") {
    CHECK(DecodeHtml("<p>Tom<!-- <p>not this</p> --> and Jerry</p><!-- the end").text ==
          "Tom and Jerry\n\n");
  }
  SECTION("the head is dropped, but for the title when the body has no <h1>") {
    const std::string head =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Trump &amp; Putin talk</title><link rel=\"stylesheet\" href=\"a.css\">"
        "<style>p{}</style></head>\n<body>";
    CHECK(DecodeHtml(head + "<p>Body text.</p></body></html>").text ==
          "Trump & Putin talk\n\nBody text.\n\n");
    CHECK(DecodeHtml(head + "<h1>Headline</h1><p>Body text.</p></body></html>").text ==
          "Headline\n\nBody text.\n\n");
  }
  SECTION("a '<' that opens no tag is text") {
    CHECK(DecodeHtml("<p>a < b and c <3 d <> e</p>").text == "a < b and c <3 d <> e\n\n");
  }
}

TEST_CASE("HTML is detected, or chosen by the caller") {
  SECTION("detection") {
    CHECK(LooksLikeHtml("<!DOCTYPE html><title>x</title>"));
    CHECK(LooksLikeHtml("\n  <html><body>x</body></html>"));
    CHECK(LooksLikeHtml("<p>One.</p><p>Two.</p>"));
    CHECK(LooksLikeHtml("<div class=\"story\"><span>By Jane Doe</span></div>"));
    CHECK_FALSE(LooksLikeHtml("Use the <b> tag to make text bold."));
    CHECK_FALSE(LooksLikeHtml("<b>Bold</b> claims"));
    CHECK_FALSE(LooksLikeHtml("If a < b and c > d, then a<c."));
    CHECK_FALSE(LooksLikeHtml("<Reuters> <AP> <AFP> reported"));
    CHECK_FALSE(LooksLikeHtml("Trump said he and Putin could do something."));
    CHECK_FALSE(LooksLikeHtml(""));
  }
  SECTION("automatic") {
    const DecodedText d = Decode("<p>Tom &amp; Jerry</p><p>Two</p>");
    CHECK(d.was_html);
    CHECK(d.text == "Tom & Jerry\n\nTwo\n\n");
    const DecodedText plain = Decode("Use the <b> tag &amp; more.");
    CHECK_FALSE(plain.was_html);
    CHECK(plain.text == "Use the <b> tag &amp; more.");
  }
  SECTION("forced") {
    const DecodedText html = Decode("Use <b>bold</b> &amp; more.", {.markup = MarkupMode::kHtml});
    CHECK(html.was_html);
    CHECK(html.text == "Use bold & more.");
    const DecodedText text =
        Decode("<p>One</p><p>Two</p><p>Three</p>", {.markup = MarkupMode::kText});
    CHECK_FALSE(text.was_html);
    CHECK(text.text == "<p>One</p><p>Two</p><p>Three</p>");
  }
  SECTION("HTML with invalid bytes: repaired, then read") {
    const std::string input = "<p>Kyiv\xFFs forces</p><p>" + kPadding + "</p><p>x</p>";
    const DecodedText d = Decode(input);
    CHECK(d.was_html);
    CHECK(d.repaired == 1);
    CHECK(d.text.starts_with("Kyiv\uFFFDs forces\n\n"));
    CHECK(InputOf(d, input, "\uFFFD") == "\xFF");
    CHECK(SpanOf(d, "forces") == Span{10, 16});
  }
}

TEST_CASE("Encoding names") {
  CHECK(std::string(newslens::SourceEncodingName(SourceEncoding::kUtf8)) == "utf-8");
  CHECK(std::string(newslens::SourceEncodingName(SourceEncoding::kUtf16LE)) == "utf-16le");
  CHECK(std::string(newslens::SourceEncodingName(SourceEncoding::kUtf16BE)) == "utf-16be");
  CHECK(std::string(newslens::SourceEncodingName(SourceEncoding::kWindows1252)) == "windows-1252");
}
