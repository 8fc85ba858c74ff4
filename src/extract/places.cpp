// The place of an event (docs/extraction.md "Events"): a place with a
// preposition near the trigger, a summit's name, "هناك" and "the same city",
// the host of a summit, or (last) a place later in the sentence; a capital
// next to the verb names its state instead.
#include "extract/nearest.hpp"

namespace igo::extract {

using detail::k_unknown_host;
using detail::nearest;

// A city next to a (non-summit) trigger with no preposition names its state,
// not a place: "وقعت طهران مذكرة" -> IRN ("قمة أستانا" is a place).
bool Assembler::is_metonym(const Trig& t, const PlaceRef& p) const {
  if (*t.type == model::EventType::summit_held) return false;
  // Next to the verb, or a subject with only fillers between ("وكانت كييف قد
  // تقدمت"), or an object after a status word ("علقت عضوية واغادوغو").
  bool subject = p.last <= t.first;
  std::uint32_t from = subject ? p.last : t.last;
  std::uint32_t to = subject ? t.first : p.first;
  for (std::uint32_t q = from; gap(t, p) != 0 && q < to;) {
    const Match* f = m_doc.find(q, subject ? Cat::filler : Cat::status);
    if (f == nullptr || f->last > to) return false;
    q = f->last;
  }
  const EntityMention* m = m_doc.entity_at(p.first);
  if (m == nullptr || (m->features & text::k_clitic_prep) != 0) return false;
  if (p.first > 0 && m_doc.find(p.first - 1, Cat::place_prep) != nullptr) return false;
  return !m_doc.res().entities[m->entity].country.empty();
}

std::optional<std::string> Assembler::metonym(const Trig& t, const Items& items,
                                              const PlaceRef** used) const {
  for (const auto& p : items.places) {
    if (!is_metonym(t, p)) continue;
    *used = &p;
    return m_doc.res().entities[m_doc.entity_at(p.first)->entity].country;
  }
  return std::nullopt;
}

bool Assembler::has_preposition(const PlaceRef& p) const {
  // "Moscow's efforts": a possessor, not a place.
  if (m_doc.find(p.last, Cat::possessive) != nullptr) return false;
  if (const EntityMention* e = m_doc.entity_at(p.first);
      e != nullptr && (e->features & text::k_clitic_prep) != 0) {
    return true;
  }
  for (std::uint32_t q = p.first; q > 0 && q + 4 > p.first;) {
    --q;
    for (std::uint32_t j = q + 1 > 3 ? q - 2 : 0; j <= q; ++j) {
      for (const auto& m : m_doc.matches_at(j)) {
        if (m.payload.cat == Cat::place_prep && m.last == q + 1) return true;
      }
    }
    // Words between the preposition and the name: "في العاصمة الكازاخية أستانا".
    const EntityMention* e = m_doc.entity_at(q);
    bool adjective = e != nullptr && m_doc.res().names[e->name].adjective;
    if (!adjective && m_doc.find(q, Cat::place_noun) == nullptr) return false;
    if ((m_doc.find(q, Cat::place_noun) != nullptr &&
         (m_doc.find(q, Cat::place_noun)->features & text::k_clitic_prep) != 0)) {
      return true;  // "بالعاصمة"
    }
  }
  return false;
}

// "احتضنت تونس القمة العربية", "Kazan hosted the summit": the host city.
std::string Assembler::hosted_place(const Trig& t, const Items& items) const {
  for (std::uint32_t p = t.first; p > items.sentence.first;) {
    --p;
    const Match* h = m_doc.find(p, Cat::host);
    if (h == nullptr) continue;
    // Past "مدينة", "العاصمة الأردنية" to the name.
    std::uint32_t q = h->last;
    for (int skip = 0; skip < 3 && q < t.first; ++skip) {
      const EntityMention* e = m_doc.entity_at(q);
      if (const Match* n = m_doc.find(q, Cat::place_noun)) {
        q = n->last;
      } else if (e != nullptr && m_doc.res().names[e->name].adjective) {
        q = e->last;
      } else {
        break;
      }
    }
    const EntityMention* e = m_doc.entity_at(q);
    if (e == nullptr) return std::string(k_unknown_host);  // a host we do not know
    auto place = place_of(*e);
    return place ? m_doc.res().entities[*place].id : std::string();
  }
  return {};
}

// "القمة التي احتضنتها بيروت", "the summit hosted by Kazan": the host named
// right after a summit noun, in its clause.
std::string Assembler::hosted_after(const Trig& t, const Segments& seg, const Items& items) const {
  constexpr std::uint32_t k_window = 4;
  for (std::uint32_t p = t.last; p < seg.fwd.last && m_units[p] - m_units[t.last] <= k_window; ++p) {
    if (clause_break(p) || m_doc.is_punct(p, ",")) break;
    if (m_covered[p] != 0) continue;
    const Match* h = m_doc.find(p, Cat::host);
    if (h == nullptr) continue;
    // The place read right after the verb: a name, past "مدينة", or a
    // described one ("احتضنتها العاصمة المغربية").
    for (const auto& pl : items.places) {
      if (pl.first >= h->last && m_units[pl.first] - m_units[h->last] <= 1 && pl.last <= seg.fwd.last)
        return pl.place;
    }
    return {};
  }
  return {};
}

void Assembler::fill_place(Draft& x, const Trig& t, const Segments& seg, const Items& items) const {
  if (cls(t).placeless) return;
  auto gap_fn = [this](const Span& a, const Span& b) { return gap(a, b); };
  Mention& m = x.m;
  // A place after the trigger belongs to its clause: no comma between.
  // (A summit's participle may follow a comma: "القمة الـ27، المنعقدة بكيغالي".)
  bool summit = m.type == model::EventType::summit_held;
  if (summit) {
    // "قمة تونس", "the Kuwait summit": a state's name that is also its
    // capital's names the summit's city.
    for (const EntityMention* e :
         {m_doc.entity_at(t.last), t.first > 0 ? m_doc.entity_at(t.first - 1) : nullptr}) {
      if (e == nullptr || (e->first != t.last && e->last != t.first)) continue;
      if (m_doc.res().entities[e->entity].kind != model::EntityKind::state) continue;
      if (auto city = place_of(*e)) {
        m.place = m_doc.res().entities[*city].id;
        return;
      }
    }
    std::string host = hosted_after(t, seg, items);
    if (!host.empty()) {
      m.place = host;
      return;
    }
  }
  // "انعقدت القمة في الجزائر", "the summit in Kuwait": a summit is held in a
  // city; a state after "في"/"in" whose name is also its capital's is that city.
  auto state_city = [&](const Span& within_span) -> std::string {
    for (std::uint32_t p = within_span.first; p < within_span.last; ++p) {
      if (m_doc.is_punct(p, ",")) break;
      const EntityMention* e = m_doc.entity_at(p);
      if (e == nullptr || e->first != p || m_doc.res().entities[e->entity].kind != model::EntityKind::state)
        continue;
      bool located = (e->features & text::k_clitic_prep) != 0 ||
                     (p > 0 && m_doc.find(p - 1, Cat::state_location) != nullptr);
      if (!located) continue;
      if (auto city = place_of(*e)) return m_doc.res().entities[*city].id;
    }
    return {};
  };
  auto locative = [&](const PlaceRef& p) {
    if (&p == x.metonym_place || is_metonym(t, p)) return false;
    // A place is where with a preposition ("في طشقند", "in the city of Kazan")
    // or as a summit's name ("قمة أستانا", "the Madrid summit"); else it is
    // a subject or object ("Tashkent has distanced itself").
    if (!has_preposition(p) && !(summit && gap(t, p) == 0)) return false;
    // "the New Delhi Declaration", "إعلان جدة": part of a document's name.
    if (m_doc.find(p.last, Cat::object) != nullptr) {
      std::string_view next = m_doc.original_text(p.last, p.last + 1);
      if (!next.empty() && next.front() >= 'A' && next.front() <= 'Z') return false;
    }
    for (std::uint32_t q = p.first > 2 ? p.first - 2 : 0; q < p.first; ++q) {
      for (const auto& o : m_doc.matches_at(q)) {
        if (o.payload.cat == Cat::object && o.last == p.first) return false;
      }
    }
    for (std::uint32_t q = t.last; q < p.first && !summit; ++q) {
      if (m_doc.is_punct(q, ",")) return false;
    }
    return true;
  };
  if (const PlaceRef* place = nearest(items.places, t, seg, ActorSide::either, gap_fn, locative)) {
    m.place = place->place;
    x.add(Mark::Kind::place, *place, m_doc);
    return;
  }
  // "وهناك وقعوا", "بالمدينة ذاتها": the place named last before (an unknown
  // host city, "استضافت الدار البيضاء", stands in the way).
  bool referred = false;
  for (std::uint32_t p = seg.bwd.first; p < seg.fwd.last && !referred; ++p) {
    if (m_covered[p] != 0 || m_doc.find(p, Cat::place_coref) == nullptr) continue;
    referred = true;
    if (m_places_before > 0) m.place = m_disc.places[m_places_before - 1].first;
    for (const auto& pl : items.places) {
      if (pl.last <= p) m.place = pl.place;
    }
    if (hosted_place(t, items) == k_unknown_host) m.place.clear();
  }
  if (!referred && summit) m.place = hosted_place(t, items);
  if (!referred && summit && m.place.empty()) {
    constexpr std::uint32_t k_reach = 5;
    std::uint32_t end = t.last;
    while (end < seg.fwd.last && m_units[end] - m_units[t.last] <= k_reach) ++end;
    m.place = state_city({t.last, end});
    std::uint32_t begin = t.first;
    while (begin > seg.bwd.first && m_units[t.first] - m_units[begin - 1] <= k_reach) --begin;
    if (m.place.empty()) m.place = state_city({begin, t.first});
  }
  // Last resort: a place later in the sentence that no other trigger reaches
  // ("أصبحت السويد ... العضو الـ32 في الحلف، بعد تسليم ... في واشنطن").
  if (!referred && m.place.empty() && !summit && seg.fwd.last >= items.sentence.last) {
    for (const auto& pl : items.places) {
      if (!within(seg.fwd, pl) || &pl == x.metonym_place || is_metonym(t, pl) || !has_preposition(pl))
        continue;
      m.place = pl.place;
      break;
    }
  }
  if (m.place == k_unknown_host) {
    m.place.clear();
    x.unknown_place = true;
  }
}

}  // namespace igo::extract
