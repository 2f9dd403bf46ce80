// Whom a speaker phrase means (internal header): the reference layer's answer to the quotes
// room, which finds the phrase an attribution rests on ("Trump", "he", "the senator", "a White
// House spokesman") and asks here for its entity.
#ifndef NEWSLENS_REFERENCE_SPEAKERS_H_
#define NEWSLENS_REFERENCE_SPEAKERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "reference/references.h"
#include "text/token_view.h"

namespace newslens {

// A phrase of tokens [first, end) whose head [head_first, head_end) is the part it rests on (a
// name, a pronoun, a noun).
struct PhraseTokens {
  std::uint32_t first, end;
  std::uint32_t head_first, head_end;
};

// Whom a speaker phrase means: an entity, or a person described and never named, or neither.
struct SpeakerReferent {
  int entity = -1;  // index into the entities, or -1
  // When the phrase's pronoun means a person the article describes without a name ("a
  // spokeswoman for the police"), the tokens of that description; else empty.
  std::uint32_t antecedent_first = 0, antecedent_end = 0;

  bool has_antecedent() const { return antecedent_end > antecedent_first; }
};

// Whether one of `e`'s titles holds the word or words `title` (lower case), whole ("chief" in
// "Chief Financial Officer"); an executive's or a chief minister's initials stand for the title
// written out ("ceo" for "Chief Executive", "cm" for "Chief Minister").
bool HoldsTitle(const Entity& e, const std::string& title);

class SpeakerResolver {
 public:
  // All must outlive the resolver.
  SpeakerResolver(const TokenView& text, const MentionTable& names, const References& references,
                  const std::vector<Entity>& entities)
      : text_(text), names_(names), references_(references), entities_(entities) {}

  // The referent of `phrase`; no entity when the phrase names none, or none a reader could
  // tell:
  //   - its head is a name: that name's entity; but an organization's name and a person's
  //     title after it ("Vesterhavn Airlines CEO says") are the person who holds that title in
  //     the article, where one does;
  //   - its head is a pronoun or a description the reference layer resolved: that entity, or
  //     the unnamed person the pronoun means;
  //   - it is a title and nothing more ("Mayor says", "the Russian president"): the person who
  //     holds that title in the article, the last one mentioned before it when several do;
  //   - its head is a document made by a named maker ("a Reuters survey", "the GOP's
  //     complaint", "a report by Politico", "a survey published last week by the institute"): that
  //     maker;
  //   - its head is the board or the management of a named organization ("Aurelia's board",
  //     "the Northcastle board", "the ECATC secretariat", "Calderside Council's cabinet"): that
  //     organization, which its board speaks for;
  //   - its head is a plural of people who speak for the named organization they are at or
  //     from ("Analysts at Kestrel Capital"), or its spokesperson ("A spokesperson for
  //     Calderside Council"): that organization;
  //   - it is a title's office ("the district attorney's office"): the office named so.
  SpeakerReferent Resolve(const PhraseTokens& phrase) const;

  // Whether the head of `phrase` is a personal pronoun ("he", "they").
  bool IsPronoun(const PhraseTokens& phrase) const;

 private:
  int EntityByTitle(const PhraseTokens& phrase) const;
  // Whether `title` holds the name of entity `entity`, or a name it is mentioned by ("ECATC
  // Secretary-General" names the Eastern and Central Africa Trade Community); false for -1.
  bool TitleNamesEntity(const std::string& title, int entity) const;
  // A place does not speak: a place's name as a speaker ("Kestlow said in a statement") means
  // the one club or company named after it ("Kestlow United"), if the article names one;
  // `entity` otherwise (a country speaks for its government).
  int ClubOrCompanyOfPlace(int entity) const;
  int MakerOfDocument(const PhraseTokens& phrase) const;
  // The entity a name (not a pronoun) or a description that opens at token `t` stands for, -1
  // if none; `end` (if not null) is set to the token after it.
  int NamedOrDescribedAt(std::uint32_t t, std::uint32_t* end) const;
  int OrganizationOfBoard(const PhraseTokens& phrase) const;
  // "Analysts at Kestrel Capital", "economists from the bank", "A spokesperson for Calderside
  // Council", "An Airport Authority spokeswoman", "A ministry spokesperson": people who speak
  // for the named organization they work at, which is who the article has say it (not for a
  // person: "a spokesman for Trump"); -1 for any other phrase.
  int OrganizationOfStaff(const PhraseTokens& phrase) const;
  // "the district attorney's office": the office the article names after that title ("Harlan
  // County District Attorney's Office"), where it names one alone; -1 otherwise.
  int OfficeOfTitle(const PhraseTokens& phrase) const;
  // The one person the descriptions of each head word mean ("chairman" of "The chairman of
  // ... said", resolved), -1 where two do: made at the first call, in one pass over the
  // references, so that many phrases of a long article cost no pass each.
  int PersonDescribedBy(const std::string& word) const;

  const TokenView& text_;
  const MentionTable& names_;
  const References& references_;
  const std::vector<Entity>& entities_;
  mutable std::optional<std::unordered_map<std::string, int>> described_;
};

}  // namespace newslens

#endif  // NEWSLENS_REFERENCE_SPEAKERS_H_
