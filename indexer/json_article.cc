// JSON Lines articles: one object per line.
//
// Keys read: id, title, body, source, url, date, persons, countries, and
// dateline. A non-empty string `dateline` (Reuters-21578: "NEW YORK, Feb 26
// -") names the place the story was filed from, and a reader of the article
// sees it, so it is kept as the body's first line, as on the wire: the body
// becomes dateline + "\n" + body, unless the body already starts with the
// dateline. It is not stored separately.
#include <nlohmann/json.hpp>

#include <tidings/article_reader.h>

#include "indexer/article_fields.h"

namespace tidings {

namespace {

using Json = nlohmann::json;

// nlohmann's messages start "[json.exception.parse_error.101] parse error at
// line 1, column 7: ..."; on a single line only the column is worth keeping.
std::string describe_parse_error(const Json::parse_error& e) {
  std::string message = e.what();
  const auto column = message.find("column ");
  if (column != std::string::npos) return message.substr(column);
  const auto bracket = message.find("] ");
  return bracket == std::string::npos ? message : message.substr(bracket + 2);
}

// "an array", "a number", ... for messages.
std::string a_type(const Json& value) {
  const std::string name = value.type_name();
  const bool vowel = !name.empty() && std::string_view("aeiou").find(name.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + name;
}

// Reads a string-valued key; null or missing leaves `out` alone.
void read_string(const Json& object, const char* key, std::string& out, const ArticleOrigin& origin,
                 const DiagnosticSink& diagnostics) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return;
  if (it->is_string()) {
    out = it->get<std::string>();
  } else {
    report(diagnostics, origin, Diagnostic::Severity::kWarning,
           std::string("\"") + key + "\" is " + a_type(*it) + ", not a string; ignored");
  }
}

// Reads a list of tags: an array of strings, or a single string.
void read_tags(const Json& object, const char* key, std::vector<std::string>& out,
               const ArticleOrigin& origin, const DiagnosticSink& diagnostics) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return;
  if (it->is_string()) {
    add_tag(out, it->get<std::string>());
    return;
  }
  if (!it->is_array()) {
    report(diagnostics, origin, Diagnostic::Severity::kWarning,
           std::string("\"") + key + "\" is " + a_type(*it) + ", not a list of strings; ignored");
    return;
  }
  for (const auto& element : *it) {
    if (element.is_string()) {
      add_tag(out, element.get<std::string>());
    } else {
      report(diagnostics, origin, Diagnostic::Severity::kWarning,
             std::string("\"") + key + "\" holds " + a_type(element) + ", not a string; ignored");
    }
  }
}

// Puts a dateline ("NEW YORK, Feb 26 -") before the body as its first line,
// unless it is blank or the body already starts with it.
void prepend_dateline(std::string& body, std::string_view dateline) {
  const auto first = dateline.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return;
  dateline = dateline.substr(first, dateline.find_last_not_of(" \t\r\n") + 1 - first);
  const auto body_start = body.find_first_not_of(" \t\r\n");
  if (body_start != std::string::npos && std::string_view(body).substr(body_start).starts_with(dateline))
    return;
  body.insert(0, std::string(dateline) + (body.empty() ? "" : "\n"));
}

}  // namespace

std::optional<Article> parse_json_article(std::string_view raw, const ArticleOrigin& origin,
                                          const DiagnosticSink& diagnostics) {
  std::string line(raw);
  repair_and_report(line, origin, diagnostics);
  Json object;
  try {
    object = Json::parse(line);
  } catch (const Json::parse_error& e) {
    report(diagnostics, origin, Diagnostic::Severity::kError, "malformed JSON at " + describe_parse_error(e));
    return std::nullopt;
  }
  if (!object.is_object()) {
    report(diagnostics, origin, Diagnostic::Severity::kError,
           "expected a JSON object, found " + a_type(object));
    return std::nullopt;
  }

  Article article;
  const auto id = object.find("id");
  if (id != object.end() && id->is_number_integer()) {
    article.id = id->dump();  // the digits as written, whatever their size
  } else if (id != object.end() && id->is_string()) {
    article.id = id->get<std::string>();
  } else if (id != object.end() && !id->is_null()) {
    report(diagnostics, origin, Diagnostic::Severity::kError,
           "\"id\" is " + a_type(*id) + ", not a string; not indexed");
    return std::nullopt;
  }
  if (!check_id(article, origin, diagnostics)) return std::nullopt;

  read_string(object, "title", article.title, origin, diagnostics);
  read_string(object, "body", article.body, origin, diagnostics);
  std::string dateline;
  read_string(object, "dateline", dateline, origin, diagnostics);
  prepend_dateline(article.body, dateline);
  read_string(object, "source", article.source, origin, diagnostics);
  read_string(object, "url", article.url, origin, diagnostics);
  std::string date;
  read_string(object, "date", date, origin, diagnostics);
  set_date(article, date, origin, diagnostics);
  read_tags(object, "persons", article.persons, origin, diagnostics);
  read_tags(object, "countries", article.countries, origin, diagnostics);
  return article;
}

}  // namespace tidings
