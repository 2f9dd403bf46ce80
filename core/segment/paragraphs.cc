// Paragraphs and their roles, then Segment(), which runs the whole stage (see
// newslens/segment.h).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/titles.h"
#include "newslens/segment.h"
#include "segment/sentences.h"
#include "text/char_class.h"
#include "text/utf8.h"
#include "text/word_classes.h"
#include "values/value_lexicon.h"

namespace newslens {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; }

Span Trim(std::string_view text, Span s) {
  while (s.start < s.end && (IsBlank(text[s.start]) || text[s.start] == '\n')) ++s.start;
  while (s.end > s.start && (IsBlank(text[s.end - 1]) || text[s.end - 1] == '\n')) --s.end;
  return s;
}

struct Line {
  Span span;  // trimmed
};

// Lines of `text`, with blank ones marked by an empty span.
std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    lines.push_back(
        {Trim(text, {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol)})});
    if (eol == text.size()) break;
    pos = eol + 1;
  }
  return lines;
}

bool StartsMarkdownBlock(std::string_view line) {
  return line.starts_with("#") || line.starts_with("> ") || line.starts_with("- ") ||
         line.starts_with("* ") || line.starts_with("+ ");
}

// Code points in `s`, as a length measure that does not punish non-Latin scripts.
std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Code points of the first word of `line` (up to its first space).
std::size_t FirstWordLength(std::string_view line) {
  return CodePoints(line.substr(0, line.find(' ')));
}

// True when `line` ends a sentence: . ! ? or :, perhaps followed by closing marks (".”").
bool EndsSentence(std::string_view line) {
  while (!line.empty()) {
    if (line.ends_with(")") || line.ends_with("]") || line.ends_with("\"") || line.ends_with("'")) {
      line.remove_suffix(1);
    } else if (line.ends_with("\u201D") || line.ends_with("\u2019")) {
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  return line.ends_with(".") || line.ends_with("!") || line.ends_with("?") || line.ends_with(":");
}

// Hard-wrapped lines of one paragraph. A wrapping program fills a line until the next word no
// longer fits, so every line but the last is of medium length (40 to 100 code points) and none
// opens a Markdown block. One-paragraph-per-line text can have lines of that length too, but its
// lines stop where paragraphs stop: a break is paragraph-like when the next line's first word
// would still have fitted on the line and the line ends a sentence or the next one starts with a
// capital or an opening mark. Wrapped text has such breaks only by chance (balanced wrappers
// such as fmt leave short lines), so a block is wrapped when fewer than half of its breaks are.
bool IsWrapped(std::string_view text, const std::vector<Line>& lines, std::size_t first,
               std::size_t end) {
  if (end - first < 2) return false;
  std::size_t width = 0;
  for (std::size_t i = first; i < end; ++i) {
    const std::string_view line = text.substr(lines[i].span.start, lines[i].span.size());
    if (StartsMarkdownBlock(line)) return false;
    const std::size_t n = CodePoints(line);
    if (i + 1 < end && (n < 40 || n > 100)) return false;
    width = std::max(width, n);
  }
  std::size_t paragraph_like = 0;
  for (std::size_t i = first; i + 1 < end; ++i) {
    const std::string_view line = text.substr(lines[i].span.start, lines[i].span.size());
    const std::string_view next = text.substr(lines[i + 1].span.start, lines[i + 1].span.size());
    const char32_t next_first = utf8::DecodeAt(next, 0).code_point;
    const bool next_opens = chars::IsUpper(next_first) || next_first == 0x201C ||
                            next_first == 0x2018 || next_first == '"' || next_first == '(';
    if (CodePoints(line) + 1 + FirstWordLength(next) <= width &&
        (EndsSentence(line) || next_opens)) {
      ++paragraph_like;
    }
  }
  return paragraph_like * 2 < end - first - 1;
}

std::vector<Span> SplitParagraphs(std::string_view text) {
  const std::vector<Line> lines = SplitLines(text);
  std::vector<Span> paragraphs;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].span.empty()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !lines[end].span.empty()) ++end;
    if (IsWrapped(text, lines, i, end)) {
      paragraphs.push_back({lines[i].span.start, lines[end - 1].span.end});
    } else {
      for (std::size_t k = i; k < end; ++k) paragraphs.push_back(lines[k].span);
    }
    i = end;
  }
  return paragraphs;
}

