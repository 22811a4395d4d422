#include "common/date_mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "common/calendar.h"
#include "common/word_scanner.h"

namespace tidings {

namespace {

using Precision = DateMention::Precision;

// ---------------------------------------------------------------------------
// Vocabulary. Month and weekday names come from ICU so that they match CLDR;
// the context words are English grammar, which no data set provides.

enum class NameKind : unsigned char { kMonth, kWeekday };

struct NameInfo {
  NameKind kind;
  unsigned value;    // month 1-12, or weekday 0 (Sunday) - 6
  bool abbreviated;  // "Jun", "Sept": too short to stand without a day, year or a dot
  bool ambiguous;    // also a given name or a common word: May, March, April, June, August
};

class NameTable {
 public:
  NameTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) return;  // no ICU data: no names, hence no false dates either
    int32_t count = 0;
    const icu::UnicodeString* wide =
        symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i) add(wide[i], NameKind::kMonth, i + 1, false);
    const icu::UnicodeString* abbreviated =
        symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::ABBREVIATED);
    for (int32_t i = 0; i < count && i < 12; ++i) add(abbreviated[i], NameKind::kMonth, i + 1, true);
    // AP style abbreviates September as "Sept.", which CLDR English lacks.
    add(icu::UnicodeString(u"Sept"), NameKind::kMonth, 9, true);
    const icu::UnicodeString* days =
        symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    // ICU numbers weekdays from UCAL_SUNDAY = 1; index 0 is empty.
    for (int32_t i = 1; i < count && i <= 7; ++i) add(days[i], NameKind::kWeekday, i - 1, false);
    std::sort(entries_.begin(), entries_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
  }

  const NameInfo* find(std::string_view term) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), term,
                                     [](const auto& entry, std::string_view t) { return entry.first < t; });
    return it != entries_.end() && it->first == term ? &it->second : nullptr;
  }

 private:
  void add(icu::UnicodeString name, NameKind kind, int32_t value, bool abbreviated) {
    std::string key;
    name.findAndReplace(icu::UnicodeString(u"."), icu::UnicodeString())
        .toLower(icu::Locale::getEnglish())
        .toUTF8String(key);
    if (key.empty() || find_linear(key)) return;  // "May" is both wide and abbreviated
    const auto v = static_cast<unsigned>(value);
    const bool ambiguous = kind == NameKind::kMonth && (v == 3 || v == 4 || v == 5 || v == 6 || v == 8);
    entries_.emplace_back(std::move(key), NameInfo{kind, v, abbreviated, ambiguous});
  }
  bool find_linear(const std::string& key) const {
    return std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) { return e.first == key; });
  }

  std::vector<std::pair<std::string, NameInfo>> entries_;
};

const NameTable& names() {
  static const NameTable table;
  return table;
}

template <std::size_t N>
bool one_of(std::string_view term, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), term) != list.end();
}

// Before a month, these make it a date even when the month is also a name:
// nobody writes "in Theresa" or "since Theresa".
constexpr std::array<std::string_view, 7> kStrongPrepositions{"in",     "since",   "until",     "till",
                                                              "during", "through", "throughout"};
// These precede names as often as months ("a letter from May", "Trump and
// May"): enough for an unambiguous month, not for May or June alone.
constexpr std::array<std::string_view, 12> kWeakPrepositions{
    "of", "from", "to", "and", "between", "by", "after", "before", "around", "for", "on", "or"};
// "the end of May": "of" after these is about time.
constexpr std::array<std::string_view, 11> kTimeNouns{"end",  "beginning", "start", "middle", "half", "rest",
                                                      "part", "week",      "weeks", "month",  "ides"};
constexpr std::array<std::string_view, 3> kPartOfMonth{"early", "late", "mid"};
// What a person does, not what a month does: "since May took office".
constexpr std::array<std::string_view, 19> kPersonVerbs{
    "said",  "says",  "told",  "took", "became", "won",     "announced", "called", "has",  "had",
    "added", "urged", "wants", "met",  "spoke",  "visited", "insisted",  "will",   "would"};
