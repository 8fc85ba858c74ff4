// members, overlap, diff, history: the status questions.
#include <algorithm>

#include "cli/commands.hpp"
#include "cli/present.hpp"

namespace igo::cli {
namespace {

std::size_t status_rank(const query::Registry& reg, query::Sym org, query::Sym status) {
  const auto& statuses = reg.rules().for_org(reg.name(org)).statuses();
  auto it = std::find(statuses.begin(), statuses.end(), reg.name(status));
  return static_cast<std::size_t>(it - statuses.begin());
}

model::Json status_json(Context& ctx, const StatusInfo& info) {
  model::Json j = model::Json::object();
  j["state"] = info.state;
  j["name"] = ctx.name(info.state);
  j["status"] = info.status;
  if (!info.detail.empty()) j["detail"] = info.detail;
  j["since"] = info.since;
  if (!info.until.empty()) j["until"] = info.until;
  j["certain"] = info.certain;
  if (!info.certain) {
    j["candidates"] = info.candidates;
    j["reason"] = info.reason;
  }
  j["sources"] = sources_json(ctx, info.start_events);
  return j;
}

std::string candidates_text(const StatusInfo& info) {
  std::string out;
  for (const auto& c : info.candidates) {
    if (!out.empty()) out += " or ";
    out += c;
  }
  return out;
}

}  // namespace

int cmd_members(Context& ctx, const MembersArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org = ctx.org(args.org);
  if (!org.ok()) return fail(ctx, org.error());
  auto at = ctx.day(args.at, "--at");
  if (!at.ok()) return fail(ctx, at.error());
  const auto& view = ctx.view();
  auto track = args.status == "applicant" ? rules::Track::procedure : rules::Track::standing;
  if (args.status != "all") {
    const auto& rules = (*reg)->rules().for_org((*reg)->name(*org));
    if (!rules.has_status(args.status)) {
      std::string list;
      for (const auto& s : rules.statuses()) list += s + ", ";
      return fail(
          ctx, invalid_argument("--status must be one of " + list + "or all; not \"" + args.status + "\""));
    }
  }
  std::vector<query::StatusAt> rows;
  query::statuses_at(view, *org, *at, track, rows);
  if (args.status != "all") {
    auto wanted = (*reg)->sym(args.status);
    std::erase_if(rows, [&](const query::StatusAt& r) { return r.status != wanted; });
  }
  std::vector<StatusInfo> infos;
  for (const auto& row : rows) {
    auto info = describe(ctx, *row.interval, &row, *at);
    if (!info.ok()) return fail(ctx, info.error());
    infos.push_back(std::move(info).value());
  }
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    auto ra = status_rank(**reg, *org, rows[a].status);
    auto rb = status_rank(**reg, *org, rows[b].status);
    if (ra != rb) return ra < rb;
    if (rows[a].interval->start_lo != rows[b].interval->start_lo) {
      return rows[a].interval->start_lo < rows[b].interval->start_lo;
    }
    return infos[a].state < infos[b].state;
  });
  if (ctx.format == Format::json) {
    model::Json out = model::Json::array();
    for (auto i : order) out.push_back(status_json(ctx, infos[i]));
    print_json(ctx, out);
    return rows.empty() ? k_nothing_found : k_answered;
  }
  Table table(ctx.format == Format::csv
                  ? std::vector<std::string>{"state", "name", "status", "since", "certain", "candidates",
                                             "reason", "sources"}
                  : std::vector<std::string>{"state", "name", "status", "since", "certain", "sources"});
  std::vector<std::string> notes;
  for (auto i : order) {
    const auto& info = infos[i];
    std::string certain = info.certain ? "yes" : "no";
    if (ctx.format == Format::csv) {
      table.add({info.state, ctx.name(info.state), info.status, info.since, info.certain ? "true" : "false",
                 candidates_text(info), info.reason, source_ids(info.start_events)});
      continue;
    }
    if (!info.certain) {
      notes.push_back(std::to_string(notes.size() + 1) + ". " + info.state + ": " + candidates_text(info) +
                      " — " + info.reason);
      certain += " [" + std::to_string(notes.size()) + "]";
    }
    table.add(
        {info.state, ctx.name(info.state), info.status, info.since, certain, source_ids(info.start_events)});
  }
  if (rows.empty()) {
    ctx.err << "igo: no " << (args.status == "all" ? "status" : args.status) << " of " << (*reg)->name(*org)
            << " on " << util::format_day(*at) << '\n';
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  for (const auto& n : notes) ctx.out << n << '\n';
  return k_answered;
}

