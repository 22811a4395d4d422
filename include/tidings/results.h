// tidings/results.h — what a search returns: ranked hits with snippets.
#ifndef TIDINGS_RESULTS_H_
#define TIDINGS_RESULTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <tidings/date.h>
#include <tidings/tagger.h>

namespace tidings {

// A highlighted stretch of a text, in Unicode code points from the start of
// that text: [begin, end). Code points, not bytes, so that consumers in any
// language (JavaScript, Python) can slice the text with them directly.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Span&, const Span&) = default;
};

// A short passage of an article with the words that made it match marked.
// `text` is single-line: runs of white space are collapsed to one space, and
// "…" stands where the passage was cut from a longer text.
struct Snippet {
  std::string text;
  std::vector<Span> highlights;  // in text order, not overlapping
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first result of the whole query
  std::string id;
  std::string title;
  std::vector<Span> title_highlights;  // matched words in `title`
  std::optional<DateTime> date;
  std::string source;
  std::string url;
  std::vector<std::string> persons;    // given and found, fullest form
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2 codes (or tags as given)
  std::vector<DateMention> mentioned_dates;
  double score = 0.0;  // BM25 relevance; only comparable within one result list
  Snippet snippet;
};

// How many matching articles carry a tag value.
struct FacetCount {
  std::string value;  // "Rex Tillerson", "QA", "2017-07"
  std::string label;  // for display: the country's name ("Qatar"); else the value
  std::size_t count = 0;
};

// The most frequent tags over all matching articles, most frequent first.
struct Facets {
  std::vector<FacetCount> persons;
  std::vector<FacetCount> countries;
  std::vector<FacetCount> months;  // publication months
};

struct SearchResults {
  std::string query;               // as typed
  std::string parsed_query;        // Xapian's description of the query that ran
  std::size_t total_estimate = 0;  // estimated number of matching articles
  std::size_t offset = 0;          // how many top hits were skipped
  std::vector<Hit> hits;
  std::optional<Facets> facets;  // when SearchOptions::facets was set
};

}  // namespace tidings

#endif  // TIDINGS_RESULTS_H_