// A 4-digit number followed by these is a quantity, or a 24-hour time.
constexpr std::array<std::string_view, 52> kUnits{
    "tonnes",  "tons",    "tonne",   "ton",   "kg",     "kilograms", "km",       "kilometres", "kilometers",
    "miles",   "metres",  "meters",  "feet",  "ft",     "acres",     "hectares", "barrels",    "bpd",
    "bushels", "people",  "persons", "men",   "women",  "children",  "troops",   "soldiers",   "workers",
    "jobs",    "dollars", "dlrs",    "euros", "pounds", "yen",       "pct",      "percent",    "points",
    "shares",  "cars",    "units",   "votes", "seats",  "homes",     "mln",      "million",    "billion",
    "bln",     "gmt",     "utc",     "hours", "hrs",    "local",     "cases"};
// Labels that number things: "Flight 2016", "Resolution 2118", "No. 1999".
constexpr std::array<std::string_view, 14> kNumberLabels{
    "flight", "route", "resolution", "article", "room",    "no",      "number",
    "model",  "page",  "section",    "chapter", "highway", "channel", "paragraph"};
// "about 2000 protesters": approximations count things, not years.
constexpr std::array<std::string_view, 12> kApproximations{"about",         "some",    "nearly", "almost",
                                                           "approximately", "roughly", "over",   "than",
                                                           "least",         "only",    "just",   "estimated"};
// Named days that are not this week's: "Black Friday", "Ash Wednesday".
constexpr std::array<std::string_view, 9> kHolidayAdjectives{"black", "good", "super", "ash",   "bloody",
                                                             "holy",  "palm", "cyber", "maundy"};
// "was a Monday", "every Friday": no particular day.
constexpr std::array<std::string_view, 5> kAnyDay{"a", "every", "each", "any", "another"};
constexpr std::array<std::string_view, 5> kFutureMarkers{"will", "shall", "won't", "due", "scheduled"};
constexpr std::array<std::string_view, 5> kReportingVerbs{"said", "says", "told", "announced", "added"};

// ---------------------------------------------------------------------------
// Word shapes.

enum class Shape : unsigned char { kLower, kTitle, kUpper, kOther };

