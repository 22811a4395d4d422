// Unit tests for the index schema (common/schema.h).
#include "common/schema.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace tidings::schema {
namespace {

constexpr FieldId kAllIds[] = {FieldId::kBody,           FieldId::kTitle,        FieldId::kId,
                               FieldId::kSource,         FieldId::kPerson,       FieldId::kPersonWord,
                               FieldId::kCountry,        FieldId::kDay,          FieldId::kMonth,
                               FieldId::kYear,           FieldId::kPublished,    FieldId::kMentionedDay,
                               FieldId::kMentionedMonth, FieldId::kMentionedYear};

TEST(Schema, FieldsAreInFieldIdOrder) {
  const auto all = fields();
  ASSERT_EQ(all.size(), std::size(kAllIds));
  for (std::size_t i = 0; i < all.size(); ++i) {
    SCOPED_TRACE(all[i].description);
    EXPECT_EQ(all[i].id, kAllIds[i]);
    EXPECT_EQ(&field(kAllIds[i]), &all[i]);
  }
}

TEST(Schema, PrefixesAreUniqueAndUpperCase) {
  std::set<std::string_view> prefixes;
  for (const Field& f : fields()) {
    SCOPED_TRACE(f.description);
    // Only the body and value-only fields go without a prefix.
    if (f.prefix.empty()) {
      EXPECT_TRUE(f.id == FieldId::kBody || f.id == FieldId::kPublished) << f.description;
      continue;
    }
    EXPECT_TRUE(prefixes.insert(f.prefix).second) << "prefix '" << f.prefix << "' used twice";
    // Xapian's convention, which the highlighter relies on to split a prefix
    // from a term: prefixes are upper-case ASCII.
    for (const char c : f.prefix) EXPECT_TRUE(c >= 'A' && c <= 'Z') << f.prefix;
    // 'Z' marks stemmed terms; a field prefix starting with it would be
    // mistaken for a stemmed body term.
    EXPECT_FALSE(f.prefix.starts_with("Z")) << f.prefix;
    EXPECT_FALSE(f.description.empty());
  }
  EXPECT_TRUE(field(FieldId::kBody).prefix.empty());
}

TEST(Schema, QueryableNamesAreUnique) {
  std::set<std::string_view> names;
  for (const Field& f : fields()) {
    if (f.name.empty()) continue;
    EXPECT_TRUE(names.insert(f.name).second) << "name '" << f.name << "' used twice";
    EXPECT_EQ(find_field(f.name), &f);
  }
}

TEST(Schema, FindField) {
  struct Case {
    const char* name;
    FieldId id;
    const char* prefix;
    FieldKind kind;
  };
  const Case cases[] = {
      {"title", FieldId::kTitle, "S", FieldKind::kFreeText},
      {"id", FieldId::kId, "Q", FieldKind::kBoolean},
      {"source", FieldId::kSource, "XSOURCE", FieldKind::kBoolean},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Field* f = find_field(c.name);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->id, c.id);
    EXPECT_EQ(f->name, c.name);
    EXPECT_EQ(f->prefix, c.prefix);
    EXPECT_EQ(f->kind, c.kind);
  }
  // Ids are matched exactly; titles and sources are folded.
  EXPECT_EQ(find_field("id")->normalization, Normalization::kExact);
  EXPECT_EQ(find_field("title")->normalization, Normalization::kFolded);
  EXPECT_EQ(find_field("source")->normalization, Normalization::kFolded);
}

TEST(Schema, FindFieldRejectsUnknownNames) {
  for (const char* name : {"", "nosuch", "author", "titl", "titles", "title:", " title", "Title", "ID"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(find_field(name), nullptr);
  }
}

TEST(Schema, MakeTerm) {
  struct Case {
    FieldId id;
    const char* value;
    const char* term;
  };
  const Case cases[] = {
      // Single-letter prefixes never need a colon.
      {FieldId::kTitle, "russia", "Srussia"},
      {FieldId::kId, "abc-1", "Qabc-1"},
      {FieldId::kId, "ABC-1", "QABC-1"},
      {FieldId::kDay, "20170710", "D20170710"},
      {FieldId::kMonth, "201707", "M201707"},
      {FieldId::kYear, "2017", "Y2017"},
      {FieldId::kCountry, "us", "Nus"},
      // Multi-letter prefixes need one before an upper-case letter only.
      {FieldId::kSource, "reuters", "XSOURCEreuters"},
      {FieldId::kSource, "Reuters", "XSOURCE:Reuters"},
      {FieldId::kSource, "2017", "XSOURCE2017"},
      {FieldId::kSource,
       "\xC3\x89lys\xC3\xA9"
       "e",
       "XSOURCE\xC3\x89lys\xC3\xA9"
       "e"},
      {FieldId::kPerson, "rex tillerson", "XPERSONrex tillerson"},
      {FieldId::kPerson, "Rex Tillerson", "XPERSON:Rex Tillerson"},
      {FieldId::kSource, "", "XSOURCE"},
      // No prefix, no colon.
      {FieldId::kBody, "Word", "Word"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.value);
    EXPECT_EQ(make_term(field(c.id), c.value), c.term);
  }
}

}  // namespace
}  // namespace tidings::schema
