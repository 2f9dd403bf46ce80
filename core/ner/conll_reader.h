// Reading CoNLL-formatted NER data (internal header; the trainer, the benchmark and the tests
// use it).
//
// Format: one token per line, columns separated by TABs or spaces, the token first and the BIO
// tag last; a blank line ends a sentence; a line whose first column is -DOCSTART- starts a new
// document (text before the first one is a document of its own).
#ifndef NEWSLENS_NER_CONLL_READER_H_
#define NEWSLENS_NER_CONLL_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner.h"
#include "newslens/status.h"

namespace newslens::ner {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<NerTag> tags;  // as many as tokens
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

// Parses `text`. With `read_tags`, the last column must be a tag (O, B-PER ... I-MISC; IOB1
// "I-X" that starts a name becomes "B-X") and a line with one column is an error (offset = the
// line's start); without, tags are all O.
Result<std::vector<ConllDocument>> ParseConll(std::string_view text, bool read_tags);

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_CONLL_READER_H_
