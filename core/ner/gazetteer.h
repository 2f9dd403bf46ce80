// Name lists for the tagger's gazetteer features (internal header).
//
// The lists (core/ner/gazetteer.tsv, built by tools/train-ner/make-gazetteer.mjs from the sources
// named in core/ner/MODEL.md) are compiled in. Matching is on normalized forms (word_features.h),
// so case, diacritics and quote styles do not matter; an entry of several tokens matches only
// whole, within one sentence.
#ifndef NEWSLENS_NER_GAZETTEER_H_
#define NEWSLENS_NER_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "newslens/status.h"

namespace newslens::ner {

// The categories, in the order of their bits. Their names are the `[name]` section headers of
// the gazetteer file.
enum class GazetteerCategory : std::uint8_t {
  kFirst,   // first names
  kLast,    // surnames
  kPerson,  // full names of well-known people
  kCountry,
  kCity,
  kRegion,     // states, provinces, first-level divisions
  kPlace,      // continents, seas, other places
  kOrg,        // organisations and sports teams
  kDemonym,    // nationality adjectives and nouns (American, Russians)
  kOrgWord,    // nouns that end organisation names (bank, university, party)
  kPlaceWord,  // nouns that end place names (river, street, lake)
  kTitle,      // honorifics (mr, dr, sen, gov)
  kRole,       // role nouns (president, minister, spokesman)
  kCommon,     // ordinary English words (verbs, adjectives, common nouns)
  kProper,     // other capitalised dictionary words: names of any kind
};
inline constexpr int kGazetteerCategoryCount = 15;

// Per-token match bits: bit 2c is set when a match of category c starts at the token, bit 2c+1
// when the token is inside (not first in) a match of category c.
using GazetteerMarks = std::uint32_t;
inline constexpr GazetteerMarks StartBit(GazetteerCategory c) {
  return GazetteerMarks{1} << (2 * static_cast<int>(c));
}
inline constexpr GazetteerMarks InsideBit(GazetteerCategory c) {
  return GazetteerMarks{1} << (2 * static_cast<int>(c) + 1);
}

class Gazetteer {
 public:
  // Parses gazetteer text: '#' comment lines, `[category]` section lines, one entry per line
  // (tokens separated by single spaces). Fails on an unknown category, an entry before the first
  // section, or an entry of more than kMaxEntryTokens tokens.
  static Result<Gazetteer> Parse(std::string_view text);

  // The compiled-in lists, parsed on first use (thread-safe). Aborts if they do not parse, which
  // a unit test rules out.
  static const Gazetteer& BuiltIn();

  // A hash of the text the lists were parsed from: models store the fingerprint of the
  // gazetteer they were trained with.
  std::uint64_t fingerprint() const { return fingerprint_; }
  std::size_t entry_count() const { return entry_count_; }

  // Sets `marks[i]` for the tokens whose normalized-form hashes are `forms[i]` (one sentence).
  // `marks` must be as long as `forms`; it is overwritten.
  void Mark(std::span<const std::uint64_t> forms, std::span<GazetteerMarks> marks) const;

  static constexpr int kMaxEntryTokens = 8;

 private:
  struct Slot {
    std::uint64_t key = 0;    // sequence hash, 0 = empty
    std::uint32_t value = 0;  // bit c: an entry of category c ends here; kPrefixBit: an entry
                              // continues
  };
  static constexpr std::uint32_t kPrefixBit = 1u << 31;

  void Insert(std::uint64_t key, std::uint32_t value);
  const Slot* Find(std::uint64_t key) const;

  std::vector<Slot> slots_;
  std::uint64_t mask_ = 0;
  std::uint64_t fingerprint_ = 0;
  std::size_t entry_count_ = 0;
};

// The hash of a token sequence, as the gazetteer keys its entries: fold each token's
// NormalizedFormHash with SequenceHash(previous, form), starting from kSequenceSeed.
inline constexpr std::uint64_t kSequenceSeed = 0x6A09E667F3BCC908ull;

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_GAZETTEER_H_
