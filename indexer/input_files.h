// Reading input files: whole files, lines of (possibly gzip'd) files and
// standard input, and the walk over a directory tree.
#ifndef TIDINGS_INDEXER_INPUT_FILES_H_
#define TIDINGS_INDEXER_INPUT_FILES_H_

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <tidings/article_reader.h>

namespace tidings {

// The format `path` is read in under `requested` (kAuto decides by name).
InputFormat format_for(const std::filesystem::path& path, InputFormat requested);

// Whether a directory walk picks up `path`: *.txt, *.text and JSON Lines
// files (*.jsonl, *.ndjson, optionally .gz).
bool is_article_file(const std::filesystem::path& path);

// Article files below `dir`, recursively, sorted by path, hidden files and
// directories skipped. Unreadable subdirectories are skipped silently by the
// walk; throws Error(kIO) if `dir` itself cannot be read.
std::vector<std::filesystem::path> list_article_files(const std::filesystem::path& dir);

// The whole content of a file, decompressed if it is gzip'd.
// Throws Error(kNotFound or kIO) naming the file and the system's reason.
std::string read_file(const std::string& path);

// Reads a file (gzip'd or not) or standard input ("-") line by line,
// whatever the length of a line.
class LineReader {
 public:
  // Throws Error(kNotFound or kIO) naming the file.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line without its line break; false at the end.
  // Throws Error(kIO) on a read error (a truncated gzip stream).
  bool next(std::string& line);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_INDEXER_INPUT_FILES_H_
