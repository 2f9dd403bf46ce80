// The tagger's features, shared by the tagger and the trainer so that both see exactly the same
// thing (internal header).
//
// Every feature is a 64-bit hash of a template id and its values, cut to a 32-bit key (never 0):
// the model stores weights per key. Memory is bounded by the longest sentence and the document's
// vocabulary, never by its length: a 50 MB article has some ten million tokens, and forty 4-byte
// keys per token would be 1.6 GB. So DocumentFeaturizer::Prepare reads the whole document only
// for what is document-wide, kept per word type (how each word is cased, the runs of capitalised
// words it appears in), and LoadSentence then works out one sentence at a time its per-token
// facts (case, shape, gazetteer matches, truecasing, runs) and the keys of every feature that does
// not depend on tags (the "static" keys). Each decoding pass loads each sentence again: that costs
// time but no memory. Only three numbers per token are kept, for the first kMaxRememberedTokens
// tokens (12 bytes a token): which spelling it is, the result of hashing and looking up its bytes
// in the first sweep; its gazetteer matches; and, for the tagger, its group (see TokenGroup),
// from which its passes load it rather than read it again. The few features that do depend on tags
// (previous tags, the tags given to the same word elsewhere) are computed while decoding.
#ifndef NEWSLENS_NER_FEATURES_H_
#define NEWSLENS_NER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/lexeme_cache.h"
#include "ner/word_clusters.h"
#include "ner/word_features.h"
#include "newslens/ner.h"

namespace newslens::ner {

// Bump whenever a feature changes: models record the version they were trained with and the
// loader refuses others. (Version 2: keys of kFeatureKeyBits bits; 3: word clusters.)
inline constexpr std::uint32_t kFeatureVersion = 3;

// Keys are the top 24 bits of a feature's hash. The model file stores its keys at about
// 24 - log2(feature count) + 1.5 bits each, so every bit cut saves one per feature; the price is
// that a feature the model lacks meets one it has with a probability of feature count / 2^24
// per lookup (1 in 1,400 for 12,000 features), which training sees too and which moves a score
// by one small weight.
inline constexpr int kFeatureKeyBits = 24;

inline std::uint32_t FeatureKey(std::uint64_t hash) {
  const auto key = static_cast<std::uint32_t>(hash >> (64 - kFeatureKeyBits));
  return key == 0 ? 1 : key;
}

// Dense features. A feature whose values come from a small set (the bias, case classes with
// context bits, gazetteer bits, previous tags, histories) need not be hashed and looked up in the
// weight table, where the tagger spends much of its time: the tagger's featurizer (for_tagger)
// gives kDenseKeyBase + the feature's number instead of its key, and the weight table keeps a row
// for every number (model.h), copied at load from the row of the key the feature has
// (DenseFeatureKey). The sums of weights, and so the tags, are the same; the trainer, which
// needs the keys themselves, leaves dense keys off. A value outside its set (none is expected)
// falls back to its key.
inline constexpr std::uint32_t kDenseKeyBase = std::uint32_t{1} << kFeatureKeyBits;
// How many numbers dense features take: [kDenseKeyBase, kDenseKeyBase + DenseFeatureCount()).
std::size_t DenseFeatureCount();
// The key of the feature numbered `id` (< DenseFeatureCount()): what a featurizer without dense
// keys gives for it.
std::uint32_t DenseFeatureKey(std::size_t id);

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
  // `for_tagger` (the tagger's featurizer, whose keys only ever index a WeightTable): the keys of
  // dense features are kDenseKeyBase + their number (see above), and the local features of a
  // token are given by its group (TokenGroup). The trainer, which needs every key of every token,
  // leaves it false. `clusters` may be null: no word is in a cluster.
  DocumentFeaturizer(const Gazetteer* gazetteer, const WordClusters* clusters,
                     bool for_tagger = false)
      : gazetteer_(gazetteer), clusters_(clusters), for_tagger_(for_tagger) {}

  // Reads the document for its document-wide statistics (per word type) and forgets the previous
  // document. Keeps views of `sentences` (and of the tokens they view) and of `unknown_words`
  // until the next Prepare: they must stay valid while the document is decoded. `unknown_words`
  // (the trainer's word dropout), if given, has one flag per token: a flagged token's form
  // features get a value seen nowhere else, as for a word unknown to the model.
  void Prepare(std::span<const NerSentence> sentences, const std::uint8_t* unknown_words = nullptr);

  std::size_t token_count() const { return sentence_begin_.back(); }
  std::size_t sentence_count() const { return sentence_begin_.size() - 1; }
  // Tokens [sentence_begin(s), sentence_begin(s + 1)) are sentence s.
  std::size_t sentence_begin(std::size_t s) const { return sentence_begin_[s]; }

