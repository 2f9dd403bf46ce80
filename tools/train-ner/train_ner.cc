// newslens-train-ner: trains the NER tagger's model from CoNLL files (see core/ner/MODEL.md).
//
//   newslens-train-ner --out core/ner/model.bin --gazetteer core/ner/gazetteer.tsv [options]
//                      [corpus options] FILE ...
//
// The model file holds the gazetteer it was trained with, as fingerprints of --gazetteer-bits bits
// of the entries of the --gazetteer-lists named (all by default; see core/ner/gazetteer.h), and
// the word clusters of --clusters (tools/train-ner/word_clusters.cc writes them; none without it)
// as fingerprints of --cluster-bits bits (see core/ner/word_clusters.h).
// Corpus options apply to the FILE that follows them: --weight W scales the updates made on its
// tokens, --no-misc says it does not annotate MISC (so a capitalised token tagged O may be MISC),
// --social marks social-media text (for domain adaptation, see core/ner/trainer.h),
// --docs RANGES keeps only the documents numbered in RANGES ("36-70,91-94", 1-based),
// --sentence-documents makes each sentence a document of its own (for a file whose "documents"
// gather unrelated sentences: what the tagger learns of a word's other uses in its document must
// not come from another article).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ner/conll_reader.h"
#include "ner/gazetteer.h"
#include "ner/trainer.h"
#include "ner/word_clusters.h"
#include "support/read_file.h"

namespace {

using newslens::tools::ReadFile;

constexpr const char* kUsage =
    "usage: newslens-train-ner --out MODEL --gazetteer TSV [--gazetteer-bits B]\n"
    "           [--gazetteer-lists first,last,...] [--gazetteer-drop-inflected]\n"
    "           [--clusters TSV [--cluster-bits B]]\n"
    "           [--epochs N] [--seed S] [--passes 1|2]\n"
    "           [--max-features N] [--weight-bits B] [--min-weight W] [--upper-case-rate R]\n"
    "           [--min-count N] [--word-dropout P] [--retrain-kept]\n"
    "           [--no-domain-adaptation]\n"
    "           {[--weight W] [--no-misc] [--social] [--docs RANGES] [--sentence-documents]\n"
    "            FILE}...\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "newslens-train-ner: %s\n%s", message.c_str(), kUsage);
  return 2;
}

// Parses "1-14,20" into a membership test over 1-based document numbers.
bool ParseRanges(const std::string& text, std::vector<std::pair<long, long>>* ranges) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string part = text.substr(start, end - start);
    char* rest = nullptr;
    const long first = std::strtol(part.c_str(), &rest, 10);
    long last = first;
    if (*rest == '-') last = std::strtol(rest + 1, &rest, 10);
    if (*rest != '\0' || first < 1 || last < first) return false;
    ranges->push_back({first, last});
    start = end + 1;
  }
  return !ranges->empty();
}

// Parses "first,last,city" into category bits.
bool ParseLists(const std::string& text, std::uint32_t* categories) {
  *categories = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string name = text.substr(start, end - start);
    int found = -1;
    for (int c = 0; c < newslens::ner::kGazetteerCategoryCount; ++c) {
      if (name == newslens::ner::GazetteerCategoryName(c)) found = c;
    }
    if (found < 0) return false;
    *categories |= 1u << found;
    start = end + 1;
  }
  return true;
}

