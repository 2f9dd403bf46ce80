// What an article says each entity is (see role_facts.h).
#include "reference/role_facts.h"

#include <algorithm>

#include "lexicon/roles.h"
#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"

namespace newslens::reference {
namespace {

// Appositives and copulas are read this many tokens at most.
constexpr std::uint32_t kDescriptionWindow = 16;

bool IsDeterminerOrPossessive(const TokenView& text, std::uint32_t t) {
  return text.Class(t) == WordClass::kDeterminer || text.IsPossessive(t);
}

// "Ann Ward's chief strategist": capitalized words and a possessive open the phrase at `t`.
bool OpensWithPossessor(const TokenView& text, std::uint32_t t, std::uint32_t limit) {
  constexpr std::uint32_t kLongestName = 4;
  for (std::uint32_t k = t; k < limit && k - t <= kLongestName; ++k) {
    if (text.Kind(k) == TokenKind::kContraction && text.IsPossessive(k)) return k > t;
    if (!text.IsCapitalized(k)) return false;
  }
  return false;
}

// Keys of possessors ("Romney" in "Romney's chief strategist") and of ages apart from those of
// words.
constexpr FactKey kPossessorSalt = 0x9e3779b97f4a7c15ull;
constexpr FactKey kAgeSalt = 0xc2b2ae3d27d4eb4full;
constexpr FactKey kRankSalt = 0x6a09e667f3bcc908ull;

// A word that ends a description read off the text: punctuation that closes a phrase, a
// relative pronoun, a verb.
bool EndsDescription(const TokenView& text, std::uint32_t t) {
  if (!text.IsWord(t)) return !text.Is(t, "-") && !text.Is(t, "&");
  const WordClass c = text.Class(t);
  return c == WordClass::kAuxiliary || c == WordClass::kVerb || c == WordClass::kNegation ||
         c == WordClass::kSubordinator || c == WordClass::kConjunction ||
         (text.Kind(t) == TokenKind::kWord && !text.IsCapitalized(t) && text.IsCueForm(t));
}

}  // namespace

FactKey KeyOfPossessor(std::string_view word) { return KeyOfFact(word) ^ kPossessorSalt; }
FactKey KeyOfAge(std::string_view number) { return KeyOfFact(number) ^ kAgeSalt; }
FactKey KeyOfRank(std::string_view number) { return KeyOfFact(number) ^ kRankSalt; }

bool RankAt(const TokenView& text, std::uint32_t t, std::uint32_t limit) {
  return t + 1 < limit && (text.Is(t, "No.") || text.Is(t, "No")) &&
         text.Kind(t + 1) == TokenKind::kNumber;
}

bool AgeAt(const TokenView& text, std::uint32_t t, std::uint32_t limit) {
  return t + 2 < limit && text.Kind(t) == TokenKind::kNumber && text.Is(t + 1, "-") &&
         IsAgeNoun(text.Text(t + 2));
}

FactKey LocatingPlaceAt(const TokenView& text, std::uint32_t t, std::uint32_t first,
                        std::uint32_t limit) {
  // "Singapore-headquartered" says what "Singapore-based" does; "London-listed" another thing.
  const auto key = [](std::string_view place, std::string_view participle) -> FactKey {
    if (participle == "based" || participle == "headquartered")
      return KeyOfFact(AsciiLower(place) + "-based");
    return participle == "listed" ? KeyOfFact(AsciiLower(place) + "-listed") : 0;
  };
  // One word at a sentence's start ("Bengaluru-based Kredora, which ..."), where the tokenizer
  // keeps it whole.
  if (text.Kind(t) == TokenKind::kWord && text.IsCapitalized(t)) {
    const std::string word = AsciiLower(text.Text(t));
    const std::size_t hyphen = word.rfind('-');
    if (hyphen == std::string::npos || hyphen == 0) return 0;
    return key(std::string_view(word).substr(0, hyphen), std::string_view(word).substr(hyphen + 1));
  }
  if (t <= first || t + 1 >= limit || !text.Is(t, "-") || !text.IsCapitalized(t - 1) ||
      text.Kind(t - 1) != TokenKind::kWord)
    return 0;
  return key(text.Text(t - 1), AsciiLower(text.Text(t + 1)));
}

FactKey KeyOfFact(std::string_view word) {
  word = NormalFormOfRoleWord(word);
  // FNV-1a over the bytes in ASCII lower case.
  FactKey key = 0xcbf29ce484222325ull;
  for (char c : word) {
    key ^= static_cast<unsigned char>(chars::AsciiLower(c));
    key *= 0x100000001b3ull;
  }
  return key;
}

RoleFacts::RoleFacts(const TokenView& text, const std::vector<bool>& quoted,
                     const MentionTable& names, const std::vector<Entity>& entities)
    : names_kind_(entities.size(), false) {
  for (std::size_t e = 0; e < entities.size(); ++e) {
    const int entity = static_cast<int>(e);
    for (const std::string& title : entities[e].titles) {
      AddText(entity, title);
      const std::size_t space = title.rfind(' ');
      if (entities[e].type == EntityType::kPer)
        person_heads_.push_back(
            KeyOfFact(space == std::string::npos ? title : title.substr(space + 1)));
    }
    if (entities[e].type == EntityType::kPer) continue;
    AddText(entity, entities[e].name);
    std::string_view name = entities[e].name;
    while (!name.empty()) {
      const std::size_t space = name.find(' ');
      if (newslens::NamesKindOtherThanBusiness(name.substr(0, space))) names_kind_[e] = true;
      name.remove_prefix(space == std::string_view::npos ? name.size() : space + 1);
    }
  }
  const auto is_quoted = [&](std::uint32_t t) { return t < quoted.size() && quoted[t]; };
  for (const MentionRef& m : names.mentions()) {
    if (m.pronoun || m.entity < 0 || is_quoted(m.first_token)) continue;
    const Sentence& s = text.SentenceAt(m.first_token);
    if (m.type == EntityType::kPer) AddPartyLabel(m.entity, text, m.end_token, s.end_token);
    // After: "X, the nation's largest bank," / "X, a spokesman for Y," / "X is the Y"; past an
    // age ("Nurul Huda Zainal, 47, a school canteen operator").
    std::uint32_t k = m.end_token;
    if (text.IsPunct(k, ",") && text.Kind(k + 1) == TokenKind::kNumber &&
        (text.IsPunct(k + 2, ",") || text.IsSentencePunct(k + 2)) && k + 2 < s.end_token) {
      if (m.type == EntityType::kPer) AddAge(m.entity, text, k + 1);
      if (text.IsPunct(k + 2, ",")) k += 2;
    }
    // "26-year-old Ana Ruiz", "the 26-year-old Colombian Ana Ruiz".
    for (std::uint32_t age = m.first_token; age >= s.first_token + 3 && m.first_token - age < 2;
         --age) {
      if (AgeAt(text, age - 3, m.first_token)) {
        if (m.type == EntityType::kPer) AddAge(m.entity, text, age - 3);
        break;
      }
    }
    // "No. 2 Kendall Ashby", "No. 2 seed Kendall Ashby"; "Ashby, the No. 2 seed,": a player's
    // rank.
    if (m.type == EntityType::kPer) {
      std::uint32_t r = m.first_token;
      if (r > s.first_token && text.IsAnyCase(r - 1, "seed")) --r;
      if (r >= s.first_token + 2 && RankAt(text, r - 2, r))
        facts_.push_back({KeyOfRank(text.Text(r - 1)), m.entity});
      if (text.IsPunct(k, ",") && text.IsAnyCase(k + 1, "the") && RankAt(text, k + 2, s.end_token))
        facts_.push_back({KeyOfRank(text.Text(k + 3)), m.entity});
    }
    // "Bengaluru-based Kredora": where an organization is.
    if (m.type != EntityType::kPer && m.first_token > s.first_token) {
      FactKey place = LocatingPlaceAt(text, m.first_token - 1, s.first_token, s.end_token);
      if (place == 0 && m.first_token >= s.first_token + 2)
        place = LocatingPlaceAt(text, m.first_token - 2, s.first_token, s.end_token);
      if (place != 0) {
        facts_.push_back({place, m.entity});
        facts_.push_back({kLocated, m.entity});
      }
    }
    const bool comma = text.IsPunct(k, ",");
    const bool copula = text.IsAnyCase(k, "is") || text.IsAnyCase(k, "was") ||
                        text.IsAnyCase(k, "became") || text.IsAnyCase(k, "remains");
    if ((comma || copula) && k + 1 < s.end_token &&
        (IsDeterminerOrPossessive(text, k + 1) ||
         (comma && !text.IsCapitalized(k + 1) && text.Kind(k + 1) == TokenKind::kWord) ||
         (comma && OpensWithPossessor(text, k + 1, s.end_token)))) {
      std::uint32_t end = k + 1;
      while (end < s.end_token && end - k < kDescriptionWindow && !is_quoted(end) &&
             !EndsDescription(text, end))
        ++end;
      // An appositive closes with its comma (or the sentence), or goes on with a relative
      // clause ("a charity that runs food pantries"); a copula's phrase may end anywhere. After
      // a name that ends an opening phrase ("According to Echeverría, the cause of the fire
      // remains under investigation"), what runs to the sentence's end is its main clause.
      bool opening_phrase = text.Class(s.first_token) == WordClass::kPreposition ||
                            text.IsAnyCase(s.first_token, "according");
      for (std::uint32_t b = s.first_token; opening_phrase && b < m.first_token; ++b)
        opening_phrase = !text.IsPunct(b, ",");
      const bool to_sentence_end = end >= s.end_token || text.IsSentencePunct(end);
      const bool closes = !comma || to_sentence_end || text.IsPunct(end, ",") ||
                          text.IsPunct(end, ")") || text.IsAnyCaseOf(end, {"who", "which", "that"});
      if (closes && !(comma && opening_phrase && to_sentence_end)) {
        AddWords(m.entity, text, k + 1, end);
        if (comma && m.type == EntityType::kPer) AddPersonsHead(text, k + 1, end);
      }
    }
    // Before: "the bank's chief, X," / "the event organizer X".
    if (m.first_token > s.first_token + 1 && text.IsPunct(m.first_token - 1, ",")) {
      std::uint32_t begin = m.first_token - 1;
      // "The head of the Confédération générale des salariés (CGS), Sophie Arnaud,": past an
      // acronym in parentheses.
      if (begin > s.first_token + 3 && text.IsPunct(begin - 1, ")") && text.IsPunct(begin - 3, "("))
        begin -= 3;
      const std::uint32_t phrase_end = begin;
      while (begin > s.first_token && phrase_end - begin < 9 && !text.IsPunct(begin - 1, ",") &&
             !EndsDescription(text, begin - 1) && !is_quoted(begin - 1))
        --begin;
      if (begin < m.first_token - 1 && IsDeterminerOrPossessive(text, begin) &&
          (begin == s.first_token || text.IsPunct(begin - 1, ","))) {
        AddWords(m.entity, text, begin, m.first_token - 1);
        if (m.type == EntityType::kPer) AddPersonsHead(text, begin, m.first_token - 1);
      }
    } else {
      // "the event organizer X": words in small letters after a determiner or a possessive.
      std::uint32_t begin = m.first_token;
      while (begin > s.first_token && m.first_token - begin < 3 &&
             text.Kind(begin - 1) == TokenKind::kWord && !text.IsCapitalized(begin - 1) &&
             text.Class(begin - 1) == WordClass::kOther && !EndsDescription(text, begin - 1))
        --begin;
      if (begin < m.first_token && begin > s.first_token &&
          IsDeterminerOrPossessive(text, begin - 1))
        AddWords(m.entity, text, begin, m.first_token);
      // "Republican presidential nominee X", "New York businessman X": a role noun right before
      // the name, and its modifiers, capitalized or not.
      const std::uint32_t role = m.first_token - 1;
      if (m.first_token > s.first_token && !is_quoted(role) &&
          LookupRoleNoun(text.Text(role)) != nullptr) {
        begin = role;
        while (begin > s.first_token && role - begin < 4 &&
               text.Kind(begin - 1) == TokenKind::kWord &&
               text.Class(begin - 1) == WordClass::kOther && !EndsDescription(text, begin - 1))
          --begin;
        AddWords(m.entity, text, begin, role + 1);
      }
    }
  }
  std::sort(facts_.begin(), facts_.end());
  facts_.erase(std::unique(facts_.begin(), facts_.end()), facts_.end());
  std::sort(person_heads_.begin(), person_heads_.end());
  person_heads_.erase(std::unique(person_heads_.begin(), person_heads_.end()), person_heads_.end());
}

void RoleFacts::AddPartyLabel(int entity, const TokenView& text, std::uint32_t after,
                              std::uint32_t sentence_end) {
  if (after + 2 >= sentence_end || !(text.IsPunct(after, "(") || text.IsPunct(after, ","))) return;
  // The label's tokens to its closing mark: "D-Minn.", "R-N.Y.".
  std::string label;
  for (std::uint32_t k = after + 1; k < sentence_end && k - after <= 5; ++k) {
    if (text.IsPunct(k, ")") || text.IsPunct(k, ",")) break;
    label += text.Text(k);
  }
  const PartyLabel read = ReadPartyLabel(label);
  if (read.state.empty()) return;
  facts_.push_back({KeyOfFact(read.party), entity});
  facts_.push_back({KeyOfFact(read.state), entity});
}

void RoleFacts::AddAge(int entity, const TokenView& text, std::uint32_t number) {
  facts_.push_back({KeyOfAge(text.Text(number)), entity});
  facts_.push_back({kAged, entity});
}

void RoleFacts::AddPersonsHead(const TokenView& text, std::uint32_t first, std::uint32_t end) {
  std::uint32_t head = end;
  for (std::uint32_t t = first; t < end && text.Class(t) != WordClass::kPreposition; ++t)
    if (text.Kind(t) == TokenKind::kWord && !text.IsCapitalized(t) &&
        text.Class(t) == WordClass::kOther)
      head = t;
  if (head < end) person_heads_.push_back(KeyOfFact(text.Text(head)));
}

bool RoleFacts::Holds(int entity, FactKey key) const {
  return std::binary_search(facts_.begin(), facts_.end(), std::pair<FactKey, int>(key, entity));
}

void RoleFacts::EntitiesWith(FactKey key, std::vector<int>* out) const {
  auto it = std::lower_bound(facts_.begin(), facts_.end(), std::pair<FactKey, int>(key, -1));
  for (; it != facts_.end() && it->first == key; ++it) out->push_back(it->second);
}

void RoleFacts::AddWords(int entity, const TokenView& text, std::uint32_t first,
                         std::uint32_t end) {
  // "one of the president's closest aides": the words before a possessive are its possessor's,
  // another referent; the role is what follows, and the possessor's last word is kept as such
  // ("Ann Ward's chief strategist": a person of Ward's).
  for (std::uint32_t t = end; t > first; --t) {
    if (text.Kind(t - 1) == TokenKind::kContraction && text.IsPossessive(t - 1)) {
      if (t - 1 > first) facts_.push_back({KeyOfPossessor(text.Text(t - 2)), entity});
      first = t;
      break;
    }
  }
  for (std::uint32_t t = first; t < end; ++t) {
    if (AgeAt(text, t, end)) AddAge(entity, text, t);
    if (text.Kind(t) != TokenKind::kWord) continue;
    const WordClass c = text.Class(t);
    if (c == WordClass::kDeterminer || c == WordClass::kPreposition || c == WordClass::kPronoun)
      continue;
    facts_.push_back({KeyOfFact(text.Text(t)), entity});
  }
}

void RoleFacts::AddText(int entity, std::string_view text) {
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    if (!word.empty() && ClassOfWord(word) == WordClass::kOther)
      facts_.push_back({KeyOfFact(word), entity});
    text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
  }
}

}  // namespace newslens::reference
