// Highlighter: which words of a text made an article match a query.
#ifndef TIDINGS_SEARCHER_HIGHLIGHTER_H_
#define TIDINGS_SEARCHER_HIGHLIGHTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "common/text_folder.h"

namespace tidings {

// A word of a text that matches the query, by byte offsets into the text.
struct TermMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string key;  // the query term it matched, so distinct terms can be counted
};

// Built once per query from the terms the query parser produced: plain terms
// match a word exactly ("Russia" → russia), stemmed terms match any word
// with the same stem ("Zvisit" → visit, visited, Visits), and free-text
// fields (title:) count like the body. Words are found with WordScanner and
// folded with TextFolder, exactly as they were indexed, so "Erdoğan" in the
// text matches the query word erdogan.
class Highlighter {
 public:
  // `folder` must outlive the Highlighter.
  Highlighter(const Xapian::Query& query, TextFolder& folder);

  bool empty() const { return exact_.empty() && stems_.empty(); }

  // Every matching word in `text`, in text order.
  std::vector<TermMatch> find(std::string_view text);

 private:
  const std::string* match(const std::string& term);

  TextFolder& folder_;
  Xapian::Stem stemmer_;
  std::unordered_set<std::string> exact_;
  std::unordered_set<std::string> stems_;
  std::unordered_map<std::string, std::string> stem_memo_;
};

}  // namespace tidings

#endif  // TIDINGS_SEARCHER_HIGHLIGHTER_H_
