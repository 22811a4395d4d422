// Unit tests for common/calendar.h: the day arithmetic under publication
// dates, mentioned dates and query ranges.
#include "common/calendar.h"

#include <cstdint>
#include <ostream>

#include <gtest/gtest.h>

namespace tidings {
namespace {

struct KnownDay {
  std::int64_t year;
  unsigned month;
  unsigned day;
  std::int64_t days;  // since 1970-01-01
  unsigned weekday;   // 0 = Sunday
};

void PrintTo(const KnownDay& d, std::ostream* os) {
  *os << d.year << "-" << d.month << "-" << d.day;
}

class CalendarKnownDays : public ::testing::TestWithParam<KnownDay> {};

TEST_P(CalendarKnownDays, ConvertsBothWays) {
  const KnownDay& d = GetParam();
  EXPECT_EQ(days_from_civil(d.year, d.month, d.day), d.days);
  const Civil civil = civil_from_days(d.days);
  EXPECT_EQ(civil.year, d.year);
  EXPECT_EQ(civil.month, d.month);
  EXPECT_EQ(civil.day, d.day);
  EXPECT_EQ(weekday_from_days(d.days), d.weekday);
}

// Checked against Python's datetime.
INSTANTIATE_TEST_SUITE_P(Calendar, CalendarKnownDays,
                         ::testing::Values(KnownDay{1970, 1, 1, 0, 4}, KnownDay{1969, 12, 31, -1, 3},
                                           KnownDay{1900, 1, 1, -25567, 1}, KnownDay{1900, 3, 1, -25508, 4},
                                           KnownDay{2000, 2, 29, 11016, 2}, KnownDay{2000, 3, 1, 11017, 3},
                                           KnownDay{2016, 2, 29, 16860, 1}, KnownDay{2017, 7, 10, 17357, 1},
                                           KnownDay{2100, 12, 31, 47846, 5}, KnownDay{1, 1, 1, -719162, 1}));

TEST(CalendarRoundTrip, EveryDayFrom1899To2101) {
  std::int64_t expected = days_from_civil(1899, 1, 1);
  unsigned weekday = weekday_from_days(expected);
  for (std::int64_t year = 1899; year <= 2101; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      for (unsigned day = 1; day <= days_in_month(year, month); ++day, ++expected) {
        ASSERT_EQ(days_from_civil(year, month, day), expected) << year << "-" << month << "-" << day;
        const Civil civil = civil_from_days(expected);
        ASSERT_EQ(civil.year, year);
        ASSERT_EQ(civil.month, month);
        ASSERT_EQ(civil.day, day);
        ASSERT_EQ(weekday_from_days(expected), weekday);
        weekday = (weekday + 1) % 7;
      }
    }
  }
}

TEST(CalendarLeapYears, GregorianRules) {
  EXPECT_TRUE(is_leap(2016));
  EXPECT_TRUE(is_leap(2000));  // divisible by 400
  EXPECT_TRUE(is_leap(2400));
  EXPECT_FALSE(is_leap(2017));
  EXPECT_FALSE(is_leap(1900));  // divisible by 100 only
  EXPECT_FALSE(is_leap(2100));
}

TEST(CalendarDaysInMonth, EveryMonth) {
  const unsigned expected[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (unsigned month = 1; month <= 12; ++month) EXPECT_EQ(days_in_month(2017, month), expected[month - 1]);
  EXPECT_EQ(days_in_month(2016, 2), 29U);
  EXPECT_EQ(days_in_month(1900, 2), 28U);
  EXPECT_EQ(days_in_month(2000, 2), 29U);
}

}  // namespace
}  // namespace tidings
