// More mentions from one trigger (docs/extraction.md "Events"): a summit per
// (place, date) pair or per date, one event per coordinated document or
// organization, an elided verb ("and Iran in 2023"), and a summit's length
// ("two-day").
#include "extract/nearest.hpp"

namespace igo::extract {

using detail::k_any;
using detail::nearest;

bool Assembler::emit_pairs(const Trig& t, const Segments& seg, const Items& items,
                           std::vector<Mention>& out) {
  // "في كل من ألماتي في عام 1998 وبيشكك في عام 1999": one summit per (place, date).
  std::vector<std::pair<Span, int>> seq;  // 0 place, 1 date
  for (const auto& p : items.places) {
    if (within(seg.fwd, p)) seq.push_back({p, 0});
  }
  for (const auto* d : items.dates) {
    if (within(seg.fwd, Span{d->first, d->last})) seq.push_back({{d->first, d->last}, 1});
  }
  std::sort(seq.begin(), seq.end(),
            [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
  if (seq.size() < 4 || seq.size() % 2 != 0) return false;
  for (std::size_t k = 0; k < seq.size(); ++k) {
    if (seq[k].second != (seq[0].second + static_cast<int>(k % 2)) % 2) return false;
  }
  auto gap_fn = [this](const Span& a, const Span& b) { return this->gap(a, b); };
  const OrgRef* org = nearest(items.orgs, t, seg, ActorSide::either, gap_fn, k_any);
  for (std::size_t k = 0; k < seq.size(); k += 2) {
    Span place_span = seq[k].second == 0 ? seq[k].first : seq[k + 1].first;
    Span date_span = seq[k].second == 1 ? seq[k].first : seq[k + 1].first;
    Mention m;
    m.type = *t.type;
    m.planned = t.mod == Modality::planned;
    for (const auto& p : items.places) {
      if (p.first == place_span.first) m.place = p.place;
    }
    for (const auto* d : items.dates) {
      if (d->first == date_span.first) m.date = date_of(*d, t, m.planned);
    }
    if (!m.date) continue;
    m.org = org != nullptr ? org->org : m_disc.salient;
    finish(m, {seq[k].first, seq[k + 1].first});
    m.marks = {mark(Mark::Kind::place, place_span), mark(Mark::Kind::date, date_span)};
    out.push_back(std::move(m));
  }
  return true;
}

// "India and Pakistan joined in 2017 and Iran in 2023": the verb is not
// repeated; each further (actors, date) pair after the first is an event.
void Assembler::emit_elided(const Mention& m, const Group* g, const DateExpr* d, const Trig& t,
                            const Segments& seg, const Items& items, std::vector<Mention>& out) const {
  if (g == nullptr || d == nullptr || !m.date) return;
  std::uint32_t pos = std::max(g->last, d->last);
  if (pos < t.last) return;
  for (const auto& g2 : items.groups) {
    if (g2.first < pos || g2.excluded || g2.states.empty() || g2.first >= seg.fwd.last) continue;
    // Only joiners between the last pair and this one.
    std::uint32_t p = pos;
    while (p < g2.first) {
      const Match* j = m_doc.find(p, Cat::list_joiner);
      if (j == nullptr) j = m_doc.find(p, Cat::clause_joiner);
      if (j == nullptr || j->last > g2.first) break;
      p = j->last;
    }
    if (p != g2.first) return;
    const DateExpr* d2 = nullptr;
    for (const auto* x : items.dates) {
      if (x->first >= g2.last && gap(g2, Span{x->first, x->first}) <= 1 && d2 == nullptr) d2 = x;
    }
    if (d2 == nullptr) return;
    Mention e = m;
    e.actors = g2.states;
    e.place.clear();
    bool planned = m.planned;
    e.date = date_of(*d2, t, planned);
    if (!e.date) return;
    e.planned = planned;
    e.marks = {mark(Mark::Kind::actor, g2), mark(Mark::Kind::date, {d2->first, d2->last})};
    finish(e, {Span{g2.first, g2.last}, Span{d2->first, d2->last}});
    out.push_back(std::move(e));
    pos = d2->last;
  }
}

// More events from one trigger: a summit held on several dates ("مرتين: في
// نوفمبر 1979 وفي ماي 2004"), and several documents adopted or signed
// ("اعتمدت القمة \"إعلان تيانجين\" واستراتيجية ...").
void Assembler::emit_more(const Mention& m, const Trig& t, const Segments& seg, const Items& items,
                          const DateExpr* d, std::vector<Mention>& out) {
  auto only_joiners = [&](std::uint32_t from, std::uint32_t to) {
    std::uint32_t p = from;
    while (p < to) {
      const Match* j = m_doc.find(p, Cat::list_joiner);
      if (j == nullptr) j = m_doc.find(p, Cat::date_word);
      if (j == nullptr || j->last > to) return false;
      p = j->last;
    }
    return true;
  };
  if (m.type == model::EventType::summit_held && d != nullptr) {
    std::uint32_t pos = d->last;
    for (const auto* x : items.dates) {
      if (x->first < pos || x->first >= seg.fwd.last || !only_joiners(pos, x->first)) continue;
      Mention e = m;
      bool planned = m.planned;
      e.date = date_of(*x, t, planned);
      if (!e.date) break;
      e.planned = planned;
      e.marks = {mark(Mark::Kind::trigger, t), mark(Mark::Kind::date, {x->first, x->last})};
      finish(e, {Span{t.first, t.last}, Span{x->first, x->last}});
      out.push_back(std::move(e));
      pos = x->last;
    }
  }
  if (t.object.last > t.object.first && t.object.first >= t.last) {
    std::uint32_t pos = t.object.last;
    const std::uint32_t end = items.sentence.last;  // the chain of objects may pass a subject noun ("القمة")
    while (pos < end) {
      // The next object: a named document or an object word after joiners only.
      std::uint32_t p = pos;
      while (p < end) {
        const Match* j = m_doc.find(p, Cat::list_joiner);
        if (j == nullptr) j = m_doc.find(p, Cat::companion);  // "إلى جانب \"إعلان تيانجين\""
        if (j != nullptr && j->payload.cat == Cat::companion && j->payload.value != 0) j = nullptr;
        if (j == nullptr || (m_doc.entity_at(p) != nullptr)) break;
        p = j->last;
      }
      if (p >= end) break;
      if (p == pos) {
        // No joiner word: the next object must carry the conjunction ("واستراتيجية"),
        // or follow a companion word after the rest of this one's phrase
        // ("استراتيجية تنمية المنظمة حتى عام ٢٠٣٥، إلى جانب \"إعلان تيانجين\"").
        bool conj = false;
        for (const auto& x : m_doc.matches_at(p)) {
          if ((x.payload.cat == Cat::object || x.payload.cat == Cat::entity) &&
              (x.features & text::k_clitic_conj) != 0) {
            conj = true;
          }
        }
        for (std::uint32_t q = pos; !conj && q < end && gap({pos, pos}, {q, q + 1}) < 8; ++q) {
          const Match* c2 = m_doc.find(q, Cat::companion);
          if (c2 == nullptr || c2->payload.value != 0) continue;
          std::uint32_t r = c2->last;
          while (r < end && m_doc.find(r, Cat::list_joiner) != nullptr && m_doc.entity_at(r) == nullptr) ++r;
          const EntityMention* em2 = m_doc.entity_at(r);
          if ((em2 != nullptr && m_doc.res().entities[em2->entity].kind == model::EntityKind::document) ||
              (m_covered[r] == 0 && m_doc.find(r, Cat::object) != nullptr)) {
            p = r;
            conj = true;
          }
          break;
        }
        if (!conj) break;
      }
      Mention e = m;
      const EntityMention* em = m_doc.entity_at(p);
      if (em != nullptr && m_doc.res().entities[em->entity].kind == model::EntityKind::document) {
        e.document = m_doc.res().entities[em->entity].display_en;
        pos = em->last;
      } else if (const Match* w = m_doc.find(p, Cat::object); w != nullptr && m_covered[p] == 0) {
        e.document.clear();
        pos = w->last;
      } else {
        break;
      }
      e.marks.push_back(mark(Mark::Kind::document, {p, pos}));
      out.push_back(std::move(e));
    }
  }
}

// "a member of the CSTO and the SCO": one event per organization.
void Assembler::emit_orgs(const Draft& x, const Trig& t, const Segments& seg, const Items& items,
                          std::vector<Mention>& out) const {
  if (x.org == nullptr || x.m.org != x.org->org || x.org->first < t.last) return;
  std::uint32_t pos = x.org->last;
  for (const auto& other : items.orgs) {
    if (other.first < pos || other.first >= seg.fwd.last) continue;
    std::uint32_t p = pos;
    while (p < other.first) {
      const Match* j = m_doc.find(p, Cat::list_joiner);
      if (j == nullptr || j->last > other.first) break;
      p = j->last;
    }
    if (p != other.first || other.org == x.m.org) break;
    Mention e = x.m;
    e.org = other.org;
    e.marks.push_back(mark(Mark::Kind::org, other));
    out.push_back(std::move(e));
    pos = other.last;
  }
}

// "The two-day summit, which opened on Wednesday": the days it lasted, said
// before the noun ("The two-day 15th Islamic Summit") or after it in its
// clause ("القمة ...، التي تستمر ثلاثة أيام"); counted in words.
std::string Assembler::with_duration(const Trig& t, const std::string& date) const {
  constexpr std::uint32_t k_before = 5;
  constexpr std::uint32_t k_after = 6;
  std::optional<std::uint32_t> days;
  for (std::uint32_t p = t.first; p > 0 && !days;) {
    --p;
    if (m_units[t.first] - m_units[p] > k_before) break;
    for (const auto& m : m_doc.matches_at(p)) {
      if (m.payload.cat == Cat::duration && m.last <= t.first) days = m.payload.value;
    }
  }
  for (std::uint32_t p = t.last; !days && p < m_doc.size() && m_units[p] - m_units[t.last] <= k_after; ++p) {
    if (clause_break(p)) break;
    for (const auto& m : m_doc.matches_at(p)) {
      if (m.payload.cat == Cat::duration) days = m.payload.value;
    }
  }
  if (!days || *days < 2) return date;
  auto d = util::Date::parse(date);
  if (!d.ok() || !d->is_exact_day()) return date;
  util::DatePoint a = d->start();
  util::DatePoint b;
  util::civil_from_day(d->lo() + static_cast<util::Day>(*days) - 1, b.year, b.month, b.day);
  auto r = util::Date::interval(util::Bound::point, a, util::Bound::point, b);
  return r.ok() ? r->to_string() : date;
}

}  // namespace igo::extract
