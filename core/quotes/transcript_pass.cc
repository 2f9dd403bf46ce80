// The transcript pass (see passes.h).
#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/titles.h"
#include "quotes/noun_phrases.h"
#include "quotes/passes.h"

namespace newslens::quotes {
namespace {

// The last words of the people's names, lower case, sorted: built when a label in capitals is
// first looked at, at most once per text.
class Surnames {
 public:
  explicit Surnames(const std::vector<Entity>& entities) : entities_(entities) {}

  bool Contains(const std::string& word) {
    if (!built_) {
      for (const Entity& e : entities_) {
        if (e.type != EntityType::kPer) continue;
        const std::size_t space = e.name.rfind(' ');
        words_.push_back(
            AsciiLower(space == std::string::npos ? e.name : e.name.substr(space + 1)));
      }
      std::sort(words_.begin(), words_.end());
      built_ = true;
    }
    return std::binary_search(words_.begin(), words_.end(), word);
  }

 private:
  const std::vector<Entity>& entities_;
  std::vector<std::string> words_;
  bool built_ = false;
};

// True when [first, colon) labels a speaker: a person's name (titles may stand before it), a
// person's name in capitals ("TAPPER", "KATE BOULDUAN": the last word is the last word of a
// person's name in the text; "UPDATE:" and "CORRECTION:" are no one), or "Q" and "A".
bool SpeakerLabel(const QuoteText& q, std::uint32_t first, std::uint32_t colon,
                  Surnames* surnames) {
  std::uint32_t t = first;
  while (t < colon && q.IsCapitalized(t) && LookupTitleWord(q.Text(t)) != nullptr) ++t;
  if (const MentionRef* m = q.MentionAt(t); m != nullptr && !m->pronoun &&
                                            m->type == EntityType::kPer && m->first_token == t &&
                                            m->end_token == colon) {
    return true;
  }
  if (colon - first > 3) return false;
  for (t = first; t < colon; ++t) {
    if (q.Kind(t) != TokenKind::kWord) return false;
    for (const char ch : q.Text(t))
      if (!(ch >= 'A' && ch <= 'Z')) return false;
  }
  if (colon == first + 1 && (q.Is(first, "Q") || q.Is(first, "A"))) return true;
  return surnames->Contains(AsciiLower(q.Text(colon - 1)));
}

}  // namespace

void TranscriptPass(const QuoteText& q, QuoteCandidates* state) {
  Surnames surnames(q.entities());
  for (const Paragraph& paragraph : q.segmentation().paragraphs) {
    if (paragraph.end_sentence <= paragraph.first_sentence) continue;
    const std::uint32_t first = q.segmentation().sentences[paragraph.first_sentence].first_token;
    const std::uint32_t end = q.segmentation().sentences[paragraph.end_sentence - 1].end_token;
    std::uint32_t colon = first;
    while (colon < end && colon - first < 5 && !q.IsPunct(colon, ":")) ++colon;
    if (colon == first || colon + 3 >= end || !q.IsPunct(colon, ":") || q.quoted(colon + 1) ||
        q.IsOpenMark(colon + 1) || state->used_cue[colon] ||
        !SpeakerLabel(q, first, colon, &surnames)) {
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
