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
// integers (16 bytes a token, 4.2 MB at most), which covers a whole chunk of TagNames
// (ner/tag_names.cc): computing a token's static features and their weights again costs
// as much as the rest of its pass. Beyond, pass 2 computes them again, so that memory stays
// bounded by the longest sentence however long the document is.
constexpr std::size_t kCachedScoreTokens = std::size_t{1} << 18;

// The scores of the previous tag with a token's own word (NerTagger::Workspace) are kept for this
// many groups, 320 bytes each (2.6 MB at most): a news article has a few thousand. The tokens of
// later groups have them summed anew.
constexpr std::size_t kPreviousTagGroups = std::size_t{1} << 13;
constexpr std::size_t kPreviousTags = ner::kBoundaryTag + 1;

// Scores are summed as the weight table keeps its rows (ner/model.h): for the tags but O,
// relative to O's score, which is 0.
constexpr int kLanes = ner::kRelativeTags;

struct NerTagger::Workspace {
  explicit Workspace(const ner::Model& model)
      : features(&model.gazetteer(), &model.clusters(), /*for_tagger=*/true) {}
  ner::DocumentFeaturizer features;
  // kLanes per token, for the first tokens. A score is a sum of 16-bit weights that stays
  // far inside 16 bits in practice (|score| < 10,000 over the evaluation corpora); a sentence
  // with a score outside is not kept (`cached` false) and is scored again in pass 2.
  std::vector<std::int16_t> cached_scores;
  std::vector<bool> cached;                     // per sentence: its scores are in cached_scores
  std::vector<std::int32_t> group_scores;       // kLanes per token group of the document
  std::vector<std::int32_t> sentence_scores;    // kLanes per token of the loaded sentence
  const std::int32_t* static_scores = nullptr;  // of the loaded sentence's first token
  std::size_t loaded_begin = 0;
  // Per token group (the first kPreviousTagGroups of the document) and previous tag (or
  // kBoundaryTag): the sum of the weights of the features of that tag with the group's word
  // (DocumentFeaturizer::PreviousTagKeys), once a token of the group has needed it.
  std::vector<std::int32_t> previous_tag_scores;  // kLanes per group and tag
  std::vector<std::uint8_t> previous_tag_known;   // per group and tag
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
  w.cached_scores.resize(cached * kLanes);
  w.cached.assign(w.features.sentence_count(), false);
  // The tags are decoded straight into `tags`: pass 2 reads pass 1's there.
  tags->assign(n, NerTag::kO);
  const std::size_t known_groups = std::min(w.features.group_count(), kPreviousTagGroups);
  w.previous_tag_known.assign(known_groups * kPreviousTags, 0);
  // Only grows: a row is read only once written (previous_tag_known), and clearing rows that the
  // document will mostly not use cost more than the rows saved.
  if (w.previous_tag_scores.size() < known_groups * kPreviousTags * kLanes) {
    w.previous_tag_scores.resize(known_groups * kPreviousTags * kLanes);
  }
  int pass = 1;
  auto load = [&](std::size_t s) {
    const std::size_t begin = w.features.sentence_begin(s);
    const std::size_t end = w.features.sentence_begin(s + 1);
    const std::size_t count = (end - begin) * kLanes;
    w.loaded_begin = begin;
    w.sentence_scores.resize(count);
    std::int32_t* scores = w.sentence_scores.data();
    w.static_scores = scores;
    if (pass > 1 && w.cached[s]) {
      w.features.LoadSentence(s, /*static_keys=*/false);
      const std::int16_t* kept = w.cached_scores.data() + begin * kLanes;
      std::copy(kept, kept + count, scores);
      return;
    }
    w.features.LoadSentence(s);
    // The weights of the groups the sentence met first.
    for (std::size_t g = w.group_scores.size() / kLanes; g < w.features.group_count(); ++g) {
      std::int32_t sum[kLanes] = {};
      for (const std::uint32_t key : w.features.GroupKeys(g)) weights.AddTo(key, sum);
      w.group_scores.insert(w.group_scores.end(), sum, sum + kLanes);
    }
    for (std::size_t i = begin; i < end; ++i) {
      // Summed in a local array, which the compiler keeps in registers (through `scores` it
      // would store and reload every sum at every key, not knowing the table does not alias it).
      std::int32_t sum[kLanes] = {};
      if (const std::uint32_t g = w.features.TokenGroup(i);
          g != ner::DocumentFeaturizer::kNoGroup) {
        const std::int32_t* group = &w.group_scores[std::size_t{g} * kLanes];
        for (int t = 0; t < kLanes; ++t) sum[t] = group[t];
      }
      for (const std::uint32_t key : w.features.StaticKeys(i)) weights.AddTo(key, sum);
      std::copy(sum, sum + kLanes, scores + (i - begin) * kLanes);
    }
    if (pass == 1 && end <= cached) {
      const auto fits = [](std::int32_t v) { return v >= INT16_MIN && v <= INT16_MAX; };
      if (std::all_of(scores, scores + count, fits)) {
        std::copy(scores, scores + count, w.cached_scores.data() + begin * kLanes);
        w.cached[s] = true;
      }
    }
  };
  // The weights of the features of `previous` with token i's own word.
  auto add_previous_tag = [&](std::size_t i, int previous, std::int32_t* sum) {
    std::uint32_t keys[ner::DocumentFeaturizer::kPreviousTagKeys];
    w.features.PreviousTagKeys(i, previous, keys);
    for (const std::uint32_t key : keys) weights.AddTo(key, sum);
  };
  auto score = [&](std::size_t i, int previous, std::span<const std::uint32_t> context_keys,
                   std::int32_t* scores) {
    const std::int32_t* base = w.static_scores + (i - w.loaded_begin) * kLanes;
    std::int32_t sum[kLanes];  // in registers, as in `load`
    std::copy(base, base + kLanes, sum);
    if (const std::uint32_t g = w.features.TokenGroup(i); g < known_groups) {
      const std::size_t k = g * kPreviousTags + static_cast<std::size_t>(previous);
      std::int32_t* kept = &w.previous_tag_scores[k * kLanes];
      if (w.previous_tag_known[k] == 0) {
        std::int32_t own[kLanes] = {};
        add_previous_tag(i, previous, own);
        std::copy(own, own + kLanes, kept);
        w.previous_tag_known[k] = 1;
      }
      for (int t = 0; t < kLanes; ++t) sum[t] += kept[t];
    } else {
      add_previous_tag(i, previous, sum);
    }
    for (const std::uint32_t key : context_keys) weights.AddTo(key, sum);
    scores[0] = 0;  // O's, to which the others are relative
    std::copy(sum, sum + kLanes, scores + 1);
  };
  auto choose = [](std::size_t, const std::int32_t* scores, int previous,
                   std::span<const std::uint32_t>) {
    return ner::BestAllowedTag(scores, previous);
  };
  for (; pass <= model_->passes(); ++pass) {
    ner::DecodePass<std::int32_t, ner::DynamicKeySet::kContext,
                    ner::SecondPass::kChangeableSentences>(w.features, pass, load, score, choose,
                                                           tags->data());
  }
  std::size_t begin = 0;
  w.repairs.organisations.clear();
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ner::RepairNames(model_->gazetteer(), sentence.tokens,
                     std::span<NerTag>(tags->data() + begin, n), sentence.headline,
                     w.features.KeptMarks(begin, n), w.features.KeptNameFlags(begin, n),
                     &w.repairs);
    begin += sentence.tokens.size();
  }
  ner::RepairSportsReports(model_->gazetteer(), document, *tags, w.features.KeptMarks(0, n),
                           w.features.KeptNameFlags(0, n), &w.repairs);
  ner::RepairDocumentNames(document, *tags, w.repairs.organisations, w.features.KeptNameFlags(0, n),
                           w.features.KeptMarks(0, n));
}

}  // namespace newslens
