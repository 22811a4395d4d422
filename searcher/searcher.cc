#include <tidings/searcher.h>

#include <filesystem>

#include <xapian.h>

#include <tidings/error.h>

#include "common/article_record.h"
#include "common/schema.h"
#include "common/text_folder.h"
#include "searcher/highlighter.h"
#include "searcher/query_syntax.h"
#include "searcher/snippet_builder.h"

namespace tidings {

namespace {

// Turns the value of a boolean field ("source:Reuters") into its term the
// same way the indexer did, so filters are as forgiving as the index allows.
class BooleanFieldProcessor : public Xapian::FieldProcessor {
 public:
  BooleanFieldProcessor(const schema::Field& field, TextFolder& folder) : field_(field), folder_(folder) {}

  Xapian::Query operator()(const std::string& value) override {
    const std::string normalised =
        field_.normalization == schema::Normalization::kFolded ? folder_.fold_lower(value) : value;
    return Xapian::Query(schema::make_term(field_, normalised));
  }

 private:
  const schema::Field& field_;
  TextFolder& folder_;
};

constexpr unsigned kQueryFlags = Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_PHRASE |
                                 Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;

}  // namespace

struct Searcher::Impl {
  std::string path;
  Xapian::Database db;
  Xapian::QueryParser parser;
  TextFolder folder;

  void configure_parser();
  Xapian::Query parse(std::string_view query);
  SearchResults run(std::string_view query, const SearchOptions& options);
};

void Searcher::Impl::configure_parser() {
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem(std::string(schema::kStemmerLanguage)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  for (const auto& field : schema::fields()) {
    if (field.name.empty()) continue;
    const std::string name(field.name);
    if (field.kind == schema::FieldKind::kFreeText) {
      parser.add_prefix(name, std::string(field.prefix));
    } else {
      parser.add_boolean_prefix(name, (new BooleanFieldProcessor(field, folder))->release());
    }
  }
}

Xapian::Query Searcher::Impl::parse(std::string_view query) {
  std::string trimmed(query);
  const auto first = trimmed.find_first_not_of(" \t\r\n");
  if (first == std::string::npos)
    throw Error(ErrorCode::kQuery, "empty query: give at least one word to search for");
  check_query_syntax(trimmed);
  Xapian::Query parsed;
  try {
    parsed = parser.parse_query(folder.fold(trimmed), kQueryFlags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ErrorCode::kQuery, "cannot parse query '" + trimmed + "': " + e.get_msg());
  }
  if (parsed.empty()) {
    throw Error(ErrorCode::kQuery, "query '" + trimmed + "' has no words to search for");
  }
  return parsed;
}

SearchResults Searcher::Impl::run(std::string_view query_text, const SearchOptions& options) {
  const Xapian::Query query = parse(query_text);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                             static_cast<Xapian::doccount>(options.limit));

  SearchResults results;
  results.query = std::string(query_text);
  results.parsed_query = query.get_description();
  results.total_estimate = mset.get_matches_estimated();
  results.offset = options.offset;

  Highlighter highlighter(query, folder);
  std::size_t rank = options.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Article article = decode_article_record(it.get_document().get_data());
    Hit hit;
    hit.rank = ++rank;
    hit.score = it.get_weight();
    hit.title_highlights = code_point_spans(article.title, highlighter.find(article.title));
    hit.snippet = build_snippet(article.body, highlighter.find(article.body), options.snippet_length);
    hit.id = std::move(article.id);
    hit.title = std::move(article.title);
    hit.date = article.date;
    hit.source = std::move(article.source);
    hit.url = std::move(article.url);
    hit.persons = std::move(article.persons);
    hit.countries = std::move(article.countries);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

Searcher::Searcher(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw Error(ErrorCode::kNotFound, "no index at '" + path + "' (create one with tidings-index)");
  }
  try {
    impl_->db = Xapian::Database(path);
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kCorruption, "cannot open index '" + path + "': " + e.get_description());
  }
  const std::string version = impl_->db.get_metadata(std::string(schema::kSchemaVersionKey));
  if (version != schema::kSchemaVersion && !(version.empty() && impl_->db.get_doccount() == 0)) {
    throw Error(ErrorCode::kCorruption,
                "index '" + path + "' has schema version '" + version + "'; this Tidings reads version " +
                    std::string(schema::kSchemaVersion) + ": index the articles again into a new index");
  }
  impl_->configure_parser();
}

Searcher::~Searcher() = default;

SearchResults Searcher::search(std::string_view query, const SearchOptions& options) {
  // A writer that commits twice while we read invalidates our snapshot;
  // reopening once gets the new one.
  for (int attempt = 0;; ++attempt) {
    try {
      return impl_->run(query, options);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0)
        throw Error(ErrorCode::kIO, "index '" + impl_->path + "' kept changing during the search");
      impl_->db.reopen();
    } catch (const Xapian::Error& e) {
      throw Error(ErrorCode::kCorruption,
                  "searching index '" + impl_->path + "' failed: " + e.get_description());
    }
  }
}

std::uint64_t Searcher::document_count() const {
  return impl_->db.get_doccount();
}

}  // namespace tidings
