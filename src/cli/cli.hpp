// cli: the `igo` command as a library, so that every command can be run in
// process by a test (tests/golden) exactly as a user runs it.
//
// run() parses the arguments (CLI11), runs one command and returns the exit
// code: 0 answered, 1 nothing found, 2 bad input or usage. Output goes to
// `out`; errors and notes to `err`. Nothing is written to a ledger except by
// `igo import`, which is all-or-nothing.
#pragma once

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "util/time.hpp"

namespace igo::cli {

enum ExitCode : int { k_answered = 0, k_nothing_found = 1, k_bad_input = 2 };

struct Env {
  std::span<const std::byte> builtin_image;  // the built-in registry's ledger bytes
  util::Clock* clock = nullptr;              // "today" and recorded_at of imports
};

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Env& env);
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, const Env& env);

}  // namespace igo::cli
