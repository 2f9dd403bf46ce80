// Whom a speaker phrase means (see speakers.h).
#include "reference/speakers.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "lexicon/sports_words.h"
#include "lexicon/titles.h"
#include "text/word_classes.h"

namespace newslens {

namespace {

// Whether `lower` (lower case) holds `words` whole, between spaces or its ends.
bool HoldsWords(std::string_view lower, std::string_view words) {
  for (std::size_t at = lower.find(words); at != std::string::npos;
       at = lower.find(words, at + 1)) {
    const bool starts = at == 0 || lower[at - 1] == ' ';
    const std::size_t after = at + words.size();
    if (starts && (after == lower.size() || lower[after] == ' ')) return true;
  }
  return false;
}

}  // namespace

bool HoldsTitle(const Entity& e, const std::string& title) {
  // An executive's or a head of government's initials stand for the title written out ("CEO",
  // "Chief Executive"; "CM", "Chief Minister").
  static constexpr std::pair<std::string_view, std::string_view> kSpelledOut[] = {
      {"ceo", "chief executive"},
      {"cfo", "chief financial officer"},
      {"coo", "chief operating officer"},
      {"cm", "chief minister"}};
  std::string_view spelled_out;
  for (const auto& [initials, words] : kSpelledOut)
    if (title == initials) spelled_out = words;
  for (const std::string& held : e.titles) {
    const std::string lower = AsciiLower(held);
    if (HoldsWords(lower, title) || (!spelled_out.empty() && HoldsWords(lower, spelled_out)))
      return true;
  }
  return false;
}

bool SpeakerResolver::IsPronoun(const PhraseTokens& phrase) const {
  return phrase.head_end == phrase.head_first + 1 &&
         text_.Class(phrase.head_first) == WordClass::kPronoun;
}

SpeakerReferent SpeakerResolver::Resolve(const PhraseTokens& phrase) const {
  // A description or pronoun resolved in the reading of the article: one whose head is the
  // phrase's, or a description that holds the phrase's head ("The Republican presidential
  // nominee", whose head for the quotes room is "Republican").
  for (std::uint32_t t = phrase.head_first; t < phrase.head_end; ++t) {
    const Reference* r = references_.AtHead(t);
    if (r == nullptr) r = references_.Covering(t);
    if (r != nullptr && (r->entity >= 0 || r->antecedent_end > r->antecedent_first))
      return {r->entity, r->antecedent_first, r->antecedent_end};
  }
  if (IsPronoun(phrase)) return {};
  // A people's adjective before the phrase's noun is no speaker ("A Swedish MP said").
  const MentionRef* m = names_.At(phrase.head_first);
  // "Vesterhavn Airlines CEO says": an organization's name and a person's title after it are the
  // person with that title, where the article names one.
  if (m != nullptr && m->entity >= 0 && m->type == EntityType::kOrg &&
      m->end_token == phrase.end - 1) {
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(phrase.end - 1));
    if (w != nullptr && !w->honorific) {
      const int titled = EntityByTitle(phrase);
      if (titled >= 0 && entities_[static_cast<std::size_t>(titled)].type == EntityType::kPer)
        return {titled};
    }
  }
  if (m != nullptr && m->entity >= 0 &&
      !(m->type == EntityType::kMisc && m->end_token < phrase.end))
    return {ClubOrCompanyOfPlace(m->entity)};
  if (const int maker = MakerOfDocument(phrase); maker >= 0) return {maker};
  if (const int body = OrganizationOfBoard(phrase); body >= 0) return {body};
  if (const int employer = OrganizationOfStaff(phrase); employer >= 0) return {employer};
  if (const int office = OfficeOfTitle(phrase); office >= 0) return {office};
  return {EntityByTitle(phrase)};
}

int SpeakerResolver::OfficeOfTitle(const PhraseTokens& phrase) const {
  const std::uint32_t mark = phrase.head_first - 1;
  if (phrase.head_end != phrase.end || phrase.head_end != phrase.head_first + 1 ||
      !text_.IsAnyCase(phrase.head_first, "office") || phrase.head_first < phrase.first + 2 ||
      text_.Kind(mark) != TokenKind::kContraction || !text_.IsPossessive(mark))
    return -1;
  // The title's words in small letters after the article: " district attorney's office".
  std::uint32_t t = phrase.first;
  if (text_.Class(t) == WordClass::kDeterminer) ++t;
  if (t >= mark) return -1;
  std::string title;
  for (; t < mark; ++t) {
    if (!text_.IsWord(t)) return -1;
    title += ' ' + AsciiLower(text_.Text(t));
  }
  title += "'s office";
  int named = -1;
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    if (entities_[e].type != EntityType::kOrg) continue;
    std::string name = ' ' + AsciiLower(entities_[e].name);
    for (std::size_t at; (at = name.find("\u2019")) != std::string::npos;) name.replace(at, 3, "'");
    if (!name.ends_with(title)) continue;
    if (named >= 0) return -1;  // two: the reader cannot tell which
    named = static_cast<int>(e);
  }
  return named;
}

