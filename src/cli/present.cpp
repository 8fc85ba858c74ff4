#include "cli/present.hpp"

#include <set>

#include "model/codec.hpp"

namespace igo::cli {
namespace {

std::string day_text(util::Day d) { return util::format_day(d); }

std::string claims_text(const std::vector<model::Event>& claims) {
  std::string out;
  for (const auto& e : claims) {
    if (!out.empty()) out += ", ";
    out += e.date.to_string() + " (";
    for (std::size_t i = 0; i < e.sources.size(); ++i) {
      if (i > 0) out += ", ";
      out += e.sources[i].source;
    }
    out += ")";
  }
  return out;
}

std::string status_name(Context& ctx, query::Sym s) {
  if (s == query::k_no_sym) return "none";
  return std::string(ctx.registry().value()->name(s));
}

}  // namespace

std::string transition_date(const std::vector<model::Event>& claims, util::Day lo, util::Day hi) {
  if (claims.empty()) return "";
  bool same = true;
  for (const auto& e : claims) same = same && e.date == claims.front().date;
  if (same) return claims.front().date.to_string();
  for (const auto& e : claims) {
    if (e.date.lo() == lo && e.date.hi() == hi) return e.date.to_string();
  }
  if (lo == hi) return day_text(lo);
  return day_text(lo) + "/" + day_text(hi);
}

Result<std::vector<model::Event>> fetch(Context& ctx, std::span<const std::uint32_t> indices) {
  IGO_TRY_ASSIGN(auto* reg, ctx.registry());
  std::vector<model::Event> out;
  for (auto i : indices) {
    IGO_TRY_ASSIGN(auto e, reg->event(i));
    out.push_back(std::move(e));
  }
  return out;
}

Result<StatusInfo> describe(Context& ctx, const query::Interval& iv, const query::StatusAt* row,
                            util::Day at) {
  const auto& view = ctx.view();
  StatusInfo info;
  info.state = std::string(view.registry().name(iv.state));
  info.status = status_name(ctx, iv.status);
  if (iv.detail != query::k_no_sym) info.detail = status_name(ctx, iv.detail);
  IGO_TRY_ASSIGN(info.start_events, fetch(ctx, view.start_claims(iv)));
  IGO_TRY_ASSIGN(info.end_events, fetch(ctx, view.end_claims(iv)));
  info.since = transition_date(info.start_events, iv.start_lo, iv.start_hi);
  if (!iv.is_open()) info.until = transition_date(info.end_events, iv.end_lo, iv.end_hi);
  if (row == nullptr) return info;
  info.certain = row->certain;
  if (row->certain) return info;
  for (auto s : query::candidates(view, *row)) info.candidates.push_back(status_name(ctx, s));
  std::vector<std::string> why;
  std::string at_text = day_text(at);
  if ((row->reasons & query::k_start_conflict) != 0) {
    why.push_back("sources disagree on when " + info.status + " began: " + claims_text(info.start_events));
  } else if ((row->reasons & query::k_start_imprecise) != 0) {
    why.push_back(info.status + " began " + info.since + ", a date that includes " + at_text);
  }
  if ((row->reasons & query::k_start_uncertain) != 0) {
    why.push_back("the source marks the start date " + info.since + " as uncertain");
  }
  if ((row->reasons & query::k_end_conflict) != 0) {
    why.push_back("sources disagree on when " + info.status + " ended: " + claims_text(info.end_events));
  } else if ((row->reasons & query::k_end_imprecise) != 0) {
    why.push_back(info.status + " ended " + info.until + ", a date that includes " + at_text);
  }
  if ((row->reasons & query::k_end_uncertain) != 0) {
    why.push_back("the source marks the end date " + info.until + " as uncertain");
  }
  for (std::size_t i = 0; i < why.size(); ++i) {
    if (i > 0) info.reason += "; ";
    info.reason += why[i];
  }
  return info;
}

model::Json sources_json(Context& ctx, const std::vector<model::Event>& events) {
  model::Json out = model::Json::array();
  auto* reg = ctx.registry().value();
  for (const auto& e : events) {
    for (const auto& s : e.sources) {
      model::Json item = model::Json::object();
      item["source"] = s.source;
      if (const auto* src = reg->entity(s.source)) {
        item["title"] = src->text("title");
        item["url"] = src->text("url");
        item["publisher"] = src->text("publisher");
      }
      item["quote"] = s.quote;
      item["event"] = e.id;
      out.push_back(std::move(item));
    }
  }
  return out;
}

std::string source_ids(const std::vector<model::Event>& events) {
  std::set<std::string> seen;
  std::string out;
  for (const auto& e : events) {
    for (const auto& s : e.sources) {
      if (!seen.insert(s.source).second) continue;
      if (!out.empty()) out += "; ";
      out += s.source;
    }
  }
  return out;
}

model::Json event_json(const model::Event& event) { return model::to_json(event); }

std::string actor_names(Context& ctx, const model::Event& event) {
  std::string out;
  for (const auto& a : event.actors) {
    if (!out.empty()) out += ", ";
    out += ctx.name(a);
  }
  return out;
}

void print_json(Context& ctx, const model::Json& json) { ctx.out << json.dump(2) << '\n'; }

}  // namespace igo::cli
