// The tokenizer (see newslens/segment.h). Works on normalized text, where apostrophes are the
// ASCII ' and quotation marks are “ ” ‘ ’, so a ' inside a word is never a quotation mark.
#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "newslens/segment.h"
#include "segment/abbreviations.h"
#include "text/char_class.h"
#include "text/utf8.h"
#include "text/word_classes.h"

namespace newslens {
namespace {

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* tokens) : text_(text), tokens_(tokens) {}

  void Run(Span range) {
    std::size_t pos = range.start;
    const std::size_t end = range.end;
    end_ = end;
    // Every token start is tried as an e-mail address, which reads on to an '@': most
    // paragraphs have none, and then need not be read twice.
    has_at_ = text_.substr(pos, end - pos).find('@') != std::string_view::npos;
    while (pos < end) {
      const utf8::Decoded d = utf8::DecodeAt(text_, pos);
      const char32_t cp = d.code_point;
      if (chars::IsSpace(cp)) {
        pos += d.length;
      } else if (std::size_t url = UrlEnd(pos); url > pos) {
        Emit(pos, url, TokenKind::kUrl);
        pos = url;
      } else if (std::size_t email = EmailEnd(pos); email > pos) {
        Emit(pos, email, TokenKind::kEmail);
        pos = email;
      } else if (chars::IsDigit(cp)) {
        pos = Number(pos);
      } else if (chars::IsLetter(cp)) {
        pos = Word(pos);
      } else if (cp == '\'' && chars::IsDigit(At(pos + 1)) &&
                 chars::IsDigit(At(NextPos(pos + 1)))) {
        pos = Number(pos + 1, pos);  // '90s
      } else if (text_.compare(pos, 3, "...") == 0) {
        Emit(pos, pos + 3, TokenKind::kPunctuation);
        pos += 3;
      } else if (text_.compare(pos, 2, "--") == 0) {
        std::size_t e = pos;
        while (e < end && text_[e] == '-') ++e;
        Emit(pos, e, TokenKind::kPunctuation);
        pos = e;
      } else {
        Emit(pos, pos + d.length, TokenKind::kPunctuation);
        pos += d.length;
      }
    }
  }

 private:
  char32_t At(std::size_t pos) const {
    return pos < end_ ? utf8::DecodeAt(text_, pos).code_point : 0;
  }
  std::size_t NextPos(std::size_t pos) const {
    return pos < end_ ? pos + utf8::DecodeAt(text_, pos).length : pos;
  }

  void Emit(std::size_t start, std::size_t end, TokenKind kind) {
    tokens_->push_back(
        {{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}, kind});
  }

  bool StartsWithIgnoreCase(std::size_t pos, std::string_view prefix) const {
    if (end_ - pos < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = text_[pos + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != prefix[i]) return false;
    }
    return true;
  }

