// The date grammar, continued: relative forms ("أمس", "last year", a
// weekday), "33 years ago", ranges ("from X to Y"), prefixes ("by", "في",
// "mid-") and the scan of a document.
#include "extract/date_parser.hpp"

namespace igo::extract::detail {
namespace {

// "last year" is a year before the document's; "the following year" and "the
// same year" count from the date the text gave before.
void set_direction(DateExpr& e, Direction d) {
  e.offset = d == Direction::past ? -1 : (d == Direction::next || d == Direction::following) ? 1 : 0;
  e.from_previous = d == Direction::following || d == Direction::same;
}

}  // namespace

std::optional<DateExpr> Parser::relative(std::uint32_t i) const {
  DateExpr e;
  e.first = i;
  if (const Match* r = cat(i, Cat::relative_day)) {
    e.kind = Kind::relative_days;
    e.offset = static_cast<int>(r->payload.value) - 100;
    e.last = r->last;
    if (const Match* w = cat(e.last, Cat::weekday)) e.last = w->last;  // اليوم الجمعة
    return e;
  }
  std::uint32_t j = i;
  if (const Match* dw = word(j, DateWord::day); dw != nullptr && cat(dw->last, Cat::weekday) != nullptr)
    j = dw->last;
  if (const Match* w = cat(j, Cat::weekday)) {
    std::uint32_t k = w->last;
    if (m_d.is_punct(k, ",")) ++k;
    auto dated = day_first(k);                  // الجمعة 9 يونيو 2017
    if (!dated) dated = month_first(k, false);  // Friday, June 9
    if (dated && (dated->kind == Kind::absolute || dated->day != 0)) {
      dated->first = i;
      return dated;
    }
    e.kind = Kind::weekday;
    e.weekday = w->payload.value;
    e.last = w->last;
    if (const Match* dir = cat(e.last, Cat::direction)) {
      e.dir = static_cast<Direction>(dir->payload.value);
      e.last = dir->last;
    }
    return e;
  }
  if (const Match* u = cat(i, Cat::unit)) {  // الشهر الماضي
    if (const Match* dir = cat(u->last, Cat::direction)) {
      e.kind = Kind::relative_unit;
      e.unit = static_cast<Unit>(u->payload.value);
      set_direction(e, static_cast<Direction>(dir->payload.value));
      e.last = dir->last;
      return e;
    }
  }
  if (const Match* dir = cat(i, Cat::direction_before)) {  // last year, هذا العام, next Tuesday
    auto d = static_cast<Direction>(dir->payload.value);
    if (const Match* u = cat(dir->last, Cat::unit)) {
      e.kind = Kind::relative_unit;
      e.unit = static_cast<Unit>(u->payload.value);
      set_direction(e, d);
      e.last = u->last;
      return e;
    }
    if (const Match* w = cat(dir->last, Cat::weekday)) {
      e.kind = Kind::weekday;
      e.weekday = w->payload.value;
      e.dir = d;
      e.last = w->last;
      return e;
    }
    if (auto m = read_month(dir->last)) {
      e.kind = Kind::month_day;
      e.month = m->month;
      e.dir = d;
      e.last = m->end;
      return e;
    }
  }
  return std::nullopt;
}

std::optional<DateExpr> Parser::ago(std::uint32_t i) const {
  std::uint32_t j = i;
  const Match* before = word(j, DateWord::ago_before);
  if (before != nullptr) j = before->last;
  auto n = number(j);
  long count = n ? n->first : 0;
  std::uint32_t k = j + 1;
  if (!n) {
    const Match* nw = cat(j, Cat::number_word);
    if (nw == nullptr) return std::nullopt;
    count = nw->payload.value;
    k = nw->last;
  }
  const Match* u = cat(k, Cat::count_unit);
  if (u == nullptr || count <= 0 || count > 5000) return std::nullopt;
  std::uint32_t end = u->last;
  if (before == nullptr) {
    const Match* after = word(end, DateWord::ago_after);
    if (after == nullptr) return std::nullopt;
    end = after->last;
  }
  DateExpr e;
  e.first = i;
  e.last = end;
  e.kind = Kind::relative_unit;
  e.unit = static_cast<Unit>(u->payload.value);
  e.offset = -static_cast<int>(count);
  return e;
}

std::optional<DateExpr> Parser::year_only(std::uint32_t i, bool prep) const {
  bool marker = word(i, DateWord::year) != nullptr;
  auto y = read_year(i, prep || marker);
  if (!y) {
    // A bare year where the lexicon allows one ("the 2017 summit").
    auto n = number(i);
    const Lexicon& lex = m_d.lex();
    if (!n || n->second != 4 || n->first < lex.bare_year_from || n->first > lex.bare_year_to)
      return std::nullopt;
    if (m_d.is_punct(i + 1, ",") && number(i + 2)) return std::nullopt;  // 2,017
    y = YearRead{static_cast<int>(n->first), i + 1, false};
  }
  DateExpr e;
  e.first = i;
  e.last = y->end;
  if (y->hijri) {
    auto d = hijri_to_gregorian(y->year, 0, 0);
    if (!d) return std::nullopt;
    e.date = *d;
  } else {
    e.date = util::Date::from_point(point(y->year));
  }
  return e;
}

std::optional<DateExpr> Parser::simple(std::uint32_t i, bool prep, bool year_prep) const {
  if (!in(i)) return std::nullopt;
  if (auto e = numeric(i)) return e;
  if (auto e = hijri(i)) return e;
  if (auto e = relative(i)) return e;
  if (auto e = day_first(i)) return e;
  if (auto e = month_first(i, prep)) return e;
  return year_only(i, year_prep);
}

void Parser::absorb_corresponding(DateExpr& e) const {
  const Match* c = word(e.last, DateWord::corresponding);
  std::uint32_t j = c != nullptr ? c->last : e.last;
  bool paren = c == nullptr && m_d.is_punct(j, "(");
  if (c == nullptr && !paren) return;
  if (paren) ++j;
  auto other = simple(j, true, true);
  if (!other || other->kind != Kind::absolute) return;
  std::uint32_t end = other->last;
  if (paren) {
    if (!m_d.is_punct(end, ")")) return;
    ++end;
  }
  // Keep the Gregorian reading: the other one when this one is Hijri-derived
  // (an interval or a day from a Hijri month), else this one.
  bool this_hijri = cat(e.first, Cat::hijri_month) != nullptr ||
                    (read_day(e.first) && cat(read_day(e.first)->end, Cat::hijri_month) != nullptr) ||
                    word(e.last - 1, DateWord::hijri_era) != nullptr;
  if (this_hijri) e.date = other->date;
  e.last = end;
}

std::optional<DateExpr> Parser::parse_at(std::uint32_t i) const {
  if (auto e = ago(i)) return e;
  // "في الفترة من X إلى Y": a range may follow other prefix words.
  for (std::uint32_t j = i; j < i + 3 && in(j); ++j) {
    if (auto r = range_at(j)) {
      r->first = i;
      return r;
    }
    if (word(j, DateWord::preposition) == nullptr && word(j, DateWord::year_prep) == nullptr) break;
  }
  return prefixed(i);
}

std::optional<DateExpr> Parser::range_at(std::uint32_t i) const {
  // from X to Y, between X and Y
  if (const Match* rs = word(i, DateWord::range_start)) {
    if (auto x = simple(rs->last, true, true)) {
      std::uint32_t next = 0;
      if (range_sep(x->last, next)) {
        if (auto y = simple(next, true, true)) {
          DateExpr e = *x;
          e.first = i;
          e.last = y->last;
          if (!x->relative() && !y->relative()) {
            auto d = span_date(x->date.start(), y->date.end());
            if (d) {
              e.date = *d;
              return e;
            }
          } else if (x->kind == Kind::month_day && x->end_month == 0 && !y->relative()) {
            int yy = y->date.end().year;
            if (x->month > y->date.end().month && y->date.end().month != 0) --yy;
            auto d = span_date(point(yy, x->month, x->day), y->date.end());
            if (d) {
              e.kind = Kind::absolute;
              e.date = *d;
              return e;
            }
          } else {
            e.to = std::make_shared<DateExpr>(*y);
            return e;
          }
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<DateExpr> Parser::prefixed(std::uint32_t i) const {
  // Prefixes: by, prepositions, approximations (مطلع, mid-).
  std::uint32_t j = i;
  bool by = false;
  bool prep = false;
  bool year_prep = false;  // a bare year needs "in", "في", "by" before it, not "at"
  for (int step = 0; step < 4; ++step) {
    if (const Match* b = word(j, DateWord::by)) {
      by = true;
      year_prep = true;
      j = b->last;
    } else if (const Match* y = word(j, DateWord::year_prep)) {
      year_prep = true;
      j = y->last;
    } else if (const Match* p = word(j, DateWord::preposition)) {
      j = p->last;
    } else if (const Match* a = word(j, DateWord::approximate)) {
      j = a->last;
      year_prep = true;
      if (m_d.is_punct(j, "-")) ++j;
    } else if (const Match* r = word(j, DateWord::range_start)) {
      j = r->last;
    } else {
      break;
    }
    prep = true;
  }
  auto e = simple(j, prep, year_prep);
  if (!e) return std::nullopt;
  if (by) {
    e->by = true;
    e->first = i;
  }
  if (e->kind == Kind::absolute) absorb_corresponding(*e);
  return e;
}

// The words a date expression may start with (besides a number).

constexpr std::uint64_t k_date_start =
    Doc::bit(Cat::month) | Doc::bit(Cat::hijri_month) | Doc::bit(Cat::weekday) | Doc::bit(Cat::ordinal) |
    Doc::bit(Cat::relative_day) | Doc::bit(Cat::unit) | Doc::bit(Cat::direction_before) |
    Doc::bit(Cat::date_word) | Doc::bit(Cat::number_word);

}  // namespace igo::extract::detail

namespace igo::extract {

using detail::k_date_start;
using detail::Parser;

std::vector<DateExpr> find_dates(const Doc& doc) {
  std::vector<DateExpr> out;
  bool first_sentence = true;
  std::optional<util::Date> last_full;
  for (const auto& s : doc.sentences()) {
    Parser p(doc, s.last);
    for (std::uint32_t i = s.first; i < s.last;) {
      if (doc.entity_at(i) != nullptr) {
        i = doc.entity_at(i)->last;
        continue;
      }
      if (doc.tokens()[i].kind != text::TokenKind::number && !doc.any(i, k_date_start)) {
        ++i;  // no date starts with this word
        continue;
      }
      auto e = p.parse_at(i);
      if (!e || e->last <= i) {
        ++i;
        continue;
      }
      // A dateline: a date among the first words of the text, followed by
      // the agency in brackets or a dash.
      if (first_sentence && out.empty() && e->first <= s.first + 8) {
        std::uint32_t k = e->last;
        if (doc.is_punct(k, "(") || doc.is_punct(k, "-") || doc.is_punct(k, ":") || doc.is_punct(k, "/") ||
            (k < s.last && doc.tokens()[k].has(text::Token::k_newline_before))) {
          e->dateline = true;
        }
      }
      i = e->last;
      if (e->from_previous) e->base = last_full;
      if (e->kind == DateExpr::Kind::absolute && !e->to) last_full = e->date;
      out.push_back(std::move(*e));
    }
    first_sentence = false;
  }
  return out;
}

}  // namespace igo::extract