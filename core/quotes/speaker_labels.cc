// Speaker labels (see speaker_labels.h).
#include "quotes/speaker_labels.h"

#include <algorithm>

#include "lexicon/titles.h"

namespace newslens::quotes {

bool SpeakerLabels::Labels(std::uint32_t first, std::uint32_t colon) {
  std::uint32_t t = first;
  while (t < colon && q_.IsCapitalized(t) && LookupTitleWord(q_.Text(t)) != nullptr) ++t;
  if (const MentionRef* m = q_.MentionAt(t); m != nullptr && !m->pronoun &&
                                             m->type == EntityType::kPer && m->first_token == t &&
                                             m->end_token == colon) {
    return true;
  }
  if (colon - first > 3) return false;
  for (t = first; t < colon; ++t) {
    if (q_.Kind(t) != TokenKind::kWord) return false;
    for (const char ch : q_.Text(t))
      if (!(ch >= 'A' && ch <= 'Z')) return false;
  }
  if (colon == first + 1 && (q_.Is(first, "Q") || q_.Is(first, "A"))) return true;
  return IsSurname(AsciiLower(q_.Text(colon - 1))) ||
         (colon == first + 1 && OpensTurns(q_.Text(first)));
}

bool SpeakerLabels::OpensTurns(std::string_view word) {
  if (!turns_built_) {
    // A word in capitals and a colon that open a paragraph, after a quotation mark or not.
    std::vector<std::string> openers;
    for (const Paragraph& p : q_.segmentation().paragraphs) {
      std::uint32_t t = q_.segmentation().sentences[p.first_sentence].first_token;
      if (q_.IsOpenMark(t)) ++t;
      if (!q_.IsPunct(t + 1, ":") || q_.Kind(t) != TokenKind::kWord || !q_.IsAllCaps(t)) continue;
      openers.emplace_back(q_.Text(t));
    }
    std::sort(openers.begin(), openers.end());
    for (std::size_t i = 1; i < openers.size(); ++i)
      if (openers[i] == openers[i - 1] &&
          (turn_openers_.empty() || turn_openers_.back() != openers[i]))
        turn_openers_.push_back(openers[i]);
    turns_built_ = true;
  }
  return std::binary_search(turn_openers_.begin(), turn_openers_.end(), word);
}

std::uint32_t SpeakerLabels::LabelColon(std::uint32_t first, std::uint32_t end) {
  std::uint32_t colon = first;
  while (colon < end && colon - first < 5 && !q_.IsPunct(colon, ":")) ++colon;
  if (colon == first || colon >= end || !q_.IsPunct(colon, ":")) return kNone;
  return Labels(first, colon) ? colon : kNone;
}

bool SpeakerLabels::IsSurname(const std::string& word) {
  if (!built_) {
    for (const Entity& e : q_.entities()) {
      if (e.type != EntityType::kPer) continue;
      const std::size_t space = e.name.rfind(' ');
      surnames_.push_back(
          AsciiLower(space == std::string::npos ? e.name : e.name.substr(space + 1)));
    }
    std::sort(surnames_.begin(), surnames_.end());
    built_ = true;
  }
  return std::binary_search(surnames_.begin(), surnames_.end(), word);
}

}  // namespace newslens::quotes
