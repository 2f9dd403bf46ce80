// newslens-bench-ner: how many tokens per second the NER tagger tags on one core.
//
//   newslens-bench-ner [--model PATH] [--seconds S] FILE.conll ...
//
// Reads CoNLL files (tokens in the first column; -DOCSTART- separates documents), then tags every
// document again and again for at least S seconds (default 3) on this thread, and prints the
// throughput. Only Tag() is timed: reading and splitting the files are not.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ner/conll_reader.h"
#include "newslens/ner.h"
#include "support/read_file.h"

namespace {

using newslens::tools::ReadFile;

struct Document {
  std::vector<std::string_view> tokens;
  std::vector<newslens::NerSentence> sentences;
};

}  // namespace

int main(int argc, char** argv) {
  double seconds = 3;
  std::string model_path;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--seconds" || arg == "--model") && i + 1 < argc) {
      (arg == "--seconds" ? seconds = std::atof(argv[++i]) : (model_path = argv[++i], 0.0));
    } else if (arg.rfind("--", 0) == 0) {
      std::fprintf(stderr, "usage: newslens-bench-ner [--model PATH] [--seconds S] FILE...\n");
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: newslens-bench-ner [--model PATH] [--seconds S] FILE...\n");
    return 2;
  }
  newslens::NerModel model = newslens::NerModel::BuiltIn();
  if (!model_path.empty()) {
    std::string bytes;
    if (!ReadFile(model_path, &bytes)) {
      std::fprintf(stderr, "newslens-bench-ner: %s: %s\n", model_path.c_str(),
                   std::strerror(errno));
      return 1;
    }
    auto loaded = newslens::NerModel::Load(bytes);
    if (!loaded.ok()) {
      std::fprintf(stderr, "newslens-bench-ner: %s: %s\n", model_path.c_str(),
                   loaded.error().message.c_str());
      return 1;
    }
    model = std::move(loaded).value();
  }

  std::vector<newslens::ner::ConllDocument> parsed;
  for (const std::string& file : files) {
    std::string text;
    if (!ReadFile(file, &text)) {
      std::fprintf(stderr, "newslens-bench-ner: %s: %s\n", file.c_str(), std::strerror(errno));
      return 1;
    }
    auto documents = newslens::ner::ParseConll(text, /*read_tags=*/false);
    if (!documents.ok()) {
      std::fprintf(stderr, "newslens-bench-ner: %s: %s\n", file.c_str(),
                   documents.error().message.c_str());
      return 1;
    }
    for (auto& d : documents.value()) parsed.push_back(std::move(d));
  }
  std::vector<Document> documents(parsed.size());
  std::size_t tokens_per_round = 0;
  for (std::size_t d = 0; d < parsed.size(); ++d) {
    for (const auto& sentence : parsed[d].sentences) {
      for (const std::string& token : sentence.tokens) documents[d].tokens.push_back(token);
      tokens_per_round += sentence.tokens.size();
    }
    std::size_t begin = 0;
    for (const auto& sentence : parsed[d].sentences) {
      documents[d].sentences.push_back(
          {std::span<const std::string_view>(documents[d].tokens.data() + begin,
                                             sentence.tokens.size()),
           false});
      begin += sentence.tokens.size();
    }
  }

  newslens::NerTagger tagger(model);
  std::vector<newslens::NerTag> tags;
  std::size_t checksum = 0;
  // One untimed round warms the caches and the tagger's buffers.
  for (const Document& d : documents) tagger.Tag(d.sentences, &tags);
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  double elapsed = 0;
  std::size_t rounds = 0;
  while (elapsed < seconds) {
    for (const Document& d : documents) {
      tagger.Tag(d.sentences, &tags);
      for (const newslens::NerTag t : tags) checksum += static_cast<std::size_t>(t);
    }
    ++rounds;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  const double tokens = static_cast<double>(tokens_per_round) * static_cast<double>(rounds);
  std::printf(
      "%zu documents, %zu tokens, %zu rounds in %.2f s: %.0f tokens/s (%.0f ns/token; "
      "model %zu features, %zu bytes; checksum %zu)\n",
      documents.size(), tokens_per_round, rounds, elapsed, tokens / elapsed, 1e9 * elapsed / tokens,
      model.feature_count(), model.file_size(), checksum);
  return 0;
}
