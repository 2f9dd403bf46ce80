// newslens-word-clusters: the word clusters of the NER tagger (core/ner/word_clusters.h), learned
// from unlabeled text in two steps around Debian's `fasttext` (see tools/train-ner/retrain.sh):
//
//   newslens-word-clusters corpus < TEXT > CORPUS
//       One line of TEXT is one paragraph. Writes one line per sentence: its tokens as the tagger
//       sees them (newslens' tokenizer, then the normalized form of word_features.h: lower case,
//       no diacritics, every digit 0), separated by single spaces. This is fasttext's input.
//
//   newslens-word-clusters kmeans --vectors VEC --clusters K --coarse C [--words N]
//                                 [--iterations I] [--seed S] > CLUSTERS.tsv
//       Reads fasttext's word vectors (the .vec text: a header line, then `word v1 ... vd`, the
//       most frequent words first), keeps the N most frequent words that hold a letter or a digit,
//       and clusters their unit-length vectors with k-means into K clusters (k-means++ seeding
//       from splitmix64 with seed S, then I rounds of Lloyd's algorithm), then the K centroids,
//       weighted by their sizes, into C coarse clusters the same way. Writes `word<TAB>cluster
//       <TAB>coarse` lines, clusters numbered by the frequency rank of their most frequent word.
//
// Both steps are deterministic: the same input and options give the same bytes (with one thread,
// fasttext's vectors are too).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "ner/random.h"
#include "ner/word_features.h"
#include "newslens/segment.h"
#include "segment/sentences.h"

namespace {

using newslens::ner::Random;

constexpr const char* kUsage =
    "usage: newslens-word-clusters corpus < TEXT > CORPUS\n"
    "       newslens-word-clusters kmeans --vectors VEC --clusters K --coarse C [--words N]\n"
    "                                     [--iterations I] [--seed S] > CLUSTERS.tsv\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "newslens-word-clusters: %s\n%s", message.c_str(), kUsage);
  return 2;
}

