// Fuzz target: the whole pipeline, newslens::Analyze and ToJson, on any bytes.
//
// Checked on every input (the invariants of issue 6, also run on the evaluation documents by
// tests/cli/invariants.test.mjs): Analyze fails exactly when DecodeInput does; every span is in
// range and on character boundaries of the input; paragraphs are ordered, sentences and quote
// spans lie inside paragraphs; for plain UTF-8 input every mention, value, cue and quote text is
// what its span(s) of the input say; ids and references hold; confidences are in [0, 1]; the
// JSON parses, has one line when asked, and WriteJson writes the same bytes as ToJson; UTF-16
// offsets (the JavaScript boundary) are ordered and end at the text's UTF-16 length.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checks.h"
#include "newslens/newslens.h"
#include "newslens/utf16.h"

namespace newslens::fuzz {
namespace {

class AnalysisChecker {
 public:
  AnalysisChecker(std::string_view input, const Analysis& a)
      : input_(input),
        a_(a),
        on_boundary_(input, a.document.input.encoding),
        plain_utf8_(a.document.input.encoding == SourceEncoding::kUtf8 && !a.document.input.html) {}

  void Run() {
    NEWSLENS_CHECK(a_.document.input.bytes == input_.size(),
                   "input.bytes " + Num(a_.document.input.bytes) + " for " + Num(input_.size()));
    CheckDocument();
    CheckEntities();
    CheckValues();
    CheckQuotes();
    CheckJson();
    if (plain_utf8_) CheckUtf16Offsets();
  }

 private:
  void CheckSpan(Span s, const char* what) const {
    CheckInputSpan(on_boundary_, input_.size(), s, what);
  }

  // For plain UTF-8 input, `text` must be what the input says at `span`.
  void CheckText(Span span, const std::string& text, const char* what) const {
    NEWSLENS_CHECK(IsValidUtf8(text), std::string(what) + " text is not valid UTF-8");
    if (!plain_utf8_) return;
    const std::string expected = ReferenceDecodeUtf8(input_.substr(span.start, span.size()));
    NEWSLENS_CHECK(text == expected, std::string(what) + " text '" + text + "' but the input at " +
                                         SpanText(span) + " says '" + expected + "'");
  }

  // True when `s` lies inside one paragraph.
  bool InParagraph(Span s) const {
    for (const ParagraphInfo& p : a_.document.paragraphs) {
      if (p.span.start <= s.start && s.end <= p.span.end) return true;
    }
    return false;
  }

  void CheckDocument() const {
    std::uint32_t previous_end = 0;
    for (const ParagraphInfo& p : a_.document.paragraphs) {
      CheckSpan(p.span, "paragraph");
      NEWSLENS_CHECK(!p.span.empty(), "empty paragraph at " + Num(p.span.start));
      NEWSLENS_CHECK(p.span.start >= previous_end,
                     "paragraph " + SpanText(p.span) + " starts before " + Num(previous_end));
      previous_end = p.span.end;
    }
    previous_end = 0;
    for (const Span& s : a_.document.sentences) {
      CheckSpan(s, "sentence");
      NEWSLENS_CHECK(s.start >= previous_end,
                     "sentence " + SpanText(s) + " starts before " + Num(previous_end));
      NEWSLENS_CHECK(InParagraph(s), "sentence " + SpanText(s) + " in no paragraph");
      previous_end = s.end;
    }
    NEWSLENS_CHECK(a_.document.sentences.size() <= a_.document.token_count,
                   "more sentences than tokens");
    if (a_.document.title) NEWSLENS_CHECK(IsValidUtf8(*a_.document.title), "title not UTF-8");
  }

  void CheckEntities() {
    for (std::size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      NEWSLENS_CHECK(e.id == "e" + Num(i + 1), "entity " + Num(i) + " has id " + e.id);
      entity_ids_.insert(e.id);
      NEWSLENS_CHECK(IsValidUtf8(e.name) && !e.name.empty(), "entity " + e.id + " name");
      NEWSLENS_CHECK(!e.mentions.empty(), "entity " + e.id + " has no mention");
      NEWSLENS_CHECK(e.gender == Gender::kUnknown || e.type == EntityType::kPer,
                     "entity " + e.id + " has a gender but is no person");
      for (const std::string& title : e.titles) {
        NEWSLENS_CHECK(IsValidUtf8(title), "entity " + e.id + " title not UTF-8");
      }
      for (const Mention& m : e.mentions) {
        CheckSpan(m.span, "mention");
        NEWSLENS_CHECK(!m.span.empty(), "empty mention of " + e.id);
        CheckText(m.span, m.text, "mention");
      }
    }
  }

  void CheckValues() const {
    for (const Value& v : a_.values) {
      CheckSpan(v.span, "value");
      CheckText(v.span, v.text, "value");
      NEWSLENS_CHECK(IsValidUtf8(v.value), "value's value is not UTF-8");
    }
  }

