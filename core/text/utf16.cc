#include "newslens/utf16.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace newslens {

namespace {

// True when the 8 bytes at `p` are all ASCII: each is then a code point of one UTF-16 unit. Both
// walks below take such runs a word at a time (most news text is ASCII).
bool EightAscii(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ull) == 0;
}

}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStep + 1);
  checkpoint_bytes_.reserve(text.size() / kStep + 1);
  std::uint32_t units = 0;
  std::size_t next_checkpoint = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (i >= next_checkpoint) {
      checkpoints_.push_back(units);
      checkpoint_bytes_.push_back(static_cast<std::uint32_t>(i));
      next_checkpoint = (i / kStep + 1) * kStep;
    }
    if (i + 8 <= next_checkpoint && i + 8 <= text.size() && EightAscii(text.data() + i)) {
      units += 8;
      i += 8;
      continue;
    }
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    units += d.length == 4 && d.valid ? 2 : 1;
    i += d.length;
  }
}

std::uint32_t Utf16Offsets::FromByte(std::uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<std::uint32_t>(text_.size());
  if (checkpoint_bytes_.empty()) return 0;
  // The last checkpoint at or before the offset: there is one per kStep bytes, the first
  // code-point start at or after a multiple of kStep, so it is that of the offset's block or,
  // when the offset comes before that code point starts, the block before.
  std::size_t lo = std::min<std::size_t>(byte_offset / kStep, checkpoint_bytes_.size() - 1);
  if (checkpoint_bytes_[lo] > byte_offset) --lo;
  std::uint32_t units = checkpoints_[lo];
  std::size_t i = checkpoint_bytes_[lo];
  while (i < byte_offset) {
    if (i + 8 <= byte_offset && EightAscii(text_.data() + i)) {
      units += 8;
      i += 8;
      continue;
    }
    const utf8::Decoded d = utf8::DecodeAt(text_, i);
    if (i + d.length > byte_offset) break;  // inside a code point: count it as its start
    units += d.length == 4 && d.valid ? 2 : 1;
    i += d.length;
  }
  return units;
}

}  // namespace newslens
