#include "text/token_view.h"

#include "text/cue_lexicon.h"

namespace newslens {

TokenView::TokenView(const AnalyzedText& text)
    : at_(text),
      seg_(text.segmentation),
      facts_(text.token_facts),
      size_(static_cast<std::uint32_t>(text.segmentation.tokens.size())),
      paragraph_of_sentence_(text.segmentation.sentences.size(), 0) {
  for (std::uint32_t p = 0; p < seg_.paragraphs.size(); ++p) {
    for (std::uint32_t s = seg_.paragraphs[p].first_sentence; s < seg_.paragraphs[p].end_sentence;
         ++s)
      paragraph_of_sentence_[s] = p;
  }
}

bool TokenView::IsCueForm(std::uint32_t t) const {
  if (t < facts_.size()) return (facts_[t] & AnalyzedText::kCueForm) != 0;
  return Kind(t) == TokenKind::kWord && LookupCue(Text(t)) != nullptr;
}

bool TokenView::IsPossessive(std::uint32_t t) const {
  if (Kind(t) == TokenKind::kContraction) return IsAnyCase(t, "'s") || Is(t, "'");
  return IsAnyCase(t, "his") || IsAnyCase(t, "her") || IsAnyCase(t, "their") ||
         IsAnyCase(t, "its") || IsAnyCase(t, "our") || IsAnyCase(t, "my") || IsAnyCase(t, "your");
}

}  // namespace newslens
