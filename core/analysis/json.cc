// The analysis as JSON (see newslens/json.h), in the member order CONTRACT.md shows.
//
// The output of a 50 MB article is some 370 MB of JSON, and a tree of it several times that, so
// the document is never a tree: JsonStream writes it token by token with the exact layout of
// nlohmann's dump(indent), the bytes of dumping the whole tree at once. It formats integers,
// plain strings and the fixed structure itself, which is nearly all of the output; nlohmann
// still formats floating-point numbers and the strings that are not valid UTF-8 (replacing
// their bad bytes), so those keep its exact spelling.
#include "newslens/json.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace newslens {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF:
// as strict as nlohmann), so that a string this accepts is one nlohmann would write unchanged but
// for its escapes.
bool IsWellFormedUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, most of any text, skipped a byte at a time: DecodeAt's own ASCII path still builds
    // a Decoded, 1.6 M more instructions for the JSON of PolNeAR dev.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::DecodeAt(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

// Writes JSON token by token with the layout of nlohmann's dump(indent): with an indent of 0 or
// more, "{", then each member on a line of its own, indented one level deeper, members separated
// by ",", then "}" on a line at the object's own depth; "{}" and "[]" when empty; with -1,
// everything on one line without spaces. Keys must be plain ASCII (no escapes).
//
// The bytes gather in a buffer of kBufferBytes, which is then appended to `out` or, with a
// `write` function, handed to it: the writes of a few bytes each (most tokens are short) are
// then plain stores, not string appends (which in WebAssembly are calls into libc++).
class JsonStream {
 public:
  JsonStream(int indent, std::string* out,
             const std::function<void(std::string_view)>* write = nullptr)
      : indent_(indent), out_(*out), write_(write), buffer_(new char[kBufferBytes]) {}
  ~JsonStream() { Flush(); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The next member of the current object; its value follows.
  void Key(std::string_view key) {
    NextItem();
    Put('"');
    Put(key);
    Put(indent_ >= 0 ? std::string_view("\": ") : std::string_view("\":"));
    after_key_ = true;
  }

  // Members: a key and its value.
  void StringMember(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void IntegerMember(std::string_view key, std::uint64_t value) {
    Key(key);
    Integer(value);
  }
  void BoolMember(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }

  // Values: the next element of the current array or the value of the member whose key was
  // just written.
  void String(std::string_view s) {
    BeginValue();
    if (IsWellFormedUtf8(s)) {
      Put('"');
      PutEscaped(s);
      Put('"');
    } else {
      Put(Dump(Json(s), -1));  // ill-formed UTF-8: nlohmann replaces it as it always did
    }
  }
  void Integer(std::uint64_t n) {
    BeginValue();
    char digits[20];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    Put(std::string_view(digits, static_cast<std::size_t>(result.ptr - digits)));
  }
  void Double(double d) {
    BeginValue();
    Put(Dump(Json(d), -1));
  }
  void Bool(bool b) {
    BeginValue();
    Put(b ? "true" : "false");
  }
  void Null() {
    BeginValue();
    Put("null");
  }
  void OptionalString(const std::optional<std::string>& s) {
    if (s) {
      String(*s);
    } else {
      Null();
    }
  }

  // Hands the buffered bytes over.
  void Flush() {
    if (used_ == 0) return;
    const std::string_view piece(buffer_.get(), used_);
    if (write_ != nullptr) {
      (*write_)(piece);
    } else {
      out_.append(piece);
    }
    used_ = 0;
  }

 private:
  static constexpr std::size_t kBufferBytes = 1 << 16;

  void Put(char c) {
    if (used_ == kBufferBytes) Flush();
    buffer_[used_++] = c;
  }
  void Put(std::string_view s) {
    while (s.size() > kBufferBytes - used_) {
      const std::size_t n = kBufferBytes - used_;
      std::memcpy(buffer_.get() + used_, s.data(), n);
      used_ = kBufferBytes;
      Flush();
      s.remove_prefix(n);
    }
    std::memcpy(buffer_.get() + used_, s.data(), s.size());
    used_ += s.size();
  }
  void PutSpaces(std::size_t n) {
    static constexpr std::string_view kSpaces = "                                ";
    for (; n > kSpaces.size(); n -= kSpaces.size()) Put(kSpaces);
    Put(kSpaces.substr(0, n));
  }

  void BeginValue() {
    if (!after_key_) NextItem();
    after_key_ = false;
  }

  // Writes `s` with nlohmann's escapes (ensure_ascii off: only '"', '\\' and control
  // characters).
  void PutEscaped(std::string_view s) {
    std::size_t plain = 0;  // s[plain, i) is still to be copied
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      Put(s.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '\b':
          Put("\\b");
          break;
        case '\t':
          Put("\\t");
          break;
        case '\n':
          Put("\\n");
          break;
        case '\f':
          Put("\\f");
          break;
        case '\r':
          Put("\\r");
          break;
        case '"':
          Put("\\\"");
          break;
        case '\\':
          Put("\\\\");
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          Put(std::string_view(escape, sizeof escape));
        }
      }
    }
    Put(s.substr(plain));
  }

  void Open(char bracket) {
    if (!after_key_ && !open_.empty()) NextItem();
    after_key_ = false;
    Put(bracket);
    open_.push_back(true);
  }

  void Close(char bracket) {
    const bool empty = open_.back();
    open_.pop_back();
    if (!empty && indent_ >= 0) {
      Put('\n');
      PutSpaces(static_cast<std::size_t>(indent_) * open_.size());
    }
    Put(bracket);
  }

