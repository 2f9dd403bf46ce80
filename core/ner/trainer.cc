#include "ner/trainer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/model.h"
#include "ner/random.h"
#include "ner/word_features.h"

namespace newslens::ner {
namespace {

// Averaged perceptron weights, one row of kNerTagCount per feature key.
//
// Domain adaptation (Daume's "frustratingly easy" feature augmentation): besides its general
// weight, every feature has one copy per domain, which fires only on that domain's tokens. What
// is peculiar to tweets (random capitals, @names) goes to the tweet copies; the model keeps the
// general weights plus the copies of the target domain (edited text), summed per key, so the
// tagger pays nothing for it.
class Perceptron {
 public:
  Perceptron() { Grow(1 << 16); }

  static std::uint32_t DomainKey(std::uint32_t key, int domain) {
    return domain == 0 ? key : FeatureKey(Mix(key, static_cast<std::uint64_t>(domain)));
  }

  void AddScores(std::uint32_t key, int domain, double* scores) const {
    AddRow(Find(key), scores);
    if (domain != 0) AddRow(Find(DomainKey(key, domain)), scores);
  }

  void Update(std::uint32_t key, int domain, int tag, double delta) {
    UpdateRow(frozen_ ? Find(key) : FindOrAdd(key, key, 0), tag, delta);
    if (domain != 0) {
      const std::uint32_t copy = DomainKey(key, domain);
      UpdateRow(frozen_ ? Find(copy) : FindOrAdd(copy, key, domain), tag, delta);
    }
  }

  void Tick() { ++clock_; }

  // The averaged weights of the general rows plus those of `target_domain`, summed per key.
  void Average(int target_domain, std::vector<std::uint32_t>* keys,
               std::vector<double>* averages) const {
    std::unordered_map<std::uint32_t, std::size_t> index;
    keys->clear();
    averages->clear();
    const double clock = static_cast<double>(std::max<std::uint64_t>(clock_, 1));
    for (std::size_t row = 0; row < row_keys_.size(); ++row) {
      if (row_domains_[row] != 0 && row_domains_[row] != target_domain) continue;
      auto [it, added] = index.emplace(row_bases_[row], keys->size());
      if (added) {
        keys->push_back(row_bases_[row]);
        averages->resize(averages->size() + kNerTagCount, 0.0);
      }
      for (int t = 0; t < kNerTagCount; ++t) {
        const std::size_t i = row * kNerTagCount + t;
        const double total = totals_[i] + static_cast<double>(clock_ - stamps_[i]) * weights_[i];
        (*averages)[it->second * kNerTagCount + t] += total / clock;
      }
    }
  }

  std::size_t size() const { return row_keys_.size(); }

  // Adds rows for `keys` (and their copies for domains 1..domains) and from then on updates only
  // known keys.
  void Freeze(const std::vector<std::uint32_t>& keys, int domains) {
    for (const std::uint32_t key : keys) {
      for (int d = 0; d <= domains; ++d) FindOrAdd(DomainKey(key, d), key, d);
    }
    frozen_ = true;
  }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  void AddRow(std::uint32_t row, double* scores) const {
    if (row == kNone) return;
    const double* w = &weights_[static_cast<std::size_t>(row) * kNerTagCount];
    for (int t = 0; t < kNerTagCount; ++t) scores[t] += w[t];
  }
  void UpdateRow(std::uint32_t row, int tag, double delta) {
    if (row == kNone) return;
    const std::size_t i = static_cast<std::size_t>(row) * kNerTagCount + tag;
    totals_[i] += static_cast<double>(clock_ - stamps_[i]) * weights_[i];
    stamps_[i] = clock_;
    weights_[i] += delta;
  }
  std::uint32_t Find(std::uint32_t key) const {
    std::size_t i = key & mask_;
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].row;
      i = (i + 1) & mask_;
    }
    return kNone;
  }
  std::uint32_t FindOrAdd(std::uint32_t key, std::uint32_t base, int domain) {
    if (2 * (row_keys_.size() + 1) > slots_.size()) Grow(2 * slots_.size());
    std::size_t i = key & mask_;
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].row;
      i = (i + 1) & mask_;
    }
    const auto row = static_cast<std::uint32_t>(row_keys_.size());
    slots_[i] = {key, row};
    row_keys_.push_back(key);
    row_bases_.push_back(base);
    row_domains_.push_back(static_cast<std::uint8_t>(domain));
    weights_.resize(weights_.size() + kNerTagCount, 0.0);
    totals_.resize(totals_.size() + kNerTagCount, 0.0);
    stamps_.resize(stamps_.size() + kNerTagCount, clock_);
    return row;
  }
  void Grow(std::size_t capacity) {
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (std::uint32_t row = 0; row < row_keys_.size(); ++row) {
      std::size_t i = row_keys_[row] & mask_;
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = {row_keys_[row], row};
    }
  }

  struct Slot {
    std::uint32_t key = 0;
    std::uint32_t row = 0;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::uint32_t> row_keys_;   // the key the row is found by
  std::vector<std::uint32_t> row_bases_;  // the feature's key in the model
  std::vector<std::uint8_t> row_domains_;
  std::vector<double> weights_, totals_;
  std::vector<std::uint64_t> stamps_;
  std::uint64_t clock_ = 0;
  bool frozen_ = false;
};

