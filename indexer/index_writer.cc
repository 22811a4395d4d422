#include <tidings/index_writer.h>

#include <cstdlib>
#include <filesystem>

#include <xapian.h>

#include <tidings/error.h>

#include "common/article_record.h"
#include "common/schema.h"
#include "common/text_folder.h"

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
  Xapian::WritableDatabase db;
  Xapian::TermGenerator terms;
  TextFolder folder;

  [[noreturn]] void fail(const Xapian::Error& e, std::string_view doing) const {
    throw Error(ErrorCode::kIO, "index '" + path + "': " + std::string(doing) + ": " + e.get_description());
  }

  Xapian::Document make_document(const Article& article);
};

Xapian::Document IndexWriter::Impl::make_document(const Article& article) {
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
  for (const auto& person : article.persons) {
    doc.add_boolean_term(term_for(FieldId::kPerson, folder.fold_lower(person)));
  }
  for (const auto& country : article.countries) {
    doc.add_boolean_term(term_for(FieldId::kCountry, folder.fold_lower(country)));
  }
  if (article.date) {
    std::string day = format_day(*article.date);  // YYYY-MM-DD
    std::erase(day, '-');
    doc.add_boolean_term(term_for(FieldId::kDay, day));
    doc.add_boolean_term(term_for(FieldId::kMonth, day.substr(0, 6)));
    doc.add_boolean_term(term_for(FieldId::kYear, day.substr(0, 4)));
    doc.add_value(schema::kDateSlot,
                  Xapian::sortable_serialise(static_cast<double>(article.date->unix_seconds)));
  }
  doc.set_data(encode_article_record(article));
  return doc;
}

IndexWriter::IndexWriter(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
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
  if (article.id.empty()) throw Error(ErrorCode::kInvalidArgument, "cannot index an article without an id");
  if (article.id.size() > Article::kMaxIdBytes) {
    throw Error(ErrorCode::kInvalidArgument, "article id '" + article.id.substr(0, 40) +
                                                 "…' is longer than " + std::to_string(Article::kMaxIdBytes) +
                                                 " bytes");
  }
  try {
    const std::string id_term = term_for(FieldId::kId, article.id);
    const bool existed = impl_->db.term_exists(id_term);
    impl_->db.replace_document(id_term, impl_->make_document(article));
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
