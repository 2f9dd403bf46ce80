// Definite descriptions of people, organizations and places (see resolver.h and
// references.h).
#include <algorithm>
#include <string>
#include <utility>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/titles.h"
#include "reference/resolver.h"
#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"

namespace newslens::reference {
namespace {

// A description is read this many tokens at most, determiner included.
constexpr std::uint32_t kLongestDescription = 7;
constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

// The words that say which party a person belongs to: a description that names one party never
// means a member of another.
const FactKey kParties[] = {KeyOfFact("republican"), KeyOfFact("democrat"),
                            KeyOfFact("libertarian")};
const FactKey kVice = KeyOfFact("vice");

// Whether two words of titles are one, in any case and either spelling ("Defense" and
// "defence", "Labor" and "labour").
bool SameTitleWord(std::string_view a, std::string_view b) {
  if (chars::EqualsIgnoringAsciiCase(a, b)) return true;
  static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"defence", "defense"}, {"labour", "labor"}, {"centre", "center"}, {"programme", "program"}};
  for (const auto& [british, american] : kSpellings) {
    if ((chars::EqualsIgnoringAsciiCase(a, british) &&
         chars::EqualsIgnoringAsciiCase(b, american)) ||
        (chars::EqualsIgnoringAsciiCase(a, american) && chars::EqualsIgnoringAsciiCase(b, british)))
      return true;
  }
  return false;
}

bool IsPartyWord(FactKey key) {
  return std::find(std::begin(kParties), std::end(kParties), key) != std::end(kParties);
}

}  // namespace

