#include "input/html.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "data/embedded.h"
#include "input/windows1252.h"
#include "newslens/input.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace newslens {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

using chars::AsciiLower;
using chars::EqualsIgnoringAsciiCase;
using chars::StartsWithIgnoringAsciiCase;

// Finds `needle` (lower-case ASCII) in `text` from `pos` on, ignoring case.
std::size_t FindIgnoreCase(std::string_view text, std::size_t pos, std::string_view needle) {
  for (std::size_t i = pos; i + needle.size() <= text.size(); ++i) {
    if (AsciiLower(text[i]) == needle[0] && StartsWithIgnoringAsciiCase(text.substr(i), needle)) {
      return i;
    }
  }
  return std::string_view::npos;
}

template <typename List>
bool InList(std::string_view name, const List& list) {
  for (std::string_view n : list)
    if (EqualsIgnoringAsciiCase(name, n)) return true;
  return false;
}

// Elements whose content is not article text.
bool IsDroppedElement(std::string_view name) {
  static constexpr std::string_view kDropped[] = {
      "script", "style",  "template", "noscript", "svg",    "math",    "iframe",
      "object", "canvas", "audio",    "video",    "select", "textarea"};
  return InList(name, kDropped);
}

// Elements that end a paragraph where they open or close.
bool IsBlockElement(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "aside",  "blockquote", "body",    "caption", "center",   "dd",
      "details", "dialog",  "dir",    "div",        "dl",      "dt",      "fieldset", "figcaption",
      "figure",  "footer",  "form",   "h1",         "h2",      "h3",      "h4",       "h5",
      "h6",      "header",  "hgroup", "hr",         "html",    "li",      "main",     "nav",
      "ol",      "p",       "pre",    "section",    "summary", "table",   "tbody",    "tfoot",
      "thead",   "title",   "tr",     "ul"};
  return InList(name, kBlocks);
}

const std::unordered_map<std::string_view, char32_t>& NamedReferences() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, char32_t>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::html_entities_txt, data::html_entities_txt_size))) {
      if (row.size() < 2) continue;
      char32_t cp = 0;
      for (char c : row[1]) cp = cp * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      map->emplace(row[0], cp);
    }
    return map;
  }();
  return *table;
}

// A scanned tag: <name ...> or </name ...>.
struct Tag {
  std::string_view name;
  bool closing = false;
  std::size_t end = 0;  // one past '>'
};

enum class TagScan {
  kTag,          // a tag, ending at Tag::end
  kNotTag,       // this '<' starts no tag ("a < b", "<3"): it is text
  kUnterminated  // a tag that the input ends inside of
};

// Reads the tag at html[pos] == '<'. Attributes are read as a browser's tokenizer reads them: a
// quotation mark opens a quoted value only after '=' (elsewhere it is part of a name), and a
// quoted value runs to its closing mark, '>' and all. Linear in the tag's length.
TagScan ReadTag(std::string_view html, std::size_t pos, Tag* tag) {
  std::size_t i = pos + 1;
  tag->closing = i < html.size() && html[i] == '/';
  if (tag->closing) ++i;
  if (i >= html.size() || !IsAsciiAlpha(html[i])) return TagScan::kNotTag;
  const std::size_t name_start = i;
  while (i < html.size() && (IsAsciiAlnum(html[i]) || html[i] == '-' || html[i] == ':')) ++i;
  tag->name = html.substr(name_start, i - name_start);
  if (i < html.size() && html[i] != '>' && html[i] != '/' && !IsHtmlSpace(html[i])) {
    return TagScan::kNotTag;
  }
  while (i < html.size()) {
    const char c = html[i++];
    if (c == '>') {
      tag->end = i;
      return TagScan::kTag;
    }
    if (c != '=') continue;
    while (i < html.size() && IsHtmlSpace(html[i])) ++i;
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
      const std::size_t close = html.find(html[i], i + 1);
      if (close == std::string_view::npos) return TagScan::kUnterminated;
      i = close + 1;
    }
  }
  return TagScan::kUnterminated;
}