int WriteCorpus() {
  std::string line;
  std::string out;
  std::vector<newslens::Token> tokens;
  std::vector<newslens::Sentence> sentences;
  char form[256];
  while (std::getline(std::cin, line)) {
    // A line is a paragraph of an article's body: its tokens and sentences, and none of the
    // paragraph roles of Segment() (a dateline, a byline), which Wikipedia's text has no use for
    // and whose rules change more often than the tokenizer's.
    tokens.clear();
    sentences.clear();
    newslens::Tokenize(line, {0, static_cast<std::uint32_t>(line.size())}, &tokens);
    newslens::SplitSentences(line, tokens, 0, static_cast<std::uint32_t>(tokens.size()),
                             &sentences);
    for (const newslens::Sentence& sentence : sentences) {
      out.clear();
      for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        const std::string_view token = newslens::Segmentation::TokenText(line, tokens[t]);
        const std::size_t n = newslens::ner::NormalizedForm(token, form, sizeof form);
        if (!out.empty()) out.push_back(' ');
        out.append(form, n);
      }
      if (out.empty()) continue;
      out.push_back('\n');
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  return std::ferror(stdout) ? 1 : 0;
}

// Points (rows of `dimensions` values) with weights, clustered by k-means.
struct Points {
  std::size_t dimensions = 0;
  std::vector<float> values;  // row-major
  std::vector<double> weights;
  std::size_t size() const { return weights.size(); }
  const float* Row(std::size_t i) const { return &values[i * dimensions]; }
};

double Distance(const float* a, const float* b, std::size_t d) {
  double sum = 0;
  for (std::size_t k = 0; k < d; ++k) {
    const double x = static_cast<double>(a[k]) - b[k];
    sum += x * x;
  }
  return sum;
}

// Returns the cluster of every point: k-means++ seeding, then `iterations` rounds of Lloyd's
// algorithm (fewer if nothing moves). Empty clusters keep their centroid.
std::vector<std::uint32_t> KMeans(const Points& points, std::size_t k, int iterations,
                                  std::uint64_t seed) {
  const std::size_t n = points.size(), d = points.dimensions;
  Random random(seed);
  std::vector<float> centroids;
  centroids.reserve(k * d);
  std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
  auto add_centroid = [&](std::size_t i) {
    centroids.insert(centroids.end(), points.Row(i), points.Row(i) + d);
    const float* c = &centroids[centroids.size() - d];
    for (std::size_t j = 0; j < n; ++j)
      nearest[j] = std::min(nearest[j], Distance(points.Row(j), c, d));
  };
  add_centroid(static_cast<std::size_t>(random.Next() % n));
  while (centroids.size() < k * d) {
    double total = 0;
    for (std::size_t j = 0; j < n; ++j) total += nearest[j] * points.weights[j];
    double target = random.Uniform() * total;
    std::size_t chosen = n - 1;
    for (std::size_t j = 0; j < n; ++j) {
      target -= nearest[j] * points.weights[j];
      if (target < 0) {
        chosen = j;
        break;
      }
    }
    add_centroid(chosen);
  }
  std::vector<std::uint32_t> assignment(n, 0);
  std::vector<double> sums(k * d);
  std::vector<double> mass(k);
  for (int round = 0; round < iterations; ++round) {
    std::size_t moved = 0;
    for (std::size_t j = 0; j < n; ++j) {
      std::uint32_t best = 0;
      double best_distance = std::numeric_limits<double>::infinity();
      for (std::size_t c = 0; c < k; ++c) {
        const double distance = Distance(points.Row(j), &centroids[c * d], d);
        if (distance < best_distance) {
          best_distance = distance;
          best = static_cast<std::uint32_t>(c);
        }
      }
      if (round == 0 || assignment[j] != best) ++moved;
      assignment[j] = best;
    }
    std::fprintf(stderr, "k-means %zu: round %d, %zu points moved\n", k, round + 1, moved);
    if (moved == 0) break;
    std::fill(sums.begin(), sums.end(), 0.0);
    std::fill(mass.begin(), mass.end(), 0.0);
    for (std::size_t j = 0; j < n; ++j) {
      const float* row = points.Row(j);
      double* sum = &sums[assignment[j] * d];
      for (std::size_t x = 0; x < d; ++x) sum[x] += points.weights[j] * row[x];
      mass[assignment[j]] += points.weights[j];
    }
    for (std::size_t c = 0; c < k; ++c) {
      if (mass[c] == 0) continue;
      for (std::size_t x = 0; x < d; ++x) {
        centroids[c * d + x] = static_cast<float>(sums[c * d + x] / mass[c]);
      }
    }
  }
  return assignment;
}

// Reads the .vec file: the `limit` most frequent words with a letter or a digit, unit length.
bool ReadVectors(const char* path, std::size_t limit, std::vector<std::string>* words,
                 Points* points) {
  std::FILE* f = std::fopen(path, "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "newslens-word-clusters: cannot read %s\n", path);
    return false;
  }
  std::size_t count = 0, dimensions = 0;
  if (std::fscanf(f, "%zu %zu", &count, &dimensions) != 2 || dimensions == 0) {
    std::fprintf(stderr, "newslens-word-clusters: %s: no `count dimensions` header\n", path);
    std::fclose(f);
    return false;
  }
  points->dimensions = dimensions;
  char word[1024];
  std::vector<float> row(dimensions);
  while (words->size() < limit && std::fscanf(f, "%1023s", word) == 1) {
    bool read = true;
    for (float& v : row) read = read && std::fscanf(f, "%f", &v) == 1;
    if (!read) {
      std::fprintf(stderr, "newslens-word-clusters: %s: a vector is cut off after '%s'\n", path,
                   word);
      std::fclose(f);
      return false;
    }
    const std::string_view w(word);
    const bool named = std::any_of(w.begin(), w.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
    });
    if (!named || w == "</s>") continue;
    double norm = 0;
    for (const float v : row) norm += static_cast<double>(v) * v;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (const float v : row) points->values.push_back(static_cast<float>(v / norm));
    points->weights.push_back(1.0);
    words->push_back(word);
  }
  std::fclose(f);
  return true;
}

