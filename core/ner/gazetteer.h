// Name lists for the tagger's gazetteer features (internal header).
//
// The lists (core/ner/gazetteer.tsv, built by tools/train-ner/make-gazetteer.mjs from the sources
// named in core/ner/MODEL.md) are the training tool's input. Matching is on normalized forms
// (word_features.h), so case, diacritics and quote styles do not matter; an entry of several
// tokens matches only whole, within one sentence.
//
// What the tagger keeps of them is a set of fingerprints: the top bits of the hash of each entry
// (and of each first part of a longer entry), with the categories of the entries that end there.
// A word that is no entry may share a fingerprint with one, with a probability of about
// key_count() / 2^fingerprint_bits per lookup (1 in 170 for the built-in lists at 24 bits). The
// model is trained with the same fingerprints, false matches included, so it learns how far to
// trust them; in exchange the lists travel inside the model file (model.h) at some 12 bits per
// entry, against some 27 for the gzipped text.
#ifndef NEWSLENS_NER_GAZETTEER_H_
#define NEWSLENS_NER_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ner/bit_filter.h"
#include "ner/fingerprint_table.h"
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

// The name of a category ("first", "city" ...); nullptr for a number out of range.
const char* GazetteerCategoryName(int category);

// Per-token match bits: bit 2c is set when a match of category c starts at the token, bit 2c+1
// when the token is inside (not first in) a match of category c.
using GazetteerMarks = std::uint32_t;
inline constexpr GazetteerMarks StartBit(GazetteerCategory c) {
  return GazetteerMarks{1} << (2 * static_cast<int>(c));
}
inline constexpr GazetteerMarks InsideBit(GazetteerCategory c) {
  return GazetteerMarks{1} << (2 * static_cast<int>(c) + 1);
}

struct GazetteerOptions {
  // Bits kept of each entry's hash, 16 to 32: fewer make a smaller file and more false matches.
  int fingerprint_bits = 32;
  // Bit c set: keep the entries of category c; the others are left out.
  std::uint32_t categories = (1u << kGazetteerCategoryCount) - 1;
  // Leave out the common words that are an inflection of another common word ("hammers",
  // "hammered", "hammering" of "hammer"; endings -s -es -ies -ed -ied -ing -ly -er -est): a third
  // of the list, and of the file, for no measurable loss (core/ner/MODEL.md).
  bool drop_inflected_common = false;
};

class Gazetteer {
 public:
  // Parses gazetteer text: '#' comment lines, `[category]` section lines, one entry per line
  // (tokens separated by single spaces). Fails on an unknown category, an entry before the first
  // section, an entry of more than kMaxEntryTokens tokens, or fingerprint bits out of range.
  static Result<Gazetteer> Parse(std::string_view text, const GazetteerOptions& options = {});

  // Appends the lists' compact encoding (see model.h) to `out`.
  void Encode(std::string* out) const;
  // Reads what Encode wrote, starting at `bytes[*offset]`, and moves `*offset` past it. Fails,
  // with the offset of the problem in `bytes`, when the encoding is cut off or malformed.
  static Result<Gazetteer> Decode(std::string_view bytes, std::size_t* offset);

  std::size_t entry_count() const { return entry_count_; }
  // Fingerprints stored: entries and the first parts of longer entries, less collisions.
  std::size_t key_count() const { return table_.size(); }
  int fingerprint_bits() const { return bits_; }

  // Sets `marks[i]` for the tokens whose normalized-form hashes are `forms[i]` (one sentence).
  // `marks` must be as long as `forms`; it is overwritten.
  void Mark(std::span<const std::uint64_t> forms, std::span<GazetteerMarks> marks) const;

  // What Mark finds for `form` alone: a word's bits, to be looked up once per word of a document
  // rather than once per token. 0 when the word starts no entry.
  std::uint16_t WordValue(std::uint64_t form) const;
  // Mark, with `word_values[i]` = WordValue(forms[i]) already known.
  void Mark(std::span<const std::uint64_t> forms, std::span<const std::uint16_t> word_values,
            std::span<GazetteerMarks> marks) const;

  static constexpr int kMaxEntryTokens = 8;

 private:
  static constexpr std::uint16_t kPrefixBit = 1u << 15;

  std::uint32_t Fingerprint(std::uint64_t sequence_hash) const;
  // Keeps `table` and makes the filter of its keys.
  void SetTable(FingerprintTable table);
  // The value of `key`: bit c, an entry of category c ends here; kPrefixBit, one goes on past it.
  // 0 when absent.
  std::uint16_t Find(std::uint32_t key) const {
    if (table_.size() == 0 || !filter_.MayContain(FilterBit(key))) return 0;  // no filter made
    return table_.Find(key).value_or(0);
  }

  // A bit per fingerprint's low kFilterBits bits (128 KB, which stays in the L2 cache): many words
  // and word sequences asked about are in no list, and a clear bit says so without a probe. 2^20
  // bits: the tagger 5% faster than without (newslens-bench-ner), as fast as 2^21.
  static constexpr int kFilterBits = 20;
  static std::uint32_t FilterBit(std::uint32_t key) { return key & ((1u << kFilterBits) - 1); }
  BitFilter filter_;  // of kFilterBits, made by SetTable

  // The fingerprints (of entries and of the first parts of longer entries) with their values.
  // For the built-in lists this takes 0.7 MB, where a hash table at most half full took 2 MB, all
  // of which had to be zeroed at load: in a browser's first analysis, before its code is
  // optimized, that alone took some 20 ms (Chromium's profiler).
  FingerprintTable table_;

  int bits_ = 32;
  std::size_t entry_count_ = 0;
};

// The hash of a token sequence, as the gazetteer keys its entries: fold each token's
// NormalizedFormHash with Mix(previous, form), starting from kSequenceSeed.
inline constexpr std::uint64_t kSequenceSeed = 0x6A09E667F3BCC908ull;

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_GAZETTEER_H_
