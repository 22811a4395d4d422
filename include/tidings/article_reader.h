// tidings/article_reader.h — turning files, directories and streams into articles.
//
// Formats:
//   * Plain text. An optional header block of "Key: value" lines (Title, Date,
//     Id, Source, Url, and repeatable Person and Country; keys are
//     case-insensitive) ended by a blank line, then the body. The block is
//     recognised only when the first line is one of those keys, so an article
//     that opens "Doha: US Secretary..." keeps its first line. When no Title
//     is given, a short first line (at most kMaxTitleLineChars characters)
//     with no final full stop, followed by more text, is the title and the
//     body is what follows; otherwise the title is empty (so a one-line
//     article is all body, and has a snippet to show).
//   * JSON Lines. One JSON object per line with the keys id, title, body,
//     date, source, url (strings) and persons, countries (arrays of strings).
//     A non-empty "dateline" string (as Reuters-21578 has: "NEW YORK, Feb
//     26 -") becomes the body's first line, as it stands on the wire, unless
//     the body already starts with it. Unknown keys are ignored; blank lines
//     are skipped. Files ending in .gz are decompressed while read.
//
// Every problem is reported through the DiagnosticSink with the file and line
// and never stops the rest: a malformed JSON line loses that line only, an
// unreadable file loses that file only. Invalid UTF-8 is repaired to U+FFFD
// with a warning.
#ifndef TIDINGS_ARTICLE_READER_H_
#define TIDINGS_ARTICLE_READER_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <tidings/article.h>
#include <tidings/diagnostic.h>

namespace tidings {

enum class InputFormat {
  kAuto,       // by file name: *.jsonl, *.ndjson (optionally .gz) are JSON Lines,
               // anything else is plain text; standard input is JSON Lines
  kText,       // every file is one plain-text article
  kJsonLines,  // every file is JSON Lines
};

// Where an article came from, for messages: the file as given and, for JSON
// Lines, the 1-based line (0 for a whole plain-text file).
struct ArticleOrigin {
  std::string file;
  std::size_t line = 0;
};

// Receives each article that was read successfully.
using ArticleSink = std::function<void(Article&&, const ArticleOrigin&)>;

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
};

// A title line longer than this is taken to be body text.
inline constexpr std::size_t kMaxTitleLineChars = 150;

// Parses one plain-text article. `default_id` is used when the text has no
// Id header. Problems (a bad date, invalid UTF-8, an unknown header key) are
// reported through `diagnostics` against `origin`. Returns nullopt (after
// reporting an error) when there is nothing to index: an empty file.
std::optional<Article> parse_text_article(std::string_view text, const std::string& default_id,
                                          const ArticleOrigin& origin, const DiagnosticSink& diagnostics);

// Parses one line of JSON Lines. Returns nullopt, after reporting an error,
// when the line is not a JSON object or has no usable id.
std::optional<Article> parse_json_article(std::string_view line, const ArticleOrigin& origin,
                                          const DiagnosticSink& diagnostics);

// Reads every article under `path`: a file, a directory (walked recursively,
// in name order, skipping hidden entries and files that are neither *.txt,
// *.text nor JSON Lines), or "-" for standard input.
//
// A plain-text article without an Id header gets its id from its path
// relative to the directory given (without the .txt or .text extension), or
// from its file name when the file itself was given, so indexing the same
// files again replaces rather than duplicates them.
//
// Returns the number of files that could not be read at all.
std::size_t read_articles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                          const DiagnosticSink& diagnostics);

}  // namespace tidings

#endif  // TIDINGS_ARTICLE_READER_H_
