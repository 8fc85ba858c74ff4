#include "support/support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "builtin/builtin.hpp"
#include "util/file.hpp"

namespace igo::test {

namespace fs = std::filesystem;

fs::path source_dir() { return fs::path(IGO_SOURCE_DIR); }

TempDir::TempDir() {
  static std::mt19937_64 rng(std::random_device{}());
  m_path = fs::temp_directory_path() / ("igo-test-" + std::to_string(rng()));
  fs::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(m_path, ec);
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

std::string read_file(const fs::path& path) {
  auto text = util::read_file(path.string());
  return text.ok() ? std::move(*text) : std::string();
}

std::vector<std::byte> pack(const fs::path& data_dir, builtin::Checks checks) {
  TempDir tmp;
  auto out = tmp.file("registry.db");
  auto report = builtin::pack_registry(data_dir.string(), out, checks);
  if (!report.ok()) {
    ADD_FAILURE() << "packing " << data_dir << " failed: " << report.error().to_string();
    return {};
  }
  auto bytes = read_file(out);
  std::vector<std::byte> image(bytes.size());
  std::memcpy(image.data(), bytes.data(), bytes.size());
  return image;
}

const char* const k_test_rules = R"({"org": "_default",
 "statuses": ["member", "observer", "partner", "applicant"],
 "effects": {"founded": {"grants": "member"}, "joined": {"grants": "member"},
   "observer_granted": {"grants": "observer"}, "partner_granted": {"grants": "partner"},
   "application_submitted": {"grants": "applicant", "track": "procedure"},
   "withdrew": {"ends": true}, "expelled": {"ends": true},
   "suspended": {"suspends": true}, "reinstated": {"reinstates": true},
   "dissolved": {"ends_all": true}, "statuses_merged": {"merges": true}},
 "procedure": {"member": ["application_submitted", "admission_decided", "memorandum_signed", "joined"]}})";

std::vector<std::byte> mini_registry(const std::string& events, const std::string& extra_entities,
                                     builtin::Checks checks) {
  TempDir dir;
  const auto& p = dir.path();
  write_file(p / "registry.json", R"({"name": "test", "recorded_at": "2020-01-01T00:00:00Z"})");
  write_file(p / "orgs/_default.json", k_test_rules);
  std::string entities =
      R"({"kind": "source", "id": "src-a", "title": "Source A", "url": "https://a.example/1", "publisher": "A", "published": null, "language": "en"}
{"kind": "source", "id": "src-b", "title": "Source B", "url": "https://b.example/2", "publisher": "B", "published": null, "language": "en"}
{"kind": "org", "id": "ORG_A", "names": {"en": ["Organization A", "OA"], "ar": ["المنظمة أ"]}}
{"kind": "org", "id": "ORG_B", "names": {"en": ["Organization B"]}}
{"kind": "state", "id": "AAA", "names": {"en": ["Aland"], "ar": ["ألاند"]}, "iso2": "AA"}
{"kind": "state", "id": "BBB", "names": {"en": ["Bland"]}}
{"kind": "state", "id": "CCC", "names": {"en": ["Cland"]}}
{"kind": "state", "id": "DDD", "names": {"en": ["Dland"]}}
{"kind": "state", "id": "EEE", "names": {"en": ["Eland"]}}
{"kind": "place", "id": "capital-a", "country": "AAA", "names": {"en": ["Capital A"]}}
{"kind": "document", "id": "charter-a", "org": "ORG_A", "doc_type": "charter", "names": {"en": ["Charter of A"]}}
)";
  write_file(p / "entities/test.jsonl", entities + extra_entities);
  write_file(p / "events/test.jsonl", events.empty()
                                          ? std::string("# no events\n{\"kind\": \"source\", \"id\": "
                                                        "\"src-empty\", \"title\": \"t\", \"url\": \"u\"}\n")
                                          : events);
  return pack(p, checks);
}

RunResult run_igo(const std::vector<std::string>& args, const std::vector<std::byte>& image,
                  util::Clock& clock) {
  std::ostringstream out;
  std::ostringstream err;
  cli::Env env{std::span<const std::byte>(image.data(), image.size()), &clock};
  int code = cli::run(args, out, err, env);
  return {code, out.str(), err.str()};
}

const std::vector<std::byte>& builtin_image() {
  static const std::vector<std::byte> image = pack(source_dir() / "data");
  return image;
}

std::unique_ptr<query::Registry> open(const std::vector<std::byte>& image,
                                      const std::optional<std::string>& db) {
  auto reg = builtin::open_registry(std::span<const std::byte>(image.data(), image.size()), db);
  if (!reg.ok()) {
    ADD_FAILURE() << reg.error().to_string();
    return nullptr;
  }
  return std::move(reg).value();
}

}  // namespace igo::test
