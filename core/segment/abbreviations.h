// The abbreviation and sentence-opener lexicons (internal header; data in core/data/).
#ifndef NEWSLENS_SEGMENT_ABBREVIATIONS_H_
#define NEWSLENS_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

namespace newslens {

// kNumber: an abbreviation only before a number ("No. 10"); see core/data/abbreviations.txt.
enum class AbbreviationClass { kNone, kTitle, kMonth, kNumber, kOther };

// The class of `word` (without its final period): "Mr" -> kTitle, "Feb" -> kMonth.
AbbreviationClass LookupAbbreviation(std::string_view word);

// True for capitalized words that often open a sentence ("The", "He", "But").
bool IsSentenceOpener(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_SEGMENT_ABBREVIATIONS_H_
