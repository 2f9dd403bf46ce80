// Named-entity tagging: which tokens name a person, an organisation, a place or something else.
//
//   #include "newslens/ner.h"
//
//   newslens::NerTagger tagger;                       // the compiled-in model
//   std::vector<std::string_view> words = {"US", "President", "Donald", "Trump", "said", "."};
//   std::vector<newslens::NerSentence> document = {{words, /*headline=*/false}};
//   std::vector<newslens::NerTag> tags;
//   tagger.Tag(document, &tags);
//   // tags: B-LOC O B-PER I-PER O O   (NerTagName(tags[i]) spells them)
//
// The tagger is an averaged perceptron over hashed features (word forms, shapes, affixes, a window
// of two tokens each side, the tags already chosen, capitalisation in context, gazetteers of
// names and places, and how the same word is written and tagged elsewhere in the document),
// decoded greedily left to right with BIO constraints, in two passes (the second sees the first
// pass's tags for every occurrence of a word). It was trained on permissively licensed
// data only; core/ner/MODEL.md is its model card (sources, licences, scores, the retraining
// command and the file format).
//
// Input: a document as sentences of tokens, each token a UTF-8 string_view, as the tokenizer
// (segment.h) gives them on normalized text (normalize.h): "Trump" "'s", "do" "n't", “ and ” as
// tokens of their own. CoNLL-style ASCII text ("``", '"', "--") is understood as well: quotation
// marks, dashes, apostrophes, digits, case and Latin diacritics are normalized before features are
// computed. Give the whole article at once: the tagger looks at how each word is capitalised and
// tagged across the document (an ALL-CAPS headline word that the body writes "Japan" is a name),
// and keeps nothing from one call to the next. A token that is not valid UTF-8 is read as symbols.
//
// Cost: linear in the number of tokens, about 0.5 to 0.8 microseconds per token natively. Memory
// grows with the longest sentence and the number of distinct words, not with the document: the
// tagger keeps tables per word (how it is cased and tagged across the document) and works out
// each sentence's features when it decodes it, in each of its two passes (a fixed 2.4 MB keeps
// the first pass's scores of the first 65,536 tokens for the second). The first use of the
// built-in model parses it, gazetteer included (some 5 ms, ~3 MB of tables); a tagger reuses
// its buffers, so after the first document of a given size Tag() seldom allocates.
// Thread safety: a NerModel is immutable and may be shared by threads; a NerTagger is not (give
// each thread its own; they can share one model).
#ifndef NEWSLENS_NER_H_
#define NEWSLENS_NER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "newslens/status.h"

namespace newslens {

// BIO tags over the four CoNLL-2003 types: B- begins a name, I- continues the name of the same
// type begun by the token before. The tagger never outputs an I- tag that does not continue one.
enum class NerTag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc };
inline constexpr int kNerTagCount = 9;

// "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC".
const char* NerTagName(NerTag tag);

// The inverse of NerTagName; nothing for any other string.
std::optional<NerTag> ParseNerTag(std::string_view name);

// One sentence of a document.
struct NerSentence {
  std::span<const std::string_view> tokens;  // viewed, not owned: must outlive the Tag() call
  // A headline or title line, where capital letters may be style rather than names ("Trump Says
  // He Will Meet Putin"). ALL-CAPS sentences are recognized without this flag.
  bool headline = false;
};

namespace ner {
class Model;
}

// A trained model: weights plus the gazetteer they were trained with.
class NerModel {
 public:
  // Parses the bytes of a model file (as written by newslens-train-ner: weights and the gazetteer
  // they were trained with); copies what it needs, so `bytes` may be freed afterwards. Fails with
  // ErrorCode::kInvalidModel when the bytes are not a model file, are truncated or corrupt (a
  // checksum covers the whole file), or were written by another format or feature version.
  // `error().offset` is the byte offset of the problem where there is one.
  static Result<NerModel> Load(std::string_view bytes);

  // The model compiled into the library (core/ner/model.bin), parsed on first use (thread-safe;
  // a few milliseconds). Aborts if the compiled-in model does not load, which ner_test rules out.
  static const NerModel& BuiltIn();

  // The number of weighted features and the size of the file the model was loaded from, in bytes.
  std::size_t feature_count() const;
  std::size_t file_size() const;

 private:
  friend class NerTagger;
  explicit NerModel(std::shared_ptr<const ner::Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const ner::Model> model_;
};

class NerTagger {
 public:
  // Keeps a reference-counted handle to `model`'s weights: the NerModel object itself need not
  // outlive the tagger.
  explicit NerTagger(const NerModel& model = NerModel::BuiltIn());
  ~NerTagger();
  NerTagger(NerTagger&&) noexcept;
  NerTagger& operator=(NerTagger&&) noexcept;
  NerTagger(const NerTagger&) = delete;
  NerTagger& operator=(const NerTagger&) = delete;

  // Tags every token of `document`. On return `tags` holds one tag per token, sentence after
  // sentence (its size is the total number of tokens); its previous content is discarded.
  // Empty sentences and an empty document are fine. Never fails.
  void Tag(std::span<const NerSentence> document, std::vector<NerTag>* tags);

 private:
  struct Workspace;
  std::shared_ptr<const ner::Model> model_;
  std::unique_ptr<Workspace> workspace_;
};

}  // namespace newslens

#endif  // NEWSLENS_NER_H_
