// The discourse model of the reference layer (internal header): how prominent each entity is at
// a point of the text, as a reader keeps track of it.
//
// Salience follows Lappin and Leass (1994, "An algorithm for pronominal anaphora resolution"):
// every mention adds points by the role it plays in its sentence (a subject more than an
// object, an object more than a phrase after a preposition), and at each new sentence every
// entity's points are halved, so that a referent not mentioned for a few sentences fades. News
// adds one role of its own: the speaker of a speech verb ("Trump said", "said Trump",
// "according to X") is the subject the next "he said" most often continues. Mentions inside
// quotation marks are someone's words about the entity, and count less.
//
// Without a parser, a mention's role is read off its neighbours (RoleOfMention): what follows it
// once an appositive, a parenthesis or a relative clause is skipped (a verb: subject; a speech
// verb: speaker), what precedes it (a preposition: oblique; a speech verb: inverted speaker).
#ifndef NEWSLENS_REFERENCE_DISCOURSE_H_
#define NEWSLENS_REFERENCE_DISCOURSE_H_

#include <cstdint>
#include <vector>

#include "text/token_view.h"

namespace newslens::reference {

enum class MentionRole : std::uint8_t {
  kSpeaker,    // subject of a speech verb, "said X", "according to X"
  kSubject,    // subject of another verb
  kObject,     // anything else outside a prepositional phrase
  kOblique,    // after a preposition ("with X", "of X")
  kPossessor,  // "X's", "his"
  kQuoted      // inside quotation marks
};

// The role of the mention of tokens [first, end) in its sentence `s`; `quoted` holds a flag per
// token (MarkQuotedTokens()). Looks at most some 30 tokens around the mention.
MentionRole RoleOfMention(const TokenView& text, const std::vector<bool>& quoted,
                          std::uint32_t first, std::uint32_t end, const Sentence& s);

// Whether the word at `t` is a speech verb where a verb can stand ("said"; "called" only
// with quoted words close after it: "called the decision a “huge win”").
bool IsSpeechVerb(const TokenView& text, const std::vector<bool>& quoted, std::uint32_t t);

// Whether the word at `t` starts a predicate: an auxiliary, a negation, an irregular past, a
// word in -ed, or a present in -s ("Trump wants"), in small letters.
bool StartsVerb(const TokenView& text, std::uint32_t t);

// The points a mention in `role` adds to its entity's salience.
double SalienceWeight(MentionRole role);

// The salience of every entity at the reading point. Only the entities mentioned in the last
// few sentences are kept (`active()`): a pronoun can mean no other, and each new sentence costs
// time in proportion to them alone.
class Salience {
 public:
  // Entities are indexes [0, entity_count).
  explicit Salience(std::size_t entity_count);

  // Moves the reading point to a new sentence: halves every score, drops the entities whose
  // score fell below a trace.
  void NextSentence();
  // A mention of `entity` in the current sentence.
  void Add(int entity, MentionRole role);
  double Of(int entity) const { return score_[static_cast<std::size_t>(entity)]; }
  // The entities with a score above the trace, in no particular order.
  const std::vector<int>& active() const { return active_; }
  // How many mentions of `entity` were read so far (whatever their age).
  std::uint32_t MentionCount(int entity) const { return count_[static_cast<std::size_t>(entity)]; }
  // The role of the last mention of `entity` (kQuoted when there was none).
  MentionRole LastRole(int entity) const { return last_role_[static_cast<std::size_t>(entity)]; }

 private:
  std::vector<double> score_;
  std::vector<std::uint32_t> count_;
  std::vector<MentionRole> last_role_;
  std::vector<int> active_;
};

}  // namespace newslens::reference

#endif  // NEWSLENS_REFERENCE_DISCOURSE_H_
