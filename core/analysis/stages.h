// Analyze() stage by stage (internal header), for the benchmark that times each stage
// (tools/bench/bench_pipeline.cc) without a copy of the pipeline that could drift from it.
#ifndef NEWSLENS_ANALYSIS_STAGES_H_
#define NEWSLENS_ANALYSIS_STAGES_H_

#include <functional>
#include <string_view>

#include "newslens/newslens.h"

namespace newslens {

// The stages of Analyze(), in the order they run. kDocument is the document header: paragraph
// and sentence spans in input offsets, the token count, the title and the date.
enum class AnalysisStage {
  kDecode,
  kNormalize,
  kSegment,
  kDocument,
  kValues,
  kNer,
  kEntities,
  kQuotes
};
inline constexpr int kAnalysisStageCount = 8;

// Analyze(), with `stage_done(stage)` called as each stage ends. When decoding fails, it is called
// for kDecode only and the error is returned. Analyze() is this without a callback.
Result<Analysis> AnalyzeByStage(std::string_view input, const AnalyzeOptions& options,
                                const std::function<void(AnalysisStage)>& stage_done);

}  // namespace newslens

#endif  // NEWSLENS_ANALYSIS_STAGES_H_
