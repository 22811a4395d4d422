// The stored form of an article: what a search result shows and what
// snippets are cut from, kept as the Xapian document's data.
#ifndef TIDINGS_COMMON_ARTICLE_RECORD_H_
#define TIDINGS_COMMON_ARTICLE_RECORD_H_

#include <string>
#include <string_view>

#include <tidings/article.h>

namespace tidings {

// A JSON object with the article's fields; JSON so that other tools reading
// the index (delve, scripts through Xapian's bindings) can decode it too.
std::string encode_article_record(const Article& article);

// Throws Error(kCorruption) if `data` is not a record this version wrote.
Article decode_article_record(std::string_view data);

}  // namespace tidings

#endif  // TIDINGS_COMMON_ARTICLE_RECORD_H_