Shape shape_of(std::string_view raw) {
  bool any_lower = false;
  bool any_upper = false;
  for (const char c : raw) {
    any_lower = any_lower || (c >= 'a' && c <= 'z');
    any_upper = any_upper || (c >= 'A' && c <= 'Z');
  }
  if (raw.empty() || !(raw[0] >= 'A' && raw[0] <= 'Z'))
    return any_upper || any_lower ? Shape::kLower : Shape::kOther;
  if (!any_lower && raw.size() > 1) return Shape::kUpper;
  return Shape::kTitle;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

unsigned to_number(std::string_view digits) {
  unsigned value = 0;
  for (const char c : digits) value = value * 10 + static_cast<unsigned>(c - '0');
  return value;
}

// "5", "05", "5th", "21st": 1-31, else 0.
unsigned day_number(std::string_view term, bool* ordinal = nullptr) {
  std::size_t digits = 0;
  while (digits < term.size() && term[digits] >= '0' && term[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = term.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  if (ordinal != nullptr) *ordinal = !suffix.empty();
  const unsigned value = to_number(term.substr(0, digits));
  return value >= 1 && value <= 31 ? value : 0;
}

int year_number(std::string_view term) {
  if (term.size() != 4 || !all_digits(term)) return 0;
  const auto value = static_cast<int>(to_number(term));
  return value >= 1900 && value <= 2100 ? value : 0;
}

unsigned max_days(unsigned month) {
  return days_in_month(2000, month);  // a leap year: Feb 29 is checked once the year is known
}

// Skips white space, including the no-break space news sites put in "June 5".
std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

bool is_space(std::string_view gap) {
  return !gap.empty() && skip_space(gap, 0) == gap.size();
}

// White space around at most one `c`: "June 5, 2017", "Sept. 12", "mid-August".
bool is_gap_with(std::string_view gap, char c) {
  std::size_t i = skip_space(gap, 0);
  if (i < gap.size() && gap[i] == c) i = skip_space(gap, i + 1);
  return !gap.empty() && i == gap.size();
}

bool ends_clause(std::string_view gap) {
  return gap.find_first_of(".,;:!?") != std::string_view::npos;
}

// ---------------------------------------------------------------------------
// The extractor: a single left-to-right pass over the words.

enum class Modifier : unsigned char { kNone, kLast, kNext, kThis };

class Extractor {
 public:
  Extractor(std::string_view text, const std::optional<DateTime>& published) : text_(text) {
    WordScanner scanner(text);
    Word word;
    while (scanner.next(word)) words_.push_back(word);
    if (published) {
      today_ = published->unix_seconds / 86400;
      if (published->unix_seconds % 86400 < 0) --*today_;
      const Civil civil = civil_from_days(*today_);
      pub_year_ = static_cast<int>(civil.year);
      pub_month_ = civil.month;
      pub_day_ = civil.day;
    }
  }

  std::vector<DateMention> run() {
    bool future = false;  // a future marker earlier in this clause
    std::size_t resume = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (i > 0 && ends_clause(gap(i - 1, i))) future = false;
      const std::string& term = words_[i].term;
      if (one_of(term, kReportingVerbs)) future = false;
      if (is_future_marker(i)) future = true;
      if (i < resume) continue;
      future_ = future;
      matched_ = false;
      const std::size_t next = match(i);
      if (matched_) {
        resume = next;
        last_date_end_ = next;
      }
    }
    return std::move(out_);
  }

 private:
  std::string_view raw(std::size_t i) const {
    return text_.substr(words_[i].begin, words_[i].end - words_[i].begin);
  }
  std::string_view gap(std::size_t a, std::size_t b) const {
    return text_.substr(words_[a].end, words_[b].begin - words_[a].end);
  }
  const std::string& term(std::size_t i) const {
    static const std::string kNone;
    return i < words_.size() ? words_[i].term : kNone;
  }
  Shape shape(std::size_t i) const { return i < words_.size() ? shape_of(raw(i)) : Shape::kOther; }
  char char_after(std::size_t i) const { return words_[i].end < text_.size() ? text_[words_[i].end] : '\0'; }

  bool is_future_marker(std::size_t i) const {
    const std::string& t = words_[i].term;
    // "Will Smith" is a name; the modal is lower case (or shouted).
    if (t == "will" && shape(i) == Shape::kTitle) return false;
    return one_of(t, kFutureMarkers) || (t.size() > 3 && t.ends_with("'ll"));
  }

  // The word before `i` directly, with only white space between.
  const std::string* word_before(std::size_t i) const {
    return i > 0 && is_space(gap(i - 1, i)) ? &words_[i - 1].term : nullptr;
  }

  // Months, possessives stripped for weekdays and unambiguous months.
  const NameInfo* name_at(std::size_t i, bool* possessive) const {
    std::string_view t = term(i);
    *possessive = t.size() > 2 && t.ends_with("'s");
    if (*possessive) t.remove_suffix(2);
    const NameInfo* info = names().find(t);
    if (info == nullptr || shape(i) == Shape::kLower) return nullptr;
    if (*possessive && info->kind == NameKind::kMonth && (info->ambiguous || info->abbreviated))
      return nullptr;
    return info;
  }

  std::size_t match(std::size_t i) {
    const std::string& t = words_[i].term;
    if (year_number(t) != 0) return match_year(i);
    if (day_number(t) != 0) return match_day_first(i);
    if (t == "yesterday" || t == "tomorrow") return match_relative_day(i);
    if (t == "last" || t == "next" || t == "this") return match_relative_period(i);
    bool possessive = false;
    const NameInfo* info = name_at(i, &possessive);
    if (info == nullptr) return i;
    if (info->kind == NameKind::kWeekday) return match_weekday(i, info->value, possessive);
    return match_month(i, *info, possessive);
  }

  // "2016", "the 2016 coup", "2014-2016", ISO "2017-06-05".
  std::size_t match_year(std::size_t i) {
    const Word& w = words_[i];
    const int year = year_number(w.term);
    const std::string_view after = text_.substr(w.end);
    if (after.size() >= 6 && after[0] == '-' && after[3] == '-' && all_digits(after.substr(1, 2)) &&
        all_digits(after.substr(4, 2)) &&
        (after.size() == 6 || !std::isalnum(static_cast<unsigned char>(after[6])))) {
      const unsigned month = to_number(after.substr(1, 2));
      const unsigned day = to_number(after.substr(4, 2));
      if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return i + 1;
      add(year, month, day, Precision::kDay, w.begin, w.end + 6);
      return std::min(i + 3, words_.size());
    }
    if (!is_year_alone(i)) return i + 1;
    add(year, 0, 0, Precision::kYear, w.begin, w.end);
    return i + 1;
  }

  bool is_year_alone(std::size_t i) const {
    const Word& w = words_[i];
    // Joined to another number: "1987/88" and "2016-17" are seasons and crop
    // years, "$2016" money; "2014-2016" is two years.
    const auto joined = [&](std::size_t at, bool forward) {
      const char c = text_[at];
      if (c != '/' && c != '-') return false;
      const std::size_t other = forward ? i + 1 : i - 1;
      const bool adjacent =
          forward ? (at + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at + 1])))
                  : (at > 0 && std::isdigit(static_cast<unsigned char>(text_[at - 1])));
      if (!adjacent) return false;
      return c == '/' || other >= words_.size() || year_number(words_[other].term) == 0;
    };
    if (w.begin > 0) {
      const char c = text_[w.begin - 1];
      if (c == '$' || c == '#' || joined(w.begin - 1, false)) return false;
      const std::string_view before = text_.substr(0, w.begin);
      if (before.ends_with("\xC2\xA3") || before.ends_with("\xE2\x82\xAC") || before.ends_with("\xC2\xA5"))
        return false;  // £ € ¥
    }
    if (w.end < text_.size() && (text_[w.end] == '%' || joined(w.end, true))) return false;
    const std::string& next = term(i + 1);
    if (one_of(next, kUnits)) return false;
    if (i > 0 && one_of(words_[i - 1].term, kNumberLabels)) return false;
    if (i > 0 && one_of(words_[i - 1].term, kApproximations) && shape(i + 1) == Shape::kLower &&
        next.ends_with('s') && !next.ends_with("'s"))
      return false;
    return true;
  }

  // "5 June", "5 June 2017", "5th of June".
  std::size_t match_day_first(std::size_t i) {
    bool ordinal = false;
    const unsigned day = day_number(words_[i].term, &ordinal);
    std::size_t m = i + 1;
    if (m < words_.size() && ordinal && words_[m].term == "of" && is_space(gap(i, m))) ++m;
    if (m >= words_.size() || !is_space(gap(m - 1, m))) return i + 1;
    bool possessive = false;
    const NameInfo* info = name_at(m, &possessive);
    if (info == nullptr || possessive || info->kind != NameKind::kMonth || day > max_days(info->value))
      return i + 1;
    return finish_day(i, info->value, day, m + 1);
  }

  // After "<day> <month>" or "<month> <day>" ending before word `k`: an
  // optional year, then the mention.
  std::size_t finish_day(std::size_t first, unsigned month, unsigned day, std::size_t k) {
    if (k < words_.size() && is_gap_with(gap(k - 1, k), ',') && year_number(words_[k].term) != 0 &&
        is_year_alone(k)) {
      const int year = year_number(words_[k].term);
      if (day <= days_in_month(year, month))
        add(year, month, day, Precision::kDay, words_[first].begin, words_[k].end);
      return k + 1;
    }
    if (!today_) return k;
    const int year = resolve_day(month, day);
    if (day <= days_in_month(year, month))
      add(year, month, day, Precision::kDay, words_[first].begin, span_end(k - 1));
    return k;
  }

  std::size_t match_month(std::size_t i, const NameInfo& info, bool possessive) {
    const unsigned month = info.value;
    const std::size_t next = i + 1;
    const bool dotted = char_after(i) == '.';
    const auto follows = [&](std::size_t k) {
      return k < words_.size() &&
             (is_space(gap(k - 1, k)) || (k - 1 == i && info.abbreviated && is_gap_with(gap(k - 1, k), '.')));
    };
    if (!possessive && follows(next)) {
      // "June 5", "Sept. 12", "FEB 26", "June 5th, 2017".
      const unsigned day = day_number(words_[next].term);
      if (day > max_days(month)) return i + 1;  // "June 31" is a typo or not a date: no guess
      if (day != 0 && !one_of(term(next + 1), kUnits) && char_after(next) != '%' && char_after(next) != ':')
        return finish_day(i, month, day, next + 1);
    }
    if (!possessive && next < words_.size() && is_gap_with(gap(i, next), ',') &&
        year_number(words_[next].term) != 0 && is_year_alone(next)) {
      add(year_number(words_[next].term), month, 0, Precision::kMonth, words_[i].begin, words_[next].end);
      return next + 1;
    }
    if (info.abbreviated && !dotted) return i + 1;  // "Jan", "Mar" alone are a name and a verb
    if (info.ambiguous && one_of(term(next), kPersonVerbs)) return i + 1;

    // A modifier or preposition right before the month.
    std::size_t first = i;
    Modifier modifier = Modifier::kNone;
    bool temporal = false;
    if (i > 0 && one_of(words_[i - 1].term, kPartOfMonth) && is_gap_with(gap(i - 1, i), '-')) {
      first = i - 1;  // "early June", "mid-August"
      temporal = true;
    } else if (const std::string* before = word_before(i)) {
      if (*before == "last" || *before == "next" || *before == "this") {
        first = i - 1;
        modifier = *before == "last"   ? Modifier::kLast
                   : *before == "next" ? Modifier::kNext
                                       : Modifier::kThis;
        temporal = true;
      } else if (one_of(*before, kStrongPrepositions)) {
        temporal = true;
      } else if (*before == "of" && i > 1 && one_of(words_[i - 2].term, kTimeNouns)) {
        temporal = true;
      } else if (one_of(*before, kWeakPrepositions)) {
        temporal = !info.ambiguous || in_range_with_date(i);
      }
    }
    if (!temporal && !info.ambiguous && !info.abbreviated) temporal = stands_alone(i);
    if (!temporal || !today_) return i + 1;
    const std::size_t end = possessive ? end_before_possessive(i) : span_end(i);
    add(resolve_month(month, modifier), month, 0, Precision::kMonth, words_[first].begin, end);
    return i + 1;
  }

  // "from May to July", "between June and August": the other end is a date.
  bool in_range_with_date(std::size_t i) const {
    const std::string& before = words_[i - 1].term;
    if (before == "from" || before == "between") {
      const std::string& link = term(i + 1);
      bool possessive = false;
      const NameInfo* other = i + 2 < words_.size() ? name_at(i + 2, &possessive) : nullptr;
      return (link == "to" || link == "until" || link == "through" || link == "and") && other != nullptr &&
             other->kind == NameKind::kMonth;
    }
    return (before == "to" || before == "and" || before == "or" || before == "through" ||
            before == "until") &&
           last_date_end_ == i - 1 && i > 1;
  }

  // A bare unambiguous month, unless it is part of a name: "the October
  // Revolution", "Black September".
  bool stands_alone(std::size_t i) const {
    if (shape(i + 1) == Shape::kTitle && is_space(gap(i, i + 1))) return false;
    if (i > 0 && shape(i - 1) == Shape::kTitle && !ends_clause(gap(i - 1, i))) return false;
    return true;
  }

  std::size_t match_weekday(std::size_t i, unsigned weekday, bool possessive) {
    if (!today_) return i + 1;
    const std::string* before = word_before(i);
    if (before != nullptr && (one_of(*before, kHolidayAdjectives) || one_of(*before, kAnyDay))) return i + 1;
    const std::size_t next = i + 1;
    if (!possessive && next < words_.size() && is_gap_with(gap(i, next), ',')) {
      // "Monday, June 5": the date itself follows and is matched next.
      bool next_possessive = false;
      const NameInfo* info = name_at(next, &next_possessive);
      if ((info != nullptr && info->kind == NameKind::kMonth) || day_number(words_[next].term) != 0)
        return i + 1;
    }
    Modifier modifier = Modifier::kNone;
    if (before != nullptr && *before == "last") modifier = Modifier::kLast;
    if (before != nullptr && *before == "next") modifier = Modifier::kNext;
    const bool after_preposition =
        before != nullptr && (*before == "on" || *before == "since" || *before == "until" ||
                              *before == "by" || modifier != Modifier::kNone);
    // "the Sunday Times", "Monday Night Football".
    if (!after_preposition && shape(next) == Shape::kTitle && shape(i) == Shape::kTitle &&
        is_space(gap(i, next)))
      return i + 1;
    const unsigned today_weekday = weekday_from_days(*today_);
    const auto back = static_cast<std::int64_t>((today_weekday + 7 - weekday) % 7);
    const auto ahead = static_cast<std::int64_t>((weekday + 7 - today_weekday) % 7);
    std::int64_t days = *today_ - back;
    if (modifier == Modifier::kLast) days = *today_ - (back == 0 ? 7 : back);
    if (modifier == Modifier::kNext) days = *today_ + (ahead == 0 ? 7 : ahead);
    if (modifier == Modifier::kNone && future_) days = *today_ + ahead;
    const std::size_t first = modifier == Modifier::kNone ? i : i - 1;
    add_days(days, words_[first].begin, possessive ? end_before_possessive(i) : words_[i].end);
    return i + 1;
  }

  std::size_t match_relative_day(std::size_t i) {
    if (!today_) return i + 1;
    add_days(*today_ + (words_[i].term == "yesterday" ? -1 : 1), words_[i].begin, words_[i].end);
    return i + 1;
  }

  // "last month", "this year", "next year" — but "the last year" is the past
  // twelve months, not a calendar year.
  std::size_t match_relative_period(std::size_t i) {
    const std::size_t next = i + 1;
    if (!today_ || next >= words_.size() || !is_space(gap(i, next))) return i + 1;
    if (i > 0 && (words_[i - 1].term == "the" || words_[i - 1].term == "a" || words_[i - 1].term == "past"))
      return i + 1;
    std::string_view unit = words_[next].term;
    const bool possessive = unit.ends_with("'s");
    if (possessive) unit.remove_suffix(2);
    const std::string& t = words_[i].term;
    const int delta = t == "last" ? -1 : t == "next" ? 1 : 0;
    const std::size_t end = possessive ? end_before_possessive(next) : words_[next].end;
    if (unit == "year") {
      add(pub_year_ + delta, 0, 0, Precision::kYear, words_[i].begin, end);
    } else if (unit == "month") {
      const int total = pub_year_ * 12 + static_cast<int>(pub_month_) - 1 + delta;
      add(total / 12, static_cast<unsigned>(total % 12) + 1, 0, Precision::kMonth, words_[i].begin, end);
    } else {
      return i + 1;  // "last Monday", "next June" are matched at the name
    }
    return next + 1;
  }

  // The year of a month without one: within the 9 months before publication
  // or the 3 months after, unless "last", "next", "this" or a future tense
  // says otherwise.
  int resolve_month(unsigned month, Modifier modifier) const {
    const int y = pub_year_;
    const unsigned pm = pub_month_;
    switch (modifier) {
      case Modifier::kLast: return month < pm ? y : y - 1;
      case Modifier::kNext: return month > pm ? y : y + 1;
      case Modifier::kThis: return y;
      case Modifier::kNone: break;
    }
    if (future_) return month >= pm ? y : y + 1;
    const unsigned ahead = (month + 12 - pm) % 12;
    if (ahead >= 1 && ahead <= 3) return month > pm ? y : y + 1;
    return month <= pm ? y : y - 1;
  }

  int resolve_day(unsigned month, unsigned day) const {
    const int y = pub_year_;
    if (future_) return month * 32 + day >= pub_month_ * 32 + pub_day_ ? y : y + 1;
    if (month == pub_month_) return y;  // later this month, rather than eleven months ago
    return resolve_month(month, Modifier::kNone);
  }

  // The end of a mention ending at word `i`, with an abbreviation's dot.
  std::size_t span_end(std::size_t i) const {
    bool possessive = false;
    const NameInfo* info = name_at(i, &possessive);
    const bool dot = info != nullptr && info->abbreviated && char_after(i) == '.';
    return words_[i].end + (dot ? 1 : 0);
  }

  // "Monday's" → "Monday"; the apostrophe may be ' or ’.
  std::size_t end_before_possessive(std::size_t i) const {
    return words_[i].end - (raw(i).ends_with("'s") ? 2 : 4);
  }

  void add_days(std::int64_t days, std::size_t begin, std::size_t end) {
    const Civil c = civil_from_days(days);
    add(static_cast<int>(c.year), c.month, c.day, Precision::kDay, begin, end);
  }

  void add(int year, unsigned month, unsigned day, Precision precision, std::size_t begin, std::size_t end) {
    matched_ = true;
    DateMention mention;
    mention.year = year;
    mention.month = month;
    mention.day = day;
    mention.precision = precision;
    for (const DateMention& seen : out_) {
      if (seen.year == year && seen.month == month && seen.day == day && seen.precision == precision) return;
    }
    // Wire copy breaks lines anywhere: "early\nJanuary" reads as "early January".
    for (const char c : text_.substr(begin, end - begin)) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) {
        mention.text += c;
      } else if (mention.text.back() != ' ') {
        mention.text += ' ';
      }
    }
    out_.push_back(std::move(mention));
  }

  std::string_view text_;
  std::vector<Word> words_;
  std::optional<std::int64_t> today_;  // publication day, UTC
  int pub_year_ = 0;
  unsigned pub_month_ = 0;
  unsigned pub_day_ = 0;
  bool future_ = false;
  bool matched_ = false;
  std::size_t last_date_end_ = static_cast<std::size_t>(-1);
  std::vector<DateMention> out_;
};

