#include "ner/features.h"

#include <algorithm>
#include <bit>

namespace newslens::ner {
namespace {

// Template ids: the first value mixed into every feature hash. Append only; renumbering changes
// every key (and needs a kFeatureVersion bump).
enum Template : std::uint64_t {
  kBias = 1,
  kForm,            // form of token i + offset (the offset is mixed in)
  kFormBigramLeft,  // forms of i-1 and i
  kFormBigramRight,
  kShape,  // shape of token i + offset
  kShapeBigramLeft,
  kShapeBigramRight,
  kShapeTrigram,
  kShapeLength,
  kPrefix,  // prefix of 1..3 bytes (the length is mixed in)
  kSuffix,  // suffix of 1..4 bytes
  kCaseContext,
  kFormCase,
  kDocumentCase,
  kDocumentCaseNeighbour,  // of i-1 and i+1 (the offset is mixed in)
  kCaseWindow,
  kGazetteer,
  kGazetteerNeighbour,
  kGazetteerFormPair,  // the gazetteer bits of i-1 with the form of i ("president" + Putin)
  kPreviousTag,
  kPreviousTags,
  kPreviousTagForm,
  kPreviousTagShape,
  kPreviousTagCase,
  kHistory,  // the pass is mixed in
  kHistoryCase,
  kRunShape,      // position in a run of capitalised words and the run's length
  kRunFirstForm,  // the form of the run's first word ("University" of ...)
  kRunLastForm,   // the form of the run's last word (... Inc, ... Party)
  kRunLastGazetteer,
  kDocumentContext,  // what the word's runs look like elsewhere in the document
};

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

// Lower-case words that join the capitalised words of one name ("Bank of England").
bool IsConnector(std::uint64_t form) {
  static const std::uint64_t* const connectors = [] {
    static std::uint64_t forms[24];
    const char* words[] = {"of", "and", "&",   "de",  "del", "della", "di", "da",
                           "du", "von", "van", "der", "den", "la",    "le", "y",
                           "al", "bin", "ibn", "'s",  "for", "the",   "on", "upon"};
    for (int i = 0; i < 24; ++i) forms[i] = NormalizedFormHash(words[i]);
    return forms;
  }();
  for (int i = 0; i < 24; ++i) {
    if (connectors[i] == form) return true;
  }
  return false;
}

int LengthBucket(int length) {
  if (length <= 4) return length;
  if (length <= 6) return 5;
  if (length <= 9) return 6;
  return 7;
}

std::uint64_t Feature(std::uint64_t t, std::uint64_t a) { return Mix(t, a); }
std::uint64_t Feature(std::uint64_t t, std::uint64_t a, std::uint64_t b) {
  return Mix(Mix(t, a), b);
}
std::uint64_t Feature(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return Mix(Mix(Mix(t, a), b), c);
}

}  // namespace

std::uint32_t DocumentFeaturizer::WordSlot(std::uint64_t form) {
  const std::size_t mask = word_index_.size() - 1;
  std::size_t i = (form ^ (form >> 29)) & mask;
  while (word_index_[i] != 0) {
    if (words_[word_index_[i] - 1].form == form) return word_index_[i] - 1;
    i = (i + 1) & mask;
  }
  words_.push_back(WordStats{});
  words_.back().form = form;
  word_index_[i] = static_cast<std::uint32_t>(words_.size());
  return word_index_[i] - 1;
}

void DocumentFeaturizer::Prepare(std::span<const NerSentence> sentences,
                                 const std::uint8_t* unknown_words) {
  ++prepared_documents_;
  std::size_t total = 0;
  for (const NerSentence& s : sentences) total += s.tokens.size();
  tokens_.resize(total);
  forms_.resize(total);
  marks_.resize(total);
  sentence_begin_.clear();
  words_.clear();
  word_index_.assign(std::bit_ceil(2 * total + 16), 0);

  // Per token and per sentence facts.
  std::size_t t = 0;
  for (const NerSentence& sentence : sentences) {
    sentence_begin_.push_back(static_cast<std::uint32_t>(t));
    const std::size_t begin = t;
    int cased = 0, upper = 0, capitalized = 0, upper_letters = 0;
    bool seen_word = false;
    for (const std::string_view token : sentence.tokens) {
      TokenInfo& info = tokens_[t];
      ComputeWordFeatures(token, &info.word);
      forms_[t] = info.word.form;
      info.lexical_form = info.word.form;
      if (unknown_words != nullptr && unknown_words[t] != 0) {
        info.lexical_form = Mix(Mix(info.word.form, prepared_documents_), t);
      }
      info.context = 0;
      info.pass1_tag = -1;
      const CaseClass c = info.word.case_class;
      if (!seen_word && c != CaseClass::kNoLetters) {
        info.context |= kInitial;
        seen_word = true;
      }
      if (t > begin && tokens_[t - 1].word.opening_punctuation) info.context |= kAfterOpening;
      if (c != CaseClass::kNoLetters && c != CaseClass::kCaseless) {
        ++cased;
        if (c == CaseClass::kUpper) {
          ++upper;
          upper_letters += info.word.length;
        }
        if (IsCapitalized(c)) ++capitalized;
      }
      info.word_slot = WordSlot(info.word.form);
      ++t;
    }
    std::uint8_t mode = 0;
    if (cased > 0 && upper * 5 >= cased * 4 && upper_letters >= 4) {
      mode = kAllCapsSentence;
    } else if ((cased >= 4 && capitalized * 5 >= cased * 4) ||
               (sentence.headline && cased >= 3 && capitalized * 5 >= cased * 3)) {
      mode = kTitleSentence;
    }
    for (std::size_t i = begin; i < t; ++i) tokens_[i].context |= mode;
    gazetteer_->Mark({forms_.data() + begin, t - begin}, {marks_.data() + begin, t - begin});
    for (std::size_t i = begin; i < t; ++i) tokens_[i].gazetteer = marks_[i];
  }
  sentence_begin_.push_back(static_cast<std::uint32_t>(t));

  // How each word is written where capitalisation means something.
  for (const TokenInfo& info : tokens_) {
    if ((info.context & (kUninformative | kAfterOpening)) != 0) continue;
    const CaseClass c = info.word.case_class;
    WordStats& w = words_[info.word_slot];
    if (c == CaseClass::kLower) ++w.case_counts[0];
    if (c == CaseClass::kTitle) ++w.case_counts[1];
    if (c == CaseClass::kUpper) ++w.case_counts[2];
    if (c == CaseClass::kMixed) ++w.case_counts[3];
  }
  TrueCase(sentences);
  for (TokenInfo& info : tokens_) {
    const WordStats& w = words_[info.word_slot];
    info.doc_case = static_cast<std::uint8_t>((w.case_counts[0] > 0 ? 1 : 0) |
                                              (w.case_counts[1] + w.case_counts[3] > 0 ? 2 : 0) |
                                              (w.case_counts[2] > 0 ? 4 : 0));
  }

  for (std::size_t s = 0; s + 1 < sentence_begin_.size(); ++s) {
    const std::uint8_t mode =
        sentence_begin_[s] < sentence_begin_[s + 1] ? tokens_[sentence_begin_[s]].context : 0;
    FindRuns(sentence_begin_[s], sentence_begin_[s + 1],
             (mode & (kAllCapsSentence | kTitleSentence)) == 0);
  }
  CollectRunContexts();
  keys_.clear();
  key_begin_.clear();
  for (std::size_t s = 0; s + 1 < sentence_begin_.size(); ++s) {
    ComputeStaticKeys(sentence_begin_[s], sentence_begin_[s + 1]);
  }
  key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
}

// Capitals that style imposes (a headline in CAPITALS or Title Case, the first word of a sentence)
// say nothing about names. Such words are tagged as if written the way the document writes them
// where capitals do mean something ("JAPAN" as "Japan", "TAKE" as "take"); words the document
// does not write elsewhere become lower case when the dictionary knows them only as common words
// and Title Case otherwise (in a headline; a sentence's first word is left alone).
void DocumentFeaturizer::TrueCase(std::span<const NerSentence> sentences) {
  constexpr GazetteerMarks kNameBits =
      StartBit(GazetteerCategory::kFirst) | StartBit(GazetteerCategory::kLast) |
      StartBit(GazetteerCategory::kPerson) | StartBit(GazetteerCategory::kCountry) |
      StartBit(GazetteerCategory::kCity) | StartBit(GazetteerCategory::kRegion) |
      StartBit(GazetteerCategory::kPlace) | StartBit(GazetteerCategory::kOrg) |
      StartBit(GazetteerCategory::kDemonym) | StartBit(GazetteerCategory::kProper);
  std::size_t t = 0;
  for (const NerSentence& sentence : sentences) {
    for (const std::string_view token : sentence.tokens) {
      TokenInfo& info = tokens_[t++];
      if ((info.context & kUninformative) == 0 || !IsCapitalized(info.word.case_class)) continue;
      const WordStats& w = words_[info.word_slot];
      const int lower = w.case_counts[0], title = w.case_counts[1] + w.case_counts[3],
                upper = w.case_counts[2];
      CaseClass as;
      if (lower + title + upper > 0) {
        as = title >= upper && title >= lower ? CaseClass::kTitle
             : upper >= lower                 ? CaseClass::kUpper
                                              : CaseClass::kLower;
        if (as == CaseClass::kTitle && info.word.case_class == CaseClass::kMixed) continue;
      } else if ((info.context & (kAllCapsSentence | kTitleSentence)) != 0) {
        const bool common = (info.gazetteer & StartBit(GazetteerCategory::kCommon)) != 0 &&
                            (info.gazetteer & kNameBits) == 0;
        as = common ? CaseClass::kLower : CaseClass::kTitle;
      } else {
        continue;
      }
      if (as != info.word.case_class) ApplyCase(token, as, &info.word);
    }
  }
}

void DocumentFeaturizer::CollectRunContexts() {
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
    const bool same_sentence = i > 0 && (sentence_begin_[0] != i);
    if (same_sentence && (tokens_[i - 1].gazetteer & kTitleWord) != 0) bits |= kAfterTitle;
    words_[info.word_slot].contexts |= bits;
  }
}

