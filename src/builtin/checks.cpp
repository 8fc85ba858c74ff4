#include "builtin/checks.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "query/view.hpp"

namespace igo::builtin {
namespace {

using model::EventType;
using query::Registry;

std::string describe(const Registry& reg, std::uint32_t index) {
  auto e = reg.event(index);
  if (!e.ok()) return "event #" + std::to_string(index);
  return "event \"" + e->id + "\" (" + std::string(model::to_string(e->type)) + " " + e->date.to_string() +
         ")";
}

Status check_statuses_named(const Registry& reg) {
  for (std::uint32_t i = 0; i < reg.events().size(); ++i) {
    const auto& rec = reg.events()[i];
    if (rec.org == query::k_no_sym) continue;
    const auto& rules = reg.rules().for_org(reg.name(rec.org));
    std::vector<std::string> named;
    if (rec.status_for != query::k_no_sym) named.emplace_back(reg.name(rec.status_for));
    if (rec.type == EventType::statuses_merged) {
      IGO_TRY_ASSIGN(auto e, reg.event(i));
      for (auto& s : e.attr_list("from")) named.push_back(s);
    }
    for (const auto& s : named) {
      if (!rules.has_status(s)) {
        return invalid_argument(describe(reg, i) + " names status \"" + s + "\", which " +
                                std::string(reg.name(rec.org)) + "'s rules do not have");
      }
    }
  }
  return {};
}

// Grants of different standing statuses to one state on overlapping dates.
Status check_overlapping_grants(const Registry& reg, const std::set<std::uint32_t>& disputed) {
  struct Grant {
    query::Sym org;
    query::Sym state;
    std::uint32_t event;
    std::string status;
  };
  std::vector<Grant> grants;
  for (std::uint32_t i = 0; i < reg.events().size(); ++i) {
    const auto& rec = reg.events()[i];
    if (rec.org == query::k_no_sym) continue;
    const auto& effect = reg.rules().for_org(reg.name(rec.org)).effect(rec.type);
    if (effect.kind != rules::EffectKind::grants || effect.track != rules::Track::standing) continue;
    for (auto actor : reg.actors(rec)) grants.push_back({rec.org, actor, i, effect.status});
  }
  for (std::size_t a = 0; a < grants.size(); ++a) {
    for (std::size_t b = a + 1; b < grants.size(); ++b) {
      const auto& ga = grants[a];
      const auto& gb = grants[b];
      if (ga.org != gb.org || ga.state != gb.state || ga.status == gb.status) continue;
      const auto& ea = reg.events()[ga.event];
      const auto& eb = reg.events()[gb.event];
      if (ea.lo > eb.hi || eb.lo > ea.hi) continue;
      if (disputed.count(ga.event) > 0 || disputed.count(gb.event) > 0) continue;
      return invalid_argument(std::string(reg.name(ga.state)) + " would hold two statuses at once in " +
                              std::string(reg.name(ga.org)) + ": " + describe(reg, ga.event) + " and " +
                              describe(reg, gb.event) +
                              " overlap; date them apart or mark attrs.conflicts_with");
    }
  }
  return {};
}

Status check_procedure_order(const Registry& reg) {
  // (org, state, status) -> per step: earliest lo and latest hi.
  struct Span {
    util::Day lo = query::k_open_end;
    util::Day hi = std::numeric_limits<util::Day>::min();
    std::uint32_t event = query::k_no_event;
  };
  std::map<std::tuple<query::Sym, query::Sym, std::string, EventType>, Span> steps;
  for (std::uint32_t i = 0; i < reg.events().size(); ++i) {
    const auto& rec = reg.events()[i];
    if (rec.org == query::k_no_sym) continue;
    const auto& rules = reg.rules().for_org(reg.name(rec.org));
    std::string status(reg.name(rec.status_for));
    const auto& effect = rules.effect(rec.type);
    if (effect.kind == rules::EffectKind::grants && effect.track == rules::Track::standing) {
      status = effect.status;
    }
    if (status.empty()) continue;
    for (auto actor : reg.actors(rec)) {
      auto& span = steps[{rec.org, actor, status, rec.type}];
      if (rec.lo < span.lo) {
        span.lo = rec.lo;
        span.event = i;
      }
      span.hi = std::max(span.hi, rec.hi);
    }
  }
  for (const auto& [key, later] : steps) {
    const auto& [org, state, status, type] = key;
    const auto* order = reg.rules().for_org(reg.name(org)).procedure(status);
    if (order == nullptr) continue;
    auto pos = std::find(order->begin(), order->end(), type);
    if (pos == order->end()) continue;
    for (auto it = order->begin(); it != pos; ++it) {
      auto earlier = steps.find({org, state, status, *it});
      if (earlier == steps.end()) continue;
      // The earlier step must not have surely happened after the later one.
      if (earlier->second.lo > later.hi) {
        return invalid_argument("procedure steps of " + std::string(reg.name(state)) + " in " +
                                std::string(reg.name(org)) +
                                " are out of order: " + describe(reg, earlier->second.event) +
                                " comes after " + describe(reg, later.event));
      }
    }
  }
  return {};
}

}  // namespace

Status check_registry(const Registry& reg, std::vector<std::string>& warnings) {
  IGO_TRY(check_statuses_named(reg));
  std::set<std::uint32_t> disputed;
  std::set<std::string> orgs_without_rules;
  for (std::uint32_t i = 0; i < reg.events().size(); ++i) {
    IGO_TRY_ASSIGN(auto e, reg.event(i));
    if (!e.attr_list("conflicts_with").empty()) disputed.insert(i);
    if (!e.org.empty() && !reg.rules().has_own_rules(e.org)) orgs_without_rules.insert(e.org);
  }
  IGO_TRY(check_overlapping_grants(reg, disputed));
  IGO_TRY(check_procedure_order(reg));
  for (const auto& org : orgs_without_rules) {
    warnings.push_back("events of " + org + " use the default rules (no data/orgs file)");
  }
  return {};
}

}  // namespace igo::builtin
