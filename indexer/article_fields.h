// Helpers shared by the plain-text and JSON Lines readers: filling an
// Article's fields from raw values, each problem reported with its origin.
#ifndef TIDINGS_INDEXER_ARTICLE_FIELDS_H_
#define TIDINGS_INDEXER_ARTICLE_FIELDS_H_

#include <string>
#include <string_view>
#include <vector>

#include <tidings/article.h>
#include <tidings/article_reader.h>
#include <tidings/diagnostic.h>

namespace tidings {

std::string_view trim_spaces(std::string_view text);

void report(const DiagnosticSink& diagnostics, const ArticleOrigin& origin, Diagnostic::Severity severity,
            std::string message);

// Repairs invalid UTF-8 in `text` (which starts at origin.line, or line 1
// of a whole file) and warns once with the line of the first repair.
void repair_and_report(std::string& text, const ArticleOrigin& origin, const DiagnosticSink& diagnostics);

// Parses `value` as the publication date; warns and leaves the date unset
// if it is not a date Tidings understands.
void set_date(Article& article, std::string_view value, const ArticleOrigin& origin,
              const DiagnosticSink& diagnostics);

// Adds a tag unless it is empty or already present.
void add_tag(std::vector<std::string>& tags, std::string_view value);

// Reports an error and returns false if the article's id is unusable.
bool check_id(const Article& article, const ArticleOrigin& origin, const DiagnosticSink& diagnostics);

}  // namespace tidings

#endif  // TIDINGS_INDEXER_ARTICLE_FIELDS_H_