void DocumentFeaturizer::FindRuns(std::size_t begin, std::size_t end, bool informative) {
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
      while (k < end && k < j + 2 && IsConnector(tokens_[k].word.form) &&
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

void DocumentFeaturizer::ComputeStaticKeys(std::size_t begin, std::size_t end) {
  auto form = [&](std::ptrdiff_t i) {
    if (i < static_cast<std::ptrdiff_t>(begin)) return kBeforeSentence;
    if (i >= static_cast<std::ptrdiff_t>(end)) return kAfterSentence;
    return tokens_[i].lexical_form;
  };
  auto shape = [&](std::ptrdiff_t i) {
    if (i < static_cast<std::ptrdiff_t>(begin)) return kBeforeSentence;
    if (i >= static_cast<std::ptrdiff_t>(end)) return kAfterSentence;
    return tokens_[i].word.shape;
  };
  auto case_of = [&](std::ptrdiff_t i) -> std::uint64_t {
    if (i < static_cast<std::ptrdiff_t>(begin) || i >= static_cast<std::ptrdiff_t>(end)) {
      return kCaseClassCount;
    }
    return static_cast<std::uint64_t>(tokens_[i].word.case_class);
  };
  auto add = [&](std::uint64_t hash) { keys_.push_back(FeatureKey(hash)); };

  for (std::size_t u = begin; u < end; ++u) {
    const auto i = static_cast<std::ptrdiff_t>(u);
    key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
    const TokenInfo& info = tokens_[u];
    const std::uint64_t w0 = info.lexical_form;
    const std::uint64_t case0 = case_of(i);
    const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
    const std::uint64_t mode = info.context & (kAllCapsSentence | kTitleSentence);

    add(Feature(kBias, 0));
    add(Feature(kForm, 0, w0));
    add(Feature(kForm, 1, form(i - 1)));
    add(Feature(kForm, 2, form(i + 1)));
    add(Feature(kForm, 3, form(i - 2)));
    add(Feature(kForm, 4, form(i + 2)));
    add(Feature(kFormBigramLeft, form(i - 1), w0));
    add(Feature(kFormBigramRight, w0, form(i + 1)));
    const std::uint64_t s0 = info.word.shape;
    add(Feature(kShape, 0, s0));
    add(Feature(kShape, 1, shape(i - 1)));
    add(Feature(kShape, 2, shape(i + 1)));
    add(Feature(kShapeBigramLeft, shape(i - 1), s0));
    add(Feature(kShapeBigramRight, s0, shape(i + 1)));
    add(Feature(kShapeTrigram, shape(i - 1), s0, shape(i + 1)));
    add(Feature(kShapeLength, s0, LengthBucket(info.word.length) * 16 + mode));
    for (int k = 0; k < 3; ++k) {
      if (info.word.prefix[k] != 0) add(Feature(kPrefix, k, info.word.prefix[k]));
    }
    for (int k = 0; k < 4; ++k) {
      if (info.word.suffix[k] != 0) add(Feature(kSuffix, k, info.word.suffix[k]));
    }
    add(Feature(kCaseContext, case0 * 16 + info.context));
    add(Feature(kFormCase, w0, case0 * 4 + informative * 2 + (info.context & kInitial)));
    add(Feature(kDocumentCase, info.doc_case * 256 + case0 * 16 + info.context));
    if (u > begin) {
      add(Feature(kDocumentCaseNeighbour, 1,
                  tokens_[u - 1].doc_case * 16 + case_of(i - 1) * 2 + informative));
    }
    if (u + 1 < end) {
      add(Feature(kDocumentCaseNeighbour, 2,
                  tokens_[u + 1].doc_case * 16 + case_of(i + 1) * 2 + informative));
    }
    add(Feature(kCaseWindow, case_of(i - 1) * 64 + case0 * 8 + case_of(i + 1), mode));

    const std::uint64_t capitalized = IsCapitalized(info.word.case_class) ? 1 : 0;
    for (GazetteerMarks m = info.gazetteer; m != 0; m &= m - 1) {
      const int bit = std::countr_zero(m);
      add(Feature(kGazetteer, bit * 4 + capitalized * 2 + informative));
    }
    if (u > begin) {
      for (GazetteerMarks m = tokens_[u - 1].gazetteer; m != 0; m &= m - 1) {
        const int bit = std::countr_zero(m);
        add(Feature(kGazetteerNeighbour, 1, bit));
        // Titles and roles before a name ("President Putin", "Mr. Putin").
        if ((bit >> 1) == static_cast<int>(GazetteerCategory::kTitle) ||
            (bit >> 1) == static_cast<int>(GazetteerCategory::kRole)) {
          add(Feature(kGazetteerFormPair, bit, w0));
        }
      }
    }
    if (u + 1 < end) {
      for (GazetteerMarks m = tokens_[u + 1].gazetteer; m != 0; m &= m - 1) {
        add(Feature(kGazetteerNeighbour, 2, std::countr_zero(m)));
      }
    }
    if (IsCapitalized(info.word.case_class)) {
      for (std::uint8_t m = words_[info.word_slot].contexts; m != 0; m &= m - 1) {
        add(Feature(kDocumentContext, std::countr_zero(m) * 4 + informative * 2 +
                                          (info.run_begin == info.run_end ? 1 : 0)));
      }
    }
    if (IsCapitalized(info.word.case_class) && (info.context & kUninformative & ~kInitial) == 0) {
      const std::size_t first = info.run_begin, last = info.run_end;
      const std::uint64_t position = (first == last ? 0 : u == first ? 1 : u == last ? 3 : 2);
      const std::uint64_t length = std::min<std::size_t>(last - first + 1, 4);
      add(Feature(kRunShape, position * 8 + length));
      if (first != last) {
        add(Feature(kRunFirstForm, position, tokens_[first].lexical_form));
        add(Feature(kRunLastForm, position, tokens_[last].lexical_form));
        for (GazetteerMarks m = tokens_[last].gazetteer; m != 0; m &= m - 1) {
          add(Feature(kRunLastGazetteer, position, std::countr_zero(m)));
        }
      }
    }
  }
}

int DocumentFeaturizer::DynamicKeys(std::size_t token, int previous, int before_previous, int pass,
                                    std::uint32_t* out) const {
  const TokenInfo& info = tokens_[token];
  const std::uint64_t case0 = static_cast<std::uint64_t>(info.word.case_class);
  const std::uint64_t informative = (info.context & kUninformative) == 0 ? 1 : 0;
  int n = 0;
  out[n++] = FeatureKey(Feature(kPreviousTag, previous));
  out[n++] = FeatureKey(Feature(kPreviousTags, before_previous * 16 + previous));
  out[n++] = FeatureKey(Feature(kPreviousTagForm, previous, info.lexical_form));
  out[n++] = FeatureKey(Feature(kPreviousTagShape, previous, info.word.shape));
  out[n++] = FeatureKey(Feature(kPreviousTagCase, previous * 64 + case0 * 2 + informative));

  if (IsCapitalized(info.word.case_class) || info.word.case_class == CaseClass::kCaseless) {
    const WordStats& w = words_[info.word_slot];
    int counts[5];
    int total = 0;
    for (int k = 0; k < 5; ++k) {
      counts[k] = w.type_counts[k];
      total += counts[k];
    }
    if (pass == 2 && info.pass1_tag >= 0) {
      --counts[TagType(info.pass1_tag)];
      --total;
    }
    // Each type the word was given, with its share: "PER on all other occurrences" is strong,
    // "PER once, O twice" (an error in a headline, say) weaker.
    for (int k = 0; k < 5 && total > 0; ++k) {
      if (counts[k] == 0) continue;
      const std::uint64_t share = counts[k] == total ? 3 : 2 * counts[k] >= total ? 2 : 1;
      const std::uint64_t value = k * 4 + share;
      out[n++] = FeatureKey(Feature(kHistory, pass, value));
      out[n++] = FeatureKey(Feature(kHistoryCase, pass, value * 64 + case0 * 2 + informative));
    }
  }
  return n;
}

void DocumentFeaturizer::ClearHistory() {
  for (WordStats& w : words_) std::fill(std::begin(w.type_counts), std::end(w.type_counts), 0);
}

void DocumentFeaturizer::RecordTag(std::size_t token, int tag) {
  TokenInfo& info = tokens_[token];
  info.pass1_tag = static_cast<std::int8_t>(tag);
  if (IsCapitalized(info.word.case_class) || info.word.case_class == CaseClass::kCaseless) {
    ++words_[info.word_slot].type_counts[TagType(tag)];
  }
}

}  // namespace newslens::ner
