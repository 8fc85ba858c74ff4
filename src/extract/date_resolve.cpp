// Placing relative date expressions on the calendar, and Hijri dates.
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "extract/dates.hpp"

namespace igo::extract {
namespace {

using Kind = DateExpr::Kind;

util::DatePoint point(int y, unsigned m = 0, unsigned d = 0) {
  util::DatePoint p;
  p.year = y;
  p.month = m;
  p.day = d;
  return p;
}

util::DatePoint day_point(util::Day d) {
  util::DatePoint p;
  util::civil_from_day(d, p.year, p.month, p.day);
  return p;
}

std::optional<util::Date> interval(const util::DatePoint& a, const util::DatePoint& b) {
  if (a == b) return util::Date::from_point(a);
  auto r = util::Date::interval(util::Bound::point, a, util::Bound::point, b);
  if (!r.ok()) return std::nullopt;
  return *r;
}

bool in_range(int year) { return year >= 1 && year <= 9998; }

// The year in which (month, day) falls for a month_day expression.
int year_for(const DateExpr& e, util::Day anchor, bool future) {
  int ay = 0;
  unsigned am = 0;
  unsigned ad = 0;
  util::civil_from_day(anchor, ay, am, ad);
  auto key = [](unsigned m, unsigned d) { return m * 100 + d; };
  unsigned here = e.day == 0 ? key(am, 0) : key(am, ad);
  unsigned there = key(e.month, e.day);
  switch (e.dir) {
    case Direction::current:
      return ay;
    case Direction::past:
      return there < here ? ay : ay - 1;
    case Direction::next:
      return there > here ? ay : ay + 1;
    case Direction::unspecified:
    case Direction::following:
    case Direction::same:
      break;
  }
  if (future) return there >= here ? ay : ay + 1;
  return there <= here ? ay : ay - 1;
}

std::optional<util::Date> resolve_point(const DateExpr& e, util::Day anchor, bool future) {
  switch (e.kind) {
    case Kind::absolute:
      return e.date;
    case Kind::month_day: {
      int y = e.relative_year ? day_point(anchor).year + e.offset : year_for(e, anchor, future);
      if (!in_range(y)) return std::nullopt;
      if (e.end_month == 0) {
        if (e.day != 0 && !util::is_valid_civil(y, e.month, e.day)) return std::nullopt;
        return util::Date::from_point(point(y, e.month, e.day));
      }
      int y1 = y;  // a range across the new year ends in the next one
      int y2 = e.month > e.end_month ? y + 1 : y;
      if (!util::is_valid_civil(y1, e.month, e.day) || !util::is_valid_civil(y2, e.end_month, e.end_day)) {
        return std::nullopt;
      }
      return interval(point(y1, e.month, e.day), point(y2, e.end_month, e.end_day));
    }
    case Kind::relative_days:
      return util::Date::from_day(anchor + e.offset);
    case Kind::weekday: {
      auto a = static_cast<int>(iso_weekday(anchor));
      auto w = static_cast<int>(e.weekday);
      bool forward = e.dir == Direction::next || (e.dir != Direction::past && future);
      int delta = 0;
      if (forward) {
        delta = (w - a + 7) % 7;
        if (delta == 0 && e.dir == Direction::next) delta = 7;
      } else {
        delta = -((a - w + 7) % 7);
        if (delta == 0 && e.dir == Direction::past) delta = -7;
      }
      return util::Date::from_day(anchor + delta);
    }
    case Kind::relative_unit: {
      util::DatePoint a = day_point(anchor);
      switch (e.unit) {
        case Unit::day:
          return util::Date::from_day(anchor + e.offset);
        case Unit::week: {
          util::Day monday = anchor - static_cast<util::Day>(iso_weekday(anchor) - 1) + 7 * e.offset;
          return interval(day_point(monday), day_point(monday + 6));
        }
        case Unit::month: {
          int total = a.year * 12 + static_cast<int>(a.month) - 1 + e.offset;
          int y = total / 12;
          if (!in_range(y)) return std::nullopt;
          return util::Date::from_point(point(y, static_cast<unsigned>(total % 12) + 1));
        }
        case Unit::year:
          if (!in_range(a.year + e.offset)) return std::nullopt;
          return util::Date::from_point(point(a.year + e.offset));
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The first and last Gregorian days of a Hijri date in one ICU calendar.
std::optional<std::pair<util::Day, util::Day>> hijri_days(const char* calendar, int year, unsigned month,
                                                          unsigned day) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(("ar@calendar=" + std::string(calendar)).c_str());
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), locale, status));
  if (U_FAILURE(status) || !cal) return std::nullopt;
  cal->setLenient(false);
  auto day_of = [&](int m, int d) -> std::optional<util::Day> {
    UErrorCode st = U_ZERO_ERROR;
    cal->clear();
    cal->set(year, m - 1, d);
    UDate ms = cal->getTime(st);
    if (U_FAILURE(st)) return std::nullopt;
    return static_cast<util::Day>(std::floor(ms / 86400000.0));
  };
  auto month_length = [&](int m) -> int {
    UErrorCode st = U_ZERO_ERROR;
    cal->clear();
    cal->set(year, m - 1, 1);
    int n = cal->getActualMaximum(UCAL_DAY_OF_MONTH, st);
    return U_FAILURE(st) ? 0 : n;
  };
  int m1 = month == 0 ? 1 : static_cast<int>(month);
  int m2 = month == 0 ? 12 : static_cast<int>(month);
  int last_len = month_length(m2);
  if (last_len == 0) return std::nullopt;
  if (day != 0 && static_cast<int>(day) > last_len) return std::nullopt;
  auto lo = day_of(m1, day == 0 ? 1 : static_cast<int>(day));
  auto hi = day_of(m2, day == 0 ? last_len : static_cast<int>(day));
  if (!lo || !hi) return std::nullopt;
  return std::make_pair(*lo, *hi);
}

}  // namespace

unsigned iso_weekday(util::Day d) {
  int w = (d % 7 + 7 + 3) % 7;  // 1970-01-01 was a Thursday
  return static_cast<unsigned>(w) + 1;
}

std::optional<util::Date> hijri_to_gregorian(int year, unsigned month, unsigned day) {
  if (year < 1 || year > 2000 || month > 12 || day > 30) return std::nullopt;
  std::optional<util::Day> lo;
  std::optional<util::Day> hi;
  for (const char* calendar : {"islamic-umalqura", "islamic-civil"}) {
    auto r = hijri_days(calendar, year, month, day);
    if (!r) continue;
    lo = lo ? std::min(*lo, r->first) : r->first;
    hi = hi ? std::max(*hi, r->second) : r->second;
  }
  if (!lo || !hi || *hi < *lo || *lo < util::k_min_day || *hi > util::k_max_day) return std::nullopt;
  return interval(day_point(*lo), day_point(*hi));
}

std::optional<util::Date> resolve(const DateExpr& e, std::optional<util::Day> anchor, bool future) {
  if (e.from_previous) {
    // "في العام التالي": a year (or month) after the date given before.
    if (!e.base) return std::nullopt;
    const util::DatePoint& b = e.base->end();
    if (e.kind == Kind::month_day) {  // "في أيار من العام نفسه"
      int y = b.year + e.offset;
      if (!in_range(y) || e.end_month != 0 || (e.day != 0 && !util::is_valid_civil(y, e.month, e.day)))
        return std::nullopt;
      return util::Date::from_point(point(y, e.month, e.day));
    }
    if (e.unit == Unit::year && in_range(b.year + e.offset))
      return util::Date::from_point(point(b.year + e.offset));
    if (e.unit == Unit::month && b.month != 0) {
      int total = b.year * 12 + static_cast<int>(b.month) - 1 + e.offset;
      return util::Date::from_point(point(total / 12, static_cast<unsigned>(total % 12) + 1));
    }
    return std::nullopt;
  }
  if (e.relative() && !anchor) return std::nullopt;
  util::Day a = anchor.value_or(0);
  auto start = resolve_point(e, a, future);
  if (!start) return std::nullopt;
  util::Date result = *start;
  if (e.to) {
    auto end = resolve_point(*e.to, a, future);
    if (!end) return std::nullopt;
    auto r = interval(start->start(), end->end());
    if (!r) return std::nullopt;
    result = *r;
  }
  if (e.by) {
    auto r = util::Date::interval(util::Bound::open, util::DatePoint{}, util::Bound::point, result.end());
    if (!r.ok()) return std::nullopt;
    result = *r;
  }
  return result;
}

}  // namespace igo::extract
