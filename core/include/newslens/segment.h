// Segmentation: paragraphs with their roles, sentences, tokens.
//
//   Segmentation seg = Segment(normalized.text);
//   for (const Paragraph& p : seg.paragraphs) ...   // p.role, p.span, p.sentences
//   seg.TokenText(normalized.text, seg.tokens[i])   // "Trump", "’s", "n't", "U.S.", "3.5"
//
// Works on normalized text (normalize.h), whose quotation marks, apostrophes, dashes and spaces
// are already folded. All offsets are bytes into that text.
//
// Paragraphs. Blank lines end paragraphs. In a text without blank lines between its blocks (one
// paragraph per line, as pasted from many sites) every line is a paragraph; in a hard-wrapped
// text the lines of a block are one paragraph. Roles:
//   headline  the first paragraph, when it is one short line without a final period (or has the
//             "date YYYY-MM-DD Headline" form); Markdown headings ("# ", "## " ...) anywhere
//   caption   a photo line: "(Photo by ...)", "Getty Images", "AP Photo/", "Photo:" ...
//   byline    "By Jane Doe" (and "By Jane Doe and John Roe, Reuters")
//   dateline  "WASHINGTON (Reuters) —": a place in capitals, an agency, a dash. When it opens a
//             paragraph it becomes a paragraph of its own and the rest stays a body paragraph.
//   body      everything else
// Sentences do not end after abbreviations (Mr., Dr., U.S., Jan., Sen., Gov., initials), inside
// decimals or after an ellipsis that a lower-case word follows; they do end after a closing
// quotation mark that follows the stop ("... war.” Then"). An acronym, an initial or an
// abbreviation such as "Inc." ends a sentence only before a word that often opens one
// ("in the U.S. The ...", "Plan B. It ...", but "U.S. Navy", "Donald J. Trump"). A headline's
// "date 2025-02-01" prefix is a sentence of its own, apart from the headline's words.
// Tokens: words (with inner hyphens and apostrophes that are not contractions), numbers ("3.5",
// "1,000", "2025-02-01"), contractions split as in the Penn Treebank ("do" "n't", "that" "'ll",
// "Kyiv" "'s"), URLs and e-mail addresses whole, every other symbol a token of its own.
#ifndef NEWSLENS_SEGMENT_H_
#define NEWSLENS_SEGMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/offset_map.h"

namespace newslens {

enum class TokenKind : std::uint8_t {
  kWord,         // letters, possibly with inner hyphens, periods (U.S.) or apostrophes
  kNumber,       // digits with inner . , : - / (3.5, 1,000, 10:30, 2025-02-01)
  kPunctuation,  // one mark: . , ; : ! ? ( ) “ ” ‘ ’ — - ... and any other symbol
  kUrl,
  kEmail,
  kContraction  // a clitic split off a word: n't 's 're 've 'll 'd 'm (and the ’ forms)
};

struct Token {
  Span span;
  TokenKind kind;
};

enum class ParagraphRole : std::uint8_t { kHeadline, kCaption, kByline, kDateline, kBody };

// "headline", "caption", "byline", "dateline", "body".
const char* ParagraphRoleName(ParagraphRole role);

struct Sentence {
  Span span;                  // bytes, trimmed of surrounding space
  std::uint32_t first_token;  // index into Segmentation::tokens
  std::uint32_t end_token;    // one past the last token
};

struct Paragraph {
  Span span;  // bytes, trimmed of surrounding space
  ParagraphRole role;
  std::uint32_t first_sentence;  // index into Segmentation::sentences
  std::uint32_t end_sentence;
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  static std::string_view TokenText(std::string_view text, const Token& token) {
    return text.substr(token.span.start, token.span.size());
  }
};

Segmentation Segment(std::string_view normalized_text);

// The tokenizer alone, over `text[range]`; appends to `tokens` (offsets into `text`).
void Tokenize(std::string_view text, Span range, std::vector<Token>* tokens);

}  // namespace newslens

#endif  // NEWSLENS_SEGMENT_H_
