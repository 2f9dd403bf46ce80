#include "support/read_file.h"

#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <system_error>

namespace newslens::tools {

bool ReadAll(std::FILE* stream, std::string* out) {
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stream)) > 0) out->append(buffer, n);
  return std::ferror(stream) == 0;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  // Not for a directory, whose "size" means nothing (reading it then fails with EISDIR).
  std::error_code error_code;
  if (std::filesystem::is_regular_file(path, error_code)) {
    const std::uintmax_t size = std::filesystem::file_size(path, error_code);
    if (!error_code && size < out->max_size() - out->size()) {
      out->reserve(out->size() + static_cast<std::size_t>(size));
    }
  }
  const bool ok = ReadAll(file, out);
  const int error = errno;  // fclose may set errno; the read error is the one to report
  std::fclose(file);
  errno = error;
  return ok;
}

}  // namespace newslens::tools
