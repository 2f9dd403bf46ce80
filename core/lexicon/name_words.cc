#include "lexicon/name_words.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "data/embedded.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

enum class NameWordKind : std::uint8_t {
  kParticle,
  kAbbreviation,
  kSurname,
  kSuffix,
  kDay,
  kPlacePrefix,
  kPlaceSuffix,
  kOrganizationPrefix,
  kEventPrefix,
  kPostNominal,
  kPortfolio
};

bool IsNameWord(std::string_view word, NameWordKind kind) {
  // One table per kind: a word may be of several.
  static const auto* tables = [] {
    auto* maps = new WordMap<bool>[11];
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::name_words_txt, data::name_words_txt_size))) {
      if (row.size() < 2) continue;
      const NameWordKind k = row[0] == "particle"       ? NameWordKind::kParticle
                             : row[0] == "abbreviation" ? NameWordKind::kAbbreviation
                             : row[0] == "surname"      ? NameWordKind::kSurname
                             : row[0] == "day"          ? NameWordKind::kDay
                             : row[0] == "place-prefix" ? NameWordKind::kPlacePrefix
                             : row[0] == "place-suffix" ? NameWordKind::kPlaceSuffix
                             : row[0] == "org-prefix"   ? NameWordKind::kOrganizationPrefix
                             : row[0] == "event-prefix" ? NameWordKind::kEventPrefix
                             : row[0] == "post-nominal" ? NameWordKind::kPostNominal
                             : row[0] == "portfolio"    ? NameWordKind::kPortfolio
                                                        : NameWordKind::kSuffix;
      maps[static_cast<int>(k)].Insert(row[1], true);
    }
    return maps;
  }();
  return tables[static_cast<int>(kind)].Contains(word);
}

}  // namespace

bool IsNameParticle(std::string_view word) { return IsNameWord(word, NameWordKind::kParticle); }
bool IsJoiningParticle(std::string_view word) { return IsNameParticle(word) && word != "do"; }
std::string_view SurnameAfterParticle(std::string_view word) {
  const std::size_t hyphen = word.find('-');
  constexpr std::size_t kLongestParticle = 5;  // "della"
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > kLongestParticle ||
      hyphen + 1 >= word.size() || word[hyphen + 1] < 'A' || word[hyphen + 1] > 'Z')
    return {};
  std::string particle(word.substr(0, hyphen));
  particle[0] = chars::AsciiLower(particle[0]);  // "Al-Harbash" opening a sentence
  return IsNameParticle(particle) ? word.substr(hyphen + 1) : std::string_view{};
}
bool IsNameAbbreviation(std::string_view word) {
  return IsNameWord(word, NameWordKind::kAbbreviation);
}
bool IsSurnameTitle(std::string_view word) { return IsNameWord(word, NameWordKind::kSurname); }
bool IsGenerationalSuffix(std::string_view word) { return IsNameWord(word, NameWordKind::kSuffix); }
bool IsPlacePrefix(std::string_view word) { return IsNameWord(word, NameWordKind::kPlacePrefix); }
bool IsPlaceSuffix(std::string_view word) { return IsNameWord(word, NameWordKind::kPlaceSuffix); }
bool IsOrganizationPrefix(std::string_view word) {
  return IsNameWord(word, NameWordKind::kOrganizationPrefix);
}
bool IsEventPrefix(std::string_view word) { return IsNameWord(word, NameWordKind::kEventPrefix); }
bool IsPostNominal(std::string_view word) { return IsNameWord(word, NameWordKind::kPostNominal); }
bool IsPortfolio(std::string_view word) { return IsNameWord(word, NameWordKind::kPortfolio); }

bool IsGivenNameOfTwoSyllables(std::string_view token) {
  const std::size_t hyphen = token.find('-');
  constexpr std::size_t kLongestSyllable = 5;
  if (hyphen == std::string_view::npos || hyphen < 2 || hyphen > kLongestSyllable ||
      token.size() - hyphen - 1 < 2 || token.size() - hyphen - 1 > kLongestSyllable ||
      token[0] < 'A' || token[0] > 'Z')
    return false;
  for (std::size_t k = 1; k < token.size(); ++k)
    if (k != hyphen && (token[k] < 'a' || token[k] > 'z')) return false;
  return true;
}

bool IsWeekday(std::string_view word) {
  static constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
  return std::find(std::begin(kWeekdays), std::end(kWeekdays), word) != std::end(kWeekdays);
}

bool IsDayName(std::string_view word, std::string_view weekday) {
  // Only weekdays make such names; "Black Friday", not "Black September".
  if (IsWeekday(weekday)) return IsNameWord(word, NameWordKind::kDay);
  return true;  // a month, "today": no weekday to weigh, the name stays as it is
}

}  // namespace newslens
