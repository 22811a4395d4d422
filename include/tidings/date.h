// tidings/date.h — publication dates.
//
// Dates arrive as text in article headers and JSON. Two families are
// accepted, because they cover what feeds and archives actually use:
//   * ISO 8601: "2017-07-10", "2017-07-10T14:05", "2017-07-10T14:05:09",
//     "2017-07-10 14:05:09.25+02:00", "2017-07-10T14:05:09Z", "...+0200";
//   * RFC 2822: "Mon, 10 Jul 2017 14:05:09 +0000", "10 Jul 2017 14:05 GMT",
//     with the obsolete zone names UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST, PDT.
// A date-time without a zone is taken as UTC. Everything else is rejected:
// a wrong date is worse than none.
#ifndef TIDINGS_DATE_H_
#define TIDINGS_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tidings {

struct DateTime {
  std::int64_t unix_seconds = 0;  // seconds since 1970-01-01T00:00:00Z
  bool has_time = false;          // false when only a calendar date was given

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Parses `text` (surrounding white space ignored). Returns nullopt when the
// text is not a valid ISO 8601 or RFC 2822 date, including impossible dates
// such as 2017-02-30 or 25:00.
std::optional<DateTime> parse_date(std::string_view text);

// "2017-07-10" for a date, "2017-07-10T14:05:09Z" (always UTC) for a date-time.
std::string format_iso8601(const DateTime& date);

// "2017-07-10": the UTC calendar day, whatever the precision.
std::string format_day(const DateTime& date);

}  // namespace tidings

#endif  // TIDINGS_DATE_H_
