// The reader of the reference layer (internal header; see references.h for what it decides).
//
// One object reads one article once. Its methods live in four files, by what they decide:
//   resolver.cc      the reading order, names, relative pronouns, the output
//   authors.cc       who "I" is outside quotation marks: the signature or note of a column
//   pronouns.cc      personal and possessive pronouns: agreement, binding, salience, and the
//                    phrases that are no entity ("the plan") that "it" and "they" may mean
//   descriptions.cc  definite descriptions of people, organizations and places
#ifndef NEWSLENS_REFERENCE_RESOLVER_H_
#define NEWSLENS_REFERENCE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "entities/entity_linker.h"
#include "lexicon/roles.h"
#include "reference/discourse.h"
#include "reference/references.h"
#include "reference/role_facts.h"
#include "text/token_view.h"
#include "text/word_classes.h"

namespace newslens::reference {

class ReferenceResolver {
 public:
  // `text`, `quoted` and `linked` must outlive the resolver; Run() adds to `linked`'s entities.
  ReferenceResolver(const TokenView& text, const std::vector<bool>& quoted, LinkedEntities* linked);

  References Run();

 private:
  // --- resolver.cc ---------------------------------------------------------------------------
  void ReadSentence(std::uint32_t sentence);
  // "X, who", "the agency, which": the entity of the name just before, or -1.
  int RelativeAntecedent(std::uint32_t t) const;
  // `entity`, mentioned from token `first` in `role` (a subject's or a speaker's), is the
  // subject of the clause read (and the topic of the sentence, if it is the first and stands
  // on its own; its speaker, if it is the first to speak in it).
  void NoteSubject(int entity, std::uint32_t first, MentionRole role);
  // `entity`, mentioned from token `first` in `role`, in the sentence read: its salience, the
  // sentence it was last met in, and the clause's subject when it is one (NoteSubject).
  void NoteMention(int entity, std::uint32_t first, MentionRole role);
  void Record(std::uint32_t first, std::uint32_t end, std::uint32_t head, int entity,
              ReferenceKind kind);
  void AddMentions(const References& references);
  bool Quoted(std::uint32_t t) const { return t < quoted_.size() && quoted_[t]; }
  const Sentence& sentence() const { return text_.segmentation().sentences[sentence_]; }

  // --- authors.cc ----------------------------------------------------------------------------
  // Fills author_of_paragraph_: the person who writes each paragraph in the first person.
  void FindAuthors();

  // --- pronouns.cc ---------------------------------------------------------------------------
  // A person the article describes but does not name ("a spokeswoman for the police"), whom
  // "he" or "she" may mean.
  // A noun phrase that names no entity ("the researchers"), tokens [first, end).
  struct CommonPhrase {
    std::uint32_t first = 0, end = 0;
  };
  struct UnnamedPerson {
    std::uint32_t first, end;  // the description
    std::uint32_t head;        // its role noun
    Gender gender;             // the role noun's ("spokeswoman"), else kUnknown
    double score;              // salience, as an entity's
  };
  // The entity the pronoun at `t` means, or -1; when it means an unnamed person, sets
  // `*unnamed` to it.
  // When it means a thing or a group no entity names, sets `*phrase` to the phrase that says
  // what ("the researchers"), if one does.
  // "She said Ms. Tasker had taught ...": the entities named, outside quotation marks and not as
  // a possessor, after the pronoun at `t` in its sentence when it is the subject of its main
  // clause (`role`), which it does not mean (a name the pronoun governs is someone else's).
  std::vector<int> NamedLaterInClause(std::uint32_t t, MentionRole role) const;
  // Whether the word at `t` opens the sentence read: nothing but marks and a conjunction
  // before it ("But she said").
  bool OpensSentence(std::uint32_t t) const;
  // Whether the word at `t` follows an opening phrase of a preposition and its comma, that names
  // no one ("In a note to clients, she wrote").
  bool AfterOpeningPhrase(std::uint32_t t) const;
  // Whether the word at `t` follows the quotation that opens the sentence read, and marks only
  // ("“...,” she added").
  bool AfterQuotation(std::uint32_t t) const;
  int ResolvePronoun(std::uint32_t t, PronounKind kind, MentionRole role, UnnamedPerson** unnamed,
                     CommonPhrase* phrase);
  // Whether `entity` can be what a pronoun of `kind` means.
  bool Agrees(int entity, PronounKind kind) const;
  // "Priya and Daniel Esterby ... Her husband said": the one other person of the surname of
  // `person` the article has named, of the gender the spouse's noun at `t` says ("husband",
  // "wife"), which `person`'s possessive pronoun opens, where no name follows the noun and,
  // if others share the surname, the article names the two as a pair; -1 otherwise.
  int RelativeBySurname(int person, std::uint32_t t) const;
  // "It is clear that ...", "it takes": an "it" that means nothing.
  bool Expletive(std::uint32_t t) const;
  // Tracks the phrases that are no entity ("the plan", "the voters") that "it" and "they" may
  // mean: their salience, as an entity's, in one score for each number.
  void NoteCommonNoun(std::uint32_t t);
  // The subject of the clause before `t` in its sentence, or -1 ("Trump told him": "him" is
  // not Trump).
  int ClauseSubject() const { return clause_subject_; }

