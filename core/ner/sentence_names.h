// The names of one sentence as the tagger's repairs read them (internal header of
// name_repairs.cc and organisation_names.cc): the sentence's tokens, their gazetteer marks and
// tags, what a word is (a title, an organisation's word, a first name, a nationality), and the
// rules that read several of its words. name_repairs.h says what the repairs do and why.
#ifndef NEWSLENS_NER_SENTENCE_NAMES_H_
#define NEWSLENS_NER_SENTENCE_NAMES_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "ner/gazetteer.h"
#include "ner/name_word_flags.h"
#include "ner/word_features.h"
#include "newslens/ner.h"
#include "text/char_class.h"

namespace newslens::ner::repairs {

// Entity types as the tags number them: 0 for none, 1..4 for PER, ORG, LOC, MISC.
inline constexpr int kNone = 0, kPer = 1, kOrg = 2, kLoc = 3, kMisc = 4;

inline constexpr GazetteerMarks kPlaceStarts =
    StartBit(GazetteerCategory::kCountry) | StartBit(GazetteerCategory::kCity) |
    StartBit(GazetteerCategory::kRegion) | StartBit(GazetteerCategory::kPlace);
inline constexpr GazetteerMarks kPlaceInsides =
    InsideBit(GazetteerCategory::kCountry) | InsideBit(GazetteerCategory::kCity) |
    InsideBit(GazetteerCategory::kRegion) | InsideBit(GazetteerCategory::kPlace);

inline bool IsPerson(NerTag tag) { return tag == NerTag::kBPer || tag == NerTag::kIPer; }
// Whether a tag opens a name (B-: the odd tags) or goes on with one (I-: the even tags but O).
inline bool Opens(NerTag tag) { return static_cast<int>(tag) % 2 == 1; }
inline bool Continues(NerTag tag) { return tag != NerTag::kO && static_cast<int>(tag) % 2 == 0; }

// "Royal Commission", "Independent Commission", "Inquiry" at `tokens[i]`: a body whose name goes
// on over "into" and what it inquires into (not "fold the Gambling Commission into Ofcom").
inline bool IsInquiry(std::span<const std::string_view> tokens, std::size_t i) {
  if (tokens[i] == "Inquiry") return true;
  if (i == 0 || tokens[i] != "Commission") return false;
  const std::string_view before = tokens[i - 1];
  return before == "Royal" || before == "Independent" || before == "Special" ||
         before == "Judicial";
}

// One sentence: its tokens, their gazetteer marks and name flags, and the tags being repaired.
// The rules that read several words of a sentence are its methods: a name's own repair and
// places' in name_repairs.cc (Repair, ExtendNationalities, ExtendPlaces), people's in
// people_names.cc, the organisations' in organisation_names.cc. A rule whose words the sentence
// lacks (Has) returns at once.
class SentenceNames {
 public:
  SentenceNames(const Gazetteer& gazetteer, std::span<const std::string_view> tokens,
                std::span<const GazetteerMarks> marks, std::span<const NameWordFlags> flags,
                std::span<NerTag> tags)
      : gazetteer_(gazetteer),
        tokens_(tokens),
        marks_(marks),
        flags_(flags),
        any_flags_(AnyOf(flags)),
        tags_(tags) {}

  // Whether token `i` has any of `flags` (name_word_flags.h).
  bool Has(std::size_t i, NameWordFlags flags) const { return (flags_[i] & flags) != 0; }
  // Whether some token of the sentence has any of `flags`.
  bool SentenceHas(NameWordFlags flags) const { return (any_flags_ & flags) != 0; }
  bool Capitalized(std::size_t i) const { return Has(i, name_word::kCapitalized); }
  // "US", "NATO": capitals that are a name even when the dictionary has the word ("us").
  bool Acronym(std::size_t i) const { return Has(i, name_word::kAcronym); }
  // Whether token `i` is `word` (`i` must be a token of the sentence).
  bool Is(std::size_t i, std::string_view word) const { return tokens_[i] == word; }
  // Whether token `i` is one of `words`.
  bool IsAnyOf(std::size_t i, std::initializer_list<std::string_view> words) const {
    return std::find(words.begin(), words.end(), tokens_[i]) != words.end();
  }
  // Whether a body's field follows the word at `i` (`i + 1` a token of the sentence): "of" after
  // any word ("Ministry of"), "on" after a deliberating body's word ("Committee on"), "into"
  // after an inquiry's ("Royal Commission into").
  bool FieldFollows(std::size_t i) const {
    if (!Has(i + 1, name_word::kFieldPreposition)) return false;
    return Is(i + 1, "of") ||
           (Is(i + 1, "on") && (Is(i, "Committee") || Is(i, "Subcommittee") ||
                                Is(i, "Commission") || Is(i, "Council") || Is(i, "Panel"))) ||
           (Is(i + 1, "into") && IsInquiry(tokens_, i));
  }
  // Whether a token of [first, end) is tagged as a name's.
  bool Tagged(std::size_t first, std::size_t end) const {
    for (std::size_t k = first; k < end; ++k)
      if (tags_[k] != NerTag::kO) return true;
    return false;
  }
  // "'s" or "’s".
  bool Possessive(std::size_t i) const { return Has(i, name_word::kPossessive); }
  bool Starts(std::size_t i, GazetteerCategory c) const { return (marks_[i] & StartBit(c)) != 0; }
  bool Inside(std::size_t i, GazetteerCategory c) const { return (marks_[i] & InsideBit(c)) != 0; }

