// Shared test helpers: temporary directories, files, and registries built
// from data written by the test (through the same pack path as data/).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "builtin/builtin.hpp"
#include "cli/cli.hpp"
#include "query/registry.hpp"
#include "util/time.hpp"

namespace igo::test {

std::filesystem::path source_dir();

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::string file(const std::string& name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

void write_file(const std::filesystem::path& path, const std::string& content);
std::string read_file(const std::filesystem::path& path);

// Packs a data directory (data/ layout) into ledger bytes, or fails the test.
std::vector<std::byte> pack(const std::filesystem::path& data_dir,
                            builtin::Checks checks = builtin::Checks::enforce);

// The rules every test registry uses unless it writes its own: statuses
// member, observer, partner, applicant, with every effect kind.
extern const char* const k_test_rules;

// A small data directory: sources, states AAA..EEE (and CHN, IND), an org
// ORG_A and ORG_B, a place, plus `events` (JSON Lines) as events/test.jsonl.
// Returns the packed image.
std::vector<std::byte> mini_registry(const std::string& events, const std::string& extra_entities = "",
                                     builtin::Checks checks = builtin::Checks::enforce);

// Runs the igo command in process.
struct RunResult {
  int code = 0;
  std::string out;
  std::string err;
};
RunResult run_igo(const std::vector<std::string>& args, const std::vector<std::byte>& image,
                  util::Clock& clock);

// The built-in registry of the build (data/), packed once per process.
const std::vector<std::byte>& builtin_image();

std::unique_ptr<query::Registry> open(const std::vector<std::byte>& image,
                                      const std::optional<std::string>& db = std::nullopt);

}  // namespace igo::test