// ---------------------------------------------------------------------------
// Query ranges.

struct Span {
  std::int64_t first;
  std::int64_t last;
};

bool fixed_digits(std::string_view s, std::size_t count, unsigned& value) {
  if (s.size() != count || !all_digits(s)) return false;
  value = to_number(s);
  return true;
}

// Same day of the month `delta` months away, clamped to that month's end.
std::int64_t add_months(std::int64_t days, std::int64_t delta) {
  const Civil c = civil_from_days(days);
  const std::int64_t total = c.year * 12 + static_cast<std::int64_t>(c.month) - 1 + delta;
  const std::int64_t year = total >= 0 ? total / 12 : (total - 11) / 12;
  const auto month = static_cast<unsigned>(total - year * 12) + 1;
  return days_from_civil(year, month, std::min(c.day, days_in_month(year, month)));
}

std::optional<Span> parse_point(std::string_view s, std::int64_t today) {
  if (s == "today") return Span{today, today};
  if (s == "yesterday") return Span{today - 1, today - 1};
  if (s.size() >= 2 && s.size() <= 7 && std::isalpha(static_cast<unsigned char>(s.back())) &&
      all_digits(s.substr(0, s.size() - 1))) {
    const std::int64_t n = to_number(s.substr(0, s.size() - 1));
    std::int64_t day = 0;
    switch (s.back()) {
      case 'd': day = today - n; break;
      case 'w': day = today - 7 * n; break;
      case 'm': day = add_months(today, -n); break;
      case 'y': day = add_months(today, -12 * n); break;
      default: return std::nullopt;
    }
    return Span{day, day};
  }
  unsigned year = 0;
  unsigned month = 0;
  unsigned day = 0;
  if (!fixed_digits(s.substr(0, 4), 4, year)) return std::nullopt;
  if (s.size() == 4) return Span{days_from_civil(year, 1, 1), days_from_civil(year, 12, 31)};
  if (s.size() < 7 || s[4] != '-' || !fixed_digits(s.substr(5, 2), 2, month) || month < 1 || month > 12)
    return std::nullopt;
  if (s.size() == 7)
    return Span{days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month))};
  if (s.size() != 10 || s[7] != '-' || !fixed_digits(s.substr(8, 2), 2, day) || day < 1 ||
      day > days_in_month(year, month))
    return std::nullopt;
  const std::int64_t d = days_from_civil(year, month, day);
  return Span{d, d};
}

}  // namespace

std::vector<DateMention> find_date_mentions(std::string_view text, const std::optional<DateTime>& published) {
  return Extractor(text, published).run();
}

std::optional<DayRange> parse_day_range(std::string_view text, std::int64_t today) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    const std::optional<Span> point = parse_point(text, today);
    if (!point) return std::nullopt;
    return DayRange{point->first, point->last};
  }
  const std::string_view left = text.substr(0, dots);
  const std::string_view right = text.substr(dots + 2);
  if (left.empty() && right.empty()) return std::nullopt;
  DayRange range;
  if (!left.empty()) {
    const std::optional<Span> start = parse_point(left, today);
    if (!start) return std::nullopt;
    range.first = start->first;
  }
  if (!right.empty()) {
    const std::optional<Span> end = parse_point(right, today);
    if (!end) return std::nullopt;
    range.last = end->last;
  }
  if (range.first && range.last && *range.first > *range.last) return std::nullopt;
  return range;
}

}  // namespace tidings