int SpeakerResolver::ClubOrCompanyOfPlace(int entity) const {
  const Entity& place = entities_[static_cast<std::size_t>(entity)];
  if (place.type != EntityType::kLoc) return entity;
  int named = -1;
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    const Entity& other = entities_[e];
    const std::string_view name = other.name;
    if (other.type != EntityType::kOrg || !name.starts_with(place.name) ||
        name.size() <= place.name.size() + 1 || name[place.name.size()] != ' ')
      continue;
    const std::string_view last = name.substr(name.rfind(' ') + 1);
    if (!IsClubEndWord(last) && !IsCompanyWord(last)) continue;
    if (named >= 0) return entity;  // two: the place is what the reader has
    named = static_cast<int>(e);
  }
  return named >= 0 ? named : entity;
}

int SpeakerResolver::OrganizationOfBoard(const PhraseTokens& phrase) const {
  if (phrase.head_end != phrase.end ||
      !text_.IsAnyCaseOf(phrase.head_end - 1,
                         {"board", "management", "leadership", "secretariat", "cabinet"}))
    return -1;
  // The organization's name right before the head, or before its possessive's mark.
  std::uint32_t t = phrase.head_end - 1;
  if (t > phrase.first && text_.Kind(t - 1) == TokenKind::kContraction) --t;
  const MentionRef* m = t > phrase.first ? names_.At(t - 1) : nullptr;
  if (m == nullptr || m->pronoun || m->entity < 0 || m->end_token != t) return -1;
  return entities_[static_cast<std::size_t>(m->entity)].type == EntityType::kOrg ? m->entity : -1;
}

int SpeakerResolver::OrganizationOfStaff(const PhraseTokens& phrase) const {
  // People who speak for their firm or body, then "at" or "from" (not "Scientists at the
  // University of Bristol", who speak for their study); or its spokesperson, then "for".
  const auto speaks_for = [&](std::uint32_t t) {
    return text_.IsAnyCaseOf(t, {"spokesperson", "spokesman", "spokeswoman"});
  };
  // "A ministry spokesperson said", "a council spokesman": a kind of body before the word
  // speaks for the one organization the article names with that word in its name ("Ministry
  // of Transport"); where it names two ministries, for neither, nor where the word stands
  // capitalized outside that one's names ("the Ministry of Justice" that no entity holds).
  if (phrase.head_end == phrase.head_first + 2 && phrase.head_end == phrase.end &&
      speaks_for(phrase.head_first + 1) && !text_.IsCapitalized(phrase.head_first)) {
    const RoleNoun* role = LookupRoleNoun(text_.Text(phrase.head_first));
    if (role == nullptr || role->kind != RoleKind::kOrganization) return -1;
    const std::string kind = ' ' + AsciiLower(text_.Text(phrase.head_first)) + ' ';
    int named = -1;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      const Entity& entity = entities_[e];
      if (entity.type != EntityType::kOrg ||
          (' ' + AsciiLower(entity.name) + ' ').find(kind) == std::string::npos)
        continue;
      if (named >= 0) return -1;
      named = static_cast<int>(e);
    }
    if (named < 0) return -1;
    for (std::uint32_t t = 0; t < text_.size(); ++t) {
      if (!text_.IsCapitalized(t) || !text_.IsAnyCase(t, text_.Text(phrase.head_first))) continue;
      const MentionRef* m = names_.At(t);
      if (m == nullptr || m->entity != named) return -1;
    }
    return named;
  }
  if (phrase.head_end != phrase.head_first + 1) return -1;
  // Or after the organization's name: "An Airport Authority spokeswoman said", "a Hartwell
  // Council spokesman".
  if (phrase.head_end == phrase.end && phrase.head_first > phrase.first &&
      speaks_for(phrase.head_first)) {
    const MentionRef* m = names_.At(phrase.head_first - 1);
    if (m == nullptr || m->pronoun || m->entity < 0 || m->end_token != phrase.head_first) return -1;
    return entities_[static_cast<std::size_t>(m->entity)].type == EntityType::kOrg ? m->entity : -1;
  }
  if (phrase.head_end + 1 >= phrase.end) return -1;
  // ("Officials of the Water Corporation", "officials in the Agriculture Department".)
  const bool staff = text_.IsAnyCaseOf(phrase.head_end, {"at", "from", "of", "in"}) &&
                     text_.IsAnyCaseOf(phrase.head_first, {"analysts", "economists", "strategists",
                                                           "officials", "executives"});
  const bool spokesperson =
      text_.IsAnyCase(phrase.head_end, "for") && speaks_for(phrase.head_first);
  if (!staff && !spokesperson) return -1;
  // The organization's name, after "the" or not, or its description ("the trust"), ends the
  // phrase; so does a name after its owner's possessive ("for Manitoba’s Emergency Office").
  std::uint32_t t = phrase.head_end + 1, end = 0;
  int entity = NamedOrDescribedAt(t, &end);
  if (entity < 0 && text_.IsAnyCase(t, "the") && t + 1 < phrase.end)
    entity = NamedOrDescribedAt(++t, &end);
  if (const MentionRef* owner = names_.At(t); entity < 0 && owner != nullptr && !owner->pronoun &&
                                              owner->first_token == t &&
                                              text_.IsPossessive(owner->end_token))
    entity = NamedOrDescribedAt(owner->end_token + 1, &end);
  if (entity < 0 || end != phrase.end) return -1;
  return entities_[static_cast<std::size_t>(entity)].type == EntityType::kOrg ? entity : -1;
}

