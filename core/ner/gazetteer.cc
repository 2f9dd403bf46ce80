#include "ner/gazetteer.h"

#include <algorithm>
#include <bit>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "ner/encoding.h"
#include "ner/word_features.h"

namespace newslens::ner {
namespace {

constexpr const char* kCategoryNames[kGazetteerCategoryCount] = {
    "first",   "last",    "person",    "country", "city", "region", "place", "org",
    "demonym", "orgword", "placeword", "title",   "role", "common", "proper"};

std::uint64_t NonZero(std::uint64_t h) { return h == 0 ? 1 : h; }

Error ParseError(std::size_t offset, const std::string& message) {
  return Error{ErrorCode::kInvalidModel, offset, "gazetteer: " + message};
}

// Calls f(line, category) for every entry line of gazetteer text, with the index of its section
// (-1 before the first); stops at and returns a malformed section line's offset, else npos.
template <typename F>
std::size_t ForEachLine(std::string_view text, F&& f) {
  int category = -1;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    const std::size_t offset = line_start;
    line_start = line_end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[' && line.back() == ']') {
      const std::string_view name = line.substr(1, line.size() - 2);
      category = -1;
      for (int c = 0; c < kGazetteerCategoryCount; ++c) {
        if (kCategoryNames[c] == name) category = c;
      }
      if (category < 0) return offset;
      continue;
    }
    if (!f(line, category, offset)) return offset;
  }
  return std::string_view::npos;
}

// Whether `word` is an inflection of a word in `words`: it ends in one of the endings below, has
// at least three bytes before it, and what is left, with one of the replacements, is in `words`.
bool IsInflection(std::string_view word, const std::unordered_set<std::string_view>& words) {
  struct Ending {
    std::string_view suffix;
    std::string_view bases[2];
  };
  static constexpr Ending kEndings[] = {{"ies", {"y", "y"}}, {"es", {"", "e"}}, {"s", {"", ""}},
                                        {"ied", {"y", "y"}}, {"ed", {"", "e"}}, {"ing", {"", "e"}},
                                        {"ly", {"", ""}},    {"er", {"", "e"}}, {"est", {"", "e"}}};
  std::string base;
  for (const Ending& e : kEndings) {
    if (!word.ends_with(e.suffix) || word.size() <= e.suffix.size() + 2) continue;
    for (const std::string_view replacement : e.bases) {
      base.assign(word.substr(0, word.size() - e.suffix.size()));
      base += replacement;
      if (words.count(base) > 0) return true;
    }
  }
  return false;
}

}  // namespace

const char* GazetteerCategoryName(int category) {
  return category >= 0 && category < kGazetteerCategoryCount ? kCategoryNames[category] : nullptr;
}

// Never 0: the encoding counts the first fingerprint of a class from 0 as a gap less one.
std::uint32_t Gazetteer::Fingerprint(std::uint64_t sequence_hash) const {
  const auto fingerprint = static_cast<std::uint32_t>(NonZero(sequence_hash) >> (64 - bits_));
  return fingerprint == 0 ? 1 : fingerprint;
}

void Gazetteer::Build(const std::vector<Entry>& entries) {
  // About n / 4 to n / 2 buckets (at least two), by the keys' top bits, which spread evenly:
  // fingerprints are the top bits of hashes.
  const int bucket_bits =
      std::clamp(static_cast<int>(std::bit_width(entries.size() / 4)), 1, bits_);
  bucket_shift_ = bits_ - bucket_bits;
  const std::size_t buckets = std::size_t{1} << bucket_bits;
  // A counting sort into the buckets, then each bucket in order: a few keys, by insertion.
  bucket_begin_.assign(buckets + 1, 0);
  for (const Entry& e : entries) ++bucket_begin_[(e.key >> bucket_shift_) + 1];
  for (std::size_t b = 0; b < buckets; ++b) bucket_begin_[b + 1] += bucket_begin_[b];
  keys_.resize(entries.size());
  values_.resize(entries.size());
  {
    std::vector<std::uint32_t> next(bucket_begin_.begin(), bucket_begin_.end() - 1);
    for (const Entry& e : entries) {
      const std::uint32_t at = next[e.key >> bucket_shift_]++;
      keys_[at] = e.key;
      values_[at] = e.value;
    }
  }
  bool repeats = false;
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::uint32_t begin = bucket_begin_[b];
    for (std::uint32_t i = begin + 1; i < bucket_begin_[b + 1]; ++i) {
      const std::uint32_t key = keys_[i];
      const std::uint16_t value = values_[i];
      std::uint32_t j = i;
      for (; j > begin && keys_[j - 1] > key; --j) {
        keys_[j] = keys_[j - 1];
        values_[j] = values_[j - 1];
      }
      keys_[j] = key;
      values_[j] = value;
      repeats = repeats || (j > begin && keys_[j - 1] == key);
    }
  }
  if (repeats) {
    // Equal keys, now side by side, become one with their values merged (Parse: an entry that
    // is also the first part of a longer one, or entries whose fingerprints collide).
    std::size_t write = 0, read = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
      const std::size_t end = bucket_begin_[b + 1];
      bucket_begin_[b] = static_cast<std::uint32_t>(write);
      for (; read < end; ++read) {
        if (write > bucket_begin_[b] && keys_[write - 1] == keys_[read]) {
          values_[write - 1] |= values_[read];
        } else {
          keys_[write] = keys_[read];
          values_[write++] = values_[read];
        }
      }
    }
    bucket_begin_[buckets] = static_cast<std::uint32_t>(write);
    keys_.resize(write);
    values_.resize(write);
  }
  filter_ = BitFilter(kFilterBits);
  for (const std::uint32_t key : keys_) filter_.Add(FilterBit(key));
  key_count_ = keys_.size();
}

