// Names the tagger left untagged or mistook (see name_collector.h), people's most: a title or an
// age that vouches for a person's name, a byline's authors, a nickname inside a name, a surname
// the text gives alone, a headline's words; organizations' and places' names have files of their
// own (organization_names.cc, place_names.cc). Each scan of the whole text rules most words out
// by a bit test before it hashes them.
#include <algorithm>
#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "entities/name_collector.h"
#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"

namespace newslens::entities {

std::size_t NameCollector::HeadlineNames() const {
  std::size_t n = 0;
  while (n < names_.size() && text_.InHeadline(names_[n].first)) ++n;
  return n;
}

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
        // "Foreign Minister Yousef al-Harbash": a surname a particle and a hyphen open is one of
        // the capitalized words; so is a particle in small letters before a capitalized word
        // ("Mzee Kipsang arap Tuwei").
        const auto name_word = [&](std::uint32_t k) {
          return (text_.IsCapitalized(k) && text_.Class(k) == WordClass::kOther &&
                  (w->honorific || LookupTitleWord(text_.Text(k)) == nullptr)) ||
                 (k > first && HasJoinedParticle(text_.Text(k))) ||
                 (k > first && k + 1 < s.end_token && IsJoiningParticle(text_.Text(k)) &&
                  text_.IsCapitalized(k + 1));
        };
        while (end < s.end_token && end - first < longest && name_word(end)) ++end;
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

bool NameCollector::AgeSetOff(std::uint32_t comma) const {
  if (comma + 2 >= text_.size() || !text_.IsPunct(comma, ",") || !text_.IsPunct(comma + 2, ","))
    return false;
  const std::string_view w = text_.Text(comma + 1);
  return text_.Kind(comma + 1) == TokenKind::kNumber && !w.empty() && w.size() <= 3 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
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
  for (NameMention& m : names_) {
    // Not a name its words make a place's or a club's ("River Lenn" beside "the Lenn").
    if (m.type == EntityType::kPer || Words(m) < 2 || m.decides) continue;
    // "Lurdes Sarmento, 74, sat on a camp bed": news gives only people an age so. A name of two
    // or three words, the whole run of capitals, the sentence going on in small letters after
    // the age; not a table of names and numbers ("Manchester City, 89, Aston Villa, 68, and
    // Crystal Palace, 49, after ...").
    const bool listed = m.first >= 2 && text_.IsAnyCaseOf(m.first - 1, {",", "and"}) &&
                        (text_.Kind(m.first - 2) == TokenKind::kNumber ||
                         (m.first >= 3 && text_.IsPunct(m.first - 2, ",") &&
                          text_.Kind(m.first - 3) == TokenKind::kNumber));
    if (Words(m) <= 3 && AgeSetOff(m.end) && !listed && m.end + 3 < text_.size() &&
        text_.IsWord(m.end + 3) && !text_.IsCapitalized(m.end + 3) &&
        (m.first == 0 || !text_.IsCapitalized(m.first - 1))) {
      m.type = EntityType::kPer;
      continue;
    }
    if (PhotoCredit(m)) {
      m.type = EntityType::kPer;
      continue;
    }
    // "Bruce Arena said": a first name and one more word that the tagger read as a place's,
    // right before a verb of saying (not its participle, nor a form that is also a noun): no
    // place speaks, and a first name and another word name no country whose government might.
    if (m.type == EntityType::kLoc && Words(m) == 2 && IsKnownFirstName(text_.Text(m.first)) &&
        m.end < text_.size() && text_.IsWord(m.end) && !text_.IsCapitalized(m.end)) {
      const CueWord* cue = LookupCue(text_.Text(m.end));
      if (cue != nullptr && !cue->participle && !cue->also_noun) {
        m.type = EntityType::kPer;
        continue;
      }
    }
    if (titled.empty() && alone.empty()) continue;
    // A word that may be a given name: capitalized, no word of an organization's name, no
    // role's or title's.
    const auto given_name = [&](std::uint32_t t) {
      return text_.IsCapitalized(t) && !text_.IsAllCaps(t) && !IsOrganizationWord(text_.Text(t)) &&
             LookupRoleNoun(text_.Text(t)) == nullptr && !IsTitleWordOrPlural(text_.Text(t)) &&
             text_.Class(t) == WordClass::kOther;
    };
    // "Gideon Marsh" tagged as a place, then "Marsh said": a first name and the surname the
    // text gives a person alone; so are "Pa Nhia Xiong" and "said Xiong", two given names
    // before the surname, where no word of the name is a people's, a venue's ("Estadio
    // Santiago Bernabeu") or one the text writes in small letters ("Black Girls Rock").
    const auto given_names = [&] {
      std::vector<std::string> lowered;
      for (std::uint32_t t = m.first; t < m.end; ++t) {
        if (!given_name(t) || IsPeoplesName(text_.Text(t)) ||
            text_.IsAnyCaseOf(t, {"estadio", "estádio", "stadio", "stade", "stadion"}))
          return false;
        lowered.push_back(AsciiLower(text_.Text(t)));
      }
      return WrittenInLowerCase(lowered).empty();
    };
    if (alone.contains(text_.LastWord(m)) &&
        ((Words(m) == 2 && IsKnownFirstName(text_.Text(m.first))) ||
         (Words(m) == 3 && given_names()))) {
      m.type = EntityType::kPer;
      continue;
    }
    if (!titled.contains(text_.LastWord(m))) continue;
    // "Minyon Moore" and "Ms. Moore": two capitalized words, the first no word of an
    // organization's or a place's name, are a first name and the surname an honorific gives.
    const bool two_names =
        Words(m) == 2 && honored.contains(text_.LastWord(m)) && given_name(m.first);
    if (two_names || IsKnownFirstName(text_.Text(m.first))) m.type = EntityType::kPer;
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

// Headlines capitalize every word, and the tagger takes a verb before a name into it
// ("Exploits Trump", "Rip Donald Trump"): where a person's name in a headline opens with a word
// that is no known first name, and its last word is the surname of a person the story names in
// full, the words before the first name (or before the surname) are dropped.
void NameCollector::MendHeadlineNames() {
  DropHeadlineWords();
  TrimHeadlineVerbs();
  bool headline_names = false;
  for (const NameMention& m : names_) {
    if (!text_.InHeadline(m.first)) break;  // the headline comes first
    headline_names = headline_names || (m.type == EntityType::kPer && Words(m) >= 2);
  }
  if (!headline_names) return;
  std::unordered_set<std::string> surnames;
  // A one-word name of the body and the word in small letters before it ("The hacker Guccifer"):
  // "Hacker Guccifer" in the headline is that word and the name.
  std::unordered_set<std::string> described;
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kPer || text_.InHeadline(m.first)) continue;
    if (Words(m) >= 2) {
      surnames.insert(text_.LastWord(m));
    } else if (m.first > 0 && text_.IsWord(m.first - 1) && !text_.IsCapitalized(m.first - 1)) {
      described.insert(AsciiLower(text_.Text(m.first - 1)) + ' ' + text_.LastWord(m));
    }
  }
  for (NameMention& m : names_) {
    if (m.type != EntityType::kPer || Words(m) < 2 || !text_.InHeadline(m.first)) continue;
    if (surnames.contains(text_.LastWord(m))) {
      while (Words(m) > 1 && !IsKnownFirstName(text_.Text(m.first))) ++m.first;
    } else if (Words(m) == 2 && !IsKnownFirstName(text_.Text(m.first)) &&
               described.contains(AsciiLower(text_.Text(m.first)) + ' ' + text_.LastWord(m))) {
      // (Not a first name: "Bill Cassidy Unveils ..." beside "The bill Cassidy introduced".)
      ++m.first;
    }
  }
}

void NameCollector::TrimHeadlineVerbs() {
  const std::size_t in_headline = HeadlineNames();
  if (in_headline == 0) return;
  std::unordered_map<std::string, EntityType> body_keys;  // the type of a name's first mention
  std::unordered_set<std::string> body_words;
  for (std::size_t i = in_headline; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    body_keys.emplace(text_.Key(m), m.type);
    for (std::uint32_t t = m.first; t < m.end; ++t) body_words.insert(AsciiLower(text_.Text(t)));
  }
  for (std::size_t i = 0; i < in_headline; ++i) {
    NameMention& m = names_[i];
    if (m.type == EntityType::kPer || Words(m) < 2 || body_keys.contains(text_.Key(m)) ||
        body_words.contains(AsciiLower(text_.Text(m.end - 1))))
      continue;
    const NameMention prefix{m.first, m.end - 1, m.type};
    const std::string key = text_.Key(prefix);
    // (A prefix the body names alone takes the body's type: "[Norvenia Cuts]MISC Rates" beside
    // the place "Norvenia".)
    if (const auto same = body_keys.find(key); same != body_keys.end()) {
      --m.end;
      m.type = same->second;
    } else if (std::any_of(body_keys.begin(), body_keys.end(),
                           [&](const auto& k) { return k.first.starts_with(key + ' '); })) {
      --m.end;
    }
  }
}

void NameCollector::DropHeadlineWords() {
  // A headline's names come first; those the body uses too are names.
  const std::size_t in_headline = HeadlineNames();
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

bool NameCollector::AppositiveKindOfOrganization(std::uint32_t comma,
                                                 std::uint32_t sentence_end) const {
  constexpr std::uint32_t kLongest = 5;  // tokens between the article and the noun
  std::uint32_t t = comma + 1;
  if (t >= sentence_end || !text_.IsPunct(comma, ",") || !text_.IsAnyCaseOf(t, {"the", "a", "an"}))
    return false;
  for (std::uint32_t k = t + 1; k + 1 < sentence_end && k - t <= kLongest; ++k) {
    if (text_.Kind(k) == TokenKind::kContraction) continue;  // "the island's"
    if (text_.JoinsParticiple(k)) {                          // "the Brussels-based"
      ++k;
      continue;
    }
    if (text_.Kind(k) != TokenKind::kWord) return false;
    // A preposition or a person's role before the noun: the appositive describes someone of the
    // organization ("the head of the group", "the main donor to the foundation").
    if (text_.Class(k) == WordClass::kPreposition) return false;
    const RoleNoun* noun = text_.IsCapitalized(k) ? nullptr : LookupRoleNoun(text_.Text(k));
    if (noun != nullptr && noun->kind == RoleKind::kPerson) return false;
    if (noun == nullptr || noun->kind != RoleKind::kOrganization) continue;
    // The noun ends the appositive, or a relative clause or a participle goes on from it: "the
    // island's only airline,", "the lobby representing 11 million farmers"; not "the
    // airline's pilots".
    const std::string_view next = text_.Text(k + 1);
    return text_.IsPunct(k + 1, ",") || text_.IsSentencePunct(k + 1) ||
           text_.IsAnyCaseOf(k + 1, {"that", "which", "whose"}) ||
           (text_.Kind(k + 1) == TokenKind::kWord && !text_.IsCapitalized(k + 1) &&
            next.size() > 5 && next.ends_with("ing"));
  }
  return false;
}

void NameCollector::RetypeOrganizationsByContext() {
  // "the (right-wing) Sovereign Nations group": a name between an article, and words in small
  // letters, and a group's noun in small letters, not a people's ("the Kurdish group").
  const auto article_before = [&](std::uint32_t first) {
    constexpr std::uint32_t kLongest = 4;  // tokens between the article and the name
    for (std::uint32_t k = first; k > 0 && first - k <= kLongest; --k) {
      if (text_.IsAnyCaseOf(k - 1, {"the", "a", "an"})) return true;
      if (text_.IsCapitalized(k - 1) || !(text_.IsWord(k - 1) || text_.IsPunct(k - 1, "-")))
        return false;
    }
    return false;
  };
  // (Only a name the tagger took for a work's or an event's: a person's or a place's before
  // "coalition" or "group" is its leader's or its region's, "the Netanyahu coalition", "the
  // Africa group of negotiators".)
  // So is one it took for a person's before "party" ("The environmentalist Green Future
  // party"; a celebration is someone's party, or a party for someone).
  const auto group_noun_after = [&](const NameMention& m) {
    if (!article_before(m.first) || m.end >= text_.size() || text_.IsCapitalized(m.end))
      return false;
    // (After "the": "a wonderful Super Bowl party" is a celebration.)
    std::uint32_t article = m.first;
    while (article > 0 && !text_.IsCapitalized(article - 1) && text_.IsWord(article - 1) &&
           !text_.IsAnyCaseOf(article - 1, {"the", "a", "an"}))
      --article;
    const bool party = text_.IsAnyCase(m.end, "party") && article > 0 &&
                       text_.IsAnyCase(article - 1, "the") &&
                       (m.type == EntityType::kMisc || m.type == EntityType::kPer);
    if (!party && (m.type != EntityType::kMisc ||
                   !text_.IsAnyCaseOf(m.end, {"group", "bloc", "coalition", "alliance", "faction",
                                              "movement", "caucus"})))
      return false;
    // (Not a people's adjective: "the Kurdish group", "the Latin American bloc".)
    for (std::uint32_t k = m.first; k < m.end; ++k)
      if (LooksLikePeoplesAdjective(text_.Text(k))) return false;
    return true;
  };
  // "automakers including Tenrai Motors and Germany's Voss-Hallberg": a name the tagger took for
  // a work's or an event's, after a place's possessive and listed beside a company's (its last
  // word says so), is a company's too; not a work's or an event's of the company ("Microsoft
  // Corp and Windows users", "brands include Pixar Animation Studios and Star Wars").
  std::unordered_set<std::uint32_t> company_ends;
  for (const NameMention& m : names_)
    if (m.type == EntityType::kOrg && IsCompanyWord(text_.Text(m.end - 1)))
      company_ends.insert(m.end);
  std::unordered_set<std::uint32_t> place_ends;  // the token after each place's name
  for (const NameMention& m : names_)
    if (m.type == EntityType::kLoc) place_ends.insert(m.end);
  const auto listed_with_company = [&](const NameMention& m) {
    if (m.type != EntityType::kMisc || company_ends.empty() || m.first < 3 ||
        !text_.IsPossessive(m.first - 1) || !place_ends.contains(m.first - 1))
      return false;
    const std::uint32_t place_first = m.first - 2;  // a one-word place: "Germany's"
    return place_first >= 2 && text_.IsAnyCaseOf(place_first - 1, {"and", "or", ","}) &&
           company_ends.contains(place_first - 1);
  };
  // "Corvanta’s chief security officer", "Corvanta chief security officer Dana Whitfield",
  // "Corvanta’s shares", "chief executive of Kredora": a company's officers or stock beside the
  // name (a state has a chief minister and a chief justice, not these).
  // Only within the name's sentence, and only after its possessive but for an officer's title
  // before a person's name ("Italy shares the concerns ...", "Shares in European insurers fell"
  // on the line after a headline's "Italy" are none).
  const auto company_owns = [&](const NameMention& m) {
    // "cofounder and chief executive of Kredora", "the CEO of Corvanta": an officer's title and
    // "of" before the name (not a people's adjective: "chief executive of Swedish group Sendlo").
    if (m.first >= 3 && text_.IsAnyCase(m.first - 1, "of") &&
        !(Words(m) == 1 &&
          (IsPeoplesName(text_.Text(m.first)) || LooksLikePeoplesAdjective(text_.Text(m.first))))) {
      const std::uint32_t w = m.first - 2;
      if (text_.IsAnyCaseOf(w, {"CEO", "CFO", "COO", "cofounder", "co-founder"}) ||
          (text_.IsAnyCase(w - 1, "chief") && text_.IsAnyCaseOf(w, {"executive", "officer"})))
        return true;
    }
    const std::uint32_t sentence_end = text_.SentenceAt(m.first).end_token;
    std::uint32_t k = m.end;
    const bool possessive =
        k < sentence_end && text_.Kind(k) == TokenKind::kContraction && text_.IsPossessive(k);
    if (possessive) ++k;
    if (k + 2 >= sentence_end) return false;
    if (possessive &&
        text_.IsAnyCaseOf(k, {"CEO", "CFO", "COO", "shares", "shareholders", "stock"}))
      return true;
    if (!text_.IsAnyCase(k, "chief") ||
        !text_.IsAnyCaseOf(k + 1, {"executive", "financial", "operating", "security", "technology",
                                   "information", "marketing"}))
      return false;
    if (possessive) return true;
    // "Corvanta chief security officer Dana Whitfield": the title, then a capitalized name.
    std::uint32_t after = k + 2;
    while (after < sentence_end && !text_.IsCapitalized(after) && after - k < 4) ++after;
    return after < sentence_end && text_.IsCapitalized(after) && text_.Tag(after) != NerTag::kO &&
           TypeOf(text_.Tag(after)) == EntityType::kPer;
  };
  // "Open Door Relief, a charity that runs food pantries,": a sentence's first word the tagger
  // left out of a name an appositive describes as an organization opens the name.
  for (NameMention& m : names_) {
    const Sentence& s = text_.SentenceAt(m.first);
    const std::uint32_t w = s.first_token;
    if (m.first == w + 1 && m.type != EntityType::kPer && text_.IsUntaggedCapitalized(w) &&
        text_.Class(w) == WordClass::kOther && LookupTitleWordAnyCase(text_.Text(w)) == nullptr &&
        AppositiveKindOfOrganization(m.end, s.end_token))
      m.first = w;
  }
  std::unordered_set<std::string> organizations;
  for (const NameMention& m : names_) {
    if (m.decides || m.type == EntityType::kOrg || !m.title.empty() || m.gender != Gender::kUnknown)
      continue;
    const bool described = m.type != EntityType::kMisc &&
                           AppositiveKindOfOrganization(m.end, text_.SentenceAt(m.first).end_token);
    if (described || group_noun_after(m) || listed_with_company(m) || company_owns(m))
      organizations.insert(text_.Key(m));
  }
  if (organizations.empty()) return;
  for (NameMention& m : names_)
    if (!m.decides && organizations.contains(text_.Key(m))) m.type = EntityType::kOrg;
}

void NameCollector::AddNamesBeforeAppositives() {
  constexpr std::uint32_t kLongest = 4;      // words of a name before a role
  constexpr std::uint32_t kLongestAged = 3;  // ... before an age
  const auto name_word = [&](std::uint32_t t) {
    return text_.IsUntaggedCapitalized(t) && !text_.IsAllCaps(t) &&
           text_.Class(t) == WordClass::kOther &&
           LookupTitleWordAnyCase(text_.Text(t)) == nullptr && !IsOrganizationWord(text_.Text(t));
  };
  // Before a role, the name may hold a particle ("Liesbeth van Oordt") and a first name the tagger
  // took for a person's name alone ("[Mei-Ling]PER Tsao").
  const auto particle = [&](std::uint32_t t) {
    return text_.Tag(t) == NerTag::kO && IsParticleOrJoined(text_.Text(t));
  };
  const auto alone_person = [&](std::uint32_t t) {
    return text_.Tag(t) == NerTag::kBPer && text_.Tag(t + 1) != NerTag::kIPer;
  };
  std::vector<NameMention> added;
  for (std::uint32_t t = 2; t + 2 < text_.size(); ++t) {
    if (!text_.IsPunct(t, ",") || !(name_word(t - 1) || particle(t - 1))) continue;
    const Sentence& s = text_.SentenceAt(t);
    const bool aged = AgeSetOff(t);
    std::uint32_t first = t - 1;
    if (aged) {
      while (first > s.first_token && t - first < kLongestAged && name_word(first - 1)) --first;
    } else {
      while (first > s.first_token && t - first < kLongest &&
             (name_word(first - 1) || particle(first - 1) || alone_person(first - 1)))
        --first;
      if (particle(first) || !text_.IsCapitalized(t - 1)) continue;
    }
    // Two words at least, the whole run ("the Hamanoe coast, 40, ..." is no name), and not a
    // list of places ("Tonga, 12, Samoa").
    if (t - first < 2 || (first > s.first_token && text_.IsCapitalized(first - 1))) continue;
    NameMention m{first, t, EntityType::kPer};
    // "Landlady Bernadette Kilbride, 61,": a role before the name is its title.
    if (aged && t - first == 3 && IsCapitalizedPersonsRole(first)) {
      m.title = {first, first + 1};
      ++m.first;
    }
    // "Liesbeth van Oordt, the UN special envoy for Qarmand,": a person's role after it, as a
    // name the tagger did not take for a person's must have one; or a kind of organization
    // ("Aerolinhas Atlânticas, the island’s only airline,").
    if (!aged && AppositiveTitle(m, s.end_token, /*strict=*/true).empty()) {
      // Not the last words of a name that goes on before them ("Northside Neighbors for
      // Responsible Growth, a residents' group,").
      if (!AppositiveKindOfOrganization(t, s.end_token) ||
          (first > s.first_token &&
           text_.IsAnyCaseOf(first - 1, {"of", "for", "to", "and", "&", "on", "de", "la"})))
        continue;
      m.type = EntityType::kOrg;
    }
    added.push_back(m);
  }
  if (added.empty()) return;
  for (const NameMention& a : added) {
    std::erase_if(names_, [&](const NameMention& m) {
      return m.type == EntityType::kPer && m.first >= a.first && m.end <= a.end;
    });
    // A name before a role takes its titles as a tagged one does; an age's title is set above.
    if (a.title.empty()) {
      AddName(a.first, a.end, a.type, text_.SentenceAt(a.first));
    } else {
      names_.push_back(a);
    }
  }
  SortNames();
}

namespace {

// "al-Maamari", "el-Badri": a surname that opens with an Arabic article in small letters and a
// hyphen, as news writes it wherever the name stands alone ("...,” al-Maamari said."), which
// the tagger, seeing no capital, leaves untagged.
bool OpensWithSmallArticle(std::string_view word) {
  for (std::string_view article : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"})
    if (word.size() > article.size() + 1 && word.starts_with(article) &&
        chars::StartsAsciiUpper(word.substr(article.size())))
      return true;
  return false;
}

}  // namespace

// A surname alone the tagger left untagged ("...,” Whitcombe said." after "Danny Whitcombe"):
// the last word of a person's full name, capitalized (or opening with an article in small
// letters: "al-Maamari"), standing alone (no capitalized word beside it, which would make
// another name), that the text never writes in lower case ("Young", "young"). GroupPeople()
// (name_grouping.cc) links it to the person.
void NameCollector::AddSurnames() {
  std::unordered_set<std::string_view> surnames;
  // Surnames that are title words too ("Halima Abdikadir Sheikh"): only after an honorific
  // ("Ms Sheikh"), where no title stands.
  std::unordered_set<std::string_view> title_surnames;
  // "Pieter van Oordt" is "Van Oordt" at a sentence's start: the particle in small letters and
  // the last word ("van", "Oordt").
  std::vector<std::pair<std::string_view, std::string_view>> particle_surnames;
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kPer || Words(m) < 2) continue;
    if (Words(m) >= 3 && !text_.IsCapitalized(m.end - 2) && IsNameParticle(text_.Text(m.end - 2)))
      particle_surnames.emplace_back(text_.Text(m.end - 2), text_.Text(m.end - 1));
    const std::uint32_t surname = text_.SurnameToken(m);
    if (((text_.IsCapitalized(surname) && !text_.IsAllCaps(surname)) ||
         OpensWithSmallArticle(text_.Text(surname))) &&
        ClassOfWord(text_.Text(surname)) == WordClass::kOther)
      (LookupTitleWordAnyCase(text_.Text(surname)) == nullptr ? surnames : title_surnames)
          .insert(text_.Text(surname));
    // "Itziar Goenaga Lasa" is "Goenaga" later: the first of two surnames after a given name,
    // as Spanish and Portuguese names have them (not a second first name: "Mary Ann Evans").
    const std::uint32_t middle = m.first + 1;
    if (Words(m) == 3 && surname == m.end - 1 && text_.IsCapitalized(middle) &&
        !text_.IsAllCaps(middle) && text_.Text(middle).size() > 2 &&
        !text_.Text(middle).ends_with(".") && !IsKnownFirstName(text_.Text(middle)) &&
        ClassOfWord(text_.Text(middle)) == WordClass::kOther &&
        LookupTitleWordAnyCase(text_.Text(middle)) == nullptr)
      surnames.insert(text_.Text(middle));
  }
  if (surnames.empty() && title_surnames.empty() && particle_surnames.empty()) return;
  std::vector<std::string> lowered;
  lowered.reserve(surnames.size());
  for (std::string_view w : surnames) lowered.push_back(AsciiLower(w));
  const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(lowered);
  const std::vector<bool> named = NamedTokens();
  const std::size_t tagged = names_.size();
  std::bitset<256> first_bytes;  // of the surnames: most words are ruled out before hashing
  for (std::string_view w : surnames) first_bytes.set(static_cast<unsigned char>(w[0]));
  // The particle and the surname at `k`, `k + 1`, the particle capitalized or not.
  const auto particle_surname_at = [&](std::uint32_t k) {
    return std::any_of(particle_surnames.begin(), particle_surnames.end(), [&](const auto& p) {
      return text_.IsAnyCase(k, p.first) && text_.Is(k + 1, p.second);
    });
  };
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    if (!particle_surnames.empty() && t + 1 < text_.size() && !named[t] && !named[t + 1] &&
        text_.IsCapitalized(t) && !text_.IsCapitalized(t + 2) && particle_surname_at(t)) {
      names_.push_back({t, t + 2, EntityType::kPer});
      ++t;
      continue;
    }
    if (!named[t] && t > 0 && title_surnames.contains(text_.Text(t)) &&
        !text_.IsCapitalized(t + 1)) {
      const TitleWord* before = LookupTitleWord(text_.Text(t - 1));
      if (before != nullptr && before->honorific) names_.push_back({t, t + 1, EntityType::kPer});
      continue;
    }
    // IsCapitalized() is false past the last token: the last word has no word after it.
    if (named[t] || !first_bytes.test(static_cast<unsigned char>(text_.Text(t)[0]))) continue;
    // A transcript's label in capitals ("PENCE: Well, ..."), as the surname is spelled.
    if (text_.IsAllCaps(t) && text_.IsPunct(t + 1, ":")) {
      if (surnames.contains(AsciiTitleCase(text_.Text(t))))
        names_.push_back({t, t + 1, EntityType::kPer});
      continue;
    }
    // Not after another capitalized word, which may be another first name; a function word
    // that opens the sentence is none ("But Lindqvist cautions"), nor is a title ("Justice
    // Dash was not persuaded").
    const bool after_capital = t > 0 && text_.IsCapitalized(t - 1) &&
                               ClassOfWord(text_.Text(t - 1)) == WordClass::kOther &&
                               LookupTitleWord(text_.Text(t - 1)) == nullptr;
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
