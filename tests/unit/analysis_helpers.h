// Helpers shared by the end-to-end test files (analyze, entities, quotes): run Analyze() and
// read spans back out of the input.
#ifndef NEWSLENS_TESTS_UNIT_ANALYSIS_HELPERS_H_
#define NEWSLENS_TESTS_UNIT_ANALYSIS_HELPERS_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "newslens/newslens.h"
#include "text/analyzed_text.h"

namespace newslens::testing {

// The analysis of `input`, which must succeed.
inline Analysis AnalyzeOk(std::string_view input) {
  Result<Analysis> result = Analyze(input);
  REQUIRE(result.ok());
  return std::move(result).value();
}

// `input` decoded and normalized as Analyze() does it, not yet segmented. The result may point
// into `input`, which must outlive it.
inline AnalyzedText DecodedAndNormalized(std::string_view input) {
  AnalyzedText at;
  Result<DecodedText> decoded = DecodeInput(input);
  REQUIRE(decoded.ok());
  at.decoded = std::move(decoded).value();
  at.normalized = Normalize(at.decoded.text);
  at.ShareUnchangedTexts(input);
  return at;
}

// The bytes of `input` a span covers.
inline std::string Slice(std::string_view input, Span span) {
  return std::string(input.substr(span.start, span.size()));
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_ANALYSIS_HELPERS_H_
