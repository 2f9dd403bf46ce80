// Checks of the text itself (internal header): the warnings of DocumentInfo, for a text the
// analysis ran on but that is not what newslens reads. They never fail an analysis.
#ifndef NEWSLENS_ANALYSIS_TEXT_CHECKS_H_
#define NEWSLENS_ANALYSIS_TEXT_CHECKS_H_

#include <vector>

#include "newslens/analysis.h"
#include "text/analyzed_text.h"

namespace newslens {

// The warnings for `text` (segmented): "empty_text" when it has no word or number at all,
// "not_english" when it has at least kMinWordsToJudge words and fewer than
// kMinFunctionWordShare of them are English function words (core/data/function-words.txt).
// English news runs at 30-50% (the 84 PolNeAR dev articles: 31% at least), German, French
// and Spanish articles at 0-7%.
std::vector<Warning> CheckText(const AnalyzedText& text);

inline constexpr int kMinWordsToJudge = 20;
inline constexpr double kMinFunctionWordShare = 0.15;

}  // namespace newslens

#endif  // NEWSLENS_ANALYSIS_TEXT_CHECKS_H_