// The next word of `line` (up to its next space), taken off its front.
std::string_view TakeWord(std::string_view* line) {
  const std::size_t space = line->find(' ');
  const std::string_view word = line->substr(0, space);
  line->remove_prefix(space == std::string_view::npos ? line->size() : space + 1);
  return word;
}

// Whether `p` ends with a photographer's credit for an outlet, as a sentence of its own with no
// full stop: "... on Oct. 14. Jordan Pike for NPR", "Tierney L. Cross for The New York Times",
// "SÉBASTIEN VALLAT FOR LE MONDE".
// Two or three capitalized words (an initial among them), "for", then one to five capitalized
// words.
bool EndsWithCredit(std::string_view p) {
  // (After the caption's words: a line alone in Title Case is a headline or a subhead, "Warren
  // Endorses Biden for President".)
  const std::size_t stop = p.rfind(". ");
  if (stop == std::string_view::npos || p.ends_with('.')) return false;
  std::string_view credit = p.substr(stop + 2);
  if (credit.empty()) return false;
  int before = 0, after = 0;
  bool past_for = false;
  while (!credit.empty()) {
    const std::string_view word = TakeWord(&credit);
    if (!past_for && (word == "for" || word == "FOR")) {
      past_for = true;
      continue;
    }
    // (Words of an outlet's name in small letters: "The Times of India".)
    const bool small = past_for && (word == "of" || word == "the");
    if (!small && (word.empty() || !chars::IsUpper(utf8::DecodeAt(word, 0).code_point)))
      return false;
    // Words alone, no comma or closing mark after them; an initial's full stop before "for".
    const bool initial = !past_for && word.size() == 2 && word[1] == '.';
    std::size_t last = 0;
    if (!initial && !chars::IsLetter(utf8::DecodeBefore(word, word.size(), &last))) return false;
    ++(past_for ? after : before);
  }
  return past_for && before >= 2 && before <= 3 && after >= 1 && after <= 5;
}

// A photo caption or credit line.
bool LooksLikeCaption(std::string_view p) {
  constexpr std::size_t kMaxCaption = 400;
  if (p.size() > kMaxCaption) return false;
  if (EndsWithCredit(p)) return true;
  // "... in January [File: Idris Kamanda/Al Jazeera]", "[Reuters/Jana Hollis]": a credit in
  // brackets that ends the caption, the photographer and the outlet around a slash; and one
  // after the caption's last full stop, in capitalized words ("... on Tuesday. Kevin
  // Lathrop/CNN").
  constexpr std::size_t kLongestCredit = 80;  // bytes
  // "... in Tesk on Thursday © Ivo Marek/Kestrel Photo": a credit after a copyright sign (not
  // one a quotation holds: "The photo is stamped © Reuters,” she said).
  if (const std::size_t sign = p.rfind("\u00A9");
      sign != std::string_view::npos && p.size() - sign <= kLongestCredit && !p.ends_with('.') &&
      p.substr(sign).find('"') == std::string_view::npos &&
      p.substr(sign).find("\u201D") == std::string_view::npos)
    return true;
  if (p.ends_with(']')) {
    const std::size_t open = p.rfind('[');
    if (open != std::string_view::npos && p.size() - open <= kLongestCredit &&
        p.substr(open).find('/') != std::string_view::npos)
      return true;
  }
  if (const std::size_t stop = p.rfind(". ");
      stop != std::string_view::npos && p.size() - stop <= kLongestCredit && !p.ends_with('.')) {
    std::string_view credit = p.substr(stop + 2);
    bool capitals = credit.find('/') != std::string_view::npos;
    int words = 0;  // two at least: a name and an outlet ("Yes/No" is none)
    for (; capitals && !credit.empty(); ++words) {
      const std::string_view word = TakeWord(&credit);
      capitals = !word.empty() && chars::IsUpper(utf8::DecodeAt(word, 0).code_point);
    }
    if (capitals && words >= 2) return true;
  }
  static constexpr std::string_view kMarkers[] = {
      "(photo",        "photo:",       "photo by",   "photograph:", "getty images", "ap photo",
      "/reuters)",     "/afp)",        "afp via",    "image:",      "credit:",      "picture:",
      "(file photo",   "shutterstock", "/bloomberg", "/ap)",        "epa-efe",      "(courtesy",
      "image caption", "photo credit", "photos:"};
  // Every paragraph of an article is asked, so it is read once, not once per marker: a marker
  // can start only where the next two bytes are a marker's first two in some case, which a table
  // of all byte pairs (8 KB of bits) tells with one test, and which prose rarely passes.
  static constexpr auto kOpeningPairs = [] {
    std::array<std::uint64_t, 65536 / 64> pairs{};
    const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
    for (std::string_view m : kMarkers) {
      for (const char first : {m[0], upper(m[0])}) {
        for (const char second : {m[1], upper(m[1])}) {
          const unsigned pair =
              static_cast<unsigned char>(first) << 8 | static_cast<unsigned char>(second);
          pairs[pair / 64] |= std::uint64_t{1} << (pair % 64);
        }
      }
    }
    return pairs;
  }();
  for (std::size_t i = 0; i + 1 < p.size(); ++i) {
    const unsigned pair =
        static_cast<unsigned char>(p[i]) << 8 | static_cast<unsigned char>(p[i + 1]);
    if ((kOpeningPairs[pair / 64] >> (pair % 64) & 1) == 0) continue;
    for (std::string_view m : kMarkers)
      if (chars::StartsWithIgnoringAsciiCase(p.substr(i), m)) return true;
  }
  return false;
}

