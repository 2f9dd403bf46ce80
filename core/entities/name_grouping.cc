// Name grouping (see name_grouping.h).
#include "entities/name_grouping.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/sports_words.h"
#include "lexicon/titles.h"
#include "text/word_classes.h"

namespace newslens::entities {
namespace {

// An organization's word or prefix that two entities' names share: it names neither.
constexpr int kAmbiguous = -2;

class NameGrouping {
 public:
  NameGrouping(const NameText& text, std::vector<NameMention>* names)
      : text_(text), names_(*names) {}

  // People, then everything else; returns the groups. Call once.
  NameGroups Run() {
    GroupPeople();
    GroupOthers();
    return std::move(groups_);
  }

 private:
  // Full names of people by first and last word, then single words by the person they name.
  void GroupPeople();
  // "Crooked Hillary Clinton": a full name that ends with another person's full name of two
  // words is that person, a nickname or epithet before it.
  void JoinEpithets();
  // The person a one-word name (index `index`) names: see the definition.
  int PersonNamedBy(const std::string& word, std::size_t index) const;
  // "Bernie, as she is known to her regulars,": the one-word name `m` is set off as the name
  // someone goes by.
  bool IntroducesNickname(const NameMention& m) const;
  // What the full names of each provisional person say: its gender, how many full-name
  // mentions it has, the words of its titles.
  struct Person {
    Gender gender = Gender::kUnknown;
    std::uint32_t full_names = 0;
    std::size_t first_name = 0;  // index of its first full name
    std::vector<std::string> title_words;
    std::vector<std::uint32_t> paragraphs;  // of its mentions so far, in text order
  };
  std::vector<Person> people_;  // by provisional entity
  // Everything else by its name; then acronyms and short names join the longer name.
  void GroupOthers();
  // Drops a leading "The" where the same entity is also named without it.
  void DropArticles();
  // Moves an organization called by one word of its name into the entity of the full name.
  void JoinShortOrganizationNames();
  // Moves an organization called by the first words of its name into the full name's entity.
  void JoinOrganizationPrefixes();
  // Whether token t (before `end`) is a plural's possessive apostrophe ("Supporters’").
  bool PluralPossessiveAt(std::uint32_t t, std::uint32_t end) const {
    return t < end && text_.IsPossessive(t) && (text_.Text(t) == "\u2019" || text_.Text(t) == "'");
  }
  // Moves a storm called by its name without its kind into the entity of the full name.
  void JoinStormNames();
  // Moves each name of `moves` (name index, new entity) to its new entity, all at once.
  void MoveNames(const std::vector<std::pair<std::size_t, int>>& moves);
  // A new, empty group; returns its index.
  int NewEntity();

