// tidings-index: parses flags and hands the work to libtidings.
#include <cstdint>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <tidings/error.h>
#include <tidings/indexer.h>
#include <tidings/render.h>

#include "common/cli_options.h"

namespace {

constexpr const char* kProgram = "tidings-index";

std::string count(std::uint64_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

struct Flags {
  std::string db;
  std::string format = "auto";
  bool quiet = false;
  bool no_tag = false;
  bool dry_run = false;
  bool json = false;
  std::vector<std::string> inputs;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace tidings;
  Flags flags;
  CLI::App app{
      "Index news articles for tidings-search.\n\n"
      "Reads plain-text articles (*.txt, *.text; an optional 'Key: value' header block,\n"
      "then the body) and JSON Lines (*.jsonl, *.ndjson, optionally gzip'd). Directories\n"
      "are walked recursively; '-' reads JSON Lines from standard input. An article whose\n"
      "id is already indexed is replaced.\n\n"
      "Exit status: 0 articles indexed, 1 nothing to index, 2 an error (other articles\n"
      "are still indexed).",
      kProgram};
  app.set_version_flag("--version", "tidings-index 0.1.0");
  cli::add_db_option(app, flags.db);
  const std::map<std::string, InputFormat> formats{
      {"auto", InputFormat::kAuto}, {"text", InputFormat::kText}, {"jsonl", InputFormat::kJsonLines}};
  app.add_option("-f,--format", flags.format,
                 "Input format: auto (by file name), text or jsonl (default: auto)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->option_text("FORMAT");
  app.add_flag("-q,--quiet", flags.quiet, "Print only errors: no warnings, no summary");
  app.add_flag("--no-tag", flags.no_tag,
               "Store only the persons and countries given in the input; do not look for persons, countries "
               "and dates in the text");
  app.add_flag("--dry-run", flags.dry_run, "Read and tag the articles, report problems, but write no index");
  app.add_flag("--json", flags.json,
               "With --dry-run: print one JSON object per article (id, title, date, persons, countries, "
               "mentioned_dates)")
      ->needs("--dry-run");
  app.add_option("inputs", flags.inputs, "Files, directories, or - for standard input")
      ->required()
      ->option_text("PATH...");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : cli::kExitError;
  }

  const std::string db = cli::resolve_db(flags.db);
  const DiagnosticSink print = [&](const Diagnostic& d) {
    if (flags.quiet && d.severity == Diagnostic::Severity::kWarning) return;
    std::cerr << kProgram << ": " << d.to_string() << '\n';
  };
  if (flags.dry_run) {
    try {
      Tagger tagger;
      IndexStats stats;
      const IndexerOptions options{ReadOptions{formats.at(flags.format)}};
      for (const auto& input : flags.inputs) {
        tag_path(
            input, options, tagger,
            [&](const Article& article, const Tags& tags) {
              if (flags.json) render_tagged_article_json(article, tags, std::cout);
            },
            print, stats);
      }
      if (!flags.quiet) {
        std::cerr << kProgram << ": dry run: " << count(stats.added, "article", "articles") << " read, "
                  << stats.failed << " failed, " << count(stats.warnings, "warning", "warnings")
                  << "; nothing written\n";
      }
      if (stats.failed > 0) return cli::kExitError;
      return stats.added > 0 ? cli::kExitFound : cli::kExitNothing;
    } catch (const Error& e) {
      cli::print_error(kProgram, e.what());
      return cli::kExitError;
    }
  }
  try {
    IndexWriter writer(db, IndexWriterOptions{!flags.no_tag});
    Indexer indexer(writer, IndexerOptions{ReadOptions{formats.at(flags.format)}}, print);
    for (const auto& input : flags.inputs) indexer.index_path(input);
    writer.commit();
    const IndexStats& stats = indexer.stats();
    if (!flags.quiet) {
      std::cerr << kProgram << ": " << stats.indexed() << " indexed (" << stats.added << " added, "
                << stats.replaced << " replaced), " << stats.failed << " failed, "
                << count(stats.warnings, "warning", "warnings") << "; "
                << count(writer.document_count(), "article", "articles") << " in " << db << '\n';
    }
    if (stats.failed > 0) return cli::kExitError;
    return stats.indexed() > 0 ? cli::kExitFound : cli::kExitNothing;
  } catch (const Error& e) {
    cli::print_error(kProgram, e.what());
    return cli::kExitError;
  }
}
