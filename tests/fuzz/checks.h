// Invariants the fuzz targets assert on every input, and simple reference implementations to
// compare the core against (the simdutf habit: a slow obvious decoder beside the fast one).
//
// A failed check prints what broke and aborts, which libFuzzer reports as a crash and saves the
// input; the standalone replay driver (replay_main.cc) stops the same way, so a corpus file that
// once broke an invariant fails ctest until the bug is fixed.
#ifndef NEWSLENS_TESTS_FUZZ_CHECKS_H_
#define NEWSLENS_TESTS_FUZZ_CHECKS_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/input.h"
#include "newslens/offset_map.h"
#include "text/utf8.h"

namespace newslens::fuzz {

[[noreturn]] inline void Fail(const char* file, int line, const char* condition,
                              const std::string& detail) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition,
               detail.c_str());
  std::fflush(stderr);
  std::abort();
}

// Checks `condition`; `detail` (a std::string expression) is only built on failure.
#define NEWSLENS_CHECK(condition, detail)                                               \
  do {                                                                                  \
    if (!(condition)) ::newslens::fuzz::Fail(__FILE__, __LINE__, #condition, (detail)); \
  } while (0)

inline std::string Num(std::size_t n) { return std::to_string(n); }

inline std::string SpanText(Span s) { return "[" + Num(s.start) + ", " + Num(s.end) + ")"; }

// True when `text` is well-formed UTF-8 (Unicode Table 3-7).
inline bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

// Byte offsets that split no character of the input, for each encoding the decoder reads:
// UTF-8 counts an ill-formed subpart as one unit (it is repaired as one U+FFFD), UTF-16 never
// splits a code unit or a surrogate pair, Windows-1252 is one byte per character.
class InputBoundaries {
 public:
  InputBoundaries(std::string_view input, SourceEncoding encoding)
      : boundary_(input.size() + 1, false) {
    boundary_[0] = true;
    if (encoding == SourceEncoding::kUtf8) {
      for (std::size_t i = 0; i < input.size();) {
        i += utf8::DecodeAt(input, i).length;
        boundary_[i] = true;
      }
    } else if (encoding == SourceEncoding::kWindows1252) {
      for (std::size_t i = 0; i <= input.size(); ++i) boundary_[i] = true;
    } else {
      const bool big_endian = encoding == SourceEncoding::kUtf16BE;
      auto unit = [&](std::size_t i) -> unsigned {
        const auto a = static_cast<unsigned char>(input[i]);
        const auto b = static_cast<unsigned char>(input[i + 1]);
        return big_endian ? (a << 8 | b) : (b << 8 | a);
      };
      std::size_t i = 0;
      while (i + 1 < input.size()) {
        const unsigned u = unit(i);
        const bool pair = u >= 0xD800 && u <= 0xDBFF && i + 3 < input.size() &&
                          unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF;
        i += pair ? 4 : 2;
        boundary_[i] = true;
      }
      boundary_[input.size()] = true;  // after an odd final byte
    }
  }

  bool operator()(std::size_t offset) const {
    return offset < boundary_.size() && boundary_[offset];
  }

 private:
  std::vector<char> boundary_;
};

// Asserts that `span` lies in [0, size) of the input and starts and ends on its boundaries.
inline void CheckInputSpan(const InputBoundaries& on_boundary, std::size_t size, Span span,
                           const char* what) {
  NEWSLENS_CHECK(span.start <= span.end && span.end <= size,
                 std::string(what) + " " + SpanText(span) + " outside [0, " + Num(size) + ")");
  NEWSLENS_CHECK(on_boundary(span.start) && on_boundary(span.end),
                 std::string(what) + " " + SpanText(span) + " splits a character of the input");
}

// The reference for plain-text decoding of UTF-8 (no HTML): each maximal ill-formed subpart as
// one U+FFFD, CRLF and CR as LF, other C0 controls but TAB, LF and FF (and DEL) as a space.
// `repaired` counts the U+FFFD written for ill-formed bytes.
inline std::string ReferenceDecodeUtf8(std::string_view bytes, std::size_t* repaired = nullptr) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size();) {
    const utf8::Decoded d = utf8::DecodeAt(bytes, i);
    if (!d.valid) {
      utf8::Append(utf8::kReplacement, &out);
      if (repaired != nullptr) ++*repaired;
    } else if (d.code_point == '\r') {
      out.push_back('\n');
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else if ((d.code_point < 0x20 && d.code_point != '\t' && d.code_point != '\n' &&
                d.code_point != '\f') ||
               d.code_point == 0x7F) {
      out.push_back(' ');
    } else {
      utf8::Append(d.code_point, &out);
    }
    i += d.length;
  }
  return out;
}

// The reference for plain-text decoding of UTF-16 code units (no byte order mark): pairs
// combined, unpaired surrogates and an odd final byte as U+FFFD, then the line-end and control
// rules of ReferenceDecodeUtf8. Returns false at a NUL code unit (the input is not text).
inline bool ReferenceDecodeUtf16(std::string_view bytes, bool big_endian, std::string* out) {
  std::string utf8;
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u == 0) return false;
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 &&
        unit(i + 2) <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      u = utf8::kReplacement;
    }
    utf8::Append(u, &utf8);
  }
  if (i < bytes.size()) utf8::Append(utf8::kReplacement, &utf8);
  *out = ReferenceDecodeUtf8(utf8);
  return true;
}

// Asserts that `map` (from a text of `output` to a source of `source_size` bytes) sends every
// code-point boundary of `output` to a boundary of the source, in order, and stays in range.
template <typename OnSourceBoundary>
void CheckOffsetMap(const OffsetMap& map, std::string_view output, std::size_t source_size,
                    const OnSourceBoundary& on_source_boundary, const char* what) {
  NEWSLENS_CHECK(map.output_size() == output.size(), std::string(what) + ": map covers " +
                                                         Num(map.output_size()) +
                                                         " bytes, text has " + Num(output.size()));
  NEWSLENS_CHECK(map.source_size() == source_size, std::string(what) + ": map leads to " +
                                                       Num(map.source_size()) +
                                                       " bytes, source has " + Num(source_size));
  std::size_t previous_start = 0, previous_end = 0;
  for (std::size_t o = 0; o <= output.size(); ++o) {
    if (!utf8::IsBoundary(output, o)) continue;
    const std::size_t start = map.ToSourceStart(o), end = map.ToSourceEnd(o);
    NEWSLENS_CHECK(start <= source_size && end <= source_size,
                   std::string(what) + ": offset " + Num(o) + " maps to " + Num(start) + "/" +
                       Num(end) + ", past the source's " + Num(source_size) + " bytes");
    NEWSLENS_CHECK(on_source_boundary(start) && on_source_boundary(end),
                   std::string(what) + ": offset " + Num(o) + " maps to " + Num(start) + "/" +
                       Num(end) + ", inside a character of the source");
    NEWSLENS_CHECK(start >= previous_start && end >= previous_end,
                   std::string(what) + ": offset " + Num(o) + " maps to " + Num(start) + "/" +
                       Num(end) + ", before the previous offset's " + Num(previous_start) + "/" +
                       Num(previous_end));
    previous_start = start;
    previous_end = end;
  }
  NEWSLENS_CHECK(map.ToSourceEnd(0) == 0, std::string(what) + ": offset 0 ends past 0");
}

}  // namespace newslens::fuzz

#endif  // NEWSLENS_TESTS_FUZZ_CHECKS_H_