  const NameText& text_;
  std::vector<NameMention>& names_;
  NameGroups groups_;  // per provisional entity: indexes into names_
  // The people a full name's last and first word name: their entities, ascending. (Entities,
  // not names: a text of a million mentions of one name has one entry per word.)
  std::unordered_map<std::string, std::vector<int>> surnames_, first_names_;
  // The people whose full name of three words has this middle word, no first name: a Spanish
  // or Portuguese first surname, by which news calls "Ignacio Ferrán Ulloa" ("Ferrán").
  std::unordered_map<std::string, std::vector<int>> first_surnames_;
};

int NameGrouping::NewEntity() {
  groups_.emplace_back();
  return static_cast<int>(groups_.size() - 1);
}

// People: full names first (same first and last word: one person), then single words, which
// join the one person they name (a surname, else a first name).
void NameGrouping::GroupPeople() {
  // "De Blasio", "Van Gogh": a particle (capitalized at a sentence's start) and a surname are
  // the surname alone, which joins the person it names below, like a one-word name.
  const auto surname_with_particle = [&](const NameMention& m) {
    if (Words(m) < 2 || Words(m) > 3) return false;  // "van der Lingen"
    for (std::uint32_t t = m.first; t + 1 < m.end; ++t)
      if (!IsNameParticle(AsciiLower(text_.Text(t)))) return false;
    return true;
  };
  std::unordered_map<std::string, int> by_first_and_last;
  // Names with a nickname last: "Robert C. “Bobby” Scott" is the "Bobby Scott" of the text, if
  // it has one, whether named before or after.
  for (const bool nicknamed : {false, true}) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      NameMention& m = names_[i];
      if (m.type != EntityType::kPer || Words(m) < 2 || surname_with_particle(m) ||
          m.nickname.empty() != !nicknamed)
        continue;
      std::string key = text_.FirstWord(m) + '\x1F' + text_.LastWord(m);
      if (nicknamed) {
        const std::string by_nickname =
            AsciiLower(text_.Text(m.nickname.first + 1)) + '\x1F' + text_.LastWord(m);
        if (by_first_and_last.contains(by_nickname)) key = by_nickname;
      }
      auto [it, inserted] = by_first_and_last.emplace(key, -1);
      if (inserted) it->second = NewEntity();
      m.entity = it->second;
      groups_[static_cast<std::size_t>(m.entity)].push_back(i);
    }
  }
  JoinEpithets();
  people_.assign(groups_.size(), Person{});
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    if (m.entity < 0) continue;
    Person& person = people_[static_cast<std::size_t>(m.entity)];
    if (person.full_names++ == 0) person.first_name = i;
    const Gender gender =
        m.gender != Gender::kUnknown ? m.gender : FirstNameGender(text_.Text(m.first));
    if (gender != Gender::kUnknown) person.gender = gender;
    for (std::uint32_t t = m.title.first; t < m.title.end; ++t)
      person.title_words.push_back(AsciiLower(text_.Text(t)));
    // "Harbash" alone names "Yousef al-Harbash": the surname without its joined particle too.
    const std::string bare_surname =
        AsciiLower(SurnameAfterParticle(text_.Text(text_.SurnameToken(m))));
    for (auto [names, word] :
         {std::pair{&surnames_, text_.LastWord(m)}, std::pair{&surnames_, bare_surname},
          std::pair{&first_names_, text_.FirstWord(m)}}) {
      if (word.empty()) continue;
      std::vector<int>& entities = (*names)[word];
      auto at = std::lower_bound(entities.begin(), entities.end(), m.entity);
      if (at == entities.end() || *at != m.entity) entities.insert(at, m.entity);
    }
    const std::uint32_t middle = m.first + 1;
    if (Words(m) == 3 && text_.IsCapitalized(middle) && text_.Text(middle).size() > 2 &&
        !text_.Text(middle).ends_with(".") && !IsKnownFirstName(text_.Text(middle)) &&
        !IsNameParticle(AsciiLower(text_.Text(middle)))) {
      std::vector<int>& entities = first_surnames_[AsciiLower(text_.Text(middle))];
      if (entities.empty() || entities.back() != m.entity) entities.push_back(m.entity);
    }
  }
  // In text order, so that each one-word name is decided on the mentions before it.
  int last_named_in_full = -1;  // the person of the last full name met
  for (std::size_t i = 0; i < names_.size(); ++i) {
    NameMention& m = names_[i];
    // A person's first name alone does not count ("Jayden", a child, a victim: "Ms Ruaki" is
    // his mother, named in full once).
    bool counts = Words(m) > 1;
    if (Words(m) == 1 || surname_with_particle(m)) {
      const std::string word = text_.LastWord(m);
      counts = counts || surnames_.contains(word);
      if (m.entity < 0) {
        int person = PersonNamedBy(word, i);
        // "Bernie, as she is known to her regulars,": the name the person just named in full
        // goes by, here and after.
        if (person < 0 && last_named_in_full >= 0 && IntroducesNickname(m)) {
          person = last_named_in_full;
          first_names_[word].push_back(person);
        }
        if (person >= 0) {
          m.entity = person;
          m.type = EntityType::kPer;
          groups_[static_cast<std::size_t>(person)].push_back(i);
        }
      }
    } else if (m.entity >= 0 && m.type == EntityType::kPer) {
      last_named_in_full = m.entity;
    }
    if (counts && m.entity >= 0 && m.type == EntityType::kPer)
      people_[static_cast<std::size_t>(m.entity)].paragraphs.push_back(text_.ParagraphAt(m.first));
  }
}

