// Teams and competitions in sports reports (RetypeSportsTeams, RetypeCompetitions and
// RepairSportsReports of name_repairs.h): the lines of results tables and fixture lists name
// teams, and a team named after its town keeps that name throughout the report; "League" and
// "Cup" end competitions.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/sports_words.h"
#include "ner/name_repairs.h"
#include "ner/word_features.h"
#include "text/char_class.h"

namespace newslens::ner {
namespace {

// "Durham 2 Nottinghamshire 1", "LOS ANGELES 72 61 .541", "Surrey 22 points , Kent 4 points":
// two numbers or more, a capitalised word, fewer words in small letters than numbers. `flags`:
// the tokens' name flags.
bool IsResultsLine(std::span<const NameWordFlags> flags) {
  using namespace name_word;
  int numbers = 0, lower = 0, capitalized = 0;
  for (const NameWordFlags f : flags) {
    if ((f & kDigitFirst) != 0) {
      ++numbers;
    } else if ((f & kAsciiSmall) != 0) {
      ++lower;
    } else if ((f & kCapitalized) != 0) {
      ++capitalized;
    }
  }
  return numbers >= 2 && lower < numbers && capitalized >= 1;
}

// "BALTIMORE AT SEATTLE", "Birmingham v Barnsley": capitalised words on both sides of one "at",
// "v" or "vs" (in any case), and nothing else but marks. `flags`: the tokens' name flags.
bool IsFixtureLine(std::span<const std::string_view> tokens, std::span<const NameWordFlags> flags) {
  using namespace name_word;
  int separators = 0;
  std::size_t at = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view t = tokens[i];
    if (t == "at" || t == "AT" || t == "v" || t == "V" || t == "vs" || t == "VS" || t == "vs." ||
        t == "v.") {
      ++separators;
      at = i;
    } else if ((flags[i] & (kAsciiSmall | kDigitFirst)) != 0) {
      return false;
    }
  }
  const auto capitalized = [](NameWordFlags f) { return (f & kCapitalized) != 0; };
  return separators == 1 && at > 0 && at + 1 < tokens.size() &&
         std::any_of(flags.begin(), flags.begin() + at, capitalized) &&
         std::any_of(flags.begin() + at + 1, flags.end(), capitalized);
}

// A word after which a town is where a match is played, not a team ("at Headingley", "in
// Leeds", "CLEVELAND AT TEXAS"), or where a report is filed from.
bool IsVenueWord(std::string_view token) {
  return token == "at" || token == "in" || token == "near" || token == "from" || token == "At" ||
         token == "In" || token == "AT";
}

// Whether the place [i, end) of `tokens` is where a match is played: after a word of place
// ("CLEVELAND AT [TEXAS]", "at [Headingley]"), or opening a scorecard's line ("[Chesterfield] :
// Worcestershire 238").
bool IsGround(std::span<const std::string_view> tokens, std::size_t i, std::size_t end) {
  return (i > 0 && IsVenueWord(tokens[i - 1])) ||
         (i == 0 && end < tokens.size() && tokens[end] == ":");
}

// A dateline's date ("1996-08-30"): the town before it is where the report was filed.
bool IsDate(std::string_view token) {
  return chars::StartsAsciiDigit(token) && std::count(token.begin(), token.end(), '-') == 2;
}

// The key of a name: its words' normalized forms (any case: "LEICESTERSHIRE" of a headline is
// "Leicestershire"), and its length.
std::uint64_t TeamKey(std::span<const std::string_view> words) {
  std::uint64_t key = words.size();
  for (const std::string_view word : words) key = Mix(key, NormalizedFormHash(word));
  return key;
}

// Whether the words around the place [i, end) of `tokens` make it a team, in a sports report: a
// player's role after it ("[Surrey] captain"), or a word of matches before or after it
// ("against [Somerset]", "[Leicestershire] beat"); lexicon/sports-words.txt. Or a result's noun
// or verb and its preposition before it ("lost to [Ferrington]", "a 2-1 win over [Essex]").
bool TeamByContext(std::span<const std::string_view> tokens, std::size_t i, std::size_t end) {
  const auto result_before = [&] {
    if (i < 2) return false;
    // The team's name ends its phrase: not a home town's ("lost to Leeds's Josh Warrington",
    // "the win over Sheffield fighter Kid Galahad", "over Manchester, where ...").
    if (end < tokens.size()) {
      const std::string_view next = tokens[end];
      const bool ends_phrase =
          next == "." || next == ";" || next == "in" || next == "at" || next == "on" ||
          next == "and" || next == "after" || next == "with" || next == "for" ||
          (next == "," && (end + 1 >= tokens.size() ||
                           (tokens[end + 1] != "where" && tokens[end + 1] != "which")));
      if (!ends_phrase) return false;
    }
    const std::string_view preposition = tokens[i - 1], result = tokens[i - 2];
    if (preposition == "to")
      return result == "lost" || result == "losing" || result == "loss" || result == "defeat";
    if (preposition == "over") return result == "win" || result == "victory";
    return preposition == "with" && (result == "draw" || result == "drew");
  };
  return (end < tokens.size() &&
          (IsPlayerWord(tokens[end]) || IsMatchWordAfterTeam(tokens[end]))) ||
         (i > 0 && IsMatchWordBeforeTeam(tokens[i - 1])) || result_before();
}

// Tags `name` as one organisation's.
void SetOrganisation(std::span<NerTag> name) {
  for (std::size_t k = 0; k < name.size(); ++k) name[k] = k == 0 ? NerTag::kBOrg : NerTag::kIOrg;
}

// Whether a word of sports reports stands outside the names of the document ("league" makes
// one; "League" of "the Arab League" does not). The test reads every token, so it is made only
// when a repair asks, and once for both: retyping teams changes no untagged token.
// `flags`: the name flags of the document's tokens, or empty (the words are looked up).
class SportsReport {
 public:
  SportsReport(std::span<const NerSentence> document, std::span<const NerTag> tags,
               std::span<const NameWordFlags> flags)
      : document_(document),
        tags_(tags),
        flags_(flags.size() == tags.size() ? flags : flags.first(0)) {}
  bool operator()() {
    if (!known_) {
      known_ = true;
      std::size_t offset = 0;
      for (const NerSentence& sentence : document_) {
        for (std::size_t i = 0; i < sentence.tokens.size() && !sports_; ++i) {
          sports_ = tags_[offset + i] == NerTag::kO &&
                    (flags_.empty() ? IsSportsWord(sentence.tokens[i])
                                    : (flags_[offset + i] & name_word::kSportsWord) != 0);
        }
        offset += sentence.tokens.size();
      }
    }
    return sports_;
  }
  // Whether token `k` of the document, `word`, ends a competition's name.
  bool CompetitionWord(std::size_t k, std::string_view word) const {
    return flags_.empty() ? IsCompetitionWord(word)
                          : (flags_[k] & name_word::kCompetitionWord) != 0;
  }

