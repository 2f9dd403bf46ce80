// What the tagger reads off one token on its own: a normalized lower-case form, a word shape,
// affixes and a case class, each as a 64-bit hash (internal header).
//
// The normalized form makes spellings that mean the same thing equal: letters lower-cased and
// stripped of diacritics for Latin, Greek and Cyrillic (Zürich = zurich), every digit 0
// (1996-08-30 = 0000-00-00), every double quotation mark (" “ ” „ `` '') one `"`, every single
// one (' ‘ ’ `) one `'`, every dash token (- – — --) one `-`, and the curly apostrophe the ASCII
// one (Trump’s = Trump's). So CoNLL's ASCII text and newslens' normalized text look alike.
#ifndef NEWSLENS_NER_WORD_FEATURES_H_
#define NEWSLENS_NER_WORD_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::ner {

enum class CaseClass : std::uint8_t {
  kNoLetters,  // "1996", ",", "--"
  kLower,      // "said", "n't", "e-mail"
  kTitle,      // "Trump", "O'Neill", "Al-Assad": the first letter upper, the others lower
  kUpper,     // "NATO", "U.S.", "LONDON": two or more letters, all upper (one: "I", "A" are kTitle)
  kMixed,     // "McDonald", "iPhone", "eBay"
  kCaseless,  // letters without case: CJK, Arabic, Hebrew ...
};
inline constexpr int kCaseClassCount = 6;

// True for the classes whose first letter is a capital.
inline bool IsCapitalized(CaseClass c) {
  return c == CaseClass::kTitle || c == CaseClass::kUpper || c == CaseClass::kMixed;
}

struct WordFeatures {
  std::uint64_t form = 0;   // hash of the normalized lower-case form
  std::uint64_t shape = 0;  // hash of the collapsed shape: Xx, X, X.X., dd-dd, Xx-Xx, xXx
  // The keys (features.h) of the features of the form's first 1, 2, 3 bytes and of its last
  // 1..4 bytes; 0 where the form is shorter. The bytes' hashes are read only as these keys, which
  // take half the room: the featurizer copies a token's features at every sweep and keeps them
  // per spelling of the document and, from document to document, per spelling it has met.
  std::uint32_t prefix_keys[3] = {};
  std::uint32_t suffix_keys[4] = {};
  CaseClass case_class = CaseClass::kNoLetters;
  std::uint8_t length = 0;           // code points, capped at 255
  bool opening_punctuation = false;  // an opening quotation mark, bracket, colon or dash
};

// Computes the features of one token (UTF-8; invalid bytes count as symbols). Never allocates.
void ComputeWordFeatures(std::string_view token, WordFeatures* out);

// Recomputes the case class and shape of `features` (computed from `token`) as if the token were
// written in `written_as` case (kLower, kTitle or kUpper): truecasing for headlines.
void ApplyCase(std::string_view token, CaseClass written_as, WordFeatures* features);

// The hash of the normalized form alone (what the gazetteer is keyed by): equal to
// ComputeWordFeatures(token).form.
std::uint64_t NormalizedFormHash(std::string_view token);

// Whether `form` (a NormalizedFormHash) is a lower-case word that joins the capitalised words of
// one name: "of", "and", "de", "van", "'s" ... ("Bank of England", "Joost van der Westhuizen").
bool IsNameConnector(std::uint64_t form);

// Writes the normalized form itself to `out` (at most `capacity` bytes; longer forms are cut)
// and returns its length. For tests and tools; the tagger uses the hashes.
std::size_t NormalizedForm(std::string_view token, char* out, std::size_t capacity);

// 64-bit mixing used for every feature hash: order matters, Mix(a, b) != Mix(b, a).
inline std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t h = (a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull + b;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 29;
  return h;
}

// Upper-cases ASCII and the Latin-1, Latin Extended-A, Greek and Cyrillic letters whose case
// ComputeWordFeatures knows (the trainer's ALL-CAPS augmentation); other bytes are kept.
std::string UpperCase(std::string_view token);

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_WORD_FEATURES_H_
