#include "ner/features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "ner/feature_templates.h"

namespace newslens::ner {
namespace {

using namespace templates;  // NOLINT: the template ids read as the features' names

// How a word is used in runs of capitalised words (FindRuns), collected over the document, so
// that "Magna" alone is read in the light of "Magna International Inc" elsewhere.
enum RunContext : std::uint8_t {
  kBeforeOrganisationWord = 1,  // in a run that ends in Inc, Corp, Bank, Party ...
  kAfterFirstName = 2,          // the last word of a run that starts with a first name
  kAfterTitle = 4,              // right after an honorific or a role noun
  kBeforePlaceWord = 8,         // in a run that ends in River, Street ...
  kInLongRun = 16,              // in a run of two or more words
  kAloneInRun = 32,             // a run of its own
};

constexpr std::uint64_t kBeforeSentence = 0x0123456789ABCDEFull;
constexpr std::uint64_t kAfterSentence = 0xFEDCBA9876543210ull;

// Context bits of a token.
enum ContextBits : std::uint8_t {
  kInitial = 1,       // the first word of its sentence
  kAfterOpening = 2,  // after an opening quotation mark, bracket, colon or dash
  kAllCapsSentence = 4,
  kTitleSentence = 8,  // most words capitalised: a headline
};
constexpr std::uint8_t kUninformative = kInitial | kAllCapsSentence | kTitleSentence;

int LengthBucket(int length) {
  if (length <= 4) return length;
  if (length <= 6) return 5;
  if (length <= 9) return 6;
  return 7;
}

// Counts per word are 16 bits (the tables grow with the vocabulary); they stop at the top rather
// than wrap, which in a document of millions of tokens made a word seen 65,536 times look unseen.
void Count(std::uint16_t* n) {
  if (*n < 0xFFFF) ++*n;
}

}  // namespace

std::uint32_t DocumentFeaturizer::WordSlot(const Lexeme& lexeme) {
  const std::uint64_t form = lexeme.word.form;
  std::size_t mask = word_index_.size() - 1;
  std::size_t i = (form ^ (form >> 29)) & mask;
  while (word_index_[i] != 0) {
    if (words_[word_index_[i] - 1].form == form) return word_index_[i] - 1;
    i = (i + 1) & mask;
  }
  if (2 * (words_.size() + 1) > word_index_.size()) {
    // Keep the index at most half full: it grows with the vocabulary.
    word_index_.assign(2 * word_index_.size(), 0);
    mask = word_index_.size() - 1;
    for (std::size_t w = 0; w < words_.size(); ++w) {
      std::size_t j = (words_[w].form ^ (words_[w].form >> 29)) & mask;
      while (word_index_[j] != 0) j = (j + 1) & mask;
      word_index_[j] = static_cast<std::uint32_t>(w + 1);
    }
    i = (form ^ (form >> 29)) & mask;
    while (word_index_[i] != 0) i = (i + 1) & mask;
  }
  words_.push_back(WordStats{});
  words_.back().form = form;
  words_.back().gazetteer_value = lexeme.gazetteer_value;
  words_.back().cluster = lexeme.cluster;
  word_index_[i] = static_cast<std::uint32_t>(words_.size());
  return word_index_[i] - 1;
}

std::uint32_t DocumentFeaturizer::ReadWord(std::string_view token, TokenInfo* info) {
  // A hash of the bytes: the eight-byte words of the token, then its tail and length.
  std::uint64_t h = 0x243F6A8885A308D3ull;
  std::size_t i = 0;
  for (; i + 8 <= token.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, token.data() + i, 8);
    h = Mix(h, chunk);
  }
  std::uint64_t tail = token.size();
  for (std::size_t k = 0; i + k < token.size(); ++k) {
    tail |= std::uint64_t{static_cast<unsigned char>(token[i + k])} << (8 * (k + 1));
  }
  h = Mix(h, tail);
  std::size_t mask = surface_index_.size() - 1;
  std::size_t slot = h & mask;
  while (surface_index_[slot] != 0) {
    const Surface& s = surfaces_[surface_index_[slot] - 1];
    if (s.hash == h && s.text == token) {
      info->word = s.word;
      info->word_slot = s.word_slot;
      info->name_flags = s.name_flags;
      return surface_index_[slot] - 1;
    }
    slot = (slot + 1) & mask;
  }
  Lexeme fresh;
  const Lexeme* lexeme = lexemes_.Find(h, token);
  if (lexeme == nullptr) {
    ComputeWordFeatures(token, &fresh.word);
    fresh.gazetteer_value = gazetteer_->WordValue(fresh.word.form);
    fresh.cluster = static_cast<std::uint16_t>(
        clusters_ != nullptr ? clusters_->Find(fresh.word.form) : WordClusters::kNone);
    fresh.name_flags = ComputeNameWordFlags(token, fresh.word, *gazetteer_);
    lexemes_.Add(h, token, fresh);
    lexeme = &fresh;
  }
  info->word = lexeme->word;
  info->word_slot = WordSlot(*lexeme);
  info->name_flags = lexeme->name_flags;
  if (surfaces_.size() >= kMaxSurfaces) return kNoSurface;  // computed afresh from now on
  if (2 * (surfaces_.size() + 1) > surface_index_.size()) {
    surface_index_.assign(2 * surface_index_.size(), 0);
    mask = surface_index_.size() - 1;
    for (std::size_t e = 0; e < surfaces_.size(); ++e) {
      std::size_t j = surfaces_[e].hash & mask;
      while (surface_index_[j] != 0) j = (j + 1) & mask;
      surface_index_[j] = static_cast<std::uint32_t>(e + 1);
    }
    slot = h & mask;
    while (surface_index_[slot] != 0) slot = (slot + 1) & mask;
  }
  surfaces_.push_back(Surface{h, token, info->word, info->word_slot, info->name_flags});
  surface_index_[slot] = static_cast<std::uint32_t>(surfaces_.size());
  return surface_index_[slot] - 1;
}

