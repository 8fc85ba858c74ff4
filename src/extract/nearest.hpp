// Internal to extract: choosing the item nearest a trigger (arguments.cpp,
// places.cpp, more_events.cpp).
#pragma once

#include <vector>

#include "extract/assembler.hpp"

namespace igo::extract::detail {

inline constexpr long k_side_penalty = 3;

// The item nearest the trigger inside its segments; items on the side the
// trigger does not prefer count `k_side_penalty` words farther; on a tie the
// one after the trigger.
template <class T, class Gap, class Pred>
const T* nearest(const std::vector<T>& items, const Span& trig, const Segments& seg, ActorSide side, Gap gap,
                 Pred ok) {
  const T* best = nullptr;
  long best_score = 0;
  for (const auto& it : items) {
    if (!ok(it)) continue;
    bool fwd = within(seg.fwd, it);
    bool bwd = within(seg.bwd, it);
    if (!fwd && !bwd) continue;
    long score = gap(trig, it);
    if ((fwd && side == ActorSide::before) || (bwd && side == ActorSide::after)) score += k_side_penalty;
    if (best == nullptr || score < best_score || (score == best_score && fwd)) {
      best = &it;
      best_score = score;
    }
  }
  return best;
}

// The item nearest the trigger anywhere in the sentence.
template <class T, class Gap, class Pred>
const T* nearest_in_sentence(const std::vector<T>& items, const Span& trig, Gap gap, Pred ok) {
  const T* best = nullptr;
  for (const auto& it : items) {
    if (ok(it) && (best == nullptr || gap(trig, it) < gap(trig, *best))) best = &it;
  }
  return best;
}

inline constexpr auto k_any = [](const auto&) { return true; };

// What hosted_place() gives for a host the gazetteer does not know.
inline constexpr const char* k_unknown_host = "?";

}  // namespace igo::extract::detail
