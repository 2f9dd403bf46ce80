// A program built against an installed newslens (CMake package or pkg-config; run.sh):
//   newslens_consumer FILE
// prints the analysis of FILE as the CLI's `analyze --format json FILE` does, so run.sh can
// compare the two byte for byte; exits 1 when the file cannot be read or is refused, or when
// the analysis finds no quote or no entity (the sample article has both).
#include <cstdio>
#include <string>

#include "newslens/newslens.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: newslens_consumer FILE\n");
    return 2;
  }
  std::FILE* file = std::fopen(argv[1], "rb");
  if (file == nullptr) {
    std::perror(argv[1]);
    return 1;
  }
  std::string bytes;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
    bytes.append(buffer, n);
  std::fclose(file);

  newslens::Result<newslens::Analysis> result = newslens::Analyze(bytes);
  if (!result.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[1], result.error().message.c_str());
    return 1;
  }
  const newslens::Analysis& analysis = result.value();
  std::fputs(newslens::ToJson(analysis, {.indent = 2, .file = std::nullopt}).c_str(), stdout);
  std::fputs("\n", stdout);
  if (analysis.quotes.empty() || analysis.entities.empty()) {
    std::fprintf(stderr, "%s: expected quotes and entities, found %zu and %zu\n", argv[1],
                 analysis.quotes.size(), analysis.entities.size());
    return 1;
  }
  return 0;
}