  // Characters a URL or e-mail address may hold (RFC 3986's unreserved, reserved and '%').
  static bool IsUrlChar(char c) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c >= '0' && c <= '9') return true;
    return std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
  }

  // Trailing punctuation belongs to the sentence, not the address; a ')' stays when the
  // address opened one ("https://en.wikipedia.org/wiki/Kyiv_(city)").
  std::size_t TrimAddress(std::size_t start, std::size_t end) const {
    while (end > start) {
      const char c = text_[end - 1];
      if (c == ')') {
        int open = 0;
        for (std::size_t i = start; i < end; ++i) open += (text_[i] == '(') - (text_[i] == ')');
        if (open >= 0) break;
      } else if (std::string_view(".,;:!?'").find(c) == std::string_view::npos) {
        break;
      }
      --end;
    }
    return end;
  }

  std::size_t UrlEnd(std::size_t pos) const {
    if (!StartsWithIgnoreCase(pos, "http://") && !StartsWithIgnoreCase(pos, "https://") &&
        !StartsWithIgnoreCase(pos, "www.")) {
      return pos;
    }
    std::size_t e = pos;
    while (e < end_ && IsUrlChar(text_[e])) ++e;
    e = TrimAddress(pos, e);
    // "www." alone, or "http://" without a host, is not a URL.
    const std::size_t host = text_.find("//", pos);
    const std::size_t min = StartsWithIgnoreCase(pos, "www.") ? pos + 5 : host + 3;
    return e >= min ? e : pos;
  }

  std::size_t EmailEnd(std::size_t pos) const {
    if (!has_at_) return pos;
    auto local = [](char c) {
      return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
             c == '_' || c == '-' || c == '+';
    };
    std::size_t at = pos;
    while (at < end_ && local(text_[at])) ++at;
    if (at == pos || at >= end_ || text_[at] != '@' || text_[pos] == '.') return pos;
    std::size_t e = at + 1;
    while (e < end_ && (local(text_[e]) && text_[e] != '+')) ++e;
    // Trimmed first: the period that ends a sentence is no dot of the domain.
    e = TrimAddress(at + 1, e);
    const std::size_t last_dot = text_.substr(0, e).rfind('.');
    if (last_dot == std::string_view::npos || last_dot <= at + 1 || last_dot + 1 >= e) {
      return pos;  // needs a dot inside the domain
    }
    return e;
  }

  // Digits with inner separators (3.5, 1,000, 10:30, 2025-02-01, 9/11), then letters that
  // stick to them (90s, 2nd, 5pm).
  std::size_t Number(std::size_t pos, std::size_t token_start = std::string_view::npos) {
    const std::size_t start = token_start == std::string_view::npos ? pos : token_start;
    std::size_t e = pos;
    while (e < end_) {
      const char32_t cp = At(e);
      if (chars::IsDigit(cp)) {
        e = NextPos(e);
      } else if ((cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-') &&
                 chars::IsDigit(At(e + 1))) {
        e += 1;
      } else {
        break;
      }
    }
    while (e < end_ && chars::IsLetter(At(e))) e = NextPos(e);
    Emit(start, e, TokenKind::kNumber);
    return e;
  }

  // True when a number follows `pos` after spaces ("No. 10").
  bool NumberFollows(std::size_t pos) const {
    while (pos < end_ && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return chars::IsDigit(At(pos));
  }

  static bool IsAsciiLetterOrDigit(char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  }

  static bool IsContraction(std::string_view s) {
    auto eq = [&](std::string_view w) {
      if (s.size() != w.size()) return false;
      for (std::size_t i = 0; i < s.size(); ++i)
        if ((s[i] | 0x20) != w[i]) return false;
      return true;
    };
    return eq("s") || eq("re") || eq("ve") || eq("ll") || eq("d") || eq("m");
  }

  // Whether the word at `pos` opens a sentence, where a capital says nothing ("Self-made
  // billionaire ...", "State-owned firms ..." stay whole): nothing but spaces and an opening
  // mark between it and the text's start, a line's or a sentence's end (a full stop after a
  // word of five letters or more, not an abbreviation's).
  bool OpensSentence(std::size_t pos) const {
    std::size_t k = pos;
    while (k > 0) {
      const char c = text_[k - 1];
      if (c == ' ' || c == '\t' || c == '"' || c == '(') {
        --k;
        continue;
      }
      if (k >= 3 && (text_.substr(k - 3, 3) == "\u201C" || text_.substr(k - 3, 3) == "\u2018")) {
        k -= 3;
        continue;
      }
      if (c != '.') return c == '\n' || c == '!' || c == '?';
      // A full stop after a word of five letters or more ends a sentence; after "St.", "Mr.",
      // "Gov.", "Corp." it may end an abbreviation.
      std::size_t word = k - 1;
      while (word > 0 && IsAsciiLetterOrDigit(text_[word - 1])) --word;
      return k - 1 - word >= 5;
    }
    return true;
  }

  // Whether the word at `pos` (after a hyphen) is a participle that makes an adjective of the
  // name before it (IsParticipleOfName).
  bool ParticipleOfName(std::size_t pos) const {
    std::size_t e = pos;
    while (e < end_ && IsAsciiLetterOrDigit(text_[e])) ++e;
    if (e < end_ && (chars::IsWordChar(At(e)) || text_[e] == '-')) return false;
    return IsParticipleOfName(text_.substr(pos, e - pos));
  }

  // Whether the full stop at `dot`, after a word, is inside a site's name: a domain's ending in
  // small ASCII letters follows it ("Amazon.com"), and no letter, digit or full stop after that.
  bool DotJoinsName(std::size_t dot) const {
    std::size_t e = dot + 1;
    while (e < end_ && text_[e] >= 'a' && text_[e] <= 'z') ++e;
    if (e < end_ && (chars::IsWordChar(At(e)) || text_[e] == '.' || text_[e] == '-' ||
                     text_[e] == '\'' || text_[e] == '@'))
      return false;
    const std::string_view after = text_.substr(dot + 1, e - dot - 1);
    static constexpr std::string_view kEndings[] = {"com", "org", "net", "io",   "co",
                                                    "gov", "edu", "uk",  "news", "africa"};
    return std::find(std::begin(kEndings), std::end(kEndings), after) != std::end(kEndings);
  }

  // A run of letters and digits from `pos`, joined by inner hyphens and apostrophes; a hyphen
  // before a participle of a name is none.
  std::size_t Word(std::size_t pos) {
    const std::size_t start = pos;
    std::size_t e = pos;
    while (true) {
      while (e < end_) {  // letters and digits, ASCII ones without decoding
        const char b = text_[e];
        if (static_cast<unsigned char>(b) < 0x80) {
          if (!IsAsciiLetterOrDigit(b)) break;
          ++e;
          continue;
        }
        const utf8::Decoded d = utf8::DecodeAt(text_, e);
        if (!chars::IsWordChar(d.code_point)) break;
        e += d.length;
      }
      if (e + 1 >= end_) break;
      const char c = text_[e];
      if (c == '-' && chars::IsWordChar(At(e + 1))) {
        // "St. Louis-based", "Toronto-listed": a name and the participle that makes an
        // adjective of it are two words, so that the name is one of its own.
        if (chars::IsUpper(At(start)) && !OpensSentence(start) && ParticipleOfName(e + 1)) break;
        e += 1;
        continue;
      }
      // "Amazon.com", "Nation.africa": a site's name, a full stop inside it before a domain's
      // ending in small letters; not an initial's ("J.Smith"), nor a sentence's end with no
      // space after it ("on Monday.The company").
      if (c == '.' && e - start >= 2 && chars::IsLetter(At(e + 1)) && DotJoinsName(e)) {
        e += 1;
        continue;
      }
      // Normalized text spells the apostrophe ', text normalized without folding may still
      // spell it ’ (which between letters is never a quotation mark).
      const std::size_t apostrophe = c == '\'' ? 1 : At(e) == 0x2019 ? 3 : 0;
      if (apostrophe > 0 && chars::IsLetter(At(e + apostrophe))) {
        // A clitic ends the word: "Kyiv's" -> Kyiv 's, "don't" -> do n't, "they'll" -> they 'll.
        std::size_t s = e + apostrophe;
        while (s < end_ && chars::IsLetter(At(s))) s = NextPos(s);
        const std::string_view after = text_.substr(e + apostrophe, s - e - apostrophe);
        if (IsContraction(after)) {
          Emit(start, e, TokenKind::kWord);
          Emit(e, s, TokenKind::kContraction);
          return s;
        }
        if ((after == "t" || after == "T") && e - start >= 2 &&
            (text_[e - 1] == 'n' || text_[e - 1] == 'N')) {
          if (e - 1 > start) Emit(start, e - 1, TokenKind::kWord);
          Emit(e - 1, s, TokenKind::kContraction);
          return s;
        }
        e += apostrophe;  // O'Brien, rock'n'roll
        continue;
      }
      break;
    }
    // "players'" -> players '
    if (e < end_ && text_[e] == '\'' && e > start && (text_[e - 1] == 's' || text_[e - 1] == 'S') &&
        !chars::IsWordChar(At(e + 1))) {
      Emit(start, e, TokenKind::kWord);
      Emit(e, e + 1, TokenKind::kContraction);
      return e + 1;
    }
    // Periods: acronyms (U.S., a.m.), initials (J.), known abbreviations (Mr., Feb.).
    if (e < end_ && text_[e] == '.') {
      const std::string_view word = text_.substr(start, e - start);
      const bool single_letter = utf8::DecodeAt(text_, start).length == word.size();
      if (single_letter) {
        // Extend over further "X." pairs ("S.E.C."), but for a word run on after a period
        // ("J.Smith").
        const auto pair_at = [&](std::size_t p) {
          return p < end_ && chars::IsLetter(At(p)) && NextPos(p) < end_ &&
                 text_[NextPos(p)] == '.';
        };
        std::size_t a = e + 1;
        while (pair_at(a) && (!chars::IsLetter(At(NextPos(a) + 1)) || pair_at(NextPos(a) + 1)))
          a = NextPos(a) + 1;
        // Inner letters are single too: "U.S.", "e.g."; a lone lower-case letter is no initial.
        if (a > e + 1 || chars::IsUpper(At(start))) {
          Emit(start, a, TokenKind::kWord);
          return a;
        }
      } else if (const AbbreviationClass cls = LookupAbbreviation(word);
                 cls != AbbreviationClass::kNone &&
                 (cls != AbbreviationClass::kNumber || NumberFollows(e + 1))) {
        Emit(start, e + 1, TokenKind::kWord);
        return e + 1;
      }
    }
    Emit(start, e, TokenKind::kWord);
    return e;
  }

  std::string_view text_;
  std::vector<Token>* tokens_;
  std::size_t end_ = 0;
  bool has_at_ = false;  // the range holds an '@'
};

}  // namespace

void Tokenize(std::string_view text, Span range, std::vector<Token>* tokens) {
  Tokenizer(text, tokens).Run(range);
}

}  // namespace newslens
