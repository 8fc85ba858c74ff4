// The registry checks that `scripts/check-data` and the build run over the
// curated data, and the packing of a data directory.
#include <gtest/gtest.h>

#include "builtin/builtin.hpp"
#include "support/support.hpp"

namespace igo::builtin {
namespace {

std::string ev(const std::string& id, const std::string& type, const std::string& date,
               const std::string& actors, const std::string& extra = "") {
  return R"({"id": ")" + id + R"(", "type": ")" + type + R"(", "date": ")" + date +
         R"(", "org": "ORG_A", "actors": [)" + actors + "]" + extra +
         R"(, "sources": [{"source": "src-a", "quote": ""}]})" + "\n";
}

// Writes the mini registry's data directory with these events and packs it.
Result<PackReport> check(const std::string& events) {
  test::TempDir dir;
  test::write_file(dir.path() / "registry.json", R"({"recorded_at": "2020-01-01T00:00:00Z"})");
  test::write_file(dir.path() / "orgs/_default.json", test::k_test_rules);
  test::write_file(dir.path() / "entities/e.jsonl",
                   R"({"kind": "source", "id": "src-a", "title": "A", "url": "https://a.example"}
{"kind": "org", "id": "ORG_A", "names": {"en": ["A"]}}
{"kind": "state", "id": "AAA", "names": {"en": ["Aland"]}}
)");
  test::write_file(dir.path() / "events/e.jsonl", events);
  return pack_registry(dir.path().string(), "");
}

TEST(ChecksTest, ACleanRegistryPasses) {
  auto r = check(ev("o", "observer_granted", "2005-07-05", R"("AAA")") +
                 ev("j", "joined", "2017-06-09", R"("AAA")"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->events, 2U);
  EXPECT_EQ(r->rules, 1U);
}

TEST(ChecksTest, TwoStatusesAtOnceAreRefusedUnlessASourceSaysSo) {
  auto r =
      check(ev("o", "observer_granted", "1967-03-31", R"("AAA")") + ev("j", "joined", "1967", R"("AAA")"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("AAA would hold two statuses at once in ORG_A"), std::string::npos)
      << r.error().message();
  auto disputed =
      check(ev("o", "observer_granted", "1967-03-31", R"("AAA")", R"(, "attrs": {"conflicts_with": ["j"]})") +
            ev("j", "joined", "1967", R"("AAA")", R"(, "attrs": {"conflicts_with": ["o"]})"));
  EXPECT_TRUE(disputed.ok()) << disputed.error().to_string();
}

TEST(ChecksTest, ProcedureStepsMustBeInDateOrder) {
  auto r = check(ev("a", "application_submitted", "2018", R"("AAA")", R"(, "attrs": {"for": "member"})") +
                 ev("j", "joined", "2017-06-09", R"("AAA")"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("procedure steps of AAA in ORG_A are out of order"), std::string::npos)
      << r.error().message();
}

TEST(ChecksTest, StatusesNamedByEventsMustExistInTheRules) {
  auto r = check(ev("a", "application_submitted", "2018", R"("AAA")", R"(, "attrs": {"for": "friend"})"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("names status \"friend\""), std::string::npos) << r.error().message();
}

TEST(ChecksTest, PackingReportsMissingAndMalformedFiles) {
  test::TempDir dir;
  auto missing = pack_registry(dir.file("nope"), "");
  EXPECT_EQ(missing.error().code(), ErrorCode::not_found);
  test::write_file(dir.path() / "registry.json", R"({"recorded_at": "yesterday"})");
  auto bad_time = pack_registry(dir.path().string(), "");
  ASSERT_FALSE(bad_time.ok());
  EXPECT_EQ(bad_time.error().field(), "recorded_at");
  test::write_file(dir.path() / "registry.json", R"({"recorded_at": "2020-01-01T00:00:00Z"})");
  test::write_file(dir.path() / "orgs/_default.json", R"({"org": "_default", "statuses": []})");
  auto bad_rules = pack_registry(dir.path().string(), "");
  ASSERT_FALSE(bad_rules.ok());
  EXPECT_NE(bad_rules.error().to_string().find("_default.json: field `statuses`"), std::string::npos)
      << bad_rules.error().to_string();
}

TEST(ChecksTest, TheCuratedRegistryPassesEveryCheck) {
  auto r = pack_registry((test::source_dir() / "data").string(), "");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_GT(r->events, 150U);
}

}  // namespace
}  // namespace igo::builtin