 private:
  std::span<const NerSentence> document_;
  std::span<const NerTag> tags_;
  std::span<const NameWordFlags> flags_;
  bool known_ = false, sports_ = false;
};

struct Team {
  std::uint64_t key;
  std::size_t length;
};

void RetypeTeams(const Gazetteer& gazetteer, std::span<const NerSentence> document,
                 std::span<NerTag> tags, std::span<const GazetteerMarks> document_marks,
                 std::span<const NameWordFlags> document_flags, RepairScratch* scratch,
                 SportsReport& sports_report) {
  // Most documents have neither results lines nor places beside a word of matches: they are
  // looked for first, the sports words only then.
  std::vector<bool>& tables = scratch->results_lines;
  tables.clear();
  int results = 0;
  bool in_context = false;
  std::size_t offset = 0;
  const bool flags_kept = document_flags.size() == tags.size();
  for (const NerSentence& sentence : document) {
    std::span<const NameWordFlags> flags;
    if (flags_kept) {
      flags = document_flags.subspan(offset, sentence.tokens.size());
    } else {
      ComputeNameWordFlags(sentence.tokens, gazetteer, &scratch->flags);
      flags = scratch->flags;
    }
    const bool line = IsResultsLine(flags);
    results += line ? 1 : 0;
    tables.push_back(line || IsFixtureLine(sentence.tokens, flags));
    const std::span<const NerTag> line_tags = tags.subspan(offset, sentence.tokens.size());
    ForEachName(line_tags, [&](std::size_t i, std::size_t end) {
      in_context =
          in_context || (line_tags[i] == NerTag::kBLoc && TeamByContext(sentence.tokens, i, end));
    });
    offset += sentence.tokens.size();
  }
  if (results < 2 && !in_context) return;
  if (!sports_report()) return;

  // The places that are not countries in table lines (with two results lines or more) and beside
  // a word of matches are clubs; remember them.
  std::vector<Team> teams;
  ForEachSentence(
      document, tags,
      [&](std::size_t s, std::span<const std::string_view> tokens, std::span<NerTag> line) {
        const std::size_t n = tokens.size();
        const bool table = tables[s] && results >= 2;
        std::span<const GazetteerMarks> marks;
        if (!document_marks.empty()) {
          marks = document_marks.subspan(static_cast<std::size_t>(line.data() - tags.data()), n);
        }
        ForEachName(line, [&](std::size_t i, std::size_t end) {
          if (line[i] != NerTag::kBLoc || IsGround(tokens, i, end) ||
              !(table || TeamByContext(tokens, i, end))) {
            return;
          }
          if (marks.size() != n) marks = LookUpMarks(gazetteer, tokens, scratch);
          const bool country =
              (marks[i] & StartBit(GazetteerCategory::kCountry)) != 0 &&
              (end - i == 1 || (marks[end - 1] & InsideBit(GazetteerCategory::kCountry)) != 0);
          if (country) return;
          SetOrganisation(line.subspan(i, end - i));
          teams.push_back({TeamKey(tokens.subspan(i, end - i)), end - i});
        });
      });
  if (teams.empty()) return;

  // Elsewhere in the report, the same words read as a place or a person are the team too
  // ("as [Leicestershire] beat [Somerset]"), but not where a match is played or a report filed
  // ("at [Leicester]", "LEICESTER 1996-08-30").
  ForEachSentence(
      document, tags,
      [&](std::size_t, std::span<const std::string_view> tokens, std::span<NerTag> line) {
        ForEachName(line, [&](std::size_t i, std::size_t end) {
          if (line[i] != NerTag::kBLoc && line[i] != NerTag::kBPer) return;
          // Most names have no team's length: their key (the words' normalized forms) is not
          // worked out.
          std::optional<std::uint64_t> key;
          const bool team = std::any_of(teams.begin(), teams.end(), [&](const Team& t) {
            if (t.length != end - i) return false;
            if (!key) key = TeamKey(tokens.subspan(i, end - i));
            return t.key == *key;
          });
          const bool dateline = end < tokens.size() && IsDate(tokens[end]);
          if (team && !dateline && !IsGround(tokens, i, end))
            SetOrganisation(line.subspan(i, end - i));
        });
      });
}

void RetypeCompetitions(std::span<const NerSentence> document, std::span<NerTag> tags,
                        SportsReport& sports_report) {
  // Organisations' names that end in a competition's word are few: they are found first, the
  // sports words only then.
  std::vector<std::pair<std::size_t, std::size_t>> names;  // [begin, end) in `tags`
  std::size_t offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ForEachName(tags.subspan(offset, n), [&](std::size_t i, std::size_t end) {
      if (tags[offset + i] == NerTag::kBOrg &&
          sports_report.CompetitionWord(offset + end - 1, sentence.tokens[end - 1])) {
        names.emplace_back(offset + i, offset + end);
      }
    });
    offset += n;
  }
  if (names.empty() || !sports_report()) return;
  for (const auto& [begin, end] : names) {
    for (std::size_t k = begin; k < end; ++k)
      tags[k] = k == begin ? NerTag::kBMisc : NerTag::kIMisc;
  }
}

}  // namespace

void RetypeSportsTeams(const Gazetteer& gazetteer, std::span<const NerSentence> document,
                       std::span<NerTag> tags, RepairScratch* scratch) {
  SportsReport sports_report(document, tags, {});
  RetypeTeams(gazetteer, document, tags, {}, {}, scratch, sports_report);
}

void RetypeCompetitions(std::span<const NerSentence> document, std::span<NerTag> tags) {
  SportsReport sports_report(document, tags, {});
  RetypeCompetitions(document, tags, sports_report);
}

void RepairSportsReports(const Gazetteer& gazetteer, std::span<const NerSentence> document,
                         std::span<NerTag> tags, std::span<const GazetteerMarks> marks,
                         std::span<const NameWordFlags> flags, RepairScratch* scratch) {
  // Both repairs change a tag only in a sports report, which needs a word of sports: a document
  // without one (most news; the flags tell at once) is left as it is, without reading its lines.
  if (flags.size() == tags.size() && (AnyOf(flags) & name_word::kSportsWord) == 0) return;
  SportsReport sports_report(document, tags, flags);
  RetypeTeams(gazetteer, document, tags, marks, flags, scratch, sports_report);
  RetypeCompetitions(document, tags, sports_report);
}

}  // namespace newslens::ner
