// Internal to builtin: the registry checks that `scripts/check-data` and the
// build run over the curated data (beyond what import validates).
#pragma once

#include <string>
#include <vector>

#include "query/registry.hpp"

namespace igo::builtin {

// Fails on the first of:
// - an attrs.for, attrs.from or attrs.to that is not a status of the
//   event's organization (data/orgs/<org>.json);
// - a state granted two different standing statuses in one organization on
//   overlapping dates, unless one event declares attrs.conflicts_with the
//   other (a source says so);
// - a state's procedure steps (rules "procedure") out of date order.
// Adds a warning for each event whose organization has no rules of its own.
Status check_registry(const query::Registry& registry, std::vector<std::string>& warnings);

}  // namespace igo::builtin
