#include "ner/word_clusters.h"

#include <algorithm>
#include <bit>
#include <charconv>

#include "ner/encoding.h"
#include "ner/word_features.h"

namespace newslens::ner {
namespace {

Error ParseError(std::size_t offset, const std::string& message) {
  return Error{ErrorCode::kInvalidModel, offset, "word clusters: " + message};
}

bool ParseNumber(std::string_view text, std::uint32_t* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<WordClusters> WordClusters::Parse(std::string_view text, int fingerprint_bits) {
  if (fingerprint_bits < 16 || fingerprint_bits > 32) return ParseError(0, "bad fingerprint bits");
  struct Line {
    std::uint64_t form;
    std::uint32_t cluster;
  };
  std::vector<Line> lines;
  std::vector<int> coarse(kMaxClusters, -1);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    std::uint32_t cluster = 0, top = 0;
    if (tab2 == std::string_view::npos || tab1 == 0 ||
        !ParseNumber(line.substr(tab1 + 1, tab2 - tab1 - 1), &cluster) ||
        !ParseNumber(line.substr(tab2 + 1), &top)) {
      return ParseError(start, "expected `word<TAB>cluster<TAB>coarse cluster`");
    }
    if (cluster >= kMaxClusters || top >= kMaxCoarse) {
      return ParseError(start, "a cluster number out of range");
    }
    if (coarse[cluster] >= 0 && coarse[cluster] != static_cast<int>(top)) {
      return ParseError(start, "cluster " + std::to_string(cluster) + " in two coarse clusters");
    }
    coarse[cluster] = static_cast<int>(top);
    lines.push_back({NormalizedFormHash(line.substr(0, tab1)), cluster});
    start = end + 1;
  }
  WordClusters table;
  table.bits_ = fingerprint_bits;
  std::size_t clusters = 0;
  for (std::size_t c = 0; c < kMaxClusters; ++c) {
    if (coarse[c] >= 0) clusters = c + 1;
  }
  table.coarse_.resize(clusters);
  for (std::size_t c = 0; c < clusters; ++c) {
    table.coarse_[c] = static_cast<std::uint8_t>(coarse[c] < 0 ? 0 : coarse[c]);
  }
  // Two words may share a fingerprint (and two spellings a form): the first listed, the more
  // frequent in the table's order, keeps it.
  std::vector<FingerprintTable::Entry> entries;
  entries.reserve(lines.size());
  for (const Line& line : lines) {
    entries.push_back({table.Fingerprint(line.form), static_cast<std::uint16_t>(line.cluster)});
  }
  table.table_ = FingerprintTable::FromEntries(fingerprint_bits, std::move(entries),
                                               FingerprintTable::Repeats::kKeepFirst);
  return table;
}

void WordClusters::Encode(std::string* out) const {
  PutU8(out, static_cast<std::uint32_t>(bits_));
  PutVarint(out, coarse_.size());
  for (const std::uint8_t c : coarse_) PutU8(out, c);
  table_.Encode(out);
}

Result<WordClusters> WordClusters::Decode(std::string_view bytes, std::size_t* offset) {
  ByteReader in(bytes, *offset);
  auto cut = [&] { return ParseError(in.offset(), "the table is cut off"); };
  std::uint32_t bits, clusters;
  if (!in.U8(&bits) || !in.Varint(&clusters)) return cut();
  if (bits < 16 || bits > 32) return ParseError(*offset, "bad fingerprint bits");
  if (clusters > kMaxClusters) return ParseError(in.offset(), "too many clusters");
  WordClusters table;
  table.bits_ = static_cast<int>(bits);
  table.coarse_.resize(clusters);
  for (std::uint8_t& c : table.coarse_) {
    std::uint32_t top;
    if (!in.U8(&top)) return cut();
    if (top >= kMaxCoarse) return ParseError(in.offset() - 1, "a coarse cluster out of range");
    c = static_cast<std::uint8_t>(top);
  }
  std::size_t at = in.offset();
  Result<FingerprintTable> words =
      FingerprintTable::Decode(bytes, &at, static_cast<int>(bits), 0, clusters, "word clusters");
  if (!words.ok()) return words.error();
  table.table_ = std::move(words).value();
  *offset = at;
  return table;
}

}  // namespace newslens::ner