int SpeakerResolver::NamedOrDescribedAt(std::uint32_t t, std::uint32_t* end) const {
  std::uint32_t unused = 0;
  if (end == nullptr) end = &unused;
  int entity = -1;
  const MentionRef* m = names_.At(t);
  if (m != nullptr && m->entity >= 0 && !m->pronoun && m->first_token == t) {
    entity = m->entity;
    *end = m->end_token;
  } else if (const Reference* r = references_.Covering(t);
             text_.Class(t) == WordClass::kDeterminer && r != nullptr && r->first_token == t &&
             r->kind == ReferenceKind::kDescription) {
    entity = r->entity;
    *end = r->end_token;
  }
  // A possessor ("by the agency's watchdog") is not who the phrase names.
  return entity >= 0 && text_.Kind(*end) != TokenKind::kContraction ? entity : -1;
}

int SpeakerResolver::MakerOfDocument(const PhraseTokens& phrase) const {
  const RoleNoun* role = LookupRoleNoun(text_.Text(phrase.head_end - 1));
  if (role == nullptr || role->kind != RoleKind::kDocument) return -1;
  // Before the head, the name that modifies it or owns it; after it, "by" or "from" and the
  // maker ("a report by the agency", "a statement from the police department").
  const auto maker_follows = [&](std::uint32_t k) { return text_.IsAnyCaseOf(k, {"by", "from"}); };
  int maker = -1;
  for (std::uint32_t t = phrase.first; t < phrase.end; ++t) {
    const MentionRef* m = names_.At(t);
    if (m == nullptr || m->entity < 0 || m->first_token != t) continue;
    const bool before = m->end_token <= phrase.head_first;
    // (After "from", not a place: "a report from Geneva".)
    const bool from_place = m->type == EntityType::kLoc && !text_.IsAnyCase(t - 1, "by") &&
                            !(t >= 2 && text_.IsAnyCase(t - 2, "by"));
    const bool by =
        t > phrase.head_end && !from_place &&
        (maker_follows(t - 1) || (text_.IsAnyCase(t - 1, "the") && maker_follows(t - 2)));
    if (before || by) maker = m->entity;
    t = m->end_token - 1;
  }
  // "a summary released by the union": a maker described after "by".
  for (std::uint32_t k = phrase.head_end; maker < 0 && k + 1 < phrase.end; ++k)
    if (text_.IsAnyCase(k, "by")) maker = NamedOrDescribedAt(k + 1, nullptr);
  if (maker >= 0 || phrase.end != phrase.head_end) return maker;
  // "a survey published last week by the institute": a participle that makes the document (not
  // "documents reported by The Post", "a memo obtained by"), at most a few words of time or
  // place, then "by" and the maker, named or described.
  if (text_.IsAnyCaseOf(phrase.end, {"published", "released", "conducted", "commissioned", "issued",
                                     "compiled", "produced", "prepared", "written", "drafted",
                                     "authored", "signed", "filed"})) {
    constexpr std::uint32_t kLongestGap = 4;  // "last week", "on Monday", "in May"
    for (std::uint32_t k = phrase.end + 1; k <= phrase.end + kLongestGap + 1 && text_.IsWord(k);
         ++k) {
      // (Not past another participle: "a report released on Monday and dismissed by X".)
      if (text_.IsAnyCaseOf(k, {"and", "or", "but"})) break;
      if (!text_.IsAnyCase(k, "by")) continue;
      const int maker_named = NamedOrDescribedAt(k + 1, nullptr);
      if (maker_named >= 0 || !text_.IsAnyCase(k + 1, "the")) return maker_named;
      return NamedOrDescribedAt(k + 2, nullptr);
    }
  }
  // "results the company released", "an analysis the group submitted": the subject of the
  // relative clause without "that" after the head, a name or a description, before its verb.
  std::uint32_t subject_end = 0;
  maker = NamedOrDescribedAt(phrase.end, &subject_end);
  if (maker < 0 || !text_.IsWord(subject_end) || text_.IsCapitalized(subject_end) ||
      !text_.Text(subject_end).ends_with("ed"))
    return -1;
  return maker;
}

