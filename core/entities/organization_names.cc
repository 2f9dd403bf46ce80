// Organizations' names (see name_collector.h): where the tagger cut one in two, ran one into a
// person's, left out its words or its short names and acronyms. Each scan of the whole text rules
// most words out by a bit test before it hashes them.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/name_collector.h"
#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
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

// "Calderholme Hospitals NHS Foundation Trust" tagged as two organizations' names, the first
// one word: one name, as nothing stands between them (a place before an organization's name
// stays apart: "US Federal Reserve"). So is a people's adjective before an organization's name
// that ends in a word of organizations' names ("[American]MISC [Screenwriters Guild]ORG").
void NameCollector::JoinAdjacentOrganizations() {
  bool joined = false;
  for (std::size_t i = 0; i + 1 < names_.size(); ++i) {
    NameMention& m = names_[i];
    NameMention& next = names_[i + 1];
    const bool adjective = m.type == EntityType::kMisc &&
                           LooksLikePeoplesAdjective(text_.Text(m.first)) &&
                           IsOrganizationWord(text_.Text(next.end - 1));
    if ((m.type != EntityType::kOrg && !adjective) || next.type != EntityType::kOrg ||
        Words(m) != 1 || Words(next) < 2 || m.end != next.first || text_.IsAllCaps(m.first) ||
        text_.InHeadline(m.first) || text_.SentenceAt(m.first).first_token == m.first ||
        // (In one sentence: a caption's last word is no part of the next paragraph's first
        // name, "Photographer: Tomás Ibarra/Bloomberg" and "Vantor Resources Plc cut ...".)
        text_.SentenceAt(m.first).end_token <= next.first)
      continue;
    next.first = m.first;
    m.end = m.first;  // dropped below
    joined = true;
  }
  if (joined) std::erase_if(names_, [](const NameMention& m) { return m.end == m.first; });
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
        text_.Text(open + 2) != ")" || !text_.IsAllCaps(open + 1))
      continue;
    if (named.empty()) named = NamedTokens();
    const std::string acronym = AsciiLower(text_.Text(open + 1));
    const std::uint32_t sentence_start = text_.SentenceAt(open).first_token;
    if (!text_.IsCapitalized(open - 1)) {
      // "the East Pennine integrated care board (ICB)": a kind of organization in small
      // letters, and the words before it, that the acronym spells.
      const std::uint32_t start = SpelledOutInSmallLetters(open, acronym, sentence_start);
      if (start == kNone) continue;
      std::erase_if(names_,
                    [&](const NameMention& m) { return m.first >= start && m.end <= open; });
      names_.push_back({start, open, EntityType::kOrg});
      added = true;
      continue;
    }
    // ("ng", "mga", "sa": the Filipino names' "of", "the" plural and "in": "Pederasyon ng mga
    // Operator ng Jeepney sa Luzon (POJL)".)
    const auto connector = [&](std::uint32_t k) {
      return text_.IsAnyCaseOf(k, {"of", "and", "for", "the", "&", "ng", "mga", "sa"}) &&
             !text_.IsCapitalized(k);
    };
    // The words back from the parenthesis, while capitalized, or connectors: unnamed, or, where
    // the tagger cut the name into pieces around a connector, named.
    bool pieces = false;  // named words on both sides of a connector left out
    for (std::uint32_t k = open - 1; k > sentence_start + 1 && (named[k] || connector(k)); --k)
      pieces = pieces || (connector(k) && !named[k] && named[k - 1] && named[k + 1]);
    if (named[open - 1] && !pieces) continue;
    std::uint32_t first = open;
    while (first > sentence_start && (!named[first - 1] || pieces) &&
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
      if (pieces) {
        std::erase_if(names_,
                      [&](const NameMention& m) { return m.first < open && m.end > start; });
        type = EntityType::kOrg;
      }
      names_.push_back({start, open, type});
      added = true;
      break;
    }
  }
  if (added) SortNames();
}

bool NameCollector::SpellsNothing(std::uint32_t t) const {
  // English's and the Romance languages' small words inside bodies' names.
  return !text_.IsCapitalized(t) && text_.IsAnyCaseOf(t, {"of", "and", "for", "&", "de", "des",
                                                          "du", "la", "le", "et", "del", "y"});
}