std::uint16_t Gazetteer::Find(std::uint32_t key) const {
  if (keys_.empty() || !filter_.MayContain(FilterBit(key))) return 0;
  const std::size_t bucket = key >> bucket_shift_;
  const std::uint32_t end = bucket_begin_[bucket + 1];
  for (std::uint32_t i = bucket_begin_[bucket]; i < end; ++i) {
    if (keys_[i] >= key) return keys_[i] == key ? values_[i] : 0;
  }
  return 0;
}

Result<Gazetteer> Gazetteer::Parse(std::string_view text, const GazetteerOptions& options) {
  if (options.fingerprint_bits < 16 || options.fingerprint_bits > 32) {
    return ParseError(
        0, "fingerprint bits must be 16 to 32, not " + std::to_string(options.fingerprint_bits));
  }
  Gazetteer g;
  g.bits_ = options.fingerprint_bits;
  std::vector<Entry> entries;  // with repeats: Build merges them

  constexpr int kCommon = static_cast<int>(GazetteerCategory::kCommon);
  std::unordered_set<std::string_view> common;
  if (options.drop_inflected_common) {
    ForEachLine(text, [&](std::string_view line, int category, std::size_t) {
      if (category == kCommon) common.insert(line);
      return true;
    });
  }
  std::string error;
  const std::size_t bad = ForEachLine(text, [&](std::string_view line, int category, std::size_t) {
    if (category < 0) {
      error = "an entry before the first [category] line";
      return false;
    }
    std::uint64_t h = kSequenceSeed;
    std::uint64_t prefixes[kMaxEntryTokens];
    int count = 0;
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t end = line.find(' ', start);
      if (end == std::string_view::npos) end = line.size();
      if (end > start) {
        if (count > 0 && count <= kMaxEntryTokens) prefixes[count - 1] = h;
        h = Mix(h, NormalizedFormHash(line.substr(start, end - start)));
        ++count;
      }
      start = end + 1;
    }
    if (count > kMaxEntryTokens) {
      error = "an entry of more than " + std::to_string(kMaxEntryTokens) +
              " tokens: " + std::string(line);
      return false;
    }
    if (count == 0 || (options.categories & (1u << category)) == 0) return true;
    if (category == kCommon && options.drop_inflected_common && IsInflection(line, common)) {
      return true;
    }
    for (int k = 0; k + 1 < count; ++k) entries.push_back({g.Fingerprint(prefixes[k]), kPrefixBit});
    entries.push_back({g.Fingerprint(h), static_cast<std::uint16_t>(1u << category)});
    ++g.entry_count_;
    return true;
  });
  if (bad != std::string_view::npos) {
    if (error.empty()) {
      const std::size_t end = text.find('\n', bad);
      std::string_view name = text.substr(bad, end == std::string_view::npos ? end : end - bad);
      if (!name.empty() && name.back() == '\r') name.remove_suffix(1);
      error = "unknown category " + std::string(name);
    }
    return ParseError(bad, error);
  }
  g.Build(entries);
  return g;
}

