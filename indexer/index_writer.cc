#include <tidings/index_writer.h>

#include <cstdlib>
#include <filesystem>

#include <xapian.h>

#include <tidings/error.h>

#include "common/article_record.h"
#include "common/schema.h"
#include "common/text_folder.h"
#include "common/word_scanner.h"

namespace tidings {

namespace fs = std::filesystem;
using schema::FieldId;

std::string default_index_path() {
  if (const char* db = std::getenv("TIDINGS_DB"); db != nullptr && *db != '\0') return db;
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0') {
    return (fs::path(data) / "tidings").string();
  }
  const char* home = std::getenv("HOME");
  return (fs::path(home != nullptr && *home != '\0' ? home : ".") / ".local/share/tidings").string();
}

namespace {

std::string term_for(FieldId id, std::string_view value) {
  return schema::make_term(schema::field(id), value);
}

}  // namespace

struct IndexWriter::Impl {
  std::string path;
  IndexWriterOptions options;
  Xapian::WritableDatabase db;
  Xapian::TermGenerator terms;
  TextFolder folder;
  Tagger tagger;

  [[noreturn]] void fail(const Xapian::Error& e, std::string_view doing) const {
    throw Error(ErrorCode::kIO, "index '" + path + "': " + std::string(doing) + ": " + e.get_description());
  }

  Xapian::Document make_document(const Article& article, const Tags& tags);
  void add_person_terms(Xapian::Document& doc, const std::vector<std::string>& persons);
  void add_mentioned_terms(Xapian::Document& doc, const std::vector<DateMention>& mentions);
};

// Each person twice: the full name as written, an exact term for facets and
// filters; and each word of the name, folded, with positions, so that
// person:assad and person:"rex tillerson" match within one name.
void IndexWriter::Impl::add_person_terms(Xapian::Document& doc, const std::vector<std::string>& persons) {
  const std::string word_prefix(schema::field(FieldId::kPersonWord).prefix);
  Xapian::termpos position = 0;
  for (const auto& person : persons) {
    const std::string exact = term_for(FieldId::kPerson, person);
    if (exact.size() <= schema::kMaxTermBytes) doc.add_boolean_term(exact);
    WordScanner scanner(person);
    Word word;
    while (scanner.next(word)) doc.add_posting(word_prefix + folder.fold_lower(word.term), ++position, 0);
    position += schema::kPersonGap;
  }
}

// A mention adds its own term and the terms of the month and year holding
// it, so mentioned:2017-06 finds "June 5" as well as "early June".
void IndexWriter::Impl::add_mentioned_terms(Xapian::Document& doc, const std::vector<DateMention>& mentions) {
  for (const auto& mention : mentions) {
    std::string digits = mention.iso();
    std::erase(digits, '-');
    doc.add_boolean_term(term_for(FieldId::kMentionedYear, digits.substr(0, 4)));
    if (mention.precision != DateMention::Precision::kYear) {
      doc.add_boolean_term(term_for(FieldId::kMentionedMonth, digits.substr(0, 6)));
    }
    if (mention.precision == DateMention::Precision::kDay)
      doc.add_boolean_term(term_for(FieldId::kMentionedDay, digits));
  }
}

