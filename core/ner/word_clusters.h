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

#include "ner/fingerprint_table.h"
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
  // or a cluster given two coarse clusters. Of two words with one fingerprint (a word listed
  // twice, two spellings of one form, or a collision), the first listed keeps it.
  static Result<WordClusters> Parse(std::string_view text, int fingerprint_bits);

  // Appends the table's compact encoding to `out`: u8 fingerprint bits, varint cluster count,
  // the coarse cluster of each cluster (u8), then the words' fingerprints with their clusters
  // (FingerprintTable).
  void Encode(std::string* out) const;
  // Reads what Encode wrote, starting at `bytes[*offset]`, and moves `*offset` past it. Fails,
  // with the offset of the problem, when the encoding is cut off or malformed.
  static Result<WordClusters> Decode(std::string_view bytes, std::size_t* offset);

  // The cluster of the word whose normalized-form hash is `form`, or kNone.
  std::uint32_t Find(std::uint64_t form) const {
    return table_.Find(Fingerprint(form)).value_or(kNone);
  }
  // The coarse cluster of `cluster` (< cluster_count()); kMaxCoarse for kNone.
  std::uint32_t Coarse(std::uint32_t cluster) const {
    return cluster < coarse_.size() ? coarse_[cluster] : kMaxCoarse;
  }

  std::size_t word_count() const { return table_.size(); }
  std::size_t cluster_count() const { return coarse_.size(); }
  int fingerprint_bits() const { return bits_; }

 private:
  std::uint32_t Fingerprint(std::uint64_t form) const {
    const auto key = static_cast<std::uint32_t>(form >> (64 - bits_));
    return key == 0 ? 1 : key;
  }

  FingerprintTable table_;            // the words' fingerprints, with their clusters
  std::vector<std::uint8_t> coarse_;  // per cluster
  int bits_ = 24;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_WORD_CLUSTERS_H_