// One document as the trainer shows it to the featurizer in one epoch.
struct PreparedDocument {
  std::vector<std::string> upper_cased;  // tokens of the sentences shown in CAPITALS
  std::vector<std::string_view> tokens;  // all tokens, sentence after sentence
  std::vector<NerSentence> sentences;
  // Per token: bit t set when tag t is correct. One bit, the gold tag, but for a capitalised
  // token tagged O by a corpus that does not annotate MISC: O or MISC. Predicting MISC there is
  // no error, and a wrong prediction is pushed toward O, never toward MISC (pushing toward the
  // better scoring of O and MISC made MISC a sink for unknown names: -3 F1).
  std::vector<std::uint16_t> allowed;
};

constexpr std::uint16_t Bit(int tag) { return static_cast<std::uint16_t>(1u << tag); }

bool IsNumber(std::string_view token) {
  bool digit = false;
  for (const char c : token) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ',' && c != '-' && c != '/') {
      return false;
    }
  }
  return digit;
}

// GUM ends some names in a number ("Internet Explorer 6", "I - 44"); CoNLL never does for
// people, organisations and places, and a tagger that learns it tags "BOSTON 69" in score tables.
void DropTrailingNumbers(const std::vector<std::string>& tokens, std::vector<NerTag>* tags) {
  for (std::size_t i = tokens.size(); i-- > 1;) {
    const int tag = static_cast<int>((*tags)[i]);
    const bool inside = tag != 0 && tag % 2 == 0 && TagType(tag) != 4;  // I-PER/ORG/LOC
    const bool last = i + 1 == tokens.size() || static_cast<int>((*tags)[i + 1]) != tag;
    if (inside && last && IsNumber(tokens[i])) (*tags)[i] = NerTag::kO;
  }
}

bool IsCapitalizedWord(std::string_view token) {
  WordFeatures word;
  ComputeWordFeatures(token, &word);
  return IsCapitalized(word.case_class);
}

// A capitalised word that the gazetteer lists as a nationality and not as a country.
bool IsDemonym(const Gazetteer& gazetteer, std::string_view token) {
  WordFeatures word;
  ComputeWordFeatures(token, &word);
  if (!IsCapitalized(word.case_class)) return false;
  GazetteerMarks marks = 0;
  gazetteer.Mark({&word.form, 1}, {&marks, 1});
  return (marks & StartBit(GazetteerCategory::kDemonym)) != 0 &&
         (marks & StartBit(GazetteerCategory::kCountry)) == 0;
}

