#include "text/lexicon.h"

namespace newslens {

void LexiconRows::Iterator::Next() {
  while (!rest_.empty()) {
    const std::size_t eol = rest_.find('\n');
    std::string_view line = rest_.substr(0, eol);
    rest_.remove_prefix(eol == std::string_view::npos ? rest_.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    row_.clear();
    while (true) {
      const std::size_t tab =
          row_.size() + 1 < LexiconRow::kMaxFields ? line.find('\t') : line.npos;
      row_.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    return;
  }
  done_ = true;
}

}  // namespace newslens