  // Computes the per-token facts of sentence `s` (of the prepared document) and, if
  // `static_keys`, the keys of its static features: StaticKeys, DynamicKeys and RecordTag answer
  // only for the tokens of the sentence loaded last (StaticKeys only if loaded with its keys).
  // Sentences may be loaded in any order and again.
  void LoadSentence(std::size_t s, bool static_keys = true);

  // The static keys of `token`, a token of the loaded sentence; valid until the next
  // LoadSentence or Prepare.
  std::span<const std::uint32_t> StaticKeys(std::size_t token) const {
    const std::size_t i = token - loaded_begin_;
    return {keys_.data() + key_begin_[i], keys_.data() + key_begin_[i + 1]};
  }

  // Token groups (for_tagger only). A token's local features, those that read nothing but the
  // token as its sentence has it (its spelling, truecased case and shape, context bits: the bias,
  // form, shape, affixes, case), are the same wherever the same word appears the same way: half
  // the tokens of an article repeat one seen before. So they are left out of StaticKeys and kept
  // once per group, numbered from 0 in the order the groups are met in the document (Prepare
  // makes them): the tagger sums a group's weights once. Bounded: past kMaxGroups groups (or past
  // the surfaces kept, see ReadWord), tokens have no group and their local keys are static keys.
  static constexpr std::uint32_t kNoGroup = 0xFFFFFFFFu;
  // The group of `token` (of the prepared document), or kNoGroup.
  std::uint32_t TokenGroup(std::size_t token) const {
    return token < token_groups_.size() ? token_groups_[token] : kNoGroup;
  }
  std::size_t group_count() const { return group_key_begin_.size() - 1; }
  // The local keys of group `group` (< group_count()).
  std::span<const std::uint32_t> GroupKeys(std::size_t group) const {
    return {group_keys_.data() + group_key_begin_[group],
            group_keys_.data() + group_key_begin_[group + 1]};
  }

  // Writes the keys of the features of `token` (of the loaded sentence) that depend on tags to
  // `out` (room for kMaxDynamicKeys) and returns how many. `previous` and `before_previous` are
  // tag indices or kBoundaryTag. `pass` is 1 (history: the tags of earlier occurrences of the
  // word) or 2 (history: the first-pass tags of all other occurrences, see RecordTag); in pass 2
  // `pass1_tag` is the tag the token got in pass 1 (it is left out of its own history).
  int DynamicKeys(std::size_t token, int previous, int before_previous, int pass, int pass1_tag,
                  std::uint32_t* out) const;
  // DynamicKeys in two parts, for the tagger (whose sums of weights do not depend on the keys'
  // order). PreviousTagKeys: the kPreviousTagKeys features of `previous` with the token's own
  // spelling, shape and case, the same for every token of a group (TokenGroup), so that the
  // tagger can sum their weights once per group and previous tag. ContextKeys: the rest (the
  // two previous tags, the history), at most kMaxDynamicKeys - kPreviousTagKeys.
  static constexpr int kPreviousTagKeys = 4;
  void PreviousTagKeys(std::size_t token, int previous, std::uint32_t* out) const;
  int ContextKeys(std::size_t token, int previous, int before_previous, int pass, int pass1_tag,
                  std::uint32_t* out) const;

  // The gazetteer marks of tokens [begin, begin + count) of the prepared document, as the
  // sweeps found them, if they are kept (the first kMaxRememberedTokens tokens); else empty.
  std::span<const GazetteerMarks> KeptMarks(std::size_t begin, std::size_t count) const {
    if (begin + count > marks_kept_) return {};
    return {token_marks_.data() + begin, count};
  }
  // The name flags (name_word_flags.h) of tokens [begin, begin + count) of the prepared
  // document, or empty if they are not all kept (past kMaxRememberedTokens).
  std::span<const NameWordFlags> KeptNameFlags(std::size_t begin, std::size_t count) const {
    if (begin + count > token_name_flags_.size()) return {};
    return {token_name_flags_.data() + begin, count};
  }

  // Forgets the history: call before decoding a pass.
  void ClearHistory();
  // Records the tag chosen in pass 1 for `token` (of the loaded sentence).
  void RecordTag(std::size_t token, int tag);
  // After pass 1: whether a token of sentence `s` has a history in pass 2, its word being
  // recorded elsewhere in the document too. A sentence with none has in pass 2 every key it had
  // in pass 1 (its history is empty in both), so pass 2 gives it the same tags.
  bool SharesWordsWithOtherSentences(std::size_t s) const { return sharing_sentences_[s] != 0; }