void Prepare(const ConllDocument& document, const TrainingCorpus& corpus,
             const Gazetteer& gazetteer, double upper_case_rate, Random* random,
             PreparedDocument* out) {
  std::size_t total = 0;
  for (const ConllSentence& s : document.sentences) total += s.tokens.size();
  out->upper_cased.clear();
  out->upper_cased.reserve(total);  // views into it must stay valid
  out->tokens.clear();
  out->tokens.reserve(total);
  out->allowed.clear();
  out->sentences.clear();
  std::vector<NerTag> tags;
  for (const ConllSentence& s : document.sentences) {
    const bool upper = random->Uniform() < upper_case_rate;
    tags = s.tags;
    DropTrailingNumbers(s.tokens, &tags);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      if (upper) {
        out->upper_cased.push_back(UpperCase(s.tokens[i]));
        out->tokens.push_back(out->upper_cased.back());
      } else {
        out->tokens.push_back(s.tokens[i]);
      }
      int gold = static_cast<int>(tags[i]);
      // A lone demonym tagged LOC (BTC tags "Australian" so) is MISC by CoNLL's conventions.
      const bool continued = i + 1 < s.tokens.size() && tags[i + 1] == NerTag::kILoc;
      if (tags[i] == NerTag::kBLoc && !continued && IsDemonym(gazetteer, s.tokens[i])) {
        gold = static_cast<int>(NerTag::kBMisc);
      }
      std::uint16_t allowed = Bit(gold);
      if (!corpus.annotates_misc && gold == 0) {
        if (IsDemonym(gazetteer, s.tokens[i])) {
          // A corpus without MISC tags its nationality words O; CoNLL tags them MISC.
          allowed = Bit(static_cast<int>(NerTag::kBMisc));
        } else if (IsCapitalizedWord(s.tokens[i])) {
          // It may be a MISC name the corpus does not annotate: MISC is not an error here.
          allowed |= Bit(static_cast<int>(NerTag::kBMisc)) | Bit(static_cast<int>(NerTag::kIMisc));
        }
      }
      out->allowed.push_back(allowed);
    }
  }
  std::size_t begin = 0;
  for (const ConllSentence& s : document.sentences) {
    out->sentences.push_back(NerSentence{
        std::span<const std::string_view>(out->tokens.data() + begin, s.tokens.size()), false});
    begin += s.tokens.size();
  }
}

std::string Format(const char* format, double a, double b = 0, double c = 0) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, format, a, b, c);
  return buffer;
}

// The training of one model: the documents in the order of the current epoch, the featurizer
// and the buffers one document needs, reused from document to document.
class Trainer {
 public:
  Trainer(const std::vector<TrainingCorpus>& corpora, const Gazetteer& gazetteer,
          const WordClusters& clusters, const TrainerOptions& options)
      : corpora_(corpora),
        gazetteer_(gazetteer),
        options_(options),
        features_(&gazetteer, &clusters) {
    for (std::size_t c = 0; c < corpora.size(); ++c) {
      for (std::size_t d = 0; d < corpora[c].documents.size(); ++d) order_.push_back({c, d});
    }
  }

  // The keys of the features that fire on at least options.min_feature_count tokens, with the
  // gold tags as history, on the text as written and in CAPITALS (sorted).
  std::vector<std::uint32_t> FrequentFeatures();
  // options.epochs epochs of updates to `perceptron`.
  void Train(Perceptron& perceptron);
  // The features of `perceptron` with the largest averaged weights, quantized, into
  // `parameters`' keys, weights and scale.
  void Quantize(const Perceptron& perceptron, ModelParameters* parameters) const;

 private:
  struct DocumentRef {
    std::size_t corpus;
    std::size_t document;
  };
  void Load(std::size_t s) { features_.LoadSentence(s); }

  const std::vector<TrainingCorpus>& corpora_;
  const Gazetteer& gazetteer_;
  const TrainerOptions& options_;
  std::vector<DocumentRef> order_;
  DocumentFeaturizer features_;
  PreparedDocument prepared_;
  std::vector<std::uint8_t> tags_;
  std::vector<std::uint8_t> unknown_;
};

