// Where the entities stage found names and pronouns, by token (internal header). The quotes
// stage reads it to resolve speakers: "Trump", "he" and "the president" to one entity.
#ifndef NEWSLENS_ANALYSIS_MENTION_TABLE_H_
#define NEWSLENS_ANALYSIS_MENTION_TABLE_H_

#include <cstdint>
#include <vector>

#include "newslens/analysis.h"

namespace newslens {

struct MentionRef {
  std::uint32_t first_token;  // tokens [first_token, end_token) of the segmentation
  std::uint32_t end_token;
  std::int32_t entity;  // index into Analysis::entities, or -1 (a pronoun left unresolved)
  EntityType type;
  bool pronoun;
};

class MentionTable {
 public:
  // `token_count` tokens, no mentions yet.
  explicit MentionTable(std::size_t token_count = 0) : mention_of_token_(token_count, -1) {}

  // Adds a mention; mentions must not overlap.
  void Add(const MentionRef& mention) {
    const auto index = static_cast<std::int32_t>(mentions_.size());
    mentions_.push_back(mention);
    for (std::uint32_t t = mention.first_token; t < mention.end_token; ++t) {
      if (t < mention_of_token_.size()) mention_of_token_[t] = index;
    }
  }

  // The mention covering token `token`, or nullptr.
  const MentionRef* At(std::uint32_t token) const {
    if (token >= mention_of_token_.size() || mention_of_token_[token] < 0) return nullptr;
    return &mentions_[static_cast<std::size_t>(mention_of_token_[token])];
  }

  const std::vector<MentionRef>& mentions() const { return mentions_; }
  bool empty() const { return mentions_.empty(); }

 private:
  std::vector<MentionRef> mentions_;
  std::vector<std::int32_t> mention_of_token_;  // -1 or index into mentions_
};

}  // namespace newslens

#endif  // NEWSLENS_ANALYSIS_MENTION_TABLE_H_