 private:
  // What the features read off one token of the loaded sentence.
  struct TokenInfo {
    WordFeatures word;
    std::uint64_t lexical_form = 0;  // the form as features see it: word.form or a unique value
    GazetteerMarks gazetteer = 0;
    std::uint32_t word_slot = 0;   // index into words_
    NameWordFlags name_flags = 0;  // ComputeNameWordFlags of the token as written
    std::uint8_t context = 0;      // ContextBits
    std::uint8_t doc_case = 0;     // DocumentCaseBits of its word
    // The run of capitalised words (joined by "of", "and", "de" ...) the token is in: the indices
    // (in the sentence) of its first and last token; both the token itself when it is in none.
    std::uint32_t run_begin = 0;
    std::uint32_t run_end = 0;
  };
  static constexpr std::uint32_t kNotRecorded = 0xFFFFFFFFu;
  // Per distinct normalized form in the document.
  struct WordStats {
    std::uint64_t form = 0;
    std::uint16_t case_counts[4] = {};  // lower, title, upper, mixed at informative positions
    std::uint16_t type_counts[5] = {};  // O, PER, ORG, LOC, MISC given to capitalised occurrences
    std::uint32_t first_recorded_sentence = kNotRecorded;  // of the first of those occurrences
    std::uint8_t contexts = 0;          // RunContext bits seen anywhere in the document
    std::uint16_t gazetteer_value = 0;  // Gazetteer::WordValue(form)
    std::uint16_t cluster = WordClusters::kNone;
  };

  // A token as written, with what ComputeWordFeatures says of it and its word's slot. The
  // featurizer reads every token once per sweep (four in all: case counts, runs, two passes), so
  // it keeps these for the first kMaxSurfaces distinct spellings of a document: one lookup instead
  // of decoding, classifying and hashing the token again.
  struct Surface {
    std::uint64_t hash = 0;
    std::string_view text;  // views a token of the prepared document
    WordFeatures word;
    std::uint32_t word_slot = 0;
    NameWordFlags name_flags = 0;
    std::uint32_t first_group = kNoGroup;  // the first of its groups
  };
  static constexpr std::size_t kMaxSurfaces = std::size_t{1} << 17;  // 12 MB at most
  static constexpr std::uint32_t kNoSurface = 0xFFFFFFFFu;
  // Which surface each of the first kMaxRememberedTokens tokens is, so that only the first sweep
  // hashes and looks up a token's bytes (4 bytes a token, 1 MB at most: TagNames tags a chunk of
  // about that many tokens at a time).
  static constexpr std::size_t kMaxRememberedTokens = std::size_t{1} << 18;

  // The slot in words_ of the word `lexeme` spells, made if new.
  std::uint32_t WordSlot(const Lexeme& lexeme);
  // Sets info->word (as written), info->word_slot and info->name_flags for `token`; returns the
  // index of its entry in surfaces_, or kNoSurface once the table is full.
  std::uint32_t ReadWord(std::string_view token, TokenInfo* info);
  // Fills tokens_ with what sentence `s` says on its own: word features as written, context
  // (with the sentence's mode), word slots and, if `mark`, gazetteer matches.
  void ReadSentence(std::size_t s, bool mark);
  // Makes tokens_ `n` tokens long (their facts left as they were).
  void LoadTokens(std::size_t n);
  // Loads sentence `s` from its tokens' groups and kept gazetteer marks, if it has them all
  // (else returns false): for DynamicKeys, and with `static_keys` for FindRuns and
  // ComputeStaticKeys too. Prepare's sweeps read the sentences; the tagger's passes then load
  // them from here.
  bool LoadFromGroups(std::size_t s, bool static_keys);
  // Which ways the document writes word `w` where case is informative: bit 0 lower case, 1 Title
  // or mixed, 2 CAPITALS.
  static std::uint8_t DocumentCaseBits(const WordStats& w);
  // Sets the gazetteer marks of the sentence read.
  void MarkSentence();
  // Then what needs the document-wide case counts: truecasing, document case, runs.
  void TrueCase();
  void FindRuns(bool informative);
  // Adds what the loaded sentence says about its words' runs to words_[].contexts;
  // `previous_marks` are the gazetteer marks of the token before the sentence (0 for none).
  void CollectRunContexts(GazetteerMarks previous_marks);
  void ComputeStaticKeys();
  // Writes the keys of the local features of `info` to `out` (room for kMaxLocalKeys) and
  // returns how many.
  static constexpr int kMaxLocalKeys = 16;
  std::uint32_t CoarseCluster(std::uint32_t cluster) const {
    return clusters_ != nullptr ? clusters_->Coarse(cluster) : WordClusters::kMaxCoarse;
  }
  int LocalKeys(const TokenInfo& info, std::uint32_t* out) const;
  // The parts of DynamicKeys: the kPreviousTagKeys keys of `previous` with the token (in the
  // order previous tag, with its form, with its shape, with its case), and its history's.
  void PreviousTagKeys(const TokenInfo& info, int previous, std::uint32_t* out) const;
  int HistoryKeys(const TokenInfo& info, int pass, int pass1_tag, std::uint32_t* out) const;
  // Whether a token of case `c` has history keys: a capitalised or caseless word's.
  static bool HasHistoryKeys(CaseClass c) { return IsCapitalized(c) || c == CaseClass::kCaseless; }
  // The key of the feature of the two tags before a token (DynamicKeys and ContextKeys give it).
  std::uint32_t PreviousTagsKey(int previous, int before_previous) const;
  // The group of `info`, a token of surface `surface` (or kNoSurface), made if new (with its
  // keys); kNoGroup when it can have none.
  std::uint32_t Group(const TokenInfo& info, std::uint32_t surface);