ReferenceResolver::Description ReferenceResolver::DescriptionAt(std::uint32_t t) const {
  // ("its vice-chancellor": an organization's, as "the university's" would be.)
  const bool definite = text_.IsAnyCase(t, "the") || text_.IsAnyCase(t, "this") ||
                        text_.IsAnyCase(t, "that") || text_.IsAnyCase(t, "its") ||
                        (text_.Kind(t) == TokenKind::kContraction && text_.IsPossessive(t));
  // "one juror, Elena Varga, ...": "one" opens an indefinite description as "a" does, where a
  // name in apposition says who (elsewhere it counts more often than it describes).
  const bool one = text_.IsAnyCase(t, "one");
  if (!definite && !text_.IsAnyCase(t, "a") && !text_.IsAnyCase(t, "an") &&
      !text_.IsAnyCase(t, "another") && !one)
    return {};
  // The phrase first, by the words' classes; then whether its last word is a role noun. The
  // cursor walks ahead of the reader's own, which stands at the determiner.
  MentionTable::Cursor names = names_cursor_;
  std::uint32_t k = t + 1;
  std::uint32_t last = kNoToken;                // the phrase's last word
  bool last_is_name = false;                    // a name of one word ("the Republican")
  bool last_is_misc = false;                    // ... of a MISC entity ("the Norwegian")
  bool aged = false;                            // an age modifies the noun ("the 44-year-old")
  std::uint32_t longest = kLongestDescription;  // tokens, longer by a city's comma and state
  while (k < sentence_end_ && k - t < longest && !Quoted(k)) {
    if (const MentionRef* m = names.At(k); m != nullptr && !m->pronoun) {
      // A name modifies the description ("the Indiana governor"); a name of one word may be
      // its head ("the Republican").
      if (m->first_token != k) break;
      last = m->end_token == k + 1 ? k : kNoToken;
      last_is_name = true;
      last_is_misc = m->type == EntityType::kMisc;
      k = m->end_token;
      // "the Austin, Texas-based company": a city, a comma, and the state whose participle
      // modifies the noun.
      if (k + 2 < sentence_end_ && text_.IsPunct(k, ",")) {
        const MentionRef* place = names.At(k + 1);
        if (place != nullptr && !place->pronoun && place->first_token == k + 1 &&
            text_.JoinsParticiple(place->end_token)) {
          longest += place->end_token - k;
          ++k;
          continue;
        }
      }
      // "The Industriegewerkschaft Fahrzeugbau (IGF) union": the name's acronym after it.
      if (k + 3 < sentence_end_ && text_.IsPunct(k, "(") && text_.IsPunct(k + 2, ")") &&
          text_.IsAllCaps(k + 1)) {
        k += 3;
        last = kNoToken;
      }
      continue;
    }
    // "the 52-year-old": the age's number and hyphen come before its noun.
    if (AgeAt(text_, k, sentence_end_)) {
      k += 2;
      aged = true;
      continue;
    }
    // "the Baltimore-based company", "the Polish-born businessman": a name's participle
    // modifies the noun after it.
    if (text_.JoinsParticiple(k)) {
      k += 2;
      last = kNoToken;
      last_is_name = false;
      continue;
    }
    if (text_.Kind(k) != TokenKind::kWord) break;
    const WordClass c = text_.Class(k);
    if (c != WordClass::kOther && c != WordClass::kAdverb) break;
    if (!text_.IsCapitalized(k) && text_.IsCueForm(k)) break;
    last = k;
    last_is_name = false;
    ++k;
    // "The Republican nominee (also) outlined his plan", "the company also says": a verb after
    // a role noun ends the phrase; not a word in -s other than a cue's, as likely a plural
    // noun ("Obama's executive actions").
    std::uint32_t verb = k;
    while (verb < sentence_end_ && text_.Class(verb) == WordClass::kAdverb) ++verb;
    const bool verb_follows =
        verb < sentence_end_ && ((StartsVerb(text_, verb) && !text_.Text(verb).ends_with("s")) ||
                                 (verb > k && !text_.IsCapitalized(verb) && text_.IsCueForm(verb)));
    if (verb_follows && LookupRoleNoun(text_.Text(last)) != nullptr) break;
  }
  // The role noun must end the phrase ("the senator's", "the senator said"; not "the senator
  // race").
  if (last == kNoToken || last + 1 != k) return {};
  // A noun the article calls someone by is a person's role too ("the provost"), and so is a
  // person's nationality ("the Dane said": most often the topic going on).
  static const RoleNoun kPersonsHead{RoleKind::kPerson, Gender::kUnknown, {}, false};
  const std::string_view word = text_.Text(last);
  const RoleNoun* role = LookupRoleNoun(word);
  // "the U.S. Bankruptcy Court": a kind of organization capitalized after capitalized words
  // ends a name the tagger missed, not a description.
  if (role != nullptr && role->kind == RoleKind::kOrganization && text_.IsCapitalized(last) &&
      last > t + 1 && text_.IsCapitalized(last - 1) && !text_.InHeadline(last))
    return {};
  if (role == nullptr && !last_is_name && facts().IsPersonsHead(KeyOfFact(word)))
    role = &kPersonsHead;
  // "told The Hindu", "wrote in The Australian": "The" capitalized after a word of the sentence
  // opens a paper's name, not a description of one of its people.
  const bool paper =
      text_.Text(t) == "The" && t > sentence_start_ && text_.Kind(t - 1) == TokenKind::kWord;
  if (role == nullptr && last_is_name && !paper && IsPeoplesName(word) &&
      (!word.ends_with("s") || word.ends_with("ss")))
    role = &kPersonsHead;
  // A nationality's adjective stands for one of its people too ("the Norwegian replied", "the
  // 24-year-old Kenyan", "the Argentine added"); one in -ese or -ish, which also means the
  // nation ("the Chinese"), only where an age makes it one person ("The 44-year-old
  // Portuguese") or the article called a person so before ("wrote the Portuguese").
  // (The person the article called so must be the topic going on: "Spain and Portugal will
  // co-host ... The Portuguese said" is the nation. Neither is a plural, nor one a plural verb
  // follows: "The Japanese have been slow".)
  const auto called_a_person_so = [&] {
    const FactKey key = KeyOfFact(word);
    return std::any_of(resolved_heads_.begin(), resolved_heads_.end(), [&](const ResolvedHead& r) {
      return r.head == key &&
             linked_.entities[static_cast<std::size_t>(r.entity)].type == EntityType::kPer &&
             (r.entity == previous_subject_ || r.entity == sentence_subject_ ||
              r.entity == paragraph_subject_);
    });
  };
  const bool one_person =
      !word.ends_with("s") && !(k < sentence_end_ && text_.IsAnyCaseOf(k, {"have", "are", "were"}));
  if (role == nullptr && last_is_name && last_is_misc && definite && !paper &&
      (word.ends_with("an") || word.ends_with("ine") || word == "Greek" || word == "Thai" ||
       (word.ends_with("i") && word.size() > 3) || (one_person && (aged || called_a_person_so()))))
    role = &kPersonsHead;
  // "the civic body", "the governing body", "the world body": a body a word of governing
  // qualifies is any organization ("the body" alone is more often a corpse).
  static const RoleNoun kBody{RoleKind::kOrganization, Gender::kUnknown, {}, true};
  if (role == nullptr && text_.IsAnyCase(last, "body") && last > t + 1 &&
      text_.IsAnyCaseOf(last - 1, {"civic", "governing", "regulatory", "world", "sporting",
                                   "statutory", "advisory", "oversight", "umbrella", "parent",
                                   "professional", "international", "global", "municipal"}))
    role = &kBody;
  if (role == nullptr || (last_is_name && role->kind != RoleKind::kPerson)) return {};
  Description d{k, last, role, definite, k};
  d.aged = aged;
  // "a spokeswoman for Severn Valley Police", "a spokeswoman for Hillary Clinton", "the Chief
  // Press Secretary to Governor X": a person's description goes on with whom the person speaks
  // for or works at, when that is a name; "the United States attorney in Manhattan": where, when
  // that is a place's.
  const bool in = text_.IsAnyCase(k, "in");
  if (d.role->kind == RoleKind::kPerson &&
      (text_.IsAnyCase(k, "for") || text_.IsAnyCase(k, "of") || text_.IsAnyCase(k, "at") ||
       text_.IsAnyCase(k, "with") || text_.IsAnyCase(k, "from") || text_.IsAnyCase(k, "to") ||
       in)) {
    std::uint32_t name = k + 1;
    if (text_.IsAnyCase(name, "the")) ++name;
    const MentionRef* m = linked_.mentions.At(name);
    if (m != nullptr && !m->pronoun && m->first_token == name &&
        (!in || m->type == EntityType::kLoc)) {
      d.phrase_end = m->end_token;
      // "of Hong Kong developer Silverbay Pacific Holdings": a noun and the name it describes.
      std::uint32_t next = m->end_token;
      while (next < sentence_end_ && next - m->end_token < 2 && text_.IsWord(next) &&
             !text_.IsCapitalized(next) && text_.Class(next) == WordClass::kOther &&
             !text_.IsCueForm(next))
        ++next;
      const MentionRef* named = next > m->end_token ? linked_.mentions.At(next) : nullptr;
      if (named != nullptr && !named->pronoun && named->first_token == next)
        d.phrase_end = named->end_token;
    }
  }
  if (one && AppositiveName(d) < 0) return {};
  return d;
}

