#include <tidings/searcher.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include <xapian.h>

#include <tidings/error.h>

#include "common/article_record.h"
#include "common/country_gazetteer.h"
#include "common/schema.h"
#include "common/text_folder.h"
#include "searcher/field_processors.h"
#include "searcher/highlighter.h"
#include "searcher/query_syntax.h"
#include "searcher/snippet_builder.h"

namespace tidings {

namespace {

// Counts, for each matching document, its person, country and month
// terms. Term lists are sorted, so one iterator skips from prefix to prefix.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy() {
    for (const auto id : {schema::FieldId::kMonth, schema::FieldId::kCountry, schema::FieldId::kPerson}) {
      fields_.push_back({id, std::string(schema::field(id).prefix), {}});
    }
    // Term lists are sorted, so one iterator can visit the prefixes in order.
    std::sort(fields_.begin(), fields_.end(),
              [](const auto& a, const auto& b) { return a.prefix < b.prefix; });
  }

  void operator()(const Xapian::Document& doc, double /*weight*/) override {
    auto it = doc.termlist_begin();
    for (auto& field : fields_) {
      for (it.skip_to(field.prefix); it != doc.termlist_end(); ++it) {
        const std::string term = *it;
        if (term.compare(0, field.prefix.size(), field.prefix) != 0) break;
        std::size_t start = field.prefix.size();
        if (start < term.size() && term[start] == ':') ++start;
        ++field.counts[term.substr(start)];
      }
    }
  }

  // The `limit` most frequent values of a field; ties in value order.
  std::vector<FacetCount> top(schema::FieldId id, std::size_t limit) const {
    std::vector<FacetCount> out;
    for (const auto& field : fields_) {
      if (field.id != id) continue;
      for (const auto& [value, count] : field.counts) out.push_back({value, value, count});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (out.size() > limit) out.resize(limit);
    return out;
  }

 private:
  struct Counted {
    schema::FieldId id;
    std::string prefix;
    std::map<std::string, std::size_t> counts;
  };
  std::vector<Counted> fields_;
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
  CountryGazetteer countries;
  QueryContext context{folder, countries, db, 0, {}};

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
    if (field.name.empty() || field.query_form == schema::QueryForm::kNone) continue;
    const std::string name(field.name);
    if (field.query_form == schema::QueryForm::kText) {
      parser.add_prefix(name, std::string(field.prefix));
    } else {
      parser.add_boolean_prefix(name, make_field_processor(field, context)->release());
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
  context.error.clear();
  try {
    parsed = parser.parse_query(fold_query(trimmed, folder), kQueryFlags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ErrorCode::kQuery, "cannot parse query '" + trimmed + "': " + e.get_msg());
  }
  if (!context.error.empty()) throw Error(ErrorCode::kQuery, context.error);
  if (parsed.empty()) {
    throw Error(ErrorCode::kQuery, "query '" + trimmed + "' has no words to search for");
  }
  return parsed;
}

SearchResults Searcher::Impl::run(std::string_view query_text, const SearchOptions& options) {
  const std::int64_t now = options.now != 0 ? options.now
                                            : std::chrono::duration_cast<std::chrono::seconds>(
                                                  std::chrono::system_clock::now().time_since_epoch())
                                                  .count();
  context.today = now >= 0 ? now / 86400 : (now - 86399) / 86400;
  const Xapian::Query query = parse(query_text);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  FacetSpy facet_spy;
  if (options.facets) enquire.add_matchspy(&facet_spy);
  // Facets must see every match, not just enough to rank the page.
  const Xapian::doccount check_at_least = options.facets ? db.get_doccount() : 0;
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                             static_cast<Xapian::doccount>(options.limit), check_at_least);

  SearchResults results;
  results.query = std::string(query_text);
  results.parsed_query = query.get_description();
  results.total_estimate = mset.get_matches_estimated();
  results.offset = options.offset;

  Highlighter highlighter(query, folder);
  std::size_t rank = options.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    StoredArticle stored = decode_article_record(it.get_document().get_data());
    Article& article = stored.article;
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
    hit.mentioned_dates = std::move(stored.mentioned_dates);
    results.hits.push_back(std::move(hit));
  }
  if (options.facets) {
    Facets facets;
    facets.persons = facet_spy.top(schema::FieldId::kPerson, options.facet_limit);
    facets.countries = facet_spy.top(schema::FieldId::kCountry, options.facet_limit);
    for (auto& country : facets.countries) {
      for (auto& c : country.value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string name = countries.name(country.value);
      country.label = name.empty() ? country.value : name;
    }
    facets.months = facet_spy.top(schema::FieldId::kMonth, options.facet_limit);
    for (auto& month : facets.months) {
      if (month.value.size() == 6) month.value.insert(4, "-");
      month.label = month.value;
    }
    results.facets = std::move(facets);
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