  // A title or a role word, alone or in a longer one ("Prime Minister", "midfielder"), or the
  // abbreviation of one ("Gov.", "Mr.": the lists have "gov", "mr").
  // (The spelling's part, a role the gazetteer's lists lack or an abbreviation, is
  // name_word::kTitleSpelling.)
  bool TitleWord(std::size_t i) const {
    using C = GazetteerCategory;
    constexpr GazetteerMarks kTitleMarks =
        StartBit(C::kTitle) | InsideBit(C::kTitle) | StartBit(C::kRole) | InsideBit(C::kRole);
    const bool title = (marks_[i] & kTitleMarks) != 0 || Has(i, name_word::kTitleSpelling);
    // A word that ends organisations' names is theirs, though a role may hold it ("trust
    // officer"): "[Harbour Trust] [Omar Haddad]", not "[Harbour] Trust [Omar Haddad]".
    return title && !OrgWord(i);
  }
  // A capitalised word that ends organisations' names: the gazetteer's ("Bank") or the
  // lexicon's (lexicon/org-words.txt: "Trust", "Corp.").
  bool OrgWord(std::size_t i) const {
    return Capitalized(i) &&
           (Starts(i, GazetteerCategory::kOrgWord) || Has(i, name_word::kOrganizationWord));
  }
  bool FirstName(std::size_t i) const {
    return Starts(i, GazetteerCategory::kFirst) && Capitalized(i);
  }
  // The length of the nationality word (one or two tokens: "South Korean") that starts at i;
  // 0 if none starts there. Not a country's name, nor a first name ("Christian").
  std::size_t NationalityLength(std::size_t i, std::size_t end) const {
    using C = GazetteerCategory;
    if (!Starts(i, C::kDemonym) || Starts(i, C::kCountry) || Starts(i, C::kFirst) ||
        !Capitalized(i)) {
      return 0;
    }
    return i + 1 < end && Inside(i + 1, C::kDemonym) ? 2 : 1;
  }
  // Whether [begin, end) is a place the lists know, whole.
  bool KnownPlace(std::size_t begin, std::size_t end) const {
    if ((marks_[begin] & kPlaceStarts) == 0) return false;
    for (std::size_t i = begin + 1; i < end; ++i) {
      if ((marks_[i] & kPlaceInsides) == 0) return false;
    }
    return true;
  }

  // Tags [begin, end) as one name of `type`, or O for kNone.
  void Set(std::size_t begin, std::size_t end, int type) {
    for (std::size_t i = begin; i < end; ++i) {
      tags_[i] = type == kNone ? NerTag::kO : static_cast<NerTag>(2 * type - (i == begin ? 1 : 0));
    }
  }

  // --- A name and the words around it, places (name_repairs.cc) -----------------------------
  // Splits, shortens or retypes the name [begin, end) of `type` (kPer ...): titles, places,
  // nationalities and organisations before or inside a person's name.
  void Repair(std::size_t begin, std::size_t end, int type);
  // A nationality of two words goes on over its second word.
  void ExtendNationalities();
  // A place's name goes on over the rest of the gazetteer's name and over "County".
  void ExtendPlaces();

