// Internal to cli: turning query results into what users read: names in
// --lang, EDTF dates, the reasons an answer is uncertain, and sources with
// their titles, URLs and quotes.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "model/event.hpp"
#include "model/json.hpp"

namespace igo::cli {

struct StatusInfo {
  std::string state;
  std::string status;
  std::string detail;  // what an applicant applied for; the status before a merge or suspension
  std::string since;   // EDTF
  std::string until;   // EDTF, "" while the status lasts
  bool certain = true;
  std::vector<std::string> candidates;  // "none" for no status
  std::string reason;                   // why it is uncertain
  std::vector<model::Event> start_events;
  std::vector<model::Event> end_events;
};

Result<StatusInfo> describe(Context& ctx, const query::Interval& interval, const query::StatusAt* at_row,
                            util::Day at);

// The EDTF of a transition: the claims' common date, or the hull of their
// ranges when they differ.
std::string transition_date(const std::vector<model::Event>& claims, util::Day lo, util::Day hi);

// [{"source", "title", "url", "publisher", "quote", "event"}] for the events.
model::Json sources_json(Context& ctx, const std::vector<model::Event>& events);
// "src-a; src-b" (each source once).
std::string source_ids(const std::vector<model::Event>& events);

// DESIGN's event object with recorded_at, as `events`, `summits`, `treaties` print it.
model::Json event_json(const model::Event& event);
// One line for tables: actors' names joined.
std::string actor_names(Context& ctx, const model::Event& event);

// Fetches the full events behind indices.
Result<std::vector<model::Event>> fetch(Context& ctx, std::span<const std::uint32_t> indices);

void print_json(Context& ctx, const model::Json& json);

}  // namespace igo::cli
