#include "common/schema.h"

#include <array>
#include <cassert>

namespace tidings::schema {

namespace {

using enum FieldId;
using enum FieldKind;
using enum Normalization;

using enum QueryForm;

// The order must follow FieldId.
constexpr std::array<Field, 14> kFields{{
    {kBody, "", "", kFreeText, kFolded, kNone, "article text (unprefixed terms)"},
    {kTitle, "title", "S", kFreeText, kFolded, kText, "headline; its words also count in the body terms"},
    {kId, "id", "Q", kBoolean, kExact, kTerm, "unique article id, as given"},
    {kSource, "source", "XSOURCE", kBoolean, kFolded, kTerm, "where the article came from"},
    {kPerson, "", "XPERSON", kBoolean, kExact, kNone, "person named, full name as written (facets)"},
    {kPersonWord, "person", "XPN", kFreeText, kFolded, kPersonName,
     "each word of each person's name, with positions"},
    {kCountry, "country", "N", kBoolean, kFolded, kCountryName,
     "ISO 3166-1 alpha-2 country code, lower case"},
    {kDay, "", "D", kBoolean, kExact, kNone, "publication day, YYYYMMDD"},
    {kMonth, "", "M", kBoolean, kExact, kNone, "publication month, YYYYMM (facets)"},
    {kYear, "", "Y", kBoolean, kExact, kNone, "publication year, YYYY"},
    {kPublished, "date", "", kBoolean, kExact, kPublishedRange, "publication date (value slot kDateSlot)"},
    {kMentionedDay, "mentioned", "XMD", kBoolean, kExact, kMentionedRange, "day named in the text, YYYYMMDD"},
    {kMentionedMonth, "", "XMM", kBoolean, kExact, kNone,
     "month named in the text (or holding a named day), YYYYMM"},
    {kMentionedYear, "", "XMY", kBoolean, kExact, kNone,
     "year named in the text (or holding a named date), YYYY"},
}};

constexpr bool fields_in_id_order() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    if (static_cast<std::size_t>(kFields[i].id) != i) return false;
  }
  return true;
}
static_assert(fields_in_id_order(), "kFields must be in FieldId order");

}  // namespace

std::span<const Field> fields() {
  return kFields;
}

const Field& field(FieldId id) {
  return kFields[static_cast<std::size_t>(id)];
}

const Field* find_field(std::string_view name) {
  if (name.empty()) return nullptr;
  for (const Field& f : kFields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::string make_term(const Field& f, std::string_view value) {
  std::string term(f.prefix);
  if (f.prefix.size() > 1 && !value.empty() && value.front() >= 'A' && value.front() <= 'Z') term += ':';
  term += value;
  return term;
}

}  // namespace tidings::schema
