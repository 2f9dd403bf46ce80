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
      const WordClass c = ClassOfWord(word);
      facts = static_cast<std::uint8_t>(c);
      if (chars::StartsUpper(word)) facts |= AnalyzedText::kCapitalizedWord;
      // No function word is a cue but the irregular past "found": the lookup is spared for
      // nearly half the words of a text.
      if ((c == WordClass::kOther || c == WordClass::kVerb) && LookupCue(word) != nullptr)
        facts |= AnalyzedText::kCueForm;
    } else if (token.kind == TokenKind::kContraction) {
      // "didn't", "isn’t": the clitic "n't" negates as "not" does.
      const std::string_view clitic = text->TokenText(token);
      if (clitic.size() >= 3 && (clitic[0] == 'n' || clitic[0] == 'N') &&
          (clitic.back() == 't' || clitic.back() == 'T'))
        facts = static_cast<std::uint8_t>(WordClass::kNegation);
    }
    text->token_facts[t] = facts;
  }
}

}  // namespace newslens
