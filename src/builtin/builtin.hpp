// builtin: igo's curated registry, built from data/ and carried in the binary.
//
// At build time, igo-pack calls pack_registry(): it reads every JSON Lines
// file under data/ (entities, sources, events) and every rules file under
// data/orgs/, validates them exactly as `igo import` would (all or nothing,
// errors at file:line:column), runs the registry checks (checks.hpp), and
// writes one ledger file. The build embeds that file's bytes in the igo
// binary (image.hpp), so a fresh build answers with no set-up.
//
// open_registry() stacks the built-in image and, optionally, a user's ledger
// file (`--db`), which it opens read-only: queries never change a ledger.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "query/registry.hpp"
#include "util/result.hpp"

namespace igo::builtin {

struct PackReport {
  std::size_t files = 0;
  std::size_t entities = 0;
  std::size_t events = 0;
  std::size_t rules = 0;
  std::size_t blobs = 0;              // files under data/lexicon/
  std::vector<std::string> warnings;  // check findings that do not fail the build
};

// Whether pack_registry runs the registry checks (checks.hpp) after import.
// Tests of the fold itself may build registries the checks would refuse.
enum class Checks : std::uint8_t { enforce, skip };

// Reads data_dir and writes the registry ledger to out_path (replacing it).
// With out_path empty, only validates.
Result<PackReport> pack_registry(const std::string& data_dir, const std::string& out_path,
                                 Checks checks = Checks::enforce);

// The built-in registry layered with an optional user ledger.
Result<std::unique_ptr<query::Registry>> open_registry(std::span<const std::byte> image,
                                                       const std::optional<std::string>& db_path);

}  // namespace igo::builtin
