#include "corpus.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "model/codec.hpp"

namespace igo::fuzz {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::unique_ptr<extract::Extractor> build() {
  fs::path data = fs::path(IGO_SOURCE_DIR) / "data";
  static std::vector<model::Entity> entities;
  for (const auto& entry : fs::directory_iterator(data / "entities")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::istringstream in(slurp(entry.path()));
    std::string line;
    while (std::getline(in, line)) {
      auto start = line.find_first_not_of(" \t\r");
      if (start == std::string::npos || line[start] == '#') continue;
      auto e = model::entity_from_json(model::Json::parse(line));
      if (e.ok()) entities.push_back(std::move(*e));
    }
  }
  std::vector<const model::Entity*> pointers;
  for (const auto& e : entities) pointers.push_back(&e);
  std::map<std::string, std::string> blobs;
  for (const auto& entry : fs::recursive_directory_iterator(data / "lexicon")) {
    if (entry.is_regular_file()) {
      blobs["lexicon/" + fs::relative(entry.path(), data / "lexicon").generic_string()] = slurp(entry.path());
    }
  }
  auto x = extract::Extractor::build(pointers, blobs);
  if (!x.ok()) {
    std::fprintf(stderr, "fuzz: %s\n", x.error().to_string().c_str());
    std::abort();
  }
  return std::move(*x);
}

}  // namespace

const extract::Extractor& extractor() {
  static const std::unique_ptr<extract::Extractor> k_x = build();
  return *k_x;
}

}  // namespace igo::fuzz
