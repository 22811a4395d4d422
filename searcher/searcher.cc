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

bool is_operator(std::string_view word) {
  for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op || (word.starts_with(op) && word.size() > op.size() && word[op.size()] == '/'))
      return true;
  }
  return false;
}

// Lower-cases every word but the operators. Xapian's parser would leave a
// capitalised word unstemmed (taking it for a name), so "Visit" would not
// find "visited" and "Qatar" would not find "Qatar's": case must not matter.
std::string lower_words(const std::string& text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    while (i < text.size() && std::string_view(" \t\n()").find(text[i]) == std::string_view::npos) ++i;
    const std::string_view word = std::string_view(text).substr(start, i - start);
    out += is_operator(word) ? std::string(word) : Xapian::Unicode::tolower(std::string(word));
    while (i < text.size() && std::string_view(" \t\n()").find(text[i]) != std::string_view::npos)
      out += text[i++];
  }
  return out;
}

// Folds a query as the indexer folded the text (so "Erdoğan" finds
// "Erdogan"), except the values of exact fields such as id:, which are
// stored as given and must be matched as typed.
std::string fold_query(std::string_view query, TextFolder& folder) {
  std::string out;
  std::size_t pending = 0;  // start of the text not yet copied
  auto flush = [&](std::size_t upto) {
    out += lower_words(folder.fold(query.substr(pending, upto - pending)));
    pending = upto;
  };
  for (std::size_t i = 0; i < query.size(); ++i) {
    const bool token_start =
        i == 0 || std::string_view(" \t\n(+-").find(query[i - 1]) != std::string_view::npos;
    if (!token_start) continue;
    for (const auto& field : schema::fields()) {
      if (field.name.empty() || field.normalization != schema::Normalization::kExact) continue;
      const std::string name = std::string(field.name) + ":";
      if (query.substr(i, name.size()) != name) continue;
      std::size_t end = i + name.size();
      if (end < query.size() && query[end] == '"') {
        const auto close = query.find('"', end + 1);
        end = close == std::string_view::npos ? query.size() : close + 1;
      } else {
        while (end < query.size() && std::string_view(" \t\n)").find(query[end]) == std::string_view::npos)
          ++end;
      }
      flush(i);
      out += query.substr(i, end - i);
      pending = end;
      i = end - 1;
      break;
    }
  }
  flush(query.size());
  return out;
}

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
    parsed = parser.parse_query(fold_query(trimmed, folder), kQueryFlags);
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
