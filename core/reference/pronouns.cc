// Personal and possessive pronouns (see resolver.h and references.h).
#include <algorithm>
#include <string>
#include <string_view>

#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "reference/resolver.h"

namespace newslens::reference {
namespace {

// How much less a person whose gender nothing says is taken for "he" or "she" than one whose
// gender agrees: a reader prefers the referent the pronoun fits for sure.
constexpr double kUnknownGender = 0.7;
// How much more a speaker is taken for the pronoun that speaks next.
constexpr double kSpeakerGoesOn = 1.5;
// How much more the subject of the pronoun's own sentence is taken for a subject pronoun.
constexpr double kSentenceSubjectGoesOn = 2;
// How much more the last subject or speaker of its paragraph is taken for a speaking pronoun.
constexpr double kParagraphSubjectSpeaks = 2;
// A sentence that opens with a subject pronoun most often goes on with the subject of the
// sentence before (centering's "continue").
constexpr double kPreviousSubjectGoesOn = 1.5;
// Where that sentence's subject was no one ("For Aoife Brennan (29), a pharmacy technician ...,
// the figures come as no surprise. / She pays ..."), it goes on with someone of the pronoun's
// gender for sure whom the sentence named elsewhere, in its paragraph, rather than with someone
// of the paragraphs before (centering's "the previous utterance's centers", whatever their role
// there). Not one whose gender nothing says ("Those included Drew Cass, ... / She had several
// ideas"), nor over a subject of the pronoun's gender that the paragraph has had ("Mayor John
// Reed defended the budget. The cuts, first proposed by councillor Tom Hill, will ... He said").
constexpr double kNamedInSentenceBefore = 2;

bool IsReflexive(std::string_view w) { return w.ends_with("self") || w.ends_with("selves"); }

// "Larkspur Books", "Acme Industries": an organization's name whose last word ends
// organizations' names (lexicon/org-words.txt).
bool EndsInOrganizationWord(const Entity& e) {
  const std::size_t space = e.name.rfind(' ');
  return space != std::string::npos &&
         IsOrganizationWord(std::string_view(e.name).substr(space + 1));
}

// A plural name of a group ("Democrats", "Republicans"): "they" may mean it.
bool PluralName(const Entity& e) {
  return (e.type == EntityType::kMisc || e.type == EntityType::kOrg) && e.name.size() > 3 &&
         e.name.back() == 's' && !e.name.ends_with("ss");
}

}  // namespace

bool ReferenceResolver::Agrees(int entity, PronounKind kind) const {
  const Entity& e = linked_.entities[static_cast<std::size_t>(entity)];
  const Gender gender = gender_[static_cast<std::size_t>(entity)];
  switch (kind) {
    case PronounKind::kMale:
      return e.type == EntityType::kPer && gender != Gender::kFemale;
    case PronounKind::kFemale:
      return e.type == EntityType::kPer && gender != Gender::kMale;
    case PronounKind::kPlural:
      return e.type == EntityType::kOrg || PluralName(e);
    // An organization whose plural name ends in a word of organizations' names is "it"
    // ("Larkspur Books", "Acme Industries"); a party's plural name is not ("the Liberal
    // Democrats").
    case PronounKind::kNeuter:
      return (e.type == EntityType::kOrg && EndsInOrganizationWord(e)) ||
             ((e.type == EntityType::kOrg || e.type == EntityType::kLoc ||
               e.type == EntityType::kMisc) &&
              !PluralName(e));
    default:
      return false;
  }
}

int ReferenceResolver::ResolvePronoun(std::uint32_t t, PronounKind kind, MentionRole role,
                                      UnnamedPerson** unnamed, CommonPhrase* phrase) {
  if (kind == PronounKind::kNeuter && Expletive(t)) return -1;
  const bool reflexive = IsReflexive(text_.Text(t));
  const std::vector<int> named_after = NamedLaterInClause(t, role);
  // "She called ...", "In a note to clients, she wrote ...": the subject of the main clause.
  const bool opens_clause = OpensSentence(t) || AfterOpeningPhrase(t);
  const bool after_quotation = AfterQuotation(t);
  // The one who spoke in the sentence before: "“...,” she added" after a paragraph of her words.
  int last_speaker = -1;
  if (role == MentionRole::kSpeaker && after_quotation) {
    for (int e : salience_.active()) {
      const std::int64_t last = last_sentence_[static_cast<std::size_t>(e)];
      if (salience_.LastRole(e) != MentionRole::kSpeaker || last + 1 < sentence_) continue;
      if (last_speaker < 0 || last > last_sentence_[static_cast<std::size_t>(last_speaker)])
        last_speaker = e;
    }
    // Who spoke there, though a pronoun of her own report came after ("Marchetti ... has said
    // she would not rule out ... / “...,” she added").
    if (previous_speaker_ >= 0 && Agrees(previous_speaker_, kind)) last_speaker = previous_speaker_;
  }
  // Whether the sentence before is of this paragraph and had no subject the article names.
  const bool subjectless_sentence_before =
      opens_clause && previous_subject_ < 0 && sentence_ > 0 &&
      (role == MentionRole::kSubject || role == MentionRole::kSpeaker) &&
      (kind == PronounKind::kMale || kind == PronounKind::kFemale) &&
      text_.ParagraphOfSentence(sentence_ - 1) == text_.ParagraphOfSentence(sentence_);
  int best = -1;
  double best_score = 0;
  for (int e : salience_.active()) {
    if (!Agrees(e, kind)) continue;
    if (std::find(named_after.begin(), named_after.end(), e) != named_after.end()) continue;
    // "Trump told him": an object is not the subject of its own clause, unless it says so
    // ("himself").
    if (role == MentionRole::kObject && !reflexive && e == clause_subject_) continue;
    double score = salience_.Of(e);
    if ((kind == PronounKind::kMale || kind == PronounKind::kFemale) &&
        gender_[static_cast<std::size_t>(e)] == Gender::kUnknown)
      score *= kUnknownGender;
    if (reflexive && e == clause_subject_) score *= 4;
    // "Ban Ki-moon condemned what he called ...": a subject pronoun after the subject of its
    // own sentence most often continues it.
    // So does a possessive: "Olaizola, for his part, seemed unbothered".
    // So does a speaking pronoun after the sentence's speaker and a reported clause's subject:
    // "Oyamada said the company would ..., though he acknowledged" (not a subject inside the
    // report: "Hill said Baker had repaid the money before he was arrested").
    if (!reflexive &&
        ((e == clause_subject_ && (role == MentionRole::kSubject || role == MentionRole::kSpeaker ||
                                   role == MentionRole::kPossessor)) ||
         (e == sentence_speaker_ && e != clause_subject_ && role == MentionRole::kSpeaker)))
      score *= kSentenceSubjectGoesOn;
    // "Stoltz proposed the amendment. / She called the committee ...": not the person more
    // salient over the paragraphs before.
    // ("Asked what he would say, he shrugged": a subject before the sentence has one too.)
    if (!reflexive && e == previous_subject_ &&
        ((opens_clause && (role == MentionRole::kSubject || role == MentionRole::kSpeaker)) ||
         (role == MentionRole::kSubject && sentence_subject_ < 0 && clause_subject_ < 0)))
      score *= kPreviousSubjectGoesOn;
    // "Matthews said ... “...,” he said": the speaker of a speech verb goes on speaking
    // (Lappin and Leass's parallelism of roles, for the role news repeats most).
    if (role == MentionRole::kSpeaker && salience_.LastRole(e) == MentionRole::kSpeaker)
      score *= kSpeakerGoesOn;
    if (e == last_speaker) score *= kSpeakerGoesOn;
    if (subjectless_sentence_before && gender_[static_cast<std::size_t>(e)] != Gender::kUnknown &&
        last_sentence_[static_cast<std::size_t>(e)] + 1 == static_cast<std::int64_t>(sentence_) &&
        (paragraph_subject_ < 0 || paragraph_subject_ == e || !Agrees(paragraph_subject_, kind)))
      score *= kNamedInSentenceBefore;
    // "Yusuf Karaman, deputy director of the agency, told reporters ... “...,” he said": the
    // paragraph's own subject, over a speaker of the paragraphs before.
    if (role == MentionRole::kSpeaker && e == paragraph_subject_ &&
        (kind == PronounKind::kMale || kind == PronounKind::kFemale))
      score *= kParagraphSubjectSpeaks;
    const bool better = score > best_score || (score == best_score && best >= 0 &&
                                               last_sentence_[static_cast<std::size_t>(e)] >
                                                   last_sentence_[static_cast<std::size_t>(best)]);
    if (better) {
      best = e;
      best_score = score;
    }
  }
  // "it" and "they" more often mean something that is no entity: only an entity more salient
  // than any such phrase is taken.
  if (kind == PronounKind::kNeuter && singular_common_ >= best_score) {
    *phrase = singular_phrase_;
    return -1;
  }
  if (kind == PronounKind::kPlural && plural_common_ >= best_score) {
    *phrase = plural_phrase_;
    return -1;
  }
  // "A spokeswoman for the police said ... “...,” she said": a person described and never
  // named, more salient than any named one who agrees.
  if (kind == PronounKind::kMale || kind == PronounKind::kFemale) {
    const Gender want = kind == PronounKind::kMale ? Gender::kMale : Gender::kFemale;
    for (UnnamedPerson& person : unnamed_) {
      if (person.gender != Gender::kUnknown && person.gender != want) continue;
      const double score =
          person.gender == Gender::kUnknown ? person.score * kUnknownGender : person.score;
      if (score > best_score) {
        best_score = score;
        *unnamed = &person;
      }
    }
    if (*unnamed != nullptr) return -1;
  }
  return best;
}

bool ReferenceResolver::OpensSentence(std::uint32_t t) const {
  for (std::uint32_t k = sentence_start_; k < t; ++k)
    if (text_.Kind(k) != TokenKind::kPunctuation && text_.Class(k) != WordClass::kConjunction)
      return false;
  return true;
}

bool ReferenceResolver::AfterQuotation(std::uint32_t t) const {
  if (t == sentence_start_ || !Quoted(sentence_start_)) return false;
  for (std::uint32_t k = sentence_start_; k < t; ++k)
    if (!Quoted(k) && text_.Kind(k) != TokenKind::kPunctuation) return false;
  return true;
}

bool ReferenceResolver::AfterOpeningPhrase(std::uint32_t t) const {
  constexpr std::uint32_t kLongestPhrase = 8;  // words: "In a note to clients sent on Friday"
  if (t < sentence_start_ + 3 || t - sentence_start_ > kLongestPhrase + 1 ||
      !text_.IsPunct(t - 1, ",") || text_.Class(sentence_start_) != WordClass::kPreposition)
    return false;
  for (std::uint32_t k = sentence_start_; k + 1 < t; ++k)
    if (Quoted(k) || text_.Kind(k) == TokenKind::kPunctuation || linked_.mentions.At(k) != nullptr)
      return false;
  return true;
}

std::vector<int> ReferenceResolver::NamedLaterInClause(std::uint32_t t, MentionRole role) const {
  std::vector<int> named;
  if (role != MentionRole::kSubject && role != MentionRole::kSpeaker) return named;
  // Only the subject of the sentence's main clause ("But she said"). "When he arrived, Trump
  // said" may mean Trump.
  if (!OpensSentence(t)) return named;
  bool embedded = false;  // past the start of a clause the pronoun's verb governs
  for (std::uint32_t k = t + 1; k < sentence_end_; ++k) {
    if (Quoted(k)) continue;
    // (An infinitive or a question word opens a clause of its own too: "He has 373 days left to
    // define what people think of Barack Obama's America.")
    embedded = embedded || text_.IsPunct(k, ",") || text_.Class(k) == WordClass::kSubordinator ||
               text_.IsCueForm(k) ||
               text_.IsAnyCaseOf(k, {"to", "what", "how", "why", "whether", "who", "which"});
    const MentionRef* m = linked_.mentions.At(k);
    if (m == nullptr || m->pronoun || m->entity < 0 || m->first_token != k) continue;
    k = m->end_token - 1;
    // "He notes that ... there was an issue with Trump's microphone": news names the pronoun's
    // own referent as a possessor so, in a clause of its own; not in the pronoun's ("She had
    // watched Ashby’s run": not Ashby).
    if (embedded && m->end_token < sentence_end_ &&
        text_.Kind(m->end_token) == TokenKind::kContraction && text_.IsPossessive(m->end_token))
      continue;
    named.push_back(m->entity);
  }
  return named;
}

bool ReferenceResolver::Expletive(std::uint32_t t) const {
  if (!text_.IsAnyCase(t, "it")) return false;
  std::uint32_t k = t + 1;
  // "It seems", "it appears", "it takes", "it remains to be seen".
  for (std::string_view verb : {"seems", "seemed", "appears", "appeared", "takes", "took",
                                "remains", "remained", "matters", "mattered"})
    if (text_.IsAnyCase(k, verb)) return true;
  // "It is clear that", "it was hard to", "it's likely that": a form of "be", an adjective
  // and a clause.
  const bool be = text_.IsAnyCase(k, "is") || text_.IsAnyCase(k, "was") ||
                  text_.IsAnyCase(k, "'s") || text_.IsAnyCase(k, "be") ||
                  text_.IsAnyCase(k, "been") || text_.IsAnyCase(k, "would") ||
                  text_.IsAnyCase(k, "will");
  if (!be) return false;
  for (std::uint32_t j = k + 1; j < k + 5; ++j) {
    if (text_.IsAnyCase(j, "that") || text_.IsAnyCase(j, "to") || text_.IsAnyCase(j, "whether") ||
        text_.IsAnyCase(j, "if") || text_.IsAnyCase(j, "how") || text_.IsAnyCase(j, "when"))
      return true;
    if (!text_.IsWord(j) || text_.IsCapitalized(j)) return false;
  }
  return false;
}

void ReferenceResolver::NoteCommonNoun(std::uint32_t t) {
  // The head of a noun phrase: a word in small letters that no other word of the phrase
  // follows, after a determiner, a possessive or a number, with at most two words in small
  // letters between ("the new plan", "its two largest banks"). The caller asks only of words
  // of no function-word class; the cheap tests go first, since most words fail one.
  const std::uint32_t next = t + 1;
  // ("the researchers wrote": a speech verb after it is no noun of the phrase.)
  if (text_.IsCapitalized(t) || t == sentence_start_ ||
      (text_.Kind(next) == TokenKind::kWord && !text_.IsCapitalized(next) &&
       text_.Class(next) == WordClass::kOther && !text_.IsCueForm(next)))
    return;
  std::uint32_t first = t;
  while (first > sentence_start_ && t - first < 3 && text_.Kind(first - 1) == TokenKind::kWord &&
         !text_.IsCapitalized(first - 1) && text_.Class(first - 1) == WordClass::kOther)
    --first;
  if (first == sentence_start_) return;
  const std::uint32_t opener = first - 1;
  if (text_.Class(opener) != WordClass::kDeterminer && !text_.IsPossessive(opener) &&
      text_.Kind(opener) != TokenKind::kNumber)
    return;
  // "The plan cuts 40 jobs": a word after the noun, before a determiner, a number or a
  // possessive, is the verb of the noun before it.
  std::uint32_t head = t;
  if (t > first && (text_.Class(next) == WordClass::kDeterminer ||
                    text_.Kind(next) == TokenKind::kNumber || text_.IsPossessive(next)))
    head = t - 1;
  // A person's role is someone, not something "it" may mean.
  const RoleNoun* role = LookupRoleNoun(text_.Text(head));
  if (role != nullptr && role->kind == RoleKind::kPerson) return;
  const std::string_view w = text_.Text(head);
  const bool plural = w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") &&
                      !w.ends_with("us") && !w.ends_with("is") && w != "news" && w != "series" &&
                      w != "species";
  // Its role by where it stands, cheaply: such phrases are many, and matter only when "it" or
  // "they" comes.
  const bool subject = opener == sentence_start_ || text_.IsPunct(opener - 1, ",");
  const double weight = SalienceWeight(subject ? MentionRole::kSubject : MentionRole::kObject);
  double& score = plural ? plural_common_ : singular_common_;
  if (weight >= score) {
    score = weight;
    // What "it" or "they" then means is kept only for a phrase that speaks ("the researchers
    // wrote"): other phrases are found by position alone, too loosely to name a speaker.
    const bool speaks = head == t && text_.IsCueForm(next);
    (plural ? plural_phrase_ : singular_phrase_) =
        speaks ? CommonPhrase{opener, head + 1} : CommonPhrase{};
  }
}

int ReferenceResolver::RelativeBySurname(int person, std::uint32_t t) const {
  if (t >= sentence_end_ || text_.Kind(t) != TokenKind::kWord || person < 0) return -1;
  // A spouse only: a child, a parent or a sibling the article seldom names as a pair, and a
  // wrong one costs a speaker ("His father said" after "his brother Tom Whitfield").
  if (!IsSpouseNoun(text_.Text(t))) return -1;
  const Gender gender = KinshipGender(text_.Text(t));
  // A name in apposition or right after it says who ("Her husband, Kofi,", "his wife Ann").
  const std::uint32_t after = t + 1 < sentence_end_ && text_.IsPunct(t + 1, ",") ? t + 2 : t + 1;
  if (const MentionRef* m = after < sentence_end_ ? linked_.mentions.At(after) : nullptr;
      m != nullptr && !m->pronoun && m->first_token == after)
    return -1;
  const auto surname = [&](int e) {
    const std::string& name = linked_.entities[static_cast<std::size_t>(e)].name;
    const std::size_t space = name.rfind(' ');
    return space == std::string::npos ? std::string_view{}
                                      : std::string_view(name).substr(space + 1);
  };
  const std::string_view own = surname(person);
  if (own.empty() || linked_.entities[static_cast<std::size_t>(person)].type != EntityType::kPer)
    return -1;
  // The two named as a pair somewhere ("Priya and Daniel Esterby", "Ann Lee and Tom Lee").
  const auto paired = [&](int a, int b) {
    for (const MentionRef& m : linked_.mentions.mentions()) {
      if (m.pronoun || (m.entity != a && m.entity != b) || !text_.IsAnyCase(m.end_token, "and"))
        continue;
      const MentionRef* next = linked_.mentions.At(m.end_token + 1);
      if (next != nullptr && !next->pronoun && next->first_token == m.end_token + 1 &&
          next->entity == (m.entity == a ? b : a))
        return true;
    }
    return false;
  };
  int relative = -1;
  int sharing = 0;  // people of the surname, `person` among them
  for (std::size_t i = 0; i < linked_.entities.size(); ++i) {
    const int e = static_cast<int>(i);
    if (linked_.entities[i].type != EntityType::kPer || surname(e) != own) continue;
    ++sharing;
    // (Of the spouse's gender, known: "Alastair Osman", of no gender the article says, is no
    // one's wife.)
    if (e == person || last_sentence_[i] < 0 || gender_[i] != gender) continue;
    if (relative >= 0) return -1;  // two of the name: the article must say which
    relative = e;
  }
  // Where more than the two share the surname, the article must have named them as a pair
  // ("Bill, Hillary and Chelsea Clinton ... her husband").
  return relative >= 0 && (sharing <= 2 || paired(person, relative)) ? relative : -1;
}

}  // namespace newslens::reference
