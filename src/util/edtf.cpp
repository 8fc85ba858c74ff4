#include "util/edtf.hpp"

#include <chrono>
#include <cstdio>

namespace igo::util {
namespace {

namespace chr = std::chrono;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at text[pos]; returns -1 when they are not there.
int read_digits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return -1;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[pos + i];
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

Error date_error(std::string_view text, const std::string& what) {
  return invalid_argument("invalid EDTF date \"" + std::string(text) + "\": " + what +
                          " (expected YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by ?, ~ "
                          "or %, or an interval a/b with .. for an open end)");
}

Result<DatePoint> parse_point(std::string_view whole, std::string_view text) {
  DatePoint p;
  int year = read_digits(text, 0, 4);
  if (year < 0) return date_error(whole, "a year needs exactly four digits");
  p.year = year;
  std::size_t pos = 4;
  if (pos < text.size() && text[pos] == '-') {
    int month = read_digits(text, pos + 1, 2);
    if (month < 0) return date_error(whole, "a month needs two digits");
    if (month < 1 || month > 12) {
      return date_error(whole, "month " + std::to_string(month) + " does not exist");
    }
    p.month = static_cast<unsigned>(month);
    pos += 3;
    if (pos < text.size() && text[pos] == '-') {
      int day = read_digits(text, pos + 1, 2);
      if (day < 0) return date_error(whole, "a day needs two digits");
      if (!is_valid_civil(p.year, p.month, static_cast<unsigned>(day))) {
        return date_error(whole, "day " + std::to_string(day) + " does not exist in " +
                                     std::to_string(p.year) + "-" + (p.month < 10 ? "0" : "") +
                                     std::to_string(p.month));
      }
      p.day = static_cast<unsigned>(day);
      pos += 3;
    }
  }
  if (pos < text.size()) {
    char q = text[pos];
    if (q == '?') {
      p.uncertain = true;
    } else if (q == '~') {
      p.approximate = true;
    } else if (q == '%') {
      p.uncertain = p.approximate = true;
    } else {
      return date_error(whole, std::string("unexpected character '") + q + "'");
    }
    ++pos;
  }
  if (pos != text.size()) return date_error(whole, "unexpected text after the date");
  return p;
}

std::string point_to_string(const DatePoint& p) {
  char buf[16];
  int n = 0;
  if (p.day != 0) {
    n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", p.year, p.month, p.day);
  } else if (p.month != 0) {
    n = std::snprintf(buf, sizeof buf, "%04d-%02u", p.year, p.month);
  } else {
    n = std::snprintf(buf, sizeof buf, "%04d", p.year);
  }
  std::string out(buf, static_cast<std::size_t>(n));
  if (p.uncertain && p.approximate) {
    out += '%';
  } else if (p.uncertain) {
    out += '?';
  } else if (p.approximate) {
    out += '~';
  }
  return out;
}

Day clamp_day(Day d) { return d < k_min_day ? k_min_day : (d > k_max_day ? k_max_day : d); }

}  // namespace

Day day_from_civil(int year, unsigned month, unsigned day) {
  chr::year_month_day ymd{chr::year{year}, chr::month{month}, chr::day{day}};
  return static_cast<Day>(chr::sys_days{ymd}.time_since_epoch().count());
}

void civil_from_day(Day d, int& year, unsigned& month, unsigned& day) {
  chr::year_month_day ymd{chr::sys_days{chr::days{d}}};
  year = static_cast<int>(ymd.year());
  month = static_cast<unsigned>(ymd.month());
  day = static_cast<unsigned>(ymd.day());
}

bool is_valid_civil(int year, unsigned month, unsigned day) {
  return chr::year_month_day{chr::year{year}, chr::month{month}, chr::day{day}}.ok();
}

std::string format_day(Day d) {
  DatePoint p;
  civil_from_day(d, p.year, p.month, p.day);
  return point_to_string(p);
}

Result<Day> parse_day(std::string_view text) {
  IGO_TRY_ASSIGN(auto p, parse_point(text, text));
  if (p.day == 0 || p.uncertain || p.approximate) {
    return invalid_argument("expected a day YYYY-MM-DD, got \"" + std::string(text) + "\"");
  }
  return day_from_civil(p.year, p.month, p.day);
}

std::string_view to_string(Precision p) {
  switch (p) {
    case Precision::day:
      return "day";
    case Precision::month:
      return "month";
    case Precision::year:
      return "year";
  }
  return "?";
}

Precision DatePoint::precision() const {
  if (day != 0) return Precision::day;
  if (month != 0) return Precision::month;
  return Precision::year;
}

Day DatePoint::first_day() const { return day_from_civil(year, month == 0 ? 1 : month, day == 0 ? 1 : day); }

Day DatePoint::last_day() const {
  if (day != 0) return day_from_civil(year, month, day);
  if (month != 0) {
    chr::year_month_day_last last{chr::year{year}, chr::month_day_last{chr::month{month}}};
    return static_cast<Day>(chr::sys_days{last}.time_since_epoch().count());
  }
  return day_from_civil(year, 12, 31);
}

Day DatePoint::lo() const {
  if (!approximate) return first_day();
  chr::year_month_day ymd{chr::sys_days{chr::days{first_day()}}};
  switch (precision()) {
    case Precision::day:
      return clamp_day(first_day() - 1);
    case Precision::month:
      return clamp_day(static_cast<Day>(chr::sys_days{ymd - chr::months{1}}.time_since_epoch().count()));
    case Precision::year:
      return clamp_day(static_cast<Day>(chr::sys_days{ymd - chr::years{1}}.time_since_epoch().count()));
  }
  return first_day();
}

Day DatePoint::hi() const {
  if (!approximate) return last_day();
  DatePoint next = *this;
  next.approximate = false;
  switch (precision()) {
    case Precision::day:
      return clamp_day(last_day() + 1);
    case Precision::month:
      next.month = month == 12 ? 1 : month + 1;
      next.year = month == 12 ? year + 1 : year;
      break;
    case Precision::year:
      next.year = year + 1;
      break;
  }
  if (next.year > 9999) return k_max_day;
  return next.last_day();
}

Result<Date> Date::parse(std::string_view text) {
  if (text.empty()) return date_error(text, "empty");
  auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    IGO_TRY_ASSIGN(auto p, parse_point(text, text));
    return from_point(p);
  }
  std::string_view a = text.substr(0, slash);
  std::string_view b = text.substr(slash + 1);
  if (b.find('/') != std::string_view::npos) return date_error(text, "more than one '/'");
  DatePoint start;
  DatePoint end;
  Bound sb = Bound::point;
  Bound eb = Bound::point;
  if (a.empty()) {
    sb = Bound::unknown;
  } else if (a == "..") {
    sb = Bound::open;
  } else {
    IGO_TRY_ASSIGN(start, parse_point(text, a));
  }
  if (b.empty()) {
    eb = Bound::unknown;
  } else if (b == "..") {
    eb = Bound::open;
  } else {
    IGO_TRY_ASSIGN(end, parse_point(text, b));
  }
  if (sb != Bound::point && eb != Bound::point) {
    return date_error(text, "an interval needs at least one dated end");
  }
  auto result = interval(sb, start, eb, end);
  if (!result.ok()) return date_error(text, result.error().message());
  return result;
}

