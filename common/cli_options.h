// Command-line option bundles shared by tidings-index and tidings-search, so
// that the same flag means the same thing, with the same help, in both.
#ifndef TIDINGS_COMMON_CLI_OPTIONS_H_
#define TIDINGS_COMMON_CLI_OPTIONS_H_

#include <string>

#include <CLI/CLI.hpp>

namespace tidings::cli {

// Exit statuses shared by both programs, as grep uses them.
inline constexpr int kExitFound = 0;    // something found (or indexed)
inline constexpr int kExitNothing = 1;  // nothing found (or nothing to index)
inline constexpr int kExitError = 2;    // an error, even if something else succeeded

// --db PATH. Leaves `db` empty when not given; resolve with resolve_db().
void add_db_option(CLI::App& app, std::string& db);

// The --db value if given, else default_index_path().
std::string resolve_db(const std::string& db_flag);

// Prints "PROGRAM: error: MESSAGE" on standard error.
void print_error(const std::string& program, const std::string& message);

}  // namespace tidings::cli

#endif  // TIDINGS_COMMON_CLI_OPTIONS_H_
