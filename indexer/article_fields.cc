#include "indexer/article_fields.h"

#include <algorithm>
#include <cctype>

#include "common/utf8.h"

namespace tidings {

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

void report(const DiagnosticSink& diagnostics, const ArticleOrigin& origin, Diagnostic::Severity severity,
            std::string message) {
  if (diagnostics) diagnostics(Diagnostic{severity, origin.file, origin.line, std::move(message)});
}

void repair_and_report(std::string& text, const ArticleOrigin& origin, const DiagnosticSink& diagnostics) {
  const Utf8Repair repair = repair_utf8(text, origin.line == 0 ? 1 : origin.line);
  if (repair.replaced == 0) return;
  report(diagnostics, ArticleOrigin{origin.file, repair.first_line}, Diagnostic::Severity::kWarning,
         "invalid UTF-8 repaired: " + std::to_string(repair.replaced) +
             (repair.replaced == 1 ? " byte sequence" : " byte sequences") + " replaced by U+FFFD");
}

void set_date(Article& article, std::string_view value, const ArticleOrigin& origin,
              const DiagnosticSink& diagnostics) {
  if (trim_spaces(value).empty()) return;
  article.date = parse_date(value);
  if (!article.date) {
    report(diagnostics, origin, Diagnostic::Severity::kWarning,
           "unrecognised date '" + std::string(value) +
               "' (expected ISO 8601 or RFC 2822); article indexed without a date");
  }
}

void add_tag(std::vector<std::string>& tags, std::string_view value) {
  value = trim_spaces(value);
  if (value.empty() || std::find(tags.begin(), tags.end(), value) != tags.end()) return;
  tags.emplace_back(value);
}

bool check_id(const Article& article, const ArticleOrigin& origin, const DiagnosticSink& diagnostics) {
  if (article.id.empty()) {
    report(diagnostics, origin, Diagnostic::Severity::kError, "article has no id; not indexed");
    return false;
  }
  if (article.id.size() > Article::kMaxIdBytes) {
    report(diagnostics, origin, Diagnostic::Severity::kError,
           "article id is " + std::to_string(article.id.size()) + " bytes long (at most " +
               std::to_string(Article::kMaxIdBytes) + "); not indexed");
    return false;
  }
  return true;
}

}  // namespace tidings
