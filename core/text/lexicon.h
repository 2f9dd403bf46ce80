// Word lists and tables compiled in from core/data/ (internal header).
//
// Format of every lexicon file: UTF-8, one entry per line, fields separated by a TAB, '#' starts
// a comment line, blank lines ignored. The rows are views into the embedded bytes, which live as
// long as the program.
#ifndef NEWSLENS_TEXT_LEXICON_H_
#define NEWSLENS_TEXT_LEXICON_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace newslens {

using LexiconRow = std::vector<std::string_view>;

std::vector<LexiconRow> ParseLexicon(std::string_view data);

inline std::string_view EmbeddedText(const unsigned char* bytes, std::size_t size) {
  return {reinterpret_cast<const char*>(bytes), size};
}

}  // namespace newslens

#endif  // NEWSLENS_TEXT_LEXICON_H_
