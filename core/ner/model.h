// The model file and the weight table the tagger reads (internal header).
//
// File format, version 4 (integers little-endian; "varint" is LEB128, "zigzag" maps 0,-1,1,-2...
// to 0,1,2,3...; Rice codes as in encoding.h):
//   offset 0   8 bytes  magic "NLNERMDL"
//          8   u32      format version (kFormatVersion)
//         12   u32      feature version (features.h kFeatureVersion)
//         16   u32      tag count (9: O and B-/I- of PER, ORG, LOC, MISC)
//         20   u32      decoding passes (1 or 2)
//         24   u32      scale: a float's bits; weight = stored integer * scale (information only:
//                       decoding compares sums of the integers)
//         28            the gazetteer the model was trained with (Gazetteer::Encode, gazetteer.cc)
//   then                the word clusters it was trained with (WordClusters::Encode,
//                       word_clusters.cc; none: an empty table). Both keep their fingerprints as
//                       a FingerprintTable (fingerprint_table.h), which version 4 brought: the
//                       keys in one sorted stream, each with its value's prefix code, in place
//                       of one stream per value.
//   then       u32      feature count N
//              u8, u32  Rice parameter r and byte length L, then L bytes: N Rice codes, the gaps
//                       between the sorted feature keys less one (the first key's from 0)
//              varint   M, then M u16 tag masks (bit t: tag t has a weight), most frequent first
//              N varints, per feature in key order: the index of its tag mask
//              per feature in key order, per set bit of its mask in tag order: a zigzag varint
//                       weight (each fits int16)
//    end - 4   u32      FNV-1a (32-bit) of every byte before it
// Keys are FeatureKey() values (features.h). A feature's missing tags weigh 0. Each column is
// stored apart (keys, masks, weights) so that gzip, which the web serves the module with, finds
// the skew of each; the keys, random, are Rice-coded near their entropy.
#ifndef NEWSLENS_NER_MODEL_H_
#define NEWSLENS_NER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/bit_filter.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/word_clusters.h"
#include "newslens/ner.h"
#include "newslens/status.h"

namespace newslens::ner {

inline constexpr std::uint32_t kFormatVersion = 4;

struct ModelParameters {
  std::uint32_t feature_version = 0;
  std::uint32_t passes = 1;
  Gazetteer gazetteer;
  WordClusters clusters;
  float scale = 1;
  std::vector<std::uint32_t> keys;    // strictly increasing, never 0
  std::vector<std::int16_t> weights;  // keys.size() * kNerTagCount, row per key
};

// The bytes of a model file. `parameters` must be well-formed (keys increasing, sizes agree).
std::string EncodeModel(const ModelParameters& parameters);

// Parses and checks a model file; ErrorCode::kInvalidModel with the offset of the first problem.
// Does not check the feature version (Model::Create does). `verify_checksum` false skips the
// checksum (for the model compiled in, whose bytes the tests check): the structure is still
// checked, so that corrupt bytes give an error, never a read out of bounds.
Result<ModelParameters> DecodeModel(std::string_view bytes, bool verify_checksum = true);

// A row of weights as the tagger adds them: per tag but O, the tag's weight less O's. Adding one
// number to every tag's weight of a feature adds it to every tag's score and changes no decision,
// so the tagger scores the tags relative to O, whose score is then always 0: eight 16-bit lanes,
// one aligned 16-byte load per feature, never across two cache lines. (The trainer quantizes
// weights to at most 4,095 in magnitude, so the differences fit; Model::Create refuses a model
// whose do not.)
inline constexpr int kRelativeTags = kNerTagCount - 1;  // the tags but O: index t - 1 is tag t
struct alignas(16) WeightRow {
  std::int16_t weights[kRelativeTags] = {};
};

// Weights by feature key. Many keys a token asks about are not in the model, so a filter comes
// first: a bit per key in 2^18 bits (32 KB, which stays in the L1 cache), and a key whose bit is
// clear is absent without a probe (the model's 15,000 keys set at most 6% of the bits, so at most
// 6% of the absent keys go on to probe). The probes then run over a table of keys alone, at most
// half full (8 bytes a slot: 256 KB for 15,000 keys, which a third full took twice), and only a
// hit reads its row of weights. Dense keys (features.h), numbered rather than hashed, index a
// table of rows of their own, one per number, without a probe.
class WeightTable {
 public:
  WeightTable() = default;
  // `weights`: kNerTagCount per key, as the model file has them. RelativeWeightsFit(weights)
  // must hold.
  WeightTable(const std::vector<std::uint32_t>& keys, const std::vector<std::int16_t>& weights);

  // Whether every tag's weight less O's, in rows of kNerTagCount, fits 16 bits.
  static bool RelativeWeightsFit(const std::vector<std::int16_t>& weights);

  // Adds the weights of `key` (a feature key or a dense key) to `scores`, the kRelativeTags
  // scores of the tags but O relative to O's; nothing for an unknown key.
  void AddTo(std::uint32_t key, std::int32_t* scores) const {
    const WeightRow& row = Row(key);
    for (int t = 0; t < kRelativeTags; ++t) scores[t] += row.weights[t];
  }
  // The weights of `key`, all 0 for an unknown key.
  const WeightRow& Row(std::uint32_t key) const {
    if (key >= kDenseKeyBase) return dense_[key - kDenseKeyBase];
    if (!filter_.MayContain(FilterBit(key))) return kZeroRow;
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return rows_[slot.row];
      if (slot.key == 0) return kZeroRow;
    }
  }
  std::size_t size() const { return rows_.size(); }

 private:
  static constexpr WeightRow kZeroRow = {};
  // 2^18 bits gave the tagger 11% more tokens a second than no filter, and 2% more than 2^17 or
  // 2^19 (newslens-bench-ner on the CoNLL dev text).
  static constexpr int kFilterBits = 18;
  // The key's filter bit: the top bits of a multiplicative hash, as the slots use the low bits.
  static std::uint32_t FilterBit(std::uint32_t key) {
    return (key * 0x9E3779B1u) >> (32 - kFilterBits);
  }

  BitFilter filter_{kFilterBits};
  struct Slot {
    std::uint32_t key = 0;  // 0 = empty
    std::uint32_t row = 0;  // index into rows_
  };
  std::vector<Slot> slots_ = std::vector<Slot>(1);
  std::vector<WeightRow> rows_;
  std::size_t mask_ = 0;
  // DenseFeatureCount() rows, zero for a feature the model lacks.
  std::vector<WeightRow> dense_;
};

class Model {
 public:
  // Checks that `parameters` fit this library (feature version) and builds the table; takes the
  // gazetteer and the clusters.
  static Result<std::shared_ptr<const Model>> Create(ModelParameters parameters,
                                                     std::size_t file_size);

  const WeightTable& weights() const { return weights_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const WordClusters& clusters() const { return clusters_; }
  int passes() const { return passes_; }
  std::size_t file_size() const { return file_size_; }

 private:
  Model() = default;
  WeightTable weights_;
  Gazetteer gazetteer_;
  WordClusters clusters_;
  int passes_ = 1;
  std::size_t file_size_ = 0;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_MODEL_H_
