#include "newslens/utf16.h"

#include "text/utf8.h"

namespace newslens {

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
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    units += d.length == 4 && d.valid ? 2 : 1;
    i += d.length;
  }
}

std::uint32_t Utf16Offsets::FromByte(std::uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<std::uint32_t>(text_.size());
  // The last checkpoint at or before the offset.
  std::size_t lo = 0, hi = checkpoint_bytes_.size();
  while (hi - lo > 1) {
    const std::size_t mid = (lo + hi) / 2;
    if (checkpoint_bytes_[mid] <= byte_offset)
      lo = mid;
    else
      hi = mid;
  }
  if (checkpoint_bytes_.empty()) return 0;
  std::uint32_t units = checkpoints_[lo];
  std::size_t i = checkpoint_bytes_[lo];
  while (i < byte_offset) {
    const utf8::Decoded d = utf8::DecodeAt(text_, i);
    if (i + d.length > byte_offset) break;  // inside a code point: count it as its start
    units += d.length == 4 && d.valid ? 2 : 1;
    i += d.length;
  }
  return units;
}

}  // namespace newslens
