// The features' templates (internal header of features.cc): the ids mixed into every feature's
// hash, and the table of the dense features, numbered rather than hashed (features.h says why).
#ifndef NEWSLENS_NER_FEATURE_TEMPLATES_H_
#define NEWSLENS_NER_FEATURE_TEMPLATES_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "ner/features.h"
#include "ner/word_clusters.h"
#include "ner/word_features.h"

namespace newslens::ner::templates {

// Template ids: the first value mixed into every feature hash. Append only; renumbering changes
// every key (and needs a kFeatureVersion bump).
enum Template : std::uint64_t {
  kBias = 1,
  kForm,            // form of token i + offset (the offset is mixed in)
  kFormBigramLeft,  // forms of i-1 and i
  kFormBigramRight,
  kShape,  // shape of token i + offset
  kShapeBigramLeft,
  kShapeBigramRight,
  kShapeTrigram,
  kShapeLength,
  kPrefix,  // prefix of 1..3 bytes (the length is mixed in)
  kSuffix,  // suffix of 1..4 bytes
  kCaseContext,
  kFormCase,
  kDocumentCase,
  kDocumentCaseNeighbour,  // of i-1 and i+1 (the offset is mixed in)
  kCaseWindow,
  kGazetteer,
  kGazetteerNeighbour,
  kGazetteerFormPair,  // the gazetteer bits of i-1 with the form of i ("president" + Putin)
  kPreviousTag,
  kPreviousTags,
  kPreviousTagForm,
  kPreviousTagShape,
  kPreviousTagCase,
  kHistory,  // the pass is mixed in
  kHistoryCase,
  kRunShape,      // position in a run of capitalised words and the run's length
  kRunFirstForm,  // the form of the run's first word ("University" of ...)
  kRunLastForm,   // the form of the run's last word (... Inc, ... Party)
  kRunLastGazetteer,
  kDocumentContext,   // what the word's runs look like elsewhere in the document
  kCluster,           // the word's cluster (word_clusters.h)
  kClusterCase,       // its coarse cluster with its case
  kClusterNeighbour,  // the cluster of i-1 or i+1 (the side is mixed in)
};

inline std::uint64_t Feature(std::uint64_t t, std::uint64_t a) { return Mix(t, a); }
inline std::uint64_t Feature(std::uint64_t t, std::uint64_t a, std::uint64_t b) {
  return Mix(Mix(t, a), b);
}
inline std::uint64_t Feature(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return Mix(Mix(Mix(t, a), b), c);
}

// Cluster numbers and WordClusters::kNone.
inline constexpr std::uint32_t kClusterValues = WordClusters::kMaxClusters + 1;

// The dense features (features.h): Feature(id, b) for arity 1, Feature(id, a, b) for arity 2,
// with a < a_count and b < b_count. The counts follow the values' formulas below: case classes
// < kCaseClassCount, context bits < 16, document case bits < 8, gazetteer bits < 32, tag indices
// and kBoundaryTag < 16, history values < 20, passes 1 and 2, clusters < kClusterValues.
struct DenseTemplate {
  Template id;
  int arity;
  std::uint32_t a_count;
  std::uint32_t b_count;
};
enum Dense {
  kDenseBias,
  kDenseCaseContext,
  kDenseDocumentCase,
  kDenseDocumentCaseNeighbour,
  kDenseGazetteer,
  kDenseGazetteerNeighbour,
  kDenseDocumentContext,
  kDenseRunShape,
  kDenseRunLastGazetteer,
  kDensePreviousTag,
  kDensePreviousTags,
  kDensePreviousTagCase,
  kDenseHistory,
  kDenseHistoryCase,
  kDenseCluster,
  kDenseClusterCase,
  kDenseClusterNeighbour,
  kDenseTemplateCount,
};
inline constexpr DenseTemplate kDenseTemplates[kDenseTemplateCount] = {
    {kBias, 1, 1, 1},
    {kCaseContext, 1, 1, 8 * 16},         // case * 16 + context
    {kDocumentCase, 1, 1, 8 * 256},       // document case * 256 + case * 16 + context
    {kDocumentCaseNeighbour, 2, 3, 128},  // side; document case * 16 + case * 2 + informative
    {kGazetteer, 1, 1, 32 * 4},           // bit * 4 + capitalised * 2 + informative
    {kGazetteerNeighbour, 2, 3, 32},      // side; bit
    {kDocumentContext, 1, 1, 8 * 4},      // context bit * 4 + informative * 2 + alone
    {kRunShape, 1, 1, 4 * 8},             // position * 8 + length
    {kRunLastGazetteer, 2, 4, 32},        // position; bit
    {kPreviousTag, 1, 1, 16},             // previous
    {kPreviousTags, 1, 1, 16 * 16},       // before previous * 16 + previous
    {kPreviousTagCase, 1, 1, 16 * 64},    // previous * 64 + case * 2 + informative
    {kHistory, 2, 3, 20},                 // pass; value
    {kHistoryCase, 2, 3, 20 * 64},        // pass; value * 64 + case * 2 + informative
    {kCluster, 1, 1, kClusterValues},     // cluster
    {kClusterCase, 1, 1, (WordClusters::kMaxCoarse + 1) * 16},  // coarse * 16 + case * 2 + inf.
    {kClusterNeighbour, 2, 3, kClusterValues + 1},  // side; cluster, or kClusterValues: none
};

// The first number of each dense template, and the total at the end.
inline constexpr auto kDenseBase = [] {
  std::array<std::uint32_t, kDenseTemplateCount + 1> base{};
  for (int d = 0; d < kDenseTemplateCount; ++d) {
    base[d + 1] = base[d] + kDenseTemplates[d].a_count * kDenseTemplates[d].b_count;
  }
  return base;
}();

// The hashed key of dense feature template `t` with values a and b (out of line: the tagger
// asks for it only for values outside the template's counts).
std::uint32_t HashedKey(const DenseTemplate& t, std::uint64_t a, std::uint64_t b);

// The key of dense feature `d` with values a (0 for arity 1) and b: its number when `dense`.
// Small enough to be inlined in the loops that make keys; the hash is out of line.
inline std::uint32_t DenseKey(bool dense, Dense d, std::uint64_t a, std::uint64_t b) {
  const DenseTemplate& t = kDenseTemplates[d];
  if (dense && a < t.a_count && b < t.b_count) {
    return kDenseKeyBase + kDenseBase[d] + static_cast<std::uint32_t>(a * t.b_count + b);
  }
  return HashedKey(t, a, b);
}

}  // namespace newslens::ner::templates

#endif  // NEWSLENS_NER_FEATURE_TEMPLATES_H_
