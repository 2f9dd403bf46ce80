// The transcript pass (see passes.h).
#include "quotes/noun_phrases.h"
#include "quotes/passes.h"
#include "quotes/speaker_labels.h"

namespace newslens::quotes {

void TranscriptPass(const QuoteText& q, QuoteCandidates* state) {
  SpeakerLabels labels(q);
  for (const Paragraph& paragraph : q.segmentation().paragraphs) {
    if (paragraph.end_sentence <= paragraph.first_sentence) continue;
    const std::uint32_t first = q.segmentation().sentences[paragraph.first_sentence].first_token;
    const std::uint32_t end = q.segmentation().sentences[paragraph.end_sentence - 1].end_token;
    std::uint32_t colon = first;
    while (colon < end && colon - first < 5 && !q.IsPunct(colon, ":")) ++colon;
    if (colon == first || colon + 3 >= end || !q.IsPunct(colon, ":") || q.quoted(colon + 1) ||
        q.IsOpenMark(colon + 1) || state->used_cue[colon] || !labels.Labels(first, colon)) {
      continue;
    }
    const std::uint32_t content_end = end;  // the words as written, their last mark too
    std::uint32_t words = 0;
    for (std::uint32_t t = colon + 1; t < content_end && words < 3; ++t) words += q.IsWord(t);
    if (words < 3) continue;
    Candidate c;
    c.kind = QuoteKind::kDirect;
    c.token_spans.push_back({colon + 1, content_end});
    c.attribution.speaker = Phrase{first, colon};
    SetHead(q, &c.attribution.speaker);
    c.attribution.cue = colon;
    c.attribution.cue_end = colon + 1;
    c.attribution.evidence = Evidence::kSameSentence;
    state->used_cue[colon] = true;
    state->candidates.push_back(std::move(c));
  }
}

}  // namespace newslens::quotes
