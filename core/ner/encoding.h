// The model file's building blocks (internal header): little-endian integers, LEB128 varints,
// and Golomb-Rice codes for sorted sets of hashes. The file stores its feature keys and gazetteer
// fingerprints as the gaps between them, each gap x as x >> r in unary (that many 1 bits, then a
// 0) followed by the low r bits of x: for gaps between random values that is within a few percent
// of their entropy, where gzip could do little with them as bytes.
#ifndef NEWSLENS_NER_ENCODING_H_
#define NEWSLENS_NER_ENCODING_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newslens::ner {

inline void PutU8(std::string* out, std::uint32_t v) { out->push_back(static_cast<char>(v)); }
inline void PutU16(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 2; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
inline void PutU32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
inline void PutVarint(std::string* out, std::uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
inline std::uint32_t ZigZag(std::int32_t v) {
  return (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31);
}
inline std::int32_t UnZigZag(std::uint32_t z) {
  return static_cast<std::int32_t>(z >> 1) ^ -static_cast<std::int32_t>(z & 1);
}

// Reads integers from bytes[offset...]; every read fails (returns false) rather than read past
// the end, and offset() is where the next read starts.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::size_t offset) : bytes_(bytes), offset_(offset) {}

  std::size_t offset() const { return offset_; }
  std::size_t remaining() const { return bytes_.size() - offset_; }

  bool U8(std::uint32_t* v) { return Fixed(1, v); }
  bool U16(std::uint32_t* v) { return Fixed(2, v); }
  bool U32(std::uint32_t* v) { return Fixed(4, v); }
  // A varint of at most 5 bytes whose value fits 32 bits.
  bool Varint(std::uint32_t* v) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (offset_ >= bytes_.size()) return false;
      const auto b = static_cast<unsigned char>(bytes_[offset_++]);
      value |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value > 0xFFFFFFFFull) return false;
        *v = static_cast<std::uint32_t>(value);
        return true;
      }
    }
    return false;
  }
  // The next `n` bytes, skipped.
  bool Bytes(std::size_t n, std::span<const unsigned char>* out) {
    if (n > remaining()) return false;
    *out = {reinterpret_cast<const unsigned char*>(bytes_.data()) + offset_, n};
    offset_ += n;
    return true;
  }

 private:
  bool Fixed(int n, std::uint32_t* v) {
    if (remaining() < static_cast<std::size_t>(n)) return false;
    std::uint32_t value = 0;
    for (int i = 0; i < n; ++i) {
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[offset_ + i]))
               << (8 * i);
    }
    offset_ += static_cast<std::size_t>(n);
    *v = value;
    return true;
  }
  std::string_view bytes_;
  std::size_t offset_;
};

// The gaps between `sorted` keys (strictly increasing, the first above 0), each less one, the
// first one's from 0: what the file Rice-codes for a sorted set of keys.
inline std::vector<std::uint32_t> GapsLessOne(std::span<const std::uint32_t> sorted) {
  std::vector<std::uint32_t> gaps(sorted.size());
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    gaps[i] = sorted[i] - previous - 1;
    previous = sorted[i];
  }
  return gaps;
}

// The parameter r that codes `values` in the fewest bits.
inline int BestRiceParameter(std::span<const std::uint32_t> values) {
  int best = 0;
  std::uint64_t best_bits = ~std::uint64_t{0};
  for (int r = 0; r < 32; ++r) {
    std::uint64_t bits = 0;
    for (const std::uint32_t v : values) bits += (v >> r) + 1 + static_cast<std::uint64_t>(r);
    if (bits < best_bits) {
      best_bits = bits;
      best = r;
    }
  }
  return best;
}

// Appends bits to a string, the first bit in the lowest bit of the first byte.
class BitWriter {
 public:
  explicit BitWriter(std::string* out) : out_(out) {}
  ~BitWriter() { Flush(); }

  void Rice(std::uint32_t value, int r) {
    for (std::uint32_t q = value >> r; q > 0; --q) Bit(1);
    Bit(0);
    for (int i = 0; i < r; ++i) Bit((value >> i) & 1);
  }
  // The `length` low bits of `code`, its most significant first (a PrefixCode's codeword).
  void Code(std::uint32_t code, int length) {
    for (int i = length - 1; i >= 0; --i) Bit((code >> i) & 1);
  }
  // Pads the last byte with 0 bits.
  void Flush() {
    if (used_ > 0) out_->push_back(static_cast<char>(byte_));
    byte_ = 0;
    used_ = 0;
  }