void DocumentFeaturizer::Prepare(std::span<const NerSentence> sentences,
                                 const std::uint8_t* unknown_words) {
  ++prepared_documents_;
  sentences_ = sentences;
  unknown_words_ = unknown_words;
  sentence_begin_.clear();
  std::size_t total = 0;
  for (const NerSentence& s : sentences) {
    sentence_begin_.push_back(static_cast<std::uint32_t>(total));
    total += s.tokens.size();
  }
  sentence_begin_.push_back(static_cast<std::uint32_t>(total));
  words_.clear();
  surfaces_.clear();
  group_tokens_ = for_tagger_ && unknown_words == nullptr;
  groups_.clear();
  group_keys_.clear();
  group_key_begin_.assign(1, 0);
  token_groups_.assign(group_tokens_ ? std::min<std::size_t>(total, kMaxRememberedTokens) : 0,
                       kNoGroup);
  token_surfaces_.assign(std::min<std::size_t>(total, kMaxRememberedTokens), kNoSurface);
  token_marks_.assign(std::min<std::size_t>(total, kMaxRememberedTokens), 0);
  marks_kept_ = 0;
  token_name_flags_.resize(std::min<std::size_t>(total, kMaxRememberedTokens));
  // Sized for a small document's vocabulary at once (there are at most as many words as
  // tokens); WordSlot and ReadWord grow them for a larger one.
  const std::size_t index_size =
      std::bit_ceil(std::min<std::size_t>(2 * total + 16, std::size_t{1} << 16));
  word_index_.assign(index_size, 0);
  surface_index_.assign(index_size, 0);

  // How each word is written where capitalisation means something.
  for (std::size_t s = 0; s < sentence_count(); ++s) {
    ReadSentence(s, /*mark=*/false);
    for (const TokenInfo& info : tokens_) {
      if ((info.context & (kUninformative | kAfterOpening)) != 0) continue;
      const CaseClass c = info.word.case_class;
      WordStats& w = words_[info.word_slot];
      if (c == CaseClass::kLower) Count(&w.case_counts[0]);
      if (c == CaseClass::kTitle) Count(&w.case_counts[1]);
      if (c == CaseClass::kUpper) Count(&w.case_counts[2]);
      if (c == CaseClass::kMixed) Count(&w.case_counts[3]);
    }
  }
  // The runs of capitalised words each word appears in (which needs the case counts: the first
  // word of a sentence is truecased before runs are found).
  GazetteerMarks previous_marks = 0;
  for (std::size_t s = 0; s < sentence_count(); ++s) {
    ReadSentence(s, /*mark=*/true);
    TrueCase();
    FindRuns((tokens_.empty() ? 0 : tokens_[0].context & (kAllCapsSentence | kTitleSentence)) == 0);
    CollectRunContexts(previous_marks);
    if (!tokens_.empty()) previous_marks = tokens_.back().gazetteer;
    // The tokens' groups: what they read is settled now (the case counts are).
    if (group_tokens_) {
      const std::size_t begin = sentence_begin_[s];
      for (std::size_t k = 0; k < tokens_.size() && begin + k < token_groups_.size(); ++k) {
        token_groups_[begin + k] = Group(tokens_[k], token_surfaces_[begin + k]);
      }
    }
  }
}

