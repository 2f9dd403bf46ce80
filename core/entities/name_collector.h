// Name collection (internal header): the first step of LinkEntities() (entity_linker.h), from
// the tagger's tags to the names of the text, with their titles split off.
//
// The tagger's spans are cut into names and mended where a rule can see its slips: a
// dateline's place is a place, "St." does not end a name, a first name left out of a person's
// name joins it, a name described as someone's is a person's. Then come the names the tagger
// left untagged that an earlier name vouches for: acronyms, the short names of organizations,
// surnames alone.
#ifndef NEWSLENS_ENTITIES_NAME_COLLECTOR_H_
#define NEWSLENS_ENTITIES_NAME_COLLECTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/name_mention.h"
#include "entities/name_text.h"
#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "newslens/analysis.h"
#include "newslens/segment.h"

namespace newslens::entities {

class NameCollector {
 public:
  // `text` must outlive the collector.
  explicit NameCollector(const NameText& text) : text_(text) {}

  // The names of the text, sorted by first token, each of entity -1 (not grouped yet). Call
  // once: the names are moved out.
  std::vector<NameMention> Collect();

 private:
  // Each method's rule, with examples, is told at its definition.
  // --- The tagger's names (name_collector.cc) ----------------------------------------------------
  // Cuts a tagged span into names at quotation marks and, in a person's, at lower-case words.
  void SplitSpan(std::uint32_t first, std::uint32_t end, EntityType type, const Sentence& s);
  // Whether [first, end) holds a title word followed by a capitalized first and last name.
  bool HasTitledName(std::uint32_t first, std::uint32_t end) const {
    return TitledNameStart(first, end) != kNone;
  }
  // The first token of the title word that HasTitledName finds, or kNone.
  std::uint32_t TitledNameStart(std::uint32_t first, std::uint32_t end) const;
  static bool IsLowerCaseWord(std::string_view word);
  // "London-listed", "Ohio-based", "state-owned": a word joined by a hyphen to a participle that
  // says where or whose something is.
  static bool IsPlacedParticiple(std::string_view word);
  // "Frenchman", "Dane": a noun for one of a people that is no adjective too ("French", "Hindu").
  static bool IsOneOfAPeople(std::string_view word);
  // Whether m.title, right before the name, is only words that open names ("Dr.", "Gov.";
  // honorifics, "Mr.", only if `honorifics`).
  bool TitleOnlyOpensName(const NameMention& m, bool honorifics) const;
  // "Pollster", "Landlady": a person's role (roles.txt) written with a capital, no title word
  // (titles.txt has those) and no first name.
  bool IsCapitalizedPersonsRole(std::uint32_t t) const;
  // Whether the appositive after the comma `comma` is a kind of organization's description:
  // an article, words that are no preposition and no person's role, and the noun, which ends
  // the appositive or opens a relative clause or a participle after it ("the island's only
  // airline,", "the Brussels-based lobby representing ...").
  bool AppositiveKindOfOrganization(std::uint32_t comma, std::uint32_t sentence_end) const;
  // Whether an age set off by commas starts at the comma `comma` (", 47,").
  bool AgeSetOff(std::uint32_t comma) const;
  // The first token of an organization's name tagged from `first`, its untagged first words
  // added ("Government Accountability Office", "Office of [School Accountability]").
  std::uint32_t StartOfOrganizationName(std::uint32_t first, std::uint32_t sentence_start) const;
  // Adds the name [first, end) of sentence `s`, its title split off if it is a person's.
  void AddName(std::uint32_t first, std::uint32_t end, EntityType type, const Sentence& s);
  // The type a name of two words or more has by its words, whatever the tagger said: a public
  // body's ("School District"), a club's ("United"), a place's ("Lower ...", "... Street"), a
  // storm's ("Typhoon ...").
  EntityType TypeByNameWords(const NameMention& m) const;
  // Whether the one word tagged at `t` names nobody: a month before a day ("Aug 29"), a party
  // label ("D-Minn.").
  bool NamesNobody(std::uint32_t t, std::uint32_t sentence_end) const;
  // Whether token `t` ends a public body's name after a word of what the body does ("School
  // District", "Water District", "Medical Center"; EndsBodysName).
  bool IsBodysName(std::uint32_t t) const {
    return t > 0 && EndsBodysName(text_.Text(t - 1), text_.Text(t));
  }
  // Whether token `t` is an untagged word in capitals ("PONNAGARAM", not "(AFP)" nor "—").
  bool PlaceInCapitals(std::uint32_t t) const {
    return text_.Tag(t) == NerTag::kO && text_.IsCapitalized(t) && text_.IsAllCaps(t);
  }
  // Whether the word before the one-word person's name at `name` is a first name left out.
  bool IsMissedFirstName(std::uint32_t name, std::uint32_t sentence_start) const;
  // The end of the name of an organization or a work tagged up to `end` ("[Northside
  // Neighbors] for Responsible Growth"): the tagger stops at a small word that joins its parts,
  // "for" or "to"; the capitalized words it left untagged after it (joined by "and") are the
  // name's.
  std::uint32_t EndOverJoiningWord(std::uint32_t end, std::uint32_t sentence_end) const;
  // The end of a name that opens with an abbreviation tagged alone ("St."); may set its type.
  std::uint32_t EndOfAbbreviatedName(std::uint32_t after, std::uint32_t sentence_end,
                                     EntityType* type) const;