  // --- descriptions.cc -----------------------------------------------------------------------
  // A description that opens at `t` (a determiner and a role noun: "the senator", "a
  // spokeswoman"): its end (0 when none), its head, its role noun, whether it is definite
  // ("the", "this", "that": it may mean an entity met before) and, for a person, where the
  // phrase that says who it is ends ("a spokeswoman for Severn Valley Police").
  // A name's possessive opens a description too ("Obama's former campaign strategist"), definite
  // and never meaning its `possessor` (the name's entity, set by the caller; `possessor_word`
  // is the name's last token).
  struct Description {
    std::uint32_t end = 0;
    std::uint32_t head = 0;
    const RoleNoun* role = nullptr;
    bool definite = false;
    std::uint32_t phrase_end = 0;
    int possessor = -1;
    std::uint32_t possessor_word = 0;
    bool aged = false;  // an age modifies the head ("the 44-year-old Portuguese")
  };
  Description DescriptionAt(std::uint32_t t) const;
  // "the world No. 2", "the No. 29 seed" at `t` (the determiner): the one person the article
  // ranks so that the reader has met, or -1; `*end` is set to the token after the phrase, or to
  // 0 when there is no such phrase at `t`.
  int RankedPersonAt(std::uint32_t t, std::uint32_t* end) const;
  // Whether the place `entity` may be called by the place's noun `noun` ("the town", "the
  // county"): only a county (by its name or the article's word) "the county"; a street, a river
  // or a building by no place noun.
  bool PlaceOfKind(int entity, std::string_view noun) const;
  // After the determiner at `t`, a common noun's possessive and the description it opens ("the
  // mine's largest union"): that description, without a possessor; empty (end 0) when none.
  Description DescriptionAfterCommonPossessor(std::uint32_t t) const;
  // "was a hoax, police said": "police" without a determiner, as a speaker, means the police
  // force the article names, as "the police" does; so does a kind of organization in a
  // headline ("..., union says"). An empty Description (end 0) elsewhere.
  Description BareKindAt(std::uint32_t t, const Sentence& sentence) const;
  // "..., safety board says": in a headline, a word in small letters and a kind of organization
  // as a report's speaker, which AnnouncedOrganization resolves; an empty Description elsewhere.
  Description ModifiedKindInHeadline(std::uint32_t t, const Sentence& sentence) const;
  // Resolves the description `d` that opens at `first` and keeps what it says of the discourse:
  // the entity's salience, the sentence's subject, an unnamed person, a lead's pending person.
  void ReadDescription(std::uint32_t first, const Description& d, const Sentence& sentence);
  // "The opposition leader, Mereana Takerei, said", "A spokesman for the party, Esteban Mareko,":
  // the entity of the name set off after the description `d` (of its kind), or -1.
  int AppositiveName(const Description& d) const;
  // Whether the word at `t` is a person's role in small letters ("chemist"), as one may stand
  // between a description's comma and the name in apposition to it.
  bool RoleBeforeName(std::uint32_t t) const;
  // "Makani, a junior from Hilo,": the entity of the name (of the description's kind) that the
  // description at `first`, set off by commas, is an appositive of, or -1.
  int NameBeforeAppositive(std::uint32_t first, const Description& d) const;
  // After the whole text is read (resolver.cc): a person's description no one was known by as
  // it was read ("as the trust's chief executive admitted" in a lead), which the article later
  // gives one person alone ("said Dr Anjali Varsani, the trust's chief executive"), means that
  // person; so do the pronouns that meant the description.
  void ResolveDescribedLater();

