// Normalization: Unicode forms, folding for matching, and the offsets back to the source.
#include "newslens/normalize.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace {

using newslens::NormalizationForm;
using newslens::Normalize;
using newslens::NormalizedText;
using newslens::NormalizeOptions;
using newslens::Span;
using newslens::UnicodeNormalizeReference;

std::string Fold(std::string_view text) { return Normalize(text).text; }

std::string Unicode(std::string_view text, NormalizationForm form) {
  return Normalize(text, {.form = form, .fold = false}).text;
}

// The bytes of `source` behind the `occurrence`-th (0-based) `needle` in the normalized text.
std::string SourceOf(const NormalizedText& n, std::string_view source, std::string_view needle,
                     int occurrence = 0) {
  std::size_t at = n.text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = n.text.find(needle, at + 1);
  if (at == std::string::npos) return "<" + std::string(needle) + " not in the output>";
  const Span s = n.to_source.ToSource(
      {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())});
  return std::string(source.substr(s.start, s.size()));
}

// "1E0A 0323" -> UTF-8.
std::string FromHex(std::string_view field) {
  std::string out;
  std::size_t i = 0;
  while (i < field.size()) {
    while (i < field.size() && field[i] == ' ') ++i;
    if (i >= field.size()) break;
    char32_t cp = 0;
    for (; i < field.size() && field[i] != ' '; ++i) {
      const char c = field[i];
      cp = cp * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    newslens::utf8::Append(cp, &out);
  }
  return out;
}

std::string ToHex(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const newslens::utf8::Decoded d = newslens::utf8::DecodeAt(utf8, i);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%s%04X", out.empty() ? "" : " ",
                  static_cast<unsigned>(d.code_point));
    out += buffer;
    i += d.length;
  }
  return out;
}

// Every output code point must map to a non-empty source range that starts and ends on
// code-point boundaries of the source, and the ranges must not go backwards.
std::string CheckOffsets(std::string_view source, const NormalizedText& n) {
  std::uint32_t previous_start = 0;
  for (std::size_t i = 0; i < n.text.size();) {
    const std::uint32_t length = newslens::utf8::DecodeAt(n.text, i).length;
    const Span s = n.to_source.ToSource(
        {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + length)});
    if (s.empty() || s.end > source.size() || !newslens::utf8::IsBoundary(source, s.start) ||
        !newslens::utf8::IsBoundary(source, s.end) || s.start < previous_start) {
      return "output byte " + std::to_string(i) + " maps to [" + std::to_string(s.start) + ", " +
             std::to_string(s.end) + ")";
    }
    previous_start = s.start;
    i += length;
  }
  if (n.to_source.output_size() != n.text.size() || n.to_source.source_size() != source.size()) {
    return "map sizes " + std::to_string(n.to_source.output_size()) + " -> " +
           std::to_string(n.to_source.source_size());
  }
  return "";
}

}  // namespace

TEST_CASE("Unicode normalization is NFC by default") {
  SECTION("combining sequences compose") {
    CHECK(Fold("e\u0301") == "\u00E9");
    CHECK(Fold("Zelenskyy met Macron at the Elyse\u0301e") ==
          "Zelenskyy met Macron at the Elys\u00E9e");
    CHECK(Fold("Cafe\u0301 owner Franc\u0327ois") == "Caf\u00E9 owner Fran\u00E7ois");
    CHECK(Fold("\u1100\u1161\u11A8") == "\uAC01");  // Hangul jamo compose algorithmically
  }
  SECTION("marks are put in canonical order") {
    CHECK(Fold("a\u0301\u0323") == "\u1EA1\u0301");
    CHECK(Fold("q\u0307\u0323") == "q\u0323\u0307");  // no precomposed form: only reordered
  }
  SECTION("singletons and composition exclusions") {
    CHECK(Fold("\u212B") == "\u00C5");        // ANGSTROM SIGN
    CHECK(Fold("\u2126") == "\u03A9");        // OHM SIGN
    CHECK(Fold("\u0958") == "\u0915\u093C");  // excluded from composition
  }
  SECTION("compatibility characters are left alone") {
    CHECK(Fold("\uFB01nance \u2460 x\u00B2 \uFF21") == "\uFB01nance \u2460 x\u00B2 \uFF21");
  }
  SECTION("text that is already NFC comes back byte for byte, with an identity map") {
    const std::string text =
        "Zelensky\u2019s aide said the talks in Riyadh \u2014 the first \u2014 went well.";
    const NormalizedText n = Normalize(text, {.fold = false});
    CHECK(n.text == text);
    CHECK(n.to_source.is_identity());
  }
}

