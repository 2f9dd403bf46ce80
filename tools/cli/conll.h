// `newslens conll`: tags CoNLL-formatted tokens with the NER model (CONTRACT.md).
#ifndef NEWSLENS_TOOLS_CLI_CONLL_H_
#define NEWSLENS_TOOLS_CLI_CONLL_H_

namespace newslens::cli {

// Runs `newslens conll [--model PATH]` (argv[1] is "conll"): reads CoNLL lines on standard
// input and writes each back with the predicted BIO tag appended as a last, tab-separated column.
// Returns the exit code: 0 success, 1 a model file that cannot be read or loaded, 2 usage error.
int RunConll(int argc, char** argv);

}  // namespace newslens::cli

#endif  // NEWSLENS_TOOLS_CLI_CONLL_H_
