// The authors of first-person words (see resolver.h): who "I" is outside quotation marks.
//
// A column or a letter speaks in the first person, and says who wrote it where it ends: a
// paragraph that is a name alone signs the paragraphs before it, up to the signature before
// ("... we replace our democracy with a tyranny. / Michael Pravica. / Henderson, Nev."), and a
// last paragraph that opens with a name and "is" introduces the author of the whole column
// ("Charlotte Meehan is playwright-in-residence at ..."). A news report's "By Jane Doe" line
// names its writer too. Outside quotation marks, "I" and "me" in their paragraphs are theirs;
// elsewhere they stay unresolved.
#include "reference/resolver.h"

namespace newslens::reference {
namespace {

// The person whose name makes up the paragraph, a full stop aside; or -1.
int SignatureOf(const TokenView& text, const MentionTable& names, const Paragraph& p) {
  const Segmentation& seg = text.segmentation();
  // A caption or a headline that is a name alone names whom it shows, not who wrote.
  if (p.end_sentence <= p.first_sentence || p.role != ParagraphRole::kBody) return -1;
  const std::uint32_t first = seg.sentences[p.first_sentence].first_token;
  std::uint32_t end = seg.sentences[p.end_sentence - 1].end_token;
  while (end > first && text.Kind(end - 1) == TokenKind::kPunctuation) --end;
  const MentionRef* m = names.At(first);
  if (m == nullptr || m->entity < 0 || m->type != EntityType::kPer || m->first_token != first ||
      m->end_token != end)
    return -1;
  return m->entity;
}

// The person a paragraph introduces as the author: it opens with a person's name and "is"
// ("Charlotte Meehan is a playwright"); or -1.
int AuthorNoteOf(const TokenView& text, const MentionTable& names, const Paragraph& p) {
  const Segmentation& seg = text.segmentation();
  if (p.end_sentence <= p.first_sentence) return -1;
  const std::uint32_t first = seg.sentences[p.first_sentence].first_token;
  const MentionRef* m = names.At(first);
  if (m == nullptr || m->entity < 0 || m->type != EntityType::kPer || m->first_token != first ||
      m->end_token - m->first_token < 2)
    return -1;
  return text.IsAnyCase(m->end_token, "is") ? m->entity : -1;
}

// "By Jane Doe": the person named in a byline; or -1.
int BylineOf(const TokenView& text, const MentionTable& names, const Paragraph& p) {
  const Segmentation& seg = text.segmentation();
  for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
    for (std::uint32_t t = seg.sentences[s].first_token; t < seg.sentences[s].end_token; ++t) {
      const MentionRef* m = names.At(t);
      if (m != nullptr && m->entity >= 0 && m->type == EntityType::kPer) return m->entity;
    }
  }
  return -1;
}

}  // namespace

void ReferenceResolver::FindAuthors() {
  const std::vector<Paragraph>& paragraphs = text_.segmentation().paragraphs;
  author_of_paragraph_.assign(paragraphs.size(), -1);
  const MentionTable& names = linked_.mentions;
  // A note on the author in one of the last two paragraphs speaks for the whole column.
  int author = -1;
  for (std::size_t back = 0; back < 2 && back < paragraphs.size() && author < 0; ++back)
    author = AuthorNoteOf(text_, names, paragraphs[paragraphs.size() - 1 - back]);
  for (const Paragraph& p : paragraphs)
    if (author < 0 && p.role == ParagraphRole::kByline) author = BylineOf(text_, names, p);
  // Signatures, from the end: each signs the paragraphs up to the one before.
  int signer = -1;
  for (std::size_t i = paragraphs.size(); i-- > 0;) {
    const int signature = SignatureOf(text_, names, paragraphs[i]);
    if (signature >= 0) {
      signer = signature;
      continue;
    }
    author_of_paragraph_[i] = signer >= 0 ? signer : author;
  }
}

}  // namespace newslens::reference
