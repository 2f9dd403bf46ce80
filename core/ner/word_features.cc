#include "ner/word_features.h"

#include "ner/feature_templates.h"

namespace newslens::ner {
namespace {

constexpr std::uint64_t kFnvOffset = 0xCBF29CE484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001B3ull;

// Decodes one code point at `p` (`p < end`); ill-formed bytes decode as U+FFFD of length 1.
char32_t DecodeUtf8(const unsigned char* p, const unsigned char* end, int* length) {
  const unsigned char b = p[0];
  if (b < 0x80) {
    *length = 1;
    return b;
  }
  int n = 0;
  char32_t cp = 0;
  if ((b & 0xE0) == 0xC0) {
    n = 2;
    cp = b & 0x1F;
  } else if ((b & 0xF0) == 0xE0) {
    n = 3;
    cp = b & 0x0F;
  } else if ((b & 0xF8) == 0xF0) {
    n = 4;
    cp = b & 0x07;
  } else {
    *length = 1;
    return 0xFFFD;
  }
  if (end - p < n) {
    *length = 1;
    return 0xFFFD;
  }
  for (int i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  *length = n;
  return cp;
}

int EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Base letters of U+00C0..U+017F, lower case; '*' marks the two non-letters (× ÷). Ligatures
// and thorn fold to their first letter: enough for matching names.
constexpr char kLatinFold[] =
    "aaaaaaaceeeeiiii"   // C0-CF
    "dnooooo*ouuuuyts"   // D0-DF
    "aaaaaaaceeeeiiii"   // E0-EF
    "dnooooo*ouuuuyty"   // F0-FF
    "aaaaaaccccccccdd"   // 100-10F
    "ddeeeeeeeeeegggg"   // 110-11F
    "gggghhhhiiiiiiii"   // 120-12F
    "iiiijjkkklllllll"   // 130-13F
    "lllnnnnnnnnnoooo"   // 140-14F
    "oooorrrrrrssssss"   // 150-15F
    "ssttttttuuuuuuuu"   // 160-16F
    "uuuuwwyyyzzzzzzs";  // 170-17F

enum class LetterCase : std::uint8_t { kNone, kUpper, kLower, kCaseless };

struct Letter {
  LetterCase letter_case = LetterCase::kNone;
  char32_t lower = 0;  // the lower-case, diacritic-free code point
};

bool IsLatinExtendedAUpper(char32_t cp) {
  if (cp <= 0x137) return cp % 2 == 0;
  if (cp == 0x138) return false;
  if (cp <= 0x148) return cp % 2 == 1;
  if (cp == 0x149) return false;
  if (cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp <= 0x17E) return cp % 2 == 1;
  return false;
}

Letter ClassifyLetter(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return {LetterCase::kLower, cp};
  if (cp >= 'A' && cp <= 'Z') return {LetterCase::kUpper, cp + 32};
  if (cp < 0xC0) return {};
  if (cp <= 0x17F) {
    const char base = kLatinFold[cp - 0xC0];
    if (base == '*') return {};
    bool upper;
    if (cp < 0x100) {
      upper = cp < 0xDF;
    } else {
      upper = IsLatinExtendedAUpper(cp);
    }
    return {upper ? LetterCase::kUpper : LetterCase::kLower, static_cast<char32_t>(base)};
  }
  // Romanian comma-below letters (Ș ș Ț ț).
  if (cp >= 0x218 && cp <= 0x21B) {
    return {cp % 2 == 0 ? LetterCase::kUpper : LetterCase::kLower,
            static_cast<char32_t>(cp < 0x21A ? 's' : 't')};
  }
  if (cp >= 0x391 && cp <= 0x3A9) return {LetterCase::kUpper, cp + 0x20};
  if (cp >= 0x3B1 && cp <= 0x3C9) return {LetterCase::kLower, cp};
  if (cp >= 0x400 && cp <= 0x40F) return {LetterCase::kUpper, cp + 0x50};
  if (cp >= 0x410 && cp <= 0x42F) return {LetterCase::kUpper, cp + 0x20};
  if (cp >= 0x430 && cp <= 0x45F) return {LetterCase::kLower, cp};
  // Everything else that is not punctuation or a symbol counts as a letter without case: good
  // enough for shapes (the blocks below are the punctuation and symbols seen in news text).
  const bool symbol = (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                      (cp >= 0x1F000) || cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) ||
                      (cp >= 0x300 && cp <= 0x36F);
  if (symbol) return {};
  return {LetterCase::kCaseless, cp};
}

bool IsDoubleQuote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB ||
         cp == 0xBB;
}
bool IsSingleQuote(char32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B;
}
bool IsDash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// The form of a token made only of quotation marks or dashes, or 0 for other tokens.
char PunctuationForm(const unsigned char* p, const unsigned char* end) {
  // Most tokens are words: their first character settles it without reading the rest.
  if (p < end && *p < 0x80 && *p != '"' && *p != '\'' && *p != '`' && *p != '-') return 0;
  bool all_double = true, all_single = true, all_dash = true;
  int count = 0;
  while (p < end) {
    int n;
    const char32_t cp = DecodeUtf8(p, end, &n);
    p += n;
    ++count;
    all_double = all_double && IsDoubleQuote(cp);
    all_single = all_single && IsSingleQuote(cp);
    all_dash = all_dash && IsDash(cp);
  }
  if (count == 0) return 0;
  if (all_double) return '"';
  if (all_single) return count == 2 ? '"' : '\'';  // `` and '' are double quotation marks
  if (all_dash) return '-';
  return 0;
}

bool IsOpening(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == ':' || cp == '"' || cp == 0x201C ||
         cp == 0x2018 || cp == 0xAB || IsDash(cp);
}

struct FormHasher {
  std::uint64_t hash = kFnvOffset;
  std::uint64_t prefix[3] = {};
  std::uint32_t bytes = 0;
  unsigned char last[4] = {};  // the last four bytes, most recent at last[bytes % 4]

