// Entity building (internal header): the third step of LinkEntities() (entity_linker.h), from
// the grouped names to the entities and their name mentions.
//
// Each non-empty group becomes an entity, in order of first mention. Its type is the one most
// of its names were given; its name is the fullest form seen (most words, then not in capitals,
// then longest), in the input's own spelling; its titles are those split off its names; a
// person's gender comes from an honorific or a gendered title, else from the first name's
// statistics. Pronouns are linked afterwards (pronoun_links.h).
#ifndef NEWSLENS_ENTITIES_ENTITY_BUILDER_H_
#define NEWSLENS_ENTITIES_ENTITY_BUILDER_H_

#include <vector>

#include "entities/linked_entities.h"
#include "entities/name_grouping.h"
#include "entities/name_mention.h"
#include "text/token_view.h"

namespace newslens::entities {

// The entities of `names` as `groups` group them (GroupNames()), with a name mention for every
// name, in the entities and in the mention table (not sealed: the pronouns are still to come).
// Sorts each group's name indexes.
LinkedEntities BuildEntities(const TokenView& text, const std::vector<NameMention>& names,
                             NameGroups* groups);

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_ENTITY_BUILDER_H_
