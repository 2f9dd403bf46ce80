// The tagger's features, shared by the tagger and the trainer so that both see exactly the same
// thing (internal header).
//
// Every feature is a 64-bit hash of a template id and its values, cut to a 32-bit key (never 0):
// the model stores weights per key. A document is prepared once (DocumentFeaturizer::Prepare):
// per-token facts, gazetteer matches, how each word is cased across the document, and the keys
// of every feature that does not depend on tags (the "static" keys). The few features that do
// (previous tags, the tags given to the same word elsewhere) are computed while decoding.
#ifndef NEWSLENS_NER_FEATURES_H_
#define NEWSLENS_NER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/word_features.h"
#include "newslens/ner.h"

namespace newslens::ner {

// Bump whenever a feature changes: models record the version they were trained with and the
// loader refuses others.
inline constexpr std::uint32_t kFeatureVersion = 1;

inline std::uint32_t FeatureKey(std::uint64_t hash) {
  const auto key = static_cast<std::uint32_t>(hash >> 32);
  return key == 0 ? 1 : key;
}

// The most dynamic keys one token can have.
inline constexpr int kMaxDynamicKeys = 16;

// The tag index that stands for "no tag: before the sentence".
inline constexpr int kBoundaryTag = kNerTagCount;

// Whether an I- tag may follow `previous` (a tag index or kBoundaryTag).
inline bool IsAllowedAfter(int previous, int tag) {
  if (tag == 0 || tag % 2 == 1) return true;  // O and B- always
  return previous == tag || previous == tag - 1;
}

// Entity type of a tag index: 0 for O, 1..4 for PER, ORG, LOC, MISC.
inline int TagType(int tag) { return (tag + 1) / 2; }

class DocumentFeaturizer {
 public:
  explicit DocumentFeaturizer(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // Computes everything that does not depend on tags. Views into `sentences` are not kept.
  // `unknown_words` (the trainer's word dropout), if given, has one flag per token: a flagged
  // token's form features get a value seen nowhere else, as for a word unknown to the model.
  void Prepare(std::span<const NerSentence> sentences, const std::uint8_t* unknown_words = nullptr);

  std::size_t token_count() const { return tokens_.size(); }
  std::size_t sentence_count() const { return sentence_begin_.size() - 1; }
  // Tokens [sentence_begin(s), sentence_begin(s + 1)) are sentence s.
  std::size_t sentence_begin(std::size_t s) const { return sentence_begin_[s]; }

  std::span<const std::uint32_t> StaticKeys(std::size_t token) const {
    return {keys_.data() + key_begin_[token], keys_.data() + key_begin_[token + 1]};
  }

  // Writes the keys of the features of `token` that depend on tags to `out` (room for
  // kMaxDynamicKeys) and returns how many. `previous` and `before_previous` are tag indices or
  // kBoundaryTag. `pass` is 1 (history: the tags of earlier occurrences of the word) or 2
  // (history: the first-pass tags of all other occurrences, see RecordFirstPass).
  int DynamicKeys(std::size_t token, int previous, int before_previous, int pass,
                  std::uint32_t* out) const;

  // Forgets the history: call before decoding a pass.
  void ClearHistory();
  // Records the tag chosen for `token` in pass 1.
  void RecordTag(std::size_t token, int tag);

 private:
  struct TokenInfo {
    WordFeatures word;
    std::uint64_t lexical_form = 0;  // the form as features see it: word.form or a unique value
    GazetteerMarks gazetteer = 0;
    std::uint32_t word_slot = 0;  // index into words_
    std::uint8_t context = 0;     // ContextBits
    std::uint8_t doc_case = 0;    // DocumentCase
    std::int8_t pass1_tag = -1;   // the pass-1 tag, -1 before it is recorded
    // The run of capitalised words (joined by "of", "and", "de" ...) the token is in: the indices
    // of its first and last token; both the token itself when it is in none.
    std::uint32_t run_begin = 0;
    std::uint32_t run_end = 0;
  };
  // Per distinct normalized form in the document.
  struct WordStats {
    std::uint64_t form = 0;
    std::uint16_t case_counts[4] = {};  // lower, title, upper, mixed at informative positions
    std::uint16_t type_counts[5] = {};  // O, PER, ORG, LOC, MISC given to capitalised occurrences
    std::uint8_t contexts = 0;          // RunContext bits seen anywhere in the document
  };

  std::uint32_t WordSlot(std::uint64_t form);
  void TrueCase(std::span<const NerSentence> sentences);
  void CollectRunContexts();
  void FindRuns(std::size_t sentence_begin, std::size_t sentence_end, bool informative);
  void ComputeStaticKeys(std::size_t sentence_begin, std::size_t sentence_end);

  const Gazetteer* gazetteer_;
  std::vector<TokenInfo> tokens_;
  std::vector<std::uint32_t> sentence_begin_;
  std::vector<std::uint64_t> forms_;  // per token, for the gazetteer
  std::vector<GazetteerMarks> marks_;
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint32_t> key_begin_;
  // Open-addressing index from form to words_ (slot holds index + 1, 0 = empty).
  std::vector<std::uint32_t> word_index_;
  std::vector<WordStats> words_;
  std::uint64_t prepared_documents_ = 0;  // makes unknown-word forms unique across documents
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_FEATURES_H_
