// The roles of an event (docs/extraction.md "Events"): actors, document,
// organization and date, taken from the trigger's segment first, then from
// the sentence, then from the discourse. places.cpp chooses the place;
// more_events.cpp gives the further mentions one trigger may state.
#include <algorithm>

#include "extract/nearest.hpp"

namespace igo::extract {
namespace {

using detail::k_any;
using detail::nearest;
using detail::nearest_in_sentence;

constexpr long k_backward_date_penalty = 2;
constexpr long k_sentence_date_penalty = 6;
constexpr long k_effective_bonus = 8;
constexpr std::uint32_t k_summit_reach = 6;  // words from an event to the summit noun it happened at
constexpr std::uint32_t k_agent_marker = 1;  // a companion phrase's value for roles.agents

}  // namespace

void Draft::add(Mark::Kind kind, const Span& sp, const Doc& text) {
  parts.push_back(sp);
  auto [b, e] = text.bytes(sp.first, sp.last);
  m.marks.push_back({kind, b, e});
}

Mark Assembler::mark(Mark::Kind kind, const Span& sp) const {
  auto [b, e] = m_doc.bytes(sp.first, sp.last);
  return {kind, b, e};
}

const Group* Assembler::agents(const Segments& seg, const Items& items) const {
  for (const auto& x : items.groups) {
    if (x.excluded || x.states.empty() || !within(seg.fwd, x)) continue;
    for (std::uint32_t p = x.first > 3 ? x.first - 3 : 0; p < x.first; ++p) {
      const Match* a = m_doc.find(p, Cat::companion);
      if (a != nullptr && a->payload.value == k_agent_marker && a->last == x.first) return &x;
    }
  }
  return nullptr;
}

const Group* Assembler::actors_of(const Trig& t, const Segments& seg, const Items& items) const {
  const TriggerClass& c = cls(t);
  auto gap = [this](const Span& a, const Span& b) { return this->gap(a, b); };
  auto usable = [](const Group& g) { return !g.excluded && !g.states.empty(); };
  // "تأسيس جامعة الدول العربية ... على يد مصر والعراق": the agents named after
  // an agent marker (roles.agents) in the forward segment.
  if (const Group* a = agents(seg, items)) return a;
  const Group* g = nearest(items.groups, t, seg, c.actors, gap, usable);
  if (g == nullptr && c.sentence_actors != SentenceActors::none) {
    // Named elsewhere in the sentence: a list ("تأسست ... من خلال توقيع رؤساء
    // الدول الصين وكازخستان ..."), or the sentence's topic before the trigger
    // ("فإيران، التي ... علما أنها نالت صفة المراقب").
    g = nearest_in_sentence(items.groups, t, gap, [&](const Group& x) {
      if (!usable(x) || x.adjectives) return false;
      // "تأسس ... ، ويضم في عضويته السعودية والإمارات ...": the members of a
      // relation stated between them are not this event's actors.
      for (const auto& r : m_relations) {
        if ((t.last <= r.first && r.last <= x.first) || (x.last <= r.first && r.last <= t.first))
          return false;
      }
      if (x.raw.size() >= 2) return true;
      bool topic = x.last <= t.first && m_units[x.first] - m_units[items.sentence.first] <= 1;
      return c.sentence_actors == SentenceActors::any && topic;
    });
  }
  return g;
}

// Actors from the nearest list, a capital next to the verb, a pronoun, the
// subject of the event before, or a capital opening the sentence; false
// when the type needs actors and none are found.
bool Assembler::fill_actors(Draft& x, const Trig& t, const Segments& seg, const Items& items) const {
  const TriggerClass& c = cls(t);
  Mention& m = x.m;
  if (c.actors == ActorSide::agent) {
    // "was signed by the allies", "was signed in Athens": only named agents.
    if ((x.group = agents(seg, items)) != nullptr) {
      m.actors = x.group->states;
      x.add(Mark::Kind::actor, *x.group, m_doc);
    }
  } else if (c.actors != ActorSide::none) {
    x.group = actors_of(t, seg, items);
    const PlaceRef* capital = nullptr;
    auto state = metonym(t, items, &capital);
    // "Kyiv applied ..., four days after Russia launched": a capital next to
    // the verb is its subject, before a list farther away.
    if (state && x.group != nullptr && gap(t, *capital) < gap(t, *x.group)) x.group = nullptr;
    if (x.group != nullptr) {
      m.actors = x.group->states;
      x.add(Mark::Kind::actor, *x.group, m_doc);
    } else if (state) {
      x.metonym_place = capital;
      m.actors = {*state};
      x.add(Mark::Kind::actor, *x.metonym_place, m_doc);
    } else {
      // "ثم أعادت لها مقعدها", "علما أنها نالت": a pronoun for the actors before;
      // "it rejoined", "its return": a pronoun subject or possessive right before or in the trigger.
      // "مقعد سوريا، المعلقة عضويتها": a state right before the clause break is
      // the pronoun's antecedent.
      const Group* antecedent = nullptr;
      for (const auto& g : items.groups) {
        if (!g.excluded && !g.states.empty() && !g.adjectives && g.last <= seg.bwd.first &&
            g.last + 2 > seg.bwd.first)
          antecedent = &g;
      }
      for (std::uint32_t p = seg.bwd.first; p < seg.fwd.last && p < t.last + 3; ++p) {
        if (m_covered[p] != 0) continue;
        if (m_doc.find(p, Cat::actor_pronoun) != nullptr)
          m.actors = antecedent != nullptr ? antecedent->states : m_disc.last_actors;
        if (p + 1 >= t.first && p < t.last && m_doc.find(p, Cat::subject_pronoun) != nullptr) {
          m.actors = m_disc.last_actors;
        }
      }
      // "، ومن المتوقع أن تصبح", "and applied for": the same subject as the event before.
      if (m.actors.empty() && !m_sentence_actors.empty() && subjectless(seg.bwd))
        m.actors = m_sentence_actors;
      // "Tashkent has distanced itself ...": a capital opening the sentence is its state.
      if (m.actors.empty() && !items.places.empty()) {
        const PlaceRef& p = items.places.front();
        const EntityMention* e = m_doc.entity_at(p.first);
        if (p.last <= t.first && m_units[p.first] - m_units[items.sentence.first] <= 1 && e != nullptr &&
            (e->features & text::k_clitic_prep) == 0 && !m_doc.res().entities[e->entity].country.empty()) {
          m.actors = {m_doc.res().entities[e->entity].country};
          x.metonym_place = &p;
        }
      }
    }
  }
  bool needs = c.needs_actors || std::find(c.needs_actors_for.begin(), c.needs_actors_for.end(), m.type) !=
                                     c.needs_actors_for.end();
  if (needs && m.actors.empty()) return false;  // who joined, who was suspended?
  // "انضمت مصر ... إلى جانب إثيوبيا وإيران والإمارات": companions share the event.
  if (x.group != nullptr || x.metonym_place != nullptr) {
    for (const auto& other : items.groups) {
      if (&other == x.group || other.excluded || !within(seg.fwd, other)) continue;
      bool companion = false;
      for (std::uint32_t p = other.first > 3 ? other.first - 3 : 0; p < other.first; ++p) {
        if (const Match* c2 = m_doc.find(p, Cat::companion);
            c2 != nullptr && c2->payload.value == 0 && c2->last <= other.first)
          companion = true;
      }
      if (!companion) continue;
      for (const auto& st : other.states) m.actors.push_back(st);
      x.add(Mark::Kind::actor, other, m_doc);
    }
    std::sort(m.actors.begin(), m.actors.end());
    m.actors.erase(std::unique(m.actors.begin(), m.actors.end()), m.actors.end());
  }
  return true;
}

// The signed object, else the nearest document, else (for "entered into
// force", "ratified it") the last one named.
void Assembler::fill_document(Draft& x, const Trig& t, const Segments& seg, const Items& items) const {
  auto gap_fn = [this](const Span& a, const Span& b) { return gap(a, b); };
  std::optional<std::uint32_t> entity = t.doc_ref;
  const DocRef* doc = t.doc;
  if (doc == nullptr && !entity && !t.word_object)
    doc = nearest(items.docs, t, seg, ActorSide::either, gap_fn, k_any);
  if (entity) {
    // a pronoun object: the document named before
  } else if (doc != nullptr) {
    entity = doc->entity;
    x.add(Mark::Kind::document, *doc, m_doc);
  } else if (!t.word_object && (x.m.type == model::EventType::entered_into_force ||
                                x.m.type == model::EventType::treaty_ratified)) {
    for (const auto& d : items.docs) {
      if (d.last <= t.first) entity = d.entity;
    }
    if (!entity) entity = m_disc.last_doc;
  }
  x.doc = entity ? &m_doc.res().entities[*entity] : nullptr;
  if (x.doc != nullptr) x.m.document = x.doc->display_en;
}

// The document's organization, else the nearest named, else the
// document's most salient; false when the class needs an org in the sentence.
bool Assembler::fill_org(Draft& x, const Trig& t, const Segments& seg, const Items& items) const {
  auto gap_fn = [this](const Span& a, const Span& b) { return gap(a, b); };
  // "القمة العربية", "the Arab summit": a phrase around the trigger names the org.
  for (const auto& o : items.orgs) {
    if (o.coref && o.first <= t.first && o.last >= t.last) x.org = &o;
  }
  if (x.org == nullptr) x.org = nearest(items.orgs, t, seg, ActorSide::either, gap_fn, k_any);
  if (x.org == nullptr) x.org = nearest_in_sentence(items.orgs, t, gap_fn, k_any);
  if (x.doc != nullptr && !x.doc->org.empty()) {
    x.m.org = x.doc->org;
  } else if (x.org != nullptr) {
    x.m.org = x.org->org;
    if (within({seg.bwd.first, seg.fwd.last}, *x.org)) x.add(Mark::Kind::org, *x.org, m_doc);
  } else if (cls(t).needs_local_org) {
    return false;
  } else if (!m_disc.salient.empty()) {
    x.m.org = m_disc.salient;
  } else {
    for (const auto& o : m_disc.orgs) {
      if (o.pos < t.first) x.m.org = o.org;
    }
  }
  return true;
}

// False when the class needs a date and there is none.
bool Assembler::fill_date(Draft& x, const Trig& t, const Segments& seg, const Items& items) const {
  const TriggerClass& c = cls(t);
  // A standing relation is undated, unless a context rule made it an event
  // ("EU members since 2007" is a joining in 2007).
  if (c.undated && !t.retyped) return true;
  if ((x.date = date_for(t, seg, items)) != nullptr) {
    x.m.date = date_of(*x.date, t, x.m.planned);
    if (x.m.date) x.add(Mark::Kind::date, {x.date->first, x.date->last}, m_doc);
  }
  if (!x.m.date && c.needs_date) return false;
  if (x.m.date && c.needs_date) x.m.date = with_duration(t, *x.m.date);
  return true;
}

const DateExpr* Assembler::date_for(const Trig& t, const Segments& seg, const Items& items) const {
  const DateExpr* best = nullptr;
  long best_score = 0;
  // "approved Indonesia's membership in principle at their summit in
  // Johannesburg in August 2023": an event stated at the summit noun just
  // after it has that summit's date, to the end of the summit's clause.
  Span summit{seg.fwd.last, seg.fwd.last};
  if (const Match* n = m_doc.find(seg.fwd.last, Cat::trigger);
      !cls(t).needs_date && n != nullptr && m_doc.lex().classes[n->payload.value].needs_date &&
      gap(t, Span{seg.fwd.last, seg.fwd.last}) <= k_summit_reach) {
    summit.last = n->last;
    while (summit.last < items.sentence.last && !clause_break(summit.last) &&
           !m_doc.is_punct(summit.last, ","))
      ++summit.last;
  }
  for (const auto* d : items.dates) {
    if (d->dateline) continue;
    Span sp{d->first, d->last};
    long score = gap(t, sp);
    if (within(seg.fwd, sp)) {
      // forward: the plain distance
    } else if (within(summit, sp)) {
      score -= 1;  // as if forward, and before a date behind the trigger
    } else if (within(seg.bwd, sp)) {
      // A summit noun is dated by what follows it ("قمة ... المنعقدة يومي ٨ و٩ يونيو").
      score += cls(t).needs_date ? k_sentence_date_penalty : k_backward_date_penalty;
    } else if (cls(t).needs_date && sp.last > t.first) {
      continue;  // a later clause's date is not the summit's
    } else {
      score += k_sentence_date_penalty;
    }
    // "اعتبارا من الأول من يناير 2019", "effective 1 January": the date the event takes effect.
    for (std::uint32_t p = d->first > 3 ? d->first - 3 : 0; p < d->first; ++p) {
      for (const auto& m : m_doc.matches_at(p)) {
        if (m.payload.cat == Cat::date_word &&
            m.payload.value == static_cast<std::uint32_t>(DateWord::effective) && m.last == d->first) {
          score -= k_effective_bonus;
        }
      }
    }
    if (best == nullptr || score < best_score || (score == best_score && within(seg.fwd, sp))) {
      best = d;
      best_score = score;
    }
  }
  return best;
}

std::optional<std::string> Assembler::date_of(const DateExpr& d, const Trig& t, bool& planned) const {
  bool future = t.mod == Modality::planned || (t.features & text::k_clitic_future) != 0;
  auto r = resolve(d, m_anchor, future);
  if (!r) return std::nullopt;
  // A summit noun has no tense: a day or month without a year is the nearest
  // one ("the Arab summit in Jeddah on May 19", published May 7).
  if (!future && cls(t).needs_date && m_anchor && d.kind == DateExpr::Kind::month_day &&
      d.dir == Direction::unspecified && !d.relative_year && !d.from_previous) {
    if (auto next = resolve(d, m_anchor, true); next && next->lo() - *m_anchor < *m_anchor - r->hi())
      r = next;
  }
  if (m_anchor && r->lo() > *m_anchor) planned = true;
  return r->to_string();
}

void Assembler::finish(Mention& m, const std::vector<Span>& parts) const {
  std::uint32_t first = parts.front().first;
  std::uint32_t last = parts.front().last;
  for (const auto& p : parts) {
    first = std::min(first, p.first);
    last = std::max(last, p.last);
  }
  auto [b, e] = m_doc.bytes(first, last);
  m.begin = b;
  m.end = e;
  m.evidence = std::string(m_doc.original().substr(b, e - b));
  std::sort(m.actors.begin(), m.actors.end());
}

// Nothing but function words between the clause break and the trigger: the
// trigger's subject is the one before ("، ومن المتوقع أن تصبح").
bool Assembler::subjectless(const Span& bwd) const {
  for (std::uint32_t p = bwd.first; p < bwd.last;) {
    if (m_doc.tokens()[p].kind == text::TokenKind::punct) {
      ++p;
      continue;
    }
    bool skip = false;
    for (const auto& m : m_doc.matches_at(p)) {
      Cat c = m.payload.cat;
      if (m.last <= bwd.last &&
          (c == Cat::future_before || c == Cat::clause_joiner || c == Cat::list_joiner ||
           c == Cat::date_word || c == Cat::actor_pronoun || c == Cat::neutral || c == Cat::status ||
           c == Cat::filler || c == Cat::subject_pronoun)) {
        p = m.last;
        skip = true;
        break;
      }
    }
    if (skip) continue;
    bool in_date = false;
    for (const auto& d : m_dates) in_date = in_date || (p >= d.first && p < d.last);
    if (!in_date) return false;
    ++p;
  }
  return true;
}

void Assembler::emit(const Trig& t, const Segments& seg, const Items& items, std::vector<Mention>& out) {
  if (cls(t).silent) return;  // chairmanships are not annotated
  if (*t.type == model::EventType::summit_held && emit_pairs(t, seg, items, out)) return;
  Draft x;
  x.m.type = *t.type;
  x.m.planned = t.mod == Modality::planned || (t.features & text::k_clitic_future) != 0;
  x.add(Mark::Kind::trigger, t, m_doc);
  if (!fill_actors(x, t, seg, items)) return;
  fill_document(x, t, seg, items);
  if (!fill_org(x, t, seg, items)) return;
  if (!fill_date(x, t, seg, items)) return;
  // An event the text gives no date for is not reported (only dated
  // statements are events; a standing relation has no date).
  if (!x.m.date && !(cls(t).undated && !t.retyped)) return;
  // "the last country to join": kept only with a date of its own clause.
  if (t.drop_undated &&
      (!x.m.date || x.date == nullptr || !within(seg.fwd, Span{x.date->first, x.date->last})))
    return;
  fill_place(x, t, seg, items);
  finish(x.m, x.parts);
  out.push_back(x.m);
  if (x.unknown_place) m_unshared.push_back(out.size() - 1);
  if (!x.m.actors.empty()) {
    m_disc.last_actors = x.m.actors;
    m_sentence_actors = x.m.actors;
  }
  emit_elided(x.m, x.group, x.date, t, seg, items, out);
  emit_more(x.m, t, seg, items, x.date, out);
  emit_orgs(x, t, seg, items, out);
  if (x.doc != nullptr && x.doc->founding && x.m.type == model::EventType::treaty_signed) {
    // Signing the Declaration on the Establishment of the SCO founds the SCO.
    x.m.type = model::EventType::founded;
    out.push_back(std::move(x.m));
  }
}

}  // namespace igo::extract