// Layout (integers little-endian):
//   u8 fingerprint bits, u32 entry count, u32 key count K,
//   varint C, then C classes, the largest first: u16 value (category bits | prefix bit), varint
//   count n, u8 Rice parameter r,
//   u32 byte length L, then L bytes: per class in that order, its n Rice codes of the gaps
//   between its sorted fingerprints, less one (the first one's gap is from 0).
// A key's value is the class it is in: each class costs the entropy of its share of the keys
// (some 3 bits a key for these lists), where a value per key, gzipped, costs more.
void Gazetteer::Encode(std::string* out) const {
  std::map<std::uint16_t, std::vector<std::uint32_t>> classes;
  for (std::size_t i = 0; i < keys_.size(); ++i) classes[values_[i]].push_back(keys_[i]);
  std::vector<std::pair<std::uint16_t, std::vector<std::uint32_t>>> order(classes.begin(),
                                                                          classes.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  PutU8(out, static_cast<std::uint32_t>(bits_));
  PutU32(out, static_cast<std::uint32_t>(entry_count_));
  PutU32(out, static_cast<std::uint32_t>(key_count_));
  PutVarint(out, order.size());
  std::vector<std::vector<std::uint32_t>> gaps(order.size());
  std::vector<int> parameters(order.size());
  for (std::size_t c = 0; c < order.size(); ++c) {
    std::vector<std::uint32_t>& keys = order[c].second;
    std::sort(keys.begin(), keys.end());
    std::uint32_t previous = 0;
    for (const std::uint32_t key : keys) {
      gaps[c].push_back(key - previous - 1);
      previous = key;
    }
    parameters[c] = BestRiceParameter(gaps[c]);
    PutU16(out, order[c].first);
    PutVarint(out, keys.size());
    PutU8(out, static_cast<std::uint32_t>(parameters[c]));
  }
  std::string bits;
  {
    BitWriter writer(&bits);
    for (std::size_t c = 0; c < order.size(); ++c) {
      for (const std::uint32_t gap : gaps[c]) writer.Rice(gap, parameters[c]);
    }
  }
  PutU32(out, static_cast<std::uint32_t>(bits.size()));
  out->append(bits);
}

Result<Gazetteer> Gazetteer::Decode(std::string_view bytes, std::size_t* offset) {
  ByteReader in(bytes, *offset);
  auto cut = [&] { return ParseError(in.offset(), "the lists are cut off"); };
  std::uint32_t bits, entries, key_count, class_count;
  if (!in.U8(&bits) || !in.U32(&entries) || !in.U32(&key_count)) return cut();
  if (bits < 16 || bits > 32) return ParseError(*offset, "bad fingerprint bits");
  // Every key takes at least one bit: a larger count is corrupt and must not allocate.
  if (key_count / 8 > in.remaining()) return ParseError(in.offset() - 4, "bad key count");
  if (!in.Varint(&class_count)) return cut();
  if (class_count > in.remaining() / 4) return ParseError(in.offset(), "bad class count");
  struct Class {
    std::uint32_t value, count, r;
  };
  std::vector<Class> classes(class_count);
  std::uint64_t total = 0;
  for (Class& c : classes) {
    if (!in.U16(&c.value) || !in.Varint(&c.count) || !in.U8(&c.r)) return cut();
    if (c.value == 0 || c.r > 31) return ParseError(in.offset(), "a bad class of fingerprints");
    total += c.count;
  }
  if (total != key_count) return ParseError(in.offset(), "the classes do not add up to the keys");
  std::uint32_t length;
  std::span<const unsigned char> code;
  if (!in.U32(&length) || !in.Bytes(length, &code)) return cut();
  Gazetteer g;
  g.bits_ = static_cast<int>(bits);
  g.entry_count_ = entries;
  std::vector<Entry> keys;
  keys.reserve(key_count);
  BitReader reader(code);
  const std::uint64_t limit = (std::uint64_t{1} << bits) - 1;
  for (const Class& c : classes) {
    std::uint64_t key = 0;
    for (std::uint32_t k = 0; k < c.count; ++k) {
      std::uint32_t gap;
      const std::size_t at = in.offset() - length + reader.byte_offset();
      if (!reader.Rice(static_cast<int>(c.r), &gap)) {
        return ParseError(at, "a fingerprint is cut off");
      }
      key += std::uint64_t{gap} + 1;
      if (key > limit) return ParseError(at, "a fingerprint out of range");
      keys.push_back({static_cast<std::uint32_t>(key), static_cast<std::uint16_t>(c.value)});
    }
  }
  if (reader.bytes_used() != length) {
    return ParseError(in.offset(), "unexpected bytes after the fingerprints");
  }
  g.Build(keys);
  if (g.key_count_ != key_count) {
    return ParseError(in.offset() - length, "a fingerprint in two classes");
  }
  *offset = in.offset();
  return g;
}

std::uint16_t Gazetteer::WordValue(std::uint64_t form) const {
  return Find(Fingerprint(Mix(kSequenceSeed, form)));
}

void Gazetteer::Mark(std::span<const std::uint64_t> forms, std::span<GazetteerMarks> marks) const {
  std::vector<std::uint16_t> word_values(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) word_values[i] = WordValue(forms[i]);
  Mark(forms, word_values, marks);
}

void Gazetteer::Mark(std::span<const std::uint64_t> forms,
                     std::span<const std::uint16_t> word_values,
                     std::span<GazetteerMarks> marks) const {
  for (GazetteerMarks& m : marks) m = 0;
  const std::size_t n = forms.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::uint16_t value = word_values[i];
    std::uint64_t h = Mix(kSequenceSeed, forms[i]);
    for (std::size_t j = i; value != 0;) {
      for (std::uint32_t c = value & ~kPrefixBit; c != 0; c &= c - 1) {
        const auto category = static_cast<GazetteerCategory>(std::countr_zero(c));
        marks[i] |= StartBit(category);
        for (std::size_t k = i + 1; k <= j; ++k) marks[k] |= InsideBit(category);
      }
      if ((value & kPrefixBit) == 0 || ++j >= n || j - i >= kMaxEntryTokens) break;
      h = Mix(h, forms[j]);
      value = Find(Fingerprint(h));
    }
  }
}

}  // namespace newslens::ner
