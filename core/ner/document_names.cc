// Repairs that read the whole document (HarmonizeTypes and SpreadNames of name_repairs.h): one
// name, one type; and a name the tagger found once is found everywhere.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/org_words.h"
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

// A hash of a token's bytes, as written, eight at a time (a byte at a time, a multiplication's
// latency per byte was most of the cost of the document's repairs), little-endian in both
// builds. Not std::hash, whose width and algorithm differ between the native and the WebAssembly
// builds: both must group names alike, byte for byte.
std::uint64_t TokenHash(std::string_view token) {
  std::uint64_t h = token.size();
  std::size_t i = 0;
  for (; i + 8 <= token.size(); i += 8) {
    std::uint64_t chunk = 0;
    for (std::size_t k = 0; k < 8; ++k)
      chunk |= std::uint64_t{static_cast<unsigned char>(token[i + k])} << (8 * k);
    h = Mix(h, chunk);
  }
  std::uint64_t tail = 0;
  for (std::size_t k = 0; i + k < token.size(); ++k)
    tail |= std::uint64_t{static_cast<unsigned char>(token[i + k])} << (8 * k);
  return Mix(h, tail);
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
  // The document's names, then grouped by key by sorting (a few dozen names: no hash table, and
  // one allocation).
  struct Name {
    std::uint64_t key;
    std::size_t begin, end;
  };
  std::vector<Name> names;
  std::vector<std::uint64_t> short_names;  // NameKey
  std::vector<std::uint64_t> surnames;     // NameKey of the last word of people's names
  std::size_t offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ForEachName(tags.subspan(offset, n), [&](std::size_t i, std::size_t end) {
      names.push_back({NameKey(sentence.tokens.subspan(i, end - i)), offset + i, offset + end});
      // An organisation's name that ends in a word of organisations' names, not a paper's:
      // the words before that word are its short name, and so is its first word in a longer
      // name ("Hollowell" of "Hollowell Land Partners").
      const std::span<const std::string_view> name = sentence.tokens.subspan(i, end - i);
      if (tags[offset + i] == NerTag::kBOrg && name.size() >= 2 &&
          IsOrganizationWord(name.back()) && !IsPublicationWord(name.back())) {
        short_names.push_back(NameKey(name.first(name.size() - 1)));
        if (name.size() > 2) short_names.push_back(NameKey(name.first(1)));
      }
      // "Clinton" of "Hillary Clinton" stays hers, though the document names the "Clinton
      // Foundation".
      if (tags[offset + i] == NerTag::kBPer && name.size() >= 2)
        surnames.push_back(NameKey(name.last(1)));
    });
    offset += n;
  }
  std::sort(short_names.begin(), short_names.end());
  std::sort(surnames.begin(), surnames.end());
  std::erase_if(short_names, [&](std::uint64_t key) {
    return std::binary_search(surnames.begin(), surnames.end(), key);
  });
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.key < b.key; });
  const auto retype = [&](const Name& name, int type) {
    for (std::size_t k = name.begin; k < name.end; ++k) {
      tags[k] = static_cast<NerTag>(2 * type - (k == name.begin ? 1 : 0));
    }
  };
  for (std::size_t first = 0, last = 0; first < names.size(); first = last) {
    while (last < names.size() && names[last].key == names[first].key) ++last;
    const std::span<const Name> same(names.data() + first, last - first);
    if (std::find(organisations.begin(), organisations.end(), names[first].key) !=
        organisations.end()) {
      for (const Name& name : same) retype(name, 2);  // ORG
      continue;
    }
    // "[Veltrona]PER" where the document names "[Veltrona Semiconductor]ORG": a company's short
    // name, which the tagger, not knowing the word, took for a person's.
    if (std::binary_search(short_names.begin(), short_names.end(), names[first].key)) {
      for (const Name& name : same)
        if (tags[name.begin] == NerTag::kBPer) retype(name, 2);
    }
    std::array<int, 5> votes = {};
    for (const Name& name : same) ++votes[TagType(static_cast<int>(tags[name.begin]))];
    int best = 1;
    for (int type = 2; type <= 4; ++type) {
      if (votes[type] > votes[best]) best = type;
    }
    int ties = 0;
    for (int type = 1; type <= 4; ++type) ties += votes[type] == votes[best] ? 1 : 0;
    if (ties > 1) continue;
    for (const Name& name : same) retype(name, best);
  }
}

void SpreadNames(std::span<const NerSentence> document, std::span<NerTag> tags,
                 std::span<const NameWordFlags> flags) {
  if (flags.size() != tags.size()) flags = {};
  constexpr std::size_t kLongest = 3;  // names of up to three words spread
  // The type of each name of the document, or 0 where it has several: sorted by key, and the
  // entries of one key then merged (a few dozen names: no hash table, and one allocation).
  struct NameType {
    std::uint64_t key;
    int type;
  };
  std::vector<NameType> types;
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
      types.push_back({NameKey(sentence.tokens.subspan(i, end - i)), TagType(tag)});
    });
    offset += n;
  }
  if (types.empty()) return;
  std::sort(types.begin(), types.end(),
            [](const NameType& a, const NameType& b) { return a.key < b.key; });
  std::size_t kept = 0;
  for (const NameType& t : types) {
    if (kept > 0 && types[kept - 1].key == t.key) {
      if (types[kept - 1].type != t.type) types[kept - 1].type = 0;
    } else {
      types[kept++] = t;
    }
  }
  types.resize(kept);
  const auto type_of = [&](std::uint64_t key) {
    const auto it = std::lower_bound(types.begin(), types.end(), key,
                                     [](const NameType& t, std::uint64_t k) { return t.key < k; });
    return it != types.end() && it->key == key ? it->type : 0;
  };
  offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    const std::span<NerTag> line = tags.subspan(offset, n);
    const std::span<const NameWordFlags> line_flags =
        flags.empty() ? flags : flags.subspan(offset, n);
    offset += n;
    const auto capitalized = [&](std::size_t k) {
      return line_flags.empty() ? chars::StartsUpper(sentence.tokens[k])
                                : (line_flags[k] & name_word::kCapitalized) != 0;
    };
    // Capitalised words the tagger left out; the first of a sentence only in capitals ("IRA"),
    // as any word there has a capital.
    const auto untagged = [&](std::size_t k) {
      return k < n && line[k] == NerTag::kO && capitalized(k);
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (!untagged(i) || (i > 0 && untagged(i - 1))) continue;
      std::size_t run = i + 1;  // the run of untagged capitalised words from i
      while (run < n && untagged(run)) ++run;
      if (run - i > kLongest) continue;
      // Most runs are no name of the document: that is asked first, the costlier tests after.
      const int type = type_of(NameKey(sentence.tokens.subspan(i, run - i)));
      if (type == 0) continue;
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
        line[k] = static_cast<NerTag>(2 * type - (k == i ? 1 : 0));
      }
    }
  }
}

}  // namespace newslens::ner