  // --- Titles, and names that read as people's (name_titles.cc) ----------------------------------
  // Moves the titles in and before a person's name to m->title; honorifics set m->gender.
  void SplitTitles(NameMention* m, std::uint32_t sentence_start) const;
  // The capitalized title word before "of" or "for" and a field in capitalized words left
  // untagged (or tagged, from `tagged_from` on: words of the name's span) that ends at
  // `field_end` ("Minister of Trade and Integration"); kNone if none.
  std::uint32_t TitleBeforeField(std::uint32_t field_end, std::uint32_t sentence_start,
                                 std::uint32_t tagged_from = kNone) const;
  // The words before a title word that belong to the title; returns its new first token.
  std::uint32_t TitleModifiers(std::uint32_t title_first, std::uint32_t sentence_start) const;
  // Whether a list of a minister's fields opens at `t`, a field, and ends in a capitalized title
  // word before `sentence_end`: "Food and Fisheries Minister", "Economy, Trade and Industry
  // Minister" (fields set apart by commas, the last two joined by "and" or "&").
  bool OpensFieldsOfTitle(std::uint32_t t, std::uint32_t sentence_end) const;
  // The title in an appositive after the name ("X, the president of ...,"), or empty; where it
  // goes on past its title words, `head_end` (if given) gets their end ("president"); where an
  // organization's name owns it ("X, WSP’s country director,"), `owner_first` (if given) gets
  // that name's first token.
  TokenRange AppositiveTitle(const NameMention& m, std::uint32_t sentence_end, bool strict,
                             std::uint32_t* head_end = nullptr,
                             std::uint32_t* owner_first = nullptr) const;
  // The role noun (roles.txt) of a person that the word at `t` is, written in small letters
  // ("lawyer", "analyst"), or nullptr: a title's word where no title word stands.
  const RoleNoun* PersonsRoleInSmallLetters(std::uint32_t t) const;
  // A word that may modify a title word before it: a word of no closed class in lower case, or
  // a name not a person's ("UN special envoy", "trade commissioner").
  bool TitleModifier(std::uint32_t t) const;
  // The title in an appositive before the name ("Keltria’s foreign minister, Mira Dostal,"),
  // without its determiner and possessor, or empty. Where a prepositional phrase follows the
  // title words ("A spokesman for the party, X,"), `head_end` (if not null) is set to its
  // preposition.
  TokenRange LeadingAppositiveTitle(const NameMention& m, const Sentence& s,
                                    std::uint32_t* head_end = nullptr) const;
  // A name not tagged as a person's that an appositive title shows to be one.
  bool TitledLikePerson(const NameMention& m, std::uint32_t sentence_end) const;
  // A name not tagged as a person's set off after a title word that a possessor or a determiner
  // opens ("Its president, Gurmeet Singh Bhatia,"), as LeadingAppositiveTitle reads it.
  bool TitledBeforeLikePerson(const NameMention& m, const Sentence& s) const;
  // A name tagged as a place's or an organization's that an appositive describes as a person.
  bool DescribedLikePerson(const NameMention& m, std::uint32_t sentence_end) const;
  // A name of two capitalized words or more, none a title's or an organization's word, right
  // after a person's role in small letters ("New Harbour Alliance lawmaker Kwok Wai-lun").
  bool RoleBeforeLikePerson(const NameMention& m, const Sentence& s) const;
  // A name tagged as a person's or a place's that an appositive describes as an organization
  // ("Veltrix Softech, one of the city's largest IT services companies,", "Varnholt & Feye, a
  // Munich consultancy that ...").
  bool DescribedLikeOrganization(const NameMention& m, std::uint32_t sentence_end) const;
  // A name tagged as a person's that the text treats as no person's: "Brightwell, which raised
  // $120 million" (a longer name as the sentence's subject); of one word, "Brightwell CEO Oskar
  // Valtonen" (a company's officer after it).
  bool TreatedAsNoPerson(const NameMention& m, const Sentence& s) const;