TEST_CASE("NFKC on request") {
  const NormalizeOptions nfkc{.form = NormalizationForm::kNfkc, .fold = false};
  CHECK(Normalize("\uFB01nance", nfkc).text == "finance");
  CHECK(Normalize("\u2460 x\u00B2 \uFF21\uFF22\uFF23", nfkc).text == "1 x2 ABC");
  CHECK(Normalize("\u00BD", nfkc).text == "1\u20442");
  CHECK(Normalize("e\u0301", nfkc).text == "\u00E9");  // composes as NFC does
  CHECK(Normalize("5\u00A0km", nfkc).text == "5 km");
  SECTION("offsets: each output byte maps to the compatibility character it came from") {
    const std::string source = "the \uFB01rst \u2460";
    const NormalizedText n = Normalize(source, nfkc);
    REQUIRE(n.text == "the first 1");
    CHECK(SourceOf(n, source, "f") == "\uFB01");
    CHECK(SourceOf(n, source, "i") == "\uFB01");
    CHECK(SourceOf(n, source, "rst") == "rst");
    CHECK(SourceOf(n, source, "1") == "\u2460");
  }
  SECTION("folding applies on top of NFKC") {
    CHECK(Normalize("\uFF02Yes,\uFF02 he said", {.form = NormalizationForm::kNfkc}).text ==
          "\u201CYes,\u201D he said");
  }
}

TEST_CASE("Double quotation marks fold to \u201C and \u201D by direction") {
  // Every variant the header lists, as an opening and as a closing mark around a quote.
  struct Pair {
    const char* open;
    const char* close;
  };
  const Pair pairs[] = {
      {"\"", "\""},         {"\u201C", "\u201D"}, {"\u201E", "\u201C"},  // German „...“
      {"\u201E", "\u201D"}, {"\u201F", "\u201D"}, {"\u00AB", "\u00BB"},  // French «...»
      {"\u00BB", "\u00AB"},                                              // Danish »...«
      {"\uFF02", "\uFF02"}, {"\u300C", "\u300D"}, {"\u300E", "\u300F"}, {"\u301D", "\u301E"},
      {"\u301D", "\u301F"}, {"''", "''"},         {"``", "''"},  // newspaper archives and TeX
  };
  for (const Pair& p : pairs) {
    const std::string source =
        std::string("He said ") + p.open + "We will win" + p.close + " today.";
    INFO(source);
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "He said \u201CWe will win\u201D today.");
    CHECK(SourceOf(n, source, "\u201C") == p.open);
    CHECK(SourceOf(n, source, "\u201D") == p.close);
  }
}

TEST_CASE("Single quotation marks fold to \u2018 and \u2019 by direction") {
  struct Pair {
    const char* open;
    const char* close;
  };
  const Pair pairs[] = {
      {"'", "'"},           {"\u2018", "\u2019"}, {"\u201A", "\u2018"},  // German ‚...‘
      {"\u201B", "\u2019"}, {"\u2039", "\u203A"}, {"\u203A", "\u2039"}, {"\u02BC", "\u02BC"},
  };
  for (const Pair& p : pairs) {
    const std::string source =
        std::string("could do something ") + p.open + "significant" + p.close + " in Ukraine";
    INFO(source);
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "could do something \u2018significant\u2019 in Ukraine");
    CHECK(SourceOf(n, source, "\u2018") == p.open);
    CHECK(SourceOf(n, source, "\u2019") == p.close);
  }
}

