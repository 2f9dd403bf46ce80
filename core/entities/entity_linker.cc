// Entity linking (see entity_linker.h): the steps in order.
#include "entities/entity_linker.h"

#include "entities/entity_builder.h"
#include "entities/name_collector.h"
#include "entities/name_grouping.h"
#include "entities/name_text.h"

namespace newslens {

LinkedEntities LinkEntities(const AnalyzedText& text, const std::vector<NerTag>& tags) {
  const entities::NameText name_text(text, tags);
  std::vector<entities::NameMention> names = entities::NameCollector(name_text).Collect();
  entities::NameGroups groups = entities::GroupNames(name_text, &names);
  LinkedEntities result = entities::BuildEntities(name_text, names, &groups);
  // The names are in the entities now; on a long input of names their working copies are
  // the largest thing alive, so they go before the mentions are sorted.
  names = decltype(names)();  // `= {}` would keep the storage
  groups = decltype(groups)();
  result.mentions.Seal();
  return result;
}

}  // namespace newslens