std::vector<std::uint32_t> Trainer::FrequentFeatures() {
  std::unordered_map<std::uint32_t, std::uint32_t> counts;
  Random unused(0);
  auto load = [&](std::size_t s) { Load(s); };
  for (const double upper_case_rate : {0.0, 1.0}) {
    for (const DocumentRef& ref : order_) {
      const TrainingCorpus& corpus = corpora_[ref.corpus];
      Prepare(corpus.documents[ref.document], corpus, gazetteer_, upper_case_rate, &unused,
              &prepared_);
      features_.Prepare(prepared_.sentences);
      tags_.resize(features_.token_count());
      auto count = [&](std::size_t i, int, std::span<const std::uint32_t> keys, double* scores) {
        for (int t = 0; t < kNerTagCount; ++t) scores[t] = 0;
        for (const std::uint32_t key : features_.StaticKeys(i)) ++counts[key];
        for (const std::uint32_t key : keys) ++counts[key];
      };
      auto gold = [&](std::size_t i, const double*, int, std::span<const std::uint32_t>) {
        return std::countr_zero(prepared_.allowed[i]);
      };
      for (int pass = 1; pass <= options_.passes; ++pass) {
        DecodePass<double>(features_, pass, load, count, gold, tags_.data());
      }
    }
  }
  std::vector<std::uint32_t> frequent;
  for (const auto& [key, n] : counts) {
    if (n >= static_cast<std::uint32_t>(options_.min_feature_count)) frequent.push_back(key);
  }
  std::sort(frequent.begin(), frequent.end());
  if (options_.log) {
    options_.log(Format("%.0f of %.0f features fire at least %.0f times",
                        static_cast<double>(frequent.size()), static_cast<double>(counts.size()),
                        options_.min_feature_count));
  }
  return frequent;
}

void Trainer::Train(Perceptron& perceptron) {
  auto load = [&](std::size_t s) { Load(s); };
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    Random random(options_.seed * 0x100000001B3ull + static_cast<std::uint64_t>(epoch));
    // Fisher-Yates with our generator.
    for (std::size_t i = order_.size(); i > 1; --i)
      std::swap(order_[i - 1], order_[random.Below(i)]);
    double tokens = 0, errors = 0;
    for (const DocumentRef& ref : order_) {
      const TrainingCorpus& corpus = corpora_[ref.corpus];
      Prepare(corpus.documents[ref.document], corpus, gazetteer_, options_.upper_case_rate, &random,
              &prepared_);
      unknown_.resize(prepared_.tokens.size());
      for (std::uint8_t& u : unknown_) u = random.Uniform() < options_.word_dropout ? 1 : 0;
      features_.Prepare(prepared_.sentences, unknown_.data());
      tags_.resize(features_.token_count());
      const int domain = options_.domain_adaptation ? (corpus.edited ? 1 : 2) : 0;
      auto score = [&](std::size_t i, int, std::span<const std::uint32_t> keys, double* scores) {
        for (int t = 0; t < kNerTagCount; ++t) scores[t] = 0;
        for (const std::uint32_t key : features_.StaticKeys(i)) {
          perceptron.AddScores(key, domain, scores);
        }
        for (const std::uint32_t key : keys) perceptron.AddScores(key, domain, scores);
      };
      auto choose = [&](std::size_t i, const double* scores, int previous,
                        std::span<const std::uint32_t> keys) {
        perceptron.Tick();
        const int predicted = BestAllowedTag(scores, previous);
        const std::uint16_t allowed = prepared_.allowed[i];
        tokens += 1;
        if ((allowed & Bit(predicted)) != 0) return predicted;
        errors += 1;
        // The tag the corpus gives: with partial labels, O (see PreparedDocument::allowed).
        const int gold = std::countr_zero(allowed);
        const double step = corpus.weight;
        for (const std::uint32_t key : features_.StaticKeys(i)) {
          perceptron.Update(key, domain, gold, step);
          perceptron.Update(key, domain, predicted, -step);
        }
        for (const std::uint32_t key : keys) {
          perceptron.Update(key, domain, gold, step);
          perceptron.Update(key, domain, predicted, -step);
        }
        return predicted;
      };
      for (int pass = 1; pass <= options_.passes; ++pass) {
        DecodePass<double>(features_, pass, load, score, choose, tags_.data());
      }
    }
    if (options_.log) {
      options_.log(Format("epoch %.0f: %.2f%% of tokens wrong, %.0f features", epoch + 1,
                          100.0 * errors / std::max(tokens, 1.0),
                          static_cast<double>(perceptron.size())));
    }
  }
}

