// View: the registry as it stood at one transaction time, folded into status
// intervals (docs/as_of_semantics.md).
//
// Visible events are those recorded at or before `known_at`, minus those
// retracted or replaced by a visible event. For each organization, each
// actor's visible events are folded in date order through the
// organization's rules into intervals: "status S from [start range] until
// [end range]" on the standing track (member, observer, ...) or the
// procedure track (applicant).
//
// Where two events' dates overlap, so that neither surely came first
// ("joined 1967" and "observer 1967-03-31"), they are taken in the order they
// were recorded.
//
// Several events that grant the same status with no other change between
// them are claims about one transition, made by different sources. Claims
// whose date ranges overlap agree, and the interval starts in their
// intersection; claims that do not overlap disagree, and the interval starts
// somewhere in their hull with the conflict flagged. Ends are merged alike.
//
// A View is immutable once built.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "query/registry.hpp"

namespace igo::query {

inline constexpr util::Day k_open_end = std::numeric_limits<util::Day>::max();

struct Interval {
  Sym org = k_no_sym;
  Sym state = k_no_sym;
  Sym status = k_no_sym;
  Sym detail = k_no_sym;  // applicant: the status applied for; suspended or merged: the status before
  util::Day start_lo = 0;
  util::Day start_hi = 0;
  util::Day end_lo = k_open_end;  // k_open_end while the status lasts
  util::Day end_hi = k_open_end;
  std::uint32_t start_claims = 0;  // offset into View::claims()
  std::uint32_t end_claims = 0;
  std::uint16_t start_count = 0;
  std::uint16_t end_count = 0;
  rules::Track track = rules::Track::standing;
  std::uint8_t flags = 0;

  static constexpr std::uint8_t k_start_conflict = 1;
  static constexpr std::uint8_t k_end_conflict = 2;
  static constexpr std::uint8_t k_start_uncertain = 4;  // every start claim's date has `?`
  static constexpr std::uint8_t k_end_uncertain = 8;

  bool is_open() const { return end_lo == k_open_end; }
};

class View {
 public:
  View(const Registry& registry, util::Timestamp known_at);
  View(const View&) = delete;
  View& operator=(const View&) = delete;

  const Registry& registry() const { return *m_registry; }
  util::Timestamp known_at() const { return m_known_at; }
  bool visible(std::uint32_t event) const { return m_visible[event]; }
  // Visible event indices, in load order.
  const std::vector<std::uint32_t>& visible_events() const { return m_visible_list; }

  // An organization's intervals, sorted by state, track, then start.
  std::span<const Interval> intervals(Sym org) const;
  std::span<const Interval> all_intervals() const { return m_intervals; }
  std::span<const std::uint32_t> start_claims(const Interval& i) const {
    return {m_claims.data() + i.start_claims, i.start_count};
  }
  std::span<const std::uint32_t> end_claims(const Interval& i) const {
    return {m_claims.data() + i.end_claims, i.end_count};
  }
  // The interval before `i` for the same organization, state and track.
  const Interval* previous(const Interval& i) const;
  const Interval* next(const Interval& i) const;

 private:
  void compute_visibility();
  void fold();

  const Registry* m_registry;
  util::Timestamp m_known_at;
  std::vector<bool> m_visible;
  std::vector<std::uint32_t> m_visible_list;
  std::vector<Interval> m_intervals;
  std::vector<std::uint32_t> m_claims;
  std::unordered_map<Sym, std::pair<std::uint32_t, std::uint32_t>> m_by_org;
};

}  // namespace igo::query
