// What the entities stage hands on (internal header): the entities, and every mention of them
// indexed by token for the quotes stage. LinkEntities() (entity_linker.h) makes it; the
// entity builder (entity_builder.h) fills it with the names, the pronoun links
// (pronoun_links.h) add the pronouns.
#ifndef NEWSLENS_ENTITIES_LINKED_ENTITIES_H_
#define NEWSLENS_ENTITIES_LINKED_ENTITIES_H_

#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"

namespace newslens {

struct LinkedEntities {
  std::vector<Entity> entities;  // ids "e1", "e2", ... in order of first mention
  MentionTable mentions;         // by token; MentionRef::entity indexes `entities`
};

}  // namespace newslens

#endif  // NEWSLENS_ENTITIES_LINKED_ENTITIES_H_
