// Unit tests for common/date_mentions.h: dates named in news text, and the
// day ranges of date: and mentioned: queries.
#include "common/date_mentions.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/calendar.h"

namespace tidings {
namespace {

// "2017-06-05=June 5; 2017-05=May": every mention, in order.
std::string describe(const std::vector<DateMention>& mentions) {
  std::string out;
  for (const DateMention& m : mentions) {
    if (!out.empty()) out += "; ";
    out += m.iso() + "=" + m.text;
  }
  return out;
}

std::optional<DateTime> published(const char* day) {
  if (day == nullptr) return std::nullopt;
  return parse_date(day);
}

struct MentionCase {
  const char* published;  // nullptr: none
  const char* text;
  const char* expected;  // describe() of the result
};

void PrintTo(const MentionCase& c, std::ostream* os) {
  *os << "[" << (c.published != nullptr ? c.published : "no date") << "] " << c.text;
}

class DateMentionsFind : public ::testing::TestWithParam<MentionCase> {};

TEST_P(DateMentionsFind, AsExpected) {
  const MentionCase& c = GetParam();
  EXPECT_EQ(describe(find_date_mentions(c.text, published(c.published))), c.expected);
}

// Published on Monday 2017-07-10 unless stated.
constexpr const char* kMon = "2017-07-10";

INSTANTIATE_TEST_SUITE_P(
    DateDay, DateMentionsFind,
    ::testing::Values(MentionCase{kMon, "The crisis unfolded on June 5, when", "2017-06-05=June 5"},
                      MentionCase{kMon, "It began June 5, 2016.", "2016-06-05=June 5, 2016"},
                      MentionCase{kMon, "It began June 5 2016.", "2016-06-05=June 5 2016"},
                      MentionCase{kMon, "It began June 5th, 2015.", "2015-06-05=June 5th, 2015"},
                      MentionCase{kMon, "It began on 5 June.", "2017-06-05=5 June"},
                      MentionCase{kMon, "It began on 5 June 2014.", "2014-06-05=5 June 2014"},
                      MentionCase{kMon, "on the 21st of June", "2017-06-21=21st of June"},
                      MentionCase{kMon, "on Jun. 5 and Jun 6", "2017-06-05=Jun. 5; 2017-06-06=Jun 6"},
                      MentionCase{kMon, "Talks resume Sept. 12.", "2017-09-12=Sept. 12"},
                      MentionCase{kMon, "Talks end Aug. 2.", "2017-08-02=Aug. 2"},
                      MentionCase{kMon, "filed 2017-06-30 in court", "2017-06-30=2017-06-30"},
                      MentionCase{kMon, "on May 31, a holiday", "2017-05-31=May 31"},
                      MentionCase{kMon, "Feb. 29, 2016 was a Monday", "2016-02-29=Feb. 29, 2016"},
                      MentionCase{kMon,
                                  "on\xC2\xA0June\xC2\xA0"
                                  "5",
                                  "2017-06-05=June\xC2\xA0"
                                  "5"}));

INSTANTIATE_TEST_SUITE_P(
    DateMonth, DateMentionsFind,
    ::testing::Values(MentionCase{kMon, "The split erupted in May after", "2017-05=May"},
                      MentionCase{kMon, "cut ties in early June over", "2017-06=early June"},
                      MentionCase{kMon, "until late July", "2017-07=late July"},
                      MentionCase{kMon, "by mid-August", "2017-08=mid-August"},
                      MentionCase{kMon, "by mid August", "2017-08=mid August"},
                      MentionCase{kMon, "elected in May 2016", "2016-05=May 2016"},
                      MentionCase{kMon, "since March, 2015", "2015-03=March, 2015"},
                      MentionCase{kMon, "at the end of May", "2017-05=May"},
                      MentionCase{kMon, "during April", "2017-04=April"},
                      MentionCase{kMon, "in Sept. and Oct.", "2017-09=Sept.; 2017-10=Oct."},
                      MentionCase{kMon, "last June", "2017-06=last June"},
                      MentionCase{kMon, "last July", "2016-07=last July"},
                      MentionCase{kMon, "next June", "2018-06=next June"},
                      MentionCase{kMon, "this December", "2017-12=this December"},
                      MentionCase{kMon, "last month", "2017-06=last month"},
                      MentionCase{"2017-01-10", "last month", "2016-12=last month"},
                      MentionCase{"2017-12-10", "next month's vote", "2018-01=next month"},
                      MentionCase{kMon, "from May to June", "2017-05=May; 2017-06=June"},
                      MentionCase{kMon, "between June and August", "2017-06=June; 2017-08=August"},
                      MentionCase{kMon, "in April or May", "2017-04=April; 2017-05=May"},
                      MentionCase{kMon, "wire copy broke early\nJune here", "2017-06=early June"},
                      MentionCase{kMon, "of January, to February", "2017-01=January; 2017-02=February"},
                      MentionCase{kMon, "January figures showed", "2017-01=January"},
                      MentionCase{kMon, "November's report", "2016-11=November"}));

INSTANTIATE_TEST_SUITE_P(
    DateYear, DateMentionsFind,
    ::testing::Values(MentionCase{kMon, "plotters of the 2016 coup in Turkey", "2016=2016"},
                      MentionCase{kMon, "in 2016", "2016=2016"},
                      MentionCase{kMon, "since 2014, growth", "2014=2014"},
                      MentionCase{kMon, "from 2014-2016", "2014=2014; 2016=2016"},
                      MentionCase{kMon, "in 1900 and 2100", "1900=1900; 2100=2100"},
                      MentionCase{kMon, "last year", "2016=last year"},
                      MentionCase{kMon, "Last year's drought", "2016=Last year"},
                      MentionCase{kMon, "this year and next year", "2017=this year; 2018=next year"}));

INSTANTIATE_TEST_SUITE_P(
    DateRelativeDays, DateMentionsFind,
    ::testing::Values(
        MentionCase{kMon, "said on Thursday", "2017-07-06=Thursday"},
        MentionCase{kMon, "said on Monday", "2017-07-10=Monday"},
        MentionCase{kMon, "Tuesday", "2017-07-04=Tuesday"},
        MentionCase{kMon, "Sunday's vote", "2017-07-09=Sunday"},
        MentionCase{kMon, "on a Monday, every Friday, on Mondays", ""},
        MentionCase{kMon, "Sunday\xE2\x80\x99s vote", "2017-07-09=Sunday"},
        MentionCase{kMon, "last Monday", "2017-07-03=last Monday"},
        MentionCase{kMon, "next Monday", "2017-07-17=next Monday"},
        MentionCase{kMon, "next Friday", "2017-07-14=next Friday"},
        MentionCase{kMon, "They will meet on Wednesday", "2017-07-12=Wednesday"},
        MentionCase{kMon, "They will meet on Monday", "2017-07-10=Monday"},
        MentionCase{kMon, "We'll meet on Friday", "2017-07-14=Friday"},
        MentionCase{kMon, "Ministers will meet in Jeddah on Wednesday, the ministry said on Tuesday",
                    "2017-07-12=Wednesday; 2017-07-04=Tuesday"},
        MentionCase{kMon, "Will Smith said on Friday", "2017-07-07=Friday"},
        MentionCase{kMon, "yesterday and tomorrow", "2017-07-09=yesterday; 2017-07-11=tomorrow"},
        MentionCase{kMon, "today", ""}, MentionCase{kMon, "Monday, June 5", "2017-06-05=June 5"}));

// Publication near a year boundary: the near future beats last year.
INSTANTIATE_TEST_SUITE_P(
    DateYearResolution, DateMentionsFind,
    ::testing::Values(MentionCase{"2017-12-20", "on January 5", "2018-01-05=January 5"},
                      MentionCase{"2017-12-20", "in December", "2017-12=December"},
                      MentionCase{"2017-12-20", "in February", "2018-02=February"},
                      MentionCase{"2017-12-20", "in April", "2017-04=April"},
                      MentionCase{"2017-01-03", "on December 28", "2016-12-28=December 28"},
                      MentionCase{"2017-01-03", "in November", "2016-11=November"},
                      MentionCase{"2017-01-03", "in March", "2017-03=March"},
                      MentionCase{"2017-01-03", "last December", "2016-12=last December"},
                      MentionCase{"2017-01-03", "next January", "2018-01=next January"},
                      MentionCase{"2017-01-03", "on Sunday", "2017-01-01=Sunday"},
                      MentionCase{"2017-01-03", "on Friday", "2016-12-30=Friday"},
                      MentionCase{"2017-12-30", "will meet on Tuesday", "2018-01-02=Tuesday"},
                      MentionCase{"2017-07-10", "on July 20", "2017-07-20=July 20"},
                      MentionCase{"2017-07-10", "will meet on June 12", "2018-06-12=June 12"},
                      MentionCase{"2017-06-01", "will meet on June 12", "2017-06-12=June 12"},
                      MentionCase{"2017-06-01", "met on June 12", "2017-06-12=June 12"},
                      MentionCase{"2017-07-10", "in October", "2017-10=October"},
                      MentionCase{"2017-07-10", "in November", "2016-11=November"},
                      MentionCase{"2017-07-10", "February 29", ""},
                      MentionCase{"2016-07-10", "February 29", "2016-02-29=February 29"},
                      MentionCase{"2017-07-10T23:30:00-05:00", "yesterday", "2017-07-10=yesterday"}));

INSTANTIATE_TEST_SUITE_P(
    DateAllCaps, DateMentionsFind,
    ::testing::Values(MentionCase{"1987-03-02", "WASHINGTON, FEB 26 - OUTPUT ROSE", "1987-02-26=FEB 26"},
                      MentionCase{"1987-03-02", "OUTPUT MAY FALL 5 PCT IN MAY", "1987-05=MAY"},
                      MentionCase{"1987-03-02", "THE CRISIS MAY INTENSIFY", ""},
                      MentionCase{"1987-03-02", "PRICES MAY 10 PCT HIGHER", ""},
                      MentionCase{"1987-03-02", "SINCE JANUARY 1986 AND IN 1985",
                                  "1986-01=JANUARY 1986; 1985=1985"},
                      MentionCase{"1987-03-02", "ON MONDAY, IT SAID", "1987-03-02=MONDAY"},
                      MentionCase{"1987-03-02", "THE 1986/87 CROP OF 2,016 TONNES", ""}));

INSTANTIATE_TEST_SUITE_P(NoPublicationDate, DateMentionsFind,
                         ::testing::Values(MentionCase{nullptr, "on June 5, 2017 and on June 6",
                                                       "2017-06-05=June 5, 2017"},
                                           MentionCase{nullptr, "in May 2016 and in May", "2016-05=May 2016"},
                                           MentionCase{nullptr, "the 2016 coup", "2016=2016"},
                                           MentionCase{nullptr, "on Monday, yesterday, last year", ""}));

INSTANTIATE_TEST_SUITE_P(
    DateDistinctInOrder, DateMentionsFind,
    ::testing::Values(MentionCase{kMon, "in 2016, June 5, in May, on June 5 and in 2016 again",
                                  "2016=2016; 2017-06-05=June 5; 2017-05=May"},
                      MentionCase{kMon, "on Monday and on July 10", "2017-07-10=Monday"},
                      MentionCase{kMon, "in June and on June 5", "2017-06=June; 2017-06-05=June 5"}));

// Names, verbs, numbers: nothing here is a date.
INSTANTIATE_TEST_SUITE_P(
    DateTraps, DateMentionsFind,
    ::testing::Values(
        MentionCase{kMon, "the crisis may intensify", ""},
        MentionCase{kMon, "Theresa May said talks would go on", ""},
        MentionCase{kMon, "Prime Minister May met Trump", ""}, MentionCase{kMon, "Trump and May talked", ""},
        MentionCase{kMon, "a letter from May", ""}, MentionCase{kMon, "since May took office", ""},
        MentionCase{kMon, "May intensify, they warned", ""}, MentionCase{kMon, "March on Washington", ""},
        MentionCase{kMon, "a protest march", ""}, MentionCase{kMon, "August Rush is a film", ""},
        MentionCase{kMon, "Will Smith and April Ryan", ""}, MentionCase{kMon, "Jan Egeland said", ""},
        MentionCase{kMon, "the October Revolution and Black September", ""},
        MentionCase{kMon, "the Sunday Times and Black Friday", ""}, MentionCase{kMon, "June 31", ""},
        MentionCase{kMon, "shipped 2,016 tonnes", ""},
        MentionCase{kMon, "shipped 2016 tonnes and 2000 barrels", ""},
        MentionCase{kMon, "the 1987/88 season and the 2016-17 season", ""},
        MentionCase{kMon,
                    "rose 2016% to $2016 and \xC2\xA3"
                    "2016",
                    ""},
        MentionCase{kMon, "Flight 2016 left at 2000 GMT", ""}, MentionCase{kMon, "about 2000 protesters", ""},
        MentionCase{kMon, "a 1,987.5 figure and 1899 and 2101 and 12016", ""},
        MentionCase{kMon, "over the last year and in the past month", ""},
        MentionCase{kMon, "a 2017-02-30 typo and 2017-13-01", ""}));

// The seed articles, with their publication dates (corpus/ acceptance).
std::string read_body(const std::string& name) {
  std::ifstream in(std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus" /
                   name);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  return text.substr(text.find("\n\n") + 2);  // the "Date:" header is not body text
}

TEST(DateMentionsCorpus, Article000) {
  const std::string body = read_body("000_008d18d921bead8a.txt");
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(describe(find_date_mentions(body, parse_date("2017-07-10"))),
            "2017-07-10=Monday; 2017-06-05=June 5; 2017-07-06=Thursday; 2017-05=May; 2016=2016");
}

TEST(DateMentionsCorpus, Article001) {
  const std::string body = read_body("001_3cc5ee30644e116d.txt");
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(describe(find_date_mentions(body, parse_date("2017-07-11"))),
            "2017-07-11=Tuesday; 2017-07-12=Wednesday; 2017-07-10=Monday; 2017-06=early June");
}

TEST(DateMentionsCorpus, Article002) {
  const std::string body = read_body("002_f547a2b77d0459a6.txt");
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(describe(find_date_mentions(body, parse_date("2017-04-11"))), "2017-04-11=Tuesday");
}

TEST(DateMentionsPrecision, FieldsFollowPrecision) {
  const auto mentions = find_date_mentions("June 5, in May and in 2016", parse_date("2017-07-10"));
  ASSERT_EQ(mentions.size(), 3U);
  EXPECT_EQ(mentions[0].precision, DateMention::Precision::kDay);
  EXPECT_EQ(mentions[0].day, 5U);
  EXPECT_EQ(mentions[1].precision, DateMention::Precision::kMonth);
  EXPECT_EQ(mentions[1].month, 5U);
  EXPECT_EQ(mentions[1].day, 0U);
  EXPECT_EQ(mentions[2].precision, DateMention::Precision::kYear);
  EXPECT_EQ(mentions[2].month, 0U);
  EXPECT_EQ(mentions[2].year, 2016);
}

// ---------------------------------------------------------------------------
// parse_day_range, with today = Monday 2017-07-10.

const std::int64_t kToday = days_from_civil(2017, 7, 10);

std::int64_t day(std::int64_t y, unsigned m, unsigned d) {
  return days_from_civil(y, m, d);
}

struct RangeCase {
  const char* text;
  std::optional<std::int64_t> first;
  std::optional<std::int64_t> last;
};

void PrintTo(const RangeCase& c, std::ostream* os) {
  *os << c.text;
}

class DateRangeParses : public ::testing::TestWithParam<RangeCase> {};

TEST_P(DateRangeParses, ToDays) {
  const RangeCase& c = GetParam();
  const std::optional<DayRange> range = parse_day_range(c.text, kToday);
  ASSERT_TRUE(range.has_value()) << c.text;
  EXPECT_EQ(range->first, c.first);
  EXPECT_EQ(range->last, c.last);
}

INSTANTIATE_TEST_SUITE_P(
    Date, DateRangeParses,
    ::testing::Values(
        RangeCase{"2017-07-10", day(2017, 7, 10), day(2017, 7, 10)},
        RangeCase{"2017-07", day(2017, 7, 1), day(2017, 7, 31)},
        RangeCase{"2016-02", day(2016, 2, 1), day(2016, 2, 29)},
        RangeCase{"2017", day(2017, 1, 1), day(2017, 12, 31)},
        RangeCase{"2017-06-01..2017-07-31", day(2017, 6, 1), day(2017, 7, 31)},
        RangeCase{"2017-06..2017", day(2017, 6, 1), day(2017, 12, 31)},
        RangeCase{"2016..2017-02", day(2016, 1, 1), day(2017, 2, 28)},
        RangeCase{"2017-07..2017-07", day(2017, 7, 1), day(2017, 7, 31)},
        RangeCase{"2017-07..", day(2017, 7, 1), std::nullopt},
        RangeCase{"..2017-05", std::nullopt, day(2017, 5, 31)},
        RangeCase{"..2017", std::nullopt, day(2017, 12, 31)}, RangeCase{"today", kToday, kToday},
        RangeCase{"yesterday", kToday - 1, kToday - 1}, RangeCase{"yesterday..today", kToday - 1, kToday},
        RangeCase{"0d", kToday, kToday}, RangeCase{"1d", kToday - 1, kToday - 1},
        RangeCase{"7d..", kToday - 7, std::nullopt}, RangeCase{"30d..7d", kToday - 30, kToday - 7},
        RangeCase{"2w..", kToday - 14, std::nullopt}, RangeCase{"1m", day(2017, 6, 10), day(2017, 6, 10)},
        RangeCase{"7m..", day(2016, 12, 10), std::nullopt}, RangeCase{"1y..", day(2016, 7, 10), std::nullopt},
        RangeCase{"2017-01..1m", day(2017, 1, 1), day(2017, 6, 10)},
        RangeCase{"..yesterday", std::nullopt, kToday - 1}));

TEST(DateRangeRelative, MonthsClampToMonthEnd) {
  const std::int64_t march31 = day(2017, 3, 31);
  EXPECT_EQ(parse_day_range("1m", march31)->first, day(2017, 2, 28));
  EXPECT_EQ(parse_day_range("13m", march31)->first, day(2016, 2, 29));
  EXPECT_EQ(parse_day_range("1y", day(2016, 2, 29))->first, day(2015, 2, 28));
  EXPECT_EQ(parse_day_range("3m", day(2017, 1, 15))->first, day(2016, 10, 15));
}

class DateRangeRejects : public ::testing::TestWithParam<const char*> {};

TEST_P(DateRangeRejects, ReturnsNullopt) {
  EXPECT_FALSE(parse_day_range(GetParam(), kToday).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Date, DateRangeRejects,
                         ::testing::Values("", "..", "...", "2017-02-30", "2017-13", "2017-00", "2017-07-00",
                                           "2017-7-10", "17-07-10", "20170", "2017/07/10", "2017-07-10T00:00",
                                           " 2017", "2017 ", "Today", "tomorrow", "7", "d", "7x", "-7d",
                                           "7d7", "12345678d", "2017-08..2017-07", "2018..2017",
                                           "today..yesterday", "2017..2018..2019", "2017...2018", "june"));

}  // namespace
}  // namespace tidings
