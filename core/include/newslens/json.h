// The analysis as JSON, schema `newslens/1` (CONTRACT.md).
//
// The output is deterministic (fixed key order, fixed number format) so that the native CLI and
// the WebAssembly module produce the same bytes for the same input. Strings are valid UTF-8.
#ifndef NEWSLENS_JSON_H_
#define NEWSLENS_JSON_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "newslens/analysis.h"
#include "newslens/status.h"

namespace newslens {

struct JsonOptions {
  int indent = 2;                   // spaces per level; -1 for one line (JSON Lines)
  std::optional<std::string> file;  // sets the "file" member (the CLI's jsonl output)
};

std::string ToJson(const Analysis& analysis, const JsonOptions& options = {});

// Writes the same bytes as ToJson, in pieces of some 64 KB, to `write`: the JSON of a large
// article (several times the size of the article) need not be held in memory at once.
void WriteJson(const Analysis& analysis, const JsonOptions& options,
               const std::function<void(std::string_view)>& write);

// An error as one JSON object: {"error": {"code": "not_text", "message": ..., "offset": 17}}
// ("offset" is null without a position), with "file" when given.
std::string ErrorToJson(const Error& error, const JsonOptions& options = {});

}  // namespace newslens

#endif  // NEWSLENS_JSON_H_