// Whether `word` opens with a capital and holds only letters and hyphens, and apostrophes where
// `apostrophes` ("O’Brien").
bool CapitalizedWordOfLetters(std::string_view word, bool apostrophes) {
  if (!chars::StartsUpper(word)) return false;
  for (std::size_t i = 0; i < word.size();) {
    const utf8::Decoded d = utf8::DecodeAt(word, i);
    if (!chars::IsLetter(d.code_point) && d.code_point != '-' &&
        !(apostrophes && (d.code_point == 0x2019 || d.code_point == '\'')))
      return false;
    i += d.length;
  }
  return true;
}

// "Natalie Kwok": a name alone on its line, two or three capitalized words of letters (a middle
// initial among them), the first a known first name, which between the headline and the
// story's first paragraph is its author's (not a subhead, "Powell Urges Patience", nor a place,
// "Nairobi Kenya").
bool IsBareName(std::string_view p) {
  if (!IsKnownFirstName(p.substr(0, p.find(' ')))) return false;
  int words = 0;
  while (!p.empty()) {
    const std::string_view word = TakeWord(&p);
    const bool initial = word.size() == 2 && word[1] == '.' && chars::StartsAsciiUpper(word);
    if (!initial && (word.size() < 2 || !CapitalizedWordOfLetters(word, /*apostrophes=*/true)))
      return false;
    ++words;
  }
  return words >= 2 && words <= 3;
}

// "Daria Kovel in Tesk" (the Financial Times's byline): a bare name (IsBareName), "in", and one
// to three capitalized words of letters, where the author writes from.
bool IsBareNameInPlace(std::string_view p) {
  const std::size_t in = p.find(" in ");
  if (in == std::string_view::npos || !IsBareName(p.substr(0, in))) return false;
  std::string_view place = p.substr(in + 4);
  int words = 0;
  for (; !place.empty(); ++words)
    if (!CapitalizedWordOfLetters(TakeWord(&place), /*apostrophes=*/false)) return false;
  return words >= 1 && words <= 3;
}

