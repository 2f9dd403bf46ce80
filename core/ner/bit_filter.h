// A bit per key in front of a hash table (internal header): a clear bit says the key is absent
// without a probe of the table, and the filter, a small fraction of the table's size, stays in a
// nearer cache. The owner derives each key's bit (its index, below 2^bits) and sets the bits of
// the keys it stores; a set bit says only "maybe".
#ifndef NEWSLENS_NER_BIT_FILTER_H_
#define NEWSLENS_NER_BIT_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newslens::ner {

class BitFilter {
 public:
  BitFilter() = default;  // no bits: Add and MayContain may not be called
  explicit BitFilter(int bits) : words_((std::size_t{1} << bits) / 64) {}

  void Add(std::uint32_t bit) { words_[bit >> 6] |= std::uint64_t{1} << (bit & 63); }
  bool MayContain(std::uint32_t bit) const { return (words_[bit >> 6] >> (bit & 63) & 1) != 0; }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_BIT_FILTER_H_
