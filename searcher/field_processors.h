// The query fields whose values need more than a prefix: person:, country:,
// date: and mentioned:, plus exact terms (id:, source:).
#ifndef TIDINGS_SEARCHER_FIELD_PROCESSORS_H_
#define TIDINGS_SEARCHER_FIELD_PROCESSORS_H_

#include <cstdint>
#include <string>

#include <xapian.h>

#include "common/country_gazetteer.h"
#include "common/schema.h"
#include "common/text_folder.h"

namespace tidings {

// Shared state the processors read while a query is parsed. The searcher
// sets `today` before each parse, so relative dates mean the day the query
// runs.
struct QueryContext {
  TextFolder& folder;
  const CountryGazetteer& countries;
  Xapian::Database& db;
  std::int64_t today = 0;  // days since 1970-01-01
  // The first field value a processor could not read, as a message. An
  // exception must not cross Xapian's query parser (it leaks the parser's
  // state), so processors record the problem here, return MatchNothing, and
  // the searcher throws once parse_query() has returned.
  std::string error;
};

// A FieldProcessor for the field's query form; the parser takes ownership
// (call release() on it). A value it cannot read is recorded in
// context.error, naming the field and the value.
Xapian::FieldProcessor* make_field_processor(const schema::Field& field, QueryContext& context);

}  // namespace tidings

#endif  // TIDINGS_SEARCHER_FIELD_PROCESSORS_H_
