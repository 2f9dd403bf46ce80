// The model file and the weight table the tagger reads (internal header).
//
// File format (all integers little-endian; "varint" is LEB128, "zigzag" maps 0,-1,1,-2... to
// 0,1,2,3...):
//   offset 0   8 bytes  magic "NLNERMDL"
//          8   u32      format version (kFormatVersion)
//         12   u32      feature version (features.h kFeatureVersion)
//         16   u32      tag count (9: O and B-/I- of PER, ORG, LOC, MISC)
//         20   u32      decoding passes (1 or 2)
//         24   u64      gazetteer fingerprint (Gazetteer::fingerprint() of the lists trained with)
//         32   u32      scale: a float's bits; weight = stored integer * scale (information only:
//                       decoding compares sums of the integers)
//         36   u32      feature count N
//         40   N times: varint key - previous key (the first relative to 0; keys strictly
//                       increase and are never 0), varint tag mask (bit t: tag t has a weight),
//                       then one zigzag varint weight per set bit, in tag order (each fits int16)
//    end - 4   u32      FNV-1a (32-bit) of every byte before it
// Keys are FeatureKey() values (features.h). A feature's missing tags weigh 0.
#ifndef NEWSLENS_NER_MODEL_H_
#define NEWSLENS_NER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "newslens/ner.h"
#include "newslens/status.h"

namespace newslens::ner {

inline constexpr std::uint32_t kFormatVersion = 1;

struct ModelParameters {
  std::uint32_t feature_version = 0;
  std::uint32_t passes = 1;
  std::uint64_t gazetteer_fingerprint = 0;
  float scale = 1;
  std::vector<std::uint32_t> keys;    // strictly increasing, never 0
  std::vector<std::int16_t> weights;  // keys.size() * kNerTagCount, row per key
};

// The bytes of a model file. `parameters` must be well-formed (keys increasing, sizes agree).
std::string EncodeModel(const ModelParameters& parameters);

// Parses and checks a model file; ErrorCode::kInvalidModel with the offset of the first problem.
// Does not check the feature version or the gazetteer fingerprint (Model::Create does).
Result<ModelParameters> DecodeModel(std::string_view bytes);

// Weights by feature key: an open-addressing table, one 24-byte row (key + 9 weights) per slot,
// so that a lookup touches one cache line.
class WeightTable {
 public:
  WeightTable() = default;
  WeightTable(const std::vector<std::uint32_t>& keys, const std::vector<std::int16_t>& weights);

  // Adds the weights of `key` to `scores` (kNerTagCount of them); nothing for an unknown key.
  void AddTo(std::uint32_t key, std::int32_t* scores) const {
    std::size_t i = key & mask_;
    while (true) {
      const Row& row = rows_[i];
      if (row.key == key) {
        for (int t = 0; t < kNerTagCount; ++t) scores[t] += row.weights[t];
        return;
      }
      if (row.key == 0) return;
      i = (i + 1) & mask_;
    }
  }
  std::size_t size() const { return size_; }

 private:
  struct Row {
    std::uint32_t key = 0;  // 0 = empty
    std::int16_t weights[kNerTagCount] = {};
    std::int16_t padding = 0;
  };
  std::vector<Row> rows_ = std::vector<Row>(1);
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

class Model {
 public:
  // Checks that `parameters` fit this library (feature version, gazetteer) and builds the table.
  static Result<std::shared_ptr<const Model>> Create(const ModelParameters& parameters,
                                                     const Gazetteer* gazetteer,
                                                     std::size_t file_size);

  const WeightTable& weights() const { return weights_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  int passes() const { return passes_; }
  std::size_t file_size() const { return file_size_; }

 private:
  Model() = default;
  WeightTable weights_;
  const Gazetteer* gazetteer_ = nullptr;
  int passes_ = 1;
  std::size_t file_size_ = 0;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_MODEL_H_
