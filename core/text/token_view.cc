#include "text/token_view.h"

namespace newslens {

TokenView::TokenView(const AnalyzedText& text)
    : at_(text),
      seg_(text.segmentation),
      size_(static_cast<std::uint32_t>(text.segmentation.tokens.size())),
      paragraph_of_sentence_(text.segmentation.sentences.size(), 0) {
  for (std::uint32_t p = 0; p < seg_.paragraphs.size(); ++p) {
    for (std::uint32_t s = seg_.paragraphs[p].first_sentence; s < seg_.paragraphs[p].end_sentence;
         ++s)
      paragraph_of_sentence_[s] = p;
  }
}

bool TokenView::IsPossessive(std::uint32_t t) const {
  if (Kind(t) == TokenKind::kContraction) return IsAnyCase(t, "'s") || Is(t, "'");
  return IsAnyCase(t, "his") || IsAnyCase(t, "her") || IsAnyCase(t, "their") ||
         IsAnyCase(t, "its") || IsAnyCase(t, "our") || IsAnyCase(t, "my") || IsAnyCase(t, "your");
}

}  // namespace newslens
