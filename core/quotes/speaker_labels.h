// Speaker labels (internal header): "CLINTON:", "Q:", "Rep. Jim Jordan:" before words they
// attribute, in interview transcripts and in lists of quotes.
#ifndef NEWSLENS_QUOTES_SPEAKER_LABELS_H_
#define NEWSLENS_QUOTES_SPEAKER_LABELS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "quotes/quote_text.h"

namespace newslens::quotes {

class SpeakerLabels {
 public:
  // `q` must outlive the object.
  explicit SpeakerLabels(const QuoteText& q) : q_(q) {}

  // True when [first, colon) labels a speaker: a person's name (titles may stand before it), a
  // person's name in capitals ("TAPPER", "KATE BOULDUAN": the last word is the last word of a
  // person's name in the text; "UPDATE:" and "CORRECTION:" are no one), a word in capitals that
  // opens two paragraphs or more with a colon (a transcript's turns: "WALLACE:"), or "Q" and
  // "A".
  bool Labels(std::uint32_t first, std::uint32_t colon);

  // The colon of a label that opens at `first` (within the next five tokens, before `end`), or
  // kNone.
  std::uint32_t LabelColon(std::uint32_t first, std::uint32_t end);

 private:
  // Whether `word` (lower case) is the last word of a person's name in the text. The surnames
  // are gathered when a label in capitals is first looked at, at most once per text.
  bool IsSurname(const std::string& word);
  // Whether `word`, in capitals with a colon, opens two paragraphs or more. The paragraphs are
  // read when first asked, at most once per text.
  bool OpensTurns(std::string_view word);

  const QuoteText& q_;
  std::vector<std::string> surnames_;  // sorted
  bool built_ = false;
  std::vector<std::string> turn_openers_;  // sorted, unique
  bool turns_built_ = false;
};

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_SPEAKER_LABELS_H_
