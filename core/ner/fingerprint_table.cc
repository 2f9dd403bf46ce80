#include "ner/fingerprint_table.h"

#include <algorithm>
#include <bit>
#include <map>

#include "ner/encoding.h"

namespace newslens::ner {

FingerprintTable FingerprintTable::FromEntries(int bits, std::vector<Entry> entries,
                                               Repeats repeats) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
  FingerprintTable table;
  table.bits_ = bits;
  for (const Entry& e : entries) {
    if (!table.keys_.empty() && table.keys_.back() == e.key) {
      if (repeats == Repeats::kMergeValues) table.values_.back() |= e.value;
      continue;
    }
    table.keys_.push_back(e.key);
    table.values_.push_back(e.value);
  }
  table.IndexBuckets();
  return table;
}

void FingerprintTable::IndexBuckets() {
  // About n / 4 to n / 2 buckets, at least two.
  const int bucket_bits = std::clamp(static_cast<int>(std::bit_width(keys_.size() / 4)), 1, bits_);
  bucket_shift_ = bits_ - bucket_bits;
  const std::size_t buckets = std::size_t{1} << bucket_bits;
  bucket_begin_.resize(buckets + 1);
  // The keys are sorted: each bucket begins where the first key of a later bucket is.
  std::size_t bucket = 0;
  bucket_begin_[0] = 0;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const std::size_t of = keys_[i] >> bucket_shift_;
    while (bucket < of) bucket_begin_[++bucket] = static_cast<std::uint32_t>(i);
  }
  while (bucket < buckets) bucket_begin_[++bucket] = static_cast<std::uint32_t>(keys_.size());
}

void FingerprintTable::Encode(std::string* out) const {
  std::map<std::uint16_t, std::uint32_t> counts;
  for (const std::uint16_t value : values_) ++counts[value];
  std::vector<std::pair<std::uint16_t, std::uint32_t>> classes(counts.begin(), counts.end());
  std::stable_sort(classes.begin(), classes.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::uint32_t> class_sizes;
  std::map<std::uint16_t, std::size_t> class_of;
  for (const auto& [value, count] : classes) {
    class_of[value] = class_sizes.size();
    class_sizes.push_back(count);
  }
  const std::vector<std::uint8_t> lengths = HuffmanCodeLengths(class_sizes);
  PrefixCode code;
  code.Assign(lengths);  // Huffman lengths are a complete code
  const std::vector<std::uint32_t> gaps = GapsLessOne(keys_);
  const int r = BestRiceParameter(gaps);
  PutVarint(out, keys_.size());
  PutVarint(out, classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c) {
    PutU16(out, classes[c].first);
    PutU8(out, lengths[c]);
  }
  PutU8(out, static_cast<std::uint32_t>(r));
  std::string bits;
  {
    BitWriter writer(&bits);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      writer.Rice(gaps[i], r);
      const std::size_t c = class_of[values_[i]];
      writer.Code(code.code(c), code.length(c));
    }
  }
  PutU32(out, static_cast<std::uint32_t>(bits.size()));
  out->append(bits);
}

Result<FingerprintTable> FingerprintTable::Decode(std::string_view bytes, std::size_t* offset,
                                                  int bits, std::uint32_t value_begin,
                                                  std::uint32_t value_end, std::string_view what) {
  ByteReader in(bytes, *offset);
  const auto error = [&](std::size_t at, std::string_view message) {
    return Error{ErrorCode::kInvalidModel, at, std::string(what) + ": " + std::string(message)};
  };
  const auto cut = [&] { return error(in.offset(), "cut off"); };
  if (bits < 16 || bits > 32) return error(*offset, "bad fingerprint bits");
  std::uint32_t key_count, class_count;
  const std::size_t key_count_at = in.offset();
  if (!in.Varint(&key_count)) return cut();
  const std::size_t class_count_at = in.offset();
  if (!in.Varint(&class_count)) return cut();
  if (class_count > in.remaining() / 3) return error(class_count_at, "bad class count");
  if (class_count == 0 && key_count > 0) return error(class_count_at, "keys without values");
  std::vector<std::uint16_t> class_values(class_count);
  std::vector<std::uint8_t> lengths(class_count);
  for (std::uint32_t c = 0; c < class_count; ++c) {
    std::uint32_t value, length;
    if (!in.U16(&value) || !in.U8(&length)) return cut();
    if (value < value_begin || value >= value_end) return error(in.offset() - 3, "a bad value");
    class_values[c] = static_cast<std::uint16_t>(value);
    lengths[c] = static_cast<std::uint8_t>(length);
  }
  PrefixCode code;
  if (!code.Assign(lengths)) return error(class_count_at, "bad code lengths");
  std::uint32_t r, length;
  std::span<const unsigned char> stream;
  if (!in.U8(&r) || !in.U32(&length) || !in.Bytes(length, &stream)) return cut();
  const std::size_t stream_at = in.offset() - length;
  if (r > 31) return error(stream_at - 5, "bad Rice parameter");
  // Every key takes r + 2 bits at least: a larger count is corrupt and must not allocate.
  if (key_count > std::uint64_t{length} * 8 / (r + 2)) return error(key_count_at, "bad key count");

  FingerprintTable table;
  table.bits_ = bits;
  table.keys_.resize(key_count);
  table.values_.resize(key_count);
  std::uint32_t* const keys = table.keys_.data();
  std::uint16_t* const values = table.values_.data();
  BitReader reader(stream);
  const std::uint64_t limit = (std::uint64_t{1} << bits) - 1;
  const std::uint64_t low_bits = (std::uint64_t{1} << r) - 1;
  std::uint64_t key = 0;
  for (std::uint32_t k = 0; k < key_count; ++k) {
    std::uint32_t gap, value_class;
    // Most keys' two codes lie in one window of the stream: the gap's unary part, its 0 and r
    // low bits, then a value's code short enough for PrefixCode::Match. (A load decodes some
    // 125,000 of them before a browser has optimized the code.)
    int valid;
    const std::uint64_t window = reader.Peek(&valid);
    const int ones = std::countr_one(window);
    const int used = ones + 1 + static_cast<int>(r);
    int value_length = 0;
    if (used + PrefixCode::kTableBits <= valid && ones < 32 - static_cast<int>(r)) {
      value_length = code.Match(window >> used, &value_class);
    }
    if (value_length != 0) {
      gap = static_cast<std::uint32_t>((static_cast<std::uint64_t>(ones) << r) |
                                       ((window >> (ones + 1)) & low_bits));
      reader.Skip(used + value_length);
    } else {
      const std::size_t at = stream_at + reader.byte_offset();
      if (!reader.Rice(static_cast<int>(r), &gap)) return error(at, "a fingerprint is cut off");
      if (!code.Read(&reader, &value_class)) return error(at, "a bad value code");
    }
    key += std::uint64_t{gap} + 1;
    if (key > limit) {
      // The byte where the key ends (where it starts is not kept, to spare the common case).
      return error(stream_at + reader.bytes_used() - 1, "a fingerprint out of range");
    }
    keys[k] = static_cast<std::uint32_t>(key);
    values[k] = class_values[value_class];
  }
  if (reader.bytes_used() != length) {
    return error(stream_at + reader.bytes_used(), "bytes after the fingerprints");
  }
  table.IndexBuckets();
  *offset = in.offset();
  return table;
}

}  // namespace newslens::ner
