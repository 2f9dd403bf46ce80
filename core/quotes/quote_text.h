// What every rule of the quotes room reads (internal header): the tokens (TokenView), which of
// them lie inside quotation marks, the names of the entities stage, and the reference layer,
// which says whom a speaker phrase means.
//
// The rules (cues.h, noun_phrases.h, speaker_phrases.h, reported_clauses.h,
// inverted_attribution.h, attribution.h) are functions of a `const QuoteText&` and token
// indexes: they change nothing, so each can be tried on its own, on a text whose mentions a test
// made by hand. The passes (passes.h) add what they find to QuoteCandidates.
#ifndef NEWSLENS_QUOTES_QUOTE_TEXT_H_
#define NEWSLENS_QUOTES_QUOTE_TEXT_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "reference/speakers.h"
#include "text/token_view.h"

namespace newslens::quotes {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Searches look at most this many tokens away from where they start, so that a pathological
// sentence (a hundred thousand quotation marks) still costs linear time.
inline constexpr std::uint32_t kWindow = 64;
inline constexpr std::uint32_t kClauseWindow = 160;
// An appositive or relative clause between a speaker and a cue is at most this many tokens.
inline constexpr std::uint32_t kAppositiveWindow = 30;
// Quoted words this long read as speech whatever they look like; shorter ones need marks of
// speech (their own punctuation, a capital) or an attribution.
inline constexpr std::uint32_t kLongQuoteWords = 8;

class QuoteText : public TokenView {
 public:
  // `quoted` holds a flag per token (MarkQuotedTokens()); `mentions` holds the names. `text`,
  // `mentions`, `references` and `entities` must outlive this object.
  QuoteText(const AnalyzedText& text, const MentionTable& mentions, const References& references,
            const std::vector<Entity>& entities, const std::vector<bool>& quoted)
      : TokenView(text),
        mentions_(mentions),
        entities_(entities),
        quoted_(quoted),
        speakers_(*this, mentions, references, entities) {}

  // Whether token t is a quotation mark or lies inside quotation marks (false past the end).
  bool quoted(std::uint32_t t) const { return t < quoted_.size() && quoted_[t]; }
  // The name covering token t, or nullptr.
  const MentionRef* MentionAt(std::uint32_t t) const { return mentions_.At(t); }
  const MentionTable& mentions() const { return mentions_; }
  const std::vector<Entity>& entities() const { return entities_; }
  // Whom a speaker phrase means.
  const SpeakerResolver& speakers() const { return speakers_; }

 private:
  const MentionTable& mentions_;
  const std::vector<Entity>& entities_;
  const std::vector<bool>& quoted_;
  SpeakerResolver speakers_;
};

// The words among tokens [first, end) (punctuation, marks and symbols not counted).
inline std::uint32_t WordsIn(const QuoteText& q, std::uint32_t first, std::uint32_t end) {
  std::uint32_t words = 0;
  for (std::uint32_t t = first; t < end; ++t) words += q.IsWord(t);
  return words;
}

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_QUOTE_TEXT_H_
