// The sentence splitter (internal header).
#ifndef NEWSLENS_SEGMENT_SENTENCES_H_
#define NEWSLENS_SEGMENT_SENTENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/segment.h"

namespace newslens {

// Appends the sentences of tokens[first, end) (one paragraph) to `sentences`; every token lands
// in exactly one sentence.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                    std::uint32_t end, std::vector<Sentence>* sentences);

}  // namespace newslens

#endif  // NEWSLENS_SEGMENT_SENTENCES_H_