bool LooksLikeByline(std::string_view p, std::size_t tokens) {
  if (tokens > 16 || p.size() > 200 || p.ends_with(".")) return false;
  for (std::string_view prefix : {"By ", "BY ", "Reporting by ", "Written by "}) {
    if (p.starts_with(prefix) && p.size() > prefix.size() &&
        chars::IsUpper(utf8::DecodeAt(p, prefix.size()).code_point)) {
      return true;
    }
  }
  // "Harriet Sowerby Health correspondent", "Harriet Mulvaney Health policy editor" (the
  // Guardian's): a name and a beat, capitalized, the beat perhaps going on in small letters,
  // then a journalist's role in small letters, with no comma.
  if (tokens >= 4 && tokens <= 7 && p.find_first_of(",.\n") == std::string_view::npos &&
      chars::IsUpper(utf8::DecodeAt(p, 0).code_point)) {
    for (std::string_view role : {" correspondent", " reporter", " editor", " writer"}) {
      if (!p.ends_with(role)) continue;
      std::string_view words = p.substr(0, p.size() - role.size());
      std::size_t capitalized = 0, small = 0;  // words before the role
      while (!words.empty()) {
        const bool upper = chars::IsUpper(utf8::DecodeAt(words, 0).code_point);
        if (upper && small > 0) return false;  // capitals again after the beat's small letters
        ++(upper ? capitalized : small);
        const std::size_t space = words.find(' ');
        words.remove_prefix(space == std::string_view::npos ? words.size() : space + 1);
      }
      // A name of two words or more and a beat; a beat in small letters after a first name the
      // lists know ("The Daily Show hires new correspondent" is a headline).
      return capitalized >= 3 && (small == 0 || IsKnownFirstName(p.substr(0, p.find(' '))));
    }
  }
  // "Orla Whelan, Western Correspondent": a name, a comma and a journalist's beat, capitalized.
  const std::size_t comma = p.find(", ");
  if (comma == std::string_view::npos || tokens > 8 || p.find('\n') != std::string_view::npos ||
      !chars::IsUpper(utf8::DecodeAt(p, 0).code_point) ||
      !chars::IsUpper(utf8::DecodeAt(p, comma + 2).code_point))
    return false;
  for (std::string_view beat : {" Correspondent", " Reporter", " Editor", " Writer", " Columnist"})
    if (p.ends_with(beat)) return true;
  return false;
}

// What a token of a line of the date and time a story went out may be (LooksLikeTimestamp).
enum class StampPart { kOther, kMonth, kNumber, kDateWord, kSeparator, kName };

StampPart PartOfStamp(std::string_view w) {
  if (w.empty()) return StampPart::kOther;
  // "|", "·", "/", "—", "–": between the line's fields.
  for (std::string_view separator : {"|", "\u00B7", "/", "\u2014", "\u2013", "\u2022"})
    if (w == separator) return StampPart::kSeparator;
  if (w == "," || w == ":" || w == "-") return StampPart::kDateWord;
  // "19", "2025", "6.15pm", "10:02", "07:15PM": a day, a year or a time.
  if (w[0] >= '0' && w[0] <= '9') {
    std::size_t k = 0;
    while (k < w.size() && ((w[k] >= '0' && w[k] <= '9') || w[k] == '.' || w[k] == ':')) ++k;
    const std::string_view rest = w.substr(k);
    return rest.empty() || chars::EqualsIgnoringAsciiCase(rest, "am") ||
                   chars::EqualsIgnoringAsciiCase(rest, "pm")
               ? StampPart::kNumber
               : StampPart::kOther;
  }
  std::string lower(w);
  for (char& c : lower) c = chars::AsciiLower(c);
  if (lower.size() > 1 && lower.back() == '.') lower.pop_back();  // "Sept.", "Mon."
  if (const DateWord* date = LookupDateWord(lower); date != nullptr) {
    if (date->kind == DateWordKind::kMonth) return StampPart::kMonth;
    if (date->kind == DateWordKind::kWeekday) return StampPart::kDateWord;
  }
  // The line's labels, a time's marks and zone ("EDT", "GMT+1", "IST") and a weekday's
  // abbreviation ("Fri 14 Nov 2025 07.00 GMT"), which only here is no word ("The Sun").
  for (std::string_view label :
       {"published", "updated", "posted", "last",  "first", "on",    "at",  "am",  "pm",
        "a.m",       "p.m",     "gmt+1",  "gmt+2", "gmt-4", "gmt-5", "mon", "tue", "tues",
        "wed",       "thu",     "thur",   "thurs", "fri",   "sat",   "sun"})
    if (lower == label) return StampPart::kDateWord;
  const bool capitals =
      w.size() >= 2 && w.size() <= 4 &&
      std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (capitals) return StampPart::kName;  // a zone, or an outlet's letters ("TNN")
  return chars::IsUpper(utf8::DecodeAt(w, 0).code_point) ? StampPart::kName : StampPart::kOther;
}

