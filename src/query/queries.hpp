// The questions igo answers, over one View (one transaction time).
//
// Every function is read-only and allocation-light; the ones on the hot path
// (statuses_at) fill a caller's vector so that a loop of as-of queries
// allocates nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/view.hpp"

namespace igo::query {

// Why a status answer is not certain (bits).
enum Reason : std::uint8_t {
  k_reason_none = 0,
  k_start_imprecise = 1,  // the day falls inside the imprecise date of the start
  k_start_conflict = 2,   // sources disagree on the start
  k_start_uncertain = 4,  // the start's date is marked `?`
  k_end_imprecise = 8,
  k_end_conflict = 16,
  k_end_uncertain = 32,
};

struct StatusAt {
  Sym state = k_no_sym;
  Sym status = k_no_sym;
  const Interval* interval = nullptr;
  bool certain = false;
  std::uint8_t reasons = k_reason_none;
};

// How an interval relates to day `at`: nullopt when it surely does not hold.
std::optional<StatusAt> status_on(const Interval& interval, util::Day at);

// Every status in `org` on day `at` on a track, sorted by state; a state may
// have more than one row when the day falls where its status changes at an
// imprecise or disputed date. `out` is cleared first.
void statuses_at(const View& view, Sym org, util::Day at, rules::Track track, std::vector<StatusAt>& out);
// The rows of statuses_at whose status is `status` (e.g. "member").
std::vector<StatusAt> with_status(const View& view, Sym org, util::Day at, Sym status);

// The other statuses the state may hold when a row is uncertain: the status
// before the interval (for a start issue) or after it (for an end issue);
// k_no_sym stands for "none".
std::vector<Sym> candidates(const View& view, const StatusAt& row);

struct HistoryOf {
  std::vector<const Interval*> intervals;  // by organization, then start
  std::vector<std::uint32_t> events;       // events naming the state, by date
};
HistoryOf history(const View& view, Sym state, Sym org_filter = k_no_sym);

struct EventFilter {
  Sym org = k_no_sym;
  std::optional<model::EventType> type;
  Sym actor = k_no_sym;
  std::optional<util::Day> from;  // events that may have happened on or after
  std::optional<util::Day> to;    // ... on or before
};
// Visible events matching the filter, ordered by date (lo, hi), then load order.
std::vector<std::uint32_t> events(const View& view, const EventFilter& filter);

struct OverlapRow {
  Sym state = k_no_sym;
  StatusAt first;
  StatusAt second;
  bool certain = false;
};
// States holding `status1` in org1 and `status2` in org2 on day `at`
// (k_no_sym: any standing status).
std::vector<OverlapRow> overlap(const View& view, Sym org1, Sym org2, util::Day at, Sym status1, Sym status2);

struct DiffRow {
  Sym state = k_no_sym;
  std::optional<StatusAt> before;  // nullopt: no status
  std::optional<StatusAt> after;
};
// States whose standing status differs between day `from` and day `to`.
std::vector<DiffRow> diff(const View& view, Sym org, util::Day from, util::Day to);

struct TreatyLifecycle {
  Sym document = k_no_sym;
  std::vector<std::uint32_t> signed_events;
  std::vector<std::uint32_t> ratified_events;
  std::vector<std::uint32_t> in_force_events;
  std::vector<std::uint32_t> other_events;  // adopted, memoranda naming it
};
// Documents of `org` (by the documents' own org or the events' org), in the
// order they were first signed or adopted.
std::vector<TreatyLifecycle> treaties(const View& view, Sym org);

struct Conflict {
  std::string kind;  // "status start", "status end", "declared"
  Sym org = k_no_sym;
  std::vector<Sym> states;            // the states whose status it affects (status conflicts)
  std::vector<std::uint32_t> events;  // the claims, by date
};
// Where sources disagree: status transitions dated differently by different
// sources (one entry for all the states the same claims concern), and groups
// of events linked by attrs.conflicts_with that are not already listed.
Result<std::vector<Conflict>> conflicts(const View& view, Sym org_filter = k_no_sym);

}  // namespace igo::query
