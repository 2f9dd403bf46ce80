// What the entities stage hands on (internal header): the entities, and their names indexed by
// token for the reference layer and the quotes stage. LinkEntities() (entity_linker.h) makes it;
// the entity builder (entity_builder.h) fills it with the names; the reference layer
// (reference/references.h) adds the pronouns and descriptions to the entities' mentions.
#ifndef NEWSLENS_ENTITIES_LINKED_ENTITIES_H_
#define NEWSLENS_ENTITIES_LINKED_ENTITIES_H_

#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"

namespace newslens {

struct LinkedEntities {
  std::vector<Entity> entities;  // ids "e1", "e2", ... in order of first mention
  MentionTable mentions;         // the names, by token; MentionRef::entity indexes `entities`
};

}  // namespace newslens

#endif  // NEWSLENS_ENTITIES_LINKED_ENTITIES_H_
