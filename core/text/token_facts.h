// The facts of every token that the rule-based stages ask most (internal header): see
// AnalyzedText::token_facts.
#ifndef NEWSLENS_TEXT_TOKEN_FACTS_H_
#define NEWSLENS_TEXT_TOKEN_FACTS_H_

#include "text/analyzed_text.h"

namespace newslens {

// Fills text->token_facts from the segmented text: a lookup or two per token, once.
void ClassifyTokens(AnalyzedText* text);

}  // namespace newslens

#endif  // NEWSLENS_TEXT_TOKEN_FACTS_H_
