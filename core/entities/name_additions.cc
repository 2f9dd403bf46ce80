// Names the tagger left untagged (see name_collector.h): a word that a name found before
// vouches for (an acronym it spelled out, the last word of an organization's or a person's
// name) becomes a name wherever it stands alone. Each scan of the whole text rules most words
// out by a bit test before it hashes them.
#include <algorithm>
#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/name_collector.h"
#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "lexicon/sports_words.h"
#include "lexicon/titles.h"
#include "text/char_class.h"
#include "text/word_classes.h"

namespace newslens::entities {
namespace {

// A word in small letters that joins the capitalized words of an organization's name ("Alliance
// to Reclaim Our Schools", "Bank of Spain", "Banco Nacional de Reserva").
bool IsNameJoiningWord(std::string_view word) {
  for (std::string_view joining : {"of", "to", "for", "and", "the", "on", "de", "del", "la", "du"})
    if (word == joining) return true;
  return false;
}

}  // namespace

std::vector<bool> NameCollector::NamedTokens() const {
  std::vector<bool> named(text_.size(), false);
  for (const NameMention& m : names_)
    for (std::uint32_t k = m.first; k < m.end; ++k) named[k] = true;
  return named;
}

void NameCollector::SortNames() {
  std::sort(names_.begin(), names_.end(),
            [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
}

// "Rep. G.K. Butterfield (D-N.C.)", "Gov. Ed Rendell": after a title that stands only before
// a person's name (titles.txt: honorifics and name-titles) or a title of two words or more, and
// the title words that may follow ("Lt. Gov.", "Vice President"), the capitalized words are a
// person's name, up to four of
// them (two in a headline, whose every word is capitalized). The tagger, unsure of a name it
// has not seen, often tags it as a place or not at all; the name replaces whatever it tagged
// there.
void NameCollector::AddTitledNames() {
  const Segmentation& seg = text_.segmentation();
  std::vector<NameMention> added;
  for (const Paragraph& p : seg.paragraphs) {
    const std::uint32_t longest = p.role == ParagraphRole::kHeadline ? 2 : 4;
    for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
      const Sentence& s = seg.sentences[si];
      // Titles are capitalized words before capitalized words ("Sen. Warren", "Secretary of
      // State Kerry"): most tokens are turned away before the lookup.
      bool capitalized = text_.IsCapitalized(s.first_token);
      bool next_capitalized = text_.IsCapitalized(s.first_token + 1);
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        const bool here = capitalized;
        capitalized = next_capitalized;
        next_capitalized = text_.IsCapitalized(t + 2);
        if (!here || !(capitalized || next_capitalized)) continue;
        const TitleWord* w = LookupTitleWord(text_.Text(t));
        if (w == nullptr) continue;
        // After an honorific comes the name, even a title word ("Mr. King"); after a title,
        // more title words may ("Lt. Gov.", "Secretary of State").
        std::uint32_t first = t + 1;
        std::uint32_t title_words = 1;
        while (!w->honorific && first < s.end_token) {
          if (LookupTitleWord(text_.Text(first)) != nullptr) {
            ++title_words;
            ++first;
          } else if (text_.Is(first, "of") && LookupTitleWord(text_.Text(first + 1)) != nullptr) {
            ++first;
          } else {
            break;
          }
        }
        // A title of two words or more is a person's too ("Secretary General Ban Ki-moon",
        // "Attorney General Loretta Lynch"), where one word may begin another name ("General
        // Motors", "State Department"); so is one the tagger saw a person's name begin after
        // ("Transport Minister [Chee]PER [Hong Liang]LOC").
        if (!w->opens_name && title_words < 2 && text_.Tag(first) != NerTag::kBPer) continue;
        std::uint32_t end = first;
        while (end < s.end_token && end - first < longest && text_.IsCapitalized(end) &&
               text_.Class(end) == WordClass::kOther &&
               (w->honorific || LookupTitleWord(text_.Text(end)) == nullptr))
          ++end;
        if (end == first) continue;
        // A name that runs on past the words ("Gov. Ed Rendell Jr." is one; "Sen. X and Y"
        // stops at "and") is left to the tagger.
        if (end < s.end_token && text_.IsCapitalized(end)) continue;
        added.push_back({t, end, EntityType::kPer});
        t = end - 1;
        capitalized = text_.IsCapitalized(end);
        next_capitalized = text_.IsCapitalized(end + 1);
      }
    }
  }
  if (added.empty()) return;
  // Drop the names that overlap an added one, unless a person's name already covers it.
  std::vector<NameMention> kept;
  kept.reserve(names_.size());
  std::size_t a = 0;
  std::vector<bool> covered(added.size(), false);
  for (const NameMention& m : names_) {
    while (a < added.size() && added[a].end <= m.first) ++a;
    bool overlaps = false;
    for (std::size_t k = a; k < added.size() && added[k].first < m.end; ++k) {
      const std::uint32_t name_first = added[k].first + 1;  // past the title word
      if (m.end <= name_first && text_.Class(m.first) != WordClass::kOther) continue;
      overlaps = true;
      if (m.type == EntityType::kPer && m.first <= name_first && m.end >= added[k].end)
        covered[k] = true;
    }
    if (!overlaps || m.type == EntityType::kPer) kept.push_back(m);
  }
  names_ = std::move(kept);
  for (std::size_t k = 0; k < added.size(); ++k) {
    if (covered[k]) continue;
    // The person's name the tagger cut short ("Rendell" for "Ed Rendell") goes too.
    std::erase_if(names_, [&](const NameMention& m) {
      return m.type == EntityType::kPer && m.first >= added[k].first && m.end <= added[k].end;
    });
    AddName(added[k].first, added[k].end, EntityType::kPer, text_.SentenceAt(added[k].first));
  }
  SortNames();
}

void NameCollector::AddBylineAuthors() {
  const Segmentation& seg = text_.segmentation();
  // An author's name: two to four capitalized words of no closed class, none a title's or a
  // role's ("Staff Reporter"), none tagged as an organization's ("ASSOCIATED PRESS", "REUTERS
  // STAFF"), and the last no organization's word ("Associated Press").
  const auto author = [&](std::uint32_t first, std::uint32_t end) {
    if (end - first < 2 || IsOrganizationWord(text_.Text(end - 1))) return false;
    bool tagged = false;  // the tagger saw a name there, or a first name opens it
    for (std::uint32_t t = first; t < end; ++t) {
      const RoleNoun* role = LookupRoleNoun(text_.Text(t));
      if (LookupTitleWordAnyCase(text_.Text(t)) != nullptr || role != nullptr ||
          (text_.Tag(t) != NerTag::kO && TypeOf(text_.Tag(t)) == EntityType::kOrg))
        return false;
      tagged = tagged || text_.Tag(t) != NerTag::kO;
    }
    return tagged || IsKnownFirstName(text_.Text(first));
  };
  bool added = false;
  for (const Paragraph& p : seg.paragraphs) {
    if (p.role != ParagraphRole::kByline) continue;
    for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
      const Sentence& s = seg.sentences[si];
      if (!text_.IsAnyCase(s.first_token, "by")) continue;
      // Names joined by "and"; after a comma comes a title or an outlet ("By Ann Lee, Health
      // Correspondent"), not a name.
      for (std::uint32_t t = s.first_token + 1; t < s.end_token;) {
        std::uint32_t end = t;
        while (end < s.end_token && end - t < 4 && text_.Kind(end) == TokenKind::kWord &&
               text_.IsCapitalized(end) && text_.Class(end) == WordClass::kOther)
          ++end;
        if (!author(t, end)) break;
        std::erase_if(names_, [&](const NameMention& m) { return m.first < end && m.end > t; });
        AddName(t, end, EntityType::kPer, s);
        added = true;
        if (end >= s.end_token || !text_.IsAnyCase(end, "and")) break;
        t = end + 1;
      }
    }
  }
  if (added) SortNames();
}

