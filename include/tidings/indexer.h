// tidings/indexer.h — indexing a batch of inputs, as tidings-index does.
#ifndef TIDINGS_INDEXER_H_
#define TIDINGS_INDEXER_H_

#include <cstddef>
#include <string>

#include <tidings/article_reader.h>
#include <tidings/diagnostic.h>
#include <tidings/index_writer.h>
#include <tidings/tagger.h>

namespace tidings {

struct IndexerOptions {
  ReadOptions read;  // how inputs are recognised
};

// Counts for one run, for the closing summary and the exit status.
struct IndexStats {
  std::size_t added = 0;     // articles new to the index
  std::size_t replaced = 0;  // articles whose id was already indexed
  std::size_t failed = 0;    // articles or files that could not be indexed
  std::size_t warnings = 0;  // problems that were repaired or left out

  std::size_t indexed() const { return added + replaced; }
};

// Reads inputs and writes their articles through an IndexWriter, forwarding
// every diagnostic to the sink and counting outcomes. Not thread-safe.
class Indexer {
 public:
  // `writer` must outlive the Indexer.
  Indexer(IndexWriter& writer, IndexerOptions options, DiagnosticSink diagnostics);

  // Indexes everything under `path` (see read_articles()). Never throws for
  // bad input; throws Error only if the index itself fails.
  void index_path(const std::string& path);

  const IndexStats& stats() const { return stats_; }

 private:
  IndexWriter& writer_;
  IndexerOptions options_;
  DiagnosticSink diagnostics_;
  IndexStats stats_;
};

// Receives each article read by tag_path() with its tags.
using TaggedArticleSink = std::function<void(const Article&, const Tags&)>;

// Reads and tags every article under `path` as Indexer would, but writes no
// index: for checking input and inspecting the tagger (tidings-index
// --dry-run). Counts each article as added. Never throws for bad input.
void tag_path(const std::string& path, const IndexerOptions& options, Tagger& tagger,
              const TaggedArticleSink& sink, const DiagnosticSink& diagnostics, IndexStats& stats);

}  // namespace tidings

#endif  // TIDINGS_INDEXER_H_