void NameGrouping::JoinEpithets() {
  // A two-word name is a full name when it opens with a first name ("Hillary Clinton"); then a
  // longer name that ends with it carries an epithet ("Crooked Hillary Clinton"). Else it is a
  // surname of two words ("Guajardo Villarreal"), and a longer name that ends with it is the
  // person's full name ("Ildefonso Guajardo Villarreal").
  std::unordered_map<std::string, int> two_words;  // "hillary clinton" -> entity
  for (const NameMention& m : names_)
    if (m.entity >= 0 && Words(m) == 2) two_words.emplace(text_.Key(m), m.entity);
  if (two_words.empty()) return;
  std::vector<std::pair<std::size_t, int>> epithets, surnames;
  std::unordered_map<int, int> full_name_of;  // a two-word surname's entity -> the full name's
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    if (m.entity < 0 || Words(m) < 3) continue;
    const std::string tail =
        AsciiLower(text_.Text(m.end - 2)) + ' ' + AsciiLower(text_.Text(m.end - 1));
    auto it = two_words.find(tail);
    if (it == two_words.end() || it->second == m.entity) continue;
    if (IsKnownFirstName(text_.Text(m.end - 2))) {
      // Not "Donald J. Trump" or "Mary Ann Evans": the first word is no first name.
      if (!IsKnownFirstName(text_.Text(m.first))) epithets.push_back({i, it->second});
    } else {
      full_name_of.emplace(it->second, m.entity);
    }
  }
  // The epithet is no part of the name: the mention is the name it ends with.
  for (const auto& [i, entity] : epithets) names_[i].first = names_[i].end - 2;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    auto it = full_name_of.find(names_[i].entity);
    if (it != full_name_of.end()) surnames.push_back({i, it->second});
  }
  epithets.insert(epithets.end(), surnames.begin(), surnames.end());
  std::sort(epithets.begin(), epithets.end());
  MoveNames(epithets);
}

