#include <algorithm>
#include <filesystem>
#include <fstream>

#include "builtin/builtin.hpp"
#include "builtin/checks.hpp"
#include "ledger/ledger.hpp"
#include "rules/rules.hpp"
#include "store/jsonl.hpp"
#include "util/file.hpp"

namespace igo::builtin {
namespace {

namespace fs = std::filesystem;

Result<model::Json> read_json_file(const fs::path& path) {
  IGO_TRY_ASSIGN(auto text, util::read_file(path.string()));
  try {
    return model::Json::parse(text);
  } catch (const model::Json::parse_error& ex) {
    auto e = invalid_argument(std::string("malformed JSON: ") + ex.what());
    e.at(path.string());
    return e;
  }
}

// Every *.jsonl under dir except the extraction lexicons, in path order.
std::vector<fs::path> data_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".jsonl") continue;
    auto rel = fs::relative(entry.path(), dir).string();
    if (rel.rfind("lexicon", 0) == 0) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Result<PackReport> pack_registry(const std::string& data_dir, const std::string& out_path, Checks checks) {
  fs::path dir(data_dir);
  if (!fs::is_directory(dir)) return not_found("no data directory at " + data_dir);
  PackReport report;

  IGO_TRY_ASSIGN(auto meta, read_json_file(dir / "registry.json"));
  auto default_time_text = meta.value("recorded_at", std::string());
  auto default_time = util::parse_timestamp(default_time_text);
  if (!default_time.ok()) {
    auto e = invalid_argument(default_time.error().message());
    e.at((dir / "registry.json").string()).in_field("recorded_at");
    return e;
  }

  std::vector<store::JsonlFile> files;
  for (const auto& path : data_files(dir)) {
    IGO_TRY_ASSIGN(auto file, store::JsonlFile::read(path.string()));
    files.push_back(std::move(file));
  }
  report.files = files.size();

  util::FixedClock clock(*default_time);
  IGO_TRY_ASSIGN(auto ledger, ledger::Ledger::in_memory(clock, nullptr));
  bool have_default = false;
  for (const auto& entry : fs::directory_iterator(dir / "orgs")) {
    if (entry.path().extension() != ".json") continue;
    IGO_TRY_ASSIGN(auto json, read_json_file(entry.path()));
    auto rules = rules::OrgRules::from_json(json);
    if (!rules.ok()) {
      auto e = rules.error();
      e.at(entry.path().string());
      return e;
    }
    have_default = have_default || rules->org() == "_default";
    IGO_TRY(ledger.file().put_rules(rules->org(), json.dump()));
    ++report.rules;
  }
  if (!have_default) return not_found("data/orgs/_default.json is missing");

  if (fs::is_directory(dir / "lexicon")) {
    std::vector<fs::path> lexicon;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "lexicon")) {
      if (entry.is_regular_file()) lexicon.push_back(entry.path());
    }
    std::sort(lexicon.begin(), lexicon.end());
    for (const auto& path : lexicon) {
      IGO_TRY_ASSIGN(auto body, util::read_file(path.string()));
      IGO_TRY(ledger.file().put_blob(fs::relative(path, dir).generic_string(), body));
      ++report.blobs;
    }
  }

  ledger::ImportOptions options{ledger::Stamp::record_or_default, *default_time};
  IGO_TRY_ASSIGN(auto imported, ledger.import(files, options));
  report.entities = imported.entities;
  report.events = imported.events;

  IGO_TRY_ASSIGN(auto bytes, ledger.file().database().serialize());
  if (checks == Checks::enforce) {
    auto image = std::as_bytes(std::span<const char>(bytes.data(), bytes.size()));
    IGO_TRY_ASSIGN(auto registry, open_registry(image, std::nullopt));
    IGO_TRY(check_registry(*registry, report.warnings));
  }

  if (!out_path.empty()) {
    fs::path tmp = out_path + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out) return io_error("cannot write " + tmp.string());
    }
    std::error_code ec;
    fs::rename(tmp, out_path, ec);
    if (ec) return io_error("cannot rename " + tmp.string() + " to " + out_path + ": " + ec.message());
  }
  return report;
}

Result<std::unique_ptr<query::Registry>> open_registry(std::span<const std::byte> image,
                                                       const std::optional<std::string>& db_path) {
  std::vector<query::LayerSpec> layers;
  IGO_TRY_ASSIGN(auto base, store::LedgerFile::open_image(image));
  layers.push_back({"built-in registry", std::move(base)});
  if (db_path) {
    if (!fs::exists(*db_path)) {
      return not_found("no ledger file at " + *db_path + " (create one with `igo import FILE --db " +
                       *db_path + "`)");
    }
    IGO_TRY_ASSIGN(auto user, store::LedgerFile::open(*db_path, store::OpenMode::read_only));
    layers.push_back({*db_path, std::move(user)});
  }
  return query::Registry::open(std::move(layers));
}

}  // namespace igo::builtin
