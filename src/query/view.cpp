#include "query/view.hpp"

#include <algorithm>
#include <array>

#include "query/fold.hpp"

namespace igo::query {

View::View(const Registry& registry, util::Timestamp known_at) : m_registry(&registry), m_known_at(known_at) {
  compute_visibility();
  fold();
}

void View::compute_visibility() {
  const auto& events = m_registry->events();
  m_visible.assign(events.size(), false);
  std::vector<std::uint32_t> correcting;
  for (std::uint32_t i = 0; i < events.size(); ++i) {
    if (events[i].recorded_at > m_known_at) continue;
    m_visible[i] = true;
    if (events[i].target != k_no_event) correcting.push_back(i);
  }
  // Latest corrections first: a retracted retraction no longer hides its target.
  std::sort(correcting.begin(), correcting.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (events[a].recorded_at != events[b].recorded_at) {
      return events[a].recorded_at > events[b].recorded_at;
    }
    return a > b;
  });
  for (auto i : correcting) {
    if (m_visible[i]) m_visible[events[i].target] = false;
  }
  // A retraction states nothing itself; it only hides.
  for (std::uint32_t i = 0; i < events.size(); ++i) {
    if (m_visible[i] && events[i].type == model::EventType::retracted) m_visible[i] = false;
    if (m_visible[i]) m_visible_list.push_back(i);
  }
}

void View::fold() {
  Folder folder(*m_registry, m_visible_list, m_intervals, m_claims);
  folder.run();
  std::uint32_t begin = 0;
  for (std::uint32_t i = 0; i <= m_intervals.size(); ++i) {
    if (i == m_intervals.size() || m_intervals[i].org != m_intervals[begin].org) {
      if (i > begin) m_by_org[m_intervals[begin].org] = {begin, i};
      begin = i;
    }
  }
}

std::span<const Interval> View::intervals(Sym org) const {
  auto it = m_by_org.find(org);
  if (it == m_by_org.end()) return {};
  return {m_intervals.data() + it->second.first, it->second.second - it->second.first};
}

const Interval* View::previous(const Interval& i) const {
  if (&i == m_intervals.data()) return nullptr;
  const Interval* p = &i - 1;
  if (p->org == i.org && p->state == i.state && p->track == i.track) return p;
  return nullptr;
}

const Interval* View::next(const Interval& i) const {
  const Interval* n = &i + 1;
  if (n == m_intervals.data() + m_intervals.size()) return nullptr;
  if (n->org == i.org && n->state == i.state && n->track == i.track) return n;
  return nullptr;
}

}  // namespace igo::query
