#include "cli/conll.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner.h"
#include "support/read_file.h"

namespace newslens::cli {
namespace {

constexpr const char* kUsage = "usage: newslens conll [--model PATH] < input.conll\n";

// The first column of a CoNLL line (columns are separated by TABs or spaces).
std::string_view FirstColumn(std::string_view line) {
  std::size_t start = 0;
  while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
  std::size_t end = start;
  while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
  return line.substr(start, end - start);
}

// One document of the input: its lines (without line ends) and the tokens they hold.
class DocumentTagger {
 public:
  explicit DocumentTagger(const NerModel& model) : tagger_(model) {}

  void AddLine(std::string_view line) {
    lines_.push_back(line);
    const std::string_view token = FirstColumn(line);
    if (token.empty()) {
      open_sentence_ = false;
      token_index_.push_back(kNoToken);
    } else if (token == "-DOCSTART-") {
      open_sentence_ = false;
      token_index_.push_back(kDocumentStart);
    } else {
      if (!open_sentence_) sentence_begin_.push_back(tokens_.size());
      open_sentence_ = true;
      token_index_.push_back(tokens_.size());
      tokens_.push_back(token);
    }
  }

  // Tags the lines added so far, appends them with their tags to `out` and starts afresh.
  void Flush(std::string* out) {
    sentences_.clear();
    for (std::size_t s = 0; s < sentence_begin_.size(); ++s) {
      const std::size_t begin = sentence_begin_[s];
      const std::size_t end =
          s + 1 < sentence_begin_.size() ? sentence_begin_[s + 1] : tokens_.size();
      sentences_.push_back(
          {std::span<const std::string_view>(tokens_.data() + begin, end - begin), false});
    }
    tagger_.Tag(sentences_, &tags_);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      std::string_view line = lines_[i];
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      out->append(line);
      if (token_index_[i] == kDocumentStart) {
        out->append("\tO");
      } else if (token_index_[i] != kNoToken) {
        out->push_back('\t');
        out->append(NerTagName(tags_[token_index_[i]]));
      }
      out->push_back('\n');
    }
    lines_.clear();
    token_index_.clear();
    tokens_.clear();
    sentence_begin_.clear();
    open_sentence_ = false;
  }

 private:
  static constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);
  static constexpr std::size_t kDocumentStart = static_cast<std::size_t>(-2);

  NerTagger tagger_;
  std::vector<std::string_view> lines_;
  std::vector<std::size_t> token_index_;
  std::vector<std::string_view> tokens_;
  std::vector<std::size_t> sentence_begin_;  // the first token of each sentence
  std::vector<NerSentence> sentences_;
  std::vector<NerTag> tags_;
  bool open_sentence_ = false;
};

}  // namespace

int RunConll(int argc, char** argv) {
  std::optional<std::string> model_path;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--model") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newslens: option --model needs a value\n%s", kUsage);
        return 2;
      }
      model_path = argv[++i];
    } else if (arg.rfind("--model=", 0) == 0) {
      model_path = std::string(arg.substr(8));
    } else {
      std::fprintf(stderr,
                   "newslens: conll: unexpected argument '%s' (input is read from "
                   "standard input)\n%s",
                   argv[i], kUsage);
      return 2;
    }
  }

  std::optional<NerModel> loaded;
  if (model_path) {
    std::string bytes;
    if (!tools::ReadFile(*model_path, &bytes)) {
      std::fprintf(stderr, "newslens: %s: %s\n", model_path->c_str(), std::strerror(errno));
      return 1;
    }
    Result<NerModel> model = NerModel::Load(bytes);
    if (!model.ok()) {
      std::fprintf(stderr, "newslens: %s: %s\n", model_path->c_str(),
                   model.error().message.c_str());
      return 1;
    }
    loaded = std::move(model).value();
  }
  const NerModel& model = loaded ? *loaded : NerModel::BuiltIn();

  std::string input;
  if (!tools::ReadAll(stdin, &input)) {
    std::fprintf(stderr, "newslens: -: %s\n", std::strerror(errno));
    return 1;
  }
  DocumentTagger document(model);
  std::string output;
  std::size_t start = 0;
  while (start < input.size()) {
    std::size_t end = input.find('\n', start);
    if (end == std::string::npos) end = input.size();
    const std::string_view line(input.data() + start, end - start);
    start = end + 1;
    if (FirstColumn(line) == "-DOCSTART-") document.Flush(&output);
    document.AddLine(line);
    if (output.size() > (1 << 20)) {
      std::fwrite(output.data(), 1, output.size(), stdout);
      output.clear();
    }
  }
  document.Flush(&output);
  std::fwrite(output.data(), 1, output.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace newslens::cli
