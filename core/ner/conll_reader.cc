#include "ner/conll_reader.h"

namespace newslens::ner {
namespace {

// Splits `line` on runs of TABs and spaces.
std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> columns;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) columns.push_back(line.substr(start, i - start));
  }
  return columns;
}

}  // namespace

Result<std::vector<ConllDocument>> ParseConll(std::string_view text, bool read_tags) {
  std::vector<ConllDocument> documents(1);
  ConllSentence sentence;
  auto end_sentence = [&] {
    if (!sentence.tokens.empty()) documents.back().sentences.push_back(std::move(sentence));
    sentence = ConllSentence{};
  };
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    const std::size_t offset = start;
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> columns = Columns(line);
    if (columns.empty()) {
      end_sentence();
      continue;
    }
    if (columns[0] == "-DOCSTART-") {
      end_sentence();
      if (!documents.back().sentences.empty()) documents.emplace_back();
      continue;
    }
    NerTag tag = NerTag::kO;
    if (read_tags) {
      if (columns.size() < 2) {
        return Error{ErrorCode::kNotText, offset, "a token line without a tag column"};
      }
      std::optional<NerTag> parsed = ParseNerTag(columns.back());
      if (!parsed) {
        return Error{ErrorCode::kNotText, offset,
                     "unknown tag '" + std::string(columns.back()) + "'"};
      }
      tag = *parsed;
      // An I- tag that does not continue a name of its type begins one (IOB1).
      const int t = static_cast<int>(tag);
      if (t != 0 && t % 2 == 0) {
        const int previous = sentence.tags.empty() ? 0 : static_cast<int>(sentence.tags.back());
        if (previous != t && previous != t - 1) tag = static_cast<NerTag>(t - 1);
      }
    }
    sentence.tokens.emplace_back(columns[0]);
    sentence.tags.push_back(tag);
  }
  end_sentence();
  if (documents.back().sentences.empty() && documents.size() > 1) documents.pop_back();
  return documents;
}

}  // namespace newslens::ner
