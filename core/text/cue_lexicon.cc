#include "text/cue_lexicon.h"

#include <algorithm>
#include <string>
#include <vector>

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> items;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    items.push_back(list.substr(0, comma));
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
  }
  return items;
}

}  // namespace

const CueWord* LookupCue(std::string_view word) {
  static const auto* table = [] {
    auto* map = new WordMap<CueWord>();
    for (const LexiconRow& row : ParseLexicon(EmbeddedText(data::cues_txt, data::cues_txt_size))) {
      if (row.size() < 3) continue;
      const CueFrame frame = row[1] == "object"       ? CueFrame::kObject
                             : row[1] == "infinitive" ? CueFrame::kInfinitive
                             : row[1] == "evaluative" ? CueFrame::kEvaluative
                             : row[1] == "question"   ? CueFrame::kQuestion
                             : row[1] == "quoted"     ? CueFrame::kQuoted
                             : row[1] == "that"       ? CueFrame::kThat
                             : row[1] == "clausal"    ? CueFrame::kClausal
                                                      : CueFrame::kClause;
      const std::vector<std::string_view> nouns =
          row.size() > 3 ? SplitList(row[3]) : std::vector<std::string_view>{};
      for (const std::string_view form : SplitList(row[2])) {
        const bool noun = std::find(nouns.begin(), nouns.end(), form) != nouns.end();
        map->Insert(form, CueWord{row[0], frame, form.ends_with("ing"), noun});
      }
    }
    return map;
  }();
  if (word.size() > 20) return nullptr;
  return table->FindAsciiLower(word);
}

}  // namespace newslens
