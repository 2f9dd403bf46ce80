// Byte offsets in UTF-8 text as UTF-16 code-unit offsets, for JavaScript's `String.slice`.
//
// Built once per text (one pass, one checkpoint per 64 bytes, so ~1/16 of the text in memory);
// each lookup then walks at most 63 bytes. A code point above U+FFFF counts two units, every
// other code point one; an ill-formed sequence counts one (it arrives in JavaScript as U+FFFD).
// Offsets inside a code point count as the start of that code point.
#ifndef NEWSLENS_UTF16_H_
#define NEWSLENS_UTF16_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens {

class Utf16Offsets {
 public:
  // `text` must outlive this object.
  explicit Utf16Offsets(std::string_view text);

  // The UTF-16 offset of byte offset `byte_offset` (clamped to the text's size).
  std::uint32_t FromByte(std::uint32_t byte_offset) const;

 private:
  static constexpr std::uint32_t kStep = 64;
  std::string_view text_;
  std::vector<std::uint32_t> checkpoints_;  // UTF-16 offset at byte i * kStep (or the next
                                            // code-point start after it)
  std::vector<std::uint32_t> checkpoint_bytes_;
};

}  // namespace newslens

#endif  // NEWSLENS_UTF16_H_
