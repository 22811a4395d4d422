#include "common/schema.h"

#include <array>
#include <cassert>

namespace tidings::schema {

namespace {

using enum FieldId;
using enum FieldKind;
using enum Normalization;

// The order must follow FieldId.
constexpr std::array<Field, 9> kFields{{
    {kBody, "", "", kFreeText, kFolded, "article text (unprefixed terms)"},
    {kTitle, "title", "S", kFreeText, kFolded, "headline; its words also count in the body terms"},
    {kId, "id", "Q", kBoolean, kExact, "unique article id"},
    {kSource, "source", "XSOURCE", kBoolean, kFolded, "where the article came from"},
    {kPerson, "", "XPERSON", kBoolean, kFolded, "person named in the article"},
    {kCountry, "", "N", kBoolean, kFolded, "ISO 3166-1 alpha-2 country code, lower case"},
    {kDay, "", "D", kBoolean, kExact, "publication day, YYYYMMDD"},
    {kMonth, "", "M", kBoolean, kExact, "publication month, YYYYMM"},
    {kYear, "", "Y", kBoolean, kExact, "publication year, YYYY"},
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
