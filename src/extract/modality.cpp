// Modality and context words around a trigger (docs/extraction.md
// "Modality"): future markers make an event planned; negation and irrealis
// ("seeks to join") drop it; context rules retype or drop a trigger
// ("decided to admit" is a decision, not a joining).
#include <algorithm>

#include "extract/events_internal.hpp"

namespace igo::extract {
namespace {

constexpr int k_negation_window = 4;
constexpr int k_irrealis_window = 5;
constexpr int k_future_window = 8;
constexpr int k_future_after_window = 2;

bool clause_break(const Doc& doc, std::uint32_t i) {
  for (const char* p : {",", ";", ":", ".", "?", "!"}) {
    if (doc.is_punct(i, p)) return true;
  }
  return false;
}

bool inside(const std::vector<Span>& spans, std::uint32_t i) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& t) { return i >= t.first && i < t.last; });
}

}  // namespace

Modality modality(const Doc& doc, const text::Sentence& s, const Span& trigger,
                  const std::vector<std::uint8_t>& covered, const Units& units,
                  const std::vector<Span>& triggers) {
  Modality result = Modality::occurred;
  auto rank = [](Modality m) {
    switch (m) {
      case Modality::negated:
        return 3;
      case Modality::irrealis:
        return 2;
      case Modality::planned:
        return 1;
      default:
        return 0;
    }
  };
  auto raise = [&](Modality m) {
    if (rank(m) > rank(result)) result = m;
  };
  for (std::uint32_t p = trigger.first; p > s.first;) {
    --p;
    auto distance = static_cast<int>(units[trigger.first] - units[p]);
    if (distance > k_future_window) break;
    if (covered[p] != 0) continue;  // names and dates ("June 23, 2016") are not clause breaks
    if (clause_break(doc, p) || inside(triggers, p)) break;
    for (const auto& m : doc.matches_at(p)) {
      Cat c = m.payload.cat;
      bool marker = c == Cat::neutral || c == Cat::negation || c == Cat::irrealis || c == Cat::future_before;
      if (!marker || (m.last > trigger.first && c != Cat::future_before)) continue;
      // The longest marker read here decides; a neutral one ("لا تزال") shadows the rest.
      if (c == Cat::negation && distance <= k_negation_window) raise(Modality::negated);
      if (c == Cat::irrealis && distance <= k_irrealis_window) raise(Modality::irrealis);
      if (c == Cat::future_before) raise(Modality::planned);
      break;
    }
  }
  for (std::uint32_t p = trigger.last; p < s.last && p < trigger.last + k_future_after_window; ++p) {
    if (clause_break(doc, p)) break;
    if (covered[p] != 0) continue;
    if (doc.find(p, Cat::future_after) != nullptr) raise(Modality::planned);
  }
  return result;
}

const ContextRule* context_rule(const Doc& doc, const text::Sentence& s, const Span& trigger,
                                std::uint32_t cls, const Units& units) {
  const auto& rules = doc.lex().contexts;
  const ContextRule* best = nullptr;
  std::size_t best_index = rules.size();
  std::uint32_t end = std::min<std::uint32_t>(
      s.last, trigger.last + static_cast<std::uint32_t>(doc.lex().contexts_max_after));
  for (std::uint32_t p = s.first; p < end; ++p) {
    if (p >= trigger.first && p < trigger.last) continue;
    for (const auto& m : doc.matches_at(p)) {
      if (m.payload.cat != Cat::context) continue;
      std::size_t index = m.payload.value;
      const ContextRule& r = rules[index];
      if ((r.classes & (1U << cls)) == 0 || index >= best_index) continue;
      bool ok = false;
      if (m.last <= trigger.first) {
        ok = r.before < 0 || units[trigger.first] - units[m.last] < static_cast<std::uint32_t>(r.before);
      } else if (p >= trigger.last) {
        ok = units[p] - units[trigger.last] < static_cast<std::uint32_t>(r.after);
      }
      if (ok) {
        best = &r;
        best_index = index;
      }
    }
  }
  return best;
}

}  // namespace igo::extract
