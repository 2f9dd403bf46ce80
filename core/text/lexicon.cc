#include "text/lexicon.h"

namespace newslens {

std::vector<LexiconRow> ParseLexicon(std::string_view data) {
  std::vector<LexiconRow> rows;
  std::size_t lines = 1;
  for (const char c : data) lines += c == '\n' ? 1 : 0;
  rows.reserve(lines);
  while (!data.empty()) {
    std::size_t eol = data.find('\n');
    std::string_view line = data.substr(0, eol);
    data.remove_prefix(eol == std::string_view::npos ? data.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    LexiconRow row;
    while (true) {
      std::size_t tab = row.size() + 1 < LexiconRow::kMaxFields ? line.find('\t') : line.npos;
      row.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace newslens
