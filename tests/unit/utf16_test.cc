// Utf16Offsets: UTF-8 byte offsets as the UTF-16 offsets JavaScript's String.slice takes.
#include "newslens/utf16.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace {

using newslens::Utf16Offsets;

// A reference for valid UTF-8, by a different route than the class takes: every byte that is
// not a continuation byte starts a code point (one unit), every four-byte lead adds a second.
// An offset inside a code point counts as that code point's start.
std::uint32_t ReferenceUnits(const std::string& text, std::size_t offset) {
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b & 0xC0) != 0x80) ++units;
    if (b >= 0xF0) ++units;
  }
  return units;
}

std::vector<std::uint32_t> AllOffsets(const std::string& text) {
  const Utf16Offsets offsets(text);
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i <= text.size(); ++i) out.push_back(offsets.FromByte(i));
  return out;
}

}  // namespace

TEST_CASE("UTF-16 offsets of ASCII are the byte offsets") {
  const std::string text = "Trump said.";
  const Utf16Offsets offsets(text);
  for (std::uint32_t i = 0; i <= text.size(); ++i) CHECK(offsets.FromByte(i) == i);
  CHECK(offsets.FromByte(1000) == 11);  // clamped to the end
  const Utf16Offsets empty("");
  CHECK(empty.FromByte(0) == 0);
  CHECK(empty.FromByte(5) == 0);
}

TEST_CASE("Two-, three- and four-byte characters") {
  SECTION("two bytes, one unit") {
    // c a f é(2) ' ' o
    CHECK(AllOffsets("caf\u00E9 o") == std::vector<std::uint32_t>{0, 1, 2, 3, 3, 4, 5, 6});
  }
  SECTION("three bytes, one unit") {
    // “(3) W e ”(3)
    CHECK(AllOffsets("\u201CWe\u201D") == std::vector<std::uint32_t>{0, 0, 0, 1, 2, 3, 3, 3, 4});
  }
  SECTION("four bytes, two units (a surrogate pair)") {
    // 😀(4) x 🇺(4)
    CHECK(AllOffsets("\U0001F600x\U0001F1FA") ==
          std::vector<std::uint32_t>{0, 0, 0, 0, 2, 3, 3, 3, 3, 5});
  }
  SECTION("a span of news text slices the same characters in JavaScript") {
    const std::string text = "Kyiv\u2019s \U0001F1FA\U0001F1E6 forces";
    const Utf16Offsets offsets(text);
    // "forces" starts after Kyiv’s (6 units), a space, two flags (4 units), a space.
    const std::uint32_t start = static_cast<std::uint32_t>(text.find("forces"));
    CHECK(offsets.FromByte(start) == 12);
    CHECK(offsets.FromByte(static_cast<std::uint32_t>(text.size())) == 18);
  }
}

TEST_CASE("Offsets across checkpoints match a reference at every byte") {
  // Long enough for many 64-byte checkpoints, with characters of every length straddling them.
  std::string text;
  const char* pieces[] = {"Zelensky said ",       "\u00E9",  "\u201C",
                          "\U0001F600",           "x",       "\u0417\u0435\u043B",
                          "\U00010348\U00010348", "\u2019s "};
  for (int i = 0; i < 300; ++i) text += pieces[(i * 7 + i / 3) % 8];
  REQUIRE(text.size() > 1000);
  const Utf16Offsets offsets(text);
  std::size_t mismatches = 0;
  std::string first;
  for (std::uint32_t i = 0; i <= text.size(); ++i) {
    if (offsets.FromByte(i) != ReferenceUnits(text, i)) {
      if (mismatches++ == 0) {
        first = "byte " + std::to_string(i) + ": " + std::to_string(offsets.FromByte(i)) +
                " units, expected " + std::to_string(ReferenceUnits(text, i));
      }
    }
  }
  CHECK(first == "");
  CHECK(mismatches == 0);
}

TEST_CASE("An ill-formed sequence counts one unit, as the U+FFFD it becomes in JavaScript") {
  // a, FF, b, a truncated four-byte sequence (one maximal subpart), c, an encoded surrogate
  // (three subparts), d.
  const std::string text =
      "a\xFF"
      "b\xF0\x9F\x98"
      "c\xED\xA0\x80"
      "d";
  CHECK(AllOffsets(text) == std::vector<std::uint32_t>{0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9});
}
