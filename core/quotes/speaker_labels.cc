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
  return IsSurname(AsciiLower(q_.Text(colon - 1)));
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