 private:
  void Bit(std::uint32_t bit) {
    byte_ |= bit << used_;
    if (++used_ == 8) Flush();
  }
  std::string* out_;
  std::uint32_t byte_ = 0;
  int used_ = 0;
};

// Reads what BitWriter wrote from a span of bytes; never reads past its end.
//
// It takes the bits 56 at a time rather than one by one: a model load decodes some 100,000 Rice
// codes (the gazetteer's fingerprints and the feature keys), and in a browser that load runs
// before the code is optimized, where a loop per bit made it most of the first analysis.
class BitReader {
 public:
  explicit BitReader(std::span<const unsigned char> bytes) : bytes_(bytes) {}

  // False when the bits run out or the value would not fit 32 bits.
  bool Rice(int r, std::uint32_t* value) {
    const std::uint64_t limit = 0xFFFFFFFFull >> r;
    if (bit_count() - position_ >= kWindowBits) {
      // Most codes lie within one window: the unary part, its 0 and the r low bits.
      const std::uint64_t window = Window();
      const int ones = std::countr_one(window);
      if (ones + 1 + r <= kWindowBits) {
        const auto q = static_cast<std::uint64_t>(ones);
        if (q > limit) return false;
        const std::uint64_t low =
            r == 0 ? 0 : (window >> (ones + 1)) & ((std::uint64_t{1} << r) - 1);
        position_ += static_cast<std::uint64_t>(ones + 1 + r);
        *value = static_cast<std::uint32_t>((q << r) | low);
        return true;
      }
    }
    std::uint64_t q = 0;
    // The unary part: count the 1 bits up to the first 0, a window at a time.
    while (true) {
      const std::uint64_t available = bit_count() - position_;
      if (available == 0) return false;
      const int valid = available < kWindowBits ? static_cast<int>(available) : kWindowBits;
      // Bits past the end of the bytes read as 0, so `ones` stops at `valid` there.
      const int ones = std::countr_one(Window());
      if (ones < valid) {
        q += static_cast<std::uint64_t>(ones);
        position_ += static_cast<std::uint64_t>(ones) + 1;
        break;
      }
      q += static_cast<std::uint64_t>(valid);
      position_ += static_cast<std::uint64_t>(valid);
      if (q > limit) return false;
    }
    if (q > limit) return false;
    if (bit_count() - position_ < static_cast<std::uint64_t>(r)) return false;
    const std::uint64_t low = r == 0 ? 0 : Window() & ((std::uint64_t{1} << r) - 1);
    position_ += static_cast<std::uint64_t>(r);
    const std::uint64_t v = (q << r) | low;
    if (v > 0xFFFFFFFFull) return false;
    *value = static_cast<std::uint32_t>(v);
    return true;
  }
  // The next bits, the next in the lowest bit, without reading them: `*valid` (at most 56) of
  // them are the stream's; the rest are the stream's next bits or 0, and mean nothing.
  std::uint64_t Peek(int* valid) const {
    const std::uint64_t available = bit_count() - position_;
    *valid = available < kWindowBits ? static_cast<int>(available) : kWindowBits;
    return *valid == 0 ? 0 : Window();
  }
  // Reads `n` bits (at most the `valid` of the last Peek).
  void Skip(int n) { position_ += static_cast<std::uint64_t>(n); }

  std::size_t byte_offset() const { return static_cast<std::size_t>(position_ / 8); }
  // Bytes begun so far (the last one maybe in part).
  std::size_t bytes_used() const { return static_cast<std::size_t>((position_ + 7) / 8); }

 private:
  // The bits a window holds for sure: 64 less the at most 7 of the first byte already read.
  static constexpr int kWindowBits = 56;