class HtmlScanner {
 public:
  HtmlScanner(std::string_view html, std::string* out, OffsetMapBuilder* map)
      : html_(html), out_(out), map_(map) {
    keep_title_ = FindIgnoreCase(html, 0, "<h1") == std::string_view::npos;
  }

  void Run() {
    out_->reserve(out_->size() + html_.size());
    std::size_t i = 0;
    while (i < html_.size()) {
      const char c = html_[i];
      if (c == '<') {
        i = Markup(i);
      } else if (c == '&') {
        i = Reference(i);
      } else if (!IsPlain(c)) {
        std::size_t run = i + 1;
        while (run < html_.size() && !IsPlain(html_[run])) ++run;
        Space(i, run);
        i = run;
      } else {
        std::size_t run = i + 1;
        while (run < html_.size() && IsPlain(html_[run]) && html_[run] != '<' &&
               html_[run] != '&') {
          ++run;
        }
        Text(i, run - i, {});
        i = run;
      }
    }
    ResolveSpace(false);
    Flush(html_.size());
  }

 private:
  // A byte copied as is: not whitespace and not a control character (which HTML renders as
  // whitespace too).
  static bool IsPlain(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b > 0x20 && b != 0x7F;
  }

  // True while the text is not shown: inside <head>, except a <title> that is kept.
  bool Hidden() const { return in_head_ && !(in_title_ && keep_title_); }

  // Whitespace at [pos, end), or markup that separates like it (<td>). As a browser shows it,
  // a run of whitespace is one space, and none at the start or the end of a line; since that
  // depends on what follows, the run waits (`space_*`) until the next text or break.
  void Space(std::size_t pos, std::size_t end) {
    if (Hidden()) {
      Delete(pos, end - pos);
      return;
    }
    if (in_pre_) {  // preformatted: line breaks stay, CRLF and CR as LF
      for (std::size_t i = pos; i < end; ++i) {
        const char c = html_[i];
        if (c == '\r' && i + 1 < end && html_[i + 1] == '\n') {
          Delete(i, 1);
        } else {
          Text(i, 1, c == '\r' || c == '\n' ? "\n" : c == ' ' ? std::string_view{} : " ");
        }
      }
      return;
    }
    if (space_end_ > space_start_ && space_end_ == pos) {
      space_end_ = end;  // a run that markup interrupted: "\n<td>"
      return;
    }
    ResolveSpace(true);
    Flush(pos);
    space_start_ = pos;
    space_end_ = end;
  }

  // Settles the waiting whitespace: one space when `emit` and a line has begun, else nothing.
  void ResolveSpace(bool emit) {
    if (space_end_ == space_start_) return;
    const std::size_t length = space_end_ - space_start_;
    const bool line_start = out_->empty() || out_->back() == '\n' || out_->back() == ' ';
    if (emit && !line_start) {
      out_->push_back(' ');
      if (length == 1 && html_[space_start_] == ' ') {
        map_->Keep(1);
      } else {
        map_->Replace(length, 1);
      }
    } else {
      map_->Replace(length, 0);
    }
    kept_start_ = kept_ = space_end_;
    space_start_ = space_end_ = 0;
  }

  // Text of the source at [pos, pos + length): kept as is when `replacement` is empty, else
  // replaced by it. Dropped while hidden.
  void Text(std::size_t pos, std::size_t length, std::string_view replacement) {
    if (Hidden()) {
      Delete(pos, length);
      return;
    }
    ResolveSpace(true);
    if (replacement.empty()) {
      if (kept_ == pos) {
        kept_ = pos + length;  // extend the pending run of kept bytes
        return;
      }
      Flush(pos);
      kept_start_ = pos;
      kept_ = pos + length;
      return;
    }
    Flush(pos);
    out_->append(replacement);
    map_->Replace(length, replacement.size());
    kept_start_ = kept_ = pos + length;
  }

  // Markup or hidden text at [pos, pos + length), removed. Whitespace before it is settled
  // first (as a space: "said <b>Trump</b>").
  void Delete(std::size_t pos, std::size_t length) {
    ResolveSpace(true);
    Flush(pos);
    map_->Replace(length, 0);
    kept_start_ = kept_ = pos + length;
  }