void NameCollector::RetypePeopleNames() {
  std::unordered_set<std::string> titled;   // surnames of people with a title or honorific
  std::unordered_set<std::string> honored;  // those with an honorific or a gendered title
  std::unordered_set<std::string> alone;    // one-word people's names ("Marsh said")
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kPer) continue;
    if (m.gender != Gender::kUnknown || !m.title.empty()) titled.insert(text_.LastWord(m));
    if (m.gender != Gender::kUnknown && Words(m) == 1) honored.insert(text_.LastWord(m));
    if (Words(m) == 1) alone.insert(text_.LastWord(m));
  }
  if (titled.empty() && alone.empty()) return;
  for (NameMention& m : names_) {
    // Not a name its words make a place's or a club's ("River Lenn" beside "the Lenn").
    if (m.type == EntityType::kPer || Words(m) < 2 || m.decides) continue;
    // "Gideon Marsh" tagged as a place, then "Marsh said": a first name and the surname the
    // text gives a person alone.
    if (Words(m) == 2 && alone.contains(text_.LastWord(m)) &&
        IsKnownFirstName(text_.Text(m.first))) {
      m.type = EntityType::kPer;
      continue;
    }
    if (!titled.contains(text_.LastWord(m))) continue;
    // "Minyon Moore" and "Ms. Moore": two capitalized words, the first no word of an
    // organization's or a place's name, are a first name and the surname an honorific gives.
    const bool two_names =
        Words(m) == 2 && honored.contains(text_.LastWord(m)) && text_.IsCapitalized(m.first) &&
        !text_.IsAllCaps(m.first) && !IsOrganizationWord(text_.Text(m.first)) &&
        LookupRoleNoun(text_.Text(m.first)) == nullptr &&
        !IsTitleWordOrPlural(text_.Text(m.first)) && text_.Class(m.first) == WordClass::kOther;
    if (two_names || IsKnownFirstName(text_.Text(m.first))) m.type = EntityType::kPer;
  }
}