TEST_CASE("Quotation marks in news text") {
  SECTION("straight quotes around a quote and its attribution") {
    CHECK(Fold("\"We will be speaking,\" Trump said. \"It's early.\"") ==
          "\u201CWe will be speaking,\u201D Trump said. \u201CIt's early.\u201D");
  }
  SECTION("a quote inside a quote") {
    CHECK(Fold("\"He told me 'no deal' twice,\" she said.") ==
          "\u201CHe told me \u2018no deal\u2019 twice,\u201D she said.");
    CHECK(Fold("\u201CHe told me \u2018no deal\u2019 twice,\u201D she said.") ==
          "\u201CHe told me \u2018no deal\u2019 twice,\u201D she said.");
  }
  SECTION("a quote after a colon, a dash or a bracket, and before punctuation") {
    CHECK(Fold("saying:\"I don't want to say that.\"") ==
          "saying:\u201CI don't want to say that.\u201D");
    CHECK(Fold("(\"Yes\") \u2014\"Well,\" she said \u2014 \"fine\".") ==
          "(\u201CYes\u201D) \u2014\u201CWell,\u201D she said \u2014 \u201Cfine\u201D.");
    CHECK(Fold("were \"already talking\".") == "were \u201Calready talking\u201D.");
  }
  SECTION("a quote that runs over paragraphs opens each paragraph again") {
    // News style: no closing mark at the end of a paragraph the quote continues after.
    CHECK(Fold("\"We want to end that war.\n\n\"That war would have not started,\" he said.") ==
          "\u201CWe want to end that war.\n\n\u201CThat war would have not started,\u201D he "
          "said.");
  }
  SECTION("a blank line that holds spaces, or U+2029, also ends the paragraph") {
    // The second paragraph's mark is a tie (":" before, a letter after): only a reset quote
    // state makes it open.
    CHECK(Fold("\"We want to end that war.\n  \nHe said:\"No.\"") ==
          "\u201CWe want to end that war.\n  \nHe said:\u201CNo.\u201D");
    CHECK(Fold("\"We want to end that war.\u2029He said:\"No.\"") ==
          "\u201CWe want to end that war.\n\nHe said:\u201CNo.\u201D");
    CHECK(Fold("\"We want to end that war.\n\nHe said:\"No.\"") ==
          "\u201CWe want to end that war.\n\nHe said:\u201CNo.\u201D");
  }
  SECTION("a line break inside a paragraph keeps the quote open") {
    CHECK(Fold("\"We want to end\nthat war.\"He left.") ==
          "\u201CWe want to end\nthat war.\u201DHe left.");
  }
  SECTION("French spacing inside guillemets") {
    CHECK(Fold("\u00AB Non \u00BB, a-t-il dit.") == "\u201C Non \u201D, a-t-il dit.");
  }
  SECTION("an empty quote") { CHECK(Fold("x \"\" y") == "x \u201C\u201D y"); }
}

TEST_CASE("Apostrophes fold to the ASCII apostrophe") {
  SECTION("inside words: contractions, possessives, names") {
    const std::string source =
        "I don\u2019t know what Kyiv\u2019s forces will do, but that\u2019ll be "
        "O\u2019Brien\u2019s "
        "call.";
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "I don't know what Kyiv's forces will do, but that'll be O'Brien's call.");
    CHECK(SourceOf(n, source, "'") == "\u2019");
    CHECK(SourceOf(n, source, "'s forces") == "\u2019s forces");
    CHECK(SourceOf(n, source, "'", 4) == "\u2019");
  }
  SECTION("other apostrophe glyphs between letters") {
    CHECK(Fold("don\u2018t") == "don't");  // a left quote typed by mistake
    CHECK(Fold("don\u02BCt") == "don't");
    CHECK(Fold("don\u2032t") == "don't");
    CHECK(Fold("don't") == "don't");
    CHECK(Fold("Ng\u0169gi\u2019s") == "Ng\u0169gi's");
  }
  SECTION("before a year") {
    CHECK(Fold("back in the \u201990s and in \u201998, she said") ==
          "back in the '90s and in '98, she said");
    CHECK(Fold("back in the '90s") == "back in the '90s");
    CHECK(Fold("back in the \u201890s") == "back in the '90s");  // autocorrect's wrong mark
  }
  SECTION("after a plural, with no single quote open") {
    CHECK(Fold("the players\u2019 union said") == "the players' union said");
    CHECK(Fold("the players' union said") == "the players' union said");
    CHECK(Fold("the Joneses\u2019.") == "the Joneses'.");
  }
  SECTION("not an apostrophe: a closing single quote after a word") {
    CHECK(Fold("something \u2018significant\u2019 in Ukraine") ==
          "something \u2018significant\u2019 in Ukraine");
    CHECK(Fold("a \u2018clever and pragmatic\u2019 man") ==
          "a \u2018clever and pragmatic\u2019 man");
    CHECK(Fold("what he called \u2018a \u201990s mistake\u2019.") ==
          "what he called \u2018a '90s mistake\u2019.");
  }
  SECTION("not an apostrophe: a quote that opens with a number") {
    CHECK(Fold("\u201890 percent\u2019 of voters") == "\u201890 percent\u2019 of voters");
    CHECK(Fold("the \u20182020 election\u2019 was") == "the \u20182020 election\u2019 was");
  }
  SECTION("a prime that is no apostrophe stays a prime") {
    CHECK(Fold("5\u2032 tall") == "5\u2032 tall");
    // NFKC spells the triple prime as three primes: each is judged by the one before it.
    CHECK(Normalize("don\u2034t", {.form = NormalizationForm::kNfkc}).text ==
          "don\u2032\u2032\u2032t");
  }
}