  std::uint64_t bit_count() const { return std::uint64_t{bytes_.size()} * 8; }
  // The bits from position_ on, the next in the lowest bit; at least kWindowBits of them, 0 past
  // the end of the bytes.
  std::uint64_t Window() const {
    const std::size_t first = static_cast<std::size_t>(position_ / 8);
    std::uint64_t word = 0;
    if (std::endian::native == std::endian::little && bytes_.size() - first >= 8) {
      // One load: compilers for WebAssembly leave the loop below a loop, and a model load runs
      // it some 200,000 times before the browser has optimized it.
      std::memcpy(&word, bytes_.data() + first, 8);
    } else {
      const std::size_t n = bytes_.size() - first < 8 ? bytes_.size() - first : 8;
      for (std::size_t i = 0; i < n; ++i) word |= std::uint64_t{bytes_[first + i]} << (8 * i);
    }
    return word >> (position_ % 8);
  }

  std::span<const unsigned char> bytes_;
  std::uint64_t position_ = 0;  // in bits
};

// Canonical prefix codes, for a value per key drawn from a small skewed set (a gazetteer entry's
// categories, a word's cluster): a Huffman code costs within a small fraction of a bit of the
// values' entropy, and a canonical one is given by its code lengths alone, so the file stores a
// byte per symbol. Codes of one length are consecutive in symbol order, shorter codes first (as
// in DEFLATE), so the decoder finds a symbol with a count and an offset per length, reading a
// bit at a time.
inline constexpr int kMaxCodeLength = 24;

// The code lengths of a Huffman code for symbols seen counts[s] times (each at least 1), none
// longer than kMaxCodeLength (counts are halved until none is); a lone symbol gets length 1.
// Ties are broken by symbol order, so the lengths depend on the counts alone. At most
// 2^kMaxCodeLength symbols.
std::vector<std::uint8_t> HuffmanCodeLengths(std::span<const std::uint32_t> counts);

class PrefixCode {
 public:
  // Assigns the canonical code of `lengths` (symbol s has length lengths[s]). False when a length
  // is 0 or above kMaxCodeLength, or the lengths ask for more codes than there are (a Kraft sum
  // above 1); a code may be incomplete, and a bit pattern outside it fails to Read.
  bool Assign(std::span<const std::uint8_t> lengths);

  std::uint32_t code(std::size_t symbol) const { return codes_[symbol]; }
  int length(std::size_t symbol) const { return lengths_[symbol]; }

  // Most codewords are short: the kTableBits bits that begin with one (the first in the lowest
  // bit) name it in a table. Returns its length, with its symbol in `*symbol`, or 0 if `bits`
  // begin with a longer codeword, one of a symbol above 0xFFFF, or none (Read finds those).
  static constexpr int kTableBits = 10;
  int Match(std::uint64_t bits, std::uint32_t* symbol) const {
    const TableEntry& entry = table_[bits & (kTableSize - 1)];
    *symbol = entry.symbol;
    return entry.length;
  }

  // Reads one codeword; false when the bits run out or match no symbol.
  bool Read(BitReader* reader, std::uint32_t* symbol) const {
    int valid;
    const std::uint64_t window = reader->Peek(&valid);
    if (const int length = Match(window, symbol); length != 0 && length <= valid) {
      reader->Skip(length);
      return true;
    }
    // A bit at a time. `code` holds the bits read so far; the codes of this length are
    // [first, first + count).
    std::uint32_t code = 0, first = 0, index = 0;
    for (int length = 1; length <= kMaxCodeLength && length <= valid; ++length) {
      code |= static_cast<std::uint32_t>(window >> (length - 1)) & 1;
      const std::uint32_t count = per_length_[length];
      if (code - first < count) {
        reader->Skip(length);
        *symbol = symbols_[index + code - first];
        return true;
      }
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    return false;
  }

 private:
  // Match's table, for codewords of up to kTableBits bits: 10 bits cover the clusters of a table
  // of 512 (some 9 bits each).
  static constexpr std::size_t kTableSize = std::size_t{1} << kTableBits;
  struct TableEntry {
    std::uint16_t symbol = 0;
    std::uint8_t length = 0;  // 0: a longer codeword, or none
  };

  std::uint32_t per_length_[kMaxCodeLength + 1] = {};  // how many codes of each length
  std::vector<std::uint32_t> symbols_;                 // in code order
  std::vector<std::uint32_t> codes_;                   // per symbol
  std::vector<std::uint8_t> lengths_;                  // per symbol
  std::vector<TableEntry> table_ = std::vector<TableEntry>(kTableSize);
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_ENCODING_H_