// The person whose full name ends (else starts) with `word`. When several do ("Bill Clinton",
// "Hillary Clinton"), a reader takes the one an honorific or a title says ("Mrs. Clinton",
// "Sen. Cruz"); else the one the article has named most so far, each mention counting less the
// further back its paragraph is: the principal bearer of the name (news names the others of a
// family in full, or by first name), unless another holds the last paragraphs; the one it
// introduces first on a tie. -1 if none.
int NameGrouping::PersonNamedBy(const std::string& word, std::size_t index) const {
  const NameMention& m = names_[index];
  for (const auto* names : {&surnames_, &first_names_, &first_surnames_}) {
    auto it = names->find(word);
    if (it == names->end()) continue;
    const std::vector<int>& candidates = it->second;
    if (candidates.size() == 1) return candidates.front();
    const std::uint32_t paragraph = text_.ParagraphAt(m.first);
    int best = -1;
    double best_score = 0;
    for (int e : candidates) {
      const Person& person = people_[static_cast<std::size_t>(e)];
      if (m.gender != Gender::kUnknown && person.gender != Gender::kUnknown &&
          person.gender != m.gender)
        continue;
      // Its mentions so far, each counting less the further back its paragraph (the last 64).
      double mentions = 0;
      const std::size_t n = person.paragraphs.size();
      for (std::size_t k = n > 64 ? n - 64 : 0; k < n; ++k)
        mentions += 4.0 / (4.0 + static_cast<double>(paragraph - person.paragraphs[k]));
      double score = 1000 + mentions;
      for (std::uint32_t t = m.title.first; t < m.title.end; ++t) {
        const std::string title = AsciiLower(text_.Text(t));
        if (std::find(person.title_words.begin(), person.title_words.end(), title) !=
            person.title_words.end())
          score += 1000;
      }
      const bool earlier =
          best >= 0 && person.first_name < people_[static_cast<std::size_t>(best)].first_name;
      if (score > best_score || (score == best_score && earlier)) {
        best = e;
        best_score = score;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

bool NameGrouping::IntroducesNickname(const NameMention& m) const {
  const std::uint32_t t = m.end;
  if (t + 4 >= text_.size() || text_.Text(t) != "," || !text_.IsAnyCase(t + 1, "as")) return false;
  return text_.IsAnyCaseOf(t + 2, {"she", "he"}) && text_.IsAnyCaseOf(t + 3, {"is", "was"}) &&
         text_.IsAnyCaseOf(t + 4, {"known", "called", "nicknamed"});
}

// Everything else by its name (case-insensitive, an organization's legal form aside); an
// acronym joins the organization it abbreviates ("UN" and "United Nations").
void NameGrouping::GroupOthers() {
  std::unordered_map<std::string, int> by_key;
  for (const NameMention& m : names_) {
    if (m.entity >= 0) by_key.emplace(text_.GroupingKey(m), m.entity);
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    NameMention& m = names_[i];
    if (m.entity >= 0) continue;
    auto [it, inserted] = by_key.emplace(text_.GroupingKey(m), -1);
    if (inserted) it->second = NewEntity();
    m.entity = it->second;
    groups_[static_cast<std::size_t>(m.entity)].push_back(i);
  }
  DropArticles();
  // Acronyms: a one-word name in capitals that spells the initials of a longer one of the
  // same type.
  // The tagger may type the two differently ("North Atlantic Treaty Organization" a place,
  // "NATO" an organization); the entity's type is then decided by vote, which the acronym's
  // type does not take part in where the longer name has one (below).
  std::unordered_map<std::string, int> by_initials;
  for (const NameMention& m : names_) {
    if (Words(m) >= 2 && m.type != EntityType::kPer)
      by_initials.emplace(text_.Initials(m), m.entity);
  }
  // An acronym in parentheses right after such a name abbreviates it, whatever its letters
  // spell ("the National Emergency Office (ONAE)": a name translated from another language).
  std::unordered_map<std::string, int> in_parentheses;
  for (std::size_t i = 1; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    const NameMention& before = names_[i - 1];
    if (Words(m) == 1 && text_.IsAllCaps(m.first) && m.type != EntityType::kPer &&
        Words(before) >= 2 && before.type != EntityType::kPer && before.end + 1 == m.first &&
        text_.Text(before.end) == "(" && m.end < text_.size() && text_.Text(m.end) == ")")
      in_parentheses.emplace(text_.FirstWord(m), before.entity);
  }
  // "WIFCo" for the Western Isles Ferry Company: an acronym with a company's "Co" spells its
  // capitals.
  const auto acronym = [&](const NameMention& m) -> std::string {
    if (text_.IsAllCaps(m.first)) return text_.FirstWord(m);
    const std::string_view w = text_.Text(m.first);
    if (w.size() < 5 || !w.ends_with("Co")) return {};
    for (std::size_t k = 0; k + 1 < w.size(); ++k)
      if (w[k] < 'A' || w[k] > 'Z') return {};
    return AsciiLower(w.substr(0, w.size() - 1));
  };
  std::vector<std::pair<std::size_t, int>> moves;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    if (Words(m) != 1 || m.type == EntityType::kPer) continue;
    const std::string word = acronym(m);
    if (word.empty()) continue;
    int entity = -1;
    if (auto it = by_initials.find(word); it != by_initials.end()) {
      entity = it->second;
    } else if (auto in = in_parentheses.find(word); in != in_parentheses.end()) {
      entity = in->second;
    }
    if (entity >= 0 && entity != m.entity) moves.push_back({i, entity});
  }
  // The tagger types an acronym it does not know at random ("NEC" a place three times beside the
  // "National Electoral Commission"): the name it abbreviates says the type.
  for (const auto& [i, entity] : moves) {
    const std::vector<std::size_t>& longer = groups_[static_cast<std::size_t>(entity)];
    if (std::any_of(longer.begin(), longer.end(),
                    [&](std::size_t k) { return Words(names_[k]) >= 2 && names_[k].votes; }))
      names_[i].votes = false;
  }
  MoveNames(moves);
  JoinShortOrganizationNames();
  JoinOrganizationPrefixes();
  JoinStormNames();
}

// "Lingtai" after "Typhoon Lingtai": a one-word name that is the last word of one storm's name
// (name-words.txt `event-prefix`), whatever the tagger typed it, is the storm; the tagger's type
// of it does not vote.
void NameGrouping::JoinStormNames() {
  std::unordered_map<std::string, int> storms;
  for (const NameMention& m : names_) {
    if (Words(m) != 2 || !IsEventPrefix(text_.Text(m.first))) continue;
    auto [it, inserted] = storms.emplace(AsciiLower(text_.Text(m.end - 1)), m.entity);
    if (!inserted && it->second != m.entity) it->second = kAmbiguous;
  }
  if (storms.empty()) return;
  std::vector<std::pair<std::size_t, int>> moves;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    // (Not where the tagger took it for a place: "In Florence, S.C." after "Hurricane Florence".)
    if (Words(m) != 1 || m.type == EntityType::kLoc) continue;
    const auto it = storms.find(text_.FirstWord(m));
    if (it == storms.end() || it->second == kAmbiguous || it->second == m.entity) continue;
    names_[i].votes = false;
    moves.push_back({i, it->second});
  }
  MoveNames(moves);
}

// "Hafod Tywyn" for "Hafod Tywyn University Health Board": the first two words or more of one
// organization's name whose other words end organizations' names, the name every time the
// entity is named (whatever the tagger typed it, but a place), and no known first name opening
// it ("John Smith" is no "John Smith Foundation"). Not a prefix of two organizations' names.
void NameGrouping::JoinOrganizationPrefixes() {
  std::unordered_map<std::string, int> by_prefix;
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kOrg || Words(m) < 3 || !IsOrganizationWord(text_.Text(m.end - 1)))
      continue;
    for (std::uint32_t end = m.first + 2; end < m.end; ++end) {
      // "Wrexford City Supporters’ Trust": the words before a plural's possessive name another
      // (the club), whose group the organization is ("McDonald’s Corp.", "St Enda’s University
      // Hospital" keep theirs).
      if (PluralPossessiveAt(end + 1, m.end)) break;
      const std::string key = text_.Key(NameMention{m.first, end, m.type});
      auto [it, inserted] = by_prefix.emplace(key, m.entity);
      if (!inserted && it->second != m.entity) it->second = kAmbiguous;
    }
  }
  if (by_prefix.empty()) return;
  std::vector<std::pair<std::size_t, int>> moves;
  for (const std::vector<std::size_t>& group : groups_) {
    if (group.empty()) continue;
    const NameMention& first = names_[group.front()];
    const std::string key = text_.Key(first);
    auto it = by_prefix.find(key);
    if (it == by_prefix.end() || it->second == kAmbiguous || it->second == first.entity ||
        Words(first) < 2 || IsKnownFirstName(text_.Text(first.first)))
      continue;
    // A place is often the first words of a body's name ("Tamsin County" of "Tamsin County
    // Health Department") and stays a place.
    const bool same_name = std::all_of(group.begin(), group.end(), [&](std::size_t i) {
      return text_.Key(names_[i]) == key && names_[i].type != EntityType::kLoc;
    });
    if (!same_name) continue;
    for (std::size_t i : group) {
      names_[i].votes = false;  // the tagger's type was the one it got wrong
      moves.push_back({i, it->second});
    }
  }
  std::sort(moves.begin(), moves.end());
  MoveNames(moves);
}

