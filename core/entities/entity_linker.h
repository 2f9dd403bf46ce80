// Entities: from the tagger's names to the people, organizations and places of an article
// (internal header).
//
// LinkEntities() turns the BIO tags of the NER stage into entities, each seen once with every
// mention linked:
//  - titles are split off a person's name and kept as titles ("Russian President Vladimir Putin"
//    -> Vladimir Putin, "Russian President"; "Mr. Putin" -> Putin, and male);
//  - a surname or a first name alone ("Trump", "Trump’s") joins the one person whose fuller name
//    ends (or starts) with it, a surname even where the tagger left it untagged; acronyms join
//    their expansion ("UN", "United Nations"); case does not matter (an ALL-CAPS headline's
//    "TRUMP");
//  - an organization called by one word of its name joins it ("Eastfield" and "Rovers" for
//    "Eastfield Athletic" and "Kingsway Rovers"), even where the tagger left the word untagged;
//    "The Netherlands" and "the Netherlands" are one entity;
//  - the tagger's slips that a rule can see are mended: a dateline's place is a place, a first
//    name left out of a person's name joins it ("Mair Lloyd"), "St." does not end a name, a
//    first name described as someone ("Sofia Berg, a paediatrician at ...") is a person's;
//  - the canonical name is the fullest form seen (in the input's own spelling);
//  - gender comes from honorifics and first-name statistics (the reference layer adds what the
//    pronouns that refer to the person say).
// The result also indexes every name by token, for the reference layer and the quotes stage.
// Pronouns and descriptions ("he", "the senator", "the agency") are the reference layer's
// (reference/references.h), which reads the entities made here.
//
// The steps, in order, each in its own files (entity_linker.cc runs them):
//   NameCollector   the names, titles split off, slips mended, untagged names added
//                   (name_collector.h: name_collector.cc, name_titles.cc, name_additions.cc)
//   GroupNames      names into provisional entities (name_grouping.h)
//   BuildEntities   entities: type, canonical name, titles, gender, name mentions
//                   (entity_builder.h)
// The name rules read the text through NameText (name_text.h): the tokens, their tags and the
// questions asked of a whole name; a name is a NameMention (name_mention.h).
#ifndef NEWSLENS_ENTITIES_ENTITY_LINKER_H_
#define NEWSLENS_ENTITIES_ENTITY_LINKER_H_

#include <vector>

#include "entities/linked_entities.h"
#include "newslens/ner.h"
#include "text/analyzed_text.h"

namespace newslens {

// `tags` holds one tag per token of `text.segmentation.tokens`.
LinkedEntities LinkEntities(const AnalyzedText& text, const std::vector<NerTag>& tags);

}  // namespace newslens

#endif  // NEWSLENS_ENTITIES_ENTITY_LINKER_H_
