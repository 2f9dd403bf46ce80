// The CLI's `--format text`: an analysis as a short report for people.
#ifndef NEWSLENS_TOOLS_CLI_SUMMARY_H_
#define NEWSLENS_TOOLS_CLI_SUMMARY_H_

#include <string>
#include <string_view>

#include "newslens/analysis.h"

namespace newslens::cli {

// `name` is the file as given ("-" for standard input).
std::string Summary(std::string_view name, const Analysis& analysis);

}  // namespace newslens::cli

#endif  // NEWSLENS_TOOLS_CLI_SUMMARY_H_