// "March 19, 2025 — 6.15pm", "Updated on: October 17, 2024 / 6:42 PM EDT / CBS News", "Faraz
// Mahmood | Published March 18, 2025": the line a news site prints beside its byline, the date
// (a month and a number) and the time the story went out, and, between separators, the author's
// or the outlet's name (capitalized words, four at most a field). Metadata: no part of the story.
bool LooksLikeTimestamp(std::string_view text, const std::vector<Token>& tokens,
                        std::uint32_t first, std::uint32_t end) {
  constexpr std::uint32_t kLongest = 24;  // tokens
  if (first == end || end - first > kLongest) return false;
  // One line.
  const std::string_view line =
      text.substr(tokens[first].span.start, tokens[end - 1].span.end - tokens[first].span.start);
  if (line.find('\n') != std::string_view::npos) return false;
  bool month = false, number = false;
  std::uint32_t names = 0;  // capitalized words in the field so far
  bool dated = false;       // a date's or time's token in the field so far
  for (std::uint32_t k = first; k < end; ++k) {
    const StampPart part = PartOfStamp(Segmentation::TokenText(text, tokens[k]));
    switch (part) {
      case StampPart::kOther:
        return false;
      case StampPart::kSeparator:
        names = 0;
        dated = false;
        break;
      case StampPart::kName:
        // A zone after a time ("6:42 PM EDT"), or a name's word in a field of names.
        if (!dated && ++names > 4) return false;
        break;
      case StampPart::kMonth:
        month = dated = true;
        break;
      case StampPart::kNumber:
        number = dated = true;
        break;
      case StampPart::kDateWord:
        dated = true;
        break;
    }
    if (dated && names > 0 && part != StampPart::kName) return false;  // "Smith 2025"
  }
  return month && number;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// "date 2025-02-01 Headline" or "2025-02-01 Headline".
bool HasDatePrefix(std::string_view p) {
  if (p.starts_with("date ")) p.remove_prefix(5);
  return IsIsoDate(p.substr(0, 10)) && (p.size() == 10 || p[10] == ' ');
}

// The number of tokens of a "date 2025-02-01" or "2025-02-01" prefix opening tokens[first, end).
std::uint32_t DatePrefixTokens(std::string_view text, const std::vector<Token>& tokens,
                               std::uint32_t first, std::uint32_t end) {
  auto at = [&](std::uint32_t i) { return Segmentation::TokenText(text, tokens[i]); };
  std::uint32_t n = first < end && at(first) == "date" ? 1 : 0;
  if (first + n < end && IsIsoDate(at(first + n))) return n + 1;
  return 0;
}

// A Markdown ATX heading, of any level: "# Title", "### Background".
bool IsMarkdownHeading(std::string_view p) {
  std::size_t hashes = 0;
  while (hashes < p.size() && p[hashes] == '#') ++hashes;
  return hashes >= 1 && hashes <= 6 && hashes < p.size() && p[hashes] == ' ';
}

// Words in Title Case, as headlines are written: four words or more, none of four letters or
// more in small letters, and a word that running text writes in small letters (a function word,
// "Says") in capitals after the first ("Breitbart News Daily: A World at War.", "Clinton Donors
// Gave Millions To Charity.") or no word in small letters at all ("Bellwether County Says Trump
// Should Win GOP Nomination."). Running text full of names has neither ("Donald J. Trump met Xi
// Jinping in Beijing.").
bool LooksLikeTitleCase(std::string_view p) {
  static constexpr std::string_view kSmallWords[] = {
      "A",   "An", "The", "To",  "Of",  "In",   "On",   "At",   "For",  "And",  "Or",    "But",
      "By",  "As", "Up",  "Is",  "Are", "Was",  "Be",   "It",   "His",  "Her",  "Its",   "Our",
      "Not", "No", "Has", "Had", "Can", "Will", "With", "From", "Into", "Over", "After", "Says"};
  std::size_t words = 0;
  bool small_word_in_capitals = false;
  bool small_letters = false;
  for (std::size_t i = 0; i < p.size();) {
    while (i < p.size() && p[i] == ' ') ++i;
    const std::size_t end = std::min(p.find(' ', i), p.size());
    // The word's letters, after any opening mark or bracket.
    std::size_t letters = 0, from = end, to = end;
    char32_t first = 0;
    for (std::size_t k = i; k < end;) {
      const utf8::Decoded d = utf8::DecodeAt(p, k);
      if (chars::IsLetter(d.code_point)) {
        if (letters == 0) {
          first = d.code_point;
          from = k;
        }
        ++letters;
        to = k + d.length;
      } else if (letters > 0) {
        break;
      }
      k += d.length;
    }
    if (letters > 0) {
      if (chars::IsLower(first) && letters >= 4) return false;
      small_letters = small_letters || chars::IsLower(first);
      const std::string_view word = p.substr(from, to - from);
      for (const std::string_view w : kSmallWords)
        if (words > 0 && word == w) small_word_in_capitals = true;
      ++words;
    }
    i = end;
  }
  return words >= 4 && (small_word_in_capitals || !small_letters);
}

bool LooksLikeHeadline(std::string_view p, std::size_t lines) {
  if (HasDatePrefix(p) || IsMarkdownHeading(p)) return true;
  if (lines > 1 || CodePoints(p) > 250) return false;
  // Some sources end a headline with a full stop; in Title Case it is still one.
  if (p.ends_with(".")) return LooksLikeTitleCase(p);
  return !p.ends_with(":") && !p.ends_with(",");
}

bool IsAllCapsWord(std::string_view w) {
  if (w.size() < 2) return false;
  bool letter = false;
  for (std::size_t i = 0; i < w.size();) {
    const utf8::Decoded d = utf8::DecodeAt(w, i);
    if (chars::IsLetter(d.code_point)) {
      if (!chars::IsUpper(d.code_point)) return false;
      letter = true;
    } else if (d.code_point != '.' && d.code_point != '-' && d.code_point != '\'') {
      return false;
    }
    i += d.length;
  }
  return letter;
}

// Whether `word` is one of `words`.
template <std::size_t N>
bool IsOneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// A word in capitals that labels what follows it with a colon ("UPDATE:", "WATCH:"), not a place.
bool IsLabelWord(std::string_view word) {
  static constexpr std::string_view kLabels[] = {
      "ALSO",    "ANALYSIS",  "BREAKING",  "CLARIFICATION", "COMMENT", "CONFIRMED", "CORRECTION",
      "EDITOR",  "EXCLUSIVE", "EXPLAINER", "FACTBOX",       "FILE",    "INTERVIEW", "LISTEN",
      "LIVE",    "MORE",      "NOTE",      "OFFICIAL",      "OPINION", "PHOTO",     "PHOTOS",
      "POLL",    "PROFILE",   "QUIZ",      "READ",          "RELATED", "REVEALED",  "REVIEW",
      "SEE",     "SPOILER",   "TIMELINE",  "TRANSCRIPT",    "UPDATE",  "UPDATED",   "VIDEO",
      "WARNING", "WATCH"};
  return IsOneOf(word, kLabels);
}

// "NEW", "SAN", "PORT": a word in capitals that opens places' names of two words ("NEW DELHI:").
bool IsPlacePrefixInCapitals(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {
      "NEW", "SAN", "SANTA", "PORT",  "FORT", "LOS",  "LAS",  "EL",
      "ST.", "SRI", "NORTH", "SOUTH", "EAST", "WEST", "CAPE", "GRAND"};
  return IsOneOf(word, kPrefixes);
}

// "We", "I", "Thank": words that open a speaker's own words after a label, not a story's lead.
bool SpeaksFirstHand(std::string_view word) {
  static constexpr std::string_view kFirstHand[] = {"I",   "I'm",   "We",     "We're", "My",  "Our",
                                                    "You", "Thank", "Thanks", "Well",  "Yes", "No"};
  return IsOneOf(word, kFirstHand);
}

// The number of tokens of a dateline that opens tokens[first, end) ("WASHINGTON (Reuters) —",
// "KYIV, Ukraine, Feb 1 (AP) —"), the dash included; 0 when there is none. In the story's first
// paragraphs of body (`lead`: after a standfirst at most), the place may be written in small
// letters after its capital ("Lomassi, Tembara –", "Porto Alvar (Portugal) (AFP) –"), if a
// comma or a parenthesis follows it; in the first (`first_body`), a colon may end a place in
// capitals ("CHENNAI:").
std::uint32_t DatelineLength(std::string_view text, const std::vector<Token>& tokens,
                             std::uint32_t first, std::uint32_t end, bool lead, bool first_body) {
  auto at = [&](std::uint32_t i) { return Segmentation::TokenText(text, tokens[i]); };
  const auto capitalized = [&](std::uint32_t i) {
    return tokens[i].kind == TokenKind::kWord &&
           chars::IsUpper(utf8::DecodeAt(at(i), 0).code_point);
  };
  std::uint32_t i = first;
  if (i >= end) return 0;
  if (IsAllCapsWord(at(i))) {
    while (i < end && IsAllCapsWord(at(i))) ++i;
    // "CHENNAI:", "NEW DELHI:", South Asian papers' dateline, in the first paragraph of body
    // only: one word, or two after a word that opens places' names; not a label ("UPDATE:",
    // "FULL TIME:"), nor a speaker's label before words of their own ("MODI: We will ..."). The
    // caller rules out a transcript's first turn ("WALLACE:").
    const bool one_place = i == first + 1 || (i == first + 2 && IsPlacePrefixInCapitals(at(first)));
    if (first_body && i + 1 < end && at(i) == ":" && one_place && !IsLabelWord(at(first)) &&
        !SpeaksFirstHand(at(i + 1)))
      return i + 1 - first;
  } else {
    // A place's words are no function or time words ("On Monday, Tesla —", "Yesterday, Mr
    // Smith -" open sentences), before the comma and after it.
    constexpr std::uint32_t kLongestPlace = 3;  // words
    const auto place_word = [&](std::uint32_t k) {
      return capitalized(k) && ClassOfWord(at(k)) == WordClass::kOther;
    };
    // "(Bloomberg) -- ...": the agency alone, no place before it (after a standfirst's bullets
    // too, so wherever the paragraph stands).
    const bool agency_alone = at(i) == "(" && i + 1 < end && capitalized(i + 1);
    if (!agency_alone) {
      if (!lead || !place_word(i)) return 0;
      while (i < end && place_word(i) && i - first < kLongestPlace) ++i;
      if (i >= end || (at(i) != "," && at(i) != "(")) return 0;
      for (std::uint32_t k = i + 1; k < end && at(k) != "(" && capitalized(k); ++k)
        if (!place_word(k)) return 0;
    }
  }
  // ", Ukraine", ", Feb 1"
  while (i + 1 < end && at(i) == "," && i - first < 8) {
    ++i;
    while (i < end && (tokens[i].kind == TokenKind::kNumber || capitalized(i))) ++i;
  }
  // (Reuters), (AP); "(Portugal) (AFP)"
  for (int groups = 0; groups < 2 && i < end && at(i) == "("; ++groups) {
    const std::uint32_t open = i;
    while (i < end && at(i) != ")" && i - open < 6) ++i;
    if (i >= end || at(i) != ")") return 0;
    ++i;
  }
  if (i < end && (at(i) == "\u2014" || at(i) == "-" || at(i) == "--") && i - first <= 14) {
    return i + 1 - first;
  }
  return 0;
}

// Whether `head`, the colon form of a dateline ("HOST:") that opens paragraph `n`, is a
// transcript's first turn: a later paragraph opens with a few words and a colon too ("SMITH:",
// "Sen. Scott:").
bool OpensTurns(std::string_view text, Span head, const std::vector<Span>& spans, std::size_t n) {
  if (text[head.end - 1] != ':') return false;
  constexpr std::size_t kLongestLabel = 40;  // bytes: "REP. ALEXANDRIA OCASIO-CORTEZ"
  return std::any_of(spans.begin() + static_cast<std::ptrdiff_t>(n) + 1, spans.end(), [&](Span p) {
    const std::string_view opening =
        text.substr(p.start, std::min<std::size_t>(p.size(), kLongestLabel));
    const std::size_t colon = opening.find(':');
    return colon != std::string_view::npos && colon > 0 && opening[0] >= 'A' && opening[0] <= 'Z' &&
           std::all_of(opening.begin(), opening.begin() + static_cast<std::ptrdiff_t>(colon),
                       [](char c) {
                         return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' ||
                                c == '.' || c == '-' || c == '\'';
                       });
  });
}

}  // namespace