Xapian::Document IndexWriter::Impl::make_document(const Article& article, const Tags& tags) {
  Xapian::Document doc;
  terms.set_document(doc);
  const std::string title = folder.fold(article.title);
  // The title is indexed twice: prefixed, for title: queries, and unprefixed
  // with a higher wdf, so that plain queries rank headline matches first.
  terms.index_text(title, 1, std::string(schema::field(FieldId::kTitle).prefix));
  terms.increase_termpos(schema::kFieldGap);
  terms.index_text(title, schema::kTitleWeight);
  terms.increase_termpos(schema::kFieldGap);
  terms.index_text(folder.fold(article.body));

  doc.add_boolean_term(term_for(FieldId::kId, article.id));
  if (!article.source.empty())
    doc.add_boolean_term(term_for(FieldId::kSource, folder.fold_lower(article.source)));
  add_person_terms(doc, tags.persons);
  for (const auto& country : tags.countries) {
    const std::string term = term_for(FieldId::kCountry, folder.fold_lower(country));
    if (term.size() <= schema::kMaxTermBytes) doc.add_boolean_term(term);
  }
  add_mentioned_terms(doc, tags.mentioned_dates);
  if (article.date) {
    std::string day = format_day(*article.date);  // YYYY-MM-DD
    std::erase(day, '-');
    doc.add_boolean_term(term_for(FieldId::kDay, day));
    doc.add_boolean_term(term_for(FieldId::kMonth, day.substr(0, 6)));
    doc.add_boolean_term(term_for(FieldId::kYear, day.substr(0, 4)));
    doc.add_value(schema::kDateSlot,
                  Xapian::sortable_serialise(static_cast<double>(article.date->unix_seconds)));
  }
  doc.set_data(encode_article_record(article, tags));
  return doc;
}

IndexWriter::IndexWriter(const std::string& path, IndexWriterOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->options = options;
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) throw Error(ErrorCode::kIO, "cannot create index directory '" + path + "': " + ec.message());
  try {
    impl_->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(ErrorCode::kLocked, "index '" + path + "' is locked: another tidings-index is writing to it");
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kCorruption,
                "cannot open index '" + path + "' for writing: " + e.get_description());
  }
  const std::string version = impl_->db.get_metadata(std::string(schema::kSchemaVersionKey));
  if (version.empty() && impl_->db.get_doccount() > 0) {
    throw Error(ErrorCode::kCorruption, "'" + path + "' holds a Xapian database that Tidings did not write");
  }
  if (!version.empty() && version != schema::kSchemaVersion) {
    throw Error(ErrorCode::kCorruption,
                "index '" + path + "' uses schema version " + version + "; this Tidings writes version " +
                    std::string(schema::kSchemaVersion) + ": index the articles again into a new index");
  }
  if (version.empty()) {
    impl_->db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
  }
  impl_->terms.set_stemmer(Xapian::Stem(std::string(schema::kStemmerLanguage)));
  impl_->terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

IndexWriter::~IndexWriter() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error&) {
    // Destructors must not throw; callers who care call commit() first.
  }
}

IndexWriter::AddOutcome IndexWriter::add(const Article& article) {
  return add(article, impl_->options.tag ? impl_->tagger.tag(article) : impl_->tagger.given(article));
}

IndexWriter::AddOutcome IndexWriter::add(const Article& article, const Tags& tags) {
  if (article.id.empty()) throw Error(ErrorCode::kInvalidArgument, "cannot index an article without an id");
  if (article.id.size() > Article::kMaxIdBytes) {
    throw Error(ErrorCode::kInvalidArgument, "article id '" + article.id.substr(0, 40) +
                                                 "…' is longer than " + std::to_string(Article::kMaxIdBytes) +
                                                 " bytes");
  }
  try {
    const std::string id_term = term_for(FieldId::kId, article.id);
    const bool existed = impl_->db.term_exists(id_term);
    impl_->db.replace_document(id_term, impl_->make_document(article, tags));
    return existed ? AddOutcome::kReplaced : AddOutcome::kAdded;
  } catch (const Xapian::Error& e) {
    impl_->fail(e, "cannot add article '" + article.id + "'");
  }
}

bool IndexWriter::remove(const std::string& id) {
  try {
    const std::string id_term = term_for(FieldId::kId, id);
    if (!impl_->db.term_exists(id_term)) return false;
    impl_->db.delete_document(id_term);
    return true;
  } catch (const Xapian::Error& e) {
    impl_->fail(e, "cannot delete article '" + id + "'");
  }
}

void IndexWriter::commit() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    impl_->fail(e, "commit failed");
  }
}

std::uint64_t IndexWriter::document_count() const {
  return impl_->db.get_doccount();
}

const std::string& IndexWriter::path() const {
  return impl_->path;
}

}  // namespace tidings
