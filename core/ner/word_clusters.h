// Word clusters for the tagger's features (internal header).
//
// Words that appear in the same contexts of a large unlabeled text share a cluster: "ljubljana"
// with the other capitals, "spokeswoman" with the role nouns, "gazprom" with the companies. The
// tagger then knows something of a word its training data never showed, from the company it
// keeps. The clusters are made by `make train-ner` (tools/train-ner/word_clusters.cc: fasttext
// skip-gram vectors of ~9 million words of Wikipedia, k-means; core/ner/MODEL.md) as a table of
// `word<TAB>cluster<TAB>coarse cluster` lines over normalized forms (word_features.h), and travel
// inside the model file.
//
// Like the gazetteer, the table keeps fingerprints of the words' form hashes, not the words: a
// word outside the table takes a cluster with a probability of about word_count() / 2^bits per
// lookup, which the model is trained with.
#ifndef NEWSLENS_NER_WORD_CLUSTERS_H_
#define NEWSLENS_NER_WORD_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/status.h"

namespace newslens::ner {

class WordClusters {
 public:
  // The most clusters a table may have (cluster numbers are below this), and coarse ones.
  static constexpr std::uint32_t kMaxClusters = 1024;
  static constexpr std::uint32_t kMaxCoarse = 64;
  // What Find answers for a word in no cluster.
  static constexpr std::uint32_t kNone = kMaxClusters;

  // An empty table: every word is in no cluster.
  WordClusters() = default;

  // Parses the table's text (see above), keeping `fingerprint_bits` (16 to 32) of each form's
  // hash. Fails, with the line's byte offset, on a malformed line, a cluster number out of range,
  // a cluster given two coarse clusters, or a word listed twice.
  static Result<WordClusters> Parse(std::string_view text, int fingerprint_bits);

  // Appends the table's compact encoding to `out`: the fingerprints of each cluster, sorted and
  // Rice-coded, then the coarse cluster of each cluster.
  void Encode(std::string* out) const;
  // Reads what Encode wrote, starting at `bytes[*offset]`, and moves `*offset` past it. Fails,
  // with the offset of the problem, when the encoding is cut off or malformed.
  static Result<WordClusters> Decode(std::string_view bytes, std::size_t* offset);

  // The cluster of the word whose normalized-form hash is `form`, or kNone.
  std::uint32_t Find(std::uint64_t form) const {
    if (slots_.empty()) return kNone;
    const std::uint32_t key = Fingerprint(form);
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].cluster;
      if (slots_[i].key == 0) return kNone;
    }
  }
  // The coarse cluster of `cluster` (< cluster_count()); kMaxCoarse for kNone.
  std::uint32_t Coarse(std::uint32_t cluster) const {
    return cluster < coarse_.size() ? coarse_[cluster] : kMaxCoarse;
  }

  std::size_t word_count() const { return word_count_; }
  std::size_t cluster_count() const { return coarse_.size(); }
  int fingerprint_bits() const { return bits_; }

 private:
  struct Slot {
    std::uint32_t key = 0;  // fingerprint, 0 = empty
    std::uint16_t cluster = 0;
  };
  std::uint32_t Fingerprint(std::uint64_t form) const {
    const auto key = static_cast<std::uint32_t>(form >> (64 - bits_));
    return key == 0 ? 1 : key;
  }
  void Allocate(std::size_t words);
  // False when the fingerprint is taken already (two words met in it: the first keeps it).
  bool Insert(std::uint32_t key, std::uint16_t cluster);

  std::vector<Slot> slots_;  // open addressing, at most half full
  std::size_t mask_ = 0;
  std::vector<std::uint8_t> coarse_;  // per cluster
  std::size_t word_count_ = 0;
  int bits_ = 24;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_WORD_CLUSTERS_H_