int SpeakerResolver::EntityByTitle(const PhraseTokens& phrase) const {
  std::string title;      // the phrase's last title word, lower case
  std::string kind_word;  // a kind of organization before it ("council" of "council leader")
  int kind_entity = -1;   // the organization that kind means, where resolved ("the bloc's")
  std::vector<std::string> field_words;  // in small letters before the title ("security")
  // "her lawyer described as ...": after a possessive pronoun, a person's role is as good as a
  // title, which the article gives someone ("Her lawyer, Farouk Abdalla Mwinyi,").
  // ("with its chair saying": an organization's title holder.)
  const bool owned = phrase.end == phrase.first + 2 &&
                     text_.IsAnyCaseOf(phrase.first, {"her", "his", "their", "its"}) &&
                     (LookupPersonsRole(text_.Text(phrase.first + 1)) != nullptr ||
                      LookupTitleWordAnyCase(text_.Text(phrase.first + 1)) != nullptr);
  for (std::uint32_t t = owned ? phrase.first + 1 : phrase.first; t < phrase.end; ++t) {
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(t));
    // "the state" is a place, though "State" is a word of "Secretary of State"; "council" of
    // "council leader says" modifies the title.
    const RoleNoun* role = LookupRoleNoun(text_.Text(t));
    // (Not in an indefinite phrase: "a school spokesman", "one studio executive" are unnamed.)
    const bool modifier = role != nullptr && role->kind != RoleKind::kPerson &&
                          t + 1 < phrase.end && !text_.IsCapitalized(t) &&
                          !text_.IsAnyCaseOf(phrase.first, {"a", "an", "one", "another", "some"});
    if (role != nullptr && role->kind != RoleKind::kPerson && !modifier) return -1;
    if (modifier) {
      kind_word = AsciiLower(text_.Text(t));
      const Reference* r = references_.AtHead(t);
      kind_entity = r != nullptr ? r->entity : -1;
    }
    // "the bloc's secretary-general": the kind's possessive mark.
    if (t == phrase.first + 2 && text_.Kind(t) == TokenKind::kContraction && !kind_word.empty())
      continue;
    // "as vice-chancellor insists": a person's role in small letters that no lexicon lists as a
    // title, that the article gives a person as one ("The vice-chancellor, Prof Adrian
    // Holloway,") and that ends the phrase, is one here.
    // (The noun alone or after "the": not "a top aide", "one Clinton aide", "Every nurse on the
    // ward", "The other nurse", which bring in someone new; nor a noun for sources news does
    // not name.)
    const auto held_by_someone = [&] {
      if (w != nullptr || role == nullptr || role->kind != RoleKind::kPerson || role->source ||
          t + 1 != phrase.end || text_.IsCapitalized(t) || text_.Kind(t) != TokenKind::kWord ||
          text_.Class(t) != WordClass::kOther ||
          !(t == phrase.first || (t == phrase.first + 1 && text_.IsAnyCase(phrase.first, "the")) ||
            (t == phrase.first + 3 && text_.IsAnyCase(phrase.first, "the") &&
             text_.Kind(t - 1) == TokenKind::kContraction)))
        return false;
      // (Or that the article's descriptions by that noun mean one person: "mediator says" in a
      // headline, "the chief mediator at talks ... has said" in the lead, resolved.)
      const std::string word = AsciiLower(text_.Text(t));
      return std::any_of(entities_.begin(), entities_.end(),
                         [&](const Entity& e) {
                           return e.type == EntityType::kPer && HoldsTitle(e, word);
                         }) ||
             PersonDescribedBy(word) >= 0;
    };
    if ((w != nullptr && !w->honorific) || owned || held_by_someone()) {
      title = AsciiLower(text_.Text(t));
    } else if (title.empty() && !modifier && text_.Kind(t) == TokenKind::kWord &&
               text_.Class(t) == WordClass::kOther && !text_.IsCapitalized(t) &&
               t + 1 < phrase.end &&
               !text_.IsAnyCaseOf(t, {"former", "then", "acting", "interim", "outgoing", "incoming",
                                      "late", "new", "current", "top", "senior"})) {
      // "security chief tells senators": a field before the title, which the holder's title
      // must name ("chief security officer").
      field_words.push_back(AsciiLower(text_.Text(t)));
    } else if (!modifier && text_.Class(t) != WordClass::kDeterminer && !text_.IsCapitalized(t)) {
      return -1;  // "the mayor's office": more than a title
    }
  }
  if (title.empty() || phrase.end - phrase.first > 4) return -1;
  const std::uint32_t before = text_.NormalizedSpan(phrase.head_first, phrase.head_end).start;
  const std::uint32_t before_input = text_.text().ToInput({before, before}).start;
  int best = -1;
  std::uint32_t best_position = 0;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const Entity& e = entities_[i];
    if (e.type != EntityType::kPer || !HoldsTitle(e, title)) continue;
    if (!std::all_of(field_words.begin(), field_words.end(), [&](const std::string& field) {
          return std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& held) {
            return HoldsWords(AsciiLower(held), field);
          });
        }))
      continue;
    // "union leader says": a leader whose title says the union ("Council leader"), not any
    // leader ("Opposition leader").
    // Or one whose title names the organization the kind word means ("the bloc's
    // secretary-general", "ECATC Secretary-General").
    if (!kind_word.empty() &&
        std::none_of(e.titles.begin(), e.titles.end(), [&](const std::string& held) {
          return HoldsWords(AsciiLower(held), kind_word) || TitleNamesEntity(held, kind_entity);
        }))
      continue;
    // The latest mention before the speaker phrase wins; one after it counts as position 0.
    std::uint32_t position = 0;
    for (const Mention& m : e.mentions)
      if (m.span.start < before_input) position = std::max(position, m.span.start + 1);
    if (best < 0 || position > best_position) {
      best = static_cast<int>(i);
      best_position = position;
    }
  }
  // "Silverbay Pacific chairman says" in a headline, "The chairman of Hong Kong developer
  // Silverbay Pacific Holdings said" in the lead, resolved to the person named after it: the
  // one person a description of that title word means.
  return best >= 0 || !field_words.empty() ? best : PersonDescribedBy(title);
}

bool SpeakerResolver::TitleNamesEntity(const std::string& title, int entity) const {
  if (entity < 0) return false;
  const std::string lower = AsciiLower(title);
  const Entity& e = entities_[static_cast<std::size_t>(entity)];
  if (HoldsWords(lower, AsciiLower(e.name))) return true;
  return std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
    return m.kind == MentionKind::kName && HoldsWords(lower, AsciiLower(m.text));
  });
}

int SpeakerResolver::PersonDescribedBy(const std::string& word) const {
  if (!described_) {
    described_.emplace();
    for (const Reference& r : references_.all()) {
      if (r.kind != ReferenceKind::kDescription || r.entity < 0 ||
          entities_[static_cast<std::size_t>(r.entity)].type != EntityType::kPer)
        continue;
      auto [it, inserted] = described_->emplace(AsciiLower(text_.Text(r.head)), r.entity);
      if (!inserted && it->second != r.entity) it->second = -1;
    }
  }
  const auto it = described_->find(word);
  return it == described_->end() ? -1 : it->second;
}

}  // namespace newslens