TEST_CASE("Dashes and hyphens") {
  const std::string dashes[] = {"\u2012", "\u2013", "\u2014", "\u2015", "\u2E3A",
                                "\u2E3B", "\uFE58", "\uFE63", "\uFF0D"};
  for (const std::string& dash : dashes) {
    const std::string source = "WASHINGTON (Reuters) " + dash + " Trump said";
    INFO(source);
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "WASHINGTON (Reuters) \u2014 Trump said");
    CHECK(SourceOf(n, source, "\u2014") == dash);
  }
  const std::string hyphens[] = {"\u2010", "\u2011", "\u2212"};
  for (const std::string& hyphen : hyphens) {
    const std::string source = "business" + hyphen + "like at " + hyphen + "5 C";
    INFO(source);
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "business-like at -5 C");
    CHECK(SourceOf(n, source, "-") == hyphen);
    CHECK(SourceOf(n, source, "-", 1) == hyphen);
  }
  CHECK(Fold("2020\u20132022") == "2020\u20142022");
  CHECK(Fold("business-like -- and -") == "business-like -- and -");  // ASCII stays
}

TEST_CASE("Exotic spaces become ASCII spaces; line and paragraph separators become LF") {
  const std::string spaces[] = {"\u00A0", "\u1680", "\u2000", "\u2002", "\u2003", "\u2007",
                                "\u2009", "\u200A", "\u202F", "\u205F", "\u3000"};
  for (const std::string& space : spaces) {
    const std::string source = "Mr." + space + "Putin";
    INFO(ToHex(space));
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "Mr. Putin");
    CHECK(SourceOf(n, source, " ") == space);
  }
  const std::string source = "one\u2028two\u2029three";
  const NormalizedText n = Normalize(source);
  CHECK(n.text == "one\ntwo\n\nthree");
  CHECK(SourceOf(n, source, "\n") == "\u2028");
  CHECK(SourceOf(n, source, "\n\n") == "\u2029");
  CHECK(SourceOf(n, source, "three") == "three");
  CHECK(Fold("a\tb\fc") == "a\tb\fc");  // ASCII blanks are kept as they are
}

TEST_CASE("Invisible characters are removed") {
  const std::string invisible[] = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
                                   "\u00AD", "\u200E", "\u200F", "\u061C", "\u202A",
                                   "\u202E", "\u2066", "\u2069"};
  for (const std::string& mark : invisible) {
    const std::string source = "Zelen" + mark + "sky said";
    INFO(ToHex(mark));
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "Zelensky said");
    CHECK(SourceOf(n, source, "Zelen") == "Zelen");
    // The letters after the deleted mark map to themselves, not to the mark.
    CHECK(SourceOf(n, source, "sky") == "sky");
    CHECK(SourceOf(n, source, "Zelensky") == source.substr(0, 5 + mark.size() + 3));
  }
  SECTION("a soft hyphen inside a hyphenation point of a long word") {
    CHECK(Fold("adminis\u00ADtration\u2019s") == "administration's");
  }
  SECTION("a byte order mark at the start") {
    const std::string source = "\uFEFF\u201CWe will win,\u201D he said";
    const NormalizedText n = Normalize(source);
    CHECK(n.text == "\u201CWe will win,\u201D he said");
    CHECK(SourceOf(n, source, "\u201C") == "\u201C");
    CHECK(n.to_source.ToSourceStart(0) == 3);
  }
}

