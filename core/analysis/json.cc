// The analysis as JSON (see newslens/json.h). nlohmann's ordered_json keeps members in the order
// CONTRACT.md shows them.
#include "newslens/json.h"

#include <cmath>
#include <nlohmann/json.hpp>

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

Json DocumentJson(const DocumentInfo& d) {
  Json j = Json::object();
  j["title"] = OptionalString(d.title);
  j["date"] = OptionalString(d.date);
  Json paragraphs = Json::array();
  for (const ParagraphInfo& p : d.paragraphs) {
    Json pj = SpanJson(p.span);
    pj["role"] = ParagraphRoleName(p.role);
    paragraphs.push_back(std::move(pj));
  }
  j["paragraphs"] = std::move(paragraphs);
  Json sentences = Json::array();
  for (const Span& s : d.sentences) sentences.push_back(SpanJson(s));
  j["sentences"] = std::move(sentences);
  j["token_count"] = d.token_count;
  j["input"] = {{"bytes", d.input.bytes},
                {"encoding", SourceEncodingName(d.input.encoding)},
                {"html", d.input.html},
                {"repaired", d.input.repaired}};
  return j;
}

Json EntityJson(const Entity& e) {
  Json j = Json::object();
  j["id"] = e.id;
  j["type"] = EntityTypeName(e.type);
  j["name"] = e.name;
  j["titles"] = e.titles;
  const char* gender = GenderName(e.gender);
  j["gender"] = gender ? Json(gender) : Json(nullptr);
  Json mentions = Json::array();
  for (const Mention& m : e.mentions) {
    Json mj = SpanJson(m.span);
    mj["text"] = m.text;
    mj["kind"] = MentionKindName(m.kind);
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);
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

}  // namespace

std::string ToJson(const Analysis& analysis, const JsonOptions& options) {
  Json j = Json::object();
  j["schema"] = kSchema;
  if (options.file) j["file"] = *options.file;
  j["document"] = DocumentJson(analysis.document);
  Json entities = Json::array();
  for (const Entity& e : analysis.entities) entities.push_back(EntityJson(e));
  j["entities"] = std::move(entities);
  Json values = Json::array();
  for (const Value& v : analysis.values) values.push_back(ValueJson(v));
  j["values"] = std::move(values);
  Json quotes = Json::array();
  for (const Quote& q : analysis.quotes) quotes.push_back(QuoteJson(q));
  j["quotes"] = std::move(quotes);
  return Dump(j, options.indent);
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
