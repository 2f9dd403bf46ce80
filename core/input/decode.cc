// Input decoding (see newslens/input.h): charset, validation and repair, line ends, HTML.
//
// Two passes, each with its own OffsetMap, chained:
//   charset   bytes -> valid UTF-8 (UTF-16 and Windows-1252 transcoded, ill-formed UTF-8
//             repaired). Skipped for input that is already valid UTF-8: no copy, no map.
//   cleanup   CRLF/CR -> LF, stray control characters -> space; or, for HTML, markup -> text.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "input/html.h"
#include "input/windows1252.h"
#include "newslens/input.h"
#include "text/utf8.h"

namespace newslens {
namespace {

// A control character that has no business in text (TAB, LF, FF and CR are fine).
bool IsStrayControl(unsigned char b) {
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
}

struct ByteCensus {
  std::size_t first_nul = std::string_view::npos;
  std::size_t controls = 0;
  std::size_t first_control = std::string_view::npos;
  std::size_t invalid_bytes = 0;  // bytes inside ill-formed UTF-8 subparts
  std::size_t invalid_sequences = 0;
  std::size_t first_invalid = std::string_view::npos;
  std::size_t valid_multibyte = 0;  // well-formed sequences of 2-4 bytes, or one cut at the end
  bool windows1252_defined = true;  // no byte that Windows-1252 leaves undefined
};

ByteCensus TakeCensus(std::string_view bytes) {
  ByteCensus c;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      if (b == 0 && c.first_nul == std::string_view::npos) c.first_nul = i;
      if (IsStrayControl(b)) {
        if (c.controls++ == 0) c.first_control = i;
      }
      ++i;
      continue;
    }
    if (b <= 0x9F && kWindows1252High[b - 0x80] == 0) c.windows1252_defined = false;
    const utf8::Decoded d = utf8::DecodeAt(bytes, i);
    if (d.valid) {
      ++c.valid_multibyte;
    } else {
      // A lead byte and its continuations cut by the end of the input are UTF-8 truncated
      // inside a character (a file cut at a byte limit), not Windows-1252, which would have to
      // end in an unlikely pair such as "â€". A lone lead byte proves nothing ("caf\xE9").
      if (d.length >= 2 && i + d.length == bytes.size()) ++c.valid_multibyte;
      if (c.invalid_sequences++ == 0) c.first_invalid = i;
      c.invalid_bytes += d.length;
    }
    i += d.length;
  }
  return c;
}

Error NotText(std::size_t offset, std::string message) {
  return Error{ErrorCode::kNotText, offset, std::move(message)};
}

// A byte string and a map back to the input, or a view of the input itself.
struct Stage {
  std::string owned;
  std::string_view text;
  OffsetMap map;  // unused when `identity`
  bool identity = true;
};

void RepairUtf8(std::string_view bytes, std::size_t skip, Stage* stage, std::size_t* repaired) {
  OffsetMapBuilder map;
  std::string& out = stage->owned;
  out.reserve(bytes.size() - skip + 16);
  map.Replace(skip, 0);
  std::size_t i = skip, run = skip;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::DecodeAt(bytes, i);
    if (d.valid) {
      i += d.length;
      continue;
    }
    out.append(bytes.substr(run, i - run));
    map.Keep(i - run);
    map.Replace(d.length, utf8::Append(utf8::kReplacement, &out));
    ++*repaired;
    i += d.length;
    run = i;
  }
  out.append(bytes.substr(run));
  map.Keep(bytes.size() - run);
  stage->map = std::move(map).Finish();
  stage->identity = false;
  stage->text = stage->owned;
}

void DecodeWindows1252(std::string_view bytes, Stage* stage) {
  OffsetMapBuilder map;
  std::string& out = stage->owned;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
      map.Keep(1);
      continue;
    }
    char32_t cp = b >= 0xA0 ? b : kWindows1252High[b - 0x80];
    map.Replace(1, utf8::Append(cp, &out));
  }
  stage->map = std::move(map).Finish();
  stage->identity = false;
  stage->text = stage->owned;
}

Result<bool> DecodeUtf16(std::string_view bytes, bool big_endian, std::size_t skip, Stage* stage,
                         std::size_t* repaired) {
  OffsetMapBuilder map;
  std::string& out = stage->owned;
  out.reserve(bytes.size() / 2 + 16);
  map.Replace(skip, 0);
  auto unit_at = [&](std::size_t i) -> char16_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? static_cast<char16_t>(a << 8 | b) : static_cast<char16_t>(b << 8 | a);
  };
  std::size_t i = skip;
  for (; i + 1 < bytes.size(); i += 2) {
    const char16_t u = unit_at(i);
    if (u == 0) return NotText(i, "NUL character at byte offset " + std::to_string(i));
    if (u < 0x80) {
      out.push_back(static_cast<char>(u));
      map.ReplaceUniform(1, 2);
      continue;
    }
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const char16_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        const char32_t cp = 0x10000 + ((char32_t{u} - 0xD800) << 10) + (low - 0xDC00);
        map.Replace(4, utf8::Append(cp, &out));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {  // unpaired surrogate
      map.Replace(2, utf8::Append(utf8::kReplacement, &out));
      ++*repaired;
      continue;
    }
    map.Replace(2, utf8::Append(u, &out));
  }
  if (i < bytes.size()) {  // an odd byte at the end
    map.Replace(1, utf8::Append(utf8::kReplacement, &out));
    ++*repaired;
  }
  stage->map = std::move(map).Finish();
  stage->identity = false;
  stage->text = stage->owned;
  return true;
}

