// Event assembly (docs/extraction.md "Events"): triggers, and their type
// once context, status and object words are read. arguments.cpp fills the
// roles (actors, organization, date, place, document).
#include <algorithm>
#include <set>
#include <tuple>

#include "extract/assembler.hpp"

namespace igo::extract {
namespace {

constexpr std::uint32_t k_object_window = 14;
constexpr std::uint32_t k_dateline_window = 14;

}  // namespace

Assembler::Assembler(const Doc& doc, const std::vector<DateExpr>& dates, std::optional<util::Day> anchor)
    : m_doc(doc), m_dates(dates), m_anchor(anchor), m_covered(doc.size(), 0), m_units(doc.size() + 1, 0) {
  std::vector<std::uint8_t> weight(doc.size(), 1);
  for (const auto& e : doc.entities()) {
    for (auto i = e.first; i < e.last; ++i) {
      m_covered[i] = 1;
      if (i > e.first) weight[i] = 0;
    }
  }
  for (const auto& d : dates) {
    for (auto i = d.first; i < d.last && i < doc.size(); ++i) m_covered[i] = 1;
  }
  for (const auto& d : dates) {
    for (auto i = d.first + 1; i < d.last && i < doc.size(); ++i) weight[i] = 0;
  }
  for (std::uint32_t i = 0; i < doc.size(); ++i) {
    if (doc.tokens()[i].kind == text::TokenKind::punct) weight[i] = 0;
  }
  // A coordinated list of states counts as one word.
  const auto& ents = doc.entities();
  for (std::size_t k = 1; k < ents.size(); ++k) {
    const auto& a = ents[k - 1];
    const auto& b = ents[k];
    if (doc.res().entities[a.entity].kind != model::EntityKind::state ||
        doc.res().entities[b.entity].kind != model::EntityKind::state) {
      continue;
    }
    std::uint32_t p = a.last;
    while (p < b.first) {
      const Match* j = doc.find(p, Cat::list_joiner);
      if (j == nullptr || j->last > b.first) break;
      p = j->last;
    }
    if (p != b.first) continue;
    for (auto i = a.last; i <= b.first; ++i) weight[i] = 0;
  }
  for (std::uint32_t i = 0; i < doc.size(); ++i) m_units[i + 1] = m_units[i] + weight[i];
  m_disc.salient = salient_org(doc);
  find_dateline();
  // The dateline's city stays known for "the Kazakh capital" later on.
  for (const auto& e : doc.entities()) {
    if (e.last > m_dateline_end) break;
    if (auto place = place_of(e)) {
      const GazEntity& g = doc.res().entities[*place];
      m_disc.places.emplace_back(g.id, g.country);
    }
  }
}

std::optional<std::uint32_t> Assembler::place_of(const EntityMention& e) const {
  return place_named(m_doc, e);
}

// A joiner inside a list of states ("India and Pakistan"): not a clause break.
bool Assembler::in_list(std::uint32_t p) const {
  if (p == 0 || p + 1 >= m_doc.size()) return false;
  const EntityMention* before = m_doc.entity_at(p - 1);
  if (before == nullptr || m_doc.res().entities[before->entity].kind != model::EntityKind::state)
    return false;
  for (std::uint32_t q = p + 1; q < m_doc.size() && q < p + 3; ++q) {
    if (const EntityMention* after = m_doc.entity_at(q)) {
      return m_doc.res().entities[after->entity].kind == model::EntityKind::state;
    }
    if (m_doc.find(q, Cat::list_joiner) == nullptr) return false;
  }
  return false;
}

std::uint32_t Assembler::gap(const Span& a, const Span& b) const {
  if (b.first >= a.last) return m_units[b.first] - m_units[a.last];
  if (b.last <= a.first) return m_units[a.first] - m_units[b.last];
  return 0;
}

bool Assembler::clause_break(std::uint32_t i) const {
  return m_doc.is_punct(i, ";") || m_doc.is_punct(i, ":") || m_doc.is_punct(i, ".");
}

// "ASTANA, July 4 (Reuters) -", "طهران/ارنا -", "الدوحة في 03 ديسمبر /قنا/":
// the words before the story begins name where and when it was filed, not
// an event's place or date.
void Assembler::find_dateline() {
  if (m_doc.sentences().empty()) return;
  const auto& first = m_doc.sentences().front();
  std::uint32_t limit = std::min(first.last, first.first + k_dateline_window);
  for (std::uint32_t i = first.first; i < limit; ++i) {
    if (i > first.first && m_doc.tokens()[i].has(text::Token::k_newline_before)) break;
    if (m_covered[i] == 0 && m_doc.find(i, Cat::trigger) != nullptr) break;
    bool dash = m_doc.is_punct(i, "-") || m_doc.is_punct(i, ":");
    bool spaced = i + 1 >= m_doc.size() || m_doc.tokens()[i + 1].has(text::Token::k_space_before) ||
                  m_doc.is_punct(i + 1, "-");
    if (dash && spaced && m_doc.tokens()[i].has(text::Token::k_space_before)) m_dateline_end = i + 1;
  }
  for (const auto& d : m_dates) {
    if (!d.dateline) continue;
    std::uint32_t end = d.last;
    for (const char* open : {"(", "/"}) {
      if (!m_doc.is_punct(end, open)) continue;
      const char* close = std::string_view(open) == "(" ? ")" : "/";
      for (std::uint32_t j = end + 1; j < end + 6 && j < first.last; ++j) {
        if (m_doc.is_punct(j, close)) {
          end = j + 1;
          break;
        }
      }
    }
    while (end < first.last && (m_doc.is_punct(end, "-") || m_doc.is_punct(end, ":"))) ++end;
    m_dateline_end = std::max(m_dateline_end, end);
  }
}

// A trigger's backward segment starts after the first clause break that
// follows the trigger before it: in "launched the procedure at its summit in
// September 2022, and Minsk signed", "signed" does not reach back to
// September 2022.
std::vector<Segments> Assembler::segments(const std::vector<Trig>& ts, const text::Sentence& s) const {
  std::vector<Segments> out(ts.size());
  for (std::size_t k = 0; k < ts.size(); ++k) {
    std::uint32_t next = k + 1 < ts.size() ? ts[k + 1].first : s.last;
    std::uint32_t prev = k > 0 ? ts[k - 1].last : s.first;
    if (k > 0 && !cls(ts[k]).needs_date) {
      for (std::uint32_t p = prev; p < ts[k].first; ++p) {
        if (m_covered[p] != 0 || in_list(p)) continue;
        if (m_doc.is_punct(p, ",") || m_doc.is_punct(p, ";") ||
            m_doc.find(p, Cat::clause_joiner) != nullptr) {
          prev = p + 1;
          break;
        }
      }
    }
    // The forward segment ends where a clause opens with a comma and a
    // subordinating word that joins no list ("، فيما استغرقت مفاوضات تيمور
    // الشرقية", "، رغم الجهود التي بذلتها الجزائر", ", while").
    // (A summit noun keeps its relative clause: "the summit, which opened on Wednesday".)
    for (std::uint32_t p = ts[k].last; !cls(ts[k]).needs_date && p + 1 < next; ++p) {
      if (!m_doc.is_punct(p, ",") || m_covered[p + 1] != 0) continue;
      if (m_doc.find(p + 1, Cat::clause_joiner) != nullptr &&
          m_doc.find(p + 1, Cat::list_joiner) == nullptr) {
        next = p;
        break;
      }
    }
    out[k] = {{ts[k].last, next}, {prev, ts[k].first}};
  }
  return out;
}

std::vector<Trig> Assembler::find_triggers(const text::Sentence& s) const {
  std::vector<Trig> out;
  for (std::uint32_t i = std::max(s.first, m_dateline_end); i < s.last;) {
    // An object phrase is not read for triggers ("القانون التأسيسي").
    if (const Match* o = m_doc.find(i, Cat::object); o != nullptr && o->last > i + 1) {
      i = o->last;
      continue;
    }
    const Match* m = m_covered[i] != 0 ? nullptr : m_doc.find(i, Cat::trigger);
    if (m == nullptr || m->last > s.last) {
      ++i;
      continue;
    }
    Trig t;
    t.first = m->first;
    t.last = m->last;
    t.features = m->features;
    for (const auto& x : m_doc.matches_at(i)) {
      if (x.payload.cat != Cat::trigger || x.last != m->last) continue;
      const TriggerClass& c = m_doc.lex().classes[x.payload.value];
      if (c.no_article && (x.features & text::k_clitic_article) != 0) continue;
      bool seen = false;
      for (const auto& cand : t.candidates) seen = seen || cand.cls == x.payload.value;
      if (!seen) t.candidates.push_back({x.payload.value, c.type, false});
    }
    i = m->last;
    if (t.candidates.empty()) continue;
    t.cls = t.candidates.front().cls;
    t.type = t.candidates.front().type;
    out.push_back(t);
  }
  return out;
}

bool Assembler::resolve_type(Trig& t, const text::Sentence& s, const Segments& seg,
                             const Items& items) const {
  const TriggerClass& c = cls(t);
  if (c.needs_local_org && items.orgs.empty() && items.docs.empty()) return false;
  // A relation that takes its actors from its own clause only needs them there
  // ("الدول الأعضاء في" with no state named is no event, and cuts no segment).
  if (c.needs_actors && c.sentence_actors == SentenceActors::none) {
    bool any = std::any_of(items.groups.begin(), items.groups.end(), [&](const Group& g) {
      return !g.excluded && !g.states.empty() && g.first >= seg.bwd.first && g.last <= seg.fwd.last;
    });
    if (!any) return false;
  }
  if (c.needs_cue) {
    bool cue = false;
    for (std::uint32_t p = seg.bwd.first; p < seg.fwd.last && !cue; ++p) {
      cue = m_doc.find(p, Cat::cue, t.cls) != nullptr;
    }
    if (!cue) return false;
  }
  // Status words: "as a full member", "observer status", "شريك حوار".
  bool has_status_map =
      std::any_of(c.by_status.begin(), c.by_status.end(), [](const auto& x) { return x.has_value(); });
  if (has_status_map || c.needs == Requires::status) {
    std::optional<MemberStatus> status;
    for (std::uint32_t p = seg.fwd.first; p < seg.fwd.last && gap(t, {p, p + 1}) < c.status_after && !status;
         ++p) {
      if (const Match* m = m_doc.find(p, Cat::status)) status = static_cast<MemberStatus>(m->payload.value);
    }
    for (std::uint32_t p = t.first; p > seg.bwd.first && gap({p - 1, p}, t) < c.status_before && !status;) {
      --p;
      if (const Match* m = m_doc.find(p, Cat::status); m != nullptr && m->last <= t.first) {
        status = static_cast<MemberStatus>(m->payload.value);
      }
    }
    if (!status && c.needs == Requires::status) return false;
    if (status && !t.retyped && c.by_status[static_cast<std::size_t>(*status)]) {
      t.type = c.by_status[static_cast<std::size_t>(*status)];
    }
  }
  if (c.needs != Requires::object) return t.type.has_value();
  // The object: a document, else a word (treaty, memorandum). Forward it may
  // lie past a noun ("وقعت اليوم خلال القمة ذاتها مذكرة"); backward only in
  // the trigger's segment ("the charter was signed").
  ObjectKind kind = ObjectKind::none;
  auto look = [&](std::uint32_t p) -> bool {
    for (const auto& d : items.docs) {
      if (d.first == p) {
        t.doc = &d;
        t.object = Span{d.first, d.last};
        const GazEntity& e = m_doc.res().entities[d.entity];
        kind = e.doc_type == "memorandum" ? ObjectKind::memorandum : ObjectKind::treaty;
        return true;
      }
    }
    if (m_covered[p] != 0) return false;
    const Match* m = m_doc.find(p, Cat::object);
    if (m == nullptr) return false;
    kind = static_cast<ObjectKind>(m->payload.value);
    t.object = {m->first, m->last};
    if (kind == ObjectKind::pronoun) {
      // "ratified it": only right after the trigger; it stands for the last document named.
      if (p != t.last) {
        kind = ObjectKind::none;
        return false;
      }
      for (const auto& d : items.docs) {
        if (d.last <= t.first) t.doc_ref = d.entity;
      }
      if (!t.doc_ref) t.doc_ref = m_disc.last_doc;
      kind = ObjectKind::treaty;
    }
    t.word_object = !t.doc_ref;
    return true;
  };
  for (std::uint32_t p = t.last; p < s.last && p < t.last + k_object_window && !clause_break(p); ++p) {
    if (look(p)) break;
  }
  // An object after an earlier trigger of the same class is that trigger's
  // ("يصادق البرلمان المجري على البروتوكول ... تصادق على انضمام السويد").
  for (std::uint32_t p = s.first; p < t.first && kind == ObjectKind::none; ++p) {
    if (const Match* other = m_doc.find(p, Cat::trigger); other != nullptr && other->payload.value == t.cls) {
      return false;
    }
  }
  // Backward ("the charter was signed", "Its accession treaty, signed ..., had
  // been ratified"): to the sentence start, within the window.
  for (std::uint32_t p = t.first;
       kind == ObjectKind::none && p > s.first && gap({p - 1, p}, t) < k_object_window;) {
    --p;
    look(p);
  }
  if (kind == ObjectKind::none) return false;
  if (!t.retyped) t.type = c.by_object[static_cast<std::size_t>(kind)];
  return t.type.has_value();
}

}  // namespace igo::extract
