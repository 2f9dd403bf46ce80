// newslens._core: the core as a Python extension module (pybind11). Thin on purpose, like
// wasm/bindings.cc: bytes and option names in, the contract's JSON text out, errors as values.
// The package around it (python/newslens/__init__.py) parses the JSON, converts offsets and
// raises NewslensError; nothing here throws on bad input.
//
//   analyze(data: bytes, markup: str, form: str, indent: int, file: str | None)
//       -> (json: str, None)                                  on success
//       -> (error_json: str, (code: str, message: str, offset: int | None))   on failure
//
// `json` is exactly what the CLI prints for the same bytes and options: ToJson with `indent`
// (2 for `--format json`, -1 for one line of `--format jsonl`, which also sets `file`), offsets
// in UTF-8 bytes of `data`. `error_json` is ErrorToJson with the same `indent` and `file`: the
// line that newslens.dask writes for a document that failed. `markup` is "auto", "text" or
// "html" (the CLI's default, --plain, --html); `form` is "nfc" or "nfkc" (--form); any other
// value fails with the code "invalid_option".
//
// The GIL is released while the core runs (Analyze keeps no state between calls), so Python
// threads analyse in parallel; `data` stays alive and unchanged meanwhile (bytes are immutable
// and the caller's reference holds them).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // std::optional<std::string> for `file`

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "newslens/newslens.h"

namespace py = pybind11;

namespace {

newslens::Error InvalidOption(std::string message) {
  return {newslens::ErrorCode::kInvalidOption, newslens::Error::kNoOffset, std::move(message)};
}

// Reads the option names into `options`; returns the error for a name the CLI does not know.
std::optional<newslens::Error> ReadOptions(const std::string& markup, const std::string& form,
                                           newslens::AnalyzeOptions* options) {
  if (markup == "html") {
    options->decode.markup = newslens::MarkupMode::kHtml;
  } else if (markup == "text") {
    options->decode.markup = newslens::MarkupMode::kText;
  } else if (markup != "auto") {
    return InvalidOption("markup must be 'auto', 'text' or 'html', not '" + markup + "'");
  }
  if (form == "nfkc") {
    options->normalize.form = newslens::NormalizationForm::kNfkc;
  } else if (form != "nfc") {
    return InvalidOption("form must be 'nfc' or 'nfkc', not '" + form + "'");
  }
  return std::nullopt;
}

py::tuple Fail(const newslens::Error& error, const newslens::JsonOptions& json_options) {
  py::object offset = error.offset == newslens::Error::kNoOffset
                          ? py::object(py::none())
                          : py::object(py::int_(error.offset));
  return py::make_tuple(py::str(newslens::ErrorToJson(error, json_options)),
                        py::make_tuple(py::str(newslens::ErrorCodeName(error.code)),
                                       py::str(error.message), std::move(offset)));
}

py::tuple Analyze(const py::bytes& data, const std::string& markup, const std::string& form,
                  int indent, std::optional<std::string> file) {
  const newslens::JsonOptions json_options{.indent = indent < 0 ? -1 : indent,
                                           .file = std::move(file)};
  newslens::AnalyzeOptions options;
  if (auto bad = ReadOptions(markup, form, &options)) return Fail(*bad, json_options);

  char* bytes = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(data.ptr(), &bytes, &size) != 0) throw py::error_already_set();
  const std::string_view input(bytes, static_cast<std::size_t>(size));

  std::optional<newslens::Result<newslens::Analysis>> result;
  std::string json;
  {
    py::gil_scoped_release unlocked;
    result.emplace(newslens::Analyze(input, options));
    if (result->ok()) json = newslens::ToJson(result->value(), json_options);
  }
  if (!result->ok()) return Fail(result->error(), json_options);
  return py::make_tuple(py::str(json), py::none());
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "newslens core (use the package `newslens`, not this module)";
  m.def("analyze", &Analyze, py::arg("data"), py::arg("markup"), py::arg("form"), py::arg("indent"),
        py::arg("file"));
  m.def("version", [] { return std::string(newslens::Version()); });
}
