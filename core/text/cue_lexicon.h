// The speech-cue lexicon (internal header; data in core/data/cues.txt): one definition of the
// speech verbs, for every room that asks whether a word attributes words to a speaker.
#ifndef NEWSLENS_TEXT_CUE_LEXICON_H_
#define NEWSLENS_TEXT_CUE_LEXICON_H_

#include <string_view>

namespace newslens {

// How a cue verb takes what was said (see cues.txt).
enum class CueFrame {
  kClause,
  kObject,
  kInfinitive,
  kEvaluative,
  kQuestion,
  kQuoted,
  kThat,
  kClausal
};

struct CueWord {
  std::string_view lemma;  // "say"; a phrasal verb's with its particle ("point out")
  CueFrame frame;
  bool participle;  // an -ing form ("saying"): its speaker is the subject of the main clause
  bool also_noun;   // this form is also a noun ("report", "states"): a cue only where a verb fits
};

// The cue that `word` is a form of ("said" -> say), or nullptr. Case-insensitive (ASCII).
const CueWord* LookupCue(std::string_view word);

}  // namespace newslens

#endif  // NEWSLENS_TEXT_CUE_LEXICON_H_