// UTF-16 without a byte order mark: nearly every other byte is NUL (English and most European
// text). Returns 1 for little endian, 2 for big endian, 0 for neither.
int SniffUtf16WithoutBom(std::string_view bytes) {
  if (bytes.size() < 8 || bytes.size() % 2 != 0) return 0;
  std::size_t even_zero = 0, odd_zero = 0;
  const std::size_t n = bytes.size() < 4096 ? bytes.size() : 4096;
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    even_zero += bytes[i] == 0;
    odd_zero += bytes[i + 1] == 0;
  }
  const std::size_t units = n / 2;
  if (odd_zero * 10 >= units * 9 && even_zero * 20 <= units) return 1;
  if (even_zero * 10 >= units * 9 && odd_zero * 20 <= units) return 2;
  return 0;
}

// The cleanup pass for plain text: CRLF and CR -> LF, stray controls -> space.
void CleanPlainText(std::string_view text, std::string* out, OffsetMapBuilder* map) {
  out->reserve(text.size());
  std::size_t run = 0;
  auto flush = [&](std::size_t i) {
    out->append(text.substr(run, i - run));
    map->Keep(i - run);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b != 0x7F) continue;
    if (b == '\r') {
      flush(i);
      const bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
      out->push_back('\n');
      map->Replace(crlf ? 2 : 1, 1);
      i += crlf;
      run = i + 1;
    } else if (IsStrayControl(b)) {
      flush(i);
      out->push_back(' ');
      map->Replace(1, 1);
      run = i + 1;
    }
  }
  flush(text.size());
}

}  // namespace

const char* SourceEncodingName(SourceEncoding encoding) {
  switch (encoding) {
    case SourceEncoding::kUtf8:
      return "utf-8";
    case SourceEncoding::kUtf16LE:
      return "utf-16le";
    case SourceEncoding::kUtf16BE:
      return "utf-16be";
    case SourceEncoding::kWindows1252:
      return "windows-1252";
  }
  return "utf-8";
}

Result<DecodedText> DecodeInput(std::string_view input, const DecodeOptions& options) {
  if (input.size() > kMaxInputBytes) {
    return Error{ErrorCode::kTooLarge, Error::kNoOffset,
                 "input of " + std::to_string(input.size()) + " bytes is over the limit of " +
                     std::to_string(kMaxInputBytes) + " bytes"};
  }
  DecodedText result;
  Stage charset;
  charset.text = input;

  const auto starts_with = [&](std::string_view prefix) {
    return input.substr(0, prefix.size()) == prefix;
  };
  int utf16 = 0;  // 1 little endian, 2 big endian
  std::size_t bom = 0;
  if (starts_with("\xFF\xFE")) {
    utf16 = 1, bom = 2;
  } else if (starts_with("\xFE\xFF")) {
    utf16 = 2, bom = 2;
  } else if (starts_with("\xEF\xBB\xBF")) {
    bom = 3;
  } else {
    utf16 = SniffUtf16WithoutBom(input);
  }
  result.had_bom = bom > 0;

  if (utf16 != 0) {
    result.encoding = utf16 == 1 ? SourceEncoding::kUtf16LE : SourceEncoding::kUtf16BE;
    Result<bool> ok = DecodeUtf16(input, utf16 == 2, bom, &charset, &result.repaired);
    if (!ok.ok()) return ok.error();
  } else {
    const ByteCensus census = TakeCensus(input);
    if (census.first_nul != std::string_view::npos) {
      return NotText(census.first_nul,
                     "NUL byte at byte offset " + std::to_string(census.first_nul));
    }
    if (census.controls > 4 && census.controls * 100 > input.size()) {
      return NotText(census.first_control, std::to_string(census.controls) +
                                               " control bytes, the first at byte offset " +
                                               std::to_string(census.first_control));
    }
    if (census.invalid_sequences > 0) {
      if (census.valid_multibyte == 0 && census.windows1252_defined) {
        result.encoding = SourceEncoding::kWindows1252;
        DecodeWindows1252(input, &charset);  // a BOM would be valid UTF-8
      } else if (census.invalid_bytes > 4 && census.invalid_bytes * 20 > input.size()) {
        return NotText(census.first_invalid, "not UTF-8: " + std::to_string(census.invalid_bytes) +
                                                 " invalid bytes, the first at byte offset " +
                                                 std::to_string(census.first_invalid));
      } else {
        RepairUtf8(input, bom, &charset, &result.repaired);
      }
    } else if (bom > 0) {
      charset.text = input.substr(bom);
      OffsetMapBuilder skip;
      skip.Replace(bom, 0);
      skip.Keep(charset.text.size());
      charset.map = std::move(skip).Finish();
      charset.identity = false;
    }
  }

  const bool html = options.markup == MarkupMode::kHtml ||
                    (options.markup == MarkupMode::kAuto && LooksLikeHtml(charset.text));
  result.was_html = html;
  OffsetMapBuilder cleanup;
  if (html) {
    HtmlToText(charset.text, &result.text, &cleanup);
  } else {
    CleanPlainText(charset.text, &result.text, &cleanup);
  }
  result.to_input = std::move(cleanup).Finish();
  if (!charset.identity) result.to_input.Then(std::move(charset.map));
  return result;
}

}  // namespace newslens
