#include "query/fold.hpp"

#include <algorithm>

namespace igo::query {
namespace {

using rules::EffectKind;
using rules::Track;

bool overlaps(util::Day a_lo, util::Day a_hi, util::Day b_lo, util::Day b_hi) {
  return a_lo <= b_hi && b_lo <= a_hi;
}

}  // namespace

Folder::Folder(const Registry& registry, const std::vector<std::uint32_t>& visible,
               std::vector<Interval>& out, std::vector<std::uint32_t>& claims)
    : m_registry(registry), m_visible(visible), m_out(out), m_claims(claims) {
  m_suspended = registry.sym("suspended");
}

bool Folder::certain(std::uint32_t event) const {
  return (m_registry.events()[event].flags & EventRec::k_uncertain) == 0;
}

void Folder::run() {
  const auto& events = m_registry.events();
  std::vector<Item> items;
  std::vector<OrgItem> org_items;
  items.reserve(m_visible.size());
  const rules::OrgRules* rules = nullptr;
  Sym rules_org = k_no_sym;
  for (auto index : m_visible) {
    const auto& e = events[index];
    if (e.org == k_no_sym) continue;
    if (rules == nullptr || e.org != rules_org) {
      rules = &m_registry.rules().for_org(m_registry.name(e.org));
      rules_org = e.org;
    }
    const auto& effect = rules->effect(e.type);
    if (effect.kind == EffectKind::none) continue;
    if (effect.kind == EffectKind::ends_all || effect.kind == EffectKind::merges) {
      OrgItem item{e.org, e.lo, e.hi, index, effect.kind, {}};
      if (effect.kind == EffectKind::merges) {
        auto full = m_registry.event(index);
        if (full.ok()) {
          for (const auto& s : full->attr_list("from")) item.from.push_back(m_registry.sym(s));
        }
      }
      org_items.push_back(std::move(item));
      continue;
    }
    for (auto actor : m_registry.actors(e)) items.push_back({e.org, actor, e.lo, e.hi, index});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.org != b.org) return a.org < b.org;
    if (a.actor != b.actor) return a.actor < b.actor;
    if (a.lo != b.lo) return a.lo < b.lo;
    if (a.hi != b.hi) return a.hi < b.hi;
    return a.event < b.event;
  });
  std::sort(org_items.begin(), org_items.end(), [](const OrgItem& a, const OrgItem& b) {
    if (a.org != b.org) return a.org < b.org;
    if (a.lo != b.lo) return a.lo < b.lo;
    if (a.hi != b.hi) return a.hi < b.hi;
    return a.event < b.event;
  });
  const Item* it = items.data();
  const Item* items_end = items.data() + items.size();
  while (it != items_end) {
    const Item* group_end = it;
    while (group_end != items_end && group_end->org == it->org && group_end->actor == it->actor) {
      ++group_end;
    }
    auto org_lo = std::lower_bound(org_items.begin(), org_items.end(), it->org,
                                   [](const OrgItem& o, Sym org) { return o.org < org; });
    auto org_hi = std::upper_bound(org_lo, org_items.end(), it->org,
                                   [](Sym org, const OrgItem& o) { return org < o.org; });
    const auto& org_rules = m_registry.rules().for_org(m_registry.name(it->org));
    order_actor_events(it, group_end);
    fold_actor(it->org, it->actor, m_ordered.data(), m_ordered.data() + m_ordered.size(),
               org_items.data() + (org_lo - org_items.begin()),
               org_items.data() + (org_hi - org_items.begin()), org_rules);
    it = group_end;
  }
}

