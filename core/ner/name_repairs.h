// Repairs of the tagger's names where a few words settle what the features only hint at
// (internal header). The tagger decides token by token, and in news the words around a name are
// often names too: a nationality, a title, an organisation the person belongs to. Read as part
// of the name, they break it and, downstream, the speaker of a quote. Each rule reads the
// gazetteer's lists (gazetteer.h) and splits, shortens or retypes the names the tagger found, or
// tags the words next to them it left out (a first name before a surname, an organisation's
// words before its last, a person after a title).
//
//   "Australian Tom Moody"            [Australian]MISC [Tom Moody]PER
//   "British Prime Minister John Major"  [British]MISC Prime Minister [John Major]PER
//   "midfielder Joaquin del Olmo"     midfielder [Joaquin del Olmo]PER
//   "Harbour Trust Omar Haddad"       [Harbour Trust]ORG [Omar Haddad]PER
//   "Ann Lee of Harbor Weekly"        [Ann Lee]PER of [Harbor Weekly]ORG
//   "Taff Flood Relief Trust"         [Taff Flood Relief Trust]ORG, not PER or MISC
//   "US President Donald Trump"       [US]LOC President [Donald Trump]PER
//   "the Congressional Budget Office" the [Congressional Budget Office]ORG, untagged before
//   "Union representative Rosa Aranda"  [Union]ORG representative [Rosa Aranda]PER
//   "Ministry of Energy and Water"    [Ministry of Energy and Water]ORG, not cut at "and"
#ifndef NEWSLENS_NER_NAME_REPAIRS_H_
#define NEWSLENS_NER_NAME_REPAIRS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/name_word_flags.h"
#include "newslens/ner.h"

