#include "text/token_facts.h"

#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"

namespace newslens {

void ClassifyTokens(AnalyzedText* text) {
  const Segmentation& seg = text->segmentation;
  text->token_facts.resize(seg.tokens.size());
  for (std::size_t t = 0; t < seg.tokens.size(); ++t) {
    const Token& token = seg.tokens[t];
    std::uint8_t facts = 0;
    if (token.kind == TokenKind::kWord) {
      const std::string_view word = text->TokenText(token);
      facts = static_cast<std::uint8_t>(ClassOfWord(word));
      if (chars::StartsUpper(word)) facts |= AnalyzedText::kCapitalizedWord;
      if (LookupCue(word) != nullptr) facts |= AnalyzedText::kCueForm;
    }
    text->token_facts[t] = facts;
  }
}

}  // namespace newslens
