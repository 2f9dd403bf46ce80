// A name as the entities stage works on it, and the questions it asks of an NER tag (internal
// header). Every step of LinkEntities() (entity_linker.h) passes names as NameMention: the
// collector makes them, the grouping gives each an entity, the builder turns them into
// mentions.
#ifndef NEWSLENS_ENTITIES_NAME_MENTION_H_
#define NEWSLENS_ENTITIES_NAME_MENTION_H_

#include <cstdint>

#include "newslens/analysis.h"
#include "newslens/ner.h"

namespace newslens::entities {

// "No token": a token index larger than any real one.
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Tokens [first, end) of the segmentation; empty when end <= first.
struct TokenRange {
  std::uint32_t first = 0, end = 0;
  bool empty() const { return end <= first; }
};

// A name as the tagger found it, titles split off. One per name of the text, so it holds the
// title as tokens, not as a string: on a text of nothing but names these are the largest
// working data of the stage.
struct NameMention {
  std::uint32_t first, end;  // tokens of the name
  EntityType type;
  Gender gender = Gender::kUnknown;  // from an honorific or a gendered title
  bool votes = true;                 // whether its type counts towards its entity's
  bool decides = false;              // whether its type is its entity's, whatever the votes
  TokenRange title = {};             // "Russian President"; the text is Decoded() at the end
  // Where the title goes on past its title words ("spokeswoman for the White House"), their
  // end: the words up to it are a title too ("spokeswoman"). kNone otherwise.
  std::uint32_t title_head_end = kNone;
  // The first token of the organization's name right before the title ("[Kilbraith] manager
  // Callum Rennie"), which is no part of it, but with which it is a title too ("Kilbraith
  // manager"). kNone otherwise.
  std::uint32_t title_owner_first = kNone;
  // Title words that only open names ("Dr.", "Gov.") right before the name, kept apart when an
  // appositive gives the title ("Dr. Ilona Varga, an astrophysicist at ..."); empty otherwise.
  TokenRange name_title = {};
  // A nickname in quotation marks inside the name ("“Bong”" of "Mario “Bong” Estrellado"),
  // marks included: no part of its canonical spelling. Empty otherwise.
  TokenRange nickname = {};
  int entity = -1;  // the provisional entity (name_grouping.h), once grouped
};

// How many tokens the name has.
inline std::uint32_t Words(const NameMention& m) { return m.end - m.first; }

// The type of name a tag marks: kMisc for kO too, which callers tell apart first.
inline EntityType TypeOf(NerTag tag) {
  switch (tag) {
    case NerTag::kBPer:
    case NerTag::kIPer:
      return EntityType::kPer;
    case NerTag::kBOrg:
    case NerTag::kIOrg:
      return EntityType::kOrg;
    case NerTag::kBLoc:
    case NerTag::kILoc:
      return EntityType::kLoc;
    default:
      return EntityType::kMisc;
  }
}

// Whether the tag opens a name (B-).
inline bool Begins(NerTag tag) {
  return tag == NerTag::kBPer || tag == NerTag::kBOrg || tag == NerTag::kBLoc ||
         tag == NerTag::kBMisc;
}

// Whether the tag goes on with a name (I-).
inline bool Continues(NerTag tag) { return tag != NerTag::kO && !Begins(tag); }

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_NAME_MENTION_H_
