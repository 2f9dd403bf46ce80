// Training the tagger: an averaged perceptron over the features of features.h, decoded greedily
// exactly as the tagger decodes (internal header; tools/train-ner and the tests use it).
//
// Partial labels: a corpus that does not annotate MISC (BTC) or annotates only part of it (WNUT-17:
// products and creative works, not nationalities or events) says nothing about whether a
// capitalised token tagged O is MISC. For such tokens MISC is no error (no update), and any
// other wrong tag is pushed toward O, as the corpus says.
#ifndef NEWSLENS_NER_TRAINER_H_
#define NEWSLENS_NER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner/conll_reader.h"
#include "ner/gazetteer.h"
#include "ner/word_clusters.h"

namespace newslens::ner {

struct TrainingCorpus {
  std::string name;  // for progress messages
  std::vector<ConllDocument> documents;
  double weight = 1;  // scales every update made on its tokens
  bool annotates_misc = true;
  // Edited text (news, encyclopaedia, books) rather than social media posts: the tagger is for
  // edited text, and with domain adaptation only edited text's own feature copies ship.
  bool edited = true;
};

struct TrainerOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  int passes = 2;                     // 2: a second pass reads the first pass's tags of the word
  std::size_t max_features = 150000;  // keep the features with the largest weights
  int weight_bits = 12;  // quantized weights lie in [-(2^(bits-1) - 1), 2^(bits-1) - 1]
  // Drop the features whose largest quantized weight is smaller than this (in magnitude): most
  // features end with weights of 1 or 2 against a largest of 2047, which change few decisions
  // and cost as many bytes as any.
  int min_weight = 1;
  // Train a second time, on the features kept the first time only (then quantize and drop again).
  bool retrain_kept = false;
  double upper_case_rate = 0.2;    // share of sentences shown in CAPITALS in each epoch
  double word_dropout = 0.1;       // share of words shown as unknown words in each epoch
  int min_feature_count = 5;       // ignore features seen on fewer tokens of the corpora
  bool domain_adaptation = false;  // feature copies per domain (edited / social), see .cc
  std::function<void(const std::string&)> log;  // progress lines, if set
};

// Trains on `corpora` and returns the bytes of a model file (model.h), which holds `gazetteer`
// and `clusters` too. Deterministic: the same corpora, lists, clusters and options give the same
// bytes.
std::string TrainModel(const std::vector<TrainingCorpus>& corpora, const Gazetteer& gazetteer,
                       const WordClusters& clusters, const TrainerOptions& options);

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_TRAINER_H_