// A firm's partners ("Castellane & Co.", "Hollen & Straub Privatbank", "Marks & Spencer"): the
// capitalized words on both sides of "&" make one organization's name, where the tagger took a
// side for a person, a place or nothing. Not two places it found ("Bosnia & Herzegovina"), and
// not short words ("Q&A", "R&D", "AT&T": the tagger knows those that are names).
void NameCollector::JoinNamesOverAmpersand() {
  const auto name_word = [&](std::uint32_t t) {
    return text_.IsCapitalized(t) && !text_.IsQuoteMark(t) && text_.Class(t) == WordClass::kOther &&
           LookupTitleWord(text_.Text(t)) == nullptr;
  };
  bool joined = false;
  for (std::uint32_t t = 1; t + 1 < text_.size(); ++t) {
    if (text_.Kind(t) != TokenKind::kPunctuation || !text_.Is(t, "&") || !name_word(t - 1) ||
        !name_word(t + 1) || text_.Text(t - 1).size() < 3 || text_.Text(t + 1).size() < 2)
      continue;
    const Sentence& s = text_.SentenceAt(t);
    std::uint32_t first = t - 1, end = t + 2;
    while (first > s.first_token && name_word(first - 1)) --first;
    while (end < s.end_token && name_word(end)) ++end;
    bool place_before = false, place_after = false, other = false;
    for (const NameMention& m : names_) {
      if (m.end <= first || m.first >= end) continue;
      first = std::min(first, m.first);
      end = std::max(end, m.end);
      if (m.type != EntityType::kLoc) {
        other = true;
      } else {
        (m.first < t ? place_before : place_after) = true;
      }
    }
    if (place_before && place_after && !other) continue;
    std::erase_if(names_, [&](const NameMention& m) { return m.end > first && m.first < end; });
    names_.push_back(NameMention{first, end, EntityType::kOrg});
    joined = true;
    t = end;
  }
  if (joined) SortNames();
}

// "CD Valdemora", "UD Serranía", "FC Porto": a club's abbreviation (sports-words.txt) opens its
// name, which the tagger, not knowing the abbreviation, leaves out or types as a person or a
// place. With the capitalized words after it, it is one organization's name.
void NameCollector::JoinClubPrefixes() {
  const auto name_word = [&](std::uint32_t t) {
    return text_.IsCapitalized(t) && !text_.IsQuoteMark(t) && text_.Class(t) == WordClass::kOther;
  };
  bool joined = false;
  for (std::uint32_t t = 0; t + 1 < text_.size(); ++t) {
    // The abbreviations are of two or three letters: most tokens are turned away before the
    // lookup.
    if (!text_.IsCapitalized(t)) continue;
    const std::string_view word = text_.Text(t);
    if (word.size() < 2 || word.size() > 3 || !IsClubPrefix(word) || !name_word(t + 1)) continue;
    const Sentence& s = text_.SentenceAt(t);
    if (t + 1 >= s.end_token) continue;
    std::uint32_t end = t + 2;
    while (end < s.end_token && end - t < 5 && name_word(end)) ++end;
    for (const NameMention& m : names_)
      if (m.first < end && m.end > t) end = std::max(end, m.end);
    std::erase_if(names_, [&](const NameMention& m) { return m.end > t && m.first < end; });
    names_.push_back(NameMention{t, end, EntityType::kOrg});
    joined = true;
    t = end;
  }
  if (joined) SortNames();
}

// A country the article invents, or that the tagger has not met, is a one-word name it types as
// an organization or a person ("Kanawara’s prime minister"); its people's adjective gives it away
// when the text uses one: the name and "n", "an" or "ian", its last letter dropped or not
// ("Kanawaran", "Estavian", "Brazilian", "Italian", "Mexican"), or and "i" ("Qatari"). Not a first
// name, nor the last word of a person's full name ("Jordan", "Jordanian"), nor a name of three
// letters or fewer.
void NameCollector::RetypeCountriesByDemonym() {
  // Only a text with a one-word name not typed as a place is read for adjectives.
  if (std::none_of(names_.begin(), names_.end(), [](const NameMention& m) {
        return Words(m) == 1 && m.type != EntityType::kLoc;
      }))
    return;
  // The text's capitalized words that may be such an adjective: those that end in "n" or "i".
  std::unordered_set<std::string_view> capitalized;
  for (std::uint32_t t = 0; t < text_.size(); ++t)
    if (text_.IsCapitalized(t) && (text_.Text(t).back() == 'n' || text_.Text(t).back() == 'i'))
      capitalized.insert(text_.Text(t));
  std::unordered_set<std::string> surnames;
  for (const NameMention& m : names_)
    if (m.type == EntityType::kPer && Words(m) >= 2) surnames.insert(text_.LastWord(m));
  const auto demonym = [&](std::string_view name) -> std::string_view {
    if (name.size() < 4 || IsKnownFirstName(name) || surnames.contains(AsciiLower(name))) return {};
    const std::string_view stem = name.substr(0, name.size() - 1);
    for (const std::string& form :
         {std::string(name) + "n", std::string(name) + "an", std::string(name) + "ian",
          std::string(name) + "i", std::string(stem) + "an", std::string(stem) + "ian"}) {
      auto it = capitalized.find(form);
      if (it != capitalized.end()) return *it;
    }
    return {};
  };
  std::unordered_set<std::string_view> countries, adjectives;
  for (const NameMention& m : names_) {
    if (Words(m) != 1 || m.type == EntityType::kLoc || countries.contains(text_.Text(m.first)))
      continue;
    const std::string_view adjective = demonym(text_.Text(m.first));
    if (adjective.empty()) continue;
    countries.insert(text_.Text(m.first));
    adjectives.insert(adjective);
  }
  if (countries.empty()) return;
  for (NameMention& m : names_) {
    if (Words(m) != 1) continue;
    if (countries.contains(text_.Text(m.first))) m.type = EntityType::kLoc;
    if (adjectives.contains(text_.Text(m.first))) m.type = EntityType::kMisc;
  }
}

