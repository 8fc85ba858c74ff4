#include "query/queries.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace igo::query {
namespace {

using model::EventType;

bool by_date(const Registry& reg, std::uint32_t a, std::uint32_t b) {
  const auto& ea = reg.events()[a];
  const auto& eb = reg.events()[b];
  if (ea.lo != eb.lo) return ea.lo < eb.lo;
  if (ea.hi != eb.hi) return ea.hi < eb.hi;
  return a < b;
}

bool names_actor(const Registry& reg, const EventRec& e, Sym actor) {
  auto actors = reg.actors(e);
  return std::find(actors.begin(), actors.end(), actor) != actors.end();
}

// The row that best describes a state's status: a certain one if any.
std::optional<StatusAt> primary(const std::vector<StatusAt>& rows, Sym state) {
  std::optional<StatusAt> best;
  for (const auto& r : rows) {
    if (r.state != state) continue;
    if (!best || (r.certain && !best->certain)) best = r;
  }
  return best;
}

}  // namespace

std::optional<StatusAt> status_on(const Interval& iv, util::Day at) {
  if (at < iv.start_lo) return std::nullopt;
  if (!iv.is_open() && at >= iv.end_hi) return std::nullopt;
  StatusAt row;
  row.state = iv.state;
  row.status = iv.status;
  row.interval = &iv;
  if (at < iv.start_hi) {
    row.reasons |= (iv.flags & Interval::k_start_conflict) != 0 ? k_start_conflict : k_start_imprecise;
  }
  if ((iv.flags & Interval::k_start_uncertain) != 0) row.reasons |= k_start_uncertain;
  // A questionable end (`?`) casts no doubt on the days before it; only a
  // day inside the end's range is uncertain.
  if (!iv.is_open() && at >= iv.end_lo) {
    row.reasons |= (iv.flags & Interval::k_end_conflict) != 0 ? k_end_conflict : k_end_imprecise;
    if ((iv.flags & Interval::k_end_uncertain) != 0) row.reasons |= k_end_uncertain;
  }
  row.certain = row.reasons == k_reason_none;
  return row;
}

void statuses_at(const View& view, Sym org, util::Day at, rules::Track track, std::vector<StatusAt>& out) {
  out.clear();
  for (const auto& iv : view.intervals(org)) {
    if (iv.track != track) continue;
    if (auto row = status_on(iv, at)) out.push_back(*row);
  }
}

std::vector<StatusAt> with_status(const View& view, Sym org, util::Day at, Sym status) {
  std::vector<StatusAt> rows;
  statuses_at(view, org, at, rules::Track::standing, rows);
  std::erase_if(rows, [&](const StatusAt& r) { return r.status != status; });
  return rows;
}

std::vector<Sym> candidates(const View& view, const StatusAt& row) {
  std::vector<Sym> out{row.status};
  auto add = [&](Sym s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  if ((row.reasons & (k_start_imprecise | k_start_conflict | k_start_uncertain)) != 0) {
    const Interval* prev = view.previous(*row.interval);
    add(prev != nullptr && prev->end_hi >= row.interval->start_lo ? prev->status : k_no_sym);
  }
  if ((row.reasons & (k_end_imprecise | k_end_conflict | k_end_uncertain)) != 0) {
    const Interval* next = view.next(*row.interval);
    add(next != nullptr && next->start_lo <= row.interval->end_hi ? next->status : k_no_sym);
  }
  return out;
}

HistoryOf history(const View& view, Sym state, Sym org_filter) {
  HistoryOf out;
  for (const auto& iv : view.all_intervals()) {
    if (iv.state == state && (org_filter == k_no_sym || iv.org == org_filter)) {
      out.intervals.push_back(&iv);
    }
  }
  const auto& reg = view.registry();
  for (auto i : view.visible_events()) {
    const auto& e = reg.events()[i];
    if (org_filter != k_no_sym && e.org != org_filter) continue;
    if (names_actor(reg, e, state)) out.events.push_back(i);
  }
  std::sort(out.events.begin(), out.events.end(),
            [&](std::uint32_t a, std::uint32_t b) { return by_date(reg, a, b); });
  return out;
}

std::vector<std::uint32_t> events(const View& view, const EventFilter& f) {
  const auto& reg = view.registry();
  std::vector<std::uint32_t> out;
  for (auto i : view.visible_events()) {
    const auto& e = reg.events()[i];
    if (f.org != k_no_sym && e.org != f.org) continue;
    if (f.type && e.type != *f.type) continue;
    if (f.actor != k_no_sym && !names_actor(reg, e, f.actor)) continue;
    if (f.from && e.hi < *f.from) continue;
    if (f.to && e.lo > *f.to) continue;
    out.push_back(i);
  }
  std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) { return by_date(reg, a, b); });
  return out;
}

std::vector<OverlapRow> overlap(const View& view, Sym org1, Sym org2, util::Day at, Sym status1,
                                Sym status2) {
  std::vector<StatusAt> a;
  std::vector<StatusAt> b;
  statuses_at(view, org1, at, rules::Track::standing, a);
  statuses_at(view, org2, at, rules::Track::standing, b);
  std::vector<OverlapRow> out;
  for (const auto& ra : a) {
    if (status1 != k_no_sym && ra.status != status1) continue;
    for (const auto& rb : b) {
      if (rb.state != ra.state) continue;
      if (status2 != k_no_sym && rb.status != status2) continue;
      out.push_back({ra.state, ra, rb, ra.certain && rb.certain});
    }
  }
  return out;
}