namespace newslens::ner {

// What RepairNames needs per token, kept from call to call so that a document allocates once.
struct RepairScratch {
  std::vector<std::uint64_t> forms;
  std::vector<std::uint16_t> values;
  std::vector<GazetteerMarks> marks;
  std::vector<NameWordFlags> flags;
  std::vector<bool> results_lines;  // RetypeSportsTeams: which sentences are results
  // The names that a word of their kind calls organisations ("news agency [Tanjug]"), by NameKey:
  // RepairNames adds them, HarmonizeTypes makes the document's other mentions follow. Cleared by
  // the caller at each document.
  std::vector<std::uint64_t> organisations;
};

// Calls visit(begin, end) for each name in `tags` (valid BIO): a B- tag at `begin` and the I-
// tags of its type up to `end`. `visit` may retag [begin, end); the walk goes on after `end`.
template <typename Visit>
void ForEachName(std::span<const NerTag> tags, Visit visit) {
  for (std::size_t i = 0; i < tags.size();) {
    const int tag = static_cast<int>(tags[i]);
    if (tag == 0 || tag % 2 == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < tags.size() && static_cast<int>(tags[end]) == tag + 1) ++end;
    visit(i, end);
    i = end;
  }
}

// Calls visit(s, tokens, tags_of_s) for each sentence s of `document`, whose tags follow one
// another in `tags`.
template <typename Visit>
void ForEachSentence(std::span<const NerSentence> document, std::span<NerTag> tags, Visit visit) {
  std::size_t offset = 0;
  for (std::size_t s = 0; s < document.size(); ++s) {
    const std::size_t n = document[s].tokens.size();
    visit(s, document[s].tokens, tags.subspan(offset, n));
    offset += n;
  }
}

// The gazetteer marks of `tokens`, looked up into `scratch` (valid until its next use), for a
// repair whose caller has not kept them.
std::span<const GazetteerMarks> LookUpMarks(const Gazetteer& gazetteer,
                                            std::span<const std::string_view> tokens,
                                            RepairScratch* scratch);

// Repairs the names of one sentence: `tags` (valid BIO, as the tagger gives them) are the tags
// of `tokens`, and stay valid BIO. `headline`: the sentence is a headline (NerSentence).
// `marks` and `flags`: the tokens' gazetteer marks and name flags (name_word_flags.h) if the
// caller has them (the tagger's featurizer keeps them), else empty and they are worked out here
// (the marks only when a rule needs them).
void RepairNames(const Gazetteer& gazetteer, std::span<const std::string_view> tokens,
                 std::span<NerTag> tags, bool headline, std::span<const GazetteerMarks> marks,
                 std::span<const NameWordFlags> flags, RepairScratch* scratch);

// Teams in sports reports (team_names.cc): in a sports report (a word such as "league",
// "innings" or "scored" in it, outside its names), places are teams where the lines of results
// tables and standings ("Durham 2 Nottinghamshire 1", "LOS ANGELES 72 61 .541": two numbers or
// more, capitalised words, fewer words in small letters than numbers; two such lines or more)
// or of fixture lists ("BALTIMORE AT SEATTLE", "Essex v Kent") name them, and beside a word of
// matches or before a player's role in running text ("against [Somerset]", "[Surrey] captain";
// lexicon/sports-words.txt). A team named after its town or region is an organization by the
// conventions the tagger follows (CoNLL-2003: a club), a country is a national team, a place; so
// such LOC names that are not a country's become ORG. Elsewhere in the report the same words
// tagged as a place or a person become the team too, except where the match is played (after
// "at" or "in", before the colon of a scorecard's line) and before a dateline's date. `tags` are
// the document's, sentence after sentence.
void RetypeSportsTeams(const Gazetteer& gazetteer, std::span<const NerSentence> document,
                       std::span<NerTag> tags, RepairScratch* scratch);

// Competitions in sports reports (team_names.cc): in a sports report, an organisation's name
// that ends in a competition's word ("American League", "Davis Cup"; lexicon/sports-words.txt) is
// the competition, MISC by the conventions of CoNLL-2003. `tags` are the document's.
void RetypeCompetitions(std::span<const NerSentence> document, std::span<NerTag> tags);

// Both of the above, in that order, with the document's sports words looked for at most once.
// `marks` and `flags`: the gazetteer marks and name flags of the document's tokens if the caller
// has them all (the tagger's featurizer keeps them), else empty and they are worked out where a
// rule needs them.
void RepairSportsReports(const Gazetteer& gazetteer, std::span<const NerSentence> document,
                         std::span<NerTag> tags, std::span<const GazetteerMarks> marks,
                         std::span<const NameWordFlags> flags, RepairScratch* scratch);

// One name, one type: a name (the same tokens) that the document tags with two types takes the
// type most of its occurrences have, or ORG if `organisations` (NameKey) holds it ("Surrey" a club
// in a cricket report, where one line calls it a place). A tie keeps each occurrence's. A person's
// name that is the short name of an organisation the document names, its words before a word of
// organisations' names (lexicon/org-words.txt: "Veltrona" of "Veltrona Semiconductor", or the
// first word of a longer one), is the organisation's, unless a person's full name in the document
// ends in it ("Clinton" of "Hillary Clinton", beside the "Clinton Foundation"). `tags` are the
// document's, sentence after sentence.
void HarmonizeTypes(std::span<const NerSentence> document, std::span<NerTag> tags,
                    std::span<const std::uint64_t> organisations = {});

// The key a name is known by in the document-wide repairs: a hash of its tokens as written.
std::uint64_t NameKey(std::span<const std::string_view> tokens);

// A name found once is found everywhere: capitalised words the tagger left out, which are
// exactly a person's, organisation's or place's name of up to three words (and more than one
// letter) it tagged elsewhere in the document with one type, get that type ("a senior [U.N.]
// official" where "[U.N.]" is tagged elsewhere). Not part of a longer run of such words, and at a
// sentence's start only in capitals (an acronym). `tags` are the document's, sentence after
// sentence; `flags`, the name flags of its tokens if the caller has them, else empty.
void SpreadNames(std::span<const NerSentence> document, std::span<NerTag> tags,
                 std::span<const NameWordFlags> flags = {});

// HarmonizeTypes, then SpreadNames, reading the document's names once for both. With the
// document's gazetteer `marks` (else empty), HarmonizeTypes also gives a company's short name
// ("Corvane" of "Corvane Semiconductor Inc.", its words before a company's word, or its first)
// that the tagger took for a place's, and that no list of places has, to the company.
void RepairDocumentNames(std::span<const NerSentence> document, std::span<NerTag> tags,
                         std::span<const std::uint64_t> organisations,
                         std::span<const NameWordFlags> flags,
                         std::span<const GazetteerMarks> marks = {});

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_NAME_REPAIRS_H_
