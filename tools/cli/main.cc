// newslens: the command-line shell around the core (see `newslens --help`).
//
// Exit codes (CONTRACT.md): 0 success, 1 bad input (a message on stderr names the file and the
// problem; the other files are still analysed), 2 usage error.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/conll.h"
#include "cli/summary.h"
#include "newslens/newslens.h"
#include "support/read_file.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage =
    "usage: newslens <command> [options] [FILE...]\n"
    "\n"
    "Reads news articles (UTF-8, UTF-16 with BOM, Windows-1252, or HTML) and reports who said\n"
    "what about whom. FILE '-' or no FILE reads standard input.\n"
    "\n"
    "commands:\n"
    "  analyze [--format json|jsonl|text] [--form nfc|nfkc] [--html|--plain] [FILE...]\n"
    "      the analysis, schema newslens/1 (offsets are bytes into each input);\n"
    "      json: one object per input (an array for several), jsonl: one line per input\n"
    "      with \"file\" set, text: a readable summary\n"
    "  normalize [--form nfc|nfkc] [--no-fold] [FILE...]\n"
    "      the normalized text: Unicode NFC (or NFKC), quotation marks, apostrophes,\n"
    "      dashes and spaces folded (--no-fold: Unicode normalization only)\n"
    "  conll [--model PATH]   CoNLL lines on stdin, each written back with its NER tag\n"
    "\n"
    "options:\n"
    "  -h, --help     this help\n"
    "  --version      the version\n"
    "\n"
    "exit status: 0 success, 1 bad input (reported on stderr), 2 usage error\n";

int UsageError(const std::string& message) {
  std::fprintf(stderr, "newslens: %s\n(try 'newslens --help')\n", message.c_str());
  return kExitUsage;
}

struct Input {
  std::string name;  // as given; "-" for standard input
  std::string bytes;
};

// Reads a whole file (or stdin for "-"); on failure prints "newslens: NAME: problem".
std::optional<Input> ReadInput(const std::string& name) {
  Input input{name, {}};
  const bool read = name == "-" ? newslens::tools::ReadAll(stdin, &input.bytes)
                                : newslens::tools::ReadFile(name, &input.bytes);
  if (!read) {
    std::fprintf(stderr, "newslens: %s: %s\n", name.c_str(), std::strerror(errno));
    return std::nullopt;
  }
  return input;
}

void Write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

struct Args {
  std::map<std::string, std::string> options;  // "--format" -> "json"; flags map to ""
  std::vector<std::string> files;
};

// Parses `argv[first..]`: options that take a value are listed in `with_value`, flags in
// `flags`. Returns an error message, or nothing.
std::optional<std::string> ParseArgs(int argc, char** argv, int first,
                                     const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& flags, Args* args) {
  auto listed = [](const std::vector<std::string>& list, const std::string& s) {
    for (const auto& x : list)
      if (x == s) return true;
    return false;
  };
  bool only_files = false;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      args->files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_files = true;
      continue;
    }
    std::string value;
    const std::size_t eq = arg.find('=');
    const bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    if (listed(with_value, arg)) {
      if (!inline_value) {
        if (i + 1 >= argc) return "option " + arg + " needs a value";
        value = argv[++i];
      }
      args->options[arg] = value;
    } else if (listed(flags, arg) && !inline_value) {
      args->options[arg] = "";
    } else {
      return "unknown option " + arg;
    }
  }
  if (args->files.empty()) args->files.push_back("-");
  return std::nullopt;
}

std::optional<std::string> ParseForm(const Args& args, newslens::NormalizationForm* form) {
  auto it = args.options.find("--form");
  if (it == args.options.end() || it->second == "nfc") return std::nullopt;
  if (it->second == "nfkc") {
    *form = newslens::NormalizationForm::kNfkc;
    return std::nullopt;
  }
  return "--form must be nfc or nfkc, not '" + it->second + "'";
}

void ReportError(const std::string& name, const newslens::Error& error) {
  std::fprintf(stderr, "newslens: %s: %s\n", name.c_str(), error.message.c_str());
}