ReferenceResolver::Description ReferenceResolver::DescriptionAfterCommonPossessor(
    std::uint32_t t) const {
  constexpr std::uint32_t kLongestPossessor = 3;  // words: "the copper mine's"
  std::uint32_t k = t + 1;
  while (k < sentence_end_ && k - t <= kLongestPossessor && text_.Kind(k) == TokenKind::kWord &&
         !text_.IsCapitalized(k) && text_.Class(k) == WordClass::kOther)
    ++k;
  if (k == t + 1 || k >= sentence_end_ || text_.Kind(k) != TokenKind::kContraction ||
      !text_.IsPossessive(k))
    return {};
  // The possessor is no role: "the company's chief executive" is read as the company's.
  if (LookupRoleNoun(text_.Text(k - 1)) != nullptr) return {};
  const Description d = DescriptionAt(k);
  return d.end != 0 && d.role->kind == RoleKind::kOrganization ? d : Description{};
}

ReferenceResolver::Description ReferenceResolver::BareKindAt(std::uint32_t t,
                                                             const Sentence& sentence) const {
  if (text_.IsAllCaps(t) || Quoted(t)) return {};
  // "police" anywhere; in a headline, whose style drops articles, any kind of organization
  // ("Workers go on strike, union says").
  const RoleNoun* kind = nullptr;
  if (text_.IsAnyCase(t, "police")) {
    static const RoleNoun* const police = LookupRoleNoun("police");
    kind = police;
  } else if (!text_.IsCapitalized(t) &&
             text_.segmentation().paragraphs[text_.ParagraphOfSentence(sentence_)].role ==
                 ParagraphRole::kHeadline) {
    kind = LookupRoleNoun(text_.Text(t));
    if (kind != nullptr && kind->kind != RoleKind::kOrganization) kind = nullptr;
  }
  if (kind == nullptr) return {};
  // Not a modifier's noun ("state police", "the police"): the word opens its phrase, or follows
  // the cue ("..., says union": then a kind whose names say it; "..., says watchdog" may be any
  // organization the story names).
  const bool after_cue = t > sentence.first_token && text_.IsCueForm(t - 1);
  if (after_cue && kind->any_organization) return {};
  if (t > sentence.first_token && text_.IsWord(t - 1) && !after_cue &&
      (text_.Class(t - 1) == WordClass::kOther || text_.Class(t - 1) == WordClass::kDeterminer ||
       text_.Kind(t - 1) == TokenKind::kContraction))
    return {};
  if (RoleOfMention(text_, quoted_, t, t + 1, sentence) != MentionRole::kSpeaker) return {};
  return Description{t + 1, t, kind, /*definite=*/true, t + 1};
}

ReferenceResolver::Description ReferenceResolver::ModifiedKindInHeadline(
    std::uint32_t t, const Sentence& sentence) const {
  // "..., safety board says", "..., says housing board": a word in small letters, then a kind of
  // organization, as the
  // speaker of a headline's report; the word must be one of the name's (AnnouncedOrganization).
  if (t + 1 >= sentence.end_token || text_.IsCapitalized(t) || text_.IsCapitalized(t + 1) ||
      Quoted(t) ||
      text_.segmentation().paragraphs[text_.ParagraphOfSentence(sentence_)].role !=
          ParagraphRole::kHeadline)
    return {};
  // The word opens its phrase, or follows the cue ("..., says housing board").
  if (t > sentence.first_token && text_.IsWord(t - 1) && !text_.IsCueForm(t - 1)) return {};
  const RoleNoun* kind = LookupRoleNoun(text_.Text(t + 1));
  if (kind == nullptr || kind->kind != RoleKind::kOrganization || kind->any_organization) return {};
  if (RoleOfMention(text_, quoted_, t, t + 2, sentence) != MentionRole::kSpeaker) return {};
  return Description{t + 2, t + 1, kind, /*definite=*/true, t + 2};
}