  // --- Names the tagger left untagged or mistook (name_additions.cc) -----------------------------
  // A person's name after a title that only names open ("Rep. G.K. Butterfield", "Gov. Ed
  // Rendell"), whatever the tagger made of it.
  void AddTitledNames();
  // A full name the tagger typed otherwise whose first word is a first name and whose last word
  // the text gives a person with a title or honorific ("Douglas Holtz-Eakin" as a place, then
  // "Mr. Holtz-Eakin"), or alone ("Gideon Marsh" as a place, then "Marsh said"), is a person's;
  // so is one of two or three words before an age set off by commas ("Lurdes Sarmento, 74,"),
  // and a photographer's name in a caption's credit (PhotoCredit).
  void RetypePeopleNames();
  // Capitalized words the tagger left untagged before an age set off by commas ("Losaline
  // Fifita, 34, said"): a person's name, as news gives only people an age so; and before an
  // appositive that gives a person's role ("Liesbeth van Oordt, the UN special envoy for
  // Qarmand,"), with the particles and a first name alone the tagger found in them; an
  // organization's before one that describes a kind of organization ("Aerolinhas Atlânticas,
  // the island's only airline,").
  void AddNamesBeforeAppositives();
  // A name the tagger took for a person's or a place's that an appositive describes as a kind
  // of organization is an organization's, in all its mentions ("[Terra Europa]PER, the
  // Brussels-based lobby representing 11 million farmers,"), and so is one it took for a work's
  // between "the" and a group's noun ("the Sovereign Nations group", not "the Kurdish group"),
  // and one whose officers or stock the text names ("Corvanta’s chief security officer",
  // "[Corvanta]LOC’s shares", "chief executive of [Kredora]LOC"). A sentence's first word the
  // tagger left out of such a name opens it ("Open [Door Relief], a charity that ...").
  void RetypeOrganizationsByContext();
  // A name that holds a possessive whose owner the text names on its own ("Estavia’s Ministry
  // of Finance" beside "inflation in Estavia"): two names, the owner's and the owned.
  void SplitPossessorFromName();
  // A first name, a nickname in quotation marks and a surname ("Mario “Bong” Estrellado"): one
  // person's name, its nickname noted (NameMention::nickname).
  void JoinNicknames();
  // A headline's capitalized verb taken into a person's name ("Exploits Trump"), and a word the
  // body writes in small letters before the name ("Hacker Guccifer", "The hacker Guccifer").
  void MendHeadlineNames();
  // A headline's name that is no body's, whose last word no name of the body holds and whose
  // other words open one, ends before that word ("[Vantor Cuts] Copper Forecast" beside "Vantor
  // Resources Plc": a verb in title case).
  void TrimHeadlineVerbs();
  // A word of a headline in title case taken for a name, which the body writes in small letters
  // and never as a name ("Warns of ‘Brutal’ China Market" beside "is brutal"), or a speech
  // verb ("Warns"): no name.
  void DropHeadlineWords();
  // The last word of a person's full name alone ("Whitcombe" for "Danny Whitcombe"), or with its
  // particle capitalized at a sentence's start ("Van Oordt" for "Pieter van Oordt"), where the
  // tagger left it untagged; sorts names_ back into text order.
  void AddSurnames();
  // "District", "Housing", "Investors" opening a sentence: a one-word name found only where
  // every word is capitalized (a sentence's first word, a quotation's), which the text also
  // writes in small letters and never capitalized inside a sentence, is a common word.
  void DropCommonWordsAtSentenceStarts();

