// tidings/searcher.h — ranked search over an index.
#ifndef TIDINGS_SEARCHER_H_
#define TIDINGS_SEARCHER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <tidings/results.h>

namespace tidings {

struct SearchOptions {
  std::size_t limit = 10;  // at most this many hits
  std::size_t offset = 0;  // skip this many top hits (for paging)
  // Target length of a snippet in characters (code points); the snippet is
  // cut at word boundaries, so it can be a little shorter.
  std::size_t snippet_length = 200;
  // Count persons, countries and publication months over all matching
  // articles (slower: every match is examined).
  bool facets = false;
  std::size_t facet_limit = 10;  // values shown per facet
  // "Now", in Unix seconds, for relative dates (date:today, date:7d..);
  // 0 means the system clock. Days are UTC days.
  std::int64_t now = 0;
};

// Searches one index. The query language is Xapian's: words (stemmed, so
// "visit" also finds "visited"), "phrases", AND, OR, NOT, XOR, +word,
// -word, parentheses, trailing wildcards (diplom*), and the fields title:,
// id:, source:, person: (a name or part of one), country: (code, name,
// alias or demonym), date: and mentioned: (days, months, years, ranges
// A..B with open ends, today, yesterday, Nd/Nw/Nm/Ny). Plain words must all
// match. Accents and case are ignored ("erdogan" finds "Erdoğan").
//
// A Searcher is not thread-safe; open one per thread (opening is cheap).
// It sees the index as of when it was opened.
class Searcher {
 public:
  // Throws Error(kNotFound) if there is no index at `path`,
  // Error(kCorruption) if it cannot be read.
  explicit Searcher(const std::string& path);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs `query`. Throws Error(kQuery) naming the problem for an empty or
  // malformed query.
  SearchResults search(std::string_view query, const SearchOptions& options = {});

  std::uint64_t document_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_SEARCHER_H_
