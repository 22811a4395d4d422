// Proleptic Gregorian calendar arithmetic on days since 1970-01-01, shared
// by publication dates, mentioned dates and date ranges in queries.
#ifndef TIDINGS_COMMON_CALENDAR_H_
#define TIDINGS_COMMON_CALENDAR_H_

#include <cstdint>

namespace tidings {

struct Civil {
  std::int64_t year;
  unsigned month;  // 1-12
  unsigned day;    // 1-31
};

// Days since 1970-01-01 of a valid date (negative before 1970). The caller
// validates: an out-of-range month or day gives a meaningless number.
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day);

// The inverse of days_from_civil.
Civil civil_from_days(std::int64_t days);

bool is_leap(std::int64_t year);

// 28-31; `month` must be 1-12.
unsigned days_in_month(std::int64_t year, unsigned month);

// 0 = Sunday ... 6 = Saturday, the numbering of ICU's UCAL_SUNDAY - 1.
unsigned weekday_from_days(std::int64_t days);

}  // namespace tidings

#endif  // TIDINGS_COMMON_CALENDAR_H_
