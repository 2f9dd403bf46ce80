#include "ner/feature_templates.h"

namespace newslens::ner {
namespace templates {

std::uint32_t HashedKey(const DenseTemplate& t, std::uint64_t a, std::uint64_t b) {
  return FeatureKey(t.arity == 1 ? Feature(t.id, b) : Feature(t.id, a, b));
}

}  // namespace templates

std::size_t DenseFeatureCount() { return templates::kDenseBase[templates::kDenseTemplateCount]; }

std::uint32_t DenseFeatureKey(std::size_t id) {
  int d = 0;
  while (id >= templates::kDenseBase[d + 1]) ++d;
  const templates::DenseTemplate& t = templates::kDenseTemplates[d];
  const std::size_t offset = id - templates::kDenseBase[d];
  return templates::HashedKey(t, offset / t.b_count, offset % t.b_count);
}

}  // namespace newslens::ner
