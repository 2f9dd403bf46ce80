// Normalization (see newslens/normalize.h).
//
// One pass over the text, segment by segment. A segment starts at a character whose
// decomposition begins with a starter that can never compose with a preceding character, so
// segments normalize independently: each one goes through utf8proc on its own (ASCII that is not
// followed by a combining mark skips utf8proc entirely), then its characters are folded. A
// segment whose bytes change becomes one atomic edit in the offset map.
#include "newslens/normalize.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace newslens {
namespace {

utf8proc_option_t UnicodeOptions(NormalizationForm form) {
  auto options = static_cast<int>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (form == NormalizationForm::kNfkc) options |= UTF8PROC_COMPAT;
  return static_cast<utf8proc_option_t>(options);
}

// utf8proc 2.8 marks characters that can be the second of a canonical composition with a
// comb_index of 0x8000 or more (and not 0xFFFF); Hangul jamo compose algorithmically.
bool CanComposeWithPrevious(char32_t cp) {
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return true;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return p->combining_class != 0 || (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000);
}

// True when no normalization can reorder or compose `cp` with what precedes it.
bool StartsSegment(char32_t cp, utf8proc_option_t options) {
  if (cp < 0x80) return true;
  utf8proc_int32_t decomposition[32];
  int boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp), decomposition, 32,
      static_cast<utf8proc_option_t>((options & ~UTF8PROC_COMPOSE) | UTF8PROC_DECOMPOSE),
      &boundclass);
  if (n <= 0) return true;
  return !CanComposeWithPrevious(static_cast<char32_t>(decomposition[0]));
}

enum class CharClass { kSpace, kLetter, kDigit, kOpener, kCloser, kPunct, kOther };

CharClass Classify(char32_t cp) {
  if (cp == 0 || cp == ' ' || cp == '\n' || cp == '\t' || cp == '\f') return CharClass::kSpace;
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == '(' || cp == '[' || cp == '{') return CharClass::kOpener;
    if (cp == ')' || cp == ']' || cp == '}') return CharClass::kCloser;
    return CharClass::kPunct;
  }
  if (cp == 0x201C || cp == 0x2018) return CharClass::kOpener;  // folded opening marks
  if (cp == 0x2014) return CharClass::kOpener;                  // a dash opens like a space
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PI:
      return CharClass::kOpener;
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PF:
      return CharClass::kCloser;
    default:
      return CharClass::kPunct;
  }
}

