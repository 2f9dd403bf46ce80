// NerModel and NerTagger (newslens/ner.h).
#include <cstdlib>
#include <string>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "newslens/ner.h"

namespace newslens::data {
extern const unsigned char ner_model_bin[];
extern const std::size_t ner_model_bin_size;
}  // namespace newslens::data

namespace newslens {
namespace {

constexpr const char* kTagNames[kNerTagCount] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                 "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

}  // namespace

const char* NerTagName(NerTag tag) {
  const auto i = static_cast<int>(tag);
  return i < kNerTagCount ? kTagNames[i] : "O";
}

std::optional<NerTag> ParseNerTag(std::string_view name) {
  for (int i = 0; i < kNerTagCount; ++i) {
    if (name == kTagNames[i]) return static_cast<NerTag>(i);
  }
  return std::nullopt;
}

Result<NerModel> NerModel::Load(std::string_view bytes) {
  Result<ner::ModelParameters> parameters = ner::DecodeModel(bytes);
  if (!parameters.ok()) return parameters.error();
  Result<std::shared_ptr<const ner::Model>> model =
      ner::Model::Create(parameters.value(), &ner::Gazetteer::BuiltIn(), bytes.size());
  if (!model.ok()) return model.error();
  return NerModel(std::move(model).value());
}

const NerModel& NerModel::BuiltIn() {
  static const NerModel* const model = [] {
    Result<NerModel> loaded = Load(std::string_view(
        reinterpret_cast<const char*>(data::ner_model_bin), data::ner_model_bin_size));
    if (!loaded.ok()) std::abort();  // a build error: ner_test loads the compiled-in model
    return new NerModel(std::move(loaded).value());
  }();
  return *model;
}

std::size_t NerModel::feature_count() const { return model_->weights().size(); }
std::size_t NerModel::file_size() const { return model_->file_size(); }

struct NerTagger::Workspace {
  explicit Workspace(const ner::Gazetteer* gazetteer) : features(gazetteer) {}
  ner::DocumentFeaturizer features;
  std::vector<std::int32_t> static_scores;  // kNerTagCount per token
  std::vector<std::uint8_t> tags;
};

NerTagger::NerTagger(const NerModel& model)
    : model_(model.model_), workspace_(std::make_unique<Workspace>(&model_->gazetteer())) {}
NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

void NerTagger::Tag(std::span<const NerSentence> document, std::vector<NerTag>* tags) {
  Workspace& w = *workspace_;
  const ner::WeightTable& weights = model_->weights();
  w.features.Prepare(document);
  const std::size_t n = w.features.token_count();
  // The features that do not depend on tags are scored once, before decoding.
  w.static_scores.assign(n * kNerTagCount, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t* scores = &w.static_scores[i * kNerTagCount];
    for (const std::uint32_t key : w.features.StaticKeys(i)) weights.AddTo(key, scores);
  }
  w.tags.resize(n);
  auto score = [&](std::size_t i, std::span<const std::uint32_t> keys, std::int32_t* scores) {
    const std::int32_t* base = &w.static_scores[i * kNerTagCount];
    for (int t = 0; t < kNerTagCount; ++t) scores[t] = base[t];
    for (const std::uint32_t key : keys) weights.AddTo(key, scores);
  };
  auto choose = [](std::size_t, const std::int32_t* scores, int previous,
                   std::span<const std::uint32_t>) {
    return ner::BestAllowedTag(scores, previous);
  };
  for (int pass = 1; pass <= model_->passes(); ++pass) {
    ner::DecodePass<std::int32_t>(w.features, pass, score, choose, w.tags.data());
  }
  tags->resize(n);
  for (std::size_t i = 0; i < n; ++i) (*tags)[i] = static_cast<NerTag>(w.tags[i]);
}

}  // namespace newslens