// Reads the file at `path` and parses its text with `parse` (which returns a Result) into
// `*out`; on failure prints the file and the problem (with its byte offset) and returns false.
template <typename T, typename Parse>
bool ReadAndParse(const std::string& path, const Parse& parse, T* out) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::fprintf(stderr, "newslens-train-ner: %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  auto parsed = parse(text);
  if (!parsed.ok()) {
    std::fprintf(stderr, "newslens-train-ner: %s: byte %zu: %s\n", path.c_str(),
                 parsed.error().offset, parsed.error().message.c_str());
    return false;
  }
  *out = std::move(parsed).value();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using newslens::ner::TrainingCorpus;
  newslens::ner::TrainerOptions options;
  std::string out_path;
  std::string gazetteer_path;
  std::string clusters_path;
  int cluster_bits = 24;
  newslens::ner::GazetteerOptions gazetteer_options;
  std::vector<TrainingCorpus> corpora;
  double weight = 1;
  bool annotates_misc = true;
  bool edited = true;
  bool sentence_documents = false;
  std::vector<std::pair<long, long>> ranges;
  auto value = [&](int* i) -> const char* {
    if (*i + 1 >= argc) return nullptr;
    return argv[++*i];
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* v = nullptr;
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--no-misc") {
      annotates_misc = false;
    } else if (arg == "--sentence-documents") {
      sentence_documents = true;
    } else if (arg == "--social") {
      edited = false;
    } else if (arg == "--gazetteer-drop-inflected") {
      gazetteer_options.drop_inflected_common = true;
    } else if (arg == "--retrain-kept") {
      options.retrain_kept = true;
    } else if (arg == "--no-domain-adaptation") {
      options.domain_adaptation = false;
    } else if (arg.rfind("--", 0) == 0) {
      if ((v = value(&i)) == nullptr) return Usage(arg + " needs a value");
      if (arg == "--out") {
        out_path = v;
      } else if (arg == "--gazetteer") {
        gazetteer_path = v;
      } else if (arg == "--clusters") {
        clusters_path = v;
      } else if (arg == "--cluster-bits") {
        cluster_bits = std::atoi(v);
      } else if (arg == "--gazetteer-bits") {
        gazetteer_options.fingerprint_bits = std::atoi(v);
      } else if (arg == "--gazetteer-lists") {
        if (!ParseLists(v, &gazetteer_options.categories)) {
          return Usage("bad --gazetteer-lists '" + std::string(v) + "'");
        }
      } else if (arg == "--min-weight") {
        options.min_weight = std::atoi(v);
      } else if (arg == "--epochs") {
        options.epochs = std::atoi(v);
      } else if (arg == "--seed") {
        options.seed = std::strtoull(v, nullptr, 10);
      } else if (arg == "--passes") {
        options.passes = std::atoi(v);
      } else if (arg == "--max-features") {
        options.max_features = std::strtoull(v, nullptr, 10);
      } else if (arg == "--weight-bits") {
        options.weight_bits = std::atoi(v);
      } else if (arg == "--word-dropout") {
        options.word_dropout = std::atof(v);
      } else if (arg == "--min-count") {
        options.min_feature_count = std::atoi(v);
      } else if (arg == "--upper-case-rate") {
        options.upper_case_rate = std::atof(v);
      } else if (arg == "--weight") {
        weight = std::atof(v);
      } else if (arg == "--docs") {
        ranges.clear();
        if (!ParseRanges(v, &ranges)) return Usage("bad --docs ranges '" + std::string(v) + "'");
      } else {
        return Usage("unknown option " + arg);
      }
    } else {
      std::string text;
      if (!ReadFile(arg, &text)) {
        std::fprintf(stderr, "newslens-train-ner: %s: %s\n", arg.c_str(), std::strerror(errno));
        return 1;
      }
      auto documents = newslens::ner::ParseConll(text, /*read_tags=*/true);
      if (!documents.ok()) {
        std::fprintf(stderr, "newslens-train-ner: %s: byte %zu: %s\n", arg.c_str(),
                     documents.error().offset, documents.error().message.c_str());
        return 1;
      }
      TrainingCorpus corpus;
      corpus.name = arg;
      corpus.weight = weight;
      corpus.annotates_misc = annotates_misc;
      corpus.edited = edited;
      long number = 0;
      for (auto& document : documents.value()) {
        ++number;
        bool keep = ranges.empty();
        for (const auto& [first, last] : ranges) keep = keep || (number >= first && number <= last);
        if (!keep) continue;
        if (!sentence_documents) {
          corpus.documents.push_back(std::move(document));
          continue;
        }
        for (auto& sentence : document.sentences) {
          corpus.documents.emplace_back();
          corpus.documents.back().sentences.push_back(std::move(sentence));
        }
      }
      std::fprintf(stderr, "%s: %zu documents, weight %g%s\n", arg.c_str(), corpus.documents.size(),
                   weight, annotates_misc ? "" : ", MISC unknown");
      corpora.push_back(std::move(corpus));
      weight = 1;
      annotates_misc = true;
      edited = true;
      sentence_documents = false;
      ranges.clear();
    }
  }
  if (out_path.empty()) return Usage("--out is required");
  if (gazetteer_path.empty()) return Usage("--gazetteer is required");
  if (corpora.empty()) return Usage("no training FILE");
  if (options.passes != 1 && options.passes != 2) return Usage("--passes must be 1 or 2");
  if (options.weight_bits < 2 || options.weight_bits > 16) return Usage("--weight-bits: 2..16");
  newslens::ner::Gazetteer gazetteer;
  const auto parse_gazetteer = [&](std::string_view text) {
    return newslens::ner::Gazetteer::Parse(text, gazetteer_options);
  };
  if (!ReadAndParse(gazetteer_path, parse_gazetteer, &gazetteer)) return 1;
  std::fprintf(stderr, "%s: %zu entries kept, %zu fingerprints of %d bits\n",
               gazetteer_path.c_str(), gazetteer.entry_count(), gazetteer.key_count(),
               gazetteer.fingerprint_bits());
  newslens::ner::WordClusters clusters;
  if (!clusters_path.empty()) {
    const auto parse_clusters = [&](std::string_view text) {
      return newslens::ner::WordClusters::Parse(text, cluster_bits);
    };
    if (!ReadAndParse(clusters_path, parse_clusters, &clusters)) return 1;
    std::fprintf(stderr, "%s: %zu words in %zu clusters, fingerprints of %d bits\n",
                 clusters_path.c_str(), clusters.word_count(), clusters.cluster_count(),
                 clusters.fingerprint_bits());
  }
  options.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  const std::string model = newslens::ner::TrainModel(corpora, gazetteer, clusters, options);
  std::FILE* f = std::fopen(out_path.c_str(), "wb");
  if (f == nullptr || std::fwrite(model.data(), 1, model.size(), f) != model.size() ||
      std::fclose(f) != 0) {
    std::fprintf(stderr, "newslens-train-ner: %s: %s\n", out_path.c_str(), std::strerror(errno));
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", out_path.c_str(), model.size());
  return 0;
}
