// Pronoun links (internal header): the last steps of LinkEntities() (entity_linker.h), after
// the entities are built from their names (entity_builder.h).
//
// LinkPronouns() links he/she/his/her/him to the nearest person before them whose gender
// agrees, within a few sentences, outside quotation marks (inside them "he" is someone the
// speaker talks about), and gives a person of unknown gender the one its pronouns agree on.
// SortMentions() then puts each entity's mentions in text order.
#ifndef NEWSLENS_ENTITIES_PRONOUN_LINKS_H_
#define NEWSLENS_ENTITIES_PRONOUN_LINKS_H_

#include "entities/linked_entities.h"
#include "text/token_view.h"

namespace newslens::entities {

// Adds the pronouns that refer to a person of `result` to its mentions and to the mention
// table, which it seals. `result` holds the name mentions, in text order in the table.
void LinkPronouns(const TokenView& text, LinkedEntities* result);

// Sorts each entity's mentions by their start in the input.
void SortMentions(LinkedEntities* result);

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_PRONOUN_LINKS_H_
