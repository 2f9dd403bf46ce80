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
#include "ner/sentence_names.h"
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

namespace {

// A name of the document: tags [begin, end) of it, and its key (NameKey). HarmonizeTypes retypes
// whole names and SpreadNames tags words outside them, so the one list serves both.
struct DocumentName {
  std::uint64_t key;
  std::size_t begin, end;
  bool one_letter;  // a name of one token of one byte at most
  bool placed;      // written as a place is: PlacedName()
};

// Whether the words around name [i, end) of `tokens` (tagged `tags`) write it as a place's: after
// "in", "near", "around", "outside" or "across", or "town of", "mayor of" ...; or before ",
// where" or a comma and a place's name ("Corning, New York").
bool PlacedName(std::span<const std::string_view> tokens, std::span<const NerTag> tags,
                std::size_t i, std::size_t end) {
  const auto is_any = [&](std::size_t k, std::initializer_list<std::string_view> words) {
    return chars::EqualsAnyIgnoringAsciiCase(tokens[k], words);
  };
  if (i > 0 && is_any(i - 1, {"in", "near", "around", "outside", "across"})) return true;
  if (i > 1 && is_any(i - 1, {"of"}) &&
      is_any(i - 2, {"town", "city", "village", "residents", "mayor", "outskirts", "people"}))
    return true;
  return end + 1 < tokens.size() && tokens[end] == "," &&
         (tokens[end + 1] == "where" || tags[end + 1] == NerTag::kBLoc);
}

// What HarmonizeTypes reads besides the names: the keys of the organisations' short names that
// are no person's surname, sorted; and among them, sorted too, those of companies (a name that
// ends in a company's word: "Corvane" of "Corvane Semiconductor Inc.").
struct DocumentNames {
  std::vector<DocumentName> names;
  std::vector<std::uint64_t> short_names;
  std::vector<std::uint64_t> company_short_names;
};

DocumentNames CollectNames(std::span<const NerSentence> document, std::span<const NerTag> tags) {
  DocumentNames d;
  std::vector<std::uint64_t> surnames;  // NameKey of the last word of people's names
  std::size_t offset = 0;
  for (const NerSentence& sentence : document) {
    const std::size_t n = sentence.tokens.size();
    ForEachName(tags.subspan(offset, n), [&](std::size_t i, std::size_t end) {
      const std::span<const std::string_view> name = sentence.tokens.subspan(i, end - i);
      d.names.push_back({NameKey(name), offset + i, offset + end,
                         end - i == 1 && name[0].size() <= 1,
                         PlacedName(sentence.tokens, tags.subspan(offset, n), i, end)});
      // An organisation's name that ends in a word of organisations' names, not a paper's:
      // the words before that word are its short name, and so is its first word in a longer
      // name ("Hollowell" of "Hollowell Land Partners").
      if (tags[offset + i] == NerTag::kBOrg && name.size() >= 2 &&
          IsOrganizationWord(name.back()) && !IsPublicationWord(name.back())) {
        d.short_names.push_back(NameKey(name.first(name.size() - 1)));
        if (name.size() > 2) d.short_names.push_back(NameKey(name.first(1)));
        if (IsCompanyWord(name.back()) && !IsOrganizationWord(name.front())) {
          d.company_short_names.push_back(NameKey(name.first(name.size() - 1)));
          if (name.size() > 2) d.company_short_names.push_back(NameKey(name.first(1)));
        }
      }
      // "Clinton" of "Hillary Clinton" stays hers, though the document names the "Clinton
      // Foundation".
      if (tags[offset + i] == NerTag::kBPer && name.size() >= 2)
        surnames.push_back(NameKey(name.last(1)));
    });
    offset += n;
  }
  std::sort(surnames.begin(), surnames.end());
  for (std::vector<std::uint64_t>* keys : {&d.short_names, &d.company_short_names}) {
    std::sort(keys->begin(), keys->end());
    std::erase_if(*keys, [&](std::uint64_t key) {
      return std::binary_search(surnames.begin(), surnames.end(), key);
    });
  }
  return d;
}

// Whether the gazetteer knows a place at any of tokens [begin, end) (`marks`, the document's).
bool MarkedPlace(std::span<const GazetteerMarks> marks, std::size_t begin, std::size_t end) {
  constexpr GazetteerMarks kPlaces = repairs::kPlaceStarts | repairs::kPlaceInsides;
  for (std::size_t k = begin; k < end; ++k)
    if ((marks[k] & kPlaces) != 0) return true;
  return false;
}

// HarmonizeTypes on the names CollectNames found; sorts them by key. `marks`: the document's
// gazetteer marks, or empty.
void Harmonize(DocumentNames& d, std::span<NerTag> tags,
               std::span<const std::uint64_t> organisations,
               std::span<const GazetteerMarks> marks) {
  if (marks.size() != tags.size()) marks = {};
  std::vector<DocumentName>& names = d.names;
  const std::vector<std::uint64_t>& short_names = d.short_names;
  std::sort(names.begin(), names.end(),
            [](const DocumentName& a, const DocumentName& b) { return a.key < b.key; });
  const auto retype = [&](const DocumentName& name, int type) {
    for (std::size_t k = name.begin; k < name.end; ++k) {
      tags[k] = static_cast<NerTag>(2 * type - (k == name.begin ? 1 : 0));
    }
  };
  for (std::size_t first = 0, last = 0; first < names.size(); first = last) {
    while (last < names.size() && names[last].key == names[first].key) ++last;
    const std::span<const DocumentName> same(names.data() + first, last - first);
    if (std::find(organisations.begin(), organisations.end(), names[first].key) !=
        organisations.end()) {
      for (const DocumentName& name : same) retype(name, 2);  // ORG
      continue;
    }
    // "[Veltrona]PER" where the document names "[Veltrona Semiconductor]ORG": a company's short
    // name, which the tagger, not knowing the word, took for a person's.
    if (std::binary_search(short_names.begin(), short_names.end(), names[first].key)) {
      for (const DocumentName& name : same)
        if (tags[name.begin] == NerTag::kBPer) retype(name, 2);
    }
    // "[Corvane]LOC now expects" after "[Corvane Semiconductor Inc.]ORG": a company's short name
    // that the tagger, not knowing the word, took for a place's, that no list of places has
    // ("Boston" of "Boston Scientific Corp." stays the city) and that the text never writes as a
    // place ("its plant in Corning, New York" stays the town).
    if (!marks.empty() && std::binary_search(d.company_short_names.begin(),
                                             d.company_short_names.end(), names[first].key)) {
      const bool unknown_place = std::none_of(same.begin(), same.end(), [&](const DocumentName& n) {
        return n.placed || MarkedPlace(marks, n.begin, n.end);
      });
      for (const DocumentName& name : same)
        if (unknown_place && tags[name.begin] == NerTag::kBLoc) retype(name, 2);
    }
    std::array<int, 5> votes = {};
    for (const DocumentName& name : same) ++votes[TagType(static_cast<int>(tags[name.begin]))];
    int best = 1;
    for (int type = 2; type <= 4; ++type) {
      if (votes[type] > votes[best]) best = type;
    }
    int ties = 0;
    for (int type = 1; type <= 4; ++type) ties += votes[type] == votes[best] ? 1 : 0;
    if (ties > 1) continue;
    for (const DocumentName& name : same) retype(name, best);
  }
}

// SpreadNames on the names CollectNames found, with the types they have now.
void Spread(std::span<const NerSentence> document, std::span<NerTag> tags,
            std::span<const NameWordFlags> flags, std::span<const DocumentName> names) {
  if (flags.size() != tags.size()) flags = {};
  // Names of up to three tokens spread; an organisation's up to six ("Public School Teachers'
  // Federation"), a long name being seldom anything else wherever it is written.
  constexpr std::size_t kLongest = 3, kLongestOrganisation = 6;
  // The type of each name of the document, or 0 where it has several: sorted by key, and the
  // entries of one key then merged (a few dozen names: no hash table, and one allocation).
  struct NameType {
    std::uint64_t key;
    int type;
  };
  std::vector<NameType> types;
  for (const DocumentName& name : names) {
    const int tag = static_cast<int>(tags[name.begin]);
    // Works and other MISC names spread badly (a nationality inside another name, "N / A" of a
    // table); so do one-letter names.
    const std::size_t longest =
        tag == static_cast<int>(NerTag::kBOrg) ? kLongestOrganisation : kLongest;
    if (name.end - name.begin > longest || tag == static_cast<int>(NerTag::kBMisc) ||
        name.one_letter) {
      continue;
    }
    types.push_back({name.key, TagType(tag)});
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
  std::size_t offset = 0;
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
    // A plural's possessive mark inside a name ("Teachers ' Federation").
    const auto possessive_mark = [&](std::size_t k) {
      return line[k] == NerTag::kO && k > 0 && untagged(k + 1) &&
             (sentence.tokens[k] == "'" || sentence.tokens[k] == "\u2019");
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (!untagged(i) || (i > 0 && untagged(i - 1))) continue;
      std::size_t run = i + 1;  // the run of untagged capitalised words from i
      while (run < n && (untagged(run) || possessive_mark(run))) ++run;
      if (run - i > kLongestOrganisation + 1) continue;
      // Most runs are no name of the document: that is asked first, the costlier tests after.
      int type = type_of(NameKey(sentence.tokens.subspan(i, run - i)));
      // "The Public School Teachers' Federation announced": the article that opens a sentence
      // is none of the name.
      if (type == 0 && run - i >= 2 && sentence.tokens[i] == "The") {
        type = type_of(NameKey(sentence.tokens.subspan(i + 1, run - i - 1)));
        if (type != 0) ++i;
      }
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

}  // namespace

void HarmonizeTypes(std::span<const NerSentence> document, std::span<NerTag> tags,
                    std::span<const std::uint64_t> organisations) {
  DocumentNames names = CollectNames(document, tags);
  Harmonize(names, tags, organisations, {});
}

void SpreadNames(std::span<const NerSentence> document, std::span<NerTag> tags,
                 std::span<const NameWordFlags> flags) {
  Spread(document, tags, flags, CollectNames(document, tags).names);
}

void RepairDocumentNames(std::span<const NerSentence> document, std::span<NerTag> tags,
                         std::span<const std::uint64_t> organisations,
                         std::span<const NameWordFlags> flags,
                         std::span<const GazetteerMarks> marks) {
  // HarmonizeTypes retypes whole names, never their bounds: the names it found are those
  // SpreadNames would find after it, with the types they have now.
  DocumentNames names = CollectNames(document, tags);
  Harmonize(names, tags, organisations, marks);
  Spread(document, tags, flags, names.names);
}

}  // namespace newslens::ner
