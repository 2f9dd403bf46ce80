// Word lists and tables compiled in from core/data/ (internal header).
//
// Format of every lexicon file: UTF-8, one entry per line, fields separated by a TAB, '#' starts
// a comment line, blank lines ignored. The rows are views into the embedded bytes, which live as
// long as the program.
#ifndef NEWSLENS_TEXT_LEXICON_H_
#define NEWSLENS_TEXT_LEXICON_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace newslens {

// The fields of one row, held in place: the tables are built on the first analysis, and in a
// browser a heap vector per row (6,000 rows of first names) was a good part of its start-up.
class LexiconRow {
 public:
  // Rows have at most this many fields; what follows the last one's TAB stays in it.
  static constexpr std::size_t kMaxFields = 6;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](std::size_t i) const { return fields_[i]; }
  void push_back(std::string_view field) { fields_[size_++] = field; }

 private:
  std::array<std::string_view, kMaxFields> fields_;
  std::size_t size_ = 0;
};

std::vector<LexiconRow> ParseLexicon(std::string_view data);

inline std::string_view EmbeddedText(const unsigned char* bytes, std::size_t size) {
  return {reinterpret_cast<const char*>(bytes), size};
}

}  // namespace newslens

#endif  // NEWSLENS_TEXT_LEXICON_H_
