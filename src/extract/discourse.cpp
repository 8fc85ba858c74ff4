// Event assembly over the sentences of a document (docs/extraction.md
// "Events"): triggers found and typed (events.cpp), their mentions built
// (arguments.cpp), places shared between events of the same time, and the
// same fact counted once.
#include <algorithm>
#include <set>
#include <tuple>

#include "extract/assembler.hpp"

namespace igo::extract {
namespace {

constexpr std::size_t k_place_memory = 2;  // sentences

bool covers(const std::string& outer, const std::string& inner) {
  auto a = util::Date::parse(outer);
  auto b = util::Date::parse(inner);
  return a.ok() && b.ok() && a->covers(*b);
}

// The same fact stated twice in one sentence counts once.
void dedupe(std::vector<Mention>& out, std::size_t from) {
  using Key =
      std::tuple<int, std::string, std::string, std::vector<std::string>, std::string, bool, std::string>;
  std::set<Key> seen;
  std::size_t to = from;
  for (std::size_t k = from; k < out.size(); ++k) {
    const Mention& m = out[k];
    // Two documents adopted at once are two events; a founding is one whatever its document.
    bool by_document =
        m.type == model::EventType::treaty_signed || m.type == model::EventType::treaty_ratified ||
        m.type == model::EventType::decision_adopted || m.type == model::EventType::entered_into_force;
    Key key{static_cast<int>(m.type),
            m.date.value_or(""),
            m.org,
            m.actors,
            m.place,
            m.planned,
            by_document ? m.document : std::string()};
    if (!seen.insert(key).second) continue;
    if (to != k) out[to] = std::move(out[k]);
    ++to;
  }
  out.resize(to);
}

}  // namespace

std::vector<Mention> Assembler::run() {
  std::vector<Mention> out;
  std::vector<std::size_t> sentence_of;  // per mention
  std::size_t sentence_index = 0;
  for (const auto& s : m_doc.sentences()) {
    std::size_t first_out = out.size();
    m_places_before = m_disc.places.size();
    m_sentence_actors.clear();
    m_unshared.clear();  // indices into this sentence's mentions only
    Items items = collect_items(m_doc, s, m_dateline_end, m_dates, m_covered, m_disc);
    std::vector<Trig> ts = find_triggers(s);
    // Verbs bound the reach of modality words; summit nouns and words that
    // need a cue do not ("will meet in Brussels for a special summit").
    std::vector<Span> spans;
    for (const auto& t : ts) {
      const TriggerClass& c = m_doc.lex().classes[t.cls];
      if (!c.needs_date && !c.needs_cue) spans.push_back(t);
    }
    std::vector<Trig> kept;
    for (auto& t : ts) {
      std::vector<Trig::Candidate> live;
      for (auto cand : t.candidates) {
        const TriggerClass& c = m_doc.lex().classes[cand.cls];
        if (const ContextRule* r = c.repeats ? nullptr : context_rule(m_doc, s, t, cand.cls, m_units)) {
          if (!r->type && !r->undated_only) continue;
          if (r->type) {
            cand.type = r->type;
            cand.retyped = true;
          } else {
            cand.drop_undated = true;
          }
        } else if (c.needs == Requires::context) {
          continue;  // "membership" alone is no event
        }
        live.push_back(cand);
      }
      if (live.empty()) continue;
      t.candidates = std::move(live);
      t.mod = modality(m_doc, s, t, m_covered, m_units, spans);
      // A summit noun inside a planned clause is planned ("من المتوقع أن يعتمد القادة في اجتماعهم").
      if (t.mod == Modality::occurred && !kept.empty() && kept.back().mod == Modality::planned &&
          m_doc.lex().classes[t.candidates.front().cls].needs_date) {
        bool broken = false;
        for (std::uint32_t p = kept.back().last; p < t.first; ++p)
          broken = broken || clause_break(p) || m_doc.is_punct(p, ",");
        if (!broken) t.mod = Modality::planned;
      }
      if (t.mod == Modality::negated || t.mod == Modality::irrealis) continue;
      kept.push_back(t);
    }
    auto seg = segments(kept, s);
    std::vector<Trig> typed;
    for (std::size_t k = 0; k < kept.size(); ++k) {
      for (const auto& cand : kept[k].candidates) {
        Trig t = kept[k];
        if (m_doc.lex().classes[cand.cls].repeats) {
          // "and Moldova and Georgia followed suit": the event before, again.
          if (typed.empty()) break;
          t.cls = typed.back().cls;
          t.type = typed.back().type;
          t.retyped = typed.back().retyped;
          typed.push_back(t);
          break;
        }
        t.cls = cand.cls;
        t.type = cand.type;
        t.retyped = cand.retyped;
        t.drop_undated = cand.drop_undated;
        if (resolve_type(t, s, seg[k], items)) {
          typed.push_back(t);
          break;
        }
      }
    }
    seg = segments(typed, s);
    m_relations.clear();
    for (const auto& t : typed) {
      if (cls(t).undated) m_relations.push_back(t);
    }
    std::vector<bool> placeless;
    for (std::size_t k = 0; k < typed.size(); ++k) {
      emit(typed[k], seg[k], items, out);
      placeless.resize(out.size() - first_out, cls(typed[k]).placeless);
    }
    // Events at the same time share a place ("انضمت ... في 9 يونيو 2017 في قمة
    // أستانا"), and so do events during a summit; in this sentence or the
    // ones just before.
    std::vector<Discourse::Placed> here;
    for (std::size_t k = first_out; k < out.size(); ++k) {
      const Mention& m = out[k];
      if (m.date && !m.place.empty())
        here.push_back({*m.date, m.place, m.type == model::EventType::summit_held});
      // A summit held where we do not know blocks the places of its time.
      if (m.date && std::find(m_unshared.begin(), m_unshared.end(), k) != m_unshared.end()) {
        here.push_back({*m.date, "", m.type == model::EventType::summit_held});
      }
    }
    for (std::size_t k = first_out; k < out.size(); ++k) {
      Mention& m = out[k];
      if (!m.place.empty() || !m.date || placeless[k - first_out]) continue;
      if (std::find(m_unshared.begin(), m_unshared.end(), k) != m_unshared.end()) continue;
      bool summit = m.type == model::EventType::summit_held;
      auto shares = [&](const Discourse::Placed& p) {
        return p.date == *m.date || (p.summit && covers(p.date, *m.date)) ||
               (summit && p.summit && covers(*m.date, p.date));
      };
      bool decided = false;  // a sharing candidate was found (perhaps an unknown place)
      auto take = [&](const Discourse::Placed& p) {
        if (decided || !shares(p)) return;
        m.place = p.place;
        decided = true;
      };
      for (const auto& p : here) take(p);
      for (auto it = m_disc.placed.rbegin(); it != m_disc.placed.rend(); ++it) {
        for (const auto& p : *it) take(p);
      }
      for (auto it = m_summits.rbegin(); it != m_summits.rend(); ++it) take(*it);
    }
    // What later sentences may share includes the places just shared ("ضيفا
    // على القمة" placed by the guest's "في الدوحة").
    for (std::size_t k = first_out; k < out.size(); ++k) {
      const Mention& m = out[k];
      if (!m.date || m.place.empty()) continue;
      bool known = std::any_of(here.begin(), here.end(), [&](const Discourse::Placed& p) {
        return p.date == *m.date && p.place == m.place &&
               p.summit == (m.type == model::EventType::summit_held);
      });
      if (!known) here.push_back({*m.date, m.place, m.type == model::EventType::summit_held});
    }
    for (const auto& p : here) {
      if (p.summit && !p.place.empty()) m_summits.push_back(p);
    }
    m_disc.placed.push_back(std::move(here));
    if (m_disc.placed.size() > k_place_memory) m_disc.placed.erase(m_disc.placed.begin());
    if (!items.docs.empty()) m_disc.last_doc = items.docs.back().entity;
    dedupe(out, first_out);
    sentence_of.resize(out.size(), sentence_index++);
  }
  // One fact mentioned again later in the text ("خلال القمة ذاتها") counts
  // once; so does a summit named again without its place ("واعتمدت القمة اليوم").
  using Key = std::tuple<int, std::string, std::string, std::vector<std::string>, std::string, std::string>;
  std::set<Key> seen;
  std::vector<Mention> unique;
  unique.reserve(out.size());
  std::vector<Mention*> summits;
  std::vector<std::size_t> summit_sentence;
  for (std::size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    Key key{static_cast<int>(m.type), m.date.value_or(""), m.org, m.actors, m.place, m.document};
    if (!seen.insert(key).second) continue;
    if (m.type == model::EventType::summit_held && m.date) {
      bool again = false;
      for (std::size_t e = 0; e < summits.size() && !again; ++e) {
        Mention* earlier = summits[e];
        bool same_place = m.place.empty() || earlier->place.empty() || m.place == earlier->place;
        if (earlier->org != m.org || !same_place) continue;
        if (covers(*earlier->date, *m.date)) {
          again = true;
        } else if (covers(*m.date, *earlier->date) && summit_sentence[e] == sentence_of[k]) {
          // The same summit, dated more fully in the same sentence ("tomorrow for a three-day summit").
          if (m.place.empty()) m.place = earlier->place;
          *earlier = m;
          again = true;
        }
      }
      if (again) continue;
    }
    unique.push_back(std::move(m));
    if (unique.back().type == model::EventType::summit_held && unique.back().date) {
      summits.push_back(&unique.back());
      summit_sentence.push_back(sentence_of[k]);
    }
  }
  std::stable_sort(unique.begin(), unique.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return unique;
}

std::vector<Mention> assemble(const Doc& doc, const std::vector<DateExpr>& dates,
                              std::optional<util::Day> anchor) {
  return Assembler(doc, dates, anchor).run();
}

}  // namespace igo::extract
