#include <tidings/date.h>

#include <array>
#include <cctype>
#include <cstdio>

#include "common/calendar.h"

namespace tidings {

namespace {

// A tiny cursor over the text with the primitives both grammars need.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  bool done() const { return pos_ >= text_.size(); }
  char peek() const { return done() ? '\0' : text_[pos_]; }
  bool accept(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Reads exactly `count` digits.
  bool digits(int count, int& value) {
    value = 0;
    for (int i = 0; i < count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(peek()))) return false;
      value = value * 10 + (text_[pos_++] - '0');
    }
    return true;
  }
  // Reads one to `max` digits.
  bool some_digits(int max, int& value) {
    value = 0;
    int n = 0;
    while (n < max && std::isdigit(static_cast<unsigned char>(peek()))) {
      value = value * 10 + (text_[pos_++] - '0');
      ++n;
    }
    return n > 0;
  }
  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t') ++pos_;
  }
  std::string_view word() {
    const std::size_t start = pos_;
    while (std::isalpha(static_cast<unsigned char>(peek()))) ++pos_;
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

struct Fields {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC
  bool has_time = false;
};

std::optional<DateTime> to_date_time(const Fields& f) {
  if (f.month < 1 || f.month > 12 || f.day < 1) return std::nullopt;
  if (static_cast<unsigned>(f.day) > days_in_month(f.year, static_cast<unsigned>(f.month)))
    return std::nullopt;
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return std::nullopt;
  const int second = f.second == 60 ? 59 : f.second;  // a leap second reads as :59
  const std::int64_t days =
      days_from_civil(f.year, static_cast<unsigned>(f.month), static_cast<unsigned>(f.day));
  DateTime result;
  result.unix_seconds = days * 86400 + f.hour * 3600 + f.minute * 60 + second - f.offset_minutes * 60;
  result.has_time = f.has_time;
  return result;
}

// "Z", "+02", "+0200", "+02:00"
bool parse_iso_zone(Cursor& c, Fields& f) {
  if (c.accept('Z') || c.accept('z')) return true;
  int sign = 0;
  if (c.accept('+')) {
    sign = 1;
  } else if (c.accept('-')) {
    sign = -1;
  } else {
    return true;  // no zone: UTC
  }
  int hours = 0;
  int minutes = 0;
  if (!c.digits(2, hours)) return false;
  if (c.accept(':')) {
    if (!c.digits(2, minutes)) return false;
  } else if (!c.done()) {
    if (!c.digits(2, minutes)) return false;
  }
  if (hours > 23 || minutes > 59) return false;
  f.offset_minutes = sign * (hours * 60 + minutes);
  return true;
}

std::optional<DateTime> parse_iso8601(std::string_view text) {
  Cursor c(text);
  Fields f;
  if (!c.digits(4, f.year) || !c.accept('-') || !c.digits(2, f.month) || !c.accept('-') ||
      !c.digits(2, f.day))
    return std::nullopt;
  if (c.done()) return to_date_time(f);
  if (!c.accept('T') && !c.accept('t') && !c.accept(' ')) return std::nullopt;
  f.has_time = true;
  if (!c.digits(2, f.hour) || !c.accept(':') || !c.digits(2, f.minute)) return std::nullopt;
  if (c.accept(':')) {
    if (!c.digits(2, f.second)) return std::nullopt;
    if (c.accept('.') || c.accept(',')) {
      int fraction = 0;
      if (!c.some_digits(9, fraction)) return std::nullopt;
    }
  }
  if (!parse_iso_zone(c, f) || !c.done()) return std::nullopt;
  return to_date_time(f);
}

int month_from_name(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (iequals(name, kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_weekday_name(std::string_view name) {
  for (std::string_view day : {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) {
    if (iequals(name, day)) return true;
  }
  return false;
}

// RFC 2822 zones: numeric, or the obsolete names section 4.3 allows.
bool parse_rfc2822_zone(Cursor& c, Fields& f) {
  c.skip_spaces();
  if (c.done()) return true;  // tolerated: UTC
  if (c.peek() == '+' || c.peek() == '-') {
    const int sign = c.peek() == '+' ? 1 : -1;
    c.accept(c.peek());
    int hhmm = 0;
    if (!c.digits(4, hhmm) || hhmm % 100 > 59 || hhmm / 100 > 23) return false;
    f.offset_minutes = sign * (hhmm / 100 * 60 + hhmm % 100);
    return true;
  }
  struct NamedZone {
    std::string_view name;
    int hours;
  };
  static constexpr std::array<NamedZone, 11> kZones{{{"UT", 0},
                                                     {"UTC", 0},
                                                     {"GMT", 0},
                                                     {"EST", -5},
                                                     {"EDT", -4},
                                                     {"CST", -6},
                                                     {"CDT", -5},
                                                     {"MST", -7},
                                                     {"MDT", -6},
                                                     {"PST", -8},
                                                     {"PDT", -7}}};
  const std::string_view name = c.word();
  for (const auto& zone : kZones) {
    if (iequals(name, zone.name)) {
      f.offset_minutes = zone.hours * 60;
      return true;
    }
  }
  return false;
}

std::optional<DateTime> parse_rfc2822(std::string_view text) {
  Cursor c(text);
  Fields f;
  if (std::isalpha(static_cast<unsigned char>(c.peek()))) {
    if (!is_weekday_name(c.word()) || !c.accept(',')) return std::nullopt;
    c.skip_spaces();
  }
  if (!c.some_digits(2, f.day)) return std::nullopt;
  c.skip_spaces();
  f.month = month_from_name(c.word());
  if (f.month == 0) return std::nullopt;
  c.skip_spaces();
  if (!c.digits(4, f.year)) return std::nullopt;
  c.skip_spaces();
  if (c.done()) return to_date_time(f);
  f.has_time = true;
  if (!c.digits(2, f.hour) || !c.accept(':') || !c.digits(2, f.minute)) return std::nullopt;
  if (c.accept(':') && !c.digits(2, f.second)) return std::nullopt;
  if (!parse_rfc2822_zone(c, f)) return std::nullopt;
  c.skip_spaces();
  if (!c.done()) return std::nullopt;
  return to_date_time(f);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<DateTime> parse_date(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (auto iso = parse_iso8601(text)) return iso;
  return parse_rfc2822(text);
}

std::string format_day(const DateTime& date) {
  std::int64_t days = date.unix_seconds / 86400;
  if (date.unix_seconds % 86400 < 0) --days;
  const Civil civil = civil_from_days(days);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(civil.year), civil.month,
                civil.day);
  return buffer;
}

std::string format_iso8601(const DateTime& date) {
  std::string out = format_day(date);
  if (!date.has_time) return out;
  std::int64_t seconds = date.unix_seconds % 86400;
  if (seconds < 0) seconds += 86400;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "T%02lld:%02lld:%02lldZ", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return out + buffer;
}

}  // namespace tidings