TEST_CASE("The ellipsis becomes three periods that map to it") {
  const std::string source = "He paused\u2026 then spoke.";
  const NormalizedText n = Normalize(source);
  CHECK(n.text == "He paused... then spoke.");
  CHECK(SourceOf(n, source, "...") == "\u2026");
  CHECK(SourceOf(n, source, ".") == "\u2026");
  CHECK(SourceOf(n, source, "..", 1) == "\u2026");
  CHECK(SourceOf(n, source, " then") == " then");
  CHECK(Fold("He paused... then") == "He paused... then");
}

TEST_CASE("Folding can be turned off") {
  const std::string source = "\u201CWe don\u2019t\u2026\u201D \u2014 Mr.\u00A0Putin\u200B";
  CHECK(Normalize(source, {.fold = false}).text == source);
  CHECK(Normalize(source, {.fold = false}).to_source.is_identity());
  CHECK(Fold(source) == "\u201CWe don't...\u201D \u2014 Mr. Putin");
}

TEST_CASE("Offsets of every fold point back into the source") {
  // A news paragraph with one of everything the folder rewrites.
  const std::string source =
      "KYIV\u00A0\u2013 \"We don\u2019t want war,\u201D Zelensky\u2019s aide said\u2026 "
      "Elyse\u0301e \u00ABofficials\u00BB called it \u2018a \u201990s plan\u2019\u200B.";
  const NormalizedText n = Normalize(source);
  REQUIRE(n.text ==
          "KYIV \u2014 \u201CWe don't want war,\u201D Zelensky's aide said... "
          "Elys\u00E9e \u201Cofficials\u201D called it \u2018a '90s plan\u2019.");
  CHECK(CheckOffsets(source, n) == "");
  CHECK(SourceOf(n, source, " ") == "\u00A0");
  CHECK(SourceOf(n, source, "\u2014") == "\u2013");
  CHECK(SourceOf(n, source, "\u201CWe") == "\"We");
  CHECK(SourceOf(n, source, "don't") == "don\u2019t");
  CHECK(SourceOf(n, source, "war,\u201D") == "war,\u201D");
  CHECK(SourceOf(n, source, "said...") == "said\u2026");
  CHECK(SourceOf(n, source, "\u00E9") == "e\u0301");
  CHECK(SourceOf(n, source, "\u201Cofficials\u201D") == "\u00ABofficials\u00BB");
  CHECK(SourceOf(n, source, "'90s") == "\u201990s");
  CHECK(SourceOf(n, source, "plan\u2019.") == "plan\u2019\u200B.");
  const Span whole = n.to_source.ToSource({0, static_cast<std::uint32_t>(n.text.size())});
  CHECK(whole == Span{0, static_cast<std::uint32_t>(source.size())});
}

TEST_CASE("Normalization matches the whole-string reference on long mixed text") {
  // The chunked normalizer against utf8proc on the whole string, across chunk boundaries.
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Cafe\u0301 \u1100\u1161\u11A8 a\u0301\u0323 \uFB01 \u212B\u0301 \u0958 ";
    text += "\u0627\u0653 \u05D0\u05B8\u05BC x\u0345\u0301 \u00E9\u0327 \u2460\u0301 ";
  }
  for (const NormalizationForm form : {NormalizationForm::kNfc, NormalizationForm::kNfkc}) {
    const NormalizedText n = Normalize(text, {.form = form, .fold = false});
    CHECK(n.text == UnicodeNormalizeReference(text, form));
    CHECK(CheckOffsets(text, n) == "");
  }
}

