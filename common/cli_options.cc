#include "common/cli_options.h"

#include <iostream>

#include <tidings/index_writer.h>

namespace tidings::cli {

void add_db_option(CLI::App& app, std::string& db) {
  app.add_option("--db", db,
                 "Index directory (default: $TIDINGS_DB, else $XDG_DATA_HOME/tidings, "
                 "else ~/.local/share/tidings)")
      ->option_text("PATH");
}

std::string resolve_db(const std::string& db_flag) {
  return db_flag.empty() ? default_index_path() : db_flag;
}

void print_error(const std::string& program, const std::string& message) {
  std::cerr << program << ": error: " << message << '\n';
}

}  // namespace tidings::cli