// The tagger takes a possessor into the name it owns ("[Estavia’s Ministry of Finance]ORG"). Where
// the words before the possessive are a name the text also gives on its own, without a
// possessive ("inflation in Estavia"), they are that name, of its type, and the rest is the
// name tagged. Names whose possessive is their own ("McDonald’s Corp.", "Children’s Hospital",
// "People’s Party") never give those words alone, or not as a name.
void NameCollector::SplitPossessorFromName() {
  const auto possessive = [&](std::uint32_t t) {
    return t < text_.size() && text_.Kind(t) == TokenKind::kContraction && text_.IsPossessive(t);
  };
  std::unordered_map<std::string, EntityType> alone;  // names not followed by a possessive
  for (const NameMention& m : names_)
    if (!possessive(m.end)) alone.emplace(text_.Key(m), m.type);
  std::vector<NameMention> owners;
  for (NameMention& m : names_) {
    if (Words(m) < 3 || m.type == EntityType::kPer) continue;
    std::uint32_t p = m.first + 1;
    while (p + 1 < m.end && !possessive(p)) ++p;
    if (p + 1 >= m.end || !text_.IsCapitalized(p + 1)) continue;
    NameMention owner{m.first, p, m.type};
    auto it = alone.find(text_.Key(owner));
    if (it == alone.end()) continue;
    owner.type = it->second;
    owners.push_back(owner);
    m.first = p + 1;
  }
  if (owners.empty()) return;
  names_.insert(names_.end(), owners.begin(), owners.end());
  SortNames();
}

// The tagger runs an organization's name into a person's name that follows it ("said the
// Harbour Trust Omar Haddad", "the Washington Post Trump said"). Where a name that is not a
// person's has a word that ends organizations' names ("Trust", "Post") followed by capitalized
// words that are a person's name (a known first name and more, or the surname of a person the
// text names in full), it is two names: the organization's and the person's.
void NameCollector::SplitOrganizationFromPerson() {
  std::unordered_set<std::string> surnames;
  bool any = false;
  for (const NameMention& m : names_) {
    if (m.type == EntityType::kPer && Words(m) >= 2) surnames.insert(text_.LastWord(m));
    any = any || (m.type != EntityType::kPer && Words(m) >= 2);
  }
  if (!any) return;
  std::vector<NameMention> people;
  for (NameMention& m : names_) {
    if (m.type == EntityType::kPer || Words(m) < 2) continue;
    for (std::uint32_t k = m.first + 1; k < m.end; ++k) {
      if (!IsOrganizationWord(text_.Text(k - 1)) || !text_.IsCapitalized(k)) continue;
      const bool full_name = k + 1 < m.end && IsKnownFirstName(text_.Text(k));
      const bool surname = k + 1 == m.end && surnames.contains(AsciiLower(text_.Text(k)));
      if (!full_name && !surname) continue;
      people.push_back({k, m.end, EntityType::kPer});
      m.end = k;
      break;
    }
  }
  if (people.empty()) return;
  names_.insert(names_.end(), people.begin(), people.end());
  SortNames();
}

