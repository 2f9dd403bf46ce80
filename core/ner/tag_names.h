// The NER stage (internal header): the built-in tagger (newslens/ner.h) run over an analysed
// text, one tag per token, for the entities stage (entities/entity_linker.h).
#ifndef NEWSLENS_NER_TAG_NAMES_H_
#define NEWSLENS_NER_TAG_NAMES_H_

#include <vector>

#include "newslens/ner.h"
#include "text/analyzed_text.h"

namespace newslens {

// Runs the built-in tagger over the segmented text (a headline is tagged as one): one tag per
// token of `text.segmentation.tokens`. A long input is tagged a chunk of whole sentences at a
// time, and an overlong sentence a piece at a time, so that memory stays bounded.
std::vector<NerTag> TagNames(const AnalyzedText& text);

}  // namespace newslens

#endif  // NEWSLENS_NER_TAG_NAMES_H_