std::vector<DiffRow> diff(const View& view, Sym org, util::Day from, util::Day to) {
  std::vector<StatusAt> before;
  std::vector<StatusAt> after;
  statuses_at(view, org, from, rules::Track::standing, before);
  statuses_at(view, org, to, rules::Track::standing, after);
  std::set<Sym> states;
  for (const auto& r : before) states.insert(r.state);
  for (const auto& r : after) states.insert(r.state);
  std::vector<DiffRow> out;
  for (auto s : states) {
    DiffRow row{s, primary(before, s), primary(after, s)};
    Sym b = row.before ? row.before->status : k_no_sym;
    Sym a = row.after ? row.after->status : k_no_sym;
    bool certain = (!row.before || row.before->certain) && (!row.after || row.after->certain);
    if (a != b || !certain) out.push_back(row);
  }
  const auto& reg = view.registry();
  std::sort(out.begin(), out.end(),
            [&](const DiffRow& x, const DiffRow& y) { return reg.name(x.state) < reg.name(y.state); });
  return out;
}

std::vector<TreatyLifecycle> treaties(const View& view, Sym org) {
  const auto& reg = view.registry();
  std::map<Sym, TreatyLifecycle> docs;
  std::string org_name(reg.name(org));
  for (const auto& [id, entity] : reg.entities()) {
    if (entity.kind == model::EntityKind::document && entity.text("org") == org_name) {
      if (auto s = reg.symbols().find(id)) docs[*s].document = *s;
    }
  }
  for (auto i : view.visible_events()) {
    const auto& e = reg.events()[i];
    if (e.document == k_no_sym) continue;
    bool mine = e.org == org || docs.count(e.document) > 0;
    if (!mine) continue;
    auto& doc = docs[e.document];
    doc.document = e.document;
    switch (e.type) {
      case EventType::treaty_signed:
        doc.signed_events.push_back(i);
        break;
      case EventType::treaty_ratified:
        doc.ratified_events.push_back(i);
        break;
      case EventType::entered_into_force:
        doc.in_force_events.push_back(i);
        break;
      default:
        doc.other_events.push_back(i);
        break;
    }
  }
  std::vector<TreatyLifecycle> out;
  for (auto& [sym, doc] : docs) {
    for (auto* list : {&doc.signed_events, &doc.ratified_events, &doc.in_force_events, &doc.other_events}) {
      std::sort(list->begin(), list->end(),
                [&](std::uint32_t a, std::uint32_t b) { return by_date(reg, a, b); });
    }
    out.push_back(std::move(doc));
  }
  auto first_day = [&](const TreatyLifecycle& t) {
    util::Day d = k_open_end;
    for (const auto* list : {&t.signed_events, &t.ratified_events, &t.in_force_events, &t.other_events}) {
      for (auto i : *list) d = std::min(d, reg.events()[i].lo);
    }
    return d;
  };
  std::stable_sort(out.begin(), out.end(), [&](const TreatyLifecycle& a, const TreatyLifecycle& b) {
    return first_day(a) < first_day(b);
  });
  return out;
}

Result<std::vector<Conflict>> conflicts(const View& view, Sym org_filter) {
  const auto& reg = view.registry();
  std::vector<Conflict> out;
  auto same_claims = [](const Conflict& c, const std::string& kind, Sym org,
                        std::span<const std::uint32_t> events) {
    return c.kind == kind && c.org == org &&
           std::equal(c.events.begin(), c.events.end(), events.begin(), events.end());
  };
  for (const auto& iv : view.all_intervals()) {
    if (org_filter != k_no_sym && iv.org != org_filter) continue;
    auto add = [&](const char* kind, std::span<const std::uint32_t> claims) {
      for (auto& c : out) {
        if (same_claims(c, kind, iv.org, claims)) {
          c.states.push_back(iv.state);
          return;
        }
      }
      out.push_back({kind, iv.org, {iv.state}, {claims.begin(), claims.end()}});
    };
    if ((iv.flags & Interval::k_start_conflict) != 0) add("status start", view.start_claims(iv));
    if ((iv.flags & Interval::k_end_conflict) != 0) add("status end", view.end_claims(iv));
  }
  for (auto& c : out) {
    std::sort(c.states.begin(), c.states.end(), [&](Sym a, Sym b) { return reg.name(a) < reg.name(b); });
  }
  // Declared conflicts: group events linked by attrs.conflicts_with.
  std::map<std::uint32_t, std::uint32_t> parent;
  auto find = [&](std::uint32_t x) {
    while (parent.count(x) > 0 && parent[x] != x) x = parent[x];
    return x;
  };
  for (auto i : view.visible_events()) {
    const auto& rec = reg.events()[i];
    if (org_filter != k_no_sym && rec.org != org_filter) continue;
    IGO_TRY_ASSIGN(auto event, reg.event(i));
    for (const auto& other : event.attr_list("conflicts_with")) {
      IGO_TRY_ASSIGN(auto j, reg.find_event(other));
      if (!j || !view.visible(*j)) continue;
      if (parent.count(i) == 0) parent[i] = i;
      if (parent.count(*j) == 0) parent[*j] = *j;
      parent[find(i)] = find(*j);
    }
  }
  std::map<std::uint32_t, std::vector<std::uint32_t>> groups;
  for (const auto& [i, p] : parent) groups[find(i)].push_back(i);
  for (auto& group : groups) {
    auto& members = group.second;
    std::sort(members.begin(), members.end(),
              [&](std::uint32_t a, std::uint32_t b) { return by_date(reg, a, b); });
    // Already listed as a status conflict, with its states.
    bool listed = std::any_of(out.begin(), out.end(), [&](const Conflict& c) {
      return c.kind != "declared" &&
             std::equal(c.events.begin(), c.events.end(), members.begin(), members.end());
    });
    if (!listed) out.push_back({"declared", reg.events()[members.front()].org, {}, members});
  }
  return out;
}

}  // namespace igo::query