  // --- Bylines and captions' credits (credit_names.cc) -------------------------------------------
  // The authors a byline names after "By" ("By Helena Marsh", "By Ann Lee and Tom Ward") or
  // before their beat and role ("Harriet Mulvaney Health policy editor"): people, whatever the
  // tagger made of their words ("Helena" is a city too).
  void AddBylineAuthors();
  // The outlet after an author and a slash, from `first` to the end of the byline's sentence
  // `s` ("By Corinne Aldana / Kessler Valley Sentinel"): an organization's name when its last
  // word is a paper's (lexicon/org-words.txt `publication`).
  void AddBylineOutlet(std::uint32_t first, const Sentence& s);
  // Whether `m`, a name of at most three words, is the photographer's of a caption's credit:
  // it opens the caption's last sentence, and "for" and an organization's name end the caption
  // ("Jordan Pike for NPR").
  bool PhotoCredit(const NameMention& m) const;
  // The agency after a photographer's name and a slash in a caption ("Photograph: Lorna
  // Whitcombe/PA"), where the tagger left it untagged: an organization's name.
  void AddCreditedAgencies();

  // --- Places' names (place_names.cc)
  // -------------------------------------------------------------- A one-word name the tagger did
  // not take for a place whose people's adjective the text uses
  // ("Kanawara" beside "Kanawaran dollars", "Estavia" beside "the Estavian kroun") is a
  // country's; the adjective, tagged, is a people's (MISC).
  void RetypeCountriesByDemonym();
  // A name the tagger took for a person's or an organization's that the text places somewhere is
  // a place's: after a kind of place and "of" ("the town of Lindell"), or after "capital" ("the
  // capital Sadiya"), between "the" and a landform's noun ("the Pico Negrais volcano") or
  // before a refugee camp's or a settlement's ("the Umm Sirra refugee camp", "Kwa Ndege
  // village") at least once; a person's after "in" or "near" at least once, where the
  // tagger took it for a person's or a place's, if it opens with no first name and no mention of
  // it has a title, an honorific or ends a person's full name ("talks in Marsa Halim").
  void RetypePlacesByContext();
  // "Highway 6", "Ward 14", "State Route 219", "Category 3": a road's or a ward's word and its
  // number, which the tagger leaves out of the name it made of the word or makes none of, are a
  // place's name; a storm's category and its number an event's (MISC).
  void JoinNumberedNames();

