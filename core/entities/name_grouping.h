// Name grouping (internal header): the second step of LinkEntities() (entity_linker.h), which
// puts the names that mean one thing in one provisional entity.
//
// People first: a full name is one person per first and last word, and a single word joins
// the one person it names (a surname, else a first name; the most recent). Everything else
// goes by its name, case and a leading article aside; an acronym then joins the organization
// it abbreviates ("UN" and "United Nations"), and an organization called by one word of its
// name joins it ("Eastfield" and "Eastfield Athletic").
#ifndef NEWSLENS_ENTITIES_NAME_GROUPING_H_
#define NEWSLENS_ENTITIES_NAME_GROUPING_H_

#include <cstddef>
#include <vector>

#include "entities/name_mention.h"
#include "entities/name_text.h"

namespace newslens::entities {

// Per provisional entity: the indexes of its names, in no set order. An entity whose names all
// joined other entities is left empty (BuildEntities() skips it).
using NameGroups = std::vector<std::vector<std::size_t>>;

// Groups `names` (in text order, as NameCollector::Collect() returns them) and sets each name's
// `entity` to its group. Also mends the names the grouping shows wrong: a single word that
// joins a person becomes a person's name, and a leading "The" that the same entity goes without
// elsewhere leaves the name (and its type then has no vote).
NameGroups GroupNames(const NameText& text, std::vector<NameMention>* names);

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_NAME_GROUPING_H_
