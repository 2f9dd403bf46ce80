// Repairs that read the whole document (HarmonizeTypes and SpreadNames of name_repairs.h): one
// name, one type; and a name the tagger found once is found everywhere.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ner/features.h"
#include "ner/name_repairs.h"
#include "ner/word_features.h"
#include "text/char_class.h"
#include "text/word_classes.h"

namespace newslens::ner {
namespace {

bool HasLetter(std::string_view token) {
  WordFeatures word;
  ComputeWordFeatures(token, &word);
  return word.case_class != CaseClass::kNoLetters;
}

// FNV-1a over a token's bytes, as written. Not std::hash, whose width and algorithm differ
// between the native and the WebAssembly builds: both must group names alike, byte for byte.
std::uint64_t TokenHash(std::string_view token) {
  std::uint64_t h = 14695981039346656037u;
  for (const char c : token) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u;
  return h;
}

}  // namespace

// A name is known by a hash of its tokens: no string is made per name of the document.
std::uint64_t NameKey(std::span<const std::string_view> tokens) {
  std::uint64_t key = tokens.size();
  for (const std::string_view token : tokens) key = Mix(key, TokenHash(token));
  return key;
}

void HarmonizeTypes(std::span<const NerSentence> document, std::span<NerTag> tags,
                    std::span<const std::uint64_t> organisations) {
  struct Name {
    std::size_t begin, end;
    std::uint64_t key;
  };
  std::vector<Name> names;
  std::unordered_map<std::uint64_t, std::array<int, 5>> votes;
  std::size_t offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ForEachName(tags.subspan(offset, n), [&](std::size_t i, std::size_t end) {
      const std::uint64_t key = NameKey(sentence.tokens.subspan(i, end - i));
      ++votes[key][TagType(static_cast<int>(tags[offset + i]))];
      names.push_back({offset + i, offset + end, key});
    });
    offset += n;
  }
  for (const Name& name : names) {
    if (std::find(organisations.begin(), organisations.end(), name.key) != organisations.end()) {
      for (std::size_t k = name.begin; k < name.end; ++k) {
        tags[k] = k == name.begin ? NerTag::kBOrg : NerTag::kIOrg;
      }
      continue;
    }
    const std::array<int, 5>& v = votes[name.key];
    int best = 1;
    for (int type = 2; type <= 4; ++type) {
      if (v[type] > v[best]) best = type;
    }
    int ties = 0;
    for (int type = 1; type <= 4; ++type) ties += v[type] == v[best] ? 1 : 0;
    if (ties > 1) continue;
    for (std::size_t k = name.begin; k < name.end; ++k) {
      tags[k] = static_cast<NerTag>(2 * best - (k == name.begin ? 1 : 0));
    }
  }
}

void SpreadNames(std::span<const NerSentence> document, std::span<NerTag> tags) {
  constexpr std::size_t kLongest = 3;  // names of up to three words spread
  // The type of each name of the document, or 0 where it has several.
  std::unordered_map<std::uint64_t, int> types;
  std::size_t offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ForEachName(tags.subspan(offset, n), [&](std::size_t i, std::size_t end) {
      const int tag = static_cast<int>(tags[offset + i]);
      // Works and other MISC names spread badly (a nationality inside another name, "N / A" of a
      // table); so do one-letter names.
      if (end - i > kLongest || tag == static_cast<int>(NerTag::kBMisc) ||
          (end - i == 1 && sentence.tokens[i].size() <= 1)) {
        return;
      }
      auto [it, added] = types.emplace(NameKey(sentence.tokens.subspan(i, end - i)), TagType(tag));
      if (!added && it->second != TagType(tag)) it->second = 0;
    });
    offset += n;
  }
  if (types.empty()) return;
  offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    const std::span<NerTag> line = tags.subspan(offset, n);
    offset += n;
    // Capitalised words the tagger left out; the first of a sentence only in capitals ("IRA"),
    // as any word there has a capital.
    const auto untagged = [&](std::size_t k) {
      return k < n && line[k] == NerTag::kO && chars::StartsUpper(sentence.tokens[k]);
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (!untagged(i) || (i > 0 && untagged(i - 1))) continue;
      std::size_t run = i + 1;  // the run of untagged capitalised words from i
      while (run < n && untagged(run)) ++run;
      if (run - i > kLongest) continue;
      // Most runs are no name of the document: that is asked first, the costlier tests after.
      const auto it = types.find(NameKey(sentence.tokens.subspan(i, run - i)));
      if (it == types.end() || it->second == 0) continue;
      // A pronoun or another function word the tagger once took for a name ("She" of a
      // heading) is no name elsewhere.
      if (run - i == 1 && ClassOfWord(sentence.tokens[i]) != WordClass::kOther) continue;
      const bool first = std::none_of(sentence.tokens.begin(), sentence.tokens.begin() + i,
                                      [](std::string_view t) { return HasLetter(t); });
      if (first) {
        WordFeatures word;
        ComputeWordFeatures(sentence.tokens[i], &word);
        if (word.case_class != CaseClass::kUpper) continue;
      }
      for (std::size_t k = i; k < run; ++k) {
        line[k] = static_cast<NerTag>(2 * it->second - (k == i ? 1 : 0));
      }
    }
  }
}

}  // namespace newslens::ner
