// newslens-bench-pipeline: the native pipeline stage by stage, against a floor measured in the
// same run.
//
//   newslens-bench-pipeline [--rounds N] [--callgrind] FILE...
//
// Each FILE is one document (an article), analysed on its own, as the CLI does. Every round runs,
// one after the other over all documents:
//   floor     utf8proc's NFC of the document's bytes (UnicodeNormalizeReference): the least any
//             Unicode-aware analyser does with the text;
//   stages    Analyze() as AnalyzeByStage (core/analysis/stages.h), which reports the end of
//             each stage (decode, normalize, segment, document header, values, NER, entities,
//             quotes), then ToJson (indent 2, the CLI's --format json), each timed on its own;
//   pipeline  the public API end to end: Analyze() + ToJson().
// The printed figures are medians over the rounds (per stage, and of each round's totals), after
// one untimed warm-up round.
//
// --callgrind: one round, no warm-up, for `valgrind --tool=callgrind
// --collect-atstart=no --toggle-collect='*RunStagesOnce*' --toggle-collect='*RunFloorOnce*'`:
// the instruction counts of each stage function are then read with callgrind_annotate
// --inclusive=yes (tools/bench/native.mjs does it).
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/stages.h"
#include "newslens/json.h"
#include "newslens/newslens.h"
#include "support/read_file.h"

namespace {

using newslens::tools::ReadFile;

using Clock = std::chrono::steady_clock;

// The stages of Analyze() (newslens::AnalysisStage, by number), then the JSON.
constexpr int kJson = newslens::kAnalysisStageCount;
constexpr int kStageCount = kJson + 1;

constexpr const char* kStageNames[kStageCount] = {
    "decode      DecodeInput",  "normalize   Normalize",  "segment     Segment",
    "document    header",       "values      FindValues", "NER         TagNames",
    "entities    LinkEntities", "quotes      FindQuotes", "JSON        ToJson",
};

struct Document {
  std::string path;
  std::string bytes;
};

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Analyze() (AnalyzeByStage, the same code) with each stage's seconds added to `seconds`, then
// ToJson; returns the JSON.
std::string StagesOf(const Document& doc, double seconds[kStageCount]) {
  using namespace newslens;
  Clock::time_point t0 = Clock::now();
  auto lap = [&](int stage) {
    const Clock::time_point t1 = Clock::now();
    seconds[stage] += Seconds(t0, t1);
    t0 = t1;
  };
  Result<Analysis> analysis =
      AnalyzeByStage(doc.bytes, {}, [&](AnalysisStage stage) { lap(static_cast<int>(stage)); });
  if (!analysis.ok()) return ErrorToJson(analysis.error());
  std::string json = ToJson(analysis.value(), {});
  lap(kJson);
  return json;
}

// Out of line, so that callgrind can count instructions inside these only (--toggle-collect).
[[gnu::noinline]] std::size_t RunStagesOnce(const std::vector<Document>& documents,
                                            double seconds[kStageCount]) {
  std::size_t json_bytes = 0;
  for (const Document& doc : documents) json_bytes += StagesOf(doc, seconds).size();
  return json_bytes;
}

[[gnu::noinline]] std::size_t RunFloorOnce(const std::vector<Document>& documents) {
  std::size_t bytes = 0;
  for (const Document& doc : documents) {
    bytes +=
        newslens::UnicodeNormalizeReference(doc.bytes, newslens::NormalizationForm::kNfc).size();
  }
  return bytes;
}

[[gnu::noinline]] std::size_t RunPipelineOnce(const std::vector<Document>& documents) {
  std::size_t json_bytes = 0;
  for (const Document& doc : documents) {
    auto analysis = newslens::Analyze(doc.bytes);
    json_bytes += analysis.ok() ? newslens::ToJson(analysis.value(), {}).size()
                                : newslens::ErrorToJson(analysis.error()).size();
  }
  return json_bytes;
}

void Usage() {
  std::fprintf(stderr, "usage: newslens-bench-pipeline [--rounds N] [--callgrind] FILE...\n");
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 5;
  bool callgrind = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else if (arg == "--callgrind") {
      callgrind = true;
    } else if (arg.rfind("--", 0) == 0) {
      Usage();
      return 2;
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() || rounds < 1) {
    Usage();
    return 2;
  }
  if (callgrind) rounds = 1;

  std::vector<Document> documents(paths.size());
  std::size_t input_bytes = 0, tokens = 0, failed = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Document& doc = documents[i];
    doc.path = paths[i];
    if (!ReadFile(doc.path, &doc.bytes)) {
      std::fprintf(stderr, "newslens-bench-pipeline: %s: %s\n", doc.path.c_str(),
                   std::strerror(errno));
      return 1;
    }
    input_bytes += doc.bytes.size();
    auto analysis = newslens::Analyze(doc.bytes);
    if (analysis.ok()) {
      tokens += analysis.value().document.token_count;
    } else {
      ++failed;
    }
  }

