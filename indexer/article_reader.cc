// read_articles(): from a path (file, directory or "-") to articles.
#include <filesystem>

#include <tidings/article_reader.h>
#include <tidings/error.h>

#include "indexer/article_fields.h"
#include "indexer/input_files.h"

namespace tidings {

namespace fs = std::filesystem;

namespace {

// The default id of a plain-text article: its path below the directory the
// user named, without the .txt/.text extension, '/'-separated everywhere.
std::string id_from_path(const fs::path& file, const fs::path& base) {
  fs::path relative = base.empty() ? file.filename() : file.lexically_relative(base);
  const std::string extension = relative.extension().string();
  if (extension == ".txt" || extension == ".text") relative.replace_extension();
  return relative.generic_string();
}

// Reads one file; returns false if it could not be read at all.
bool read_one_file(const fs::path& file, const fs::path& base, InputFormat requested, const ArticleSink& sink,
                   const DiagnosticSink& diagnostics) {
  const std::string name = file.string();
  try {
    if (format_for(file, requested) == InputFormat::kJsonLines) {
      LineReader reader(name);
      std::string line;
      std::size_t line_number = 0;
      while (reader.next(line)) {
        ++line_number;
        if (trim_spaces(line).empty()) continue;
        const ArticleOrigin origin{name, line_number};
        if (auto article = parse_json_article(line, origin, diagnostics)) sink(std::move(*article), origin);
      }
      return true;
    }
    const ArticleOrigin origin{name, 0};
    // Standard input has no path to derive an id from: it needs an Id header.
    const std::string default_id = name == "-" ? "" : id_from_path(file, base);
    if (auto article = parse_text_article(read_file(name), default_id, origin, diagnostics)) {
      sink(std::move(*article), origin);
    }
    return true;
  } catch (const Error& e) {
    // A file that cannot be read costs that file, never the batch.
    report(diagnostics, ArticleOrigin{name, 0}, Diagnostic::Severity::kError, e.what());
    return false;
  }
}

}  // namespace

std::size_t read_articles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                          const DiagnosticSink& diagnostics) {
  if (path == "-") return read_one_file("-", {}, options.format, sink, diagnostics) ? 0 : 1;

  std::error_code ec;
  if (!fs::is_directory(path, ec)) return read_one_file(path, {}, options.format, sink, diagnostics) ? 0 : 1;

  std::vector<fs::path> files;
  try {
    files = list_article_files(path);
  } catch (const Error& e) {
    report(diagnostics, ArticleOrigin{path, 0}, Diagnostic::Severity::kError, e.what());
    return 1;
  }
  std::size_t unreadable = 0;
  for (const auto& file : files) {
    if (!read_one_file(file, path, options.format, sink, diagnostics)) ++unreadable;
  }
  return unreadable;
}

}  // namespace tidings