// "Sen. Mario “Bong” Estrellado", "Pádraig “Packie” Gilsenan": a person's first name, a
// nickname of a word or two in quotation marks and a capitalized surname are one name; the
// tagger, for the marks, sees two names or one and a surname alone.
void NameCollector::JoinNicknames() {
  constexpr std::uint32_t kLongestNickname = 2;  // words
  constexpr std::uint32_t kLongestSurname = 2;   // words
  bool joined = false;
  for (NameMention& m : names_) {
    const std::uint32_t open = m.end;
    if (m.type != EntityType::kPer || !m.nickname.empty() || open + 3 >= text_.size() ||
        !text_.IsOpenMark(open))
      continue;
    std::uint32_t close = open + 1;
    while (close < text_.size() && close - open <= kLongestNickname && text_.IsCapitalized(close) &&
           !text_.IsQuoteMark(close))
      ++close;
    if (close == open + 1 || close >= text_.size() || !text_.IsCloseMark(close)) continue;
    const Sentence& s = text_.SentenceAt(open);
    std::uint32_t end = close + 1;
    while (end < s.end_token && end - close <= kLongestSurname && text_.IsCapitalized(end) &&
           !text_.IsQuoteMark(end) && text_.Class(end) == WordClass::kOther)
      ++end;
    if (end == close + 1) continue;
    m.nickname = {open, close + 1};
    m.end = end;
    joined = true;
  }
  if (!joined) return;
  // The names the join took in (the nickname's, the surname's) go.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (const NameMention& m : names_)
    if (!m.nickname.empty()) spans.push_back({m.first, m.end});
  std::erase_if(names_, [&](const NameMention& n) {
    if (!n.nickname.empty()) return false;
    for (const auto& [first, end] : spans)
      if (n.first < end && n.end > first) return true;
    return false;
  });
}

// "Calderholme Hospitals NHS Foundation Trust" tagged as two organizations' names, the first
// one word: one name, as nothing stands between them (a place before an organization's name
// stays apart: "US Federal Reserve").
void NameCollector::JoinAdjacentOrganizations() {
  bool joined = false;
  for (std::size_t i = 0; i + 1 < names_.size(); ++i) {
    NameMention& m = names_[i];
    NameMention& next = names_[i + 1];
    if (m.type != EntityType::kOrg || next.type != EntityType::kOrg || Words(m) != 1 ||
        Words(next) < 2 || m.end != next.first || text_.IsAllCaps(m.first) ||
        text_.InHeadline(m.first) || text_.SentenceAt(m.first).first_token == m.first)
      continue;
    next.first = m.first;
    m.end = m.first;  // dropped below
    joined = true;
  }
  if (joined) std::erase_if(names_, [](const NameMention& m) { return m.end == m.first; });
}

// Headlines capitalize every word, and the tagger takes a verb before a name into it
// ("Exploits Trump", "Rip Donald Trump"): where a person's name in a headline opens with a word
// that is no known first name, and its last word is the surname of a person the story names in
// full, the words before the first name (or before the surname) are dropped.
void NameCollector::MendHeadlineNames() {
  DropHeadlineWords();
  bool headline_names = false;
  for (const NameMention& m : names_) {
    if (!text_.InHeadline(m.first)) break;  // the headline comes first
    headline_names = headline_names || (m.type == EntityType::kPer && Words(m) >= 2);
  }
  if (!headline_names) return;
  std::unordered_set<std::string> surnames;
  for (const NameMention& m : names_)
    if (m.type == EntityType::kPer && Words(m) >= 2 && !text_.InHeadline(m.first))
      surnames.insert(text_.LastWord(m));
  for (NameMention& m : names_) {
    if (m.type != EntityType::kPer || Words(m) < 2 || !text_.InHeadline(m.first) ||
        !surnames.contains(text_.LastWord(m)))
      continue;
    while (Words(m) > 1 && !IsKnownFirstName(text_.Text(m.first))) ++m.first;
  }
}

void NameCollector::DropHeadlineWords() {
  // A headline's names come first; those the body uses too are names.
  std::size_t in_headline = 0;
  while (in_headline < names_.size() && text_.InHeadline(names_[in_headline].first)) ++in_headline;
  if (in_headline == 0) return;
  std::unordered_set<std::string> named_in_body;
  for (std::size_t i = in_headline; i < names_.size(); ++i)
    if (Words(names_[i]) == 1) named_in_body.insert(text_.Key(names_[i]));
  std::vector<std::string> words;
  for (std::size_t i = 0; i < in_headline; ++i) {
    const NameMention& m = names_[i];
    if (Words(m) == 1 && !text_.IsAllCaps(m.first) && !named_in_body.contains(text_.Key(m)))
      words.push_back(AsciiLower(text_.Text(m.first)));
  }
  if (words.empty()) return;
  const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(words);
  std::erase_if(names_, [&](const NameMention& m) {
    if (!text_.InHeadline(m.first) || Words(m) != 1 || text_.IsAllCaps(m.first) ||
        named_in_body.contains(text_.Key(m)))
      return false;
    const std::string word = AsciiLower(text_.Text(m.first));
    return lower_case.contains(word) || text_.IsCueForm(m.first);
  });
}

