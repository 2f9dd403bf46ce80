// The reference layer: whom each expression that can refer means (internal header).
//
// The entities stage groups the names of an article into entities ("Donald Trump", "Trump").
// Articles refer to the same people and bodies in other ways too, and a reader follows them:
//   pronouns        he, him, his, she, her, they, them, their, it, its, himself, ...
//   relatives       "Sanders, who ...", "the agency, which ..."
//   descriptions    "the senator", "the Indiana governor", "the GOP nominee", "the agency",
//                   "the fund", "the state"
// ResolveReferences() reads the article once, in order, keeping the salience of every entity
// (discourse.h), and decides each such expression as it meets it:
//   - agreement first: a pronoun's gender and number, and person vs organization vs place
//     ("he" means a man or a person of unknown gender, "it" and "they" an organization or a
//     place, never a person; "the agency" an organization, "the state" a place);
//   - what the article says of each entity (role_facts.h): its titles ("Republican
//     presidential nominee Donald Trump"), its appositives ("Wells Fargo, the bank,"), its
//     copulas ("X is the chairman of Y"), its own name ("the fund" for the International
//     Monetary Fund). A description means an entity that the article describes so, and whose
//     other descriptions do not contradict it ("the Democratic nominee" is not the Republican
//     one);
//   - then salience: among the entities that agree, the most prominent at that point;
//   - "A former party chairman says ..." and then "said Don Fowler": news opens with a
//     person it names a sentence or three later; such a description, the speaker of its
//     sentence, means the first person the article then introduces as a subject or speaker;
//   - a pronoun "it" or "they" may also mean something that is no entity ("the plan", "the
//     voters"): when such a phrase is more salient than any entity that agrees, the pronoun
//     stays unresolved, as it does when nothing agrees. "He" and "she" may mean a person the
//     article describes but never names ("a spokeswoman for the police"): such a pronoun keeps
//     that description as its antecedent. Inside quotation marks, pronouns are
//     the quoted speaker's, and are left alone.
// Each resolved expression becomes a mention of its entity (kind pronoun, or name for a
// description), and the gender its pronouns show is kept for people whose names said none.
//
// The quotes room asks the layer whom a speaker phrase means (speakers.h); it resolves no
// reference itself.
//
// Time and memory linear in the tokens (each decision looks at the entities of the last few
// sentences, and at the facts of a bounded number of entities).
#ifndef NEWSLENS_REFERENCE_REFERENCES_H_
#define NEWSLENS_REFERENCE_REFERENCES_H_

#include <cstdint>
#include <vector>

#include "entities/entity_linker.h"
#include "text/token_view.h"

namespace newslens {

enum class ReferenceKind : std::uint8_t { kPronoun, kRelative, kDescription };

// An expression that refers, tokens [first_token, end_token), whose word that decides it is
// `head` ("senator" in "the Vermont senator"; the pronoun itself).
struct Reference {
  std::uint32_t first_token;
  std::uint32_t end_token;
  std::uint32_t head;
  std::int32_t entity;  // index into the entities, or -1 when a reader could not tell
  ReferenceKind kind;
  // A pronoun that means someone the article describes but never names ("A spokeswoman for the
  // police said ... “...,” she said"): the tokens of that description, else empty (0, 0).
  std::uint32_t antecedent_first = 0;
  std::uint32_t antecedent_end = 0;
};

// The references of a text by their head token.
class References {
 public:
  // Adds a reference; heads must come in increasing order.
  void Add(const Reference& reference) { references_.push_back(reference); }
  // The reference added last; there must be one.
  Reference& Last() { return references_.back(); }
  // The `index`-th reference added (index < size()).
  Reference& At(std::size_t index) { return references_[index]; }
  std::size_t size() const { return references_.size(); }

  // The reference whose head is token `t`, or nullptr.
  const Reference* AtHead(std::uint32_t t) const;
  // The reference that covers token `t`, or nullptr.
  const Reference* Covering(std::uint32_t t) const;

  const std::vector<Reference>& all() const { return references_; }

 private:
  std::vector<Reference> references_;  // by head, ascending
};

// Resolves the references of `text` against the entities of `linked` (whose mention table
// holds the names), and adds each resolved one to its entity's mentions. `quoted` holds a flag
// per token: inside quotation marks or not (MarkQuotedTokens()).
References ResolveReferences(const TokenView& text, const std::vector<bool>& quoted,
                             LinkedEntities* linked);

}  // namespace newslens

#endif  // NEWSLENS_REFERENCE_REFERENCES_H_
