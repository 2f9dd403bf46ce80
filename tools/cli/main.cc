// newslens: the command-line shell around the core (see `newslens --help`).
//
// Exit codes (CONTRACT.md): 0 success, 1 bad input (a message on stderr names the file and the
// problem; the other files are still analysed), 2 usage error.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/conll.h"
#include "cli/in_order.h"
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
    "Reads news articles in English (UTF-8, UTF-16 with BOM, Windows-1252, or HTML) and reports\n"
    "who said what about whom. FILE '-' or no FILE reads standard input.\n"
    "\n"
    "commands:\n"
    "  analyze [--format json|jsonl|text] [--form nfc|nfkc] [--html|--plain] [-j N] [FILE...]\n"
    "      the analysis, schema newslens/1 (offsets are bytes into each input);\n"
    "      json: one object per input (an array for several, each with \"file\" set),\n"
    "      jsonl: one line per input with \"file\" set, text: a readable summary;\n"
    "      -j, --jobs N: files analysed on N threads (default: one per core), output in\n"
    "      the order given; warnings (an empty text, a text not in English) on stderr\n"
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

// Reads a whole file (or stdin for "-") into `bytes`; on failure sets `error` to the reason.
// Safe to call from several threads.
bool ReadInputBytes(const std::string& name, std::string* bytes, std::string* error) {
  const bool read =
      name == "-" ? newslens::tools::ReadAll(stdin, bytes) : newslens::tools::ReadFile(name, bytes);
  if (!read) *error = std::strerror(errno);
  return read;
}

// ReadInputBytes, with the failure printed as "newslens: NAME: problem".
std::optional<Input> ReadInput(const std::string& name) {
  Input input{name, {}};
  std::string error;
  if (!ReadInputBytes(name, &input.bytes, &error)) {
    std::fprintf(stderr, "newslens: %s: %s\n", name.c_str(), error.c_str());
    return std::nullopt;
  }
  return input;
}

void Write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// Freeing, glibc hands the pages at the top of a heap back to the system past 128 KiB (the
// threshold stays there once M_MMAP_THRESHOLD is set), and the next document faults them in
// again; with several threads each has a heap of its own, and -j 2 on the PolNeAR train texts
// spent a quarter more CPU time than one thread, a fifth of it in the kernel. A batch of
// documents keeps up to 64 MiB a heap for the next one instead (the blocks of 4 MiB or more
// are still mapped and unmapped on their own: ReturnLargeBlocksToTheSystem).
void KeepFreedMemoryForReuse() {
#if defined(__GLIBC__)
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

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
    bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    } else if (arg.size() > 2 && arg[1] != '-' && listed(with_value, arg.substr(0, 2))) {
      value = arg.substr(2);  // "-j4", as make and xargs take it
      arg = arg.substr(0, 2);
      inline_value = true;
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

// A progress line on stderr ("newslens: 12 of 84 files"), rewritten in place, when stderr is a
// terminal and there are several files; other messages clear it first.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), on_(total > 1 && isatty(fileno(stderr))) {}
  ~Progress() { Clear(); }
  void Done(std::size_t done) {
    if (!on_) return;
    std::fprintf(stderr, "\rnewslens: %zu of %zu files", done, total_);
    std::fflush(stderr);
    shown_ = true;
  }
  void Clear() {
    if (!shown_) return;
    std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

 private:
  std::size_t total_;
  bool on_;
  bool shown_ = false;
};

// One file's outcome. With one job the analysis is kept and written out as it is serialized;
// with several, each worker serializes its own, and only the text waits for its turn.
struct Analysed {
  std::string error;  // why the file was not analysed ("" when it was)
  std::optional<newslens::Analysis> analysis;
  std::string output;
  std::vector<newslens::Warning> warnings;
};

// `-j N`, `--jobs N`: a positive number; the default is the number of cores.
std::optional<std::string> ParseJobs(const Args& args, int* jobs) {
  const unsigned cores = std::thread::hardware_concurrency();
  *jobs = cores == 0 ? 1 : static_cast<int>(cores);
  std::string value;
  if (auto it = args.options.find("--jobs"); it != args.options.end()) value = it->second;
  if (auto it = args.options.find("-j"); it != args.options.end()) value = it->second;
  if (value.empty()) return std::nullopt;
  char* end = nullptr;
  const long n = std::strtol(value.c_str(), &end, 10);
  if (*end != '\0' || n < 1 || n > 1024) {
    return "--jobs must be a number of threads from 1 to 1024, not '" + value + "'";
  }
  *jobs = static_cast<int>(n);
  return std::nullopt;
}

int Analyze(int argc, char** argv) {
  Args args;
  if (auto e = ParseArgs(argc, argv, 2, {"--format", "--form", "-j", "--jobs"},
                         {"--html", "--plain"}, &args)) {
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
  int jobs = 1;
  if (auto e = ParseJobs(args, &jobs)) return UsageError(*e);

  const std::vector<std::string>& files = args.files;
  const bool array = format == "json" && files.size() > 1;
  const bool serial = jobs <= 1 || files.size() <= 1;
  if (files.size() > 1) KeepFreedMemoryForReuse();
  // Items of an array and lines of JSON Lines say which file they are.
  const auto json_options = [&](const std::string& name) {
    return newslens::JsonOptions{
        .indent = format == "jsonl" ? -1 : 2,
        .file = format == "jsonl" || array ? std::optional(name) : std::nullopt};
  };
  const auto serialize = [&](const std::string& name, const newslens::Analysis& analysis,
                             const std::function<void(std::string_view)>& write) {
    if (format == "text") {
      write(newslens::cli::Summary(name, analysis));
    } else {
      newslens::WriteJson(analysis, json_options(name), write);
    }
  };
  const std::function<Analysed(std::size_t)> work = [&](std::size_t i) {
    Analysed out;
    std::string bytes;
    if (!ReadInputBytes(files[i], &bytes, &out.error)) return out;
    newslens::Result<newslens::Analysis> result = newslens::Analyze(bytes, options);
    if (!result.ok()) {
      out.error = result.error().message;
      return out;
    }
    out.warnings = result.value().document.warnings;
    if (serial) {
      out.analysis = std::move(result).value();
    } else {
      serialize(files[i], result.value(), [&](std::string_view s) { out.output.append(s); });
    }
    return out;
  };

  int status = kExitOk;
  bool first_output = true;
  Progress progress(files.size());
  if (array) Write("[\n");
  const std::function<void(std::size_t, Analysed&)> emit = [&](std::size_t i, Analysed& done) {
    const std::string& name = files[i];
    progress.Clear();
    for (const newslens::Warning& w : done.warnings) {
      std::fprintf(stderr, "newslens: %s: warning: %s\n", name.c_str(), w.message.c_str());
    }
    if (!done.error.empty()) {
      std::fprintf(stderr, "newslens: %s: %s\n", name.c_str(), done.error.c_str());
      status = kExitBadInput;
    } else {
      if (format == "text" && !first_output) Write("\n");
      if (array && !first_output) Write(",\n");
      // Streamed with one job: the JSON of a large article is several times its size.
      if (done.analysis) {
        serialize(name, *done.analysis, Write);
      } else {
        Write(done.output);
      }
      if (format != "text" && !array) Write("\n");
      // A consumer reading a pipe gets each document as soon as it is analysed.
      if (format == "jsonl") std::fflush(stdout);
      first_output = false;
    }
    progress.Done(i + 1);
  };
  newslens::cli::RunInOrder<Analysed>(files.size(), jobs, 2 * static_cast<std::size_t>(jobs), work,
                                      emit);
  progress.Clear();
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
