// tidings/index_writer.h — adding, replacing and deleting articles in an index.
#ifndef TIDINGS_INDEX_WRITER_H_
#define TIDINGS_INDEX_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>

#include <tidings/article.h>
#include <tidings/tagger.h>

namespace tidings {

// The index location used when none is given: $TIDINGS_DB if set and not
// empty, else $XDG_DATA_HOME/tidings, else ~/.local/share/tidings.
std::string default_index_path();

struct IndexWriterOptions {
  // Find persons, countries and mentioned dates in each article's text and
  // merge them with the tags it carries. When false, only the given tags
  // are stored (for feeds whose tags are curated, or to measure tagging).
  bool tag = true;
};

// Opens (creating if needed) the index at a path for writing.
//
// Only one IndexWriter may hold an index at a time, across processes; a
// second one fails with ErrorCode::kLocked. An IndexWriter is not
// thread-safe: use it from one thread at a time. Changes become visible to
// searchers at commit(); the destructor commits what is pending (errors in
// that last commit are swallowed, so call commit() to see them).
class IndexWriter {
 public:
  enum class AddOutcome { kAdded, kReplaced };

  // Creates the directory (and its parents) if it does not exist.
  // Throws Error: kLocked if another writer holds the index, kCorruption if
  // the directory holds something that is not a Tidings index of this
  // version, kIO otherwise.
  explicit IndexWriter(const std::string& path, IndexWriterOptions options = {});
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Adds `article`, or replaces the indexed article with the same id.
  // Throws Error(kInvalidArgument) for an empty or over-long id.
  AddOutcome add(const Article& article);

  // Adds `article` with tags computed by the caller (e.g. a Tagger on
  // another thread); `tags` replaces the article's own persons and
  // countries. Same errors as add(article).
  AddOutcome add(const Article& article, const Tags& tags);

  // Removes the article with this id; returns false if there was none.
  bool remove(const std::string& id);

  // Makes all changes so far durable and visible to new searchers.
  void commit();

  std::uint64_t document_count() const;
  const std::string& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_INDEX_WRITER_H_
