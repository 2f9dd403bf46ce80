// A read-only map from words to values, for the lexicons compiled in from core/data/ (internal
// header).
//
//   WordMap<NumberWord> words;                 // built once, from a lexicon file
//   words.Insert("seven", {...});              // a key already there keeps its value
//   const NumberWord* w = words.Find("seven");  // nullptr when absent
//   const CueWord* c = cues.FindAsciiLower("Said");  // as Find(AsciiLower(word)), no copy
//
// Why not std::unordered_map: the stages ask these tables about every token, several times,
// and nearly every answer is "absent". Most absent words are turned away by two bit tests (is
// any key this long? does any key start with this byte?) before any hashing; the rest hash
// inline and probe one flat array. Lookups never allocate, and case-insensitive ones do not
// build a lower-case copy of the word.
//
// Keys are copied into the map; pointers returned by Find stay valid as long as the map does
// no Insert (the lexicon tables are built once and then only read).
#ifndef NEWSLENS_TEXT_WORD_MAP_H_
#define NEWSLENS_TEXT_WORD_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/char_class.h"

namespace newslens {

template <typename T>
class WordMap {
 public:
  // Adds `key` with `value` unless `key` is there already (as std::unordered_map::emplace).
  void Insert(std::string_view key, T value) {
    if (Find(key)) return;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot slot{Hash(key, Identity), static_cast<std::uint32_t>(keys_.size()),
              static_cast<std::uint32_t>(key.size()), std::move(value)};
    keys_.append(key);
    Place(std::move(slot));
    ++size_;
    lengths_ |= LengthBit(key.size());
    if (!key.empty()) first_bytes_[Byte(key[0]) / 64] |= std::uint64_t{1} << (Byte(key[0]) % 64);
  }

  // The value of `key`, compared byte for byte; nullptr when it is absent.
  const T* Find(std::string_view key) const { return FindAs(key, Identity); }

  // The value of `word` with its ASCII letters in lower case (other bytes unchanged), as
  // Find(AsciiLower(word)): keys with capitals are never found this way.
  const T* FindAsciiLower(std::string_view word) const { return FindAs(word, AsciiLowerByte); }

  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint32_t hash;
    std::uint32_t key_begin;  // in keys_
    std::uint32_t key_size;   // kEmpty for a free slot
    T value;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

  static unsigned char Byte(char c) { return static_cast<unsigned char>(c); }
  static char Identity(char c) { return c; }
  static char AsciiLowerByte(char c) { return chars::AsciiLower(c); }
  // Lengths from 63 bytes up share the last bit.
  static std::uint64_t LengthBit(std::size_t n) { return std::uint64_t{1} << (n < 63 ? n : 63); }

  // FNV-1a over the mapped bytes: short words hash in a few instructions per byte.
  template <typename Map>
  static std::uint32_t Hash(std::string_view s, Map map) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ Byte(map(c))) * 16777619u;
    return h;
  }

  template <typename Map>
  const T* FindAs(std::string_view word, Map map) const {
    if (!(lengths_ & LengthBit(word.size()))) return nullptr;
    if (!word.empty()) {
      const unsigned char first = Byte(map(word[0]));
      if (!(first_bytes_[first / 64] & (std::uint64_t{1} << (first % 64)))) return nullptr;
    }
    const std::uint32_t h = Hash(word, map);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.key_size == kEmpty) return nullptr;
      if (slot.hash == h && slot.key_size == word.size() && SameAs(slot, word, map)) {
        return &slot.value;
      }
    }
  }

  template <typename Map>
  bool SameAs(const Slot& slot, std::string_view word, Map map) const {
    const char* key = keys_.data() + slot.key_begin;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (map(word[i]) != key[i]) return false;
    return true;
  }

  // Linear probing in a power-of-two table kept at most half full.
  void Place(Slot slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot.hash & mask;
    while (slots_[i].key_size != kEmpty) i = (i + 1) & mask;
    slots_[i] = std::move(slot);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{0, 0, kEmpty, T{}});
    for (Slot& slot : old)
      if (slot.key_size != kEmpty) Place(std::move(slot));
  }

  std::vector<Slot> slots_;
  std::string keys_;  // every key, back to back
  std::size_t size_ = 0;
  std::uint64_t lengths_ = 0;          // bit n: some key is n bytes long (LengthBit)
  std::uint64_t first_bytes_[4] = {};  // bit b: some key starts with byte b
};

}  // namespace newslens

#endif  // NEWSLENS_TEXT_WORD_MAP_H_