  // Writes out the pending run of kept bytes that ends at `pos`.
  void Flush(std::size_t pos) {
    if (kept_ > kept_start_) {
      out_->append(html_.substr(kept_start_, kept_ - kept_start_));
      map_->Keep(kept_ - kept_start_);
    }
    kept_start_ = kept_ = pos;
  }

  // A paragraph break made of the markup at [pos, pos + length).
  void Break(std::size_t pos, std::size_t length, std::string_view kind) {
    ResolveSpace(false);
    Flush(pos);
    std::string_view tail = *out_;
    while (!tail.empty() && tail.back() == ' ') tail.remove_suffix(1);
    std::string_view add = kind;
    if (kind == "\n\n") {
      if (tail.empty() || tail.ends_with("\n\n")) {
        add = {};
      } else if (tail.ends_with('\n')) {
        add = "\n";
      }
    }
    out_->append(add);
    map_->Replace(length, add.size());
    kept_start_ = kept_ = pos + length;
  }

  std::size_t Markup(std::size_t pos) {
    if (html_.compare(pos, 4, "<!--") == 0) {
      std::size_t end = html_.find("-->", pos + 4);
      end = end == std::string_view::npos ? html_.size() : end + 3;
      Delete(pos, end - pos);
      return end;
    }
    if (pos + 1 < html_.size() && (html_[pos + 1] == '!' || html_[pos + 1] == '?')) {
      std::size_t end = html_.find('>', pos);
      end = end == std::string_view::npos ? html_.size() : end + 1;
      Delete(pos, end - pos);
      return end;
    }
    Tag tag;
    const TagScan scan = ReadTag(html_, pos, &tag);
    if (scan == TagScan::kNotTag) {
      Text(pos, 1, {});
      return pos + 1;
    }
    if (scan == TagScan::kUnterminated) {
      // A browser shows nothing of a tag the input ends in, nor of what follows its '<'. (Read
      // as text instead, every later '<' would scan to the end again: quadratic time.) This is
      // the end of the text, so whitespace before it is dropped.
      ResolveSpace(false);
      Flush(pos);
      map_->Replace(html_.size() - pos, 0);
      kept_start_ = kept_ = html_.size();
      return html_.size();
    }
    const std::size_t length = tag.end - pos;
    if (!tag.closing && IsDroppedElement(tag.name)) {
      std::string closing = "</";
      for (char ch : tag.name) closing.push_back(AsciiLower(ch));
      std::size_t close = FindIgnoreCase(html_, tag.end, closing);
      std::size_t end = html_.size();
      if (close != std::string_view::npos) {
        Tag close_tag;
        end = ReadTag(html_, close, &close_tag) == TagScan::kTag ? close_tag.end
                                                                 : close + closing.size();
      }
      Delete(pos, end - pos);
      return end;
    }
    if (EqualsIgnoringAsciiCase(tag.name, "head")) {
      in_head_ = !tag.closing;
      Delete(pos, length);
      return tag.end;
    }
    if (EqualsIgnoringAsciiCase(tag.name, "body")) in_head_ = false;
    if (EqualsIgnoringAsciiCase(tag.name, "title")) in_title_ = !tag.closing;
    if (EqualsIgnoringAsciiCase(tag.name, "pre")) in_pre_ = !tag.closing;
    if (EqualsIgnoringAsciiCase(tag.name, "br")) {
      Break(pos, length, "\n");
    } else if (EqualsIgnoringAsciiCase(tag.name, "td") || EqualsIgnoringAsciiCase(tag.name, "th")) {
      // A cell boundary separates like whitespace; inside <pre>, where whitespace is kept byte
      // by byte, the whole tag is one space (never one per byte: that would split characters
      // of its attributes).
      if (in_pre_) {
        Text(pos, length, " ");
      } else {
        Space(pos, tag.end);
      }
    } else if (IsBlockElement(tag.name) && !(in_head_ && !keep_title_)) {
      Break(pos, length, "\n\n");
    } else {
      Delete(pos, length);
    }
    return tag.end;
  }

