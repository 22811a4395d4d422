#include "searcher/field_processors.h"

#include <tidings/error.h>

#include "common/date_mentions.h"
#include "common/word_scanner.h"

namespace tidings {

namespace {

using schema::FieldId;

std::string term_for(FieldId id, std::string_view value) {
  return schema::make_term(schema::field(id), value);
}

[[noreturn]] void reject(const schema::Field& field, const std::string& value, const std::string& why) {
  throw Error(ErrorCode::kQuery, "cannot read " + std::string(field.name) + ":" + value + ": " + why);
}

// Runs a processor's work and turns a tidings::Error into context.error, so
// no exception unwinds through Xapian's parser.
class CheckedProcessor : public Xapian::FieldProcessor {
 public:
  explicit CheckedProcessor(QueryContext& context) : context_(context) {}
  Xapian::Query operator()(const std::string& value) final {
    try {
      return build(value);
    } catch (const Error& e) {
      if (context_.error.empty()) context_.error = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 protected:
  virtual Xapian::Query build(const std::string& value) = 0;
  QueryContext& context_;
};

// id:ID, source:NAME — one term, normalised as the indexer normalised it.
class TermProcessor : public CheckedProcessor {
 public:
  TermProcessor(const schema::Field& field, QueryContext& context)
      : CheckedProcessor(context), field_(field) {}
  Xapian::Query build(const std::string& value) override {
    const std::string normalised =
        field_.normalization == schema::Normalization::kFolded ? context_.folder.fold_lower(value) : value;
    return Xapian::Query(schema::make_term(field_, normalised));
  }

 private:
  const schema::Field& field_;
};

// person:tillerson, person:"rex tillerson": the words, in order, within one
// person's name, so "rex tillerson" never matches a Rex and a Tillerson.
class PersonProcessor : public CheckedProcessor {
 public:
  PersonProcessor(const schema::Field& field, QueryContext& context)
      : CheckedProcessor(context), field_(field) {}
  Xapian::Query build(const std::string& value) override {
    std::vector<Xapian::Query> words;
    WordScanner scanner(value);
    Word word;
    while (scanner.next(word))
      words.emplace_back(term_for(FieldId::kPersonWord, context_.folder.fold_lower(word.term)));
    if (words.empty()) reject(field_, value, "no name to look for");
    if (words.size() == 1) return words.front();
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                         static_cast<Xapian::termcount>(words.size()));
  }

 private:
  const schema::Field& field_;
};

// country:qa, country:Qatar, country:qatari — all the same filter.
class CountryProcessor : public CheckedProcessor {
 public:
  CountryProcessor(const schema::Field& field, QueryContext& context)
      : CheckedProcessor(context), field_(field) {}
  Xapian::Query build(const std::string& value) override {
    const auto code = context_.countries.resolve(value);
    if (!code)
      reject(field_, value, "'" + value + "' is not a country Tidings knows (give a name or an ISO code)");
    return Xapian::Query(term_for(FieldId::kCountry, context_.folder.fold_lower(*code)));
  }

 private:
  const schema::Field& field_;
};

DayRange parse_range_or_reject(const schema::Field& field, const std::string& value, std::int64_t today) {
  const auto range = parse_day_range(value, today);
  if (!range) {
    reject(field, value,
           "expected YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or Nd/Nw/Nm/Ny, or a range A..B of those "
           "with its start not after its end");
  }
  return *range;
}

// date:2017-07, date:2017-06-01..2017-07-31, date:7d.. — over the value slot.
class PublishedProcessor : public CheckedProcessor {
 public:
  PublishedProcessor(const schema::Field& field, QueryContext& context)
      : CheckedProcessor(context), field_(field) {}
  Xapian::Query build(const std::string& value) override {
    const DayRange range = parse_range_or_reject(field_, value, context_.today);
    auto bound = [](std::int64_t seconds) {
      return Xapian::sortable_serialise(static_cast<double>(seconds));
    };
    if (range.first && range.last) {
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, bound(*range.first * 86400),
                           bound(*range.last * 86400 + 86399));
    }
    if (range.first)
      return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, bound(*range.first * 86400));
    if (range.last)
      return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, bound(*range.last * 86400 + 86399));
    return Xapian::Query::MatchAll;
  }

 private:
  const schema::Field& field_;
};

// mentioned:2017-06 matches "June 5" and "early June"; mentioned:2017-06-05
// only mentions of that day. A mention matches when the period it names
// lies inside the range: day terms in the range, month terms of months
// inside it, year terms of years inside it (a month or year term is indexed
// for every mention within it, see IndexWriter).
class MentionedProcessor : public CheckedProcessor {
 public:
  MentionedProcessor(const schema::Field& field, QueryContext& context)
      : CheckedProcessor(context), field_(field) {}
  Xapian::Query build(const std::string& value) override {
    const DayRange range = parse_range_or_reject(field_, value, context_.today);
    const std::int64_t first = range.first.value_or(INT64_MIN / 2);
    const std::int64_t last = range.last.value_or(INT64_MAX / 2);
    std::vector<Xapian::Query> terms;
    collect(FieldId::kMentionedDay, first, last, terms);
    collect(FieldId::kMentionedMonth, first, last, terms);
    collect(FieldId::kMentionedYear, first, last, terms);
    if (terms.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  // Adds every indexed term of `id` whose period lies within [first, last].
  void collect(FieldId id, std::int64_t first, std::int64_t last, std::vector<Xapian::Query>& out) const {
    const std::string prefix(schema::field(id).prefix);
    for (auto it = context_.db.allterms_begin(prefix); it != context_.db.allterms_end(prefix); ++it) {
      const std::string digits = (*it).substr(prefix.size());
      const auto period = period_of(digits);
      if (period && period->first >= first && period->second <= last) out.emplace_back(*it);
    }
  }

  // "20170605", "201706" or "2017" as its first and last day.
  static std::optional<std::pair<std::int64_t, std::int64_t>> period_of(const std::string& digits) {
    std::string iso;
    if (digits.size() == 8) iso = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
    if (digits.size() == 6) iso = digits.substr(0, 4) + "-" + digits.substr(4, 2);
    if (digits.size() == 4) iso = digits;
    const auto range = parse_day_range(iso, 0);
    if (!range || !range->first || !range->last) return std::nullopt;
    return std::make_pair(*range->first, *range->last);
  }

  const schema::Field& field_;
};

}  // namespace

Xapian::FieldProcessor* make_field_processor(const schema::Field& field, QueryContext& context) {
  switch (field.query_form) {
    case schema::QueryForm::kTerm: return new TermProcessor(field, context);
    case schema::QueryForm::kPersonName: return new PersonProcessor(field, context);
    case schema::QueryForm::kCountryName: return new CountryProcessor(field, context);
    case schema::QueryForm::kPublishedRange: return new PublishedProcessor(field, context);
    case schema::QueryForm::kMentionedRange: return new MentionedProcessor(field, context);
    case schema::QueryForm::kNone:
    case schema::QueryForm::kText: break;
  }
  return nullptr;
}

}  // namespace tidings
