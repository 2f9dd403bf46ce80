// NerModel and NerTagger (newslens/ner.h).
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "ner/name_repairs.h"
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
      ner::Model::Create(std::move(parameters).value(), bytes.size());
  if (!model.ok()) return model.error();
  return NerModel(std::move(model).value());
}

const NerModel& NerModel::BuiltIn() {
  static const NerModel* const model = [] {
    const std::string_view bytes(reinterpret_cast<const char*>(data::ner_model_bin),
                                 data::ner_model_bin_size);
    // Its checksum is left to ner_test, which decodes these bytes with it: on the first analysis
    // in a browser, before its code is optimized, a pass over 240 KB a byte at a time costs.
    Result<ner::ModelParameters> parameters = ner::DecodeModel(bytes, /*verify_checksum=*/false);
    if (!parameters.ok()) std::abort();  // a build error: ner_test loads the compiled-in model
    Result<std::shared_ptr<const ner::Model>> loaded =
        ner::Model::Create(std::move(parameters).value(), bytes.size());
    if (!loaded.ok()) std::abort();
    return new NerModel(std::move(loaded).value());
  }();
  return *model;
}

std::size_t NerModel::feature_count() const { return model_->weights().size(); }
std::size_t NerModel::file_size() const { return model_->file_size(); }

// Pass 2 needs the static scores of pass 1 again. Up to this many tokens they are kept, as 16-bit
// integers (18 bytes a token, 4.7 MB at most), which covers a whole chunk of TagNames
// (ner/tag_names.cc): computing a token's static features and their weights again costs
// as much as the rest of its pass. Beyond, pass 2 computes them again, so that memory stays
// bounded by the longest sentence however long the document is.
constexpr std::size_t kCachedScoreTokens = std::size_t{1} << 18;

struct NerTagger::Workspace {
  explicit Workspace(const ner::Model& model)
      : features(&model.gazetteer(), &model.clusters(), /*for_tagger=*/true) {}
  ner::DocumentFeaturizer features;
  // kNerTagCount per token, for the first tokens. A score is a sum of 16-bit weights that stays
  // far inside 16 bits in practice (|score| < 10,000 over the evaluation corpora); a sentence
  // with a score outside is not kept (`cached` false) and is scored again in pass 2.
  std::vector<std::int16_t> cached_scores;
  std::vector<bool> cached;                     // per sentence: its scores are in cached_scores
  std::vector<std::int32_t> group_scores;       // kNerTagCount per token group of the document
  std::vector<std::int32_t> sentence_scores;    // kNerTagCount per token of the loaded sentence
  const std::int32_t* static_scores = nullptr;  // of the loaded sentence's first token
  std::size_t loaded_begin = 0;
  ner::RepairScratch repairs;
};

NerTagger::NerTagger(const NerModel& model)
    : model_(model.model_), workspace_(std::make_unique<Workspace>(*model_)) {}
NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

void NerTagger::Tag(std::span<const NerSentence> document, std::vector<NerTag>* tags) {
  Workspace& w = *workspace_;
  const ner::WeightTable& weights = model_->weights();
  w.features.Prepare(document);
  w.group_scores.clear();
  const std::size_t n = w.features.token_count();
  const std::size_t cached = std::min(n, kCachedScoreTokens);
  w.cached_scores.resize(cached * kNerTagCount);
  w.cached.assign(w.features.sentence_count(), false);
  // The tags are decoded straight into `tags`: pass 2 reads pass 1's there.
  tags->assign(n, NerTag::kO);
  int pass = 1;
  auto load = [&](std::size_t s) {
    const std::size_t begin = w.features.sentence_begin(s);
    const std::size_t end = w.features.sentence_begin(s + 1);
    const std::size_t count = (end - begin) * kNerTagCount;
    w.loaded_begin = begin;
    w.sentence_scores.resize(count);
    std::int32_t* scores = w.sentence_scores.data();
    w.static_scores = scores;
    if (pass > 1 && w.cached[s]) {
      w.features.LoadSentence(s, /*static_keys=*/false);
      const std::int16_t* kept = w.cached_scores.data() + begin * kNerTagCount;
      std::copy(kept, kept + count, scores);
      return;
    }
    w.features.LoadSentence(s);
    // The weights of the groups the sentence met first.
    for (std::size_t g = w.group_scores.size() / kNerTagCount; g < w.features.group_count(); ++g) {
      std::int32_t sum[kNerTagCount] = {};
      for (const std::uint32_t key : w.features.GroupKeys(g)) weights.AddTo(key, sum);
      w.group_scores.insert(w.group_scores.end(), sum, sum + kNerTagCount);
    }
    for (std::size_t i = begin; i < end; ++i) {
      // Summed in a local array, which the compiler keeps in registers (through `scores` it
      // would store and reload every sum at every key, not knowing the table does not alias it).
      std::int32_t sum[kNerTagCount] = {};
      if (const std::uint32_t g = w.features.TokenGroup(i);
          g != ner::DocumentFeaturizer::kNoGroup) {
        const std::int32_t* group = &w.group_scores[std::size_t{g} * kNerTagCount];
        for (int t = 0; t < kNerTagCount; ++t) sum[t] = group[t];
      }
      for (const std::uint32_t key : w.features.StaticKeys(i)) weights.AddTo(key, sum);
      std::copy(sum, sum + kNerTagCount, scores + (i - begin) * kNerTagCount);
    }
    if (pass == 1 && end <= cached) {
      const auto fits = [](std::int32_t v) { return v >= INT16_MIN && v <= INT16_MAX; };
      if (std::all_of(scores, scores + count, fits)) {
        std::copy(scores, scores + count, w.cached_scores.data() + begin * kNerTagCount);
        w.cached[s] = true;
      }
    }
  };
  auto score = [&](std::size_t i, std::span<const std::uint32_t> keys, std::int32_t* scores) {
    const std::int32_t* base = w.static_scores + (i - w.loaded_begin) * kNerTagCount;
    std::int32_t sum[kNerTagCount];  // in registers, as in `load`
    std::copy(base, base + kNerTagCount, sum);
    for (const std::uint32_t key : keys) weights.AddTo(key, sum);
    std::copy(sum, sum + kNerTagCount, scores);
  };
  auto choose = [](std::size_t, const std::int32_t* scores, int previous,
                   std::span<const std::uint32_t>) {
    return ner::BestAllowedTag(scores, previous);
  };
  for (; pass <= model_->passes(); ++pass) {
    ner::DecodePass<std::int32_t>(w.features, pass, load, score, choose, tags->data());
  }
  std::size_t begin = 0;
  w.repairs.organisations.clear();
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ner::RepairNames(model_->gazetteer(), sentence.tokens,
                     std::span<NerTag>(tags->data() + begin, n), sentence.headline,
                     w.features.KeptMarks(begin, n), &w.repairs);
    begin += sentence.tokens.size();
  }
  ner::RepairSportsReports(model_->gazetteer(), document, *tags, &w.repairs);
  ner::HarmonizeTypes(document, *tags, w.repairs.organisations);
  ner::SpreadNames(document, *tags);
}

}  // namespace newslens