void Folder::order_actor_events(const Item* begin, const Item* end) {
  m_ordered.assign(begin, end);  // sorted by (lo, hi, event)
  constexpr std::size_t k_max_cluster = 64;
  std::size_t i = 0;
  while (i < m_ordered.size()) {
    // A cluster: events chained by overlapping ranges.
    std::size_t j = i + 1;
    util::Day reach = m_ordered[i].hi;
    while (j < m_ordered.size() && m_ordered[j].lo <= reach) {
      reach = std::max(reach, m_ordered[j].hi);
      ++j;
    }
    if (j - i > 1 && j - i <= k_max_cluster) {
      // Take, each time, the earliest-recorded event that nothing left surely precedes.
      std::vector<Item> cluster(m_ordered.begin() + static_cast<std::ptrdiff_t>(i),
                                m_ordered.begin() + static_cast<std::ptrdiff_t>(j));
      for (std::size_t out = i; out < j; ++out) {
        std::size_t pick = cluster.size();
        for (std::size_t c = 0; c < cluster.size(); ++c) {
          bool free = std::none_of(cluster.begin(), cluster.end(),
                                   [&](const Item& x) { return x.hi < cluster[c].lo; });
          if (free && (pick == cluster.size() || cluster[c].event < cluster[pick].event)) pick = c;
        }
        m_ordered[out] = cluster[pick];
        cluster.erase(cluster.begin() + static_cast<std::ptrdiff_t>(pick));
      }
    }
    i = j;
  }
}

void Folder::fold_actor(Sym org, Sym actor, const Item* begin, const Item* end, const OrgItem* org_begin,
                        const OrgItem* org_end, const rules::OrgRules& rules) {
  m_org = org;
  m_actor = actor;
  m_local.clear();
  for (auto& t : m_tracks) {
    t.open.active = false;
    t.pending.has = false;
  }
  const auto& events = m_registry.events();
  const OrgItem* o = org_begin;
  for (const Item* i = begin; i != end; ++i) {
    // Org-level events strictly before this one apply first; on the same
    // range, the actor's own event goes first.
    while (o != org_end && (o->lo < i->lo || (o->lo == i->lo && o->hi < i->hi))) {
      apply_org_level(*o++);
    }
    const auto& e = events[i->event];
    const auto& effect = rules.effect(e.type);
    apply(effect.track, effect, i->event, i->lo, i->hi);
  }
  while (o != org_end) apply_org_level(*o++);
  for (auto t : {Track::standing, Track::procedure}) {
    auto& state = track(t);
    if (state.open.active) {
      close(t, k_no_event, k_open_end, k_open_end, false);
    }
    flush_pending(t);
  }
  std::stable_sort(m_local.begin(), m_local.end(), [](const Interval& a, const Interval& b) {
    if (a.track != b.track) return a.track < b.track;
    return a.start_lo < b.start_lo;
  });
  m_out.insert(m_out.end(), m_local.begin(), m_local.end());
}

void Folder::apply(Track grant_track, const rules::Effect& effect, std::uint32_t event, util::Day lo,
                   util::Day hi) {
  const auto& rec = m_registry.events()[event];
  auto& standing = track(Track::standing).open;
  auto& procedure = track(Track::procedure).open;
  switch (effect.kind) {
    case EffectKind::grants: {
      Sym status = m_registry.sym(effect.status);
      if (grant_track == Track::procedure) {
        if (procedure.active && procedure.status == status && procedure.detail == rec.status_for) {
          merge_start(Track::procedure, event, lo, hi);
        } else {
          if (procedure.active) close(Track::procedure, event, lo, hi, false);
          open(Track::procedure, status, rec.status_for, event, lo, hi);
        }
        return;
      }
      if (standing.active && standing.status == status) {
        merge_start(Track::standing, event, lo, hi);
      } else {
        if (standing.active) close(Track::standing, event, lo, hi, false);
        open(Track::standing, status, k_no_sym, event, lo, hi);
      }
      if (procedure.active && (procedure.detail == k_no_sym || procedure.detail == status)) {
        close(Track::procedure, event, lo, hi, false);
      }
      return;
    }
    case EffectKind::ends:
      if (standing.active) {
        close(Track::standing, event, lo, hi, true);
      } else if (track(Track::standing).pending.has) {
        merge_end(Track::standing, event, lo, hi);
      }
      if (procedure.active) close(Track::procedure, event, lo, hi, true);
      return;
    case EffectKind::suspends:
      if (standing.active && standing.status != m_suspended) {
        Sym before = standing.status;
        close(Track::standing, event, lo, hi, false);
        open(Track::standing, m_suspended, before, event, lo, hi);
      }
      return;
    case EffectKind::reinstates:
      if (standing.active && standing.status == m_suspended) {
        Sym before = standing.detail;
        close(Track::standing, event, lo, hi, false);
        open(Track::standing, before, k_no_sym, event, lo, hi);
      }
      return;
    case EffectKind::ends_all:
    case EffectKind::merges:
    case EffectKind::none:
      return;
  }
}

