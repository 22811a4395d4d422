// The stored form of an article: what a search result shows and what
// snippets are cut from, kept as the Xapian document's data.
#ifndef TIDINGS_COMMON_ARTICLE_RECORD_H_
#define TIDINGS_COMMON_ARTICLE_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include <tidings/article.h>
#include <tidings/tagger.h>

namespace tidings {

// An article as stored: its persons and countries are the merged tags
// (given and found), and the dates it mentions are kept for display.
struct StoredArticle {
  Article article;
  std::vector<DateMention> mentioned_dates;
};

// A JSON object with the article's fields and tags; JSON so that other
// tools reading the index (delve, scripts through Xapian's bindings) can
// decode it too.
std::string encode_article_record(const Article& article, const Tags& tags);

// Throws Error(kCorruption) if `data` is not a record this version wrote.
StoredArticle decode_article_record(std::string_view data);

}  // namespace tidings

#endif  // TIDINGS_COMMON_ARTICLE_RECORD_H_