  // --- introductions.cc ----------------------------------------------------------------------
  // A person's description no entity is known by, kept for "he", "she" and the same noun later.
  void NoteUnnamedPerson(std::uint32_t first, const Description& d);
  // "A former party chairman says ...": notes the indefinite description at `first` as one
  // that a person introduced soon after may name (PendingIntroduction); so is one any
  // organization may be given, definite too, that nothing before means ("... and the company
  // that runs the event said ... / Harrow Lane Live, the promoter, said").
  void NotePendingIntroduction(std::uint32_t first, const Description& d, const Sentence& sentence);
  // `entity`, a person or an organization met for the first time as a subject or speaker
  // (`role`), names the pending description, if any agrees.
  void Introduce(int entity, MentionRole role);
  // Whether `entity` holds titles (no honorific or academic's alone) none of which shares a word
  // with the pending description: "..., the country's top economist has warned" is not "Finance
  // Minister Sara Lind" named next; "the state's fire chief" may be "Rural Fire Authority
  // Commissioner Dale Hennessy".
  bool TitledApart(int entity) const;

  // --- descriptions.cc (continued) -----------------------------------------------------------
  // The entity the description [first, d.end) of `sentence` means, or -1.
  int ResolveDescription(std::uint32_t first, const Description& d, const Sentence& sentence) const;
  // A description of an organization in the headline or the lead that the article has not
  // named yet ("police said", "Union says"): the one organization it names later whose name says
  // that kind ("Ashby Creek Police Department"), or -1.
  int AnnouncedOrganization(std::uint32_t first, const Description& d) const;
  // Whether every word of [from, to) is a word of `name` (compared in lower case).
  bool NameHoldsWords(const std::string& name, std::uint32_t from, std::uint32_t to) const;
  // "Mike Pence says ... The Indiana governor said": a person's description as a sentence's
  // subject that no entity is known by goes on with the previous sentence's subject, when
  // nothing the article says of it contradicts the description. -1 if not.
  int ContinuedTopic(std::uint32_t first, const Description& d, const Sentence& sentence) const;
  // Where that subject is no person: for a description by an age ("The 44-year-old
  // Portuguese was dismissed"), the one person the previous sentence named, or -1.
  int OnlyPersonOfSentenceBefore(std::uint32_t first, const Description& d,
                                 const Sentence& sentence) const;
  // Whether the modifiers of a description ([first, head)), or the place it holds its role for
  // ("the deputy for Seine-Saint-Denis"), contradict what the article says of `entity`, and how
  // many of them it confirms.
  bool Contradicts(int entity, std::uint32_t first, std::uint32_t head, int* confirmed) const;
  // Whether the description [first, head] names a rank or a field ("the prime minister", "the
  // irrigation minister") that every title of `entity` with its noun leaves out, each naming
  // one of its own ("Irrigation Minister", "Chief Minister").
  bool TitledOtherwise(int entity, std::uint32_t first, std::uint32_t head) const;
  // Whether the article described `entity` by a place it names ("a Renouveau deputy for
  // Gironde": the first word of a place's name among its facts).
  bool DescribedByPlace(int entity) const;
  // Whether the name of `entity` holds a word of `role`'s kind ("Fund" for "the fund").
  bool NamedAsKind(int entity, const RoleNoun& role) const;
  // The type of the entities a role noun describes: a person's, an organization's, else a place's.
  static EntityType TypeOfRole(const RoleNoun& role);
  // Whether the name of `entity` says a kind of organization that is no company ("Commission").
  bool NamesOtherKind(int entity) const;
  // Whether the description `d` goes on with "of a" or "of an": whose the person is, something
  // the article brings in with it ("The captain of a Hong Kong ferry").
  bool OfSomethingNew(const Description& d) const;
  // Whether the name of `entity` ends in a word only companies' names end in ("Hokuyo Air",
  // "Acme Corp.", org-words.txt's `company`).
  bool NamesCompany(int entity) const;
  // Whether `name`, an organization's, is the one the description `d` with a name's possessive
  // means: the possessor opens it, and it holds each word between the possessive and the noun
  // ("Bassara's marketing board": the Bassara Cocoa Marketing Board).
  bool OwnedOrganizationNamed(const Description& d, const std::string& possessor,
                              const std::string& name) const;
  // Whether a title of the person `entity` names the organization `owner` ("president of the
  // Andaman Hoteliers Federation"): the person is the owner's.
  bool TitledByOwner(int entity, int owner) const;

