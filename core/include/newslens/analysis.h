// The result of analysing one article: plain value types, the `newslens/1` contract
// (CONTRACT.md) in C++.
//
// Every Span here is a half-open range of *byte offsets into the exact input bytes* given to
// Analyze(), always on code-point boundaries of the input (also where invalid bytes were
// repaired). `text` fields hold the decoded text of their span: the input itself for UTF-8 input,
// with U+FFFD where bytes were repaired, CRLF as LF, and HTML tags and character references
// resolved for HTML input.
#ifndef NEWSLENS_ANALYSIS_H_
#define NEWSLENS_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newslens/input.h"
#include "newslens/offset_map.h"
#include "newslens/segment.h"

namespace newslens {

inline constexpr const char* kSchema = "newslens/1";

struct ParagraphInfo {
  Span span;
  ParagraphRole role;
};

struct InputInfo {
  std::size_t bytes = 0;
  SourceEncoding encoding = SourceEncoding::kUtf8;
  bool html = false;
  std::size_t repaired = 0;  // ill-formed sequences replaced by U+FFFD
};

// Something the reader of an analysis should know about its text: the analysis ran, but the
// text may not be what newslens reads (an addition to the contract: document.warnings).
struct Warning {
  std::string code;     // "empty_text" or "not_english"
  std::string message;  // one sentence, for people
};

struct DocumentInfo {
  std::optional<std::string> title;  // from the headline, without a "date YYYY-MM-DD" prefix
  std::optional<std::string> date;   // ISO 8601 (YYYY-MM-DD)
  std::vector<ParagraphInfo> paragraphs;
  std::vector<Span> sentences;
  std::size_t token_count = 0;
  InputInfo input;
  std::vector<Warning> warnings;
};

// EntityType and Gender take a byte: the entity stages keep them for every name of the text.
enum class EntityType : std::uint8_t { kPer, kOrg, kLoc, kMisc };
// How a mention refers: by a name ("Trump"), a pronoun ("he", "its", "who") or a description
// the reference layer resolved ("the senator", "the agency").
enum class MentionKind { kName, kPronoun, kDescription };
enum class Gender : std::uint8_t { kUnknown, kMale, kFemale };

struct Mention {
  Span span;
  std::string text;
  MentionKind kind = MentionKind::kName;
};

struct Entity {
  std::string id;  // "e1", "e2", ... in order of first mention
  EntityType type;
  std::string name;  // the fullest name seen
  std::vector<std::string> titles;
  Gender gender = Gender::kUnknown;
  std::vector<Mention> mentions;
};

enum class ValueType { kDate, kTime, kMoney, kPercent, kNumber, kOrdinal, kEmail, kUrl };

struct Value {
  ValueType type;
  Span span;
  std::string text;
  std::string value;  // normalized: ISO date, plain decimal number, "USD 5000000000", the URL
};

enum class QuoteKind { kDirect, kMixed, kPartial, kIndirect };

struct Speaker {
  std::optional<std::string> entity;  // id into Analysis::entities
  std::string name;                   // canonical name, or the speaker phrase itself
  std::optional<Span> span;           // the mention the attribution rests on
};

struct Cue {
  Span span;
  std::string text;
};

struct Quote {
  std::string id;  // "q1", "q2", ... in text order
  QuoteKind kind;
  std::string text;         // content without quotation marks, parts joined by one space
  std::vector<Span> spans;  // content spans, quotation marks excluded
  std::optional<Speaker> speaker;
  std::optional<Cue> cue;
  double confidence = 0.0;  // in [0, 1]
};

struct Analysis {
  DocumentInfo document;
  std::vector<Entity> entities;
  std::vector<Value> values;
  std::vector<Quote> quotes;
};

const char* EntityTypeName(EntityType type);    // "PER", "ORG", "LOC", "MISC"
const char* MentionKindName(MentionKind kind);  // "name", "pronoun", "description"
const char* GenderName(Gender gender);          // "male", "female"; nullptr for kUnknown
const char* ValueTypeName(ValueType type);      // "DATE", "TIME", ...
const char* QuoteKindName(QuoteKind kind);      // "direct", "mixed", "partial", "indirect"

// Calls `f(std::uint32_t&)` on every offset in `analysis` (span starts and ends), e.g. to turn
// byte offsets into UTF-16 offsets at the JavaScript boundary.
template <typename F>
void ForEachOffset(Analysis& analysis, F&& f) {
  auto span = [&f](Span& s) {
    f(s.start);
    f(s.end);
  };
  for (auto& p : analysis.document.paragraphs) span(p.span);
  for (auto& s : analysis.document.sentences) span(s);
  for (auto& e : analysis.entities)
    for (auto& m : e.mentions) span(m.span);
  for (auto& v : analysis.values) span(v.span);
  for (auto& q : analysis.quotes) {
    for (auto& s : q.spans) span(s);
    if (q.speaker && q.speaker->span) span(*q.speaker->span);
    if (q.cue) span(q.cue->span);
  }
}

}  // namespace newslens

#endif  // NEWSLENS_ANALYSIS_H_
