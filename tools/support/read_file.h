// Reading whole files, for the command-line tools (not the core, which reads no files).
//
// Both functions append to `out` and return false on failure, with errno telling why (ENOENT,
// EACCES, EISDIR for a directory, ...); what was read before a read error stays in `out`.
#ifndef NEWSLENS_TOOLS_SUPPORT_READ_FILE_H_
#define NEWSLENS_TOOLS_SUPPORT_READ_FILE_H_

#include <cstdio>
#include <string>

namespace newslens::tools {

// Everything left in an open stream (a file, or stdin). The stream is not closed.
bool ReadAll(std::FILE* stream, std::string* out);

// The whole file at `path`. A regular file's string is sized before reading: grown by doubling
// it could hold up to twice the file, which for an input of many megabytes is the largest
// allocation of the run.
bool ReadFile(const std::string& path, std::string* out);

}  // namespace newslens::tools

#endif  // NEWSLENS_TOOLS_SUPPORT_READ_FILE_H_
