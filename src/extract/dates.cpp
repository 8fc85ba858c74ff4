// The date grammar over tokens (docs/extraction.md "Dates"): the pieces of a
// date (day, month, year) and the absolute forms. The words come from the
// lexicon; this file holds only the shapes in which they combine.
#include "extract/date_parser.hpp"

namespace igo::extract::detail {

std::optional<std::pair<long, std::size_t>> Parser::number(std::uint32_t i) const {
  if (!in(i) || m_d.tokens()[i].kind != text::TokenKind::number) return std::nullopt;
  auto t = m_d.text(i);
  if (t.size() > 9) return std::nullopt;
  long v = 0;
  for (char c : t) v = v * 10 + (c - '0');
  return std::make_pair(v, t.size());
}

bool Parser::range_sep(std::uint32_t i, std::uint32_t& next) const {
  if (m_d.is_punct(i, "-")) {
    next = i + 1;
    return true;
  }
  if (const Match* m = word(i, DateWord::range_to)) {
    next = m->last;
    return true;
  }
  return false;
}

std::optional<DayRead> Parser::read_day(std::uint32_t i) const {
  if (const Match* o = cat(i, Cat::ordinal)) return DayRead{o->payload.value, o->last};
  std::uint32_t j = i;
  if (word(j, DateWord::number_prefix) != nullptr && attached(j + 1) && number(j + 1)) ++j;
  auto n = number(j);
  if (!n || n->second > 2 || n->first < 1 || n->first > 31) return std::nullopt;
  std::uint32_t end = j + 1;
  if (const Match* s = word(end, DateWord::ordinal_suffix); s != nullptr && attached(end)) end = s->last;
  return DayRead{static_cast<unsigned>(n->first), end};
}

std::optional<MonthRead> Parser::read_month(std::uint32_t i) const {
  const Match* m = cat(i, Cat::month);
  if (m == nullptr) return std::nullopt;
  MonthRead r{m->payload.value % 100, m->last, m->payload.value >= 100};
  // "Sept." before a number
  if (m_d.is_punct(r.end, ".") && attached(r.end) && number(r.end + 1)) ++r.end;
  // Paired names: يونيو/حزيران, تشرين الثاني (نوفمبر); they must agree.
  std::uint32_t j = r.end;
  bool paren = false;
  if (m_d.is_punct(j, "/") || m_d.is_punct(j, "-")) {
    ++j;
  } else if (m_d.is_punct(j, "(")) {
    ++j;
    paren = true;
  }
  if (const Match* m2 = cat(j, Cat::month)) {
    if (m2->payload.value % 100 != r.month) return std::nullopt;  // disagreeing pair
    r.end = m2->last;
    r.ambiguous = false;
    if (paren) {
      if (!m_d.is_punct(r.end, ")")) return std::nullopt;
      ++r.end;
    }
  }
  return r;
}

std::optional<YearRead> Parser::read_year(std::uint32_t i, bool bare_ok) const {
  std::uint32_t j = i;
  bool marked = false;
  if (m_d.is_punct(j, ",") && number(j + 1)) ++j;
  if (const Match* y = word(j, DateWord::year)) {
    j = y->last;
    marked = true;
  }
  auto n = number(j);
  if (!n || n->second != 4 || n->first < 1000 || n->first > 2999) return std::nullopt;
  YearRead r{static_cast<int>(n->first), j + 1, false};
  if (const Match* e = word(r.end, DateWord::era)) {
    r.end = e->last;
    marked = true;
  } else if (const Match* h = word(r.end, DateWord::hijri_era)) {
    r.end = h->last;
    r.hijri = true;
    marked = true;
  }
  if (!marked && !bare_ok) return std::nullopt;
  return r;
}

std::optional<DateExpr> Parser::month_date(std::uint32_t first, unsigned d1, unsigned m1, unsigned d2,
                                           unsigned m2, std::uint32_t k) const {
  DateExpr e;
  e.first = first;
  if (auto y = read_year(k, true); y && !y->hijri) {
    int y1 = m1 > m2 ? y->year - 1 : y->year;
    std::optional<util::Date> date;
    if (d2 == 0 && m2 == 0) {
      date = point_date(y->year, m1, d1);
    } else {
      date = span_date(point(y1, m1, d1), point(y->year, m2, d2));
    }
    if (!date) return std::nullopt;
    e.date = *date;
    e.last = y->end;
    return e;
  }
  e.kind = Kind::month_day;
  e.month = m1;
  e.day = d1;
  e.end_month = m2;
  e.end_day = d2;
  e.last = k;
  if (const Match* dir = cat(k, Cat::direction)) {
    e.dir = static_cast<Direction>(dir->payload.value);
    e.last = dir->last;
    return e;
  }
  // "في أيار من العام نفسه", "in July last year", "on May 5 that year": the
  // year is named relative to the document or to the date before.
  std::uint32_t j = k;
  if (const Match* of = word(j, DateWord::of)) j = of->last;
  if (auto y = relative(j); y && y->kind == Kind::relative_unit && y->unit == Unit::year) {
    e.offset = y->offset;
    e.from_previous = y->from_previous;
    e.relative_year = !y->from_previous;
    e.last = y->last;
  }
  return e;
}

std::optional<DateExpr> Parser::day_first(std::uint32_t i) const {
  auto d1 = read_day(i);
  if (!d1) return std::nullopt;
  std::uint32_t k = d1->end;
  std::uint32_t next = 0;
  // 8-9 يونيو 2018, 15 و16 سبتمبر
  if (range_sep(k, next)) {
    if (auto d2 = read_day(next); d2 && d2->day > d1->day) {
      std::uint32_t j = d2->end;
      if (const Match* of = word(j, DateWord::of)) j = of->last;
      if (auto m = read_month(j)) return month_date(i, d1->day, m->month, d2->day, m->month, m->end);
    }
  }
  if (const Match* of = word(k, DateWord::of)) k = of->last;
  auto m1 = read_month(k);
  if (!m1) return std::nullopt;
  k = m1->end;
  // 31 August to 1 September 2025
  if (range_sep(k, next)) {
    if (auto d2 = read_day(next)) {
      std::uint32_t j = d2->end;
      if (const Match* of = word(j, DateWord::of)) j = of->last;
      if (auto m2 = read_month(j); m2 && m2->month != m1->month) {
        return month_date(i, d1->day, m1->month, d2->day, m2->month, m2->end);
      }
    }
  }
  return month_date(i, d1->day, m1->month, 0, 0, k);
}

std::optional<DateExpr> Parser::month_first(std::uint32_t i, bool prep) const {
  auto m = read_month(i);
  if (!m) return std::nullopt;
  std::uint32_t k = m->end;
  // June 9, 2017; June 9-10, 2018; August 31-September 1, 2025
  if (auto n = number(k); n && n->second <= 2 && n->first >= 1 && n->first <= 31) {
    auto d1 = read_day(k);
    std::uint32_t j = d1->end;
    std::uint32_t next = 0;
    if (range_sep(j, next)) {
      if (auto d2 = read_day(next); d2 && d2->day > d1->day) {
        return month_date(i, d1->day, m->month, d2->day, m->month, d2->end);
      }
      if (auto m2 = read_month(next)) {
        if (auto d2 = read_day(m2->end)) return month_date(i, d1->day, m->month, d2->day, m2->month, d2->end);
      }
    }
    return month_date(i, d1->day, m->month, 0, 0, j);
  }
  if (auto y = read_year(k, true); y && !y->hijri) {
    DateExpr e;
    e.first = i;
    e.last = y->end;
    e.date = util::Date::from_point(point(y->year, m->month));
    return e;
  }
  // "in May": an ambiguous name alone needs a preposition, and in Latin
  // script a capital ("may" is a verb).
  if (m->ambiguous) {
    std::string_view orig = m_d.original_text(i, i + 1);
    bool latin_lower = !orig.empty() && orig.front() >= 'a' && orig.front() <= 'z';
    if (!prep || latin_lower) return std::nullopt;
  }
  if (!prep && cat(k, Cat::direction) == nullptr) return std::nullopt;
  return month_date(i, 0, m->month, 0, 0, k);
}

std::optional<DateExpr> Parser::numeric(std::uint32_t i) const {
  auto a = number(i);
  if (!a || !is_sep(i + 1) || !attached(i + 1) || !attached(i + 2)) return std::nullopt;
  auto b = number(i + 2);
  if (!b || !attached(i + 3) || !attached(i + 4) || !m_d.is_punct(i + 3, m_d.text(i + 1)))
    return std::nullopt;
  auto c = number(i + 4);
  if (!c) return std::nullopt;
  std::optional<util::Date> date;
  if (a->second == 4 && b->second <= 2 && c->second <= 2) {
    date = point_date(static_cast<int>(a->first), static_cast<unsigned>(b->first),
                      static_cast<unsigned>(c->first));
  } else if (c->second == 4 && a->second <= 2 && b->second <= 2) {
    date = point_date(static_cast<int>(c->first), static_cast<unsigned>(b->first),
                      static_cast<unsigned>(a->first));
  }
  if (!date || b->first == 0 || (a->second <= 2 && a->first == 0) || (c->second <= 2 && c->first == 0)) {
    return std::nullopt;
  }
  DateExpr e;
  e.first = i;
  e.last = i + 5;
  e.date = *date;
  return e;
}

std::optional<DateExpr> Parser::hijri(std::uint32_t i) const {
  std::optional<DayRead> d = read_day(i);
  std::uint32_t k = d ? d->end : i;
  if (d) {
    if (const Match* of = word(k, DateWord::of)) k = of->last;
  }
  const Match* hm = cat(k, Cat::hijri_month);
  if (hm == nullptr) return std::nullopt;
  unsigned month = hm->payload.value % 100;
  bool ambiguous = hm->payload.value >= 100;
  k = hm->last;
  auto n = number(k);
  if (!n || n->second < 3 || n->second > 4) return std::nullopt;
  std::uint32_t end = k + 1;
  bool era = false;
  if (const Match* h = word(end, DateWord::hijri_era)) {
    end = h->last;
    era = true;
  }
  if (!era && (ambiguous || !d)) return std::nullopt;
  auto date = hijri_to_gregorian(static_cast<int>(n->first), month, d ? d->day : 0);
  if (!date) return std::nullopt;
  DateExpr e;
  e.first = i;
  e.last = end;
  e.date = *date;
  return e;
}

}  // namespace igo::extract::detail
