// Plain-text articles: an optional "Key: value" header block, then the body.
#include <algorithm>
#include <array>
#include <cctype>

#include <tidings/article_reader.h>

#include "common/utf8.h"
#include "indexer/article_fields.h"

namespace tidings {

namespace {

enum class HeaderKey { kTitle, kDate, kId, kSource, kUrl, kPerson, kCountry, kUnknown };

HeaderKey header_key(std::string_view name) {
  struct Entry {
    std::string_view name;
    HeaderKey key;
  };
  static constexpr std::array<Entry, 7> kKeys{{{"title", HeaderKey::kTitle},
                                               {"date", HeaderKey::kDate},
                                               {"id", HeaderKey::kId},
                                               {"source", HeaderKey::kSource},
                                               {"url", HeaderKey::kUrl},
                                               {"person", HeaderKey::kPerson},
                                               {"country", HeaderKey::kCountry}}};
  for (const auto& entry : kKeys) {
    if (name.size() == entry.name.size() &&
        std::equal(name.begin(), name.end(), entry.name.begin(),
                   [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
      return entry.key;
  }
  return HeaderKey::kUnknown;
}

// Splits "Key: value" into its parts; false if the line is not of that form.
bool split_header_line(std::string_view line, std::string_view& key, std::string_view& value) {
  const auto colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  key = line.substr(0, colon);
  const bool key_ok = std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
  if (!key_ok) return false;
  value = trim_spaces(line.substr(colon + 1));
  return true;
}

class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}
  bool done() const { return pos_ >= text_.size(); }
  std::size_t line_number() const { return line_; }
  std::string_view rest() const { return text_.substr(std::min(pos_, text_.size())); }
  std::string_view peek() const {
    const auto end = text_.find('\n', pos_);
    return text_.substr(pos_, end == std::string_view::npos ? std::string_view::npos : end - pos_);
  }
  std::string_view take() {
    const std::string_view line = peek();
    pos_ += line.size() + 1;
    ++line_;
    return line;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

void read_header_block(LineCursor& lines, Article& article, bool& has_title, const ArticleOrigin& origin,
                       const DiagnosticSink& diagnostics) {
  while (!lines.done()) {
    const std::size_t line_number = lines.line_number();
    const std::string_view line = lines.take();
    if (is_blank(line)) return;
    std::string_view key;
    std::string_view value;
    const ArticleOrigin here{origin.file, line_number};
    if (!split_header_line(line, key, value)) {
      report(diagnostics, here, Diagnostic::Severity::kWarning,
             "header line is not 'Key: value'; ignored (end the header with a blank line)");
      continue;
    }
    switch (header_key(key)) {
      case HeaderKey::kTitle:
        article.title = value;
        has_title = true;
        break;
      case HeaderKey::kDate: set_date(article, value, here, diagnostics); break;
      case HeaderKey::kId: article.id = value; break;
      case HeaderKey::kSource: article.source = value; break;
      case HeaderKey::kUrl: article.url = value; break;
      case HeaderKey::kPerson: add_tag(article.persons, value); break;
      case HeaderKey::kCountry: add_tag(article.countries, value); break;
      case HeaderKey::kUnknown:
        report(diagnostics, here, Diagnostic::Severity::kWarning,
               "unknown header key '" + std::string(key) + "' ignored");
        break;
    }
  }
}

// A headline: short, and not ending like a sentence.
bool looks_like_title(std::string_view line) {
  line = trim_spaces(line);
  return !line.empty() && line.back() != '.' && count_code_points(line) <= kMaxTitleLineChars;
}

}  // namespace

std::optional<Article> parse_text_article(std::string_view raw, const std::string& default_id,
                                          const ArticleOrigin& origin, const DiagnosticSink& diagnostics) {
  std::string text(raw);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // byte order mark
  std::erase(text, '\r');
  repair_and_report(text, origin, diagnostics);
  if (is_blank(text)) {
    report(diagnostics, origin, Diagnostic::Severity::kError, "empty article: nothing to index");
    return std::nullopt;
  }

  Article article;
  bool has_title = false;
  LineCursor lines(text);
  std::string_view key;
  std::string_view value;
  if (split_header_line(lines.peek(), key, value) && header_key(key) != HeaderKey::kUnknown) {
    read_header_block(lines, article, has_title, origin, diagnostics);
  }
  while (!lines.done() && is_blank(lines.peek())) lines.take();
  if (!has_title && !lines.done()) {
    const std::string_view first = lines.peek();
    const bool more_follows = !is_blank(lines.rest().substr(std::min(first.size(), lines.rest().size())));
    if (looks_like_title(first) && more_follows) {
      article.title = trim_spaces(lines.take());
      while (!lines.done() && is_blank(lines.peek())) lines.take();
    }
  }
  std::string_view body = lines.rest();
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
  article.body = body;
  if (article.id.empty()) article.id = default_id;
  if (!check_id(article, origin, diagnostics)) return std::nullopt;
  return article;
}

}  // namespace tidings
