// tidings/article.h — a news article as Tidings reads, stores and returns it.
#ifndef TIDINGS_ARTICLE_H_
#define TIDINGS_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include <tidings/date.h>

namespace tidings {

struct Article {
  // Unique within an index; adding an article with an id already indexed
  // replaces the old version. Must not be empty, at most kMaxIdBytes bytes.
  std::string id;
  std::string title;             // may be empty
  std::string body;              // UTF-8 text; line breaks are kept
  std::optional<DateTime> date;  // publication date, when known
  std::string source;            // e.g. "reuters-21578"; may be empty
  std::string url;               // may be empty
  // Tags supplied with the article (header lines or JSON keys), kept as given.
  std::vector<std::string> persons;
  std::vector<std::string> countries;

  // Xapian limits terms to 245 bytes; the id term needs a prefix byte too.
  static constexpr std::size_t kMaxIdBytes = 200;
};

}  // namespace tidings

#endif  // TIDINGS_ARTICLE_H_
