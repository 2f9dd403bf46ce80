#include "newslens/offset_map.h"

#include <algorithm>
#include <utility>

namespace newslens {

OffsetMap OffsetMap::Identity(std::size_t size) {
  OffsetMap map;
  map.output_size_ = size;
  map.source_size_ = size;
  return map;
}

std::pair<const OffsetMap::Edit*, const OffsetMap::Edit*> OffsetMap::EditsNear(
    std::size_t offset) const {
  const Edit* edits = edits_.data();
  const std::size_t block = offset >> kBlockBits;
  if (block + 1 >= block_first_edit_.size()) return {edits, edits + edits_.size()};
  // The first edit after `offset` starts in its block or is the first one after the block.
  return {edits + block_first_edit_[block], edits + block_first_edit_[block + 1]};
}

void OffsetMap::SourceOfByte(std::size_t offset, std::size_t* first, std::size_t* last) const {
  // The last edit starting at or before `offset`. Edits are sorted by output_start; deletions
  // (output_size 0) sharing a start with a later edit come first, so upper_bound finds the edit
  // that holds the byte if any does.
  const auto [from, to] = EditsNear(offset);
  const Edit* it = std::upper_bound(
      from, to, offset, [](std::size_t o, const Edit& e) { return o < e.output_start; });
  if (it == edits_.data()) {
    *first = offset;
    *last = offset + 1;
    return;
  }
  const Edit& e = *(it - 1);
  const std::size_t into = offset - e.output_start;
  if (into < e.output_size) {
    if (e.stride != 0) {
      *first = e.source_start + into * e.stride;
      *last = *first + e.stride;
    } else {
      *first = e.source_start;
      *last = std::size_t{e.source_start} + e.source_size;
    }
    return;
  }
  // After the edit, bytes were kept one for one.
  *first = std::size_t{e.source_start} + e.source_size + (into - e.output_size);
  *last = *first + 1;
}

std::size_t OffsetMap::LocalStart(std::size_t offset) const {
  if (offset >= output_size_) return source_size_;
  std::size_t first, last;
  SourceOfByte(offset, &first, &last);
  return first;
}

std::size_t OffsetMap::LocalEnd(std::size_t offset) const {
  if (offset == 0) return 0;
  if (offset > output_size_) offset = output_size_;
  std::size_t first, last;
  SourceOfByte(offset - 1, &first, &last);
  return last;
}

std::size_t OffsetMap::ToSourceStart(std::size_t offset) const {
  const std::size_t local = LocalStart(offset);
  return next_ ? next_->ToSourceStart(local) : local;
}

std::size_t OffsetMap::ToSourceEnd(std::size_t offset) const {
  const std::size_t local = LocalEnd(offset);
  return next_ ? next_->ToSourceEnd(local) : local;
}

void OffsetMap::Then(OffsetMap next) {
  if (next_) {
    // Keep the chain's order: this -> old next -> new next.
    auto copy = std::make_shared<OffsetMap>(*next_);
    copy->Then(std::move(next));
    next_ = std::move(copy);
  } else {
    next_ = std::make_shared<const OffsetMap>(std::move(next));
  }
}

Span OffsetMap::ToSource(Span span) const {
  const auto start = static_cast<std::uint32_t>(ToSourceStart(span.start));
  if (span.empty()) return {start, start};
  const auto end = static_cast<std::uint32_t>(ToSourceEnd(span.end));
  return {start, std::max(start, end)};
}

void OffsetMapBuilder::Keep(std::size_t bytes) {
  output_position_ += bytes;
  source_position_ += bytes;
}

void OffsetMapBuilder::Replace(std::size_t source_bytes, std::size_t output_bytes) {
  if (source_bytes == output_bytes && source_bytes == 0) return;
  map_.edits_.push_back(
      {static_cast<std::uint32_t>(output_position_), static_cast<std::uint32_t>(source_position_),
       static_cast<std::uint32_t>(output_bytes), static_cast<std::uint32_t>(source_bytes), 0});
  output_position_ += output_bytes;
  source_position_ += source_bytes;
}

void OffsetMapBuilder::ReplaceUniform(std::size_t output_bytes, std::uint32_t stride) {
  if (output_bytes == 0) return;
  auto& edits = map_.edits_;
  if (!edits.empty()) {
    OffsetMap::Edit& last = edits.back();
    if (last.stride == stride && last.output_start + last.output_size == output_position_ &&
        last.source_start + last.source_size == source_position_) {
      last.output_size += static_cast<std::uint32_t>(output_bytes);
      last.source_size += static_cast<std::uint32_t>(output_bytes * stride);
      output_position_ += output_bytes;
      source_position_ += output_bytes * stride;
      return;
    }
  }
  edits.push_back({static_cast<std::uint32_t>(output_position_),
                   static_cast<std::uint32_t>(source_position_),
                   static_cast<std::uint32_t>(output_bytes),
                   static_cast<std::uint32_t>(output_bytes * stride), stride});
  output_position_ += output_bytes;
  source_position_ += output_bytes * stride;
}

OffsetMap OffsetMapBuilder::Finish() && {
  map_.output_size_ = output_position_;
  map_.source_size_ = source_position_;
  map_.edits_.shrink_to_fit();
  if (!map_.edits_.empty()) {
    const std::size_t blocks = (output_position_ >> OffsetMap::kBlockBits) + 1;
    auto& first = map_.block_first_edit_;
    first.reserve(blocks + 1);
    std::size_t e = 0;
    for (std::size_t b = 0; b <= blocks; ++b) {
      while (e < map_.edits_.size() && map_.edits_[e].output_start < (b << OffsetMap::kBlockBits)) {
        ++e;
      }
      first.push_back(static_cast<std::uint32_t>(e));
    }
  }
  return std::move(map_);
}

}  // namespace newslens