// "the World Health Organization (WHO)": the acronym in parentheses names the same thing,
// and so does every later use of it, whether or not the tagger saw a name there. So does a word
// in capitals that spells the initials of a name of two words or more elsewhere in the text
// ("the European Union ... an EU spokesman"), where the tagger left it untagged.
// "The Civil Transport Safety Board (CTSB) said": a long name the tagger missed, perhaps for its
// sentence-initial capitals, that the acronym after it spells out (its capitalized words'
// initials; "of", "and", "for", "the" and "&" may stand between them). An organization's, or of
// the type the acronym was tagged with.
void NameCollector::AddSpelledOutNames() {
  std::vector<bool> named;  // made at the first acronym in parentheses
  bool added = false;
  for (std::uint32_t open = 2; open + 2 < text_.size(); ++open) {
    if (text_.Kind(open) != TokenKind::kPunctuation || text_.Text(open) != "(" ||
        text_.Text(open + 2) != ")" || !text_.IsAllCaps(open + 1) || !text_.IsCapitalized(open - 1))
      continue;
    if (named.empty()) named = NamedTokens();
    if (named[open - 1]) continue;
    const std::string acronym = AsciiLower(text_.Text(open + 1));
    const std::uint32_t sentence_start = text_.SentenceAt(open).first_token;
    const auto connector = [&](std::uint32_t k) {
      return text_.IsAnyCaseOf(k, {"of", "and", "for", "the", "&"}) && !text_.IsCapitalized(k);
    };
    // The words back from the parenthesis, while capitalized and unnamed, or connectors.
    std::uint32_t first = open;
    while (first > sentence_start && !named[first - 1] &&
           (text_.IsCapitalized(first - 1) || (connector(first - 1) && first - 1 > sentence_start)))
      --first;
    // The start whose initials spell the acronym ("The" of a sentence's start left out).
    for (std::uint32_t start = first; start + 1 < open; ++start) {
      if (!text_.IsCapitalized(start)) continue;
      std::string initials;
      for (std::uint32_t k = start; k < open; ++k)
        if (text_.IsCapitalized(k)) initials += AsciiLower(text_.Text(k).substr(0, 1));
      if (initials != acronym) continue;
      EntityType type = EntityType::kOrg;
      for (const NameMention& m : names_)
        if (m.first == open + 1 && m.end == open + 2 && m.type != EntityType::kPer) type = m.type;
      names_.push_back({start, open, type});
      added = true;
      break;
    }
  }
  if (added) SortNames();
}

std::uint32_t NameCollector::AcronymsFirstWord(const NameMention& m, std::string_view acronym,
                                               std::string_view spelled) const {
  constexpr std::uint32_t kLongest = 6;  // words before the name
  if (acronym.size() <= spelled.size() || !acronym.ends_with(spelled)) return m.first;
  const std::string_view before = acronym.substr(0, acronym.size() - spelled.size());
  const std::uint32_t sentence_start = text_.SentenceAt(m.first).first_token;
  std::size_t matched = 0;  // letters of `before` spelled so far, from its end
  for (std::uint32_t k = m.first; k > sentence_start && m.first - k < kLongest;) {
    --k;
    if (text_.Kind(k) != TokenKind::kWord) break;
    if (!text_.IsCapitalized(k)) {
      if (!IsNameJoiningWord(text_.Text(k))) break;
      continue;
    }
    if (AsciiLower(text_.Text(k))[0] != before[before.size() - 1 - matched]) break;
    if (++matched == before.size()) return k;
  }
  return m.first;
}

void NameCollector::AddAcronyms() {
  std::unordered_map<std::string, EntityType> acronyms;  // in parentheses: any word
  std::unordered_map<std::string, EntityType> initials;  // else: words in capitals
  std::vector<std::size_t> joined;  // names that a longer name took in, to drop
  for (std::size_t i = 0; i < names_.size(); ++i) {
    NameMention& m = names_[i];
    if (Words(m) < 2 || m.type == EntityType::kPer) continue;
    std::string spelled = text_.Initials(m);
    const std::uint32_t t = m.end;
    const bool parenthesized = t + 2 < text_.size() && text_.Text(t) == "(" &&
                               text_.Text(t + 2) == ")" && text_.IsAllCaps(t + 1);
    // "the Irish Nursing and Midwifery Alliance (INMA)" tagged "[Irish]MISC [Nursing ...]ORG",
    // "the Alliance to Reclaim Our Schools (AROS)" tagged "Alliance to [Reclaim Our Schools]":
    // the capitalized words before the name that the acronym spells first are the name's, and
    // so are the names among them (not a person's).
    if (parenthesized && AsciiLower(text_.Text(t + 1)) != spelled) {
      const std::uint32_t first = AcronymsFirstWord(m, AsciiLower(text_.Text(t + 1)), spelled);
      std::size_t k = i;
      bool person = false;
      while (k > 0 && names_[k - 1].first >= first) {
        person = person || names_[k - 1].type == EntityType::kPer;
        --k;
      }
      if (first < m.first && !person && (k == 0 || names_[k - 1].end <= first)) {
        for (std::size_t j = k; j < i; ++j) joined.push_back(j);
        m.first = first;
        spelled = text_.Initials(m);
      }
    }
    if (spelled.size() >= 2) initials.emplace(spelled, m.type);
    if (parenthesized && AsciiLower(text_.Text(t + 1)) == spelled)
      acronyms.emplace(std::string(text_.Text(t + 1)), m.type);
  }
  for (auto k = joined.rbegin(); k != joined.rend(); ++k)
    names_.erase(names_.begin() + static_cast<std::ptrdiff_t>(*k));
  if (acronyms.empty() && initials.empty()) return;
  const std::vector<bool> named = NamedTokens();
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    if (named[t] || text_.Kind(t) != TokenKind::kWord) continue;
    if (auto it = acronyms.find(std::string(text_.Text(t))); it != acronyms.end()) {
      names_.push_back({t, t + 1, it->second});
    } else if (text_.IsAllCaps(t) && text_.Text(t).size() >= 2) {
      if (auto i = initials.find(AsciiLower(text_.Text(t))); i != initials.end()) {
        names_.push_back({t, t + 1, i->second});
      }
    }
  }
  SortNames();
}

