#include <tidings/error.h>
#include <tidings/indexer.h>

namespace tidings {

Indexer::Indexer(IndexWriter& writer, IndexerOptions options, DiagnosticSink diagnostics)
    : writer_(writer), options_(std::move(options)), diagnostics_(std::move(diagnostics)) {}

namespace {

// Counts each diagnostic into `stats` before passing it on.
DiagnosticSink counting(IndexStats& stats, const DiagnosticSink& next) {
  return [&stats, next](const Diagnostic& d) {
    if (d.severity == Diagnostic::Severity::kError) {
      ++stats.failed;
    } else {
      ++stats.warnings;
    }
    if (next) next(d);
  };
}

}  // namespace

void tag_path(const std::string& path, const IndexerOptions& options, Tagger& tagger,
              const TaggedArticleSink& sink, const DiagnosticSink& diagnostics, IndexStats& stats) {
  const DiagnosticSink count_and_forward = counting(stats, diagnostics);
  read_articles(
      path, options.read,
      [&](Article&& article, const ArticleOrigin&) {
        ++stats.added;
        sink(article, tagger.tag(article));
      },
      count_and_forward);
}

void Indexer::index_path(const std::string& path) {
  const DiagnosticSink count_and_forward = counting(stats_, diagnostics_);
  const ArticleSink add = [&](Article&& article, const ArticleOrigin& origin) {
    try {
      if (writer_.add(article) == IndexWriter::AddOutcome::kAdded) {
        ++stats_.added;
      } else {
        ++stats_.replaced;
      }
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kInvalidArgument) throw;  // the index itself failed: stop
      count_and_forward(Diagnostic{Diagnostic::Severity::kError, origin.file, origin.line, e.what()});
    }
  };
  read_articles(path, options_.read, add, count_and_forward);
}

}  // namespace tidings