EntityType ReferenceResolver::TypeOfRole(const RoleNoun& role) {
  return role.kind == RoleKind::kPerson         ? EntityType::kPer
         : role.kind == RoleKind::kOrganization ? EntityType::kOrg
         : role.kind == RoleKind::kWork         ? EntityType::kMisc
                                                : EntityType::kLoc;
}

bool ReferenceResolver::NamesOtherKind(int entity) const {
  return facts().NamesKindOtherThanBusiness(entity);
}

bool ReferenceResolver::OfSomethingNew(const Description& d) const {
  return text_.IsAnyCase(d.end, "of") && text_.IsAnyCaseOf(d.end + 1, {"a", "an"});
}

bool ReferenceResolver::NamesCompany(int entity) const {
  const std::string_view name = linked_.entities[static_cast<std::size_t>(entity)].name;
  const std::size_t space = name.rfind(' ');
  return space != std::string_view::npos && IsCompanyWord(name.substr(space + 1));
}

bool ReferenceResolver::TitledByOwner(int entity, int owner) const {
  const std::string& name = linked_.entities[static_cast<std::size_t>(owner)].name;
  for (const std::string& title : linked_.entities[static_cast<std::size_t>(entity)].titles)
    if (title.find(name) != std::string::npos) return true;
  return false;
}

bool ReferenceResolver::NamedAsKind(int entity, const RoleNoun& role) const {
  for (std::string_view word : role.name_words)
    if (facts().Holds(entity, KeyOfFact(word))) return true;
  return false;
}

bool ReferenceResolver::Contradicts(int entity, std::uint32_t first, std::uint32_t head,
                                    int* confirmed) const {
  *confirmed = 0;
  bool vice = false;
  for (std::uint32_t t = first + 1; t < head; ++t) {
    // "the 26-year-old": not a person the article gives another age.
    if (AgeAt(text_, t, head + 1)) {
      if (facts().Holds(entity, KeyOfAge(text_.Text(t)))) {
        ++*confirmed;
      } else if (facts().Holds(entity, kAged)) {
        return true;
      }
      continue;
    }
    // "the Bengaluru-based lender" is not "Singapore-headquartered Aravali Capital"; it may be
    // an organization the article places nowhere (no confirmation: the place alone does not
    // say the kind).
    if (const FactKey place = LocatingPlaceAt(text_, t, first, head); place != 0) {
      if (facts().Holds(entity, kLocated) && !facts().Holds(entity, place)) return true;
      continue;
    }
    if (!text_.IsWord(t) || text_.Kind(t) == TokenKind::kContraction) continue;
    const FactKey word = KeyOfFact(text_.Text(t));
    vice = vice || word == kVice;
    if (facts().Holds(entity, word)) {
      ++*confirmed;
    } else if (IsPartyWord(word)) {
      for (FactKey party : kParties)
        if (party != word && facts().Holds(entity, party)) return true;
    }
  }
  if (TitledOtherwise(entity, first, head)) return true;
  // "the deputy for Seine-Saint-Denis" is not "a Renouveau deputy for Gironde": one the article
  // described by the noun and another place, but not by the place the description holds it
  // for.
  if (head + 2 < text_.size() && text_.IsAnyCaseOf(head + 1, {"for", "from"}) &&
      text_.IsWord(head + 2) && text_.IsCapitalized(head + 2) &&
      facts().Holds(entity, KeyOfFact(text_.Text(head))) &&
      !facts().Holds(entity, KeyOfFact(text_.Text(head + 2))) && DescribedByPlace(entity))
    return true;
  // "the presidential nominee" is not the vice-presidential one, nor the other way round
  // once the article has called the entity so without "vice".
  if (vice)
    return !facts().Holds(entity, kVice) && facts().Holds(entity, KeyOfFact(text_.Text(head)));
  return facts().Holds(entity, kVice);
}

bool ReferenceResolver::DescribedByPlace(int entity) const {
  for (const Entity& place : linked_.entities) {
    if (place.type != EntityType::kLoc) continue;
    const std::string_view name = place.name;
    if (facts().Holds(entity, KeyOfFact(name.substr(0, name.find(' '))))) return true;
  }
  return false;
}