void NameCollector::AddOfficesOfTitles() {
  constexpr std::uint32_t kLongest = 3;  // words before the possessive
  const std::vector<bool> named = NamedTokens();
  const std::size_t tagged = names_.size();
  for (std::uint32_t t = 2; t < text_.size(); ++t) {
    if (text_.Text(t) != "Office" || named[t] || text_.Kind(t - 1) != TokenKind::kContraction ||
        !text_.IsPossessive(t - 1))
      continue;
    // Capitalized words untagged before the possessive, the last a title word ("Attorney
    // General", "District Attorney", "Sheriff"); not a person's name ("Pellam's Office").
    const Sentence& s = text_.SentenceAt(t);
    const std::uint32_t last = t - 2;
    if (last < s.first_token || LookupTitleWord(text_.Text(last)) == nullptr ||
        LookupTitleWord(text_.Text(last))->honorific)
      continue;
    if (named[last]) {
      // The tagger's name stops at the title ("[Harlan County District Attorney]ORG's Office"):
      // it goes on over the office, a person's name aside.
      for (NameMention& m : names_) {
        if (m.end != last + 1 || m.type == EntityType::kPer) continue;
        m.end = t + 1;
        m.type = EntityType::kOrg;
      }
      continue;
    }
    std::uint32_t first = last;
    while (first > s.first_token && last - first + 1 < kLongest && !named[first - 1] &&
           text_.IsCapitalized(first - 1) && text_.Class(first - 1) == WordClass::kOther)
      --first;
    // At the sentence's start, a capital says nothing: the title words alone.
    while (first == s.first_token && first < last && LookupTitleWord(text_.Text(first)) == nullptr)
      ++first;
    names_.push_back({first, t + 1, EntityType::kOrg});
  }
  if (names_.size() == tagged) return;
  SortNames();
}

void NameCollector::AddAgedNames() {
  constexpr std::uint32_t kLongest = 3;  // words of a name
  const auto age = [&](std::uint32_t t) {
    const std::string_view w = text_.Text(t);
    return text_.Kind(t) == TokenKind::kNumber && !w.empty() && w.size() <= 3 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto name_word = [&](std::uint32_t t) {
    return text_.IsUntaggedCapitalized(t) && !text_.IsAllCaps(t) &&
           text_.Class(t) == WordClass::kOther &&
           LookupTitleWordAnyCase(text_.Text(t)) == nullptr && !IsOrganizationWord(text_.Text(t));
  };
  const std::size_t tagged = names_.size();
  for (std::uint32_t t = 2; t + 2 < text_.size(); ++t) {
    if (!text_.IsPunct(t, ",") || !age(t + 1) || !text_.IsPunct(t + 2, ",") || !name_word(t - 1))
      continue;
    const Sentence& s = text_.SentenceAt(t);
    std::uint32_t first = t - 1;
    while (first > s.first_token && t - first < kLongest && name_word(first - 1)) --first;
    // Two words at least, the whole run ("the Hamanoe coast, 40, ..." is no name), and not a
    // list of places ("Tonga, 12, Samoa").
    if (t - first < 2 || (first > s.first_token && text_.IsCapitalized(first - 1))) continue;
    names_.push_back({first, t, EntityType::kPer});
  }
  if (names_.size() == tagged) return;
  SortNames();
}

// A club or a company is called by the last word of its name ("Rovers had led"), or a company
// by its first ("Larkspur said" at a sentence's start), which the tagger, not having seen the
// word as a name or seeing a capital any word has there, often leaves untagged. Such a word,
// capitalized, becomes a mention of an organization when one organization's name ends with it and
// the text never writes it in lower case (where it may be an ordinary word: "Police", "police").
// The mention joins the longer name in JoinShortOrganizationNames() (name_grouping.cc).
void NameCollector::AddShortOrganizationNames() {
  constexpr std::string_view kAmbiguous = "";
  std::unordered_map<std::string_view, std::string> name_by_last_word;  // or kAmbiguous
  const auto add = [&](std::uint32_t word, const NameMention& m) {
    auto [it, inserted] = name_by_last_word.emplace(text_.Text(word), text_.Key(m));
    if (!inserted && it->second != text_.Key(m)) it->second = kAmbiguous;
  };
  for (const NameMention& m : names_) {
    if (text_.HasShortLastWord(m)) add(m.end - 1, m);
    // A company by the first word of its name ("Larkspur said" after "Larkspur Books"), as
    // JoinShortOrganizationNames() takes it.
    if (m.type == EntityType::kOrg && Words(m) >= 2 && text_.IsCapitalized(m.first) &&
        !IsOrganizationWord(text_.Text(m.first)) &&
        (Words(m) == 2 || IsCompanyWord(text_.Text(m.end - 1))))
      add(m.first, m);
  }
  if (name_by_last_word.empty()) return;
  std::vector<std::string> lowered;
  lowered.reserve(name_by_last_word.size());
  for (const auto& [word, name] : name_by_last_word) lowered.push_back(AsciiLower(word));
  const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(lowered);
  const std::vector<bool> named = NamedTokens();
  const std::size_t tagged = names_.size();
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    if (named[t] || text_.Kind(t) != TokenKind::kWord) continue;
    auto it = name_by_last_word.find(text_.Text(t));
    if (it == name_by_last_word.end() || it->second == kAmbiguous ||
        lower_case.contains(AsciiLower(text_.Text(t))))
      continue;
    names_.push_back({t, t + 1, EntityType::kOrg});
  }
  if (names_.size() == tagged) return;
  SortNames();
}

