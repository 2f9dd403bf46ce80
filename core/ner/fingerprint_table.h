// A set of fingerprints with a 16-bit value each, as the model file carries the gazetteer's
// entries and the word clusters (internal header).
//
// A fingerprint is the top bits of a hash, so fingerprints spread evenly: the table keeps them
// sorted, in buckets by their top bits (about two to four keys a bucket), and a lookup reads a
// bucket's bounds and a few keys. Sorted, they are also what the file stores: the gaps between
// them, Rice-coded, each followed by its value's code, a canonical prefix code over the values
// that occur (encoding.h). So loading is one pass that writes the keys in place, with no sort,
// no hashing and no temporary copy: in a browser the model loads before its code is optimized,
// into memory touched for the first time, and the gazetteer's earlier load (a counting sort of
// keys gathered class by class) was a third of a first analysis natively.
//
// Encoding (after the owner's own header; little-endian, varints LEB128):
//   varint K             keys
//   varint C             value classes, the most keys first (ties: the lower value first)
//   C times  u16, u8     the class's value and the length of its code
//   u8 r                 Rice parameter of the gaps
//   u32 L, then L bytes  per key, in increasing order: the gap from the previous key (from 0 for
//                        the first) less one, Rice-coded, then its value's code
#ifndef NEWSLENS_NER_FINGERPRINT_TABLE_H_
#define NEWSLENS_NER_FINGERPRINT_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/status.h"

namespace newslens::ner {

class FingerprintTable {
 public:
  struct Entry {
    std::uint32_t key;
    std::uint16_t value;
  };
  // What FromEntries does with a key given more than once.
  enum class Repeats {
    kMergeValues,  // one entry, the values ORed (bit sets)
    kKeepFirst,    // the first given keeps it
  };

  // Empty: every lookup misses.
  FingerprintTable() { IndexBuckets(); }
  // The table of `entries`, in any order. Keys must be nonzero and below 2^bits (16 to 32), as
  // fingerprints of that many bits are: a lookup finds its bucket by the key's top bits.
  static FingerprintTable FromEntries(int bits, std::vector<Entry> entries, Repeats repeats);

  // Appends the encoding above.
  void Encode(std::string* out) const;
  // Reads what Encode wrote at bytes[*offset], for keys of `bits` bits (16 to 32) and values in
  // [value_begin, value_end), and moves *offset past it. Fails with ErrorCode::kInvalidModel, the
  // offset of the problem and a message that begins with `what`, when the encoding is cut off
  // or malformed: keys out of order or range, a value or a code out of range, more keys than its
  // bytes can hold, bytes left over. (Two classes of one value, classes out of order and nonzero
  // padding bits are let through: they change no answer.)
  static Result<FingerprintTable> Decode(std::string_view bytes, std::size_t* offset, int bits,
                                         std::uint32_t value_begin, std::uint32_t value_end,
                                         std::string_view what);

  // The value of `key` (below 2^bits), or nothing.
  std::optional<std::uint16_t> Find(std::uint32_t key) const {
    if (keys_.empty()) return std::nullopt;  // also a table moved from, which has no buckets
    const std::size_t bucket = key >> bucket_shift_;
    const std::uint32_t end = bucket_begin_[bucket + 1];
    for (std::uint32_t i = bucket_begin_[bucket]; i < end; ++i) {
      if (keys_[i] >= key) {
        if (keys_[i] == key) return values_[i];
        break;
      }
    }
    return std::nullopt;
  }

  std::size_t size() const { return keys_.size(); }
  std::span<const std::uint32_t> keys() const { return keys_; }      // increasing
  std::span<const std::uint16_t> values() const { return values_; }  // per key

 private:
  // Sets the bucket bounds of keys_, which are sorted.
  void IndexBuckets();

  int bits_ = 32;
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint16_t> values_;
  // Bucket b holds keys_[bucket_begin_[b] .. bucket_begin_[b + 1]): the keys k with
  // k >> bucket_shift_ == b.
  std::vector<std::uint32_t> bucket_begin_;
  int bucket_shift_ = 31;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_FINGERPRINT_TABLE_H_
