#include "extract/data_dir.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <vector>

#include "model/codec.hpp"
#include "util/file.hpp"

namespace igo::extract {
namespace {

namespace fs = std::filesystem;

Status read_entities(const fs::path& file, std::vector<model::Entity>& out) {
  auto text = util::read_file(file.string());
  if (!text.ok()) return text.error();
  std::istringstream in(*text);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    auto where = file.string() + ":" + std::to_string(number) + ": ";
    auto json = model::Json::parse(line, nullptr, false);
    if (json.is_discarded()) return invalid_argument(where + "malformed JSON");
    auto e = model::entity_from_json(json);
    if (!e.ok()) return invalid_argument(where + e.error().message());
    out.push_back(std::move(*e));
  }
  return {};
}

}  // namespace

Result<std::unique_ptr<Extractor>> build_from_data_dir(const std::string& data_dir) {
  const fs::path data(data_dir);
  std::error_code ec;
  if (!fs::is_directory(data / "entities", ec) || !fs::is_directory(data / "lexicon", ec)) {
    return not_found(data_dir + ": expected a data directory with entities/ and lexicon/");
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(data / "entities")) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // a stable order, whatever the file system's
  std::vector<model::Entity> entities;
  for (const auto& f : files) {
    if (Status s = read_entities(f, entities); !s.ok()) return s.error();
  }
  std::vector<const model::Entity*> pointers;
  pointers.reserve(entities.size());
  for (const auto& e : entities) pointers.push_back(&e);
  std::map<std::string, std::string> blobs;
  for (const auto& entry : fs::recursive_directory_iterator(data / "lexicon")) {
    if (!entry.is_regular_file()) continue;
    auto text = util::read_file(entry.path().string());
    if (!text.ok()) return text.error();
    blobs["lexicon/" + fs::relative(entry.path(), data / "lexicon").generic_string()] = std::move(*text);
  }
  return Extractor::build(pointers, blobs);
}

}  // namespace igo::extract
