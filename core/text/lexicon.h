// Word lists and tables compiled in from core/data/ (internal header).
//
// Format of every lexicon file: UTF-8, one entry per line, fields separated by a TAB, '#' starts
// a comment line, blank lines ignored. The rows are views into the embedded bytes, which live as
// long as the program.
#ifndef NEWSLENS_TEXT_LEXICON_H_
#define NEWSLENS_TEXT_LEXICON_H_

#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>

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
  void clear() { size_ = 0; }

 private:
  std::array<std::string_view, kMaxFields> fields_;
  std::size_t size_ = 0;
};

// The rows of `data`, read one at a time as a loop asks for them:
//   for (const LexiconRow& row : ParseLexicon(data)) ...
// No list of the rows is made: for the 7,500 first names that list took 0.8 MB, fresh memory
// at a browser's first analysis, where every page touched for the first time costs.
class LexiconRows {
 public:
  class Iterator {
   public:
    using value_type = LexiconRow;
    using difference_type = std::ptrdiff_t;

    const LexiconRow& operator*() const { return row_; }
    const LexiconRow* operator->() const { return &row_; }
    Iterator& operator++() {
      Next();
      return *this;
    }
    bool operator==(std::default_sentinel_t) const { return done_; }

   private:
    friend class LexiconRows;
    explicit Iterator(std::string_view rest) : rest_(rest) { Next(); }
    void Next();  // reads the next row into row_, or sets done_

    std::string_view rest_;  // the text after row_
    LexiconRow row_;
    bool done_ = false;
  };

  explicit LexiconRows(std::string_view data) : data_(data) {}
  Iterator begin() const { return Iterator(data_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::string_view data_;
};

inline LexiconRows ParseLexicon(std::string_view data) { return LexiconRows(data); }

inline std::string_view EmbeddedText(const unsigned char* bytes, std::size_t size) {
  return {reinterpret_cast<const char*>(bytes), size};
}

}  // namespace newslens

#endif  // NEWSLENS_TEXT_LEXICON_H_
