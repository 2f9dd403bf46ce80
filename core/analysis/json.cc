// The analysis as JSON (see newslens/json.h). nlohmann's ordered_json keeps members in the order
// CONTRACT.md shows them.
//
// The output of a 50 MB article is some 370 MB of JSON, and a tree of it several times that, so
// the document is never one tree: the arrays that grow with the text (paragraphs, sentences,
// entities and their mentions, values, quotes) are written element by element, each element a
// small tree that nlohmann dumps (it escapes the strings and formats the numbers), placed at its
// depth; the bytes are those of dumping the whole tree at once.
#include "newslens/json.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace newslens {
namespace {

using Json = nlohmann::ordered_json;

void PutSpan(Json& j, Span s) {
  j["start"] = s.start;
  j["end"] = s.end;
}

Json SpanJson(Span s) {
  Json j = Json::object();
  PutSpan(j, s);
  return j;
}

Json OptionalString(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json ParagraphJson(const ParagraphInfo& p) {
  Json j = SpanJson(p.span);
  j["role"] = ParagraphRoleName(p.role);
  return j;
}

Json InputJson(const InputInfo& input) {
  return {{"bytes", input.bytes},
          {"encoding", SourceEncodingName(input.encoding)},
          {"html", input.html},
          {"repaired", input.repaired}};
}

Json MentionJson(const Mention& m) {
  Json j = SpanJson(m.span);
  j["text"] = m.text;
  j["kind"] = MentionKindName(m.kind);
  return j;
}

Json ValueJson(const Value& v) {
  Json j = Json::object();
  j["type"] = ValueTypeName(v.type);
  PutSpan(j, v.span);
  j["text"] = v.text;
  j["value"] = v.value;
  return j;
}

Json QuoteJson(const Quote& q) {
  Json j = Json::object();
  j["id"] = q.id;
  j["kind"] = QuoteKindName(q.kind);
  j["text"] = q.text;
  Json spans = Json::array();
  for (const Span& s : q.spans) spans.push_back(SpanJson(s));
  j["spans"] = std::move(spans);
  if (q.speaker) {
    Json sj = Json::object();
    sj["entity"] = OptionalString(q.speaker->entity);
    sj["name"] = q.speaker->name;
    if (q.speaker->span) PutSpan(sj, *q.speaker->span);
    j["speaker"] = std::move(sj);
  } else {
    j["speaker"] = nullptr;
  }
  if (q.cue) {
    Json cj = SpanJson(q.cue->span);
    cj["text"] = q.cue->text;
    j["cue"] = std::move(cj);
  } else {
    j["cue"] = nullptr;
  }
  // Two decimals: enough for a confidence, and the same digits on every platform.
  j["confidence"] = std::round(q.confidence * 100.0) / 100.0;
  return j;
}

std::string Dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// Writes objects and arrays piece by piece with the layout of nlohmann's dump(indent): with an
// indent of 0 or more, "{", then each member on a line of its own, indented one level deeper,
// members separated by ",", then "}" on a line at the object's own depth; "{}" and "[]" when
// empty; with -1, everything on one line without spaces. Keys must be plain ASCII (no escapes).
class JsonStream {
 public:
  JsonStream(int indent, const std::function<void(std::string_view)>& write)
      : indent_(indent), write_(write) {}
  ~JsonStream() { Flush(); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The next member of the current object.
  void Key(std::string_view key) {
    NextItem();
    out_ += '"';
    out_ += key;
    out_ += indent_ >= 0 ? "\": " : "\":";
    after_key_ = true;
  }

  // A complete value: the next element of the current array or the value of the member whose
  // key was just written.
  void Value(const Json& j) {
    if (!after_key_) NextItem();
    after_key_ = false;
    const std::string dumped = Dump(j, indent_);
    if (indent_ < 0) {
      out_ += dumped;
    } else {
      // nlohmann puts a line break only between structural tokens (strings escape theirs), so
      // each one starts a line that belongs at the current depth.
      const std::size_t depth = static_cast<std::size_t>(indent_) * open_.size();
      for (const char c : dumped) {
        out_ += c;
        if (c == '\n') out_.append(depth, ' ');
      }
    }
    if (out_.size() >= kFlushBytes) Flush();
  }

  void Member(std::string_view key, const Json& j) {
    Key(key);
    Value(j);
  }

  void Flush() {
    if (out_.empty()) return;
    write_(out_);
    out_.clear();
  }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;

  void Open(char bracket) {
    if (!after_key_ && !open_.empty()) NextItem();
    after_key_ = false;
    out_ += bracket;
    open_.push_back(true);
  }

  void Close(char bracket) {
    const bool empty = open_.back();
    open_.pop_back();
    if (!empty && indent_ >= 0) {
      out_ += '\n';
      out_.append(static_cast<std::size_t>(indent_) * open_.size(), ' ');
    }
    out_ += bracket;
  }

  // Separates the next member or element from the one before and indents it.
  void NextItem() {
    if (open_.back()) {
      open_.back() = false;
    } else {
      out_ += ',';
    }
    if (indent_ >= 0) {
      out_ += '\n';
      out_.append(static_cast<std::size_t>(indent_) * open_.size(), ' ');
    }
  }

  const int indent_;
  const std::function<void(std::string_view)>& write_;
  std::string out_;
  std::vector<bool> open_;  // per open object or array: whether it is still empty
  bool after_key_ = false;
};

void WriteDocument(const DocumentInfo& d, JsonStream& out) {
  out.BeginObject();
  out.Member("title", OptionalString(d.title));
  out.Member("date", OptionalString(d.date));
  out.Key("paragraphs");
  out.BeginArray();
  for (const ParagraphInfo& p : d.paragraphs) out.Value(ParagraphJson(p));
  out.EndArray();
  out.Key("sentences");
  out.BeginArray();
  for (const Span& s : d.sentences) out.Value(SpanJson(s));
  out.EndArray();
  out.Member("token_count", d.token_count);
  out.Member("input", InputJson(d.input));
  out.EndObject();
}

void WriteEntity(const Entity& e, JsonStream& out) {
  out.BeginObject();
  out.Member("id", e.id);
  out.Member("type", EntityTypeName(e.type));
  out.Member("name", e.name);
  out.Member("titles", e.titles);
  const char* gender = GenderName(e.gender);
  out.Member("gender", gender ? Json(gender) : Json(nullptr));
  out.Key("mentions");
  out.BeginArray();
  for (const Mention& m : e.mentions) out.Value(MentionJson(m));
  out.EndArray();
  out.EndObject();
}

}  // namespace

void WriteJson(const Analysis& analysis, const JsonOptions& options,
               const std::function<void(std::string_view)>& write) {
  JsonStream out(options.indent, write);
  out.BeginObject();
  out.Member("schema", kSchema);
  if (options.file) out.Member("file", *options.file);
  out.Key("document");
  WriteDocument(analysis.document, out);
  out.Key("entities");
  out.BeginArray();
  for (const Entity& e : analysis.entities) WriteEntity(e, out);
  out.EndArray();
  out.Key("values");
  out.BeginArray();
  for (const Value& v : analysis.values) out.Value(ValueJson(v));
  out.EndArray();
  out.Key("quotes");
  out.BeginArray();
  for (const Quote& q : analysis.quotes) out.Value(QuoteJson(q));
  out.EndArray();
  out.EndObject();
}

std::string ToJson(const Analysis& analysis, const JsonOptions& options) {
  std::string json;
  WriteJson(analysis, options, [&json](std::string_view piece) { json += piece; });
  return json;
}

std::string ErrorToJson(const Error& error, const JsonOptions& options) {
  Json j = Json::object();
  if (options.file) j["file"] = *options.file;
  Json e = Json::object();
  e["code"] = ErrorCodeName(error.code);
  e["message"] = error.message;
  e["offset"] = error.offset == Error::kNoOffset ? Json(nullptr) : Json(error.offset);
  j["error"] = std::move(e);
  return Dump(j, options.indent);
}

}  // namespace newslens