  // --- Organizations' names (organization_names.cc) ----------------------------------------------
  // Capitalized words joined by "&" ("Castellane & Co.", "Hollen & Straub Privatbank"): one
  // organization's name, whatever the tagger made of each side.
  void JoinNamesOverAmpersand();
  // An office named after the title of who heads it ("the Attorney General’s Office", "the
  // Sheriff's Office"), which the tagger leaves untagged: an organization's name.
  void AddOfficesOfTitles();
  // A club's abbreviation and the name after it ("CD Valdemora", "FC Porto"): one
  // organization's name, whatever the tagger made of the name.
  void JoinClubPrefixes();
  // An organization's name run into the person's after it ("Washington Post Trump", "Harbour
  // Trust Omar Haddad"): two names.
  void SplitOrganizationFromPerson();
  // Two organizations' names with nothing between them, the first one word ("[Calderholme]
  // [Hospitals NHS Foundation Trust]"): one name.
  void JoinAdjacentOrganizations();
  // These four append names the tagger left untagged and sort names_ back into text
  // order. Capitalized words the tagger left out, whose initials the acronym in parentheses
  // after them spells ("The Civil Transport Safety Board (CTSB)"): an organization's name.
  void AddSpelledOutNames();
  // The first word of the name that the acronym at `open` + 1 (in lower case), in parentheses,
  // spells in the words right before it, the last in small letters, and a kind of organization
  // ("the East Pennine integrated care board (ICB)") or the first an organization's name the
  // tagger saw ("[Confédération] générale des salariés (CGS)"), small words that spell nothing
  // between them; or the first word of a name right before them, not a person's ("East
  // Pennine"). kNone if none, or if a person's name, or a name that runs past them, is among
  // them.
  std::uint32_t SpelledOutInSmallLetters(std::uint32_t open, std::string_view acronym,
                                         std::uint32_t sentence_start) const;
  // Whether the word at `t` is a small word inside bodies' names that acronyms leave out ("of",
  // "and", "des").
  bool SpellsNothing(std::uint32_t t) const;
  // An acronym in parentheses after a name, and its later uses ("(WHO)").
  void AddAcronyms();
  // The first of the capitalized words right before `m` (small words that join names' words
  // between them: "of", "to", "and") whose initials, followed by the name's own (`spelled`), spell
  // `acronym` (in lower case); m.first when there are none.
  std::uint32_t AcronymsFirstWord(const NameMention& m, std::string_view acronym,
                                  std::string_view spelled) const;
  // The last word of an organization's name alone ("Rovers" for "Kingsway Rovers").
  void AddShortOrganizationNames();
  // Capitalized words the tagger left untagged right after a kind of organization in small
  // letters ("food delivery platform Foodzy", "chipmaker Qilong"): an organization's name.
  void AddNamesAfterKinds();
  // Capitalized words between "the" and a group's noun in small letters ("the Save Brackenford
  // Libraries group", "the Black Lives Matter movement"): a group's name, over the names the
  // tagger cut it into; not a person's ("the Hillary Clinton campaign").
  void AddNamesBeforeGroupNouns();
  // "sold a stake to [Harrow] Lane Live": a capitalized word the tagger left out before a name
  // of two words or more, inside a sentence, is the name's first word, there and wherever the
  // text puts it before that name ("Harrow Lane Live, the promoter, said").
  void JoinLeftOutFirstWords();

  // --- Shared by the additions (name_additions.cc) ----------------------------------------------
  // Those of `words` that the text writes in lower case somewhere.
  std::unordered_set<std::string_view> WrittenInLowerCase(
      const std::vector<std::string>& words) const;
  // Per token: whether a name holds it.
  std::vector<bool> NamedTokens() const;
  // How many names the headline holds: they come first in names_.
  std::size_t HeadlineNames() const;
  // Back into text order after an addition.
  void SortNames();

  const NameText& text_;
  std::vector<NameMention> names_;  // in text order (but while an addition appends)
};

}  // namespace newslens::entities

#endif  // NEWSLENS_ENTITIES_NAME_COLLECTOR_H_