void Trainer::Quantize(const Perceptron& perceptron, ModelParameters* parameters) const {
  std::vector<std::uint32_t> keys;
  std::vector<double> averages;
  perceptron.Average(options_.domain_adaptation ? 1 : 0, &keys, &averages);
  // Adding one number to every tag of a feature adds it to every tag's score, which changes no
  // decision: each row is centred between its largest and smallest weight. Features that fire on
  // every token (the previous tag's) grow weights thousands of times the median, all of one sign,
  // and the largest weight sets the quantization step and so which features are kept.
  for (std::size_t f = 0; f < keys.size(); ++f) {
    double* row = &averages[f * kNerTagCount];
    const auto [low, high] = std::minmax_element(row, row + kNerTagCount);
    const double centre = (*low + *high) / 2;
    for (int t = 0; t < kNerTagCount; ++t) row[t] -= centre;
  }
  std::vector<double> strength(keys.size(), 0);
  for (std::size_t f = 0; f < keys.size(); ++f) {
    for (int t = 0; t < kNerTagCount; ++t) {
      strength[f] = std::max(strength[f], std::fabs(averages[f * kNerTagCount + t]));
    }
  }
  std::vector<std::uint32_t> rank(keys.size());
  std::iota(rank.begin(), rank.end(), 0);
  std::sort(rank.begin(), rank.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (strength[a] != strength[b]) return strength[a] > strength[b];
    return keys[a] < keys[b];
  });
  if (rank.size() > options_.max_features) rank.resize(options_.max_features);
  std::sort(rank.begin(), rank.end(),
            [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  double largest = 0;
  for (const std::uint32_t f : rank) largest = std::max(largest, strength[f]);
  const double limit = std::ldexp(1.0, options_.weight_bits - 1) - 1;
  const double scale = largest > 0 ? largest / limit : 1;
  parameters->keys.clear();
  parameters->weights.clear();
  parameters->scale = static_cast<float>(scale);
  for (const std::uint32_t f : rank) {
    std::int16_t row[kNerTagCount];
    bool any = false;
    for (int t = 0; t < kNerTagCount; ++t) {
      const double q = std::nearbyint(averages[f * kNerTagCount + t] / scale);
      row[t] = static_cast<std::int16_t>(std::clamp(q, -limit, limit));
      any = any || row[t] != 0;
    }
    int strongest = 0;
    for (int t = 0; t < kNerTagCount; ++t) strongest = std::max(strongest, std::abs(int{row[t]}));
    if (!any || strongest < options_.min_weight) continue;
    parameters->keys.push_back(keys[f]);
    parameters->weights.insert(parameters->weights.end(), row, row + kNerTagCount);
  }
  if (options_.log) {
    options_.log(Format("kept %.0f of %.0f features, scale %g", parameters->keys.size(),
                        static_cast<double>(keys.size()), scale));
  }
}

}  // namespace

std::string TrainModel(const std::vector<TrainingCorpus>& corpora, const Gazetteer& gazetteer,
                       const WordClusters& clusters, const TrainerOptions& options) {
  Trainer trainer(corpora, gazetteer, clusters, options);
  Perceptron first;
  if (options.min_feature_count > 1)
    first.Freeze(trainer.FrequentFeatures(), options.domain_adaptation ? 2 : 0);
  ModelParameters parameters;
  parameters.feature_version = kFeatureVersion;
  parameters.passes = static_cast<std::uint32_t>(options.passes);
  parameters.gazetteer = gazetteer;
  parameters.clusters = clusters;
  trainer.Train(first);
  trainer.Quantize(first, &parameters);
  if (options.retrain_kept) {
    // Again from scratch on the features kept: they take over the work of those dropped.
    Perceptron second;
    second.Freeze(parameters.keys, options.domain_adaptation ? 2 : 0);
    trainer.Train(second);
    trainer.Quantize(second, &parameters);
  }
  return EncodeModel(parameters);
}

}  // namespace newslens::ner
