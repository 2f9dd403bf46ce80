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

// Never 0: the encoding counts the table's first fingerprint from 0 as a gap less one.
std::uint32_t Gazetteer::Fingerprint(std::uint64_t sequence_hash) const {
  const auto fingerprint = static_cast<std::uint32_t>(NonZero(sequence_hash) >> (64 - bits_));
  return fingerprint == 0 ? 1 : fingerprint;
}

void Gazetteer::SetTable(FingerprintTable table) {
  table_ = std::move(table);
  filter_ = BitFilter(kFilterBits);
  for (const std::uint32_t key : table_.keys()) filter_.Add(FilterBit(key));
}

Result<Gazetteer> Gazetteer::Parse(std::string_view text, const GazetteerOptions& options) {
  if (options.fingerprint_bits < 16 || options.fingerprint_bits > 32) {
    return ParseError(
        0, "fingerprint bits must be 16 to 32, not " + std::to_string(options.fingerprint_bits));
  }
  Gazetteer g;
  g.bits_ = options.fingerprint_bits;
  std::vector<FingerprintTable::Entry> entries;  // with repeats, which the table merges

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
  g.SetTable(FingerprintTable::FromEntries(g.bits_, std::move(entries),
                                           FingerprintTable::Repeats::kMergeValues));
  return g;
}

// Layout: u8 fingerprint bits, u32 entry count, then the fingerprints with their values
// (FingerprintTable): the category bits | the prefix bit. A key's value costs about 3 bits
// for these lists (its prefix code), the gap to it some 9.
void Gazetteer::Encode(std::string* out) const {
  PutU8(out, static_cast<std::uint32_t>(bits_));
  PutU32(out, static_cast<std::uint32_t>(entry_count_));
  table_.Encode(out);
}

Result<Gazetteer> Gazetteer::Decode(std::string_view bytes, std::size_t* offset) {
  ByteReader in(bytes, *offset);
  std::uint32_t bits, entries;
  if (!in.U8(&bits) || !in.U32(&entries)) return ParseError(in.offset(), "the lists are cut off");
  if (bits < 16 || bits > 32) return ParseError(*offset, "bad fingerprint bits");
  std::size_t at = in.offset();
  Result<FingerprintTable> table =
      FingerprintTable::Decode(bytes, &at, static_cast<int>(bits), /*value_begin=*/1,
                               /*value_end=*/0x10000, "gazetteer");
  if (!table.ok()) return table.error();
  Gazetteer g;
  g.bits_ = static_cast<int>(bits);
  g.entry_count_ = entries;
  g.SetTable(std::move(table).value());
  *offset = at;
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