bool ReferenceResolver::TitledOtherwise(int entity, std::uint32_t first, std::uint32_t head) const {
  // The description's words of titles or portfolios, in small letters; not those of a time in
  // office ("the former minister" may be any minister the article titled).
  std::vector<std::string_view> words;
  for (std::uint32_t t = first + 1; t < head; ++t) {
    if (!text_.IsWord(t) || text_.IsCapitalized(t)) continue;
    const std::string_view w = text_.Text(t);
    if (text_.IsAnyCaseOf(t, {"former", "then", "acting", "interim", "outgoing", "incoming", "late",
                              "new", "current"}))
      continue;
    std::string capitalized(w);
    if (capitalized[0] >= 'a' && capitalized[0] <= 'z')
      capitalized[0] = static_cast<char>(capitalized[0] - 32);
    if (LookupTitleWordAnyCase(w) != nullptr || IsPortfolio(capitalized)) words.push_back(w);
  }
  if (words.empty()) return false;
  const std::string_view noun = text_.Text(head);
  bool titled = false;
  for (const std::string& title : linked_.entities[static_cast<std::size_t>(entity)].titles) {
    const std::size_t space = title.rfind(' ');
    if (!chars::EqualsIgnoringAsciiCase(std::string_view(title).substr(space + 1), noun)) continue;
    if (space == std::string::npos) return false;  // "Minister" alone: any minister
    for (const std::string_view w : words) {
      // (The title's words, in any case: "Prime Minister" holds "prime".)
      for (std::size_t at = 0; at < space;) {
        std::size_t end = title.find(' ', at);
        if (end == std::string::npos || end > space) end = space;
        if (SameTitleWord(std::string_view(title).substr(at, end - at), w)) return false;
        at = end + 1;
      }
    }
    titled = true;
  }
  return titled;
}

