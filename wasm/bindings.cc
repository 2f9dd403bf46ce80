// Embind bindings: the core as four JavaScript functions. Thin on purpose: options in, plain
// data out, errors as values. The hand-written wrapper (newslens.post.js) turns the results into
// the public API and errors into thrown NewslensError objects.
//
// Every function returns {ok: true, value} or {ok: false, error: {code, message, offset}}; no
// handle ever crosses the boundary, and nothing throws (the module is built without C++
// exceptions; the core reports errors as values).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "newslens/newslens.h"
#include "newslens/utf16.h"

namespace {

using emscripten::val;

val Ok(val value) {
  val result = val::object();
  result.set("ok", true);
  result.set("value", std::move(value));
  return result;
}

val Fail(const newslens::Error& error) {
  val e = val::object();
  e.set("code", std::string(newslens::ErrorCodeName(error.code)));
  e.set("message", error.message);
  e.set("offset", error.offset == newslens::Error::kNoOffset
                      ? val::null()
                      : val(static_cast<double>(error.offset)));
  val result = val::object();
  result.set("ok", false);
  result.set("error", e);
  return result;
}

newslens::Error InvalidOption(const std::string& message) {
  return {newslens::ErrorCode::kInvalidOption, newslens::Error::kNoOffset, message};
}

// A string member of a JS options object, if present and not undefined.
std::optional<std::string> StringOption(const val& options, const char* name) {
  if (options.isUndefined() || options.isNull()) return std::nullopt;
  const val v = options[name];
  if (v.isUndefined() || v.isNull()) return std::nullopt;
  if (!v.isString()) return std::string("(not a string)");  // matches no choice: reported

  return v.as<std::string>();
}

// Reads {form, markup, fold} into `options`; returns an error message for a bad value.
std::optional<std::string> ReadOptions(const val& js, newslens::AnalyzeOptions* options) {
  if (auto form = StringOption(js, "form")) {
    if (*form == "nfkc") {
      options->normalize.form = newslens::NormalizationForm::kNfkc;
    } else if (*form != "nfc") {
      return std::string("options.form must be 'nfc' or 'nfkc'");
    }
  }
  if (auto markup = StringOption(js, "markup")) {
    if (*markup == "html") {
      options->decode.markup = newslens::MarkupMode::kHtml;
    } else if (*markup == "text") {
      options->decode.markup = newslens::MarkupMode::kText;
    } else if (*markup != "auto") {
      return std::string("options.markup must be 'auto', 'html' or 'text'");
    }
  }
  if (!js.isUndefined() && !js.isNull()) {
    const val fold = js["fold"];
    if (!fold.isUndefined()) {
      if (fold.typeOf().as<std::string>() != "boolean")
        return std::string("options.fold must be a boolean");
      options->normalize.fold = fold.as<bool>();
    }
  }
  return std::nullopt;
}

// The analysis with UTF-16 offsets into the JS string, as a plain object.
val Analyze(const std::string& text, const val& js_options) {
  newslens::AnalyzeOptions options;
  if (auto bad = ReadOptions(js_options, &options)) return Fail(InvalidOption(*bad));
  newslens::Result<newslens::Analysis> result = newslens::Analyze(text, options);
  if (!result.ok()) return Fail(result.error());
  newslens::Analysis& analysis = result.value();
  const newslens::Utf16Offsets utf16(text);
  newslens::ForEachOffset(analysis,
                          [&](std::uint32_t& offset) { offset = utf16.FromByte(offset); });
  analysis.document.input.bytes = utf16.FromByte(static_cast<std::uint32_t>(text.size()));
  // One JSON string and one JSON.parse build the object far faster than thousands of
  // val::set calls across the boundary.
  const std::string json = newslens::ToJson(analysis, {.indent = -1, .file = std::nullopt});
  return Ok(val::global("JSON").call<val>("parse", json));
}

// The CLI's JSON, byte for byte: offsets are UTF-8 byte offsets.
val AnalyzeJson(const std::string& text, const val& js_options) {
  newslens::AnalyzeOptions options;
  if (auto bad = ReadOptions(js_options, &options)) return Fail(InvalidOption(*bad));
  newslens::Result<newslens::Analysis> result = newslens::Analyze(text, options);
  if (!result.ok()) return Fail(result.error());
  return Ok(val(newslens::ToJson(result.value(), {.indent = 2, .file = std::nullopt})));
}

val Normalize(const std::string& text, const val& js_options) {
  newslens::AnalyzeOptions options;
  if (auto bad = ReadOptions(js_options, &options)) return Fail(InvalidOption(*bad));
  newslens::Result<newslens::DecodedText> decoded =
      newslens::DecodeInput(text, {.markup = newslens::MarkupMode::kText});
  if (!decoded.ok()) return Fail(decoded.error());
  return Ok(val(newslens::Normalize(decoded.value().text, options.normalize).text));
}

// A file's bytes (a Uint8Array or ArrayBuffer on the JS side) as text, the way the CLI reads
// them: encoding sniffed, invalid bytes repaired, binary data rejected with the byte offset of
// the first problem in the file. Markup is left alone (analyze() decides about HTML).
val Decode(const std::string& bytes) {
  newslens::Result<newslens::DecodedText> decoded =
      newslens::DecodeInput(bytes, {.markup = newslens::MarkupMode::kText});
  if (!decoded.ok()) return Fail(decoded.error());
  const newslens::DecodedText& d = decoded.value();
  val out = val::object();
  out.set("text", d.text);
  out.set("encoding", std::string(newslens::SourceEncodingName(d.encoding)));
  out.set("repaired", static_cast<double>(d.repaired));
  return Ok(out);
}

std::string Version() { return newslens::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(newslens) {
  emscripten::function("_analyze", &Analyze);
  emscripten::function("_analyzeJson", &AnalyzeJson);
  emscripten::function("_normalize", &Normalize);
  emscripten::function("_decode", &Decode);
  emscripten::function("_version", &Version);
}