int cmd_overlap(Context& ctx, const OverlapArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org1 = ctx.org(args.org1);
  if (!org1.ok()) return fail(ctx, org1.error());
  auto org2 = ctx.org(args.org2);
  if (!org2.ok()) return fail(ctx, org2.error());
  auto at = ctx.day(args.at, "--at");
  if (!at.ok()) return fail(ctx, at.error());
  query::Sym status = args.status == "all" ? query::k_no_sym : (*reg)->sym(args.status);
  if (args.status != "all" && status == query::k_no_sym) {
    return fail(ctx, invalid_argument("unknown status \"" + args.status + "\""));
  }
  auto rows = query::overlap(ctx.view(), *org1, *org2, *at, status, status);
  std::sort(rows.begin(), rows.end(), [&](const query::OverlapRow& a, const query::OverlapRow& b) {
    return (*reg)->name(a.state) < (*reg)->name(b.state);
  });
  std::string n1((*reg)->name(*org1));
  std::string n2((*reg)->name(*org2));
  if (ctx.format == Format::json) {
    model::Json out = model::Json::array();
    for (const auto& r : rows) {
      auto a = describe(ctx, *r.first.interval, &r.first, *at);
      auto b = describe(ctx, *r.second.interval, &r.second, *at);
      if (!a.ok()) return fail(ctx, a.error());
      if (!b.ok()) return fail(ctx, b.error());
      model::Json j = model::Json::object();
      j["state"] = std::string((*reg)->name(r.state));
      j["name"] = ctx.name(r.state);
      j["certain"] = r.certain;
      j[n1] = status_json(ctx, *a);
      j[n2] = status_json(ctx, *b);
      out.push_back(std::move(j));
    }
    print_json(ctx, out);
    return rows.empty() ? k_nothing_found : k_answered;
  }
  Table table({"state", "name", n1, n1 + " since", n2, n2 + " since", "certain"});
  for (const auto& r : rows) {
    auto a = describe(ctx, *r.first.interval, &r.first, *at);
    auto b = describe(ctx, *r.second.interval, &r.second, *at);
    if (!a.ok()) return fail(ctx, a.error());
    if (!b.ok()) return fail(ctx, b.error());
    table.add({std::string((*reg)->name(r.state)), ctx.name(r.state), a->status, a->since, b->status,
               b->since,
               r.certain ? (ctx.format == Format::csv ? "true" : "yes")
                         : (ctx.format == Format::csv ? "false" : "no")});
  }
  if (rows.empty()) {
    ctx.err << "igo: no state is " << args.status << " of both " << n1 << " and " << n2 << " on "
            << util::format_day(*at) << '\n';
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_diff(Context& ctx, const DiffArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org = ctx.org(args.org);
  if (!org.ok()) return fail(ctx, org.error());
  auto from = ctx.day(args.from, "--from");
  if (!from.ok()) return fail(ctx, from.error());
  auto to = ctx.day(args.to, "--to");
  if (!to.ok()) return fail(ctx, to.error());
  auto rows = query::diff(ctx.view(), *org, *from, *to);
  auto status_text = [&](const std::optional<query::StatusAt>& s) -> std::string {
    if (!s) return "none";
    std::string t((*reg)->name(s->status));
    return s->certain ? t : t + " (uncertain)";
  };
  if (ctx.format == Format::json) {
    model::Json out = model::Json::array();
    for (const auto& r : rows) {
      model::Json j = model::Json::object();
      j["state"] = std::string((*reg)->name(r.state));
      j["name"] = ctx.name(r.state);
      j["before"] = r.before ? model::Json(std::string((*reg)->name(r.before->status))) : model::Json();
      j["before_certain"] = !r.before || r.before->certain;
      j["after"] = r.after ? model::Json(std::string((*reg)->name(r.after->status))) : model::Json();
      j["after_certain"] = !r.after || r.after->certain;
      out.push_back(std::move(j));
    }
    print_json(ctx, out);
    return rows.empty() ? k_nothing_found : k_answered;
  }
  Table table({"state", "name", util::format_day(*from), util::format_day(*to)});
  for (const auto& r : rows) {
    table.add(
        {std::string((*reg)->name(r.state)), ctx.name(r.state), status_text(r.before), status_text(r.after)});
  }
  if (rows.empty()) {
    ctx.err << "igo: no change in " << (*reg)->name(*org) << " between " << util::format_day(*from) << " and "
            << util::format_day(*to) << '\n';
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_history(Context& ctx, const HistoryArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto state = ctx.state(args.state);
  if (!state.ok()) return fail(ctx, state.error());
  query::Sym org = query::k_no_sym;
  if (!args.org.empty()) {
    auto o = ctx.org(args.org);
    if (!o.ok()) return fail(ctx, o.error());
    org = *o;
  }
  auto hist = query::history(ctx.view(), *state, org);
  std::vector<StatusInfo> infos;
  for (const auto* iv : hist.intervals) {
    auto info = describe(ctx, *iv, nullptr, 0);
    if (!info.ok()) return fail(ctx, info.error());
    infos.push_back(std::move(info).value());
  }
  auto events = fetch(ctx, hist.events);
  if (!events.ok()) return fail(ctx, events.error());
  bool empty = infos.empty() && events->empty();
  if (ctx.format == Format::json) {
    model::Json out = model::Json::object();
    out["state"] = std::string((*reg)->name(*state));
    out["name"] = ctx.name(*state);
    model::Json statuses = model::Json::array();
    for (std::size_t i = 0; i < infos.size(); ++i) {
      model::Json j = model::Json::object();
      j["org"] = std::string((*reg)->name(hist.intervals[i]->org));
      j["status"] = infos[i].status;
      if (!infos[i].detail.empty()) j["detail"] = infos[i].detail;
      j["from"] = infos[i].since;
      j["until"] = infos[i].until.empty() ? model::Json() : model::Json(infos[i].until);
      j["sources"] = sources_json(ctx, infos[i].start_events);
      statuses.push_back(std::move(j));
    }
    out["statuses"] = std::move(statuses);
    model::Json evs = model::Json::array();
    for (const auto& e : *events) evs.push_back(event_json(e));
    out["events"] = std::move(evs);
    print_json(ctx, out);
    return empty ? k_nothing_found : k_answered;
  }
  if (empty) {
    ctx.err << "igo: nothing recorded for " << (*reg)->name(*state) << '\n';
    return k_nothing_found;
  }
  if (ctx.format == Format::csv) {
    // One table for tools: a row per status interval, then a row per event.
    Table rows({"kind", "org", "what", "from", "until", "place", "document", "sources"});
    for (std::size_t i = 0; i < infos.size(); ++i) {
      std::string status = infos[i].status;
      if (!infos[i].detail.empty()) status += " (" + infos[i].detail + ")";
      rows.add({"status", std::string((*reg)->name(hist.intervals[i]->org)), status, infos[i].since,
                infos[i].until, "", "", source_ids(infos[i].start_events)});
    }
    for (const auto& e : *events) {
      rows.add({"event", e.org, std::string(model::to_string(e.type)), e.date.to_string(), "", e.place,
                e.document, source_ids({e})});
    }
    rows.print(ctx.out, ctx.format);
    return k_answered;
  }
  Table statuses({"org", "status", "from", "until", "sources"});
  for (std::size_t i = 0; i < infos.size(); ++i) {
    std::string status = infos[i].status;
    if (!infos[i].detail.empty()) status += " (" + infos[i].detail + ")";
    statuses.add({std::string((*reg)->name(hist.intervals[i]->org)), status, infos[i].since, infos[i].until,
                  source_ids(infos[i].start_events)});
  }
  Table steps({"date", "event", "org", "place", "document", "sources"});
  for (const auto& e : *events) {
    steps.add({e.date.to_string(), std::string(model::to_string(e.type)), e.org, ctx.name(e.place),
               ctx.name(e.document), source_ids({e})});
  }
  ctx.out << "Statuses of " << ctx.name(*state) << ":\n";
  statuses.print(ctx.out, ctx.format);
  ctx.out << "\nEvents naming " << ctx.name(*state) << ":\n";
  steps.print(ctx.out, ctx.format);
  return k_answered;
}

}  // namespace igo::cli