void Folder::apply_org_level(const OrgItem& item) {
  auto& standing = track(Track::standing).open;
  if (item.kind == EffectKind::ends_all) {
    for (auto t : {Track::standing, Track::procedure}) {
      if (track(t).open.active) close(t, item.event, item.lo, item.hi, true);
    }
    return;
  }
  if (!standing.active) return;
  if (std::find(item.from.begin(), item.from.end(), standing.status) == item.from.end()) return;
  Sym before = standing.status;
  Sym to = m_registry.events()[item.event].status_for;
  close(Track::standing, item.event, item.lo, item.hi, false);
  open(Track::standing, to, before, item.event, item.lo, item.hi);
}

void Folder::open(Track t, Sym status, Sym detail, std::uint32_t event, util::Day lo, util::Day hi) {
  flush_pending(t);
  auto& o = track(t).open;
  o.active = true;
  o.status = status;
  o.detail = detail;
  o.lo = lo;
  o.hi = hi;
  o.conflict = false;
  o.any_certain = certain(event);
  o.claims.assign(1, event);
}

void Folder::close(Track t, std::uint32_t event, util::Day lo, util::Day hi, bool by_end) {
  auto& o = track(t).open;
  Interval iv;
  iv.org = m_org;
  iv.state = m_actor;
  iv.status = o.status;
  iv.detail = o.detail;
  iv.track = t;
  iv.start_lo = o.lo;
  iv.start_hi = o.hi;
  iv.start_claims = static_cast<std::uint32_t>(m_claims.size());
  iv.start_count = static_cast<std::uint16_t>(o.claims.size());
  m_claims.insert(m_claims.end(), o.claims.begin(), o.claims.end());
  if (o.conflict) iv.flags |= Interval::k_start_conflict;
  if (!o.any_certain) iv.flags |= Interval::k_start_uncertain;
  o.active = false;
  iv.end_lo = lo;
  iv.end_hi = hi;
  if (event == k_no_event) {
    m_local.push_back(iv);
    return;
  }
  if (by_end) {
    auto& p = track(t).pending;
    p.has = true;
    p.interval = iv;
    p.conflict = false;
    p.any_certain = certain(event);
    p.claims.assign(1, event);
    return;
  }
  iv.end_claims = static_cast<std::uint32_t>(m_claims.size());
  iv.end_count = 1;
  m_claims.push_back(event);
  if (!certain(event)) iv.flags |= Interval::k_end_uncertain;
  m_local.push_back(iv);
}

void Folder::merge_start(Track t, std::uint32_t event, util::Day lo, util::Day hi) {
  auto& o = track(t).open;
  if (!o.conflict && overlaps(o.lo, o.hi, lo, hi)) {
    o.lo = std::max(o.lo, lo);
    o.hi = std::min(o.hi, hi);
  } else {
    o.conflict = true;
    o.lo = std::min(o.lo, lo);
    o.hi = std::max(o.hi, hi);
  }
  o.any_certain = o.any_certain || certain(event);
  o.claims.push_back(event);
}

void Folder::merge_end(Track t, std::uint32_t event, util::Day lo, util::Day hi) {
  auto& p = track(t).pending;
  auto& iv = p.interval;
  if (!p.conflict && overlaps(iv.end_lo, iv.end_hi, lo, hi)) {
    iv.end_lo = std::max(iv.end_lo, lo);
    iv.end_hi = std::min(iv.end_hi, hi);
  } else {
    p.conflict = true;
    iv.end_lo = std::min(iv.end_lo, lo);
    iv.end_hi = std::max(iv.end_hi, hi);
  }
  p.any_certain = p.any_certain || certain(event);
  p.claims.push_back(event);
}

void Folder::flush_pending(Track t) {
  auto& p = track(t).pending;
  if (!p.has) return;
  auto iv = p.interval;
  iv.end_claims = static_cast<std::uint32_t>(m_claims.size());
  iv.end_count = static_cast<std::uint16_t>(p.claims.size());
  m_claims.insert(m_claims.end(), p.claims.begin(), p.claims.end());
  if (p.conflict) iv.flags |= Interval::k_end_conflict;
  if (!p.any_certain) iv.flags |= Interval::k_end_uncertain;
  m_local.push_back(iv);
  p.has = false;
}

}  // namespace igo::query
