#include <tidings/error.h>
#include <tidings/indexer.h>

namespace tidings {

Indexer::Indexer(IndexWriter& writer, IndexerOptions options, DiagnosticSink diagnostics)
    : writer_(writer), options_(std::move(options)), diagnostics_(std::move(diagnostics)) {}

void Indexer::index_path(const std::string& path) {
  const DiagnosticSink count_and_forward = [this](const Diagnostic& d) {
    if (d.severity == Diagnostic::Severity::kError) {
      ++stats_.failed;
    } else {
      ++stats_.warnings;
    }
    if (diagnostics_) diagnostics_(d);
  };
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
