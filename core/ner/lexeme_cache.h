// What the featurizer reads off a spelling alone, remembered from document to document (internal
// header).
//
// A word's features as written (ComputeWordFeatures: normalizing, classifying and hashing its
// letters), its lookups in the gazetteer and the word clusters, and what the repairs of names ask
// of it (name_word_flags.h: a dozen lexicons' lookups) depend on its bytes and on nothing else. The
// featurizer works them out once per spelling per document; across the documents one tagger reads
// (a folder of articles, the pages a worker is given) most spellings come back ("the", "said",
// "Reuters", "President"), and this cache lets the featurizer skip that work for them: one probe
// instead of the computation and two probes into the larger tables. The tagger tags the CoNLL-2003
// dev text about 3% faster with it (newslens-bench-ner, which tags the text again and again; the
// first pass over it, cold, runs 3% fewer instructions). A pure memo: what the tagger answers never
// depends on what the cache holds.
//
// Memory is bounded: at most kMaxEntries spellings of at most kMaxBytes bytes each, 104 bytes an
// entry (1.7 MB in all, and 128 KB of slots). When the cache is full it forgets everything and
// fills again: no bookkeeping per lookup, and a news text has far fewer distinct spellings (10,613
// in the 51,362 tokens of the CoNLL dev text).
#ifndef NEWSLENS_NER_LEXEME_CACHE_H_
#define NEWSLENS_NER_LEXEME_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/name_word_flags.h"
#include "ner/word_features.h"

namespace newslens::ner {

struct Lexeme {
  WordFeatures word;                  // ComputeWordFeatures of the spelling
  std::uint16_t gazetteer_value = 0;  // Gazetteer::WordValue(word.form)
  std::uint16_t cluster = 0;          // WordClusters::Find(word.form), or WordClusters::kNone
  NameWordFlags name_flags = 0;       // ComputeNameWordFlags of the spelling
};

class LexemeCache {
 public:
  static constexpr std::size_t kMaxEntries = std::size_t{1} << 14;
  // Longer spellings (URLs, runs of symbols) are seldom seen twice: they are not kept.
  static constexpr std::size_t kMaxBytes = 30;

  // The lexeme of `token`, whose bytes hash to `hash` (any 64-bit hash of them, the same for
  // every call); nullptr if the cache does not hold it.
  const Lexeme* Find(std::uint64_t hash, std::string_view token) const;

  // Remembers `lexeme` as the lexeme of `token` (hashing to `hash`), which Find did not hold.
  // Does nothing for a token longer than kMaxBytes.
  void Add(std::uint64_t hash, std::string_view token, const Lexeme& lexeme);

  std::size_t size() const { return entries_.size(); }

 private:
  // The spelling is kept in the entry, next to its hash, so that a lookup reads one entry's
  // first cache line to know whether it has the word (the entries far outgrow the caches).
  struct Entry {
    std::uint64_t hash = 0;
    std::uint8_t size = 0;
    char text[kMaxBytes] = {};
    Lexeme lexeme;
  };
  // Open addressing with linear probes; a slot holds an index into entries_ + 1, 0 = empty. At
  // most half full: from kFirstSlots slots, doubled as needed up to 2 * kMaxEntries.
  static constexpr std::size_t kFirstSlots = 1024;
  void Place(std::uint64_t hash, std::size_t entry);

  std::vector<std::uint32_t> slots_;  // empty until the first Add
  std::vector<Entry> entries_;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_LEXEME_CACHE_H_