void DocumentFeaturizer::LoadSentence(std::size_t s, bool static_keys) {
  if (LoadFromGroups(s, static_keys)) {
    if (static_keys) {
      FindRuns((tokens_.empty() ? 0 : tokens_[0].context & (kAllCapsSentence | kTitleSentence)) ==
               0);
      ComputeStaticKeys();
    } else {
      keys_.clear();
      key_begin_.clear();
    }
    return;
  }
  // Without static keys only truecasing may need the gazetteer, and seldom: it marks on demand.
  ReadSentence(s, /*mark=*/static_keys);
  TrueCase();
  if (static_keys) {
    FindRuns((tokens_.empty() ? 0 : tokens_[0].context & (kAllCapsSentence | kTitleSentence)) == 0);
    ComputeStaticKeys();
  } else {
    keys_.clear();
    key_begin_.clear();
  }
}

std::uint8_t DocumentFeaturizer::DocumentCaseBits(const WordStats& w) {
  return static_cast<std::uint8_t>((w.case_counts[0] > 0 ? 1 : 0) |
                                   (w.case_counts[1] + w.case_counts[3] > 0 ? 2 : 0) |
                                   (w.case_counts[2] > 0 ? 4 : 0));
}

void DocumentFeaturizer::LoadTokens(std::size_t n) {
  if (token_storage_.size() < n) token_storage_.resize(n);
  tokens_ = {token_storage_.data(), n};
}

bool DocumentFeaturizer::LoadFromGroups(std::size_t s, bool static_keys) {
  const std::size_t begin = sentence_begin_[s], end = sentence_begin_[s + 1];
  if (end > token_groups_.size() || (static_keys && end > marks_kept_)) return false;
  for (std::size_t t = begin; t < end; ++t) {
    if (token_groups_[t] == kNoGroup) return false;
  }
  loaded_sentence_ = s;
  loaded_begin_ = begin;
  LoadTokens(end - begin);
  for (std::size_t t = begin; t < end; ++t) {
    // What DynamicKeys reads; the rest of the token's facts are left as they were.
    const GroupKey& group = groups_[token_groups_[t]];
    const Surface& surface = surfaces_[group.surface];
    TokenInfo& info = tokens_[t - begin];
    info.lexical_form = surface.word.form;  // no word dropout where there are groups
    info.word.shape = group.shape;
    info.word.case_class = group.case_class;
    info.context = group.context;
    info.word_slot = surface.word_slot;
    info.name_flags = surface.name_flags;
    if (static_keys) {
      // And what FindRuns and the static keys read.
      info.word.form = surface.word.form;
      info.word.length = group.length;
      info.word.opening_punctuation = surface.word.opening_punctuation;  // truecasing keeps it
      info.doc_case = DocumentCaseBits(words_[surface.word_slot]);
      info.gazetteer = token_marks_[t];
    }
  }
  marked_ = static_keys;
  return true;
}

