// Dates named in news text, and date ranges typed in queries.
#ifndef TIDINGS_COMMON_DATE_MENTIONS_H_
#define TIDINGS_COMMON_DATE_MENTIONS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <tidings/date.h>
#include <tidings/tagger.h>

namespace tidings {

// Calendar dates named in `text` (English news), each at its own precision,
// distinct by iso(), in order of first mention; `text` of each mention is
// the words as written, without prepositions ("in May" → "May") but with
// the words that change the date ("early June", "last month").
//
// Forms:
//   day:   "June 5", "June 5, 2017", "June 5th", "5 June", "5 June 2017",
//          "5th of June", "Jun. 5", "Sept. 12", "FEB 26", ISO "2017-06-05";
//          "yesterday", "tomorrow" ("today" is not: it mostly means
//          "nowadays", and the publication date is its own tag);
//          weekdays "Monday", "on Tuesday", "Monday's", "last Monday",
//          "next Friday" (skipped when a full date follows: "Monday, June 5").
//   month: "May 2016", "in May", "since June", "early June", "late July",
//          "mid-August", "the end of May", "last/this/next June",
//          "last/this/next month".
//   year:  any 4-digit number 1900-2100 standing alone ("in 2016", "the 2016
//          coup", both of "2014-2016"), "last/this/next year". Not a year:
//          "2,016" and "2016.5" (one number), "1987/88" and "2016-17"
//          (seasons and crop years name two years), "$2016", "£2016",
//          "2016%", "2016 tonnes" and other units, "2000 GMT", "Flight
//          2016", "about 2000 protesters". "the last year" is the past
//          twelve months, not a calendar year.
//
// Months that are also names or words (May, March, April, June, August) are
// dates only with a day or year, after "in", "since", "until", "till",
// "during", "through(out)", "early", "late", "mid", "last", "this", "next",
// or "end/start/... of", or as one end of "from May to June" / "between June
// and August"; not when a person's verb follows ("since May took office").
// Other months also count after "of", "from", "to", "by", "for", "after"...,
// or alone ("January figures"), unless capitalised words around them make a
// name ("the October Revolution", "Black September"). Abbreviations ("Jan",
// "Mar") need a day, a year or their dot. Lower-case "may"/"march" are never
// months; ALL-CAPS text (wire copy) follows the same context rules, so
// "OUTPUT MAY FALL" is not a date but "IN MAY" and "FEB 26" are.
//
// Without a year, a date resolves against the publication day (UTC):
//   * a month or day falls within the 9 months before publication or the 3
//     months after it (news reports the past, but announces the near
//     future); a day later in the publication month stays in that month;
//   * in a clause with a future marker before it ("will", "shall", "'ll",
//     "due", "scheduled"; a comma, sentence end or "said" ends the clause)
//     it is the first occurrence on or after the publication day;
//   * "last"/"next" take the occurrence strictly before/after the
//     publication month (weekdays: 1-7 days before/after); "this" keeps its
//     year;
//   * a weekday is the publication day or one of the 6 days before it, or
//     after it in a future clause ("will meet on Wednesday").
// A day that the month lacks (June 31, Feb. 29 in 2017) yields nothing.
// Without a publication date, only mentions that carry their year are
// returned. Month and weekday names come from ICU (DateFormatSymbols,
// English, wide and abbreviated) plus AP's "Sept.".
std::vector<DateMention> find_date_mentions(std::string_view text, const std::optional<DateTime>& published);

// A range of calendar days, inclusive, as days since 1970-01-01 (UTC).
// An open end is nullopt.
struct DayRange {
  std::optional<std::int64_t> first;
  std::optional<std::int64_t> last;
};

// Parses the value of a date: or mentioned: query field:
//   "2017-07-10", "2017-07", "2017"   one day, month or year;
//   "today", "yesterday";
//   "Nd", "Nw", "Nm", "Ny"            the single day N days, weeks, months or
//                                     years before `today` ("1m" on 2017-03-31
//                                     is 2017-02-28: clamped to month end;
//                                     "0d" is today);
//   "A..B", "A..", "..B"              ranges of any two of those, inclusive.
// A partial date covers all its days: "2017-07" is 2017-07-01..2017-07-31,
// and a range rounds outward ("2017-06..2017" is 2017-06-01..2017-12-31,
// "..2017-05" ends 2017-05-31). "7d.." starts 7 days before today, so it
// holds everything published within the last 7×24 hours, whatever the time
// of day; its end is open. `today` and the result are days since 1970-01-01
// (UTC). Returns nullopt for anything else: other spellings, surrounding
// spaces, impossible dates ("2017-02-30", "2017-13"), ".." alone, and a
// range whose start is after its end.
std::optional<DayRange> parse_day_range(std::string_view text, std::int64_t today);

}  // namespace tidings

#endif  // TIDINGS_COMMON_DATE_MENTIONS_H_
