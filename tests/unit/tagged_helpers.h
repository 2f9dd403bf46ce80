// Helpers for the test files that run the rule-based rooms on hand-made NER tags (names,
// reference, entities_*): the tagger is made to see exactly the names a test lists, so that a
// failure points at the rule under test and not at what the trained model got right.
#ifndef NEWSLENS_TESTS_UNIT_TAGGED_HELPERS_H_
#define NEWSLENS_TESTS_UNIT_TAGGED_HELPERS_H_

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis_helpers.h"
#include "entities/entity_linker.h"
#include "newslens/ner.h"
#include "reference/references.h"
#include "text/analyzed_text.h"
#include "text/quotation_marks.h"
#include "text/token_view.h"

namespace newslens::testing {

// A name the tagger is made to see: the first occurrence of `text` in the input after the name
// before it (names are listed in text order), as `type`.
struct TaggedName {
  std::string_view text;
  EntityType type;
};

// One tag per token of `at` (made from `input`): B-/I- of its type on the tokens of each of
// `names`, O on every other token.
inline std::vector<NerTag> HandTags(const AnalyzedText& at, std::string_view input,
                                    const std::vector<TaggedName>& names) {
  const auto& tokens = at.segmentation.tokens;
  std::vector<NerTag> tags(tokens.size(), NerTag::kO);
  std::size_t from = 0;
  for (const TaggedName& name : names) {
    const std::size_t start = input.find(name.text, from);
    INFO("tagged name " << name.text);
    REQUIRE(start != std::string_view::npos);
    const std::size_t end = start + name.text.size();
    from = end;
    const NerTag begin = name.type == EntityType::kPer   ? NerTag::kBPer
                         : name.type == EntityType::kOrg ? NerTag::kBOrg
                         : name.type == EntityType::kLoc ? NerTag::kBLoc
                                                         : NerTag::kBMisc;
    bool first = true;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      const Span span = at.ToInput(tokens[t].span);
      if (span.start < start || span.end > end) continue;
      // I- follows B- in the enumeration.
      tags[t] = first ? begin : static_cast<NerTag>(static_cast<int>(begin) + 1);
      first = false;
    }
  }
  return tags;
}

// The entities LinkEntities() makes of `input` when the tagger marks exactly `names`.
inline std::vector<Entity> LinkTagged(const std::string& input,
                                      const std::vector<TaggedName>& names) {
  AnalyzedText at = DecodedAndNormalized(input);
  at.segmentation = Segment(at.text());
  return LinkEntities(at, HandTags(at, input, names)).entities;
}

// What the entities stage and the reference layer make of an input on hand-made tags: the
// entities (their mentions holding the resolved references), the references, and where each
// token lies in the input, so that a reference's tokens read back as text.
struct TaggedReading {
  std::string input;
  std::vector<Entity> entities;
  References references;
  std::vector<Span> token_spans;  // per token, bytes of the input

  // The input text of tokens [first, end); empty when the range is.
  std::string Text(std::uint32_t first, std::uint32_t end) const {
    if (end <= first) return "";
    const std::size_t start = token_spans[first].start;
    return input.substr(start, token_spans[end - 1].end - start);
  }
  // The reference whose first token or head starts at byte `start` of the input ("the" or
  // "fund" of "the fund"), or nullptr.
  const Reference* ReferenceAt(std::size_t start) const {
    for (const Reference& r : references.all())
      if (token_spans[r.first_token].start == start || token_spans[r.head].start == start)
        return &r;
    return nullptr;
  }
};

// LinkEntities() on `names`, then ResolveReferences() as Analyze() runs it, without the model.
inline TaggedReading ReadTagged(const std::string& input, const std::vector<TaggedName>& names) {
  AnalyzedText at = DecodedAndNormalized(input);
  at.segmentation = Segment(at.text());
  LinkedEntities linked = LinkEntities(at, HandTags(at, input, names));
  const QuotationMarks marks = FindQuotationMarks(at);
  TaggedReading reading;
  reading.input = input;
  reading.references = ResolveReferences(TokenView(at), marks.quoted, &linked);
  reading.entities = std::move(linked.entities);
  for (const Token& token : at.segmentation.tokens)
    reading.token_spans.push_back(at.ToInput(token.span));
  return reading;
}

// The entity called `name`, or nullptr.
inline const Entity* FindEntity(const std::vector<Entity>& entities, std::string_view name) {
  for (const Entity& entity : entities)
    if (entity.name == name) return &entity;
  return nullptr;
}

// The type of the entity named `name`; the test stops there when there is none.
inline EntityType TypeOf(const std::vector<Entity>& entities, std::string_view name) {
  const Entity* entity = FindEntity(entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  return entity->type;
}

// The titles of the entity named `name`; the test stops there when there is none.
inline std::vector<std::string> TitlesOf(const std::vector<Entity>& entities,
                                         std::string_view name) {
  const Entity* entity = FindEntity(entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  return entity->titles;
}

// The mentions of the entity called `name`, in order, as the tests write them: the text in
// the input and the kind ("She (pronoun)", "the fund (description)"). The test stops there
// when there is no such entity.
inline std::vector<std::string> MentionsOf(std::string_view input,
                                           const std::vector<Entity>& entities,
                                           std::string_view name) {
  const Entity* entity = FindEntity(entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  std::vector<std::string> mentions;
  for (const Mention& m : entity->mentions)
    mentions.push_back(Slice(input, m.span) + " (" + MentionKindName(m.kind) + ")");
  return mentions;
}

// The names of the entities, in order of first mention.
inline std::vector<std::string> EntityNames(const std::vector<Entity>& entities) {
  std::vector<std::string> names;
  for (const Entity& entity : entities) names.push_back(entity.name);
  return names;
}

// Whom the reference that opens with, or whose head is, the `occurrence`-th (from 0) occurrence
// of `head` in the input means: the entity's name, "unresolved" (entity -1) or "no reference".
// Strings, so that a failed CHECK prints what came out.
inline std::string Referent(const TaggedReading& reading, std::string_view head,
                            int occurrence = 0) {
  std::size_t at = reading.input.find(head);
  for (int n = 0; n < occurrence && at != std::string::npos; ++n)
    at = reading.input.find(head, at + 1);
  INFO("head " << head << " #" << occurrence);
  REQUIRE(at != std::string::npos);
  const Reference* r = reading.ReferenceAt(at);
  if (r == nullptr) return "no reference";
  if (r->entity < 0) return "unresolved";
  return reading.entities[static_cast<std::size_t>(r->entity)].name;
}

// The entity called `name` in `reading`; the test stops there when there is none.
inline const Entity& EntityNamed(const TaggedReading& reading, std::string_view name) {
  const Entity* entity = FindEntity(reading.entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  return *entity;
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_TAGGED_HELPERS_H_