void DocumentFeaturizer::ReadSentence(std::size_t s, bool mark) {
  const NerSentence& sentence = sentences_[s];
  const std::size_t begin = sentence_begin_[s];
  const std::size_t n = sentence.tokens.size();
  loaded_sentence_ = s;
  loaded_begin_ = begin;
  LoadTokens(n);
  forms_.resize(n);
  word_values_.resize(n);
  marks_.resize(n);
  int cased = 0, upper = 0, capitalized = 0, upper_letters = 0;
  bool seen_word = false;
  for (std::size_t k = 0; k < n; ++k) {
    TokenInfo& info = tokens_[k];
    if (begin + k < token_surfaces_.size() && token_surfaces_[begin + k] != kNoSurface) {
      const Surface& surface = surfaces_[token_surfaces_[begin + k]];
      info.word = surface.word;
      info.word_slot = surface.word_slot;
      info.name_flags = surface.name_flags;
    } else {
      const std::uint32_t surface = ReadWord(sentence.tokens[k], &info);
      if (begin + k < token_surfaces_.size()) token_surfaces_[begin + k] = surface;
    }
    if (begin + k < token_name_flags_.size()) token_name_flags_[begin + k] = info.name_flags;
    forms_[k] = info.word.form;
    info.lexical_form = info.word.form;
    if (unknown_words_ != nullptr && unknown_words_[begin + k] != 0) {
      info.lexical_form = Mix(Mix(info.word.form, prepared_documents_), begin + k);
    }
    info.context = 0;
    const CaseClass c = info.word.case_class;
    if (!seen_word && c != CaseClass::kNoLetters) {
      info.context |= kInitial;
      seen_word = true;
    }
    if (k > 0 && tokens_[k - 1].word.opening_punctuation) info.context |= kAfterOpening;
    if (c != CaseClass::kNoLetters && c != CaseClass::kCaseless) {
      ++cased;
      if (c == CaseClass::kUpper) {
        ++upper;
        upper_letters += info.word.length;
      }
      if (IsCapitalized(c)) ++capitalized;
    }
    word_values_[k] = words_[info.word_slot].gazetteer_value;
  }
  std::uint8_t mode = 0;
  if (cased > 0 && upper * 5 >= cased * 4 && upper_letters >= 4) {
    mode = kAllCapsSentence;
  } else if ((cased >= 4 && capitalized * 5 >= cased * 4) ||
             (sentence.headline && cased >= 3 && capitalized * 5 >= cased * 3)) {
    mode = kTitleSentence;
  }
  for (TokenInfo& info : tokens_) info.context |= mode;
  marked_ = false;
  if (!mark) {
    for (TokenInfo& info : tokens_) info.gazetteer = 0;
  } else if (begin + n <= marks_kept_) {
    for (std::size_t k = 0; k < n; ++k) tokens_[k].gazetteer = token_marks_[begin + k];
    marked_ = true;
  } else {
    MarkSentence();
    // Kept for the sentences of the document in order, as Prepare marks them first.
    if (begin == marks_kept_ && begin + n <= token_marks_.size()) {
      for (std::size_t k = 0; k < n; ++k) token_marks_[begin + k] = tokens_[k].gazetteer;
      marks_kept_ = begin + n;
    }
  }
}

void DocumentFeaturizer::MarkSentence() {
  gazetteer_->Mark(forms_, word_values_, marks_);
  for (std::size_t k = 0; k < tokens_.size(); ++k) tokens_[k].gazetteer = marks_[k];
  marked_ = true;
}

// Capitals that style imposes (a headline in CAPITALS or Title Case, the first word of a sentence)
// say nothing about names. Such words are tagged as if written the way the document writes them
// where capitals do mean something ("JAPAN" as "Japan", "TAKE" as "take"); words the document
// does not write elsewhere become lower case when the dictionary knows them only as common words
// and Title Case otherwise (in a headline; a sentence's first word is left alone).
void DocumentFeaturizer::TrueCase() {
  constexpr GazetteerMarks kNameBits =
      StartBit(GazetteerCategory::kFirst) | StartBit(GazetteerCategory::kLast) |
      StartBit(GazetteerCategory::kPerson) | StartBit(GazetteerCategory::kCountry) |
      StartBit(GazetteerCategory::kCity) | StartBit(GazetteerCategory::kRegion) |
      StartBit(GazetteerCategory::kPlace) | StartBit(GazetteerCategory::kOrg) |
      StartBit(GazetteerCategory::kDemonym) | StartBit(GazetteerCategory::kProper);
  const std::span<const std::string_view> tokens = sentences_[loaded_sentence_].tokens;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    TokenInfo& info = tokens_[k];
    const WordStats& w = words_[info.word_slot];
    info.doc_case = DocumentCaseBits(w);
    if ((info.context & kUninformative) == 0 || !IsCapitalized(info.word.case_class)) continue;
    const int lower = w.case_counts[0], title = w.case_counts[1] + w.case_counts[3],
              upper = w.case_counts[2];
    CaseClass as;
    if (lower + title + upper > 0) {
      as = title >= upper && title >= lower ? CaseClass::kTitle
           : upper >= lower                 ? CaseClass::kUpper
                                            : CaseClass::kLower;
      if (as == CaseClass::kTitle && info.word.case_class == CaseClass::kMixed) continue;
    } else if ((info.context & (kAllCapsSentence | kTitleSentence)) != 0) {
      if (!marked_) MarkSentence();
      const bool common = (info.gazetteer & StartBit(GazetteerCategory::kCommon)) != 0 &&
                          (info.gazetteer & kNameBits) == 0;
      as = common ? CaseClass::kLower : CaseClass::kTitle;
    } else {
      continue;
    }
    if (as != info.word.case_class) ApplyCase(tokens[k], as, &info.word);
  }
}