const char* ParagraphRoleName(ParagraphRole role) {
  switch (role) {
    case ParagraphRole::kHeadline:
      return "headline";
    case ParagraphRole::kCaption:
      return "caption";
    case ParagraphRole::kByline:
      return "byline";
    case ParagraphRole::kDateline:
      return "dateline";
    case ParagraphRole::kBody:
      return "body";
  }
  return "body";
}

Segmentation Segment(std::string_view text) {
  Segmentation seg;
  seg.tokens.reserve(text.size() / 5);
  const std::vector<Span> spans = SplitParagraphs(text);
  std::size_t body_paragraphs = 0;
  auto add = [&](Span span, ParagraphRole role, std::uint32_t first, std::uint32_t end) {
    const auto first_sentence = static_cast<std::uint32_t>(seg.sentences.size());
    body_paragraphs += role == ParagraphRole::kBody ? 1 : 0;
    // A headline's "date 2025-02-01" prefix is data about the article, not part of the
    // headline's sentence (whose subject is "Trump", not "date 2025-02-01 Trump").
    if (role == ParagraphRole::kHeadline) {
      const std::uint32_t prefix = DatePrefixTokens(text, seg.tokens, first, end);
      if (prefix > 0 && first + prefix < end) {
        SplitSentences(text, seg.tokens, first, first + prefix, &seg.sentences);
        first += prefix;
      }
    }
    SplitSentences(text, seg.tokens, first, end, &seg.sentences);
    seg.paragraphs.push_back(
        {span, role, first_sentence, static_cast<std::uint32_t>(seg.sentences.size())});
  };
  for (std::size_t n = 0; n < spans.size(); ++n) {
    const Span span = spans[n];
    const std::string_view p = text.substr(span.start, span.size());
    const auto first = static_cast<std::uint32_t>(seg.tokens.size());
    Tokenize(text, span, &seg.tokens);
    const auto end = static_cast<std::uint32_t>(seg.tokens.size());
    if (first == end) continue;  // only spaces and invisible characters

    const std::size_t lines = static_cast<std::size_t>(std::count(p.begin(), p.end(), '\n')) + 1;
    ParagraphRole role = ParagraphRole::kBody;
    if (LooksLikeCaption(p)) {
      role = ParagraphRole::kCaption;
    } else if (LooksLikeByline(p, end - first) ||
               LooksLikeTimestamp(text, seg.tokens, first, end) ||
               (!seg.paragraphs.empty() && body_paragraphs == 0 && IsBareName(p)) ||
               (!seg.paragraphs.empty() && body_paragraphs <= 1 && IsBareNameInPlace(p))) {
      role = ParagraphRole::kByline;
    } else if ((seg.paragraphs.empty() && spans.size() > 1 && LooksLikeHeadline(p, lines)) ||
               IsMarkdownHeading(p)) {
      role = ParagraphRole::kHeadline;
    }
    if (role == ParagraphRole::kBody) {
      // The lead: at most a standfirst of body before it.
      const bool lead = body_paragraphs < 2;
      const bool first_body = body_paragraphs == 0;
      const std::uint32_t dateline = DatelineLength(text, seg.tokens, first, end, lead, first_body);
      const Span head{span.start, seg.tokens[first + std::max(dateline, 1u) - 1].span.end};
      if (dateline > 0 && !OpensTurns(text, head, spans, n)) {
        add(head, ParagraphRole::kDateline, first, first + dateline);
        if (first + dateline == end) continue;
        add({seg.tokens[first + dateline].span.start, span.end}, ParagraphRole::kBody,
            first + dateline, end);
        continue;
      }
    }
    add(span, role, first, end);
  }
  // The vectors grew by doubling and may be up to half empty; they live as long as the analysis,
  // which on a long input of short tokens (marks, initials) makes them its largest part.
  seg.tokens.shrink_to_fit();
  seg.sentences.shrink_to_fit();
  return seg;
}

}  // namespace newslens
