#include "ner/lexeme_cache.h"

#include <algorithm>

namespace newslens::ner {

const Lexeme* LexemeCache::Find(std::uint64_t hash, std::string_view token) const {
  if (slots_.empty() || token.size() > kMaxBytes) return nullptr;
  for (std::size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    if (slots_[i] == 0) return nullptr;
    const Entry& e = entries_[slots_[i] - 1];
    if (e.hash == hash && std::string_view(e.text, e.size) == token) return &e.lexeme;
  }
}

void LexemeCache::Add(std::uint64_t hash, std::string_view token, const Lexeme& lexeme) {
  if (token.size() > kMaxBytes) return;
  if (entries_.size() == kMaxEntries || slots_.empty()) {
    slots_.assign(kSlots, 0);
    entries_.clear();
  }
  std::size_t i = hash & (kSlots - 1);
  while (slots_[i] != 0) i = (i + 1) & (kSlots - 1);
  Entry& e = entries_.emplace_back();
  e.hash = hash;
  e.size = static_cast<std::uint8_t>(token.size());
  std::copy(token.begin(), token.end(), e.text);
  e.lexeme = lexeme;
  slots_[i] = static_cast<std::uint32_t>(entries_.size());
}

}  // namespace newslens::ner