void DocumentFeaturizer::CollectRunContexts(GazetteerMarks previous_marks) {
  constexpr GazetteerMarks kOrganisationWord =
      StartBit(GazetteerCategory::kOrgWord) | StartBit(GazetteerCategory::kOrg);
  constexpr GazetteerMarks kTitleWord =
      StartBit(GazetteerCategory::kTitle) | StartBit(GazetteerCategory::kRole);
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const TokenInfo& info = tokens_[i];
    if (!IsCapitalized(info.word.case_class) || (info.context & kUninformative & ~kInitial) != 0) {
      continue;
    }
    std::uint8_t bits = 0;
    const TokenInfo& first = tokens_[info.run_begin];
    const TokenInfo& last = tokens_[info.run_end];
    if (info.run_begin == info.run_end) {
      bits |= kAloneInRun;
    } else {
      bits |= kInLongRun;
      if (i != info.run_end && (last.gazetteer & kOrganisationWord) != 0) {
        bits |= kBeforeOrganisationWord;
      }
      if (i != info.run_end && (last.gazetteer & StartBit(GazetteerCategory::kPlaceWord)) != 0) {
        bits |= kBeforePlaceWord;
      }
      if (i == info.run_end && (first.gazetteer & StartBit(GazetteerCategory::kFirst)) != 0) {
        bits |= kAfterFirstName;
      }
    }
    // The token before may end the previous sentence: the model was trained so.
    const GazetteerMarks before = i > 0 ? tokens_[i - 1].gazetteer : previous_marks;
    if ((before & kTitleWord) != 0) bits |= kAfterTitle;
    words_[info.word_slot].contexts |= bits;
  }
}

void DocumentFeaturizer::FindRuns(bool informative) {
  const std::size_t begin = 0, end = tokens_.size();
  for (std::size_t i = begin; i < end; ++i) {
    tokens_[i].run_begin = tokens_[i].run_end = static_cast<std::uint32_t>(i);
  }
  if (!informative) return;  // in CAPITALS or Title Case, every word would be one run
  auto capitalized = [&](std::size_t i) {
    return IsCapitalized(tokens_[i].word.case_class) && !tokens_[i].word.opening_punctuation;
  };
  std::size_t i = begin;
  while (i < end) {
    if (!capitalized(i)) {
      ++i;
      continue;
    }
    std::size_t last = i;  // the last capitalised word of the run so far
    std::size_t j = i + 1;
    while (j < end) {
      if (capitalized(j)) {
        last = j++;
        continue;
      }
      // Up to two connectors, if a capitalised word follows them.
      std::size_t k = j;
      while (k < end && k < j + 2 && (tokens_[k].name_flags & name_word::kNameConnector) != 0 &&
             tokens_[k].word.case_class == CaseClass::kLower) {
        ++k;
      }
      if (k > j && k < end && capitalized(k)) {
        j = k;
        continue;
      }
      break;
    }
    for (std::size_t k = i; k <= last; ++k) {
      tokens_[k].run_begin = static_cast<std::uint32_t>(i);
      tokens_[k].run_end = static_cast<std::uint32_t>(last);
    }
    i = last + 1;
  }
}

int DocumentFeaturizer::LocalKeys(const TokenInfo& info, std::uint32_t* out) const {
  const std::uint64_t w0 = info.lexical_form;
  const std::uint64_t case0 = static_cast<std::uint64_t>(info.word.case_class);
  const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
  const std::uint64_t mode = info.context & (kAllCapsSentence | kTitleSentence);
  const std::uint64_t s0 = info.word.shape;
  int n = 0;
  out[n++] = DenseKey(for_tagger_, kDenseBias, 0, 0);
  out[n++] = FeatureKey(Feature(kForm, 0, w0));
  out[n++] = FeatureKey(Feature(kShape, 0, s0));
  out[n++] = FeatureKey(Feature(kShapeLength, s0, LengthBucket(info.word.length) * 16 + mode));
  for (const std::uint32_t key : info.word.prefix_keys) {
    if (key != 0) out[n++] = key;
  }
  for (const std::uint32_t key : info.word.suffix_keys) {
    if (key != 0) out[n++] = key;
  }
  out[n++] = DenseKey(for_tagger_, kDenseCaseContext, 0, case0 * 16 + info.context);
  out[n++] =
      FeatureKey(Feature(kFormCase, w0, case0 * 4 + informative * 2 + (info.context & kInitial)));
  out[n++] =
      DenseKey(for_tagger_, kDenseDocumentCase, 0, info.doc_case * 256 + case0 * 16 + info.context);
  const std::uint32_t cluster = words_[info.word_slot].cluster;
  out[n++] = DenseKey(for_tagger_, kDenseCluster, 0, cluster);
  out[n++] = DenseKey(for_tagger_, kDenseClusterCase, 0,
                      CoarseCluster(cluster) * 16 + case0 * 2 + informative);
  return n;
}