TEST_CASE("NormalizationTest.txt conformance (NFC and NFKC, every line of Parts 0-3)") {
  const std::string path = NEWSLENS_NORMALIZATION_TEST_FILE;
  INFO("NormalizationTest.txt: '" << path << "'");
  if (path.empty()) {
    FAIL(
        "NormalizationTest.txt was not found at configure time: install the Debian packages "
        "unicode-data and bzip2 and configure again");
  }
  std::ifstream file(path, std::ios::binary);
  REQUIRE(file.good());

  const auto nfc = [](const std::string& s) { return Unicode(s, NormalizationForm::kNfc); };
  const auto nfkc = [](const std::string& s) { return Unicode(s, NormalizationForm::kNfkc); };
  const auto nfc_ref = [](const std::string& s) {
    return UnicodeNormalizeReference(s, NormalizationForm::kNfc);
  };
  const auto nfkc_ref = [](const std::string& s) {
    return UnicodeNormalizeReference(s, NormalizationForm::kNfkc);
  };

  std::vector<std::string> failures;
  std::size_t lines = 0, checks = 0;
  std::set<std::string> parts;
  std::set<char32_t> part1;  // characters listed in Part 1
  std::string part;
  std::string line;
  auto expect = [&](const std::string& what, const std::string& got, const std::string& want,
                    const std::string& raw) {
    ++checks;
    if (got == want) return;
    if (failures.size() < 20) {
      failures.push_back(part + ": " + raw + "\n  " + what + " = " + ToHex(got) + ", expected " +
                         ToHex(want));
    } else if (failures.size() == 20) {
      failures.push_back("...");
    }
  };
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '@') {
      part = line.substr(0, line.find(' '));
      parts.insert(part);
      continue;
    }
    std::string c[6];
    std::size_t pos = 0;
    for (int k = 1; k <= 5; ++k) {
      const std::size_t semicolon = line.find(';', pos);
      if (semicolon == std::string::npos) break;
      c[k] = FromHex(std::string_view(line).substr(pos, semicolon - pos));
      pos = semicolon + 1;
    }
    const std::string raw = line.substr(0, line.find('#'));
    ++lines;
    if (part == "@Part1") part1.insert(newslens::utf8::DecodeAt(c[1], 0).code_point);

    // NFC: c2 == toNFC(c1) == toNFC(c2) == toNFC(c3); c4 == toNFC(c4) == toNFC(c5).
    for (int k : {1, 2, 3}) {
      expect("NFC(c" + std::to_string(k) + ")", nfc(c[k]), c[2], raw);
      expect("reference NFC(c" + std::to_string(k) + ")", nfc_ref(c[k]), c[2], raw);
    }
    for (int k : {4, 5}) {
      expect("NFC(c" + std::to_string(k) + ")", nfc(c[k]), c[4], raw);
      expect("reference NFC(c" + std::to_string(k) + ")", nfc_ref(c[k]), c[4], raw);
    }
    // NFKC: c4 == toNFKC(c1) == ... == toNFKC(c5).
    for (int k = 1; k <= 5; ++k) {
      expect("NFKC(c" + std::to_string(k) + ")", nfkc(c[k]), c[4], raw);
      expect("reference NFKC(c" + std::to_string(k) + ")", nfkc_ref(c[k]), c[4], raw);
    }
    // The offsets of the chunked normalizer, with and without folding.
    for (int k = 1; k <= 5; ++k) {
      for (const NormalizeOptions& options :
           {NormalizeOptions{.form = NormalizationForm::kNfc, .fold = false},
            NormalizeOptions{.form = NormalizationForm::kNfkc, .fold = true}}) {
        const std::string problem = CheckOffsets(c[k], Normalize(c[k], options));
        expect("offsets of c" + std::to_string(k), problem, "", raw);
      }
    }
  }
  INFO(lines << " lines, " << checks << " comparisons");
  CHECK(parts == std::set<std::string>{"@Part0", "@Part1", "@Part2", "@Part3"});
  CHECK(lines > 18000);  // Unicode 15: 19 000 test lines

  // Part 1's other half: every code point not listed there is its own NFC and NFKC.
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || part1.count(cp) > 0) continue;
    std::string x;
    newslens::utf8::Append(cp, &x);
    const std::string raw = ToHex(x) + " (not in Part 1)";
    expect("NFC(X)", nfc(x), x, raw);
    expect("NFKC(X)", nfkc(x), x, raw);
  }
  std::string report;
  INFO(checks << " comparisons in all");
  for (const std::string& f : failures) report += f + "\n";
  CHECK(report == "");
}
