// The model file's codes (ner/encoding.h) and its tables of fingerprints
// (ner/fingerprint_table.h).
#include "ner/encoding.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "ner/fingerprint_table.h"
#include "ner/gazetteer.h"
#include "ner/word_clusters.h"
#include "ner/word_features.h"

namespace {

using newslens::ner::BitReader;
using newslens::ner::BitWriter;
using newslens::ner::FingerprintTable;
using newslens::ner::HuffmanCodeLengths;
using newslens::ner::kMaxCodeLength;
using newslens::ner::PrefixCode;
using newslens::ner::PutU16;
using newslens::ner::PutU32;
using newslens::ner::PutU8;
using newslens::ner::PutVarint;

std::span<const unsigned char> Bytes(const std::string& s) {
  return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

// The Kraft sum of `lengths`, times 2^kMaxCodeLength: 2^kMaxCodeLength for a complete code.
std::uint64_t KraftSum(const std::vector<std::uint8_t>& lengths) {
  std::uint64_t sum = 0;
  for (const std::uint8_t length : lengths) sum += std::uint64_t{1} << (kMaxCodeLength - length);
  return sum;
}

// The message with which T::Decode (a Gazetteer's, a WordClusters') refuses `bytes`.
template <typename T>
std::string RefusalOf(const std::string& bytes) {
  std::size_t offset = 0;
  const auto decoded = T::Decode(bytes, &offset);
  return decoded.ok() ? "accepted" : decoded.error().message;
}

}  // namespace

TEST_CASE("Huffman code lengths follow the counts and make a complete code") {
  CHECK(HuffmanCodeLengths(std::vector<std::uint32_t>{8, 4, 2, 1, 1}) ==
        std::vector<std::uint8_t>{1, 2, 3, 4, 4});
  CHECK(HuffmanCodeLengths(std::vector<std::uint32_t>{5, 5, 5, 5}) ==
        std::vector<std::uint8_t>{2, 2, 2, 2});
  CHECK(HuffmanCodeLengths(std::vector<std::uint32_t>{7}) == std::vector<std::uint8_t>{1});
  CHECK(HuffmanCodeLengths(std::vector<std::uint32_t>{}).empty());

  SECTION("counts that would make codes longer than the limit are flattened") {
    // Fibonacci counts make the deepest Huffman tree: 40 symbols would reach depth 39.
    std::vector<std::uint32_t> counts = {1, 1};
    while (counts.size() < 40)
      counts.push_back(counts[counts.size() - 1] + counts[counts.size() - 2]);
    const std::vector<std::uint8_t> lengths = HuffmanCodeLengths(counts);
    REQUIRE(lengths.size() == 40);
    for (const std::uint8_t length : lengths) CHECK((length >= 1 && length <= kMaxCodeLength));
    CHECK(KraftSum(lengths) == std::uint64_t{1} << kMaxCodeLength);
  }
}

TEST_CASE("A canonical prefix code reads back what was written") {
  const std::vector<std::uint8_t> lengths = {2, 1, 3, 3};
  PrefixCode code;
  REQUIRE(code.Assign(lengths));
  // Shorter codes first, then symbol order within a length.
  CHECK(code.code(1) == 0b0);
  CHECK(code.code(0) == 0b10);
  CHECK(code.code(2) == 0b110);
  CHECK(code.code(3) == 0b111);

  const std::vector<std::uint32_t> message = {3, 1, 1, 0, 2, 3, 0, 1, 2, 2, 1, 3};
  std::string bits;
  {
    BitWriter writer(&bits);
    for (const std::uint32_t s : message) {
      writer.Rice(s * 37, 3);  // interleaved with other codes, as in a fingerprint table
      writer.Code(code.code(s), code.length(s));
    }
  }
  BitReader reader(Bytes(bits));
  for (const std::uint32_t s : message) {
    std::uint32_t rice = 0, symbol = 99;
    REQUIRE(reader.Rice(3, &rice));
    CHECK(rice == s * 37);
    REQUIRE(code.Read(&reader, &symbol));
    CHECK(symbol == s);
  }
  CHECK(reader.bytes_used() == bits.size());
}

TEST_CASE("Codewords longer than the lookup table read back too") {
  // Fibonacci counts: the rarest symbols get codes of up to kMaxCodeLength bits, which only the
  // bit-at-a-time path of PrefixCode::Read finds.
  std::vector<std::uint32_t> counts = {1, 1};
  while (counts.size() < 30)
    counts.push_back(counts[counts.size() - 1] + counts[counts.size() - 2]);
  const std::vector<std::uint8_t> lengths = HuffmanCodeLengths(counts);
  CHECK(*std::max_element(lengths.begin(), lengths.end()) > PrefixCode::kTableBits);
  PrefixCode code;
  REQUIRE(code.Assign(lengths));
  std::string bits;
  {
    BitWriter writer(&bits);
    for (std::size_t s = 0; s < counts.size(); ++s) writer.Code(code.code(s), code.length(s));
    for (std::size_t s = counts.size(); s-- > 0;) writer.Code(code.code(s), code.length(s));
  }
  BitReader reader(Bytes(bits));
  for (std::size_t k = 0; k < 2 * counts.size(); ++k) {
    const std::size_t expected = k < counts.size() ? k : 2 * counts.size() - 1 - k;
    std::uint32_t symbol = 99;
    REQUIRE(code.Read(&reader, &symbol));
    CHECK(symbol == expected);
  }
}

TEST_CASE("A prefix code refuses impossible lengths and bits outside the code") {
  PrefixCode code;
  CHECK_FALSE(code.Assign(std::vector<std::uint8_t>{1, 1, 1}));  // three codes of one bit
  CHECK_FALSE(code.Assign(std::vector<std::uint8_t>{0, 1}));
  CHECK_FALSE(code.Assign(std::vector<std::uint8_t>{1, kMaxCodeLength + 1}));
  // Incomplete: "0" is symbol 0 and "10" symbol 1; "11" is no symbol.
  REQUIRE(code.Assign(std::vector<std::uint8_t>{1, 2}));
  std::string bits;
  {
    BitWriter writer(&bits);
    writer.Code(0b11, 2);
  }
  BitReader reader(Bytes(bits));
  std::uint32_t symbol;
  CHECK_FALSE(code.Read(&reader, &symbol));
}

TEST_CASE("A fingerprint table merges or keeps repeated keys and encodes what it holds") {
  using Repeats = FingerprintTable::Repeats;
  const std::vector<FingerprintTable::Entry> entries = {{900, 1}, {17, 2}, {900, 4},  {65535, 8},
                                                        {3, 2},   {17, 1}, {40000, 2}};
  const FingerprintTable merged = FingerprintTable::FromEntries(16, entries, Repeats::kMergeValues);
  const FingerprintTable first = FingerprintTable::FromEntries(16, entries, Repeats::kKeepFirst);
  CHECK(merged.size() == 5);
  CHECK(merged.Find(900) == 5);
  CHECK(merged.Find(17) == 3);
  CHECK(first.Find(900) == 1);
  CHECK(first.Find(17) == 2);
  for (const FingerprintTable* t : {&merged, &first}) {
    CHECK(t->Find(3) == 2);
    CHECK(t->Find(65535) == 8);
    CHECK(t->Find(40000) == 2);
    CHECK_FALSE(t->Find(4).has_value());
    CHECK_FALSE(t->Find(65534).has_value());
  }
  CHECK_FALSE(FingerprintTable().Find(12345).has_value());

  std::string bytes = "ab";  // Decode reads from an offset
  merged.Encode(&bytes);
  std::size_t offset = 2;
  auto decoded = FingerprintTable::Decode(bytes, &offset, 16, 0, 0x10000, "test");
  REQUIRE(decoded.ok());
  CHECK(offset == bytes.size());
  CHECK(std::vector<std::uint32_t>(decoded.value().keys().begin(), decoded.value().keys().end()) ==
        std::vector<std::uint32_t>{3, 17, 900, 40000, 65535});
  CHECK(std::vector<std::uint16_t>(decoded.value().values().begin(),
                                   decoded.value().values().end()) ==
        std::vector<std::uint16_t>{2, 3, 5, 2, 8});

  SECTION("cut anywhere, it is refused") {
    for (std::size_t size = 2; size < bytes.size(); ++size) {
      std::size_t at = 2;
      CHECK_FALSE(FingerprintTable::Decode(std::string_view(bytes).substr(0, size), &at, 16, 0,
                                           0x10000, "t")
                      .ok());
    }
  }
  SECTION("keys wider than the table's bits are refused") {
    std::string wide;
    FingerprintTable::FromEntries(17, {{3, 1}, {70000, 2}}, Repeats::kKeepFirst).Encode(&wide);
    std::size_t at = 0;
    const auto narrow = FingerprintTable::Decode(wide, &at, 16, 0, 0x10000, "narrow");
    REQUIRE_FALSE(narrow.ok());
    CHECK(narrow.error().message == "narrow: a fingerprint out of range");
    CHECK(narrow.error().offset < wide.size());
    at = 0;
    CHECK_FALSE(FingerprintTable::Decode(wide, &at, 15, 0, 0x10000, "narrow").ok());  // 16 to 32
  }
}

TEST_CASE("A fingerprint table's encoding with impossible code lengths is refused") {
  std::string bytes;
  PutVarint(&bytes, 2);  // keys
  PutVarint(&bytes, 3);  // classes: value, code length
  for (std::uint32_t value = 1; value <= 3; ++value) {
    PutU16(&bytes, value);
    PutU8(&bytes, 1);  // three codes of one bit
  }
  PutU8(&bytes, 2);  // Rice parameter
  std::string code;
  {
    BitWriter writer(&code);
    writer.Rice(40, 2);
    writer.Code(0, 1);
    writer.Rice(40, 2);
    writer.Code(1, 1);
  }
  PutU32(&bytes, static_cast<std::uint32_t>(code.size()));
  bytes += code;
  std::size_t offset = 0;
  const auto decoded = FingerprintTable::Decode(bytes, &offset, 24, 1, 0x10000, "gazetteer");
  REQUIRE_FALSE(decoded.ok());
  CHECK(decoded.error().message == "gazetteer: bad code lengths");
}

TEST_CASE("A fingerprint table of wide keys and uneven gaps encodes what it holds") {
  // 32-bit keys: a thousand a million apart, then the largest key, whose gap is too long for
  // the decoder's fast path; values of three classes.
  std::vector<FingerprintTable::Entry> entries;
  for (std::uint32_t i = 1; i <= 1000; ++i) {
    entries.push_back({i << 20, static_cast<std::uint16_t>(i % 7 == 0 ? 9 : i % 2 + 1)});
  }
  entries.push_back({0xFFFFFFFFu, 300});
  const FingerprintTable table =
      FingerprintTable::FromEntries(32, entries, FingerprintTable::Repeats::kKeepFirst);
  std::string bytes;
  table.Encode(&bytes);
  std::size_t offset = 0;
  const auto decoded = FingerprintTable::Decode(bytes, &offset, 32, 0, 0x10000, "wide");
  REQUIRE(decoded.ok());
  CHECK(offset == bytes.size());
  REQUIRE(decoded.value().size() == entries.size());
  for (const FingerprintTable::Entry& e : entries) {
    CHECK(decoded.value().Find(e.key) == e.value);
    CHECK_FALSE(decoded.value().Find(e.key - 1).has_value());
  }
  SECTION("values outside the owner's range are refused") {
    std::size_t at = 0;
    const auto narrow = FingerprintTable::Decode(bytes, &at, 32, 1, 300, "clusters");
    REQUIRE_FALSE(narrow.ok());
    CHECK(narrow.error().message == "clusters: a bad value");
  }
}

TEST_CASE("A fingerprint table's key count beyond what its bytes can hold is refused") {
  std::string bytes;
  PutVarint(&bytes, 1u << 30);  // keys: far more than the stream's 2 bytes hold
  PutVarint(&bytes, 1);
  PutU16(&bytes, 1);
  PutU8(&bytes, 1);
  PutU8(&bytes, 0);
  PutU32(&bytes, 2);
  bytes += std::string(2, '\0');
  std::size_t offset = 0;
  const auto decoded = FingerprintTable::Decode(bytes, &offset, 24, 1, 0x10000, "gazetteer");
  REQUIRE_FALSE(decoded.ok());
  CHECK(decoded.error().message == "gazetteer: bad key count");
  CHECK(decoded.error().offset == 0);
}

TEST_CASE("The gazetteer and the word clusters refuse values their tables cannot hold") {
  SECTION("a word in a cluster the table does not have") {
    std::string bytes;
    PutU8(&bytes, 24);     // fingerprint bits
    PutVarint(&bytes, 2);  // clusters, and their coarse clusters
    PutU8(&bytes, 0);
    PutU8(&bytes, 1);
    FingerprintTable::FromEntries(24, {{5, 0}, {77, 2}}, FingerprintTable::Repeats::kKeepFirst)
        .Encode(&bytes);
    CHECK(RefusalOf<newslens::ner::WordClusters>(bytes) == "word clusters: a bad value");
  }
  SECTION("a fingerprint of no category") {
    std::string bytes;
    PutU8(&bytes, 24);  // fingerprint bits, then the entry count
    PutU32(&bytes, 1);
    FingerprintTable::FromEntries(24, {{5, 0}}, FingerprintTable::Repeats::kMergeValues)
        .Encode(&bytes);
    CHECK(RefusalOf<newslens::ner::Gazetteer>(bytes) == "gazetteer: a bad value");
  }
}

TEST_CASE("Of two words with one fingerprint, the word clusters keep the first listed") {
  using newslens::ner::WordClusters;
  const auto parsed = WordClusters::Parse("said\t0\t0\nspoke\t1\t1\nsaid\t1\t1\n", 24);
  REQUIRE(parsed.ok());
  CHECK(parsed.value().word_count() == 2);
  CHECK(parsed.value().Find(newslens::ner::NormalizedFormHash("said")) == 0);
  CHECK(parsed.value().Find(newslens::ner::NormalizedFormHash("spoke")) == 1);
}
