// tidings-search: parses flags and hands the work to libtidings.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <tidings/error.h>
#include <tidings/render.h>
#include <tidings/searcher.h>

#include "common/cli_options.h"

namespace {

constexpr const char* kProgram = "tidings-search";

struct Flags {
  std::string db;
  tidings::SearchOptions search;
  std::string color = "auto";
  bool json = false;
  std::vector<std::string> words;
};

std::string join(const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) {
    if (!query.empty()) query += ' ';
    query += word;
  }
  return query;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tidings;
  Flags flags;
  CLI::App app{
      "Search news articles indexed by tidings-index.\n\n"
      "QUERY is Xapian's query language: words (all must match; stemmed, so 'visit'\n"
      "also finds 'visited'), \"phrases\", AND, OR, NOT, XOR, +word, -word, (...),\n"
      "word*, and the fields title:WORD, id:ID and source:NAME. Case and accents are\n"
      "ignored. Results are ranked by BM25, headline matches first.\n\n"
      "Exit status: 0 something found, 1 nothing found, 2 an error.",
      kProgram};
  app.set_version_flag("--version", "tidings-search 0.1.0");
  cli::add_db_option(app, flags.db);
  app.add_option("-n,--limit", flags.search.limit, "Show at most N results (default: 10)")
      ->option_text("N")
      ->check(CLI::Range(1, 100000));
  app.add_option("--offset", flags.search.offset, "Skip the first N results, for paging (default: 0)")
      ->option_text("N")
      ->check(CLI::Range(0, 1000000000));
  app.add_option("--snippet-length", flags.search.snippet_length,
                 "Snippet length in characters (default: 200)")
      ->option_text("N")
      ->check(CLI::Range(20, 10000));
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
  app.add_option("--color", flags.color,
                 "Highlight matches: auto (on a terminal, unless NO_COLOR is set), always or never "
                 "(default: auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("WHEN");
  app.add_flag("--facets", flags.search.facets,
               "Also count the top persons, countries and publication months over all matches");
  app.add_flag("--json", flags.json, "Print one JSON document with the results (see tidings-search(1))");
  app.add_option("query", flags.words, "The query; several arguments are joined with spaces")
      ->required()
      ->option_text("QUERY...");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : cli::kExitError;
  }

  try {
    Searcher searcher(cli::resolve_db(flags.db));
    const SearchResults results = searcher.search(join(flags.words), flags.search);
    if (flags.json) {
      render_json(results, std::cout);
    } else {
      const bool color =
          use_color(colors.at(flags.color), isatty(STDOUT_FILENO) != 0, std::getenv("NO_COLOR"));
      render_text(results, std::cout, TextRenderOptions{color});
    }
    std::cout.flush();
    if (!std::cout) {
      cli::print_error(kProgram, "cannot write the results to standard output");
      return cli::kExitError;
    }
    return results.total_estimate > 0 ? cli::kExitFound : cli::kExitNothing;
  } catch (const Error& e) {
    cli::print_error(kProgram, e.what());
    return cli::kExitError;
  }
}
