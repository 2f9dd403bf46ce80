// OffsetMap: where a byte of a derived text came from.
//
// Every stage that rewrites text (decoding, HTML stripping, normalization) produces a new string
// and an OffsetMap from offsets in that string (the *output*) back to offsets in the string it
// was made from (the *source*). Spans found late in the pipeline are carried back through the
// maps, so that every offset the user sees points into the bytes they gave us (the habit of
// sentencepiece's `norm_to_orig`).
//
// The map stores only the places where output and source differ ("edits"); between edits bytes
// were copied one for one. An edit is atomic: every byte of its output maps to the whole of its
// source range, so a span can never start or end inside a replaced character. A *uniform* edit
// (the ASCII run of a UTF-16 file, two source bytes per output byte) maps byte by byte instead.
//
// Offsets are bytes. Sizes are limited to 2^32 - 1 bytes (kMaxInputBytes); the decoder rejects
// larger input, so the maps never see it.
#ifndef NEWSLENS_OFFSET_MAP_H_
#define NEWSLENS_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace newslens {

inline constexpr std::size_t kMaxInputBytes = 0xFFFFFFFFu;

// A half-open byte range [start, end).
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - start; }
  bool empty() const { return end == start; }
  friend bool operator==(const Span&, const Span&) = default;
};

class OffsetMap {
 public:
  // The identity map over `size` bytes.
  static OffsetMap Identity(std::size_t size);

  std::size_t output_size() const { return output_size_; }
  // Size of the text this map (and the maps chained after it) leads back to.
  std::size_t source_size() const { return next_ ? next_->source_size() : source_size_; }
  // True when nothing was rewritten (every offset maps to itself).
  bool is_identity() const {
    return edits_.empty() && output_size_ == source_size_ && (!next_ || next_->is_identity());
  }
  // Edits in this map and the maps chained after it.
  std::size_t edit_count() const { return edits_.size() + (next_ ? next_->edit_count() : 0); }

  // Chains `next` (a map from this map's source to an earlier text) after this one: from now on
  // offsets map all the way back to `next`'s source. `next.output_size()` must equal
  // this map's source size.
  void Then(OffsetMap next);

  // Source offset of the first source byte behind the output byte at `offset`.
  // `offset == output_size()` maps to `source_size()`. Larger offsets are clamped to it.
  std::size_t ToSourceStart(std::size_t offset) const;
  // Source offset just past the source bytes behind the output byte at `offset - 1`, for
  // exclusive ends. `offset == 0` maps to 0.
  std::size_t ToSourceEnd(std::size_t offset) const;
  // An output span as a source span. An empty span maps to an empty span at its start.
  Span ToSource(Span span) const;

 private:
  friend class OffsetMapBuilder;

  struct Edit {
    std::uint32_t output_start;
    std::uint32_t source_start;
    std::uint32_t output_size;
    std::uint32_t source_size;
    // 0 for an atomic edit; k when each output byte stands for exactly k source bytes.
    std::uint32_t stride;
  };

  // Source range [first, second) behind the output byte at `offset` (< output_size()).
  void SourceOfByte(std::size_t offset, std::size_t* first, std::size_t* last) const;

  std::size_t LocalStart(std::size_t offset) const;
  std::size_t LocalEnd(std::size_t offset) const;

  // The edits that may hold output byte `offset` (upper_bound searches only these).
  std::pair<const Edit*, const Edit*> EditsNear(std::size_t offset) const;

  std::vector<Edit> edits_;  // sorted by output_start, then by order of creation
  // Per block of 2^kBlockBits output bytes, and one past the last: the index of the first edit
  // that starts in the block or after it. Looking a byte up searches the edits of its block (a
  // few) instead of all of them (one for every curly quotation mark of a long article).
  static constexpr int kBlockBits = 8;
  std::vector<std::uint32_t> block_first_edit_;
  std::size_t output_size_ = 0;
  std::size_t source_size_ = 0;
  std::shared_ptr<const OffsetMap> next_;  // immutable once chained, so sharing is safe
};

// Builds an OffsetMap while a stage walks its source from left to right and appends to its
// output. Calls describe consecutive pieces of the source, in order.
class OffsetMapBuilder {
 public:
  // `bytes` source bytes were copied unchanged to the output.
  void Keep(std::size_t bytes);
  // `source_bytes` source bytes became `output_bytes` output bytes, as one unit. Either may be 0
  // (a deletion or an insertion); an insertion maps to the empty source range where it stands.
  void Replace(std::size_t source_bytes, std::size_t output_bytes);
  // Each of `output_bytes` output bytes stands for `stride` consecutive source bytes (a run of
  // UTF-16 code units that became ASCII). Adjacent uniform runs with one stride merge.
  void ReplaceUniform(std::size_t output_bytes, std::uint32_t stride);

  std::size_t output_position() const { return output_position_; }
  std::size_t source_position() const { return source_position_; }

  OffsetMap Finish() &&;

 private:
  OffsetMap map_;
  std::size_t output_position_ = 0;
  std::size_t source_position_ = 0;
};

}  // namespace newslens

#endif  // NEWSLENS_OFFSET_MAP_H_
