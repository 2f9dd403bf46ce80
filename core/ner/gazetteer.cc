#include "ner/gazetteer.h"

#include <bit>
#include <cstdlib>
#include <string>

#include "ner/word_features.h"
#include "text/lexicon.h"

namespace newslens::data {
extern const unsigned char ner_gazetteer_tsv[];
extern const std::size_t ner_gazetteer_tsv_size;
}  // namespace newslens::data

namespace newslens::ner {
namespace {

constexpr std::string_view kCategoryNames[kGazetteerCategoryCount] = {
    "first",   "last",    "person",    "country", "city", "region", "place", "org",
    "demonym", "orgword", "placeword", "title",   "role", "common", "proper"};

std::uint64_t NonZero(std::uint64_t h) { return h == 0 ? 1 : h; }

std::uint64_t TextFingerprint(std::string_view text) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return h;
}

Error ParseError(std::size_t offset, const std::string& message) {
  return Error{ErrorCode::kInvalidModel, offset, "gazetteer: " + message};
}

}  // namespace

Result<Gazetteer> Gazetteer::Parse(std::string_view text) {
  Gazetteer g;
  g.fingerprint_ = TextFingerprint(text);
  // Every token of an entry adds at most one key; size the table for a load of at most 1/2.
  std::size_t tokens = 0;
  for (const char c : text) tokens += (c == '\n' || c == ' ') ? 1 : 0;
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, 2 * (tokens + 1)));
  g.slots_.assign(capacity, Slot{});
  g.mask_ = capacity - 1;

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
      if (category < 0) return ParseError(offset, "unknown category [" + std::string(name) + "]");
      continue;
    }
    if (category < 0) return ParseError(offset, "an entry before the first [category] line");
    std::uint64_t h = kSequenceSeed;
    int count = 0;
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t end = line.find(' ', start);
      if (end == std::string_view::npos) end = line.size();
      if (end > start) {
        if (count > 0) g.Insert(NonZero(h), kPrefixBit);
        h = Mix(h, NormalizedFormHash(line.substr(start, end - start)));
        ++count;
      }
      start = end + 1;
    }
    if (count == 0) continue;
    if (count > kMaxEntryTokens) {
      return ParseError(offset, "an entry of more than " + std::to_string(kMaxEntryTokens) +
                                    " tokens: " + std::string(line));
    }
    g.Insert(NonZero(h), 1u << category);
    ++g.entry_count_;
  }
  return g;
}

const Gazetteer& Gazetteer::BuiltIn() {
  static const Gazetteer* const gazetteer = [] {
    Result<Gazetteer> parsed =
        Parse(EmbeddedText(data::ner_gazetteer_tsv, data::ner_gazetteer_tsv_size));
    if (!parsed.ok()) std::abort();  // a build error: ner_test checks the compiled-in lists
    return new Gazetteer(std::move(parsed).value());
  }();
  return *gazetteer;
}

void Gazetteer::Insert(std::uint64_t key, std::uint32_t value) {
  std::uint64_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  slots_[i].key = key;
  slots_[i].value |= value;
}

const Gazetteer::Slot* Gazetteer::Find(std::uint64_t key) const {
  if (slots_.empty()) return nullptr;
  std::uint64_t i = key & mask_;
  while (true) {
    const Slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
    i = (i + 1) & mask_;
  }
}

void Gazetteer::Mark(std::span<const std::uint64_t> forms, std::span<GazetteerMarks> marks) const {
  for (GazetteerMarks& m : marks) m = 0;
  const std::size_t n = forms.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t h = kSequenceSeed;
    for (std::size_t j = i; j < n && j - i < kMaxEntryTokens; ++j) {
      h = Mix(h, forms[j]);
      const Slot* slot = Find(NonZero(h));
      if (slot == nullptr) break;
      const std::uint32_t categories = slot->value & ~kPrefixBit;
      if (categories != 0) {
        for (int c = 0; c < kGazetteerCategoryCount; ++c) {
          if ((categories & (1u << c)) == 0) continue;
          const auto category = static_cast<GazetteerCategory>(c);
          marks[i] |= StartBit(category);
          for (std::size_t k = i + 1; k <= j; ++k) marks[k] |= InsideBit(category);
        }
      }
      if ((slot->value & kPrefixBit) == 0) break;
    }
  }
}

}  // namespace newslens::ner