int ReferenceResolver::ResolveDescription(std::uint32_t first, const Description& d,
                                          const Sentence& sentence) const {
  const RoleNoun& role = *d.role;
  // "the Save Brackenford Libraries group": an organization's name and a group's noun after it,
  // the whole phrase between them, mean that organization ("the Idaho court", "the Obama
  // administration" are others); so does any noun of organizations after a name and its
  // acronym, which say the name is the organization's whole ("The Industriegewerkschaft
  // Fahrzeugbau (IGF) union"). "The Hillary Clinton campaign" is a person's, which no entity
  // names.
  if (role.kind == RoleKind::kOrganization && d.possessor < 0) {
    const MentionRef* m = linked_.mentions.At(first + 1);
    if (m != nullptr && !m->pronoun && m->first_token == first + 1) {
      const bool acronym = m->end_token + 3 == d.head && text_.IsPunct(m->end_token, "(") &&
                           text_.IsPunct(m->end_token + 2, ")");
      if (m->end_token == d.head && m->type == EntityType::kPer) return -1;
      if (m->entity >= 0 && m->type == EntityType::kOrg &&
          ((m->end_token == d.head && IsGroupNoun(text_.Text(d.head))) ||
           (acronym && !text_.IsAnyCaseOf(d.head, {"government", "administration"}))))
        return m->entity;
    }
  }
  // "the small town of Cedar Hollow", "the city of Lindell": the place's name right after "of"
  // is what the words mean, and its own mention says so; no earlier place.
  if (role.kind == RoleKind::kPlace && text_.IsAnyCase(d.end, "of") && d.end + 1 < sentence_end_) {
    const MentionRef* m = linked_.mentions.At(d.end + 1);
    if (m != nullptr && !m->pronoun && m->first_token == d.end + 1 && m->type == EntityType::kLoc)
      return -1;
  }
  const FactKey head = KeyOfFact(text_.Text(d.head));
  std::vector<int> candidates;
  std::vector<FactKey> places;  // where the description places its organization
  facts().EntitiesWith(head, &candidates);
  if (role.kind == RoleKind::kOrganization) {
    for (std::string_view word : role.name_words)
      facts().EntitiesWith(KeyOfFact(word), &candidates);
    // "the Bengaluru-based lender": the organization the article places there.
    for (std::uint32_t t = first + 1; t < d.head; ++t)
      if (const FactKey place = LocatingPlaceAt(text_, t, first, d.head); place != 0) {
        facts().EntitiesWith(place, &candidates);
        places.push_back(place);
      }
  }
  // A description the text resolved before, when this one says nothing more ("the Norwegian",
  // "the 24-year-old Norwegian"; not "the Indiana governor", whose modifier may name another).
  bool bare = true;
  for (std::uint32_t t = first + 1; t < d.head && bare; ++t)
    bare = text_.Kind(t) == TokenKind::kNumber || text_.Is(t, "-") || IsAgeNoun(text_.Text(t));
  // The person the article gives that age ("Arbeláez, 26," ... "The 26-year-old").
  for (std::uint32_t t = first + 1; t < d.head; ++t)
    if (AgeAt(text_, t, d.head + 1)) facts().EntitiesWith(KeyOfAge(text_.Text(t)), &candidates);
  if (bare)
    for (const ResolvedHead& r : resolved_heads_)
      if (r.head == head) candidates.push_back(r.entity);
  // Any organization may be called "the company", any place "the state", any woman "the
  // woman": the salient ones. Not a possessor's ("Clinton's husband"): a relation to him,
  // which only the article can say.
  const bool anyone = role.kind == RoleKind::kPlace || role.any_organization || role.any_person;
  if (anyone && d.possessor < 0)
    candidates.insert(candidates.end(), salience_.active().begin(), salience_.active().end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  const EntityType type = TypeOfRole(role);
  int best = -1;
  double best_score = -1;
  for (int e : candidates) {
    const auto i = static_cast<std::size_t>(e);
    const Entity& entity = linked_.entities[i];
    // Only what the reader has met: a description does not announce a referent to come.
    const std::int64_t last_named = std::max(last_sentence_[i], modifier_sentence_[i]);
    if (entity.type != type || last_named < 0 || e == d.possessor) continue;
    // "the film" is no nationality ("American"), which is MISC too.
    if (role.kind == RoleKind::kWork && IsPeoplesName(entity.name)) continue;
    if (role.kind == RoleKind::kPlace && !PlaceOfKind(e, text_.Text(d.head))) continue;
    if (role.gender != Gender::kUnknown && gender_[i] != Gender::kUnknown &&
        gender_[i] != role.gender)
      continue;
    int confirmed = 0;
    if (Contradicts(e, first, d.head, &confirmed)) continue;
    // "Mitt Romney's chief strategist" is someone the article calls Romney's, not any
    // strategist; "the federation's president" the one it called "president of the Andaman
    // Hoteliers Federation".
    if (d.possessor >= 0 && !facts().Holds(e, KeyOfPossessor(text_.Text(d.possessor_word))) &&
        !TitledByOwner(e, d.possessor))
      continue;
    // Salience first; an entity out of sight but described so by the article ("the fund"
    // paragraphs after the International Monetary Fund) by how recently it was mentioned.
    const auto resolved_so = [&](const ResolvedHead& r) { return r.head == head && r.entity == e; };
    const bool named_so = facts().Holds(e, head) || NamedAsKind(e, role);
    const bool called_so =
        bare && std::any_of(resolved_heads_.begin(), resolved_heads_.end(), resolved_so);
    const bool located = std::any_of(places.begin(), places.end(),
                                     [&](FactKey place) { return facts().Holds(e, place); });
    const bool described = named_so || called_so || located;
    if (!described && salience_.Of(e) == 0) continue;
    // "the firm" is no commission and no university: a name that says its kind is called by
    // that kind.
    if (!described && role.business && NamesOtherKind(e)) continue;
    // A noun any organization may be called ("the company") that the article called this one
    // before stands in for salience out of sight ("head of research at Brackwater Capital", four
    // sentences back, is no match for it) and adds nothing to it (a fresh mention of another
    // company wins); among those it called so, the one it names most, the article's own company.
    constexpr double kDescribed = 100, kCalledSo = 50, kPerMention = 2;
    constexpr std::uint32_t kMentionsCounted = 20;
    double salience = salience_.Of(e);
    const bool kind_described = named_so || (called_so && !role.any_organization);
    if (called_so && !kind_described) {
      salience = std::max(salience, kCalledSo + kPerMention * std::min(salience_.MentionCount(e),
                                                                       kMentionsCounted));
    }
    const double score = salience + 400.0 * confirmed + (kind_described ? kDescribed : 0) +
                         static_cast<double>(last_named) / (sentence_ + 1.0);
    if (score > best_score) {
      best = e;
      best_score = score;
    }
  }
  if (best >= 0) return best;
  const int topic = ContinuedTopic(first, d, sentence);
  return topic >= 0 ? topic : AnnouncedOrganization(first, d);
}

bool ReferenceResolver::NameHoldsWords(const std::string& name, std::uint32_t from,
                                       std::uint32_t to) const {
  const std::string lower = ' ' + AsciiLower(name) + ' ';
  for (std::uint32_t t = from; t < to; ++t)
    if (text_.Kind(t) == TokenKind::kWord &&
        lower.find(' ' + AsciiLower(text_.Text(t)) + ' ') == std::string::npos)
      return false;
  return true;
}

bool ReferenceResolver::OwnedOrganizationNamed(const Description& d, const std::string& possessor,
                                               const std::string& name) const {
  // Each word between the possessive and the noun is a word of the name ("marketing" of the
  // Bassara Cocoa Marketing Board; "Kenya's dairy board" is no Kenya Sugar Board).
  return name.starts_with(possessor + ' ') && NameHoldsWords(name, d.possessor_word + 2, d.head);
}

int ReferenceResolver::AnnouncedOrganization(std::uint32_t first, const Description& d) const {
  // The headline and the lead, its first two paragraphs of body: "Union says mine ignored
  // warnings", "... was a hoax, police said", before the article names the union or the force;
  // "Bassara's marketing board said" before it names the Bassara Cocoa Marketing Board (a
  // possessor whose name opens the organization's).
  const RoleNoun& role = *d.role;
  if (role.kind != RoleKind::kOrganization || role.any_organization || role.name_words.empty())
    return -1;
  const std::string* possessor =
      d.possessor >= 0 ? &linked_.entities[static_cast<std::size_t>(d.possessor)].name : nullptr;
  // "..., safety board says" (ModifiedKindInHeadline): the word before the kind is the name's.
  const bool modified = possessor == nullptr && first < d.head && text_.IsWord(first) &&
                        text_.Class(first) == WordClass::kOther;
  const auto& paragraphs = text_.segmentation().paragraphs;
  // (Counted up to two: past the lead, a long text would count its paragraphs at every
  // description, a time quadratic in its length.)
  int body_before = 0;
  for (std::uint32_t p = 0; p < sentence_paragraph_ && p < paragraphs.size() && body_before < 2;
       ++p)
    body_before += paragraphs[p].role == ParagraphRole::kBody ? 1 : 0;
  if (body_before >= 2) return -1;
  // One named in the two paragraphs after the description's is the one it announces, though
  // the article names another of its kind further on ("the bloc's secretary-general" in the
  // lead, the Trade Community named next, a truckers' association ten paragraphs down).
  const std::size_t soon = std::min<std::size_t>(sentence_paragraph_ + 2, paragraphs.size() - 1);
  const std::uint32_t soon_end = paragraphs[soon].span.end;
  const std::uint32_t named_soon_before = text_.text().ToInput({soon_end, soon_end}).start;
  int found = -1, of_kind = 0, found_soon = -1, of_kind_soon = 0;
  for (std::size_t i = 0; i < linked_.entities.size(); ++i) {
    const int e = static_cast<int>(i);
    const Entity& entity = linked_.entities[i];
    if (entity.type != EntityType::kOrg || last_sentence_[i] >= 0 || !NamedAsKind(e, role) ||
        (possessor != nullptr && !OwnedOrganizationNamed(d, *possessor, entity.name)))
      continue;
    // (The modifier picks among organizations of the kind only where there is one: "Rates on
    // hold, central bank says" may be the Reserve Bank the article is about, though it names
    // the European Central Bank later.)
    ++of_kind;
    if (modified && !NameHoldsWords(entity.name, first, d.head)) continue;
    if (!entity.mentions.empty() && entity.mentions.front().span.start < named_soon_before) {
      ++of_kind_soon;
      found_soon = e;
    }
    if (found >= 0) found = -2;  // two such organizations: the reader cannot tell yet
    if (found == -1) found = e;
  }
  if (modified && of_kind > 1) return -1;
  return of_kind_soon == 1 ? found_soon : std::max(found, -1);
}

int ReferenceResolver::ContinuedTopic(std::uint32_t first, const Description& d,
                                      const Sentence& sentence) const {
  // The topic: this sentence's subject when one came before ("Rep. Adam Schiff called on ...
  // -- meddling the California congressman said"), else the last sentence's.
  const int e = sentence_subject_ >= 0 ? sentence_subject_ : previous_subject_;
  // "Pagliano's lawyer", "Cameron's spokesman": a person of someone else's is most often
  // someone new, not the topic.
  if (d.possessor >= 0) return -1;
  if (e < 0) return OnlyPersonOfSentenceBefore(first, d, sentence);
  const auto i = static_cast<std::size_t>(e);
  // "Zero Hedge asked ... The website noted": an organization goes on as one of its kind, or
  // of any kind when its name says none ("the firm" is no commission, "the ministry" no
  // company).
  const EntityType type = linked_.entities[i].type;
  if (type != EntityType::kPer && d.role->kind == RoleKind::kPerson)
    return OnlyPersonOfSentenceBefore(first, d, sentence);
  if (d.role->kind == RoleKind::kOrganization) {
    // Not its own sentence's subject: "the company took steps, according to the union".
    if (type != EntityType::kOrg || e != previous_subject_ || sentence_subject_ >= 0) return -1;
    if (NamedAsKind(e, *d.role)) return e;
    if (d.role->business) return NamesOtherKind(e) ? -1 : e;
    // Nor is a company a public body ("Hokuyo Air said ... The transport ministry said"), unless
    // a business's noun qualifies the kind ("The company website": the company's own); "the
    // service" or "the fund" may well be one.
    bool of_business = false;
    for (std::uint32_t t = first; t < d.head && !of_business; ++t) {
      const RoleNoun* modifier = LookupRoleNoun(text_.Text(t));
      of_business = modifier != nullptr && modifier->business;
    }
    const bool public_body =
        text_.IsAnyCaseOf(d.head, {"ministry", "department", "agency", "government", "council",
                                   "commission", "regulator", "watchdog", "authority", "police"});
    return !public_body || of_business || !NamesCompany(e) ? e : -1;
  }
  if (d.role->kind != RoleKind::kPerson || type != EntityType::kPer) return -1;
  const MentionRole role = RoleOfMention(text_, quoted_, first, d.end, sentence);
  if (role != MentionRole::kSubject && role != MentionRole::kSpeaker) return -1;
  if (d.role->gender != Gender::kUnknown && gender_[i] != Gender::kUnknown &&
      gender_[i] != d.role->gender)
    return -1;
  int confirmed = 0;
  return Contradicts(e, first, d.head, &confirmed) ? -1 : e;
}

int ReferenceResolver::OnlyPersonOfSentenceBefore(std::uint32_t first, const Description& d,
                                                  const Sentence& sentence) const {
  // "Keldon Rovers have sacked manager Rui Valadares ... The 44-year-old Portuguese was
  // dismissed": a person described by an age, or by an age and a people's adjective, as the
  // subject, where the topic is no person, is the one person the sentence before named. Not a
  // description by a role ("the chairman", "The 35-year-old defendant", "the 52-year-old
  // trader"), which most often brings in someone new.
  if (!d.aged || !d.definite || d.role->kind != RoleKind::kPerson || sentence_ == 0 ||
      LookupRoleNoun(text_.Text(d.head)) != nullptr)
    return -1;
  const MentionRole role = RoleOfMention(text_, quoted_, first, d.end, sentence);
  if (role != MentionRole::kSubject && role != MentionRole::kSpeaker) return -1;
  int found = -1;
  for (std::size_t i = 0; i < linked_.entities.size(); ++i) {
    if (linked_.entities[i].type != EntityType::kPer) continue;
    if (last_sentence_[i] == static_cast<std::int64_t>(sentence_)) return -1;  // one named here
    if (last_sentence_[i] != static_cast<std::int64_t>(sentence_) - 1) continue;
    if (found >= 0) return -1;  // two: the reader cannot tell
    found = static_cast<int>(i);
  }
  if (found < 0) return -1;
  const auto i = static_cast<std::size_t>(found);
  if (d.role->gender != Gender::kUnknown && gender_[i] != Gender::kUnknown &&
      gender_[i] != d.role->gender)
    return -1;
  int confirmed = 0;
  return Contradicts(found, first, d.head, &confirmed) ? -1 : found;
}

int ReferenceResolver::RankedPersonAt(std::uint32_t t, std::uint32_t* end) const {
  *end = 0;
  if (!text_.IsAnyCase(t, "the")) return -1;
  std::uint32_t k = t + 1;
  if (text_.IsAnyCase(k, "world")) ++k;
  if (!RankAt(text_, k, sentence_end_)) return -1;
  const FactKey rank = KeyOfRank(text_.Text(k + 1));
  k += 2;
  const bool seed = k < sentence_end_ && text_.IsAnyCase(k, "seed");
  if (seed) ++k;
  // "the No. 1 pick", "The No. 2 Republican", "the No. 10 role": a noun or a name after the
  // rank makes another phrase, one of any rank in a party, an office or a team. Only "the world
  // No. 2" and "the No. 29 seed" are a player's, and a bare "the No. 2" before a verb or a mark.
  if (k < sentence_end_ && text_.Kind(k) == TokenKind::kWord && !text_.IsCueForm(k) &&
      text_.Class(k) != WordClass::kAuxiliary && text_.Class(k) != WordClass::kVerb &&
      text_.Class(k) != WordClass::kAdverb && text_.Class(k) != WordClass::kPreposition &&
      text_.Class(k) != WordClass::kConjunction)
    return -1;
  *end = k;
  int found = -1;
  for (std::size_t i = 0; i < linked_.entities.size(); ++i) {
    if (linked_.entities[i].type != EntityType::kPer || last_sentence_[i] < 0 ||
        !facts().Holds(static_cast<int>(i), rank))
      continue;
    if (found >= 0) return -1;  // two of that rank: the reader cannot tell
    found = static_cast<int>(i);
  }
  return found;
}

bool ReferenceResolver::PlaceOfKind(int entity, std::string_view noun) const {
  const std::string& name = linked_.entities[static_cast<std::size_t>(entity)].name;
  const std::size_t space = name.rfind(' ');
  const std::string_view last = space == std::string::npos
                                    ? std::string_view(name)
                                    : std::string_view(name).substr(space + 1);
  // "the county": a county's name ("Harlow County"), or one the article calls a county
  // ("Miami-Dade, the most-populous county").
  const std::string kind = AsciiLower(noun);
  if (kind == "county") return last == "County" || facts().Holds(entity, KeyOfFact("county"));
  if (last == "County") return kind == "region";  // no state, town or country
  // A street, a river or a building is no town, state or country: "Greater Mount Zion Baptist
  // Church" is not "the state" (a valley, heights or a sea may be a town or a region).
  return !(last == "Street" || last == "Road" || last == "Avenue" || last == "Boulevard" ||
           last == "Square" || last == "Bridge" || last == "River" || last == "Creek" ||
           last == "Church" || last == "Cathedral" || last == "Mosque" || last == "Temple" ||
           last == "School" || last == "Hospital" || last == "Stadium" || last == "Arena" ||
           last == "Airport" || last == "Station" || last == "Park" || last == "Center" ||
           last == "Centre" || last == "Hall" || last == "Market" || last == "Mall");
}

}  // namespace newslens::reference
