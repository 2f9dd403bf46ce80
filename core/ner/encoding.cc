#include "ner/encoding.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

namespace newslens::ner {

std::vector<std::uint8_t> HuffmanCodeLengths(std::span<const std::uint32_t> counts) {
  const std::size_t n = counts.size();
  if (n <= 1) return std::vector<std::uint8_t>(n, 1);
  std::vector<std::uint64_t> weights(counts.begin(), counts.end());
  while (true) {
    // Nodes 0..n-1 are the symbols, n.. the merged pairs; the two lightest nodes are merged
    // first, the lower-numbered first among equals.
    std::vector<std::size_t> parent(2 * n, 0);
    using Node = std::pair<std::uint64_t, std::size_t>;
    std::priority_queue<Node, std::vector<Node>, std::greater<Node>> queue;
    for (std::size_t s = 0; s < n; ++s) queue.push({weights[s], s});
    std::size_t next = n;
    while (queue.size() > 1) {
      const Node a = queue.top();
      queue.pop();
      const Node b = queue.top();
      queue.pop();
      parent[a.second] = parent[b.second] = next;
      queue.push({a.first + b.first, next++});
    }
    // A node's depth is its parent's plus one; parents are numbered after their children.
    std::vector<std::uint8_t> depth(next, 0);
    bool too_long = false;
    for (std::size_t node = next - 1; node-- > 0;) {
      depth[node] = static_cast<std::uint8_t>(std::min<int>(depth[parent[node]] + 1, 255));
      too_long = too_long || (node < n && depth[node] > kMaxCodeLength);
    }
    if (!too_long) return {depth.begin(), depth.begin() + static_cast<std::ptrdiff_t>(n)};
    // Flatter counts make a shallower tree; a handful of rounds suffice for any real counts.
    for (std::uint64_t& w : weights) w = std::max<std::uint64_t>(1, w / 2);
  }
}

bool PrefixCode::Assign(std::span<const std::uint8_t> lengths) {
  std::fill(std::begin(per_length_), std::end(per_length_), 0);
  for (const std::uint8_t length : lengths) {
    if (length == 0 || length > kMaxCodeLength) return false;
    ++per_length_[length];
  }
  // Kraft: the codes of each length must fit in what the shorter ones leave.
  std::uint64_t left = 1;
  for (int length = 1; length <= kMaxCodeLength; ++length) {
    left = 2 * left;
    if (per_length_[length] > left) return false;
    left -= per_length_[length];
  }
  std::uint32_t first[kMaxCodeLength + 2] = {};
  std::uint32_t start[kMaxCodeLength + 2] = {};  // index in symbols_ of each length's first
  for (int length = 1; length <= kMaxCodeLength; ++length) {
    first[length + 1] = (first[length] + per_length_[length]) << 1;
    start[length + 1] = start[length] + per_length_[length];
  }
  lengths_.assign(lengths.begin(), lengths.end());
  codes_.resize(lengths.size());
  symbols_.resize(lengths.size());
  std::fill(table_.begin(), table_.end(), TableEntry{});
  for (std::size_t s = 0; s < lengths.size(); ++s) {
    const int length = lengths[s];
    codes_[s] = first[length]++;
    symbols_[start[length]++] = static_cast<std::uint32_t>(s);
    if (length > kTableBits || s > 0xFFFF) continue;
    // The codeword's bits in stream order, then every value of the bits after it.
    std::uint32_t reversed = 0;
    for (int i = 0; i < length; ++i) reversed |= ((codes_[s] >> i) & 1) << (length - 1 - i);
    for (std::size_t rest = 0; rest < (kTableSize >> length); ++rest) {
      table_[reversed | (rest << length)] = {static_cast<std::uint16_t>(s),
                                             static_cast<std::uint8_t>(length)};
    }
  }
  return true;
}

}  // namespace newslens::ner
