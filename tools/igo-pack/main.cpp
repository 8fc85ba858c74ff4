// igo-pack: builds the built-in registry from data/ (used by the build, and
// by scripts/check-data with --check to validate without writing).
#include <iostream>
#include <string>

#include "builtin/builtin.hpp"

int main(int argc, char** argv) {
  std::string data_dir;
  std::string out;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-o" && i + 1 < argc) {
      out = argv[++i];
    } else if (arg == "--check") {
      check = true;
    } else if (data_dir.empty() && arg.rfind('-', 0) != 0) {
      data_dir = arg;
    } else {
      std::cerr << "usage: igo-pack DATA_DIR (-o REGISTRY_DB | --check)\n";
      return 2;
    }
  }
  if (data_dir.empty() || (out.empty() && !check)) {
    std::cerr << "usage: igo-pack DATA_DIR (-o REGISTRY_DB | --check)\n";
    return 2;
  }
  auto report = igo::builtin::pack_registry(data_dir, check ? "" : out);
  if (!report.ok()) {
    std::cerr << "igo-pack: " << report.error().to_string() << '\n';
    return 2;
  }
  for (const auto& w : report->warnings) std::cerr << "igo-pack: warning: " << w << '\n';
  std::cerr << "igo-pack: " << report->files << " files, " << report->entities << " entities, "
            << report->events << " events, " << report->rules << " rules files"
            << (check ? ": the registry is valid" : ", written to " + out) << '\n';
  return 0;
}