  // Separates the next member or element from the one before and indents it.
  void NextItem() {
    if (open_.back()) {
      open_.back() = false;
    } else {
      Put(',');
    }
    if (indent_ >= 0) {
      Put('\n');
      PutSpaces(static_cast<std::size_t>(indent_) * open_.size());
    }
  }

  const int indent_;
  std::string& out_;
  const std::function<void(std::string_view)>* write_;
  std::unique_ptr<char[]> buffer_;  // kBufferBytes, the first used_ to be handed over
  std::size_t used_ = 0;
  std::vector<bool> open_;  // per open object or array: whether it is still empty
  bool after_key_ = false;
};

void WriteSpanMembers(Span s, JsonStream& out) {
  out.IntegerMember("start", s.start);
  out.IntegerMember("end", s.end);
}

void WriteSpan(Span s, JsonStream& out) {
  out.BeginObject();
  WriteSpanMembers(s, out);
  out.EndObject();
}

void WriteDocument(const DocumentInfo& d, JsonStream& out) {
  out.BeginObject();
  out.Key("title");
  out.OptionalString(d.title);
  out.Key("date");
  out.OptionalString(d.date);
  out.Key("paragraphs");
  out.BeginArray();
  for (const ParagraphInfo& p : d.paragraphs) {
    out.BeginObject();
    WriteSpanMembers(p.span, out);
    out.StringMember("role", ParagraphRoleName(p.role));
    out.EndObject();
  }
  out.EndArray();
  out.Key("sentences");
  out.BeginArray();
  for (const Span& s : d.sentences) WriteSpan(s, out);
  out.EndArray();
  out.IntegerMember("token_count", d.token_count);
  out.Key("input");
  out.BeginObject();
  out.IntegerMember("bytes", d.input.bytes);
  out.StringMember("encoding", SourceEncodingName(d.input.encoding));
  out.BoolMember("html", d.input.html);
  out.IntegerMember("repaired", d.input.repaired);
  out.EndObject();
  out.Key("warnings");
  out.BeginArray();
  for (const Warning& w : d.warnings) {
    out.BeginObject();
    out.StringMember("code", w.code);
    out.StringMember("message", w.message);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

void WriteEntity(const Entity& e, JsonStream& out) {
  out.BeginObject();
  out.StringMember("id", e.id);
  out.StringMember("type", EntityTypeName(e.type));
  out.StringMember("name", e.name);
  out.Key("titles");
  out.BeginArray();
  for (const std::string& title : e.titles) out.String(title);
  out.EndArray();
  out.Key("gender");
  if (const char* gender = GenderName(e.gender)) {
    out.String(gender);
  } else {
    out.Null();
  }
  out.Key("mentions");
  out.BeginArray();
  for (const Mention& m : e.mentions) {
    out.BeginObject();
    WriteSpanMembers(m.span, out);
    out.StringMember("text", m.text);
    out.StringMember("kind", MentionKindName(m.kind));
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

void WriteValue(const Value& v, JsonStream& out) {
  out.BeginObject();
  out.StringMember("type", ValueTypeName(v.type));
  WriteSpanMembers(v.span, out);
  out.StringMember("text", v.text);
  out.StringMember("value", v.value);
  out.EndObject();
}

void WriteQuote(const Quote& q, JsonStream& out) {
  out.BeginObject();
  out.StringMember("id", q.id);
  out.StringMember("kind", QuoteKindName(q.kind));
  out.StringMember("text", q.text);
  out.Key("spans");
  out.BeginArray();
  for (const Span& s : q.spans) WriteSpan(s, out);
  out.EndArray();
  out.Key("speaker");
  if (q.speaker) {
    out.BeginObject();
    out.Key("entity");
    out.OptionalString(q.speaker->entity);
    out.StringMember("name", q.speaker->name);
    if (q.speaker->span) WriteSpanMembers(*q.speaker->span, out);
    out.EndObject();
  } else {
    out.Null();
  }
  out.Key("cue");
  if (q.cue) {
    out.BeginObject();
    WriteSpanMembers(q.cue->span, out);
    out.StringMember("text", q.cue->text);
    out.EndObject();
  } else {
    out.Null();
  }
  // Two decimals: enough for a confidence, and the same digits on every platform.
  out.Key("confidence");
  out.Double(std::round(q.confidence * 100.0) / 100.0);
  out.EndObject();
}

void WriteAnalysis(const Analysis& analysis, const JsonOptions& options, JsonStream& out) {
  out.BeginObject();
  out.StringMember("schema", kSchema);
  if (options.file) {
    out.StringMember("file", *options.file);
  }
  out.Key("document");
  WriteDocument(analysis.document, out);
  out.Key("entities");
  out.BeginArray();
  for (const Entity& e : analysis.entities) WriteEntity(e, out);
  out.EndArray();
  out.Key("values");
  out.BeginArray();
  for (const Value& v : analysis.values) WriteValue(v, out);
  out.EndArray();
  out.Key("quotes");
  out.BeginArray();
  for (const Quote& q : analysis.quotes) WriteQuote(q, out);
  out.EndArray();
  out.EndObject();
}

}  // namespace

void WriteJson(const Analysis& analysis, const JsonOptions& options,
               const std::function<void(std::string_view)>& write) {
  std::string unused;
  JsonStream out(options.indent, &unused, &write);
  WriteAnalysis(analysis, options, out);
}

std::string ToJson(const Analysis& analysis, const JsonOptions& options) {
  std::string json;
  {
    JsonStream out(options.indent, &json);
    WriteAnalysis(analysis, options, out);
  }
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
