// events, timeline, summits, treaties, conflicts: the event lists.
#include <algorithm>

#include "cli/commands.hpp"
#include "cli/present.hpp"
#include "util/strings.hpp"

namespace igo::cli {
namespace {

int print_events(Context& ctx, const std::vector<model::Event>& events, const std::string& empty) {
  if (ctx.format == Format::json) {
    model::Json out = model::Json::array();
    for (const auto& e : events) out.push_back(event_json(e));
    print_json(ctx, out);
    return events.empty() ? k_nothing_found : k_answered;
  }
  if (events.empty()) {
    ctx.err << "igo: " << empty << '\n';
    return k_nothing_found;
  }
  Table table({"date", "type", "org", "actors", "place", "document", "id", "sources"});
  for (const auto& e : events) {
    table.add({e.date.to_string(), std::string(model::to_string(e.type)), e.org,
               ctx.format == Format::csv ? util::join(e.actors, " ") : actor_names(ctx, e),
               ctx.format == Format::csv ? e.place : ctx.name(e.place),
               ctx.format == Format::csv ? e.document : ctx.name(e.document), e.id, source_ids({e})});
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

Result<query::EventFilter> make_filter(Context& ctx, const EventsArgs& args) {
  query::EventFilter f;
  if (!args.org.empty()) {
    IGO_TRY_ASSIGN(f.org, ctx.org(args.org));
  }
  if (!args.type.empty()) {
    f.type = model::parse_event_type(args.type);
    if (!f.type) return invalid_argument("--type: unknown event type \"" + args.type + "\"");
  }
  if (!args.actor.empty()) {
    auto state = ctx.resolve(args.actor, model::EntityKind::state);
    if (!state.ok()) state = ctx.resolve(args.actor, model::EntityKind::org);
    if (!state.ok()) return std::move(state).error();
    f.actor = ctx.registry().value()->sym(*state);
  }
  auto bound = [&](const std::string& text, const char* option,
                   bool start) -> Result<std::optional<util::Day>> {
    if (text.empty()) return std::optional<util::Day>();
    auto d = util::Date::parse(text);
    if (!d.ok()) return invalid_argument(std::string(option) + ": " + d.error().message());
    return std::optional<util::Day>(start ? d->lo() : d->hi());
  };
  IGO_TRY_ASSIGN(f.from, bound(args.from, "--from", true));
  IGO_TRY_ASSIGN(f.to, bound(args.to, "--to", false));
  return f;
}

}  // namespace

int cmd_events(Context& ctx, const EventsArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto filter = make_filter(ctx, args);
  if (!filter.ok()) return fail(ctx, filter.error());
  auto events = fetch(ctx, query::events(ctx.view(), *filter));
  if (!events.ok()) return fail(ctx, events.error());
  return print_events(ctx, *events, "no event matches");
}

int cmd_timeline(Context& ctx, const std::string& org_text) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org = ctx.org(org_text);
  if (!org.ok()) return fail(ctx, org.error());
  query::EventFilter f;
  f.org = *org;
  auto events = fetch(ctx, query::events(ctx.view(), f));
  if (!events.ok()) return fail(ctx, events.error());
  return print_events(ctx, *events, "no event of " + std::string((*reg)->name(*org)));
}

int cmd_summits(Context& ctx, const SummitsArgs& args) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org = ctx.org(args.org);
  if (!org.ok()) return fail(ctx, org.error());
  query::EventFilter f;
  f.org = *org;
  f.type = model::EventType::summit_held;
  auto events = fetch(ctx, query::events(ctx.view(), f));
  if (!events.ok()) return fail(ctx, events.error());
  if (!args.organ.empty()) {
    auto organ = ctx.resolve(args.organ, model::EntityKind::organ);
    if (!organ.ok()) return fail(ctx, organ.error());
    std::erase_if(*events, [&](const model::Event& e) { return e.organ != *organ; });
  }
  if (ctx.format == Format::json || events->empty()) {
    return print_events(ctx, *events, "no summit of " + std::string((*reg)->name(*org)));
  }
  // One row per meeting: events that declare each other conflicting are
  // the same meeting as different sources tell it; their values are shown
  // side by side, separated by " | ".
  std::vector<std::size_t> group(events->size());
  for (std::size_t i = 0; i < group.size(); ++i) group[i] = i;
  auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i];
    return i;
  };
  for (std::size_t i = 0; i < events->size(); ++i) {
    for (const auto& other : (*events)[i].attr_list("conflicts_with")) {
      for (std::size_t j = 0; j < events->size(); ++j) {
        if ((*events)[j].id == other) group[root(j)] = root(i);
      }
    }
  }
  bool csv = ctx.format == Format::csv;
  Table table({"date", "place", "host", "chair", "virtual", "ordinal", "organ", "disputed", "sources"});
  for (std::size_t i = 0; i < events->size(); ++i) {
    // Each group is printed once, where its first event comes by date.
    std::vector<model::Event> members;
    bool first = true;
    for (std::size_t j = 0; j < events->size(); ++j) {
      if (root(j) != root(i)) continue;
      if (j < i) first = false;
      members.push_back((*events)[j]);
    }
    if (!first) continue;
    auto values = [&](auto get) {
      std::vector<std::string> seen;
      for (const auto& e : members) {
        auto v = get(e);
        if (std::find(seen.begin(), seen.end(), v) == seen.end()) seen.push_back(v);
      }
      std::string out;
      for (const auto& v : seen) out += (out.empty() ? "" : " | ") + v;
      return out;
    };
    auto name = [&](const std::string& id) { return csv ? id : ctx.name(id); };
    table.add({values([](const model::Event& e) { return e.date.to_string(); }),
               values([&](const model::Event& e) { return name(e.place); }),
               values([&](const model::Event& e) { return name(e.attr("host")); }),
               values([&](const model::Event& e) { return name(e.attr("chair")); }),
               values([](const model::Event& e) {
                 return std::string(e.attrs.is_object() && e.attrs.value("virtual", false) ? "yes" : "");
               }),
               values([](const model::Event& e) {
                 auto it = e.attrs.find("ordinal");
                 return it == e.attrs.end() ? std::string() : it->dump();
               }),
               values([&](const model::Event& e) { return name(e.organ); }), members.size() > 1 ? "yes" : "",
               source_ids(members)});
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_treaties(Context& ctx, const std::string& org_text, const std::string& document) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  auto org = ctx.org(org_text);
  if (!org.ok()) return fail(ctx, org.error());
  query::Sym only = query::k_no_sym;
  if (!document.empty()) {
    auto id = ctx.resolve(document, model::EntityKind::document);
    if (!id.ok()) return fail(ctx, id.error());
    only = (*reg)->sym(*id);
  }
  auto lifecycles = query::treaties(ctx.view(), *org);
  std::erase_if(lifecycles, [&](const query::TreatyLifecycle& t) {
    return only != query::k_no_sym && t.document != only;
  });
  bool csv = ctx.format == Format::csv;
  model::Json json = model::Json::array();
  Table table({"document", "name", "signed", "ratified by", "in force", "other", "sources"});
  std::size_t count = 0;
  for (const auto& t : lifecycles) {
    auto signed_events = fetch(ctx, t.signed_events);
    auto ratified = fetch(ctx, t.ratified_events);
    auto in_force = fetch(ctx, t.in_force_events);
    auto other = fetch(ctx, t.other_events);
    if (!signed_events.ok() || !ratified.ok() || !in_force.ok() || !other.ok()) {
      return fail(ctx, corruption("cannot read the events of " + std::string((*reg)->name(t.document))));
    }
    if (signed_events->empty() && ratified->empty() && in_force->empty() && other->empty()) continue;
    ++count;
    if (ctx.format == Format::json) {
      for (const auto* list : {&*signed_events, &*ratified, &*in_force, &*other}) {
        for (const auto& e : *list) json.push_back(event_json(e));
      }
      continue;
    }
    auto dates = [&](const std::vector<model::Event>& list, bool with_actors) {
      std::string out;
      for (const auto& e : list) {
        if (!out.empty()) out += "; ";
        if (with_actors) out += util::join(e.actors, " ") + " ";
        out += e.date.to_string();
        if (!e.place.empty() && !with_actors) out += " " + (csv ? e.place : ctx.name(e.place));
      }
      return out;
    };
    std::string others;
    for (const auto& e : *other) {
      if (!others.empty()) others += "; ";
      others += std::string(model::to_string(e.type)) + " " + e.date.to_string();
    }
    std::vector<model::Event> all;
    for (const auto* list : {&*signed_events, &*ratified, &*in_force, &*other}) {
      all.insert(all.end(), list->begin(), list->end());
    }
    std::string id((*reg)->name(t.document));
    table.add({id, ctx.name(id), dates(*signed_events, false), dates(*ratified, true),
               dates(*in_force, false), others, source_ids(all)});
  }
  if (ctx.format == Format::json) {
    print_json(ctx, json);
    return count == 0 ? k_nothing_found : k_answered;
  }
  if (count == 0) {
    ctx.err << "igo: no treaty of " << (*reg)->name(*org) << '\n';
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_conflicts(Context& ctx, const std::string& org_text) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  query::Sym org = query::k_no_sym;
  if (!org_text.empty()) {
    auto o = ctx.org(org_text);
    if (!o.ok()) return fail(ctx, o.error());
    org = *o;
  }
  auto found = query::conflicts(ctx.view(), org);
  if (!found.ok()) return fail(ctx, found.error());
  model::Json json = model::Json::array();
  Table table({"kind", "org", "states", "claims"});
  for (const auto& c : *found) {
    auto events = fetch(ctx, c.events);
    if (!events.ok()) return fail(ctx, events.error());
    if (ctx.format == Format::json) {
      model::Json j = model::Json::object();
      j["kind"] = c.kind;
      j["org"] = std::string((*reg)->name(c.org));
      model::Json states = model::Json::array();
      for (auto st : c.states) states.push_back(std::string((*reg)->name(st)));
      j["states"] = std::move(states);
      model::Json evs = model::Json::array();
      for (const auto& e : *events) evs.push_back(event_json(e));
      j["events"] = std::move(evs);
      json.push_back(std::move(j));
      continue;
    }
    std::string claims;
    for (const auto& e : *events) {
      if (!claims.empty()) claims += " | ";
      claims +=
          std::string(model::to_string(e.type)) + " " + e.date.to_string() + " (" + source_ids({e}) + ")";
    }
    std::string states;
    for (auto st : c.states) states += (states.empty() ? "" : " ") + std::string((*reg)->name(st));
    table.add({c.kind, std::string((*reg)->name(c.org)), states, claims});
  }
  if (ctx.format == Format::json) {
    print_json(ctx, json);
    return found->empty() ? k_nothing_found : k_answered;
  }
  if (found->empty()) {
    ctx.err << "igo: no conflicting sources recorded\n";
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

}  // namespace igo::cli