  const TokenView& text_;
  const std::vector<bool>& quoted_;
  LinkedEntities& linked_;
  MentionTable::Cursor names_cursor_;  // the names, read in text order
  // Built when the first description is resolved: an article without one never pays for it.
  const RoleFacts& facts() const;
  mutable std::optional<RoleFacts> facts_;
  Salience salience_;
  std::vector<Gender> gender_;               // per entity, as its pronouns show it
  std::vector<std::int64_t> last_sentence_;  // per entity: where it was last mentioned, or -1
  // Per entity: where a name that modified a description last named it ("An [Airport Authority]
  // spokeswoman"), or -1; a description may mean such an entity, a pronoun not.
  std::vector<std::int64_t> modifier_sentence_;
  // Per entity: whether the story has named it outside a photo's caption (which names people
  // before the lead that introduces them).
  std::vector<bool> named_in_story_;
  bool in_story_ = false;  // the sentence read is no caption's
  std::vector<int> male_votes_, female_votes_;
  int clause_subject_ = -1;
  // The first token of the name in apposition to the last description read (AppositiveName),
  // and the description's role, which the name takes.
  std::uint32_t appositive_name_ = 0xFFFFFFFFu;
  MentionRole appositive_role_ = MentionRole::kObject;
  // The first subject of the sentence read and of the one before it (-1 when the sentence had
  // none, or stands over a paragraph away), and the sentence's paragraph.
  int sentence_subject_ = -1, previous_subject_ = -1;
  // The first entity to speak in the sentence read, outside quotation marks, or -1. The subject
  // of a reported clause after it becomes clause_subject_; a speaking pronoun later in the
  // sentence may still mean the speaker ("Oyamada said the company would ..., though he
  // acknowledged").
  int sentence_speaker_ = -1;
  // The sentence_speaker_ of the sentence before the one read, or -1.
  int previous_speaker_ = -1;
  std::uint32_t sentence_paragraph_ = 0;
  // The last subject or speaker of the paragraph read, outside quotation marks, or -1: news
  // gives a quotation's "he said" to the person its paragraph has just introduced.
  int paragraph_subject_ = -1;
  std::vector<UnnamedPerson> unnamed_;  // the last few, oldest first
  // The role nouns of the descriptions resolved so far, with their entities: a reader who took
  // "The 24-year-old Norwegian" for Sandvold takes "the Norwegian" later for him too.
  struct ResolvedHead {
    FactKey head;
    int entity;
  };
  std::vector<ResolvedHead> resolved_heads_;
  // Adds the head word at `head` of a description that means `entity` to resolved_heads_, unless
  // it is an age ("the 52-year-old"), which another person has another of, or is there already.
  void RememberResolvedHead(std::uint32_t head, int entity);
  // An indefinite description that speaks, waiting for the person who will be named.
  struct PendingIntroduction {
    std::size_t reference;  // its index in references_
    Gender gender;          // its role noun's
    std::uint32_t sentence;
    const RoleNoun* role;  // its role noun: a person's, or any organization's ("the company")
    bool untitled;  // only a person the article gives no title ("The captain of a ferry ...")
    // Only one named as a speaker: the description spoke after the lead's reported words
    // ("..., a coroner has ruled"), and the lead's subject may be named first ("Graham
    // Tillotson, 71, was admitted ...").
    bool speaker;
  };
  std::optional<PendingIntroduction> pending_;
  std::vector<int> author_of_paragraph_;            // per paragraph: an entity, or -1
  double singular_common_ = 0, plural_common_ = 0;  // the common nouns' salience
  // The phrases those scores are of ("the researchers"); empty for a group of people named
  // together, which no phrase names.
  CommonPhrase singular_phrase_, plural_phrase_;
  std::uint32_t sentence_ = 0;
  std::uint32_t sentence_start_ = 0;  // the first token of the sentence read
  std::uint32_t sentence_end_ = 0;
  References references_;
};

}  // namespace newslens::reference

#endif  // NEWSLENS_REFERENCE_RESOLVER_H_
