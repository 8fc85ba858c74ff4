// Internal to extract: date expressions (docs/extraction.md "Dates").
//
// find_dates() reads every date expression of a document into a DateExpr:
// either a date the text gives in full (kind absolute), or one that needs
// the document date (its anchor) to be placed: a day or month without a
// year, a weekday, "yesterday", "last month", "33 years ago". resolve()
// places it, choosing past or future readings by the event's tense.
// Missing days and months are never filled in.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "extract/document.hpp"
#include "util/edtf.hpp"

namespace igo::extract {

struct DateExpr {
  enum class Kind : std::uint8_t { absolute, month_day, relative_days, weekday, relative_unit };

  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  Kind kind = Kind::absolute;
  util::Date date;     // absolute
  unsigned month = 0;  // month_day (day 0: the whole month)
  unsigned day = 0;
  unsigned end_month = 0;  // month_day ranges ("15 و16 سبتمبر"); 0: none
  unsigned end_day = 0;
  Direction dir = Direction::unspecified;  // month_day, weekday
  int offset = 0;                          // relative_days (days), relative_unit (units)
  Unit unit = Unit::day;                   // relative_unit
  unsigned weekday = 0;                    // ISO 1 (Monday) .. 7
  bool by = false;                         // "by 2007", "بحلول": ../date
  bool dateline = false;                   // "ASTANA, July 4 (Reuters) -"
  bool from_previous = false;              // "the following year": counted from `base`
  bool relative_year = false;              // month_day: the year is the anchor's + offset ("July last year")
  std::optional<util::Date> base;          // the last full date before it in the text
  std::shared_ptr<const DateExpr> to;      // the end of "from X to Y" when X or Y is relative

  bool relative() const { return kind != Kind::absolute || (to && to->relative()); }
};

// Every date expression of the document, in text order, not overlapping.
std::vector<DateExpr> find_dates(const Doc& doc);

// The ISO weekday (1 Monday .. 7 Sunday) of a day.
unsigned iso_weekday(util::Day d);

// Places `e` on the calendar. `anchor` is the document date (nullopt:
// unknown; relative expressions then give nullopt). `future` chooses the
// next occurrence for a weekday or a month without a year.
std::optional<util::Date> resolve(const DateExpr& e, std::optional<util::Day> anchor, bool future);

// Gregorian days of a Hijri date (month 0: the whole year; day 0: the whole
// month), over ICU's islamic-umalqura and islamic-civil calendars: the
// union of both readings, so a day the calendars disagree on is a 2-day
// interval. nullopt when the date does not exist.
std::optional<util::Date> hijri_to_gregorian(int year, unsigned month, unsigned day);

}  // namespace igo::extract
