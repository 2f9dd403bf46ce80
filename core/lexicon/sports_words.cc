#include "lexicon/sports_words.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "data/embedded.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/word_classes.h"
#include "text/word_map.h"

namespace newslens {
namespace {

enum class SportsWordKind : std::uint8_t {
  kReport = 1,
  kCompetition = 2,
  kPlayer = 4,
  kBeforeTeam = 8,
  kAfterTeam = 16,
  kClubEnd = 32,
  kClubPrefix = 64,
};

bool IsSportsWordOf(std::string_view word, SportsWordKind kind) {
  // Keys in lower case, each with the kinds it is of.
  static const auto* words = [] {
    auto* map = new WordMap<std::uint8_t>();
    std::vector<std::pair<std::string, std::uint8_t>> rows;
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::sports_words_txt, data::sports_words_txt_size))) {
      if (row.size() < 2) continue;
      const SportsWordKind k = row[0] == "competition"   ? SportsWordKind::kCompetition
                               : row[0] == "player"      ? SportsWordKind::kPlayer
                               : row[0] == "before"      ? SportsWordKind::kBeforeTeam
                               : row[0] == "after"       ? SportsWordKind::kAfterTeam
                               : row[0] == "club-end"    ? SportsWordKind::kClubEnd
                               : row[0] == "club-prefix" ? SportsWordKind::kClubPrefix
                                                         : SportsWordKind::kReport;
      const std::string key = AsciiLower(row[1]);
      auto it =
          std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == key; });
      if (it == rows.end()) {
        rows.emplace_back(key, static_cast<std::uint8_t>(k));
      } else {
        it->second |= static_cast<std::uint8_t>(k);
      }
    }
    for (const auto& [key, kinds] : rows) map->Insert(key, kinds);
    return map;
  }();
  const std::uint8_t* kinds = words->FindAsciiLower(word);
  return kinds != nullptr && (*kinds & static_cast<std::uint8_t>(kind)) != 0;
}

}  // namespace

bool IsSportsWord(std::string_view word) { return IsSportsWordOf(word, SportsWordKind::kReport); }

bool IsCompetitionWord(std::string_view word) {
  return IsSportsWordOf(word, SportsWordKind::kCompetition);
}

// The words around a team's name are compared as written: in small letters, as in running text.
bool IsPlayerWord(std::string_view word) {
  return chars::StartsAsciiLower(word) && IsSportsWordOf(word, SportsWordKind::kPlayer);
}

bool IsMatchWordBeforeTeam(std::string_view word) {
  return chars::StartsAsciiLower(word) && IsSportsWordOf(word, SportsWordKind::kBeforeTeam);
}

bool IsMatchWordAfterTeam(std::string_view word) {
  return chars::StartsAsciiLower(word) && IsSportsWordOf(word, SportsWordKind::kAfterTeam);
}

bool IsClubEndWord(std::string_view word) {
  return chars::StartsAsciiUpper(word) && IsSportsWordOf(word, SportsWordKind::kClubEnd);
}

bool IsClubPrefix(std::string_view word) {
  return chars::StartsAsciiUpper(word) && IsSportsWordOf(word, SportsWordKind::kClubPrefix);
}

}  // namespace newslens