// A surname alone the tagger left untagged ("...,” Whitcombe said." after "Danny Whitcombe"):
// the last word of a person's full name, capitalized, standing alone (no capitalized word
// beside it, which would make another name), that the text never writes in lower case
// ("Young", "young"). GroupPeople() (name_grouping.cc) links it to the person.
void NameCollector::AddSurnames() {
  std::unordered_set<std::string_view> surnames;
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kPer || Words(m) < 2) continue;
    const std::uint32_t surname = text_.SurnameToken(m);
    if (text_.IsCapitalized(surname) && !text_.IsAllCaps(surname) &&
        ClassOfWord(text_.Text(surname)) == WordClass::kOther &&
        LookupTitleWordAnyCase(text_.Text(surname)) == nullptr)
      surnames.insert(text_.Text(surname));
  }
  if (surnames.empty()) return;
  std::vector<std::string> lowered;
  lowered.reserve(surnames.size());
  for (std::string_view w : surnames) lowered.push_back(AsciiLower(w));
  const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(lowered);
  const std::vector<bool> named = NamedTokens();
  const std::size_t tagged = names_.size();
  std::bitset<256> first_bytes;  // of the surnames: most words are ruled out before hashing
  for (std::string_view w : surnames) first_bytes.set(static_cast<unsigned char>(w[0]));
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    // IsCapitalized() is false past the last token: the last word has no word after it.
    if (named[t] || !first_bytes.test(static_cast<unsigned char>(text_.Text(t)[0]))) continue;
    // A transcript's label in capitals ("PENCE: Well, ..."), as the surname is spelled.
    if (text_.IsAllCaps(t) && text_.IsPunct(t + 1, ":")) {
      std::string word(text_.Text(t));
      for (std::size_t i = 1; i < word.size(); ++i) word[i] = chars::AsciiLower(word[i]);
      if (surnames.contains(word)) names_.push_back({t, t + 1, EntityType::kPer});
      continue;
    }
    // Not after another capitalized word, which may be another first name; a function word
    // that opens the sentence is none ("But Lindqvist cautions").
    const bool after_capital =
        t > 0 && text_.IsCapitalized(t - 1) && ClassOfWord(text_.Text(t - 1)) == WordClass::kOther;
    if (!surnames.contains(text_.Text(t)) || after_capital || text_.IsCapitalized(t + 1) ||
        lower_case.contains(AsciiLower(text_.Text(t))))
      continue;
    names_.push_back({t, t + 1, EntityType::kPer});
  }
  if (names_.size() == tagged) return;
  SortNames();
}

// Whether the text writes any of `words` in lower case somewhere; returns those it does.
std::unordered_set<std::string_view> NameCollector::WrittenInLowerCase(
    const std::vector<std::string>& words) const {
  const std::unordered_set<std::string_view> candidates(words.begin(), words.end());
  // Nearly every word of the text is none of the candidates: its first byte or its length
  // rules it out before it is hashed.
  constexpr std::size_t kLongest = 63;  // longer words share the last length bit
  std::bitset<256> first_bytes;
  std::bitset<kLongest + 1> lengths;
  for (const std::string& w : words) {
    if (w.empty()) continue;
    first_bytes.set(static_cast<unsigned char>(w[0]));
    lengths.set(std::min(w.size(), kLongest));
  }
  std::unordered_set<std::string_view> lower_case;
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    if (text_.Kind(t) != TokenKind::kWord) continue;
    const std::string_view word = text_.Text(t);
    if (!first_bytes.test(static_cast<unsigned char>(word[0])) ||
        !lengths.test(std::min(word.size(), kLongest)))
      continue;
    if (!text_.IsCapitalized(t) && candidates.contains(word)) lower_case.insert(word);
  }
  return lower_case;
}

}  // namespace newslens::entities