std::uint32_t DocumentFeaturizer::Group(const TokenInfo& info, std::uint32_t surface) {
  if (surface == kNoSurface) return kNoGroup;
  const GroupKey key{info.word.shape,      kNoGroup,     surface,
                     info.word.case_class, info.context, info.word.length};
  // The groups of a surface are chained from it: a word seldom appears in more than three ways
  // (first in its sentence, in a headline, elsewhere).
  std::uint32_t* link = &surfaces_[surface].first_group;
  while (*link != kNoGroup) {
    GroupKey& g = groups_[*link];
    if (g.shape == key.shape && g.case_class == key.case_class && g.context == key.context &&
        g.length == key.length) {
      return *link;
    }
    link = &g.next;
  }
  if (groups_.size() >= kMaxGroups) return kNoGroup;
  *link = static_cast<std::uint32_t>(groups_.size());
  groups_.push_back(key);
  std::uint32_t local[kMaxLocalKeys];
  const int n = LocalKeys(info, local);
  group_keys_.insert(group_keys_.end(), local, local + n);
  group_key_begin_.push_back(static_cast<std::uint32_t>(group_keys_.size()));
  return static_cast<std::uint32_t>(groups_.size() - 1);
}

void DocumentFeaturizer::ComputeStaticKeys() {
  const std::size_t begin = 0, end = tokens_.size();
  keys_.clear();
  key_begin_.clear();

  // The forms, shapes and case classes around the token, slid along the sentence: each token's
  // are read once, not at each of the dozen templates that read them, each time with both of
  // the sentence's bounds checked.
  const auto form_at = [&](std::size_t k) {
    return k < end ? tokens_[k].lexical_form : kAfterSentence;
  };
  const auto shape_at = [&](std::size_t k) {
    return k < end ? tokens_[k].word.shape : kAfterSentence;
  };
  const auto case_at = [&](std::size_t k) -> std::uint64_t {
    return k < end ? static_cast<std::uint64_t>(tokens_[k].word.case_class) : kCaseClassCount;
  };
  std::uint64_t form_before2 = kBeforeSentence, form_before = kBeforeSentence;
  std::uint64_t form_after = form_at(begin + 1), form_after2 = form_at(begin + 2);
  std::uint64_t shape_before = kBeforeSentence, shape_after = shape_at(begin + 1);
  std::uint64_t case_before = kCaseClassCount, case_after = case_at(begin + 1);
  // A token's keys are gathered in a local array and appended at once: a push_back per key,
  // which the compiler keeps out of line, made this function a sixth slower. The bound: 32 fixed
  // templates (16 of them local), 6 per-bit loops over 32-bit gazetteer marks or 8-bit contexts,
  // 3 run templates.
  constexpr int kMaxTokenKeys = 32 + 5 * 32 + 8 + 3;
  std::uint32_t token_keys[kMaxTokenKeys];
  int token_key_count = 0;
  auto add = [&](std::uint64_t hash) { token_keys[token_key_count++] = FeatureKey(hash); };
  auto add_dense = [&](Dense d, std::uint64_t a, std::uint64_t b) {
    token_keys[token_key_count++] = DenseKey(for_tagger_, d, a, b);
  };

  for (std::size_t u = begin; u < end; ++u) {
    key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
    token_key_count = 0;
    const TokenInfo& info = tokens_[u];
    const std::uint64_t w0 = info.lexical_form;
    const std::uint64_t case0 = static_cast<std::uint64_t>(info.word.case_class);
    const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
    const std::uint64_t mode = info.context & (kAllCapsSentence | kTitleSentence);

    // Made by Prepare, for the tokens TokenGroup can give.
    const std::uint32_t group =
        loaded_begin_ + u < token_groups_.size() ? token_groups_[loaded_begin_ + u] : kNoGroup;
    if (group == kNoGroup) token_key_count = LocalKeys(info, token_keys);
    add(Feature(kForm, 1, form_before));
    add(Feature(kForm, 2, form_after));
    add(Feature(kForm, 3, form_before2));
    add(Feature(kForm, 4, form_after2));
    add(Feature(kFormBigramLeft, form_before, w0));
    add(Feature(kFormBigramRight, w0, form_after));
    const std::uint64_t s0 = info.word.shape;
    add(Feature(kShape, 1, shape_before));
    add(Feature(kShape, 2, shape_after));
    add(Feature(kShapeBigramLeft, shape_before, s0));
    add(Feature(kShapeBigramRight, s0, shape_after));
    add(Feature(kShapeTrigram, shape_before, s0, shape_after));
    if (u > begin) {
      add_dense(kDenseDocumentCaseNeighbour, 1,
                tokens_[u - 1].doc_case * 16 + case_before * 2 + informative);
    }
    if (u + 1 < end) {
      add_dense(kDenseDocumentCaseNeighbour, 2,
                tokens_[u + 1].doc_case * 16 + case_after * 2 + informative);
    }
    add(Feature(kCaseWindow, case_before * 64 + case0 * 8 + case_after, mode));
    add_dense(kDenseClusterNeighbour, 1,
              u > begin ? words_[tokens_[u - 1].word_slot].cluster : kClusterValues);
    add_dense(kDenseClusterNeighbour, 2,
              u + 1 < end ? words_[tokens_[u + 1].word_slot].cluster : kClusterValues);

    const std::uint64_t capitalized = IsCapitalized(info.word.case_class) ? 1 : 0;
    for (GazetteerMarks m = info.gazetteer; m != 0; m &= m - 1) {
      const int bit = std::countr_zero(m);
      add_dense(kDenseGazetteer, 0, bit * 4 + capitalized * 2 + informative);
    }
    if (u > begin) {
      for (GazetteerMarks m = tokens_[u - 1].gazetteer; m != 0; m &= m - 1) {
        const int bit = std::countr_zero(m);
        add_dense(kDenseGazetteerNeighbour, 1, bit);
        // Titles and roles before a name ("President Putin", "Mr. Putin").
        if ((bit >> 1) == static_cast<int>(GazetteerCategory::kTitle) ||
            (bit >> 1) == static_cast<int>(GazetteerCategory::kRole)) {
          add(Feature(kGazetteerFormPair, bit, w0));
        }
      }
    }
    if (u + 1 < end) {
      for (GazetteerMarks m = tokens_[u + 1].gazetteer; m != 0; m &= m - 1) {
        add_dense(kDenseGazetteerNeighbour, 2, std::countr_zero(m));
      }
    }
    if (IsCapitalized(info.word.case_class)) {
      for (std::uint8_t m = words_[info.word_slot].contexts; m != 0; m &= m - 1) {
        add_dense(
            kDenseDocumentContext, 0,
            std::countr_zero(m) * 4 + informative * 2 + (info.run_begin == info.run_end ? 1 : 0));
      }
    }
    if (IsCapitalized(info.word.case_class) && (info.context & kUninformative & ~kInitial) == 0) {
      const std::size_t first = info.run_begin, last = info.run_end;
      const std::uint64_t position = (first == last ? 0 : u == first ? 1 : u == last ? 3 : 2);
      const std::uint64_t length = std::min<std::size_t>(last - first + 1, 4);
      add_dense(kDenseRunShape, 0, position * 8 + length);
      if (first != last) {
        add(Feature(kRunFirstForm, position, tokens_[first].lexical_form));
        add(Feature(kRunLastForm, position, tokens_[last].lexical_form));
        for (GazetteerMarks m = tokens_[last].gazetteer; m != 0; m &= m - 1) {
          add_dense(kDenseRunLastGazetteer, position, std::countr_zero(m));
        }
      }
    }
    keys_.insert(keys_.end(), token_keys, token_keys + token_key_count);
    form_before2 = form_before;
    form_before = w0;
    form_after = form_after2;
    form_after2 = form_at(u + 3);
    shape_before = s0;
    shape_after = shape_at(u + 2);
    case_before = case0;
    case_after = case_at(u + 2);
  }
  key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
}