int Analyze(int argc, char** argv) {
  Args args;
  if (auto e = ParseArgs(argc, argv, 2, {"--format", "--form"}, {"--html", "--plain"}, &args)) {
    return UsageError(*e);
  }
  const std::string format = args.options.count("--format") ? args.options["--format"] : "json";
  if (format != "json" && format != "jsonl" && format != "text") {
    return UsageError("--format must be json, jsonl or text, not '" + format + "'");
  }
  newslens::AnalyzeOptions options;
  if (auto e = ParseForm(args, &options.normalize.form)) return UsageError(*e);
  if (args.options.count("--html") && args.options.count("--plain")) {
    return UsageError("--html and --plain exclude each other");
  }
  if (args.options.count("--html")) options.decode.markup = newslens::MarkupMode::kHtml;
  if (args.options.count("--plain")) options.decode.markup = newslens::MarkupMode::kText;

  int status = kExitOk;
  const bool array = format == "json" && args.files.size() > 1;
  bool first_output = true;
  if (array) Write("[\n");
  for (const std::string& name : args.files) {
    std::optional<Input> input = ReadInput(name);
    if (!input) {
      status = kExitBadInput;
      continue;
    }
    newslens::Result<newslens::Analysis> result = newslens::Analyze(input->bytes, options);
    if (!result.ok()) {
      ReportError(name, result.error());
      status = kExitBadInput;
      continue;
    }
    if (format == "text") {
      if (!first_output) Write("\n");
      Write(newslens::cli::Summary(name, result.value()));
    } else if (format == "jsonl") {
      // Streamed: the JSON of a large article is several times its size.
      newslens::WriteJson(result.value(), {.indent = -1, .file = name}, Write);
      Write("\n");
    } else {
      if (array && !first_output) Write(",\n");
      newslens::WriteJson(result.value(), {.indent = 2, .file = std::nullopt}, Write);
      if (!array) Write("\n");
    }
    first_output = false;
  }
  if (array) Write("\n]\n");
  return status;
}

int Normalize(int argc, char** argv) {
  Args args;
  if (auto e = ParseArgs(argc, argv, 2, {"--form"}, {"--no-fold"}, &args)) return UsageError(*e);
  newslens::NormalizeOptions options;
  if (auto e = ParseForm(args, &options.form)) return UsageError(*e);
  options.fold = args.options.count("--no-fold") == 0;
  int status = kExitOk;
  for (const std::string& name : args.files) {
    std::optional<Input> input = ReadInput(name);
    if (!input) {
      status = kExitBadInput;
      continue;
    }
    newslens::Result<newslens::DecodedText> decoded =
        newslens::DecodeInput(input->bytes, {.markup = newslens::MarkupMode::kText});
    if (!decoded.ok()) {
      ReportError(name, decoded.error());
      status = kExitBadInput;
      continue;
    }
    Write(newslens::Normalize(decoded.value().text, options).text);
  }
  return status;
}

// glibc gives a block of 128 KiB or more a mapping of its own, returned to the system when the
// block is freed; but each such free raises that threshold to the block's size (up to 32 MiB),
// and later blocks below it come from the heap, where once freed they stay resident. On a long
// input the stages free large working blocks (a sentence's lowered copy, doubled vectors) that
// then count towards the peak until the end. A fixed threshold of 4 MiB keeps the large blocks
// mapped and leaves the small ones of ordinary articles as they were: on 10^6 unbalanced marks
// (21 MB) the peak goes from 213.6 to 189.5 MB (10^6 bytes), in the same time.
void ReturnLargeBlocksToTheSystem() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  ReturnLargeBlocksToTheSystem();
  if (argc < 2) return UsageError("a command is needed: analyze or normalize");
  const std::string_view command = argv[1];
  if (command == "-h" || command == "--help" || command == "help") {
    Write(kUsage);
    return kExitOk;
  }
  if (command == "--version") {
    Write(std::string("newslens ") + newslens::Version() + "\n");
    return kExitOk;
  }
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "-h" || arg == "--help") {
      Write(kUsage);
      return kExitOk;
    }
  }
  if (command == "analyze") return Analyze(argc, argv);
  if (command == "normalize") return Normalize(argc, argv);
  if (command == "conll") return newslens::cli::RunConll(argc, argv);
  return UsageError("unknown command '" + std::string(command) + "'");
}