std::uint32_t NameCollector::SpelledOutInSmallLetters(std::uint32_t open, std::string_view acronym,
                                                      std::uint32_t sentence_start) const {
  const std::string_view kind = text_.Text(open - 1);
  const RoleNoun* noun = LookupRoleNoun(kind);
  const bool kind_of_organization =
      IsOrganizationWord(kind) || (noun != nullptr && noun->kind == RoleKind::kOrganization);
  if (acronym.size() < 2 || text_.Kind(open - 1) != TokenKind::kWord) return kNone;
  std::size_t matched = 0;  // letters of the acronym spelled, from its end
  for (std::uint32_t k = open; k > sentence_start;) {
    --k;
    if (text_.Kind(k) != TokenKind::kWord) return kNone;
    if (SpellsNothing(k) && matched > 0) continue;
    if (AsciiLower(text_.Text(k))[0] != acronym[acronym.size() - 1 - matched]) return kNone;
    if (++matched < acronym.size()) continue;
    // A person's name is no part of one; a name inside it must lie whole within it. A place's
    // name or an organization's right before it is the body's ("East Pennine"). Without a kind
    // of organization last, an organization's name the tagger saw must open the words
    // ("[Confédération] générale des salariés (CGS)").
    std::uint32_t first = k;
    bool opens_with_organization = false;
    for (const NameMention& m : names_) {
      if (m.end == k && m.type != EntityType::kPer) first = m.first;
      opens_with_organization |= m.first == k && m.type == EntityType::kOrg;
      if (m.end > k && m.first < open &&
          (m.type == EntityType::kPer || m.first < k || m.end > open))
        return kNone;
    }
    if (!kind_of_organization && !(opens_with_organization && first == k)) return kNone;
    // A capitalized word names one body: "a real estate investment trust (REIT)" is a kind.
    bool capitalized = false;
    for (std::uint32_t c = first; c < open && !capitalized; ++c)
      capitalized = text_.IsCapitalized(c);
    return capitalized ? first : kNone;
  }
  return kNone;
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
    // (A person's name is none, but one that ends in a word of organizations' names may be an
    // organization's the tagger took for a person's: "[Dock Workers’ Union]PER (MDWU)".)
    const bool person = m.type == EntityType::kPer;
    if (Words(m) < 2 || (person && !IsOrganizationWord(text_.Text(m.end - 1)))) continue;
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
      bool person_before = false;
      while (k > 0 && names_[k - 1].first >= first) {
        person_before = person_before || names_[k - 1].type == EntityType::kPer;
        --k;
      }
      if (first < m.first && !person_before && (k == 0 || names_[k - 1].end <= first)) {
        for (std::size_t j = k; j < i; ++j) joined.push_back(j);
        m.first = first;
        spelled = text_.Initials(m);
      }
    }
    // "the East Pennine integrated care board (ICB)", "Confédération générale des salariés
    // (CGS)": the words in small letters spell it.
    if (parenthesized && !person && !text_.IsCapitalized(m.end - 1)) {
      std::string every_word;
      for (std::uint32_t k = m.first; k < m.end; ++k)
        if (!SpellsNothing(k)) every_word += AsciiLower(text_.Text(k).substr(0, 1));
      if (every_word.ends_with(AsciiLower(text_.Text(t + 1))))
        acronyms.emplace(std::string(text_.Text(t + 1)), m.type);
    }
    if (person && (!parenthesized || AsciiLower(text_.Text(t + 1)) != spelled)) continue;
    if (person) m.type = EntityType::kOrg;
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
  // "According to the Samiti" after the "Akhil Vindhya Kisan Sangharsh Samiti": a public body's
  // word after "the" (org-words.txt `body`), which the tagger took for a place's or another
  // name's, is an organization's too, when one organization's name ends in it (not "the
  // Capital" beside Sequoia Capital, "the Watch" beside Human Rights Watch).
  std::unordered_map<std::string_view, std::string> by_word_of_kind;  // or kAmbiguous
  for (const NameMention& m : names_) {
    const std::string_view last = text_.Text(m.end - 1);
    if (m.type != EntityType::kOrg || Words(m) < 2 || !EndsNoPlaceName(last) || IsCompanyWord(last))
      continue;
    auto [it, inserted] = by_word_of_kind.emplace(text_.Text(m.end - 1), text_.Key(m));
    if (!inserted && it->second != text_.Key(m)) it->second = kAmbiguous;
  }
  for (NameMention& m : names_) {
    if (Words(m) != 1 || m.type == EntityType::kOrg || m.type == EntityType::kPer || m.first == 0 ||
        !text_.IsAnyCase(m.first - 1, "the"))
      continue;
    auto it = by_word_of_kind.find(text_.Text(m.first));
    if (it != by_word_of_kind.end() && it->second != kAmbiguous) m.type = EntityType::kOrg;
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
    // "Straits [Link Airways]" at a sentence's start: the first word of the name the rest
    // of it follows, which JoinLeftOutFirstWords() puts back (after it, a name of two words or
    // more; with it, an organization's of three or more), is no name alone.
    if (t + 1 < text_.size() && named[t + 1]) {
      const auto next = std::lower_bound(
          names_.begin(), names_.begin() + static_cast<std::ptrdiff_t>(tagged), t + 1,
          [](const NameMention& m, std::uint32_t first) { return m.first < first; });
      if (next != names_.begin() + static_cast<std::ptrdiff_t>(tagged) && next->first == t + 1 &&
          Words(*next) >= 2 && text_.Key(NameMention{t, next->end, next->type}) == it->second)
        continue;
    }
    names_.push_back({t, t + 1, EntityType::kOrg});
  }
  if (names_.size() == tagged) return;
  SortNames();
}