  // --- People's names (people_names.cc) ---------------------------------------------------------
  // An initial or a first name alone goes on over the surname after it.
  void ExtendInitials();
  // A first name left untagged right before a person's name opens it; so does a word no list
  // knows at a sentence's start.
  void ExtendFirstNames();
  // A person's name goes on over a surname's particles and the surname after them.
  void ExtendOverSurnameParticles();
  // A short surname before a given name of two syllables joined by a hyphen ("Baek Seung-hoon").
  void FindEastAsianNames();
  // A title with "of" or "for" and its field in dictionary words before a person's name that
  // the tagger took in with them ("Minister for [National Development Chee Wen Loong]"): the
  // person's name alone is the name. Whether it split [begin, end).
  bool SplitTitleWithField(std::size_t begin, std::size_t end);
  // A capitalised word of a portfolio ("Rural", "Affairs"; a dictionary's word, no first name),
  // or "and", "&".
  bool PortfolioWord(std::size_t k) const;
  // A title whose field is a portfolio, not an organisation ("director of [Harbour Trust]"):
  // "Minister", "Secretary", "Commissioner", "Secretary of State", "Minister of State".
  bool PortfolioTitle(std::size_t k) const;
  // Initials ("K.N.", "R.") tagged with the name before them, or untagged, before a surname
  // open a person's name, over the surname's words the tagger made a name of their own ("J.
  // Bradford [DeLong]ORG"); the portfolio before them, after a title and "for" or "of", is no
  // name ("Minister for Rural Drinking [Water K.N.]MISC [Selvaraj]PER").
  void OpenNamesAtInitials();
  // A title after an owner's possessive, read into one name with the owner ("[The Corporation’s
  // Chief Engineer]MISC, T. Balasubramanian,"): the owner alone is the name. Whether it split
  // [begin, end).
  bool SplitTitleAfterPossessive(std::size_t begin, std::size_t end, int type);
  // A country's name of two words or more, whole, read as a person's ("an assistant [United
  // States]PER attorney"): a place's. Whether it retyped [begin, end).
  bool RetypeCountryReadAsPerson(std::size_t begin, std::size_t end, int type);
  // A first name and capitalised words after a title or a role, or a first name and a
  // surname after a possessive ("Iowa State University's Dianne Bystrom"), untagged, are a
  // person.
  void FindPeople();

  // --- Organisations' names (organisation_names.cc) ---------------------------------------
  // Untagged capitalised words that end in an organisation's word are one; not in a headline.
  void FindOrganisations(bool headline);
  // A public body's name over "and" ("Ministry of Energy and Water").
  void JoinBodiesOverAnd();
  // Two organisations' names the tagger read as one over "and" ("Meridian Pictures and Halcyon
  // Bay Entertainment").
  void SplitOrganisationsOverAnd();
  // An organisation's name over "of the" and its words after it ("[Committee of Families] of the
  // Detained and Missing").
  void ExtendOrganisationsOverOfThe();
  // A name a word that opens organisations' names opens, over a particle of Spanish, Portuguese,
  // French or Italian and the capitalised words after it ("[Banco de España]", "[Banco do
  // Brasil]").
  void JoinOrganisationsOverParticles();
  // A plural's possessive before an organisation's word ("[Corbel Fans]’ Trust").
  void ExtendOverPluralPossessive();
  // An eatery's owner's possessive and its kind ("[Halvorsen’s Diner]").
  void JoinEateriesOverPossessive();
  // A known place's possessive that opens an organisation's name is the place's
  // ("[Italy]’s [Corvanta Air Group]"), and so is one that opens a place's name a company's word
  // ends ("[Japan]’s [Kasumi Motor]").
  void SplitPlacePossessors();
  // A name after a kind of organisation is one ("news agency [Tanjug]"); adds its NameKey to
  // `organisations`.
  void FindNamedKindsOfOrganisation(std::vector<std::uint64_t>* organisations);
  bool StartsUpper(std::size_t i) const { return Has(i, name_word::kAsciiCapital); }
  // "Corp.", "Inc.", "Ltd": a company's legal form.
  bool LegalForm(std::size_t i) const {
    return Is(i, "Corp.") || Is(i, "Corp") || Is(i, "Inc.") || Is(i, "Inc") || Is(i, "Co.") ||
           Is(i, "Ltd") || Is(i, "Ltd.") || Is(i, "LLC") || Is(i, "plc") || Is(i, "PLC");
  }

 private:
  const Gazetteer& gazetteer_;
  std::span<const std::string_view> tokens_;
  std::span<const GazetteerMarks> marks_;
  std::span<const NameWordFlags> flags_;
  NameWordFlags any_flags_;
  std::span<NerTag> tags_;
};

}  // namespace newslens::ner::repairs

#endif  // NEWSLENS_NER_SENTENCE_NAMES_H_
