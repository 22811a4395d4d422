// Unit tests for tidings/date.h: parse_date, format_iso8601 and format_day.
#include <tidings/date.h>

#include <cstdint>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace tidings {
namespace {

// 2017-07-10T00:00:00Z.
constexpr std::int64_t k20170710 = 1499644800;

struct AcceptCase {
  const char* text;
  const char* iso;  // expected format_iso8601 (always UTC)
  const char* day;  // expected format_day
  bool has_time;
};

class ParseDateAccepts : public ::testing::TestWithParam<AcceptCase> {};

TEST_P(ParseDateAccepts, ParsesToUtc) {
  const AcceptCase& c = GetParam();
  const std::optional<DateTime> date = parse_date(c.text);
  ASSERT_TRUE(date.has_value()) << "'" << c.text << "' was rejected";
  EXPECT_EQ(format_iso8601(*date), c.iso);
  EXPECT_EQ(format_day(*date), c.day);
  EXPECT_EQ(date->has_time, c.has_time);
  // What format_iso8601 writes, parse_date reads back to the same instant.
  EXPECT_EQ(parse_date(format_iso8601(*date)), date);
}

INSTANTIATE_TEST_SUITE_P(
    Iso8601, ParseDateAccepts,
    ::testing::Values(AcceptCase{"2017-07-10", "2017-07-10", "2017-07-10", false},
                      AcceptCase{"2017-07-10T14:05", "2017-07-10T14:05:00Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09", "2017-07-10T14:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09Z", "2017-07-10T14:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09.25Z", "2017-07-10T14:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10 14:05:09.25+02:00", "2017-07-10T12:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09+02:00", "2017-07-10T12:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09+0200", "2017-07-10T12:05:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05+02:00", "2017-07-10T12:05:00Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10T14:05:09-05:30", "2017-07-10T19:35:09Z", "2017-07-10", true},
                      AcceptCase{"2017-07-10 14:05:09", "2017-07-10T14:05:09Z", "2017-07-10", true},
                      // The zone moves the instant to the previous or next UTC day.
                      AcceptCase{"2017-07-10T01:00:00+02:00", "2017-07-09T23:00:00Z", "2017-07-09", true},
                      AcceptCase{"2017-07-10T22:30:00-04:00", "2017-07-11T02:30:00Z", "2017-07-11", true},
                      AcceptCase{"2018-01-01T00:30:00+01:00", "2017-12-31T23:30:00Z", "2017-12-31", true},
                      // Surrounding white space is ignored.
                      AcceptCase{"  2017-07-10\t", "2017-07-10", "2017-07-10", false},
                      AcceptCase{"\n2017-07-10T14:05:09Z \n", "2017-07-10T14:05:09Z", "2017-07-10", true},
                      // Leap years.
                      AcceptCase{"2016-02-29", "2016-02-29", "2016-02-29", false},
                      AcceptCase{"2000-02-29", "2000-02-29", "2000-02-29", false},
                      AcceptCase{"2017-12-31T23:59:59Z", "2017-12-31T23:59:59Z", "2017-12-31", true},
                      AcceptCase{"1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1970-01-01", true},
                      AcceptCase{"1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "1969-12-31", true}));

INSTANTIATE_TEST_SUITE_P(
    Rfc2822, ParseDateAccepts,
    ::testing::Values(
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 +0000", "2017-07-10T14:05:09Z", "2017-07-10", true},
        AcceptCase{"10 Jul 2017 14:05:09 +0000", "2017-07-10T14:05:09Z", "2017-07-10", true},
        AcceptCase{"10 Jul 2017 14:05 GMT", "2017-07-10T14:05:00Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 +0200", "2017-07-10T12:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 23:30:00 -0700", "2017-07-11T06:30:00Z", "2017-07-11", true},
        AcceptCase{"Mon, 10 Jul 2017 01:00:00 +0200", "2017-07-09T23:00:00Z", "2017-07-09", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 UT", "2017-07-10T14:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 EST", "2017-07-10T19:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 EDT", "2017-07-10T18:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 CST", "2017-07-10T20:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 MDT", "2017-07-10T20:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 PST", "2017-07-10T22:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 14:05:09 PDT", "2017-07-10T21:05:09Z", "2017-07-10", true},
        AcceptCase{"Mon, 10 Jul 2017 20:00:00 PDT", "2017-07-11T03:00:00Z", "2017-07-11", true},
        AcceptCase{"Tue, 1 Aug 2017 09:00:00 +0000", "2017-08-01T09:00:00Z", "2017-08-01", true},
        AcceptCase{"Mon, 29 Feb 2016 12:00:00 +0000", "2016-02-29T12:00:00Z", "2016-02-29", true},
        // Month, weekday and zone names are case-insensitive (RFC 2822 3.3).
        AcceptCase{"mon, 10 JUL 2017 14:05 gmt", "2017-07-10T14:05:00Z", "2017-07-10", true},
        AcceptCase{"  Mon, 10 Jul 2017 14:05:09 +0000  ", "2017-07-10T14:05:09Z", "2017-07-10", true}));

TEST(ParseDate, DateOnlyIsMidnightUtcWithoutTime) {
  const auto date = parse_date("2017-07-10");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->unix_seconds, k20170710);
  EXPECT_FALSE(date->has_time);
}

TEST(ParseDate, ExactUnixSeconds) {
  struct Case {
    const char* text;
    std::int64_t unix_seconds;
  };
  const Case cases[] = {
      {"1970-01-01T00:00:00Z", 0},
      {"1970-01-01T00:00:01+00:00", 1},
      {"2017-07-10T14:05:09Z", k20170710 + 14 * 3600 + 5 * 60 + 9},
      {"2017-07-10T14:05:09+02:00", k20170710 + 12 * 3600 + 5 * 60 + 9},
      {"2017-07-10T14:05:09-0130", k20170710 + 15 * 3600 + 35 * 60 + 9},
      {"Mon, 10 Jul 2017 14:05:09 +0000", k20170710 + 14 * 3600 + 5 * 60 + 9},
      {"10 Jul 2017 14:05 EST", k20170710 + 19 * 3600 + 5 * 60},
      {"2017-07-10T14:05:09.999Z", k20170710 + 14 * 3600 + 5 * 60 + 9},  // fraction dropped
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const auto date = parse_date(c.text);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->unix_seconds, c.unix_seconds);
    EXPECT_TRUE(date->has_time);
  }
}

TEST(ParseDate, SameInstantInDifferentNotations) {
  const char* notations[] = {
      "2017-07-10T14:05:09Z",           "2017-07-10T16:05:09+02:00",       "2017-07-10 16:05:09+0200",
      "2017-07-10T09:05:09-05:00",      "Mon, 10 Jul 2017 14:05:09 +0000", "10 Jul 2017 14:05:09 GMT",
      "Mon, 10 Jul 2017 10:05:09 EDT",  "Mon, 10 Jul 2017 07:05:09 PDT",   "2017-07-10T14:05:09",
      "Mon, 10 Jul 2017 16:05:09 +0200"};
  const auto reference = parse_date(notations[0]);
  ASSERT_TRUE(reference);
  for (const char* text : notations) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_date(text), reference);
  }
}

class ParseDateRejects : public ::testing::TestWithParam<const char*> {};

TEST_P(ParseDateRejects, ReturnsNullopt) {
  const auto date = parse_date(GetParam());
  EXPECT_FALSE(date.has_value()) << "'" << GetParam() << "' was accepted as " << format_iso8601(*date);
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, ParseDateRejects,
    ::testing::Values(
        // Impossible calendar dates and times.
        "2017-02-30", "2017-02-29", "1900-02-29", "2017-13-01", "2017-00-10", "2017-07-00", "2017-07-32",
        "2017-04-31", "2017-07-10T25:00", "2017-07-10T14:60", "2017-07-10T14:05:61",
        "Mon, 32 Jul 2017 10:00:00 +0000", "29 Feb 2017 10:00:00 +0000", "10 Jul 2017 25:00:00 +0000",
        // Not dates at all, or in formats that are ambiguous.
        "", "   ", "yesterday", "10/07/2017", "07/10/2017", "10.07.2017", "20170710", "2017", "2017-07",
        "2017-7-10", "July 10, 2017", "1499644800",
        // Trailing or malformed parts.
        "2017-07-10garbage", "2017-07-10T", "2017-07-10T14", "2017-07-10T14:05:09+25:00",
        "2017-07-10T14:05:09+02:60", "2017-07-10T14:05:09.Z", "2017-07-10T14:05:09 UTC extra",
        "Foo, 10 Jul 2017 10:00:00 +0000", "10 Foo 2017 10:00:00 +0000", "10 Jul 2017 10:00:00 XYZ",
        "10 Jul 2017 10:00:00 +00", "10 Jul 2017 10:00:00 +0000 trailing", "Mon 10 Jul 2017 10:00:00 +0000"));

TEST(FormatDate, DateWithoutTimeHasNoTimePart) {
  EXPECT_EQ(format_iso8601(DateTime{k20170710, false}), "2017-07-10");
  EXPECT_EQ(format_day(DateTime{k20170710, false}), "2017-07-10");
}

TEST(FormatDate, DateTimeIsUtcWithZ) {
  struct Case {
    std::int64_t unix_seconds;
    const char* iso;
    const char* day;
  };
  const Case cases[] = {
      {0, "1970-01-01T00:00:00Z", "1970-01-01"},
      {86399, "1970-01-01T23:59:59Z", "1970-01-01"},
      {86400, "1970-01-02T00:00:00Z", "1970-01-02"},
      {-1, "1969-12-31T23:59:59Z", "1969-12-31"},
      {-86400, "1969-12-31T00:00:00Z", "1969-12-31"},
      {k20170710 + 14 * 3600 + 5 * 60 + 9, "2017-07-10T14:05:09Z", "2017-07-10"},
      {951782400, "2000-02-29T00:00:00Z", "2000-02-29"},
      {4102444799, "2099-12-31T23:59:59Z", "2099-12-31"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.unix_seconds);
    EXPECT_EQ(format_iso8601(DateTime{c.unix_seconds, true}), c.iso);
    EXPECT_EQ(format_day(DateTime{c.unix_seconds, true}), c.day);
  }
}

TEST(FormatDate, HasTimeFlagFollowsInput) {
  struct Case {
    const char* text;
    bool has_time;
  };
  const Case cases[] = {{"2017-07-10", false},
                        {"2017-07-10T00:00", true},
                        {"2017-07-10T00:00:00Z", true},
                        {"10 Jul 2017 00:00 GMT", true},
                        {"Mon, 10 Jul 2017 00:00:00 +0000", true}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const auto date = parse_date(c.text);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->has_time, c.has_time);
    EXPECT_EQ(date->unix_seconds, k20170710);
    // The same midnight prints differently depending on the precision given.
    EXPECT_EQ(format_iso8601(*date), c.has_time ? "2017-07-10T00:00:00Z" : "2017-07-10");
  }
}

}  // namespace
}  // namespace tidings
