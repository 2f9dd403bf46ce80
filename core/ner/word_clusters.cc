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

void WordClusters::Allocate(std::size_t words) {
  const std::size_t capacity = std::bit_ceil(2 * words + 2);
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
}

bool WordClusters::Insert(std::uint32_t key, std::uint16_t cluster) {
  std::size_t i = key & mask_;
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return false;
    i = (i + 1) & mask_;
  }
  slots_[i] = {key, cluster};
  ++word_count_;
  return true;
}

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
  table.Allocate(lines.size());
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
  for (const Line& line : lines) {
    table.Insert(table.Fingerprint(line.form), static_cast<std::uint16_t>(line.cluster));
  }
  return table;
}

void WordClusters::Encode(std::string* out) const {
  std::vector<std::vector<std::uint32_t>> keys(coarse_.size());
  for (const Slot& s : slots_) {
    if (s.key != 0) keys[s.cluster].push_back(s.key);
  }
  PutU8(out, static_cast<std::uint32_t>(bits_));
  PutVarint(out, coarse_.size());
  for (const std::uint8_t c : coarse_) PutU8(out, c);
  std::string bits;
  {
    BitWriter writer(&bits);
    for (std::vector<std::uint32_t>& cluster : keys) {
      std::sort(cluster.begin(), cluster.end());
      std::vector<std::uint32_t> gaps;
      std::uint32_t previous = 0;
      for (const std::uint32_t key : cluster) {
        gaps.push_back(key - previous - 1);
        previous = key;
      }
      const int r = BestRiceParameter(gaps);
      PutVarint(out, cluster.size());
      PutU8(out, static_cast<std::uint32_t>(r));
      for (const std::uint32_t gap : gaps) writer.Rice(gap, r);
    }
  }
  PutU32(out, static_cast<std::uint32_t>(bits.size()));
  out->append(bits);
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
  std::vector<std::uint32_t> counts(clusters), parameters(clusters);
  std::uint64_t total = 0;
  for (std::uint32_t c = 0; c < clusters; ++c) {
    if (!in.Varint(&counts[c]) || !in.U8(&parameters[c])) return cut();
    if (parameters[c] > 31) return ParseError(in.offset() - 1, "bad Rice parameter");
    total += counts[c];
  }
  // Every word takes at least one bit: a larger count is corrupt and must not allocate.
  if (total / 8 > in.remaining()) return ParseError(in.offset(), "bad word count");
  std::uint32_t length;
  std::span<const unsigned char> code;
  if (!in.U32(&length) || !in.Bytes(length, &code)) return cut();
  if (total > 0) table.Allocate(total);
  BitReader reader(code);
  const std::uint64_t limit = (std::uint64_t{1} << bits) - 1;
  for (std::uint32_t c = 0; c < clusters; ++c) {
    std::uint64_t key = 0;
    for (std::uint32_t k = 0; k < counts[c]; ++k) {
      std::uint32_t gap;
      const std::size_t at = in.offset() - length + reader.byte_offset();
      if (!reader.Rice(static_cast<int>(parameters[c]), &gap)) {
        return ParseError(at, "a fingerprint is cut off");
      }
      key += std::uint64_t{gap} + 1;
      if (key > limit) return ParseError(at, "a fingerprint out of range");
      if (!table.Insert(static_cast<std::uint32_t>(key), static_cast<std::uint16_t>(c))) {
        return ParseError(at, "a fingerprint in two clusters");
      }
    }
  }
  if (reader.bytes_used() != length) return ParseError(in.offset(), "bytes after the table");
  *offset = in.offset();
  return table;
}

}  // namespace newslens::ner
