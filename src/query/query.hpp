// query: the answers igo gives, derived from the ledgers.
//
// - registry.hpp  Registry: the layered ledgers (built-in + a user's) loaded
//                 for querying; entities, compact event records, rules
// - view.hpp      View: the registry at one transaction time (--known-at),
//                 folded into status intervals
// - queries.hpp   statuses and members as of a day (three-valued: certain,
//                 or uncertain with candidates and reasons), history,
//                 events, overlap, diff, treaty lifecycles, conflicts
//
// Depends on ledger's store, rules, model and util. Read-only: nothing here
// appends to a ledger.
#pragma once

#include "query/queries.hpp"
#include "query/registry.hpp"
#include "query/view.hpp"
