#include "ner/lexeme_cache.h"

#include <algorithm>

namespace newslens::ner {

const Lexeme* LexemeCache::Find(std::uint64_t hash, std::string_view token) const {
  if (slots_.empty() || token.size() > kMaxBytes) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0) return nullptr;
    const Entry& e = entries_[slots_[i] - 1];
    if (e.hash == hash && std::string_view(e.text, e.size) == token) return &e.lexeme;
  }
}

void LexemeCache::Add(std::uint64_t hash, std::string_view token, const Lexeme& lexeme) {
  if (token.size() > kMaxBytes) return;
  if (entries_.size() == kMaxEntries) {
    std::fill(slots_.begin(), slots_.end(), 0);
    entries_.clear();
  }
  if (2 * (entries_.size() + 1) > slots_.size()) {
    // Grown as the entries come, so that a tagger made for one short document clears and fills
    // little; never more than half full.
    slots_.assign(std::max<std::size_t>(kFirstSlots, 2 * slots_.size()), 0);
    for (std::size_t e = 0; e < entries_.size(); ++e) Place(entries_[e].hash, e);
  }
  Entry& e = entries_.emplace_back();
  e.hash = hash;
  e.size = static_cast<std::uint8_t>(token.size());
  std::copy(token.begin(), token.end(), e.text);
  e.lexeme = lexeme;
  Place(hash, entries_.size() - 1);
}

void LexemeCache::Place(std::uint64_t hash, std::size_t entry) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = static_cast<std::uint32_t>(entry + 1);
}

}  // namespace newslens::ner
