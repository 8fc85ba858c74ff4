// EDTF dates (ISO 8601-2, levels 0 and 1 as DESIGN uses them).
//
// Accepted forms, and exactly what Date::to_string() prints back:
//   2017-06-09   2017-06   2017            a day, a month, a year
//   2004?  2004~  2004%                     uncertain, approximate, both
//   2025-08-31/2025-09-01                   an interval (either end may be
//                                           any point form above)
//   ../2007   2007/..                       open start ("by 2007"), open end
//   /2007     2007/                         unknown start, unknown end
// Years have exactly four digits (0000-9999). Impossible dates (2001-02-30,
// month 13) and intervals that end before they start are errors.
//
// A Date denotes the closed range of days [lo(), hi()] on which the thing it
// dates may have happened. A point covers its whole month or year; `~` widens
// it by one unit of its precision on each side (2004~ is 2003..2005); `?`
// keeps the range but marks the date uncertain. Open and unknown ends reach
// the first or last representable day.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace igo::util {

// Days since 1970-01-01 (negative before).
using Day = std::int32_t;

Day day_from_civil(int year, unsigned month, unsigned day);
void civil_from_day(Day d, int& year, unsigned& month, unsigned& day);
bool is_valid_civil(int year, unsigned month, unsigned day);
// "YYYY-MM-DD".
std::string format_day(Day d);
Result<Day> parse_day(std::string_view text);

inline const Day k_min_day = day_from_civil(0, 1, 1);
inline const Day k_max_day = day_from_civil(9999, 12, 31);

enum class Precision : std::uint8_t { day, month, year };
std::string_view to_string(Precision p);

// One calendar point: a year, optionally a month, optionally a day.
struct DatePoint {
  int year = 0;
  unsigned month = 0;  // 0 when not given
  unsigned day = 0;    // 0 when not given
  bool uncertain = false;
  bool approximate = false;

  Precision precision() const;
  Day first_day() const;  // of the literal value, without `~`
  Day last_day() const;
  Day lo() const;  // with `~` widening
  Day hi() const;
  bool operator==(const DatePoint&) const = default;
};

enum class Bound : std::uint8_t { point, open, unknown };

class Date {
 public:
  Date() = default;  // 1970-01-01

  static Result<Date> parse(std::string_view text);
  static Date from_point(const DatePoint& p);
  static Date from_day(Day d);
  static Result<Date> interval(Bound start_bound, const DatePoint& start, Bound end_bound,
                               const DatePoint& end);

  std::string to_string() const;

  bool is_interval() const { return m_interval; }
  Bound start_bound() const { return m_start_bound; }
  Bound end_bound() const { return m_end_bound; }
  const DatePoint& start() const { return m_start; }
  // The end point of an interval; for a single point, the point itself.
  const DatePoint& end() const { return m_interval ? m_end : m_start; }

  Day lo() const { return m_lo; }
  Day hi() const { return m_hi; }
  // Precision of the start point (of the end point for "../b").
  Precision precision() const;
  bool is_uncertain() const;    // any `?` or `%`
  bool is_approximate() const;  // any `~` or `%`
  // True when the range is a single day and nothing is uncertain.
  bool is_exact_day() const;

  bool contains(Day d) const { return m_lo <= d && d <= m_hi; }
  bool overlaps(const Date& o) const { return m_lo <= o.m_hi && o.m_lo <= m_hi; }
  bool covers(const Date& o) const { return m_lo <= o.m_lo && o.m_hi <= m_hi; }

  // Structural equality (same text); ordering by range (lo, then hi).
  bool operator==(const Date& o) const;
  std::strong_ordering operator<=>(const Date& o) const;

 private:
  void compute_range();

  bool m_interval = false;
  Bound m_start_bound = Bound::point;
  Bound m_end_bound = Bound::point;
  DatePoint m_start{1970, 1, 1, false, false};
  DatePoint m_end{};
  Day m_lo = 0;
  Day m_hi = 0;
};

}  // namespace igo::util