bool IsWordChar(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

enum class Mark { kNone, kDouble, kSingle };
enum class Lean { kOpen, kClose, kEither };  // what the glyph suggests

// Quotation marks and what their glyph suggests. Prime (′) counts only as an apostrophe.
Mark QuoteMark(char32_t cp, Lean* lean) {
  switch (cp) {
    case '"':
    case 0xFF02:
    case 0x301D:
    case 0x301E:
    case 0x301F:
      *lean = Lean::kEither;
      return Mark::kDouble;
    case 0x201C:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x300C:
    case 0x300E:
      *lean = Lean::kOpen;
      return Mark::kDouble;
    case 0x201D:
    case 0x00BB:
    case 0x300D:
    case 0x300F:
      *lean = Lean::kClose;
      return Mark::kDouble;
    case '\'':
    case 0x02BC:
    case 0x2032:
    case 0xFF07:
      *lean = Lean::kEither;
      return Mark::kSingle;
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x2039:
      *lean = Lean::kOpen;
      return Mark::kSingle;
    case 0x2019:
    case 0x203A:
      *lean = Lean::kClose;
      return Mark::kSingle;
    default:
      return Mark::kNone;
  }
}

constexpr std::string_view kOpenDouble = "\u201C", kCloseDouble = "\u201D";
constexpr std::string_view kOpenSingle = "\u2018", kCloseSingle = "\u2019";
constexpr std::string_view kApostrophe = "'";

class Folder {
 public:
  // The folded form of `cp` given its neighbours, appended to `out`. `next2` and `next3` are the
  // code points after `next` (for "’90s").
  void Fold(char32_t cp, char32_t prev, char32_t next, char32_t next2, char32_t next3,
            std::string* out) {
    Lean lean;
    const Mark mark = QuoteMark(cp, &lean);
    if (mark != Mark::kNone) {
      out->append(FoldQuote(cp, mark, lean, prev, next, next2, next3));
      return;
    }
    switch (cp) {
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2E3A:
      case 0x2E3B:
      case 0xFE58:
      case 0xFE63:
      case 0xFF0D:
        out->append("\u2014");
        return;
      case 0x2010:
      case 0x2011:
      case 0x2212:
        out->push_back('-');
        return;
      case 0x2026:
        out->append("...");
        return;
      case 0x2028:
      case 0x0085:
        out->push_back('\n');
        return;
      case 0x2029:
        out->append("\n\n");
        return;
      case 0x00AD:
      case 0x061C:
      case 0x180E:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x200E:
      case 0x200F:
      case 0x202A:
      case 0x202B:
      case 0x202C:
      case 0x202D:
      case 0x202E:
      case 0x2060:
      case 0x2066:
      case 0x2067:
      case 0x2068:
      case 0x2069:
      case 0xFEFF:
        return;  // invisible: removed
      default:
        break;
    }
    if (cp >= 0x80 && cp <= 0x9F) {  // C1 controls
      out->push_back(' ');
      return;
    }
    if (cp > 0x7F && utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS) {
      out->push_back(' ');
      return;
    }
    utf8::Append(cp, out);
  }

  // A blank line ends a paragraph: quotation marks left open there stay open no longer.
  void EndParagraph() { double_open_ = single_open_ = false; }

 private:
  std::string_view FoldQuote(char32_t cp, Mark mark, Lean lean, char32_t prev, char32_t next,
                             char32_t next2, char32_t next3) {
    const CharClass before = Classify(prev), after = Classify(next);
    if (mark == Mark::kSingle) {
      // Apostrophes: inside a word (don’t, Kyiv’s), or eliding a year's century (’90s).
      if (IsWordChar(before) && after == CharClass::kLetter) return kApostrophe;
      // An opening glyph before digits is a quote ("‘90 percent’") unless a decade follows
      // ("‘90s", autocorrect's usual mistake for ’90s).
      if (!IsWordChar(before) && after == CharClass::kDigit &&
          Classify(next2) == CharClass::kDigit && Classify(next3) != CharClass::kDigit &&
          (lean != Lean::kOpen || next3 == 's')) {
        return kApostrophe;
      }
      if (cp == 0x2032) return "\u2032";  // a prime that is not an apostrophe: minutes, feet
    }
    bool& open_state = mark == Mark::kDouble ? double_open_ : single_open_;
    const bool can_open = after != CharClass::kSpace && after != CharClass::kCloser &&
                          (after != CharClass::kPunct || !IsWordChar(before));
    // Between a space and punctuation (French spacing: "« Non », a-t-il dit") the position
    // says nothing, so the glyph or the open state decides.
    const bool can_close = (before != CharClass::kSpace && before != CharClass::kOpener) ||
                           (before == CharClass::kSpace && after == CharClass::kPunct);
    bool opens;
    if (can_open && !can_close) {
      opens = true;
    } else if (can_close && !can_open) {
      opens = false;
    } else if (mark == Mark::kSingle && IsWordChar(before) && !single_open_) {
      // "the players’ union", "goin’ home": after a word and with no single quote open, it is
      // an apostrophe.
      return kApostrophe;
    } else if (lean == Lean::kEither) {
      opens = !open_state;
    } else {
      opens = lean == Lean::kOpen;
    }
    if (!opens && mark == Mark::kSingle && !single_open_ && IsWordChar(before)) {
      return kApostrophe;
    }
    open_state = opens;
    if (mark == Mark::kDouble) return opens ? kOpenDouble : kCloseDouble;
    return opens ? kOpenSingle : kCloseSingle;
  }

  bool double_open_ = false;
  bool single_open_ = false;
};

class Normalizer {
 public:
  Normalizer(std::string_view text, const NormalizeOptions& options)
      : text_(text), options_(options), unicode_options_(UnicodeOptions(options.form)) {}

  NormalizedText Run() && {
    out_.reserve(text_.size() + 16);
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[pos]);
      const bool ascii_alone = b < 0x80 && (pos + 1 >= text_.size() ||
                                            static_cast<unsigned char>(text_[pos + 1]) < 0x80);
      if (IsDoubledMark(pos)) {
        Flush(pos);
        DoubledMark(pos);
        pos += 2;
        run_start_ = pos;
        continue;
      }
      if (ascii_alone && !NeedsFold(b)) {
        ++pos;  // kept: extends the pending run
        continue;
      }
      Flush(pos);
      const std::size_t end = ascii_alone ? pos + 1 : SegmentEnd(pos);
      Segment(pos, end);
      pos = end;
      run_start_ = pos;
    }
    Flush(text_.size());
    NormalizedText result;
    result.text = std::move(out_);
    result.to_source = std::move(map_).Finish();
    return result;
  }

 private:
  bool NeedsFold(unsigned char b) const {
    return options_.fold && (b == '"' || b == '\'' || b == '\n');
  }

  // '' and `` stand for a double quotation mark in some newspapers' archives (''Yes,'' he
  // said) and in text typed for TeX (``Yes,'' he said).
  bool IsDoubledMark(std::size_t pos) const {
    if (!options_.fold || pos + 1 >= text_.size()) return false;
    const char c = text_[pos];
    return (c == '\'' || c == '`') && text_[pos + 1] == c;
  }

  // Folds the doubled mark at `pos` like a straight double quotation mark.
  void DoubledMark(std::size_t pos) {
    char32_t next[3];
    Peek({}, 0, pos + 2, next);
    const std::size_t before = out_.size();
    folder_.Fold(text_[pos] == '`' ? 0x201C : '"', prev_, next[0], next[1], next[2], &out_);
    map_.Replace(2, out_.size() - before);
    std::size_t last;
    prev_ = utf8::DecodeBefore(out_, out_.size(), &last);
  }

  // Writes out the pending run of unchanged ASCII [run_start_, pos).
  void Flush(std::size_t pos) {
    if (pos > run_start_) {
      out_.append(text_.substr(run_start_, pos - run_start_));
      map_.Keep(pos - run_start_);
      prev_ = static_cast<unsigned char>(text_[pos - 1]);
    }
    run_start_ = pos;
  }

  // The end of the segment that starts at `pos`: the next character that starts a segment.
  //
  // A segment holds at most kMaxNonStarters characters after its first, the limit of UAX #15's
  // Stream-Safe Text Format (no text in any language needs more). A longer run is cut there and
  // each piece normalized on its own: utf8proc orders combining marks by swapping neighbours,
  // quadratic in the run's length (a 160 KB run of alternating marks took 20 s, 1 MB would take
  // 15 minutes), so without the cut a small input could stall the whole analysis.
  static constexpr int kMaxNonStarters = 30;

  std::size_t SegmentEnd(std::size_t pos) const {
    std::size_t end = pos + utf8::DecodeAt(text_, pos).length;
    for (int n = 0; end < text_.size() && n < kMaxNonStarters; ++n) {
      const utf8::Decoded d = utf8::DecodeAt(text_, end);
      if (StartsSegment(d.code_point, unicode_options_)) break;
      end += d.length;
    }
    return end;
  }

  // Normalizes and folds text_[start, end) into out_.
  void Segment(std::size_t start, std::size_t end) {
    const std::string_view source = text_.substr(start, end - start);
    std::string_view unicode = source;
    if (!(source.size() == 1 && static_cast<unsigned char>(source[0]) < 0x80)) {
      unicode = UnicodeNormalize(source);
    }
    const std::size_t before = out_.size();
    if (options_.fold) {
      for (std::size_t i = 0; i < unicode.size();) {
        const utf8::Decoded d = utf8::DecodeAt(unicode, i);
        i += d.length;
        char32_t next[3];
        Peek(unicode, i, end, next);
        FoldOne(d.code_point, next);
      }
    } else {
      out_.append(unicode);
    }
    const std::string_view produced = std::string_view(out_).substr(before);
    if (produced == source) {
      map_.Keep(source.size());
    } else {
      map_.Replace(source.size(), produced.size());
    }
    if (!produced.empty()) {
      std::size_t last;
      prev_ = utf8::DecodeBefore(out_, out_.size(), &last);
    }
  }

  void FoldOne(char32_t cp, const char32_t next[3]) {
    const std::size_t before = out_.size();
    folder_.Fold(cp, prev_, next[0], next[1], next[2], &out_);
    if (out_.size() == before) return;  // removed: the neighbours see past it
    // The next character's neighbour, also inside a segment that normalization expanded
    // (NFKC spells ‴ as three primes).
    std::size_t last;
    prev_ = utf8::DecodeBefore(out_, out_.size(), &last);
    if (prev_ == '\n' && EndsBlankLine()) folder_.EndParagraph();
  }

  // True when the output ends with a line of nothing but blanks, which ends a paragraph for the
  // segmenter too ("\n\n", "\n  \n", U+2029).
  bool EndsBlankLine() const {
    std::size_t i = out_.size() - 1;  // the final '\n'
    while (i > 0 && (out_[i - 1] == ' ' || out_[i - 1] == '\t' || out_[i - 1] == '\f')) --i;
    return i > 0 && out_[i - 1] == '\n';
  }

  // The three code points after position `i` of the segment's normalized text, continuing into
  // the source text after `source_end`; 0 past the end.
  void Peek(std::string_view segment, std::size_t i, std::size_t source_end,
            char32_t next[3]) const {
    int k = 0;
    for (; k < 3 && i < segment.size(); ++k) {
      const utf8::Decoded d = utf8::DecodeAt(segment, i);
      next[k] = d.code_point;
      i += d.length;
    }
    for (std::size_t j = source_end; k < 3; ++k) {
      if (j < text_.size()) {
        const utf8::Decoded d = utf8::DecodeAt(text_, j);
        next[k] = d.code_point;
        j += d.length;
      } else {
        next[k] = 0;
      }
    }
  }

  std::string_view UnicodeNormalize(std::string_view source) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(source.data());
    const auto length = static_cast<utf8proc_ssize_t>(source.size());
    utf8proc_ssize_t n =
        utf8proc_decompose(bytes, length, buffer_.data(),
                           static_cast<utf8proc_ssize_t>(buffer_.size()), unicode_options_);
    if (n > static_cast<utf8proc_ssize_t>(buffer_.size())) {
      buffer_.resize(static_cast<std::size_t>(n));
      n = utf8proc_decompose(bytes, length, buffer_.data(), n, unicode_options_);
    }
    if (n < 0) return source;  // cannot happen on valid UTF-8; keep the text rather than lose it
    const utf8proc_ssize_t encoded = utf8proc_reencode(buffer_.data(), n, unicode_options_);
    if (encoded < 0) return source;
    return {reinterpret_cast<const char*>(buffer_.data()), static_cast<std::size_t>(encoded)};
  }

  std::string_view text_;
  NormalizeOptions options_;
  utf8proc_option_t unicode_options_;
  std::string out_;
  OffsetMapBuilder map_;
  std::size_t run_start_ = 0;
  char32_t prev_ = 0;  // the last character written (0 at the start)
  Folder folder_;
  std::vector<utf8proc_int32_t> buffer_ = std::vector<utf8proc_int32_t>(64);
};

}  // namespace

NormalizedText Normalize(std::string_view utf8, const NormalizeOptions& options) {
  return Normalizer(utf8, options).Run();
}

std::string UnicodeNormalizeReference(std::string_view utf8, NormalizationForm form) {
  utf8proc_uint8_t* result = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                   static_cast<utf8proc_ssize_t>(utf8.size()), &result, UnicodeOptions(form));
  std::string out;
  if (n >= 0 && result != nullptr) out.assign(reinterpret_cast<const char*>(result), n);
  std::free(result);
  return out;
}

}  // namespace newslens