int WriteClusters(int argc, char** argv) {
  const char* vectors = nullptr;
  std::size_t clusters = 0, coarse = 0, limit = std::numeric_limits<std::size_t>::max();
  int iterations = 20;
  std::uint64_t seed = 1;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage(arg + " needs a value");
    const char* value = argv[++i];
    if (arg == "--vectors") {
      vectors = value;
    } else if (arg == "--clusters") {
      clusters = std::strtoul(value, nullptr, 10);
    } else if (arg == "--coarse") {
      coarse = std::strtoul(value, nullptr, 10);
    } else if (arg == "--words") {
      limit = std::strtoul(value, nullptr, 10);
    } else if (arg == "--iterations") {
      iterations = std::atoi(value);
    } else if (arg == "--seed") {
      seed = std::strtoull(value, nullptr, 10);
    } else {
      return Usage("unknown option " + arg);
    }
  }
  if (vectors == nullptr) return Usage("--vectors is required");
  if (clusters < 2 || clusters > 65535) return Usage("--clusters must be 2..65535");
  if (coarse < 1 || coarse > clusters) return Usage("--coarse must be 1..clusters");
  std::vector<std::string> words;
  Points points;
  if (!ReadVectors(vectors, limit, &words, &points)) return 1;
  if (words.size() < clusters) return Usage("fewer words than clusters");
  const std::vector<std::uint32_t> fine = KMeans(points, clusters, iterations, seed);

  // Number the clusters by their most frequent word (the words come most frequent first), so
  // that the numbers do not depend on the seeding's order.
  std::vector<std::uint32_t> number(clusters, 0xFFFFFFFFu);
  std::uint32_t next = 0;
  for (const std::uint32_t c : fine) {
    if (number[c] == 0xFFFFFFFFu) number[c] = next++;
  }
  // The coarse clusters: k-means over the centroids of the fine ones, weighted by their sizes.
  Points centroids;
  centroids.dimensions = points.dimensions;
  centroids.values.assign(next * points.dimensions, 0.0f);
  centroids.weights.assign(next, 0.0);
  std::vector<double> sums(next * points.dimensions, 0.0);
  for (std::size_t j = 0; j < words.size(); ++j) {
    const std::uint32_t c = number[fine[j]];
    centroids.weights[c] += 1;
    for (std::size_t x = 0; x < points.dimensions; ++x)
      sums[c * points.dimensions + x] += points.Row(j)[x];
  }
  for (std::size_t c = 0; c < next; ++c) {
    for (std::size_t x = 0; x < points.dimensions; ++x) {
      centroids.values[c * points.dimensions + x] =
          static_cast<float>(sums[c * points.dimensions + x] / centroids.weights[c]);
    }
  }
  const std::vector<std::uint32_t> top =
      KMeans(centroids, std::min<std::size_t>(coarse, next), iterations, seed + 1);
  std::vector<std::uint32_t> top_number(coarse, 0xFFFFFFFFu);
  std::uint32_t top_next = 0;
  for (std::uint32_t c = 0; c < next; ++c) {
    if (top_number[top[c]] == 0xFFFFFFFFu) top_number[top[c]] = top_next++;
  }
  std::string out;
  for (std::size_t j = 0; j < words.size(); ++j) {
    const std::uint32_t c = number[fine[j]];
    out += words[j] + '\t' + std::to_string(c) + '\t' + std::to_string(top_number[top[c]]) + '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::ferror(stdout) ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage("a command is required");
  const std::string command = argv[1];
  if (command == "corpus") return argc == 2 ? WriteCorpus() : Usage("corpus takes no options");
  if (command == "kmeans") return WriteClusters(argc, argv);
  if (command == "-h" || command == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  return Usage("unknown command " + command);
}
