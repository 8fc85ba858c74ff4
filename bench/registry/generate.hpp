// Writes a synthetic ledger for the scale benchmarks: `orgs` organizations,
// `states` states, and about `events` status events spread over them
// (applications, observer grants, accessions, suspensions, withdrawals,
// some dated to the year only), plus the default rules.
#pragma once

#include <cstddef>
#include <string>

#include "util/result.hpp"

namespace igo::bench {

struct GeneratedLedger {
  std::size_t events = 0;
  std::size_t status_events = 0;
};

Result<GeneratedLedger> generate_ledger(const std::string& path, std::size_t orgs, std::size_t states,
                                        std::size_t events, unsigned seed);

}  // namespace igo::bench