Date Date::from_point(const DatePoint& p) {
  Date d;
  d.m_start = p;
  d.compute_range();
  return d;
}

Date Date::from_day(Day day) {
  DatePoint p;
  civil_from_day(day, p.year, p.month, p.day);
  return from_point(p);
}

Result<Date> Date::interval(Bound start_bound, const DatePoint& start, Bound end_bound,
                            const DatePoint& end) {
  Date d;
  d.m_interval = true;
  d.m_start_bound = start_bound;
  d.m_end_bound = end_bound;
  d.m_start = start_bound == Bound::point ? start : DatePoint{};
  d.m_end = end_bound == Bound::point ? end : DatePoint{};
  if (start_bound == Bound::point && end_bound == Bound::point && end.last_day() < start.first_day()) {
    return invalid_argument("the interval ends before it starts");
  }
  d.compute_range();
  return d;
}

void Date::compute_range() {
  if (!m_interval) {
    m_lo = m_start.lo();
    m_hi = m_start.hi();
    return;
  }
  m_lo = m_start_bound == Bound::point ? m_start.lo() : k_min_day;
  m_hi = m_end_bound == Bound::point ? m_end.hi() : k_max_day;
}

std::string Date::to_string() const {
  if (!m_interval) return point_to_string(m_start);
  auto side = [](Bound b, const DatePoint& p) -> std::string {
    switch (b) {
      case Bound::point:
        return point_to_string(p);
      case Bound::open:
        return "..";
      case Bound::unknown:
        return "";
    }
    return "";
  };
  return side(m_start_bound, m_start) + "/" + side(m_end_bound, m_end);
}

Precision Date::precision() const {
  if (!m_interval || m_start_bound == Bound::point) return m_start.precision();
  return m_end.precision();
}

bool Date::is_uncertain() const { return m_start.uncertain || (m_interval && m_end.uncertain); }

bool Date::is_approximate() const { return m_start.approximate || (m_interval && m_end.approximate); }

bool Date::is_exact_day() const { return m_lo == m_hi && !is_uncertain() && !is_approximate(); }

bool Date::operator==(const Date& o) const {
  return m_interval == o.m_interval && m_start_bound == o.m_start_bound && m_end_bound == o.m_end_bound &&
         m_start == o.m_start && end() == o.end();
}

std::strong_ordering Date::operator<=>(const Date& o) const {
  if (auto c = m_lo <=> o.m_lo; std::is_neq(c)) return c;
  return m_hi <=> o.m_hi;
}

}  // namespace igo::util