void NameCollector::AddNamesBeforeGroupNouns() {
  constexpr std::uint32_t kLongest = 5;  // words of the name
  bool added = false;
  for (std::uint32_t g = 3; g < text_.size(); ++g) {
    if (text_.IsCapitalized(g) || !IsGroupNoun(text_.Text(g))) continue;
    const std::uint32_t sentence_start = text_.SentenceAt(g).first_token;
    std::uint32_t first = g;
    while (first > sentence_start + 1 && g - first < kLongest &&
           text_.Kind(first - 1) == TokenKind::kWord && text_.IsCapitalized(first - 1))
      --first;
    if (g - first < 2 || !text_.Is(first - 1, "the")) continue;
    // (A word the tagger left out among them: "the Rugby World Cup campaign", "the United
    // States campaign" are an event's and a country's.)
    bool person = false, peoples = false, untagged = false;
    for (std::uint32_t k = first; k < g; ++k) {
      untagged = untagged || text_.Tag(k) == NerTag::kO;
      peoples = peoples || LooksLikePeoplesAdjective(text_.Text(k));
    }
    for (const NameMention& m : names_)
      person =
          person || (m.first < g && m.end > first && m.type == EntityType::kPer && Words(m) >= 2);
    if (person || peoples || !untagged) continue;
    std::erase_if(names_, [&](const NameMention& m) { return m.first < g && m.end > first; });
    names_.push_back({first, g, EntityType::kOrg});
    added = true;
  }
  if (added) SortNames();
}

