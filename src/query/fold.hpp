// Internal to query: the fold from visible events to status intervals
// (see view.hpp for the semantics).
#pragma once

#include <array>
#include <vector>

#include "query/view.hpp"

namespace igo::query {

class Folder {
 public:
  Folder(const Registry& registry, const std::vector<std::uint32_t>& visible, std::vector<Interval>& out,
         std::vector<std::uint32_t>& claims);
  void run();

 private:
  struct Item {
    Sym org;
    Sym actor;
    util::Day lo;
    util::Day hi;
    std::uint32_t event;
  };
  struct OrgItem {
    Sym org;
    util::Day lo;
    util::Day hi;
    std::uint32_t event;
    rules::EffectKind kind;
    std::vector<Sym> from;  // merges: the statuses that become status_for
  };
  struct Open {
    bool active = false;
    Sym status = k_no_sym;
    Sym detail = k_no_sym;
    util::Day lo = 0;
    util::Day hi = 0;
    bool conflict = false;
    bool any_certain = false;
    std::vector<std::uint32_t> claims;
  };
  struct Pending {
    bool has = false;
    Interval interval;
    bool conflict = false;
    bool any_certain = false;
    std::vector<std::uint32_t> claims;
  };
  struct TrackState {
    Open open;
    Pending pending;
  };

  // Orders one actor's events: by date, and where dates overlap (so that
  // neither surely came first) in the order they were recorded.
  void order_actor_events(const Item* begin, const Item* end);
  void fold_actor(Sym org, Sym actor, const Item* begin, const Item* end, const OrgItem* org_begin,
                  const OrgItem* org_end, const rules::OrgRules& rules);
  void apply(rules::Track track_of_grant, const rules::Effect& effect, std::uint32_t event, util::Day lo,
             util::Day hi);
  void apply_org_level(const OrgItem& item);
  void open(rules::Track t, Sym status, Sym detail, std::uint32_t event, util::Day lo, util::Day hi);
  void close(rules::Track t, std::uint32_t event, util::Day lo, util::Day hi, bool by_end);
  void merge_start(rules::Track t, std::uint32_t event, util::Day lo, util::Day hi);
  void merge_end(rules::Track t, std::uint32_t event, util::Day lo, util::Day hi);
  void flush_pending(rules::Track t);
  bool certain(std::uint32_t event) const;
  TrackState& track(rules::Track t) { return m_tracks.at(static_cast<std::size_t>(t)); }

  const Registry& m_registry;
  const std::vector<std::uint32_t>& m_visible;
  std::vector<Interval>& m_out;
  std::vector<std::uint32_t>& m_claims;
  std::array<TrackState, 2> m_tracks;
  std::vector<Interval> m_local;
  std::vector<Item> m_ordered;
  Sym m_org = k_no_sym;
  Sym m_actor = k_no_sym;
  Sym m_suspended = k_no_sym;
};

}  // namespace igo::query