  std::size_t Reference(std::size_t pos) {
    std::size_t length = 0;
    const char32_t cp = DecodeCharacterReference(html_, pos, &length);
    if (cp == 0) {
      Text(pos, 1, {});
      return pos + 1;
    }
    std::string encoded;
    utf8::Append(cp, &encoded);
    Text(pos, length, encoded);
    return pos + length;
  }

  std::string_view html_;
  std::string* out_;
  OffsetMapBuilder* map_;
  std::size_t kept_start_ = 0, kept_ = 0;        // pending run of kept source bytes
  std::size_t space_start_ = 0, space_end_ = 0;  // whitespace waiting to be settled
  bool in_head_ = false;
  bool in_title_ = false;
  bool in_pre_ = false;
  bool keep_title_ = false;
};

}  // namespace

char32_t DecodeCharacterReference(std::string_view html, std::size_t pos, std::size_t* length) {
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '#') {
    ++i;
    const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_start = i;
    char32_t cp = 0;
    for (; i < html.size() && i - digits_start < 8; ++i) {
      const char c = html[i];
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
        digit = (c | 0x20) - 'a' + 10;
      } else {
        break;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (i == digits_start || i >= html.size() || html[i] != ';') return 0;
    *length = i + 1 - pos;
    if (cp >= 0x80 && cp <= 0x9F && kWindows1252High[cp - 0x80] != 0) {
      return kWindows1252High[cp - 0x80];
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F)) {
      return utf8::kReplacement;
    }
    // &#13; and the other C0 controls (but TAB, LF and FF) and DEL: decoded text has LF line
    // ends and no control characters (input.h), and a browser shows them as blanks.
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f') || cp == 0x7F) return ' ';
    return cp;
  }
  const std::size_t name_start = i;
  while (i < html.size() && i - name_start < 32 && IsAsciiAlnum(html[i])) ++i;
  if (i == name_start) return 0;
  const std::string_view name = html.substr(name_start, i - name_start);
  const bool semicolon = i < html.size() && html[i] == ';';
  if (!semicolon) {
    // A few references are often written without the ';'; accept them before a non-name
    // character ("AT&amp T"), as browsers do.
    static constexpr std::string_view kLegacy[] = {"amp", "lt", "gt", "quot", "nbsp"};
    if (!InList(name, kLegacy)) return 0;
    if (i < html.size() && html[i] == '=') return 0;
  }
  const auto& table = NamedReferences();
  auto it = table.find(name);
  if (it == table.end()) return 0;
  *length = i + (semicolon ? 1 : 0) - pos;
  return it->second;
}

void HtmlToText(std::string_view html, std::string* out, OffsetMapBuilder* map) {
  HtmlScanner(html, out, map).Run();
}

bool LooksLikeHtml(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && IsHtmlSpace(text[start])) ++start;
  if (StartsWithIgnoringAsciiCase(text.substr(start), "<!doctype html") ||
      StartsWithIgnoringAsciiCase(text.substr(start), "<html")) {
    return true;
  }
  // Count tags of common elements in the first 64 KiB.
  const std::string_view head = text.substr(0, 65536);
  static constexpr std::array<std::string_view, 24> kCommon = {
      "p",   "div",   "br",         "span",    "a",       "h1",   "h2",     "h3",
      "li",  "ul",    "strong",     "em",      "b",       "i",    "script", "style",
      "img", "table", "blockquote", "article", "section", "meta", "body",   "figure"};
  int tags = 0;
  for (std::size_t lt = head.find('<'); lt != std::string_view::npos && tags < 3;
       lt = head.find('<', lt + 1)) {
    Tag tag;
    const TagScan scan = ReadTag(head, lt, &tag);
    if (scan == TagScan::kUnterminated) break;  // the rest is inside that tag
    if (scan == TagScan::kNotTag) continue;
    for (std::string_view name : kCommon) {
      if (EqualsIgnoringAsciiCase(tag.name, name)) {
        ++tags;
        break;
      }
    }
  }
  return tags >= 3;
}

}  // namespace newslens
