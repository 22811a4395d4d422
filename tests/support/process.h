// Running the real programs from end-to-end tests.
#ifndef TIDINGS_TESTS_SUPPORT_PROCESS_H_
#define TIDINGS_TESTS_SUPPORT_PROCESS_H_

#include <map>
#include <string>
#include <vector>

namespace tidings::test {

struct ProcessResult {
  int exit_status = -1;  // the program's exit status, or -1 if it was killed
  std::string out;       // everything it wrote to standard output
  std::string err;       // everything it wrote to standard error
};

struct ProcessOptions {
  std::string input;                       // fed to standard input, then closed
  std::map<std::string, std::string> env;  // added to (or replacing in) the environment
  std::vector<std::string> unset_env;      // removed from the environment
};

inline ProcessOptions with_input(std::string input) {
  ProcessOptions options;
  options.input = std::move(input);
  return options;
}

inline ProcessOptions with_env(std::map<std::string, std::string> env, std::vector<std::string> unset = {}) {
  ProcessOptions options;
  options.env = std::move(env);
  options.unset_env = std::move(unset);
  return options;
}

// Runs `argv` (argv[0] is the program's path) and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

}  // namespace tidings::test

#endif  // TIDINGS_TESTS_SUPPORT_PROCESS_H_
