// newslens: who said what about whom in a news article.
//
//   #include "newslens/newslens.h"
//
//   newslens::Result<newslens::Analysis> r = newslens::Analyze(bytes);
//   if (!r.ok()) return Fail(r.error());          // not text, or too large
//   std::string json = newslens::ToJson(r.value(), {});  // the `newslens/1` contract
//
// The pipeline, one stage per header, each usable on its own:
//   input.h      bytes -> valid UTF-8 text (+ offsets back to the bytes)
//   normalize.h  NFC/NFKC + folding of quotation marks, dashes, spaces (+ offsets back)
//   segment.h    paragraphs with roles, sentences, tokens
//   analysis.h   the value types of the result
//   json.h       the result as JSON
// Analyze() runs them all; it never throws and keeps no state between calls, so calls from
// several threads are independent.
#ifndef NEWSLENS_NEWSLENS_H_
#define NEWSLENS_NEWSLENS_H_

#include <string_view>

#include "newslens/analysis.h"
#include "newslens/input.h"
#include "newslens/json.h"
#include "newslens/normalize.h"
#include "newslens/status.h"

namespace newslens {

// "MAJOR.MINOR.PATCH" of this library.
const char* Version();

struct AnalyzeOptions {
  DecodeOptions decode;
  NormalizeOptions normalize;
};

// Analyses `input` (the bytes of one article, any encoding DecodeInput accepts). Fails only when
// the input is not text (ErrorCode::kNotText) or too large (ErrorCode::kTooLarge).
Result<Analysis> Analyze(std::string_view input, const AnalyzeOptions& options = {});

}  // namespace newslens

#endif  // NEWSLENS_NEWSLENS_H_