void DocumentFeaturizer::PreviousTagKeys(const TokenInfo& info, int previous,
                                         std::uint32_t* out) const {
  const std::uint64_t case0 = static_cast<std::uint64_t>(info.word.case_class);
  const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
  const auto prev = static_cast<std::uint64_t>(previous);
  out[0] = DenseKey(for_tagger_, kDensePreviousTag, 0, prev);
  out[1] = FeatureKey(Feature(kPreviousTagForm, previous, info.lexical_form));
  out[2] = FeatureKey(Feature(kPreviousTagShape, previous, info.word.shape));
  out[3] = DenseKey(for_tagger_, kDensePreviousTagCase, 0, prev * 64 + case0 * 2 + informative);
}

int DocumentFeaturizer::HistoryKeys(const TokenInfo& info, int pass, int pass1_tag,
                                    std::uint32_t* out) const {
  if (!HasHistoryKeys(info.word.case_class)) return 0;
  const std::uint64_t case0 = static_cast<std::uint64_t>(info.word.case_class);
  const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
  const WordStats& w = words_[info.word_slot];
  int counts[5];
  int total = 0;
  for (int k = 0; k < 5; ++k) {
    counts[k] = w.type_counts[k];
    total += counts[k];
  }
  if (pass == 2 && pass1_tag >= 0) {
    --counts[TagType(pass1_tag)];
    --total;
  }
  // Each type the word was given, with its share: "PER on all other occurrences" is strong,
  // "PER once, O twice" (an error in a headline, say) weaker.
  int n = 0;
  for (int k = 0; k < 5 && total > 0; ++k) {
    if (counts[k] == 0) continue;
    const std::uint64_t share = counts[k] == total ? 3 : 2 * counts[k] >= total ? 2 : 1;
    const std::uint64_t value = k * 4 + share;
    const auto p = static_cast<std::uint64_t>(pass);
    out[n++] = DenseKey(for_tagger_, kDenseHistory, p, value);
    out[n++] = DenseKey(for_tagger_, kDenseHistoryCase, p, value * 64 + case0 * 2 + informative);
  }
  return n;
}

