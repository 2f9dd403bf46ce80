#include "analysis/text_checks.h"

#include <cmath>
#include <string>

#include "text/word_classes.h"

namespace newslens {

std::vector<Warning> CheckText(const AnalyzedText& text) {
  std::vector<Warning> warnings;
  int words = 0, function_words = 0, numbers = 0;
  for (const Token& token : text.segmentation.tokens) {
    if (token.kind == TokenKind::kNumber) ++numbers;
    if (token.kind != TokenKind::kWord) continue;
    ++words;
    if (ClassOfWord(text.TokenText(token)) != WordClass::kOther) ++function_words;
  }
  if (words == 0 && numbers == 0) {
    warnings.push_back({"empty_text", text.text().empty()
                                          ? "the text is empty: there is nothing to analyse"
                                          : "the text has no words: there is nothing to analyse"});
    return warnings;
  }
  if (words >= kMinWordsToJudge && function_words < kMinFunctionWordShare * words) {
    const int percent = static_cast<int>(std::lround(100.0 * function_words / words));
    warnings.push_back(
        {"not_english", "the text does not read as English (" + std::to_string(percent) +
                            "% of its words are English function words, against 30% or more in "
                            "English news): newslens reads English only, and its answers on "
                            "this text are unlikely to mean much"});
  }
  return warnings;
}

}  // namespace newslens
