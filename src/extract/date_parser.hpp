// Internal to extract: the date grammar's parser over one sentence's tokens
// (dates.cpp: the pieces of a date and the absolute forms; date_forms.cpp:
// relative forms, ranges, prefixes and find_dates()).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "extract/dates.hpp"

namespace igo::extract::detail {

using Kind = DateExpr::Kind;

struct DayRead {
  unsigned day = 0;
  std::uint32_t end = 0;
};
struct MonthRead {
  unsigned month = 0;
  std::uint32_t end = 0;
  bool ambiguous = false;
};
struct YearRead {
  int year = 0;
  std::uint32_t end = 0;
  bool hijri = false;
};

inline util::DatePoint point(int y, unsigned m = 0, unsigned d = 0) {
  util::DatePoint p;
  p.year = y;
  p.month = m;
  p.day = d;
  return p;
}

inline std::optional<util::Date> point_date(int y, unsigned m, unsigned d) {
  if (y < 0 || y > 9999 || m > 12) return std::nullopt;
  if (m == 0 && d != 0) return std::nullopt;
  if (d != 0 && !util::is_valid_civil(y, m, d)) return std::nullopt;
  return util::Date::from_point(point(y, m, d));
}

inline std::optional<util::Date> span_date(const util::DatePoint& a, const util::DatePoint& b) {
  if (a == b) return point_date(a.year, a.month, a.day);
  if (a.day != 0 && !util::is_valid_civil(a.year, a.month, a.day)) return std::nullopt;
  if (b.day != 0 && !util::is_valid_civil(b.year, b.month, b.day)) return std::nullopt;
  auto r = util::Date::interval(util::Bound::point, a, util::Bound::point, b);
  if (!r.ok()) return std::nullopt;
  return *r;
}

class Parser {
 public:
  Parser(const Doc& d, std::uint32_t limit) : m_d(d), m_limit(limit) {}

  std::optional<DateExpr> parse_at(std::uint32_t i) const;

 private:
  std::optional<DateExpr> range_at(std::uint32_t i) const;
  std::optional<DateExpr> prefixed(std::uint32_t i) const;
  bool in(std::uint32_t i) const { return i < m_limit; }
  bool attached(std::uint32_t i) const { return in(i) && !m_d.tokens()[i].has(text::Token::k_space_before); }
  // A date word as listed: an article the list does not write is not one
  // (اليوم is not ال + يوم).
  const Match* word(std::uint32_t i, DateWord w) const {
    if (!in(i)) return nullptr;
    for (const auto& m : m_d.matches_at(i)) {
      if (m.payload.cat == Cat::date_word && m.payload.value == static_cast<std::uint32_t>(w) &&
          (m.features & text::k_clitic_article) == 0) {
        return &m;
      }
    }
    return nullptr;
  }
  const Match* cat(std::uint32_t i, Cat c) const {
    if (!in(i)) return nullptr;
    const Match* m = m_d.find(i, c);
    return m != nullptr && m->last <= m_limit ? m : nullptr;
  }
  // A run of ASCII digits: its value and digit count.
  std::optional<std::pair<long, std::size_t>> number(std::uint32_t i) const;
  bool is_sep(std::uint32_t i) const {
    return m_d.is_punct(i, "-") || m_d.is_punct(i, "/") || m_d.is_punct(i, ".");
  }
  bool range_sep(std::uint32_t i, std::uint32_t& next) const;

  std::optional<DayRead> read_day(std::uint32_t i) const;
  std::optional<MonthRead> read_month(std::uint32_t i) const;
  std::optional<YearRead> read_year(std::uint32_t i, bool bare_ok) const;

  std::optional<DateExpr> simple(std::uint32_t i, bool prep, bool year_prep) const;
  std::optional<DateExpr> numeric(std::uint32_t i) const;
  std::optional<DateExpr> hijri(std::uint32_t i) const;
  std::optional<DateExpr> relative(std::uint32_t i) const;
  std::optional<DateExpr> ago(std::uint32_t i) const;
  std::optional<DateExpr> day_first(std::uint32_t i) const;
  std::optional<DateExpr> month_first(std::uint32_t i, bool prep) const;
  std::optional<DateExpr> year_only(std::uint32_t i, bool prep) const;
  std::optional<DateExpr> month_date(std::uint32_t first, unsigned d1, unsigned m1, unsigned d2, unsigned m2,
                                     std::uint32_t k) const;
  void absorb_corresponding(DateExpr& e) const;

  const Doc& m_d;
  std::uint32_t m_limit;
};

}  // namespace igo::extract::detail