std::uint32_t DocumentFeaturizer::PreviousTagsKey(int previous, int before_previous) const {
  return DenseKey(
      for_tagger_, kDensePreviousTags, 0,
      static_cast<std::uint64_t>(before_previous) * 16 + static_cast<std::uint64_t>(previous));
}

int DocumentFeaturizer::DynamicKeys(std::size_t token, int previous, int before_previous, int pass,
                                    int pass1_tag, std::uint32_t* out) const {
  const TokenInfo& info = tokens_[token - loaded_begin_];
  // In the order the trainer has always summed them (its sums are of floating point numbers).
  std::uint32_t of_previous[kPreviousTagKeys];
  PreviousTagKeys(info, previous, of_previous);
  out[0] = of_previous[0];
  out[1] = PreviousTagsKey(previous, before_previous);
  std::copy(of_previous + 1, of_previous + kPreviousTagKeys, out + 2);
  return 1 + kPreviousTagKeys + HistoryKeys(info, pass, pass1_tag, out + 1 + kPreviousTagKeys);
}

void DocumentFeaturizer::PreviousTagKeys(std::size_t token, int previous,
                                         std::uint32_t* out) const {
  PreviousTagKeys(tokens_[token - loaded_begin_], previous, out);
}

int DocumentFeaturizer::ContextKeys(std::size_t token, int previous, int before_previous, int pass,
                                    int pass1_tag, std::uint32_t* out) const {
  out[0] = PreviousTagsKey(previous, before_previous);
  const TokenInfo& info = tokens_[token - loaded_begin_];
  // (Asked first here, where the tagger asks at every token of both passes: most are in small
  // letters and have none.)
  if (!HasHistoryKeys(info.word.case_class)) return 1;
  return 1 + HistoryKeys(info, pass, pass1_tag, out + 1);
}

void DocumentFeaturizer::ClearHistory() {
  for (WordStats& w : words_) {
    std::fill(std::begin(w.type_counts), std::end(w.type_counts), 0);
    w.first_recorded_sentence = kNotRecorded;
  }
  sharing_sentences_.assign(sentence_count(), 0);
}

void DocumentFeaturizer::RecordTag(std::size_t token, int tag) {
  const TokenInfo& info = tokens_[token - loaded_begin_];
  if (IsCapitalized(info.word.case_class) || info.word.case_class == CaseClass::kCaseless) {
    WordStats& word = words_[info.word_slot];
    Count(&word.type_counts[TagType(tag)]);
    const auto sentence = static_cast<std::uint32_t>(loaded_sentence_);
    if (word.first_recorded_sentence == kNotRecorded) {
      word.first_recorded_sentence = sentence;
    } else {
      sharing_sentences_[word.first_recorded_sentence] = 1;
      sharing_sentences_[sentence] = 1;
    }
  }
}

}  // namespace newslens::ner