  void CheckQuotes() const {
    for (std::size_t i = 0; i < a_.quotes.size(); ++i) {
      const Quote& q = a_.quotes[i];
      NEWSLENS_CHECK(q.id == "q" + Num(i + 1), "quote " + Num(i) + " has id " + q.id);
      NEWSLENS_CHECK(!q.spans.empty(), "quote " + q.id + " has no span");
      std::string joined;
      for (const Span& s : q.spans) {
        CheckSpan(s, "quote span");
        NEWSLENS_CHECK(InParagraph(s),
                       "quote " + q.id + " span " + SpanText(s) + " is in no paragraph");
        if (!joined.empty()) joined += ' ';
        joined += ReferenceDecodeUtf8(input_.substr(s.start, s.size()));
      }
      NEWSLENS_CHECK(IsValidUtf8(q.text), "quote " + q.id + " text not UTF-8");
      if (plain_utf8_) {
        NEWSLENS_CHECK(q.text == joined, "quote " + q.id + " text '" + q.text +
                                             "' but its spans say '" + joined + "'");
      }
      if (q.speaker) {
        if (q.speaker->entity) {
          NEWSLENS_CHECK(entity_ids_.count(*q.speaker->entity) == 1,
                         "quote " + q.id + " speaker " + *q.speaker->entity + " is no entity");
        }
        NEWSLENS_CHECK(IsValidUtf8(q.speaker->name), "quote " + q.id + " speaker name");
        if (q.speaker->span) CheckSpan(*q.speaker->span, "speaker");
      }
      if (q.cue) {
        CheckSpan(q.cue->span, "cue");
        CheckText(q.cue->span, q.cue->text, "cue");
      }
      NEWSLENS_CHECK(std::isfinite(q.confidence) && q.confidence >= 0 && q.confidence <= 1,
                     "quote " + q.id + " confidence " + std::to_string(q.confidence));
    }
  }

  void CheckJson() const {
    const std::string pretty = ToJson(a_);
    std::string written;
    WriteJson(a_, {}, [&](std::string_view piece) { written.append(piece); });
    NEWSLENS_CHECK(written == pretty, "WriteJson and ToJson differ");
    const nlohmann::json j = nlohmann::json::parse(pretty, nullptr, /*allow_exceptions=*/false);
    NEWSLENS_CHECK(!j.is_discarded(), "ToJson wrote no valid JSON");
    NEWSLENS_CHECK(j["schema"] == kSchema, "schema");
    NEWSLENS_CHECK(j["document"]["paragraphs"].size() == a_.document.paragraphs.size() &&
                       j["entities"].size() == a_.entities.size() &&
                       j["values"].size() == a_.values.size() &&
                       j["quotes"].size() == a_.quotes.size(),
                   "the JSON lost items");
    const std::string line = ToJson(a_, {.indent = -1, .file = "f.txt"});
    NEWSLENS_CHECK(line.find('\n') == std::string::npos, "JSON Lines output holds a newline");
    const nlohmann::json l = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    NEWSLENS_CHECK(!l.is_discarded() && l["file"] == "f.txt", "JSON Lines output");
  }

  // The offsets the WebAssembly module hands to JavaScript: UTF-16 code units into the string.
  void CheckUtf16Offsets() const {
    std::vector<std::uint32_t> units(input_.size() + 1, 0);  // reference, at every boundary
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < input_.size();) {
      const utf8::Decoded d = utf8::DecodeAt(input_, i);
      n += d.valid && d.length == 4 ? 2 : 1;
      for (std::size_t k = 1; k <= d.length; ++k) units[i + k] = n;
      i += d.length;
    }
    const Utf16Offsets utf16(input_);
    NEWSLENS_CHECK(utf16.FromByte(static_cast<std::uint32_t>(input_.size())) == n,
                   "UTF-16 length " + Num(utf16.FromByte(input_.size())) + ", expected " + Num(n));
    Analysis copy = a_;
    ForEachOffset(copy, [&](std::uint32_t& offset) {
      NEWSLENS_CHECK(utf16.FromByte(offset) == units[offset],
                     "byte offset " + Num(offset) + " is UTF-16 offset " +
                         Num(utf16.FromByte(offset)) + ", expected " + Num(units[offset]));
    });
  }

  std::string_view input_;
  const Analysis& a_;
  InputBoundaries on_boundary_;
  bool plain_utf8_;
  std::set<std::string> entity_ids_;
};

}  // namespace
}  // namespace newslens::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslens;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Result<Analysis> analysis = Analyze(input);
  NEWSLENS_CHECK(analysis.ok() == DecodeInput(input).ok(),
                 "Analyze and DecodeInput disagree about the input");
  if (!analysis.ok()) return 0;
  fuzz::AnalysisChecker(input, analysis.value()).Run();
  return 0;
}