  if (callgrind) {
    double seconds[kStageCount] = {};
    const std::size_t floor_bytes = RunFloorOnce(documents);
    const std::size_t json_bytes = RunStagesOnce(documents, seconds);
    std::printf("callgrind round: %zu documents, %zu bytes in, %zu bytes NFC, %zu bytes JSON\n",
                documents.size(), input_bytes, floor_bytes, json_bytes);
    return 0;
  }

  // Warm-up.
  {
    double seconds[kStageCount] = {};
    RunStagesOnce(documents, seconds);
    RunFloorOnce(documents);
  }

  std::vector<double> stage_seconds[kStageCount];
  std::vector<double> stages_total, floor_total, pipeline_total;
  std::size_t sink = 0;
  for (int r = 0; r < rounds; ++r) {
    Clock::time_point t = Clock::now();
    sink += RunFloorOnce(documents);
    floor_total.push_back(Seconds(t, Clock::now()));

    double seconds[kStageCount] = {};
    t = Clock::now();
    sink += RunStagesOnce(documents, seconds);
    stages_total.push_back(Seconds(t, Clock::now()));
    for (int s = 0; s < kStageCount; ++s) stage_seconds[s].push_back(seconds[s]);

    t = Clock::now();
    sink += RunPipelineOnce(documents);
    pipeline_total.push_back(Seconds(t, Clock::now()));
  }

  const double mb = static_cast<double>(input_bytes) / 1e6;
  const double floor = Median(floor_total);
  std::printf(
      "%zu documents (each analysed on its own), %.2f MB (1 MB = 10^6 bytes of input), %zu tokens "
      "(newslens's token_count)%s; median of %d rounds\n\n",
      documents.size(), mb, tokens, failed ? " — some documents rejected" : "", rounds);
  std::printf("  %-34s %9s %9s %12s %7s %8s\n", "stage", "ms", "MB/s", "tokens/s", "share",
              "x floor");
  double sum = 0;
  double medians[kStageCount];
  for (int s = 0; s < kStageCount; ++s) sum += (medians[s] = Median(stage_seconds[s]));
  const double stages = Median(stages_total);
  auto row = [&](const char* name, double sec, bool share) {
    char share_text[16] = "";
    if (share) std::snprintf(share_text, sizeof share_text, "%.1f%%", 100 * sec / sum);
    std::printf("  %-34s %9.1f %9.2f %12.0f %7s %7.2fx\n", name, 1e3 * sec, mb / sec,
                static_cast<double>(tokens) / sec, share_text, sec / floor);
  };
  for (int s = 0; s < kStageCount; ++s) row(kStageNames[s], medians[s], true);
  row("all stages (one round, timed whole)", stages, false);
  const double pipeline = Median(pipeline_total);
  row("pipeline    Analyze + ToJson", pipeline, false);
  row("floor       utf8proc NFC", floor, false);

  int slowest = 0;
  for (int s = 1; s < kStageCount; ++s)
    if (medians[s] > medians[slowest]) slowest = s;
  std::printf("\n  slowest stage: %s (%.1f%% of the stages)\n", kStageNames[slowest],
              100 * medians[slowest] / sum);
  const double ratio = pipeline / floor;
  std::printf("  pipeline / floor: %.2fx   target <= 4x: %s\n", ratio,
              ratio <= 4 ? "met" : "NOT MET");
  return sink == 0 ? 3 : 0;
}