// The tagger takes a capitalized "The" at a sentence's start into a name ("The Netherlands
// will not vote") and, swayed by it, often calls a place an organization. Where the same
// entity is also named without the article, the article is no part of the name, and the
// mention's type does not count in the vote on the entity's.
void NameGrouping::DropArticles() {
  for (const std::vector<std::size_t>& group : groups_) {
    bool bare = false;
    for (std::size_t i : group) bare = bare || !text_.HasArticle(names_[i]);
    if (!bare) continue;  // "The Hague" is always called so
    for (std::size_t i : group) {
      NameMention& m = names_[i];
      if (!text_.HasArticle(m)) continue;
      ++m.first;
      m.votes = false;
    }
  }
}

// An organization called by one word of its name: the first ("Northgale" for "Northgale
// Energy", "Pfizer" for "Pfizer Inc.", "Eastfield" for "Eastfield Athletic") or the last
// ("Rovers" for "Kingsway Rovers"). The first word names the organization when the rest of
// its name is words that end organizations' names, or one word: the first of a longer name
// is often a description ("Republican" is not the "Republican National Committee"). Not
// when the word begins or ends another organization's name ("Harvard University", "Harvard
// Medical School"), nor when it names a person. An entity whose names are all that one word
// moves whole if the tagger called at least half of them an organization: it typed
// "Eastfield" a place in "lifts Eastfield to fourth" after calling it an organization before,
// but a city it mostly calls a place is the city ("Manchester" beside "Manchester United").
// The word that ends a name and says its kind names the one organization of that kind the
// article names ("The Times" after "The New York Times"), never one of two, nor one whose name
// it begins ("Bank" is no "Bank of Spain").
void NameGrouping::JoinShortOrganizationNames() {
  struct Longer {
    int entity;      // or kAmbiguous
    bool called_so;  // whether the word alone may name it
    bool last;       // whether it is the name's last word ("Rovers" of "Kingsway Rovers")
    bool company;    // whether the name ends in a company's or a club's word ("Corvina Health
                     // Technologies", "Kestlow United")
  };
  std::unordered_map<std::string, Longer> by_word, by_kind;
  // Every organization's name that begins or ends with a word makes the word ambiguous.
  const auto add = [&](std::uint32_t t, int entity, bool called_so, bool last, bool company) {
    auto& words = IsOrganizationWord(text_.Text(t)) ? by_kind : by_word;
    auto [it, inserted] =
        words.emplace(AsciiLower(text_.Text(t)), Longer{entity, called_so, last, company});
    if (inserted) return;
    if (it->second.entity != entity) it->second.entity = kAmbiguous;
    it->second.called_so = it->second.called_so || called_so;
    it->second.last = it->second.last && last;
    it->second.company = it->second.company && company;
  };
  for (const NameMention& m : names_) {
    if (Words(m) < 2 || m.type != EntityType::kOrg || !text_.IsCapitalized(m.first)) continue;
    bool org_words = true;
    for (std::uint32_t t = m.first + 1; t < m.end; ++t)
      org_words = org_words && IsOrganizationWord(text_.Text(t));
    // A company's name opens with its short name ("Hollowell" of "Hollowell Land Partners").
    const bool company =
        IsCompanyWord(text_.Text(m.end - 1)) || IsClubEndWord(text_.Text(m.end - 1));
    // (Not the first word of a name a plural's possessive holds: "Wrexford" of "Wrexford City
    // Supporters’ Trust" is the club's.)
    bool possessive = false;
    for (std::uint32_t t = m.first + 1; t < m.end; ++t)
      possessive = possessive || PluralPossessiveAt(t, m.end);
    if (!IsOrganizationWord(text_.Text(m.first)) && !possessive)
      add(m.first, m.entity, org_words || Words(m) == 2 || company, false, company);
    // ("Rovers" alone is the club "Kingsway Rovers", whatever the tagger made of it.)
    const std::uint32_t last = text_.SurnameToken(m);
    if (text_.HasShortLastWord(m) || IsOrganizationWord(text_.Text(last)))
      add(last, m.entity, true, true, IsClubEndWord(text_.Text(last)));
  }
  if (by_word.empty() && by_kind.empty()) return;
  // Per entity: how many of its names the tagger called an organization's, how many not,
  // whether all are one word and no person's, and whether all are one word and a person's.
  std::vector<int> organization(groups_.size(), 0), other(groups_.size(), 0);
  std::vector<bool> one_word(groups_.size(), true), one_word_person(groups_.size(), true);
  std::vector<int> place(groups_.size(), 0);
  std::vector<bool> one_word_any(groups_.size(), true);
  std::vector<bool> decided_organization(groups_.size(), false);  // by a name that decides
  std::vector<bool> decided_place(groups_.size(), false);         // a dateline's: "HEMGIRI:"
  for (const NameMention& m : names_) {
    const auto e = static_cast<std::size_t>(m.entity);
    ++(m.type == EntityType::kOrg ? organization : other)[e];
    if (m.decides && m.type == EntityType::kOrg) decided_organization[e] = true;
    if (m.decides && m.type == EntityType::kLoc) decided_place[e] = true;
    one_word[e] = one_word[e] && Words(m) == 1 && m.type != EntityType::kPer;
    one_word_person[e] = one_word_person[e] && Words(m) == 1 && m.type == EntityType::kPer;
    place[e] += m.type == EntityType::kLoc ? 1 : 0;
    one_word_any[e] = one_word_any[e] && Words(m) == 1;
  }
  std::vector<std::pair<std::size_t, int>> moves;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    const auto e = static_cast<std::size_t>(m.entity);
    // A word the tagger took for a person's name, alone every time, that ends one organization's
    // name and no person's ("Rovers" of "Kingsway Rovers"), or opens a company's or a club's
    // ("Kestlow" of "Kestlow United"): the organization.
    const bool person_word = one_word_person[e];
    // So is one the text shows once to be an organization's ("Brightwell, which raised ...").
    const bool organization_word =
        (organization[e] > 0 && organization[e] >= other[e] && one_word[e]) ||
        (decided_organization[e] && one_word_any[e]);
    // A word the tagger was unsure of, alone every time (a work, a place, an organization),
    // no more often a place than an organization, or an organization more than once: a
    // company's or a club's when its name says it is one ("Corvina" of "Corvina Health
    // Technologies", "Kilbraith" of "Kilbraith Athletic").
    const bool misc_word = one_word_any[e] && !organization_word && !person_word &&
                           (place[e] <= organization[e] || organization[e] >= 2) &&
                           !IsPeoplesName(text_.Text(m.first));
    // (Not a place the text says it is: the city "Hemgiri" of a dateline beside "Hemgiri
    // Municipal Corporation".)
    if (Words(m) != 1 || !(organization_word || person_word || misc_word) ||
        !text_.IsCapitalized(m.first) || decided_place[e])
      continue;
    const std::string word = text_.FirstWord(m);
    const auto& words = IsOrganizationWord(text_.Text(m.first)) ? by_kind : by_word;
    auto it = words.find(word);
    if (it == words.end() || it->second.entity == kAmbiguous || !it->second.called_so ||
        (misc_word && !it->second.company) || it->second.entity == m.entity ||
        surnames_.contains(word) || first_names_.contains(word) ||
        (person_word && !it->second.company &&
         (!it->second.last || IsKnownFirstName(text_.Text(m.first))))) {
      continue;
    }
    // The tagger's "person" or "work" does not vote on the organization's type.
    if (person_word || misc_word) names_[i].votes = false;
    moves.push_back({i, it->second.entity});
  }
  MoveNames(moves);
}

// Moves each name (an index into names_, ascending) to its new entity, appending it to that
// entity's group. All at once: an entity of a hundred thousand names moved one name at a
// time would search and shift its group a hundred thousand times.
void NameGrouping::MoveNames(const std::vector<std::pair<std::size_t, int>>& moves) {
  if (moves.empty()) return;
  std::vector<bool> moved(names_.size(), false);
  std::vector<bool> left(groups_.size(), false);  // groups that lose names
  for (const auto& [name, entity] : moves) {
    moved[name] = true;
    left[static_cast<std::size_t>(names_[name].entity)] = true;
  }
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    if (!left[g]) continue;
    std::erase_if(groups_[g], [&](std::size_t name) { return moved[name]; });
  }
  for (const auto& [name, entity] : moves) {
    names_[name].entity = entity;
    groups_[static_cast<std::size_t>(entity)].push_back(name);
  }
}

}  // namespace

NameGroups GroupNames(const NameText& text, std::vector<NameMention>* names) {
  // The surname and first-name maps die with the grouping, before the entities are built.
  return NameGrouping(text, names).Run();
}

}  // namespace newslens::entities