  void Add(char c) {
    const unsigned char b = static_cast<unsigned char>(c);
    hash = (hash ^ b) * kFnvPrime;
    last[bytes % 4] = b;
    ++bytes;
    if (bytes <= 3) prefix[bytes - 1] = hash;
  }
  void AddCodePoint(char32_t cp) {
    char buffer[4];
    const int n = EncodeUtf8(cp, buffer);
    for (int i = 0; i < n; ++i) Add(buffer[i]);
  }
  std::uint64_t Suffix(std::uint32_t k) const {
    if (bytes < k) return 0;
    std::uint64_t h = kFnvOffset ^ (0x5Full << 56);  // differs from the prefix hashes
    for (std::uint32_t i = bytes - k; i < bytes; ++i) h = (h ^ last[i % 4]) * kFnvPrime;
    return h;
  }
};

// Adds the normalized form of `token` to `hasher`; fills the case and shape facts if asked, as if
// the token were written in `written_as` case (kNoLetters: as it is written).
void Normalize(std::string_view token, FormHasher* hasher, WordFeatures* features,
               CaseClass written_as = CaseClass::kNoLetters) {
  const auto* p = reinterpret_cast<const unsigned char*>(token.data());
  const auto* end = p + token.size();
  char shape[32];
  int shape_length = 0;
  auto add_shape = [&](char c) {
    if (shape_length > 0 && shape[shape_length - 1] == c) return;
    if (shape_length < static_cast<int>(sizeof shape)) shape[shape_length++] = c;
  };
  int upper = 0, lower = 0, caseless = 0, code_points = 0;
  bool first_cased_upper = false, inner_capital = false, previous_letter = false;
  if (const char form = PunctuationForm(p, end); form != 0) {
    hasher->Add(form);
    add_shape(form);
    code_points = 1;
  } else {
    while (p < end) {
      int n;
      const char32_t cp = DecodeUtf8(p, end, &n);
      p += n;
      ++code_points;
      const Letter letter = ClassifyLetter(cp);
      switch (letter.letter_case) {
        case LetterCase::kUpper:
        case LetterCase::kLower: {
          const bool first = upper + lower == 0;
          bool is_upper = letter.letter_case == LetterCase::kUpper;
          if (written_as == CaseClass::kLower) is_upper = false;
          if (written_as == CaseClass::kUpper) is_upper = true;
          if (written_as == CaseClass::kTitle) is_upper = first;
          if (is_upper) {
            if (first) first_cased_upper = true;
            if (previous_letter) inner_capital = true;
            ++upper;
          } else {
            ++lower;
          }
          add_shape(is_upper ? 'X' : 'x');
          hasher->AddCodePoint(letter.lower);
          break;
        }
        case LetterCase::kCaseless:
          ++caseless;
          add_shape('L');
          hasher->AddCodePoint(letter.lower);
          break;
        case LetterCase::kNone:
          if (cp >= '0' && cp <= '9') {
            add_shape('d');
            hasher->Add('0');
          } else if (IsSingleQuote(cp)) {
            add_shape('\'');
            hasher->Add('\'');
          } else if (cp < 0x80) {
            add_shape(static_cast<char>(cp));
            hasher->Add(static_cast<char>(cp));
          } else {
            add_shape('p');
            hasher->AddCodePoint(cp);
          }
          break;
      }
      previous_letter = letter.letter_case != LetterCase::kNone;
    }
  }
  if (features == nullptr) return;
  CaseClass c;
  if (upper + lower == 0) {
    c = caseless > 0 ? CaseClass::kCaseless : CaseClass::kNoLetters;
  } else if (lower == 0) {
    c = upper >= 2 ? CaseClass::kUpper : CaseClass::kTitle;
  } else if (!first_cased_upper) {
    c = upper == 0 ? CaseClass::kLower : CaseClass::kMixed;
  } else {
    c = inner_capital ? CaseClass::kMixed : CaseClass::kTitle;
  }
  features->case_class = c;
  features->length = static_cast<std::uint8_t>(code_points > 255 ? 255 : code_points);
  std::uint64_t shape_hash = kFnvOffset ^ 0x51;
  for (int i = 0; i < shape_length; ++i) {
    shape_hash = (shape_hash ^ static_cast<unsigned char>(shape[i])) * kFnvPrime;
  }
  features->shape = shape_hash;
  int first_length = 0;
  const char32_t first =
      token.empty()
          ? 0
          : DecodeUtf8(reinterpret_cast<const unsigned char*>(token.data()),
                       reinterpret_cast<const unsigned char*>(token.data()) + token.size(),
                       &first_length);
  features->opening_punctuation =
      code_points == 1 ? IsOpening(first) : (token == "``" || token == "--");
}

}  // namespace

void ComputeWordFeatures(std::string_view token, WordFeatures* out) {
  FormHasher hasher;
  Normalize(token, &hasher, out);
  out->form = hasher.hash;
  const auto key = [](templates::Template t, int k, std::uint64_t hash) {
    return hash != 0 ? FeatureKey(templates::Feature(t, k, hash)) : 0;
  };
  for (int k = 0; k < 3; ++k) out->prefix_keys[k] = key(templates::kPrefix, k, hasher.prefix[k]);
  for (int k = 0; k < 4; ++k) {
    out->suffix_keys[k] = key(templates::kSuffix, k, hasher.Suffix(k + 1));
  }
}

void ApplyCase(std::string_view token, CaseClass written_as, WordFeatures* features) {
  FormHasher unused;
  Normalize(token, &unused, features, written_as);
}

std::uint64_t NormalizedFormHash(std::string_view token) {
  FormHasher hasher;
  Normalize(token, &hasher, nullptr);
  return hasher.hash;
}

std::size_t NormalizedForm(std::string_view token, char* out, std::size_t capacity) {
  std::size_t length = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(token.data());
  const auto* end = p + token.size();
  auto put = [&](char c) {
    if (length < capacity) out[length] = c;
    ++length;
  };
  if (const char form = PunctuationForm(p, end); form != 0) {
    put(form);
    return length < capacity ? length : capacity;
  }
  while (p < end) {
    int n;
    const char32_t cp = DecodeUtf8(p, end, &n);
    p += n;
    const Letter letter = ClassifyLetter(cp);
    char32_t emit = cp;
    if (letter.letter_case != LetterCase::kNone) {
      emit = letter.lower;
    } else if (cp >= '0' && cp <= '9') {
      emit = '0';
    } else if (IsSingleQuote(cp)) {
      emit = '\'';
    }
    char buffer[4];
    const int k = EncodeUtf8(emit, buffer);
    for (int i = 0; i < k; ++i) put(buffer[i]);
  }
  return length < capacity ? length : capacity;
}

std::string UpperCase(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  const auto* p = reinterpret_cast<const unsigned char*>(token.data());
  const auto* end = p + token.size();
  while (p < end) {
    int n;
    const char32_t cp = DecodeUtf8(p, end, &n);
    char32_t upper = cp;
    if (cp >= 'a' && cp <= 'z') {
      upper = cp - 32;
    } else if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) {
      upper = cp - 0x20;
    } else if (cp >= 0x100 && cp <= 0x17E && !IsLatinExtendedAUpper(cp) && cp != 0x138 &&
               cp != 0x149) {
      upper = cp - 1;
    } else if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) {
      upper = cp - 0x20;
    } else if (cp >= 0x430 && cp <= 0x44F) {
      upper = cp - 0x20;
    } else if (cp >= 0x450 && cp <= 0x45F) {
      upper = cp - 0x50;
    }
    if (cp == 0xFFFD && n == 1) {
      out.push_back(static_cast<char>(*p));
    } else {
      char buffer[4];
      out.append(buffer, EncodeUtf8(upper, buffer));
    }
    p += n;
  }
  return out;
}

bool IsNameConnector(std::uint64_t form) {
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

}  // namespace newslens::ner