  const Gazetteer* gazetteer_;
  const WordClusters* clusters_;
  bool for_tagger_ = false;
  bool group_tokens_ = false;  // for_tagger_, and no word dropout in this document
  std::span<const NerSentence> sentences_;
  const std::uint8_t* unknown_words_ = nullptr;
  std::vector<std::uint32_t> sentence_begin_ = std::vector<std::uint32_t>(1, 0);
  // The loaded sentence: tokens [loaded_begin_, loaded_begin_ + tokens_.size()) of the document.
  std::size_t loaded_sentence_ = 0;
  std::size_t loaded_begin_ = 0;
  // The facts of the loaded sentence's tokens: a view of the first of token_storage_, which
  // only grows (a vector resized for every sentence made elements only to overwrite them).
  std::span<TokenInfo> tokens_;
  std::vector<TokenInfo> token_storage_;
  std::vector<std::uint64_t> forms_;  // per token of the sentence, for the gazetteer
  std::vector<std::uint16_t> word_values_;
  std::vector<GazetteerMarks> marks_;
  bool marked_ = false;  // whether tokens_[].gazetteer holds the marks of the sentence read
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint32_t> key_begin_;
  // Open-addressing index from form to words_ (slot holds index + 1, 0 = empty), at most half
  // full: it grows with the vocabulary, not with the document.
  std::vector<std::uint32_t> word_index_;
  std::vector<WordStats> words_;
  // Per sentence, since ClearHistory: whether RecordTag met one of its words elsewhere too.
  std::vector<std::uint8_t> sharing_sentences_;
  std::vector<std::uint32_t> surface_index_;  // like word_index_, into surfaces_
  std::vector<Surface> surfaces_;
  std::vector<std::uint32_t> token_surfaces_;  // per token of the document, kNoSurface unknown
  // The gazetteer marks of the first marks_kept_ tokens of the document (at most
  // kMaxRememberedTokens), so that a sentence's matches are looked up once, not once per sweep.
  std::vector<GazetteerMarks> token_marks_;
  std::size_t marks_kept_ = 0;
  // The name flags of the first tokens of the document (at most kMaxRememberedTokens), set by
  // the first sweep of Prepare, for the repairs (KeptNameFlags).
  std::vector<NameWordFlags> token_name_flags_;

  // What makes a group of a surface (which settles the form, affixes and document case): the
  // rest of what the token's local features read.
  struct GroupKey {
    std::uint64_t shape = 0;
    std::uint32_t next = kNoGroup;  // the surface's next group
    std::uint32_t surface = 0;
    CaseClass case_class = CaseClass::kNoLetters;
    std::uint8_t context = 0;
    std::uint8_t length = 0;
  };
  // A group takes some 110 bytes (here and the tagger's sums): 3.6 MB at most, against the 2^18
  // tokens of a chunk of TagNames, whose groups are some tens of thousands at most for news.
  static constexpr std::size_t kMaxGroups = std::size_t{1} << 15;
  std::vector<GroupKey> groups_;
  std::vector<std::uint32_t> group_keys_;
  std::vector<std::uint32_t> group_key_begin_ = std::vector<std::uint32_t>(1, 0);
  // Per token of the document, for the first kMaxRememberedTokens: its group, once its sentence
  // is loaded with static keys. A sentence whose tokens all have one is loaded again from them
  // alone, without static keys (LoadFromGroups): the tagger's second pass.
  std::vector<std::uint32_t> token_groups_;
  std::uint64_t prepared_documents_ = 0;  // makes unknown-word forms unique across documents
  // What ReadWord computes for a spelling new to the document, kept from document to document.
  LexemeCache lexemes_;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_FEATURES_H_
