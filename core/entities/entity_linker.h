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
//  - gender comes from honorifics, first-name statistics and the pronouns that refer to the
//    person;
//  - he/she/his/her/him link to the nearest person before them whose gender agrees, within a few
//    sentences, outside quotation marks (inside them "he" is someone the speaker talks about).
// The result also indexes every mention by token, for the quotes stage.
#ifndef NEWSLENS_ENTITIES_ENTITY_LINKER_H_
#define NEWSLENS_ENTITIES_ENTITY_LINKER_H_

#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "newslens/ner.h"
#include "text/analyzed_text.h"

namespace newslens {

struct LinkedEntities {
  std::vector<Entity> entities;  // ids "e1", "e2", ... in order of first mention
  MentionTable mentions;         // by token; MentionRef::entity indexes `entities`
};

// `tags` holds one tag per token of `text.segmentation.tokens`.
LinkedEntities LinkEntities(const AnalyzedText& text, const std::vector<NerTag>& tags);

// Runs the built-in tagger over the segmented text (a headline is tagged as one).
std::vector<NerTag> TagNames(const AnalyzedText& text);

}  // namespace newslens

#endif  // NEWSLENS_ENTITIES_ENTITY_LINKER_H_