// "food delivery platform Foodzy", "chipmaker Qilong": a kind of organization in small letters
// (roles.txt) right before capitalized words the tagger left untagged names them; news gives an
// organization it introduces so. Not at a sentence's start, where a capital says nothing, nor
// words a name already holds.
void NameCollector::AddNamesAfterKinds() {
  constexpr std::uint32_t kLongest = 3;  // words of a name
  const std::vector<bool> named = NamedTokens();
  const std::size_t tagged = names_.size();
  for (std::uint32_t t = 1; t + 1 < text_.size(); ++t) {
    if (text_.Kind(t) != TokenKind::kWord || text_.IsCapitalized(t) || named[t + 1]) continue;
    const std::uint32_t first = t + 1;
    if (!text_.IsUntaggedCapitalized(first) || text_.IsQuoteMark(first) ||
        text_.Class(first) != WordClass::kOther || text_.InHeadline(first))
      continue;
    const RoleNoun* role = LookupRoleNoun(text_.Text(t));
    if (role == nullptr || role->kind != RoleKind::kOrganization) continue;
    const Sentence& s = text_.SentenceAt(first);
    std::uint32_t end = first;
    while (end < s.end_token && end - first < kLongest && !named[end] &&
           text_.IsUntaggedCapitalized(end) && text_.Class(end) == WordClass::kOther)
      ++end;
    // The name ends there: not a longer run of capitals ("chipmaker Qilong Automotive Group",
    // which the tagger tags in part) nor a title word ("company President X").
    if (end < s.end_token && (text_.IsCapitalized(end) || named[end])) continue;
    bool title = false;
    for (std::uint32_t k = first; k < end; ++k)
      title = title || LookupTitleWordAnyCase(text_.Text(k)) != nullptr;
    if (title) continue;
    names_.push_back({first, end, EntityType::kOrg});
    t = end;
  }
  if (names_.size() != tagged) SortNames();
}

void NameCollector::JoinLeftOutFirstWords() {
  // A capitalized word the tagger left out right before a name of two words or more, inside a
  // sentence after a word in small letters, where a capital says it is a name's: no title (or
  // titles, or an abbreviation: "Del. Stacey Plaskett"), role, people's adjective, time or
  // function word, acronym ("super PAC Priorities USA Action"), no employer's word before a
  // person, nor a title's field after "for", "of" or "of the" ("Secretary for Housing Cecilia
  // Mak", "Speaker of the House Newt Gingrich"), or its second field after "and" ("Minister
  // of Trade and Integration Aidos Temirkhanov").
  const auto left_out = [&](const NameMention& m) {
    if (Words(m) < 2 || m.first < 2) return false;
    const std::uint32_t w = m.first - 1;
    const std::string_view word = text_.Text(w);
    return text_.IsUntaggedCapitalized(w) && text_.SentenceAt(w).first_token < w &&
           text_.Kind(w - 1) == TokenKind::kWord && !text_.IsCapitalized(w - 1) &&
           !text_.IsAnyCaseOf(w - 1, {"for", "of"}) &&
           !(w >= 3 && text_.IsAnyCase(w - 1, "the") && text_.IsAnyCase(w - 2, "of")) &&
           !text_.IsAllCaps(w) && text_.Class(w) == WordClass::kOther && !word.ends_with(".") &&
           !IsTitleWordOrPlural(word) && !IsCapitalizedPersonsRole(w) &&
           !LooksLikePeoplesAdjective(word) && !IsPortfolio(word) &&
           !(m.type == EntityType::kPer && IsOrganizationWord(word)) &&
           TitleBeforeField(m.first, text_.SentenceAt(w).first_token) == kNone;
  };
  std::unordered_set<std::string> joined;  // the word, a space, the name's key
  for (const NameMention& m : names_)
    if (left_out(m)) joined.insert(AsciiLower(text_.Text(m.first - 1)) + ' ' + text_.Key(m));
  // So does the first word of a sentence before a name, with which it makes an organization's
  // name the text writes whole elsewhere ("Straits Link Airways, founded in 2011," after "a
  // Straits Link Airways turboprop", which StartOfOrganizationName() read inside its sentence).
  const auto opens_sentence = [&](const NameMention& m) {
    return Words(m) >= 2 && m.first > 0 && text_.SentenceAt(m.first - 1).first_token == m.first - 1;
  };
  if (std::any_of(names_.begin(), names_.end(), opens_sentence)) {
    for (const NameMention& m : names_)
      if (m.type == EntityType::kOrg && Words(m) >= 3) joined.insert(text_.Key(m));
  }
  if (joined.empty()) return;
  // The word joins the name wherever it stands before it, a sentence's first word too ("Harrow
  // Lane Live, the promoter, said").
  for (NameMention& m : names_) {
    if (Words(m) < 2 || m.first == 0 || !text_.IsUntaggedCapitalized(m.first - 1)) continue;
    if (joined.contains(AsciiLower(text_.Text(m.first - 1)) + ' ' + text_.Key(m))) --m.first;
  }
}

}  // namespace newslens::entities
