// Where the entities stage found names and pronouns, by token (internal header). The quotes
// stage reads it to resolve speakers: "Trump", "he" and "the president" to one entity.
#ifndef NEWSLENS_ENTITIES_MENTION_TABLE_H_
#define NEWSLENS_ENTITIES_MENTION_TABLE_H_

#include <algorithm>
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

// Mentions sorted by token, found by binary search: memory in proportion to the mentions, not
// to the text (an article of many megabytes has far fewer mentions than tokens).
class MentionTable {
 public:
  // Adds a mention; mentions must not overlap. Call Seal() after the last one, before At().
  void Add(const MentionRef& mention) { mentions_.push_back(mention); }
  // Room for `count` mentions in all. The table lives on through the quotes stage: reserving
  // its final size spares it the slack and the copies of growing one by one.
  void Reserve(std::size_t count) { mentions_.reserve(count); }

  void Seal() {
    std::sort(mentions_.begin(), mentions_.end(), [](const MentionRef& a, const MentionRef& b) {
      return a.first_token < b.first_token;
    });
    sealed_ = true;
  }

  // The mention covering token `token`, or nullptr. Before Seal(), only mentions added in token
  // order are found.
  const MentionRef* At(std::uint32_t token) const {
    auto it =
        std::upper_bound(mentions_.begin(), mentions_.end(), token,
                         [](std::uint32_t t, const MentionRef& m) { return t < m.first_token; });
    if (it == mentions_.begin()) return nullptr;
    const MentionRef& m = *(it - 1);
    return token < m.end_token ? &m : nullptr;
  }

  // At() for tokens in increasing order, by walking the table instead of searching it: a pass
  // over every token of a long article makes as many lookups, each a cache miss or more. The
  // table must not change while the cursor is used.
  class Cursor {
   public:
    explicit Cursor(const MentionTable& table) : mentions_(table.mentions_) {}

    // As MentionTable::At(token); `token` must not be smaller than in the call before.
    const MentionRef* At(std::uint32_t token) {
      while (next_ < mentions_.size() && mentions_[next_].first_token <= token) ++next_;
      if (next_ == 0) return nullptr;
      const MentionRef& m = mentions_[next_ - 1];
      return token < m.end_token ? &m : nullptr;
    }

   private:
    const std::vector<MentionRef>& mentions_;
    std::size_t next_ = 0;  // the mentions before it start at or before the last token asked
  };

  const std::vector<MentionRef>& mentions() const { return mentions_; }
  bool empty() const { return mentions_.empty(); }
  bool sealed() const { return sealed_; }

 private:
  std::vector<MentionRef> mentions_;
  bool sealed_ = false;
};

}  // namespace newslens

#endif  // NEWSLENS_ENTITIES_MENTION_TABLE_H_
