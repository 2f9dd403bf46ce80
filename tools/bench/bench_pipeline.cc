// newslens-bench-pipeline: the native pipeline stage by stage, against a floor measured in the
// same run.
//
//   newslens-bench-pipeline [--rounds N] [--callgrind] FILE...
//
// Each FILE is one document (an article), analysed on its own, as the CLI does. Every round runs,
// one after the other over all documents:
//   floor     utf8proc's NFC of the document's bytes (UnicodeNormalizeReference): the least any
//             Unicode-aware analyser does with the text;
//   stages    the stages of Analyze() called one by one as analyze.cc calls them (decode,
//             normalize, segment, document spans, values, NER, entities, quotes), then ToJson
//             (indent 2, the CLI's --format json), each timed on its own;
//   pipeline  the public API end to end: Analyze() + ToJson().
// The printed figures are medians over the rounds (per stage, and of each round's totals), after
// one untimed warm-up round. The header line of a document (title and date, analyze.cc's
// ReadHeader) is read by an untimed Analyze() before the rounds; the values stage needs the date.
// The warm-up round also checks that the stages give the same JSON as Analyze(): a difference
// means this file no longer follows analyze.cc, and the tool says so and fails.
//
// --callgrind: one round, no warm-up and no check, for `valgrind --tool=callgrind
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

#include "analysis/analyzed_text.h"
#include "entities/entity_linker.h"
#include "newslens/json.h"
#include "newslens/newslens.h"
#include "quotes/quote_finder.h"
#include "support/read_file.h"
#include "values/value_finder.h"

namespace {

using newslens::tools::ReadFile;

using Clock = std::chrono::steady_clock;

enum Stage {
  kDecode,
  kNormalize,
  kSegment,
  kDocument,
  kValues,
  kNer,
  kEntities,
  kQuotes,
  kJson,
  kStageCount
};

constexpr const char* kStageNames[kStageCount] = {
    "decode      DecodeInput",  "normalize   Normalize",  "segment     Segment",
    "document    spans->input", "values      FindValues", "NER         TagNames",
    "entities    LinkEntities", "quotes      FindQuotes", "JSON        ToJson",
};

struct Document {
  std::string path;
  std::string bytes;
  newslens::Analysis reference;  // Analyze() of the bytes: the header's title and date
};

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Analyze() of analyze.cc, one stage at a time; adds each stage's seconds to `seconds`, and
// returns the JSON. Keep in step with analyze.cc (the warm-up round checks it).
std::string StagesOf(const Document& doc, double seconds[kStageCount]) {
  using namespace newslens;
  const std::string_view input = doc.bytes;
  Clock::time_point t0 = Clock::now();
  auto lap = [&](Stage stage) {
    const Clock::time_point t1 = Clock::now();
    seconds[stage] += Seconds(t0, t1);
    t0 = t1;
  };

  Result<DecodedText> decoded = DecodeInput(input, {});
  lap(kDecode);
  if (!decoded.ok()) return ErrorToJson(decoded.error());

  AnalyzedText at;
  at.decoded = std::move(decoded).value();
  at.normalized = Normalize(at.decoded.text, {});
  at.decoded_text = at.decoded.text;
  if (at.decoded.to_input.is_identity() && at.decoded.text.size() == input.size()) {
    at.decoded_text = input;
    std::string().swap(at.decoded.text);
  }
  lap(kNormalize);

  at.segmentation = Segment(at.normalized.text);
  lap(kSegment);

  Analysis analysis;
  DocumentInfo& info = analysis.document;
  info.input = {input.size(), at.decoded.encoding, at.decoded.was_html, at.decoded.repaired};
  info.paragraphs.reserve(at.segmentation.paragraphs.size());
  for (const Paragraph& p : at.segmentation.paragraphs) {
    info.paragraphs.push_back({at.ToInput(p.span), p.role});
  }
  info.sentences.reserve(at.segmentation.sentences.size());
  for (const Sentence& s : at.segmentation.sentences) info.sentences.push_back(at.ToInput(s.span));
  info.token_count = at.segmentation.tokens.size();
  info.title = doc.reference.document.title;  // ReadHeader's, from the untimed Analyze()
  info.date = doc.reference.document.date;
  lap(kDocument);

  analysis.values = FindValues(at, info.date);
  lap(kValues);

  const std::vector<NerTag> tags = TagNames(at);
  lap(kNer);

  LinkedEntities linked = LinkEntities(at, tags);
  lap(kEntities);

  analysis.entities = std::move(linked.entities);
  analysis.quotes = FindQuotes(at, linked.mentions, analysis.entities);
  lap(kQuotes);

  std::string json = ToJson(analysis, {});
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
      doc.reference = std::move(analysis).value();
      tokens += doc.reference.document.token_count;
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

  // Warm-up, and the check that the stages are Analyze().
  {
    double seconds[kStageCount] = {};
    std::size_t differ = 0;
    for (const Document& doc : documents) {
      auto analysis = newslens::Analyze(doc.bytes);
      const std::string expected = analysis.ok() ? newslens::ToJson(analysis.value(), {})
                                                 : newslens::ErrorToJson(analysis.error());
      if (StagesOf(doc, seconds) != expected) {
        if (differ++ == 0) {
          std::fprintf(stderr,
                       "newslens-bench-pipeline: %s: the stages give other JSON than Analyze(): "
                       "tools/bench/bench_pipeline.cc no longer follows core/analysis/analyze.cc\n",
                       doc.path.c_str());
        }
      }
    }
    RunFloorOnce(documents);
    if (differ > 0) return 1;
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
