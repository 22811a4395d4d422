// The index schema: every field Tidings stores, its Xapian term prefix,
// whether it is free text or an exact (boolean) filter, and its value slot.
//
// This table is the only place that spells a prefix. The indexer writes
// terms through it and the searcher registers query fields from it, so the
// two cannot drift apart. Prefixes follow Xapian Omega's conventions
// (xapian-omega docs/termprefixes.rst) so that Xapian's own tools (delve,
// quest, xapian-compact) and other programs read a Tidings index sensibly.
#ifndef TIDINGS_COMMON_SCHEMA_H_
#define TIDINGS_COMMON_SCHEMA_H_

#include <span>
#include <string>
#include <string_view>

#include <xapian.h>

namespace tidings::schema {

enum class FieldId {
  kBody,
  kTitle,
  kId,
  kSource,
  kPerson,
  kPersonWord,
  kCountry,
  kDay,
  kMonth,
  kYear,
  kPublished,
  kMentionedDay,
  kMentionedMonth,
  kMentionedYear,
};

enum class FieldKind {
  kFreeText,  // tokenised and stemmed, with positions (phrases work)
  kBoolean,   // one exact term per value; filters without affecting ranking
};

// How a boolean value is turned into a term, the same way at index and
// query time.
enum class Normalization {
  kExact,   // as given (ids are case-sensitive)
  kFolded,  // accents folded and lower-cased ("Reuters" == "reuters")
};

// How the searcher turns "name:value" into a query.
enum class QueryForm {
  kNone,            // not a query field
  kText,            // free text with this prefix: words, phrases, stemming
  kTerm,            // one boolean term, value normalised as the field says
  kPersonName,      // a name or any part of it, as a phrase over kPersonWord terms
  kCountryName,     // a code, name, alias or demonym, resolved to kCountry's term
  kPublishedRange,  // a day range over the kDateSlot value
  kMentionedRange,  // a day range over the kMentioned* terms, each at its precision
};

struct Field {
  FieldId id;
  std::string_view name;    // the field's name in queries ("title:"); empty if not queryable
  std::string_view prefix;  // Xapian term prefix; empty for the body and value-only fields
  FieldKind kind;
  Normalization normalization;
  QueryForm query_form;
  std::string_view description;
};

// Every field, in FieldId order.
std::span<const Field> fields();

const Field& field(FieldId id);

// The queryable field called `name`, or nullptr.
const Field* find_field(std::string_view name);

// The term for `value` in `field`: its prefix, then the value, with ':'
// between them when Xapian needs it to tell the two apart (a multi-letter
// prefix followed by an upper-case letter). `value` must already be
// normalised as the field requires.
std::string make_term(const Field& field, std::string_view value);

// Xapian's limit on a term's length; longer tag terms are not indexed
// (the tag is still stored and shown).
inline constexpr std::size_t kMaxTermBytes = 245;

// Positions left between two person names, so a phrase never spans two.
inline constexpr Xapian::termpos kPersonGap = 100;

// Value slot holding the publication date, as Xapian::sortable_serialise of
// its Unix time, for sorting and date ranges.
inline constexpr Xapian::valueno kDateSlot = 0;

// A title word counts this many times a body word in ranking: a headline
// says what the article is about.
inline constexpr Xapian::termcount kTitleWeight = 3;

// Positions left between title and body so no phrase spans the two.
inline constexpr Xapian::termpos kFieldGap = 100;

// Database metadata key and value recording the schema an index was written
// with; a mismatch means the index must be rebuilt.
inline constexpr std::string_view kSchemaVersionKey = "tidings.schema";
inline constexpr std::string_view kSchemaVersion = "2";

// Snowball stemmer used for free text, at index and query time.
inline constexpr std::string_view kStemmerLanguage = "english";

}  // namespace tidings::schema

#endif  // TIDINGS_COMMON_SCHEMA_H_
