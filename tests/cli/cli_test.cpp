// The igo command's surface: help, usage errors and exit codes, formats.
#include <gtest/gtest.h>

#include "builtin/image.hpp"
#include "support/support.hpp"

namespace igo {
namespace {

class CliTest : public ::testing::Test {
 protected:
  test::RunResult run(const std::vector<std::string>& args) {
    auto bytes = builtin::image();
    std::vector<std::byte> image(bytes.begin(), bytes.end());
    return test::run_igo(args, image, clock);
  }
  util::FixedClock clock{*util::parse_timestamp("2026-11-28T12:00:00Z")};
};

TEST_F(CliTest, HelpExplainsEveryCommandWithExamples) {
  auto r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const char* cmd : {"members", "history", "timeline", "events", "summits", "treaties", "overlap",
                          "diff", "show", "sources", "import", "export", "conflicts", "--known-at", "--db",
                          "--format", "--lang", "Exit codes"}) {
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
  }
  for (const char* cmd : {"members", "history", "timeline", "events", "summits", "treaties", "overlap",
                          "diff", "show", "sources", "import", "export", "conflicts"}) {
    auto h = run({cmd, "--help"});
    EXPECT_EQ(h.code, 0) << cmd;
    EXPECT_NE(h.out.find("Example:"), std::string::npos) << cmd;
    EXPECT_NE(h.out.find(std::string("igo ") + cmd), std::string::npos) << cmd;
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run({}).code, 2);
  EXPECT_EQ(run({"frobnicate"}).code, 2);
  EXPECT_EQ(run({"members"}).code, 2);
  auto bad_date = run({"members", "SCO", "--at", "2017-02-30"});
  EXPECT_EQ(bad_date.code, 2);
  EXPECT_NE(bad_date.err.find("--at needs a day YYYY-MM-DD"), std::string::npos);
  auto bad_org = run({"members", "XYZ"});
  EXPECT_EQ(bad_org.code, 2);
  EXPECT_NE(bad_org.err.find("unknown org \"XYZ\""), std::string::npos);
  EXPECT_EQ(run({"members", "SCO", "--format", "xml"}).code, 2);
  EXPECT_EQ(run({"members", "SCO", "--lang", "fr"}).code, 2);
  EXPECT_EQ(run({"members", "SCO", "--known-at", "soon"}).code, 2);
  EXPECT_EQ(run({"members", "SCO", "--status", "friend"}).code, 2);
  auto missing_db = run({"members", "SCO", "--db", "/nonexistent/x.db"});
  EXPECT_EQ(missing_db.code, 2);
  EXPECT_NE(missing_db.err.find("no ledger file at /nonexistent/x.db"), std::string::npos);
}

TEST_F(CliTest, NothingFoundExitsOne) {
  auto r = run({"members", "SCO", "--at", "1990-01-01"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("no member of SCO on 1990-01-01"), std::string::npos);
  EXPECT_EQ(run({"members", "SCO", "--at", "1990-01-01", "--format", "json"}).out, "[]\n");
}

TEST_F(CliTest, MembersAsJsonCarryTheFieldsResearchersNeed) {
  auto r = run({"members", "SCO", "--at", "2017-06-09", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto rows = model::Json::parse(r.out);
  ASSERT_TRUE(rows.is_array());
  ASSERT_EQ(rows.size(), 8U);
  for (const auto& row : rows) {
    EXPECT_TRUE(row["state"].is_string());
    EXPECT_EQ(row["state"].get<std::string>().size(), 3U);
    EXPECT_EQ(row["status"], "member");
    EXPECT_TRUE(util::Date::parse(row["since"].get<std::string>()).ok()) << row["since"];
    EXPECT_TRUE(row["certain"].is_boolean());
    ASSERT_TRUE(row["sources"].is_array());
    ASSERT_FALSE(row["sources"].empty());
    EXPECT_FALSE(row["sources"][0]["url"].get<std::string>().empty());
  }
}

TEST_F(CliTest, NamesFollowLang) {
  auto ar = run({"members", "SCO", "--at", "2017-06-09", "--lang", "ar", "--format", "csv"});
  ASSERT_EQ(ar.code, 0);
  EXPECT_NE(ar.out.find("الهند"), std::string::npos);
  auto zh = run({"members", "SCO", "--at", "2017-06-09", "--lang", "zh", "--format", "csv"});
  EXPECT_NE(zh.out.find("印度"), std::string::npos);
  // Users may name things in any language.
  auto by_name = run({"history", "الهند", "--org", "منظمة شانغهاي للتعاون", "--format", "csv"});
  EXPECT_EQ(by_name.code, 0) << by_name.err;
}

TEST_F(CliTest, EventsPrintDesignsEventObjectsWithRecordedAt) {
  auto r = run({"events", "--org", "SCO", "--type", "joined", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto events = model::Json::parse(r.out);
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    for (const char* key : {"id", "type", "date", "org", "actors", "place", "organ", "document", "attrs",
                            "sources", "note", "recorded_at"}) {
      EXPECT_TRUE(e.contains(key)) << key;
    }
    EXPECT_EQ(e["type"], "joined");
  }
}

TEST_F(CliTest, ImportedFactsLayerOverTheBuiltInRegistryWhichNeverChanges) {
  test::TempDir dir;
  test::write_file(
      dir.file("mine.jsonl"),
      R"({"kind": "source", "id": "src-mine", "title": "My note", "url": "https://example.org/note"}
{"id": "mine-1", "type": "application_submitted", "date": "2026-10", "org": "SCO", "actors": ["LAO"], "attrs": {"for": "member"}, "sources": [{"source": "src-mine", "quote": "Laos applied"}]}
)");
  auto before = run({"export"}).out;
  auto imported = run({"import", dir.file("mine.jsonl"), "--db", dir.file("my.db")});
  ASSERT_EQ(imported.code, 0) << imported.err;
  EXPECT_EQ(imported.out, "imported 1 entities and 1 events into " + dir.file("my.db") +
                              " (recorded_at 2026-11-28T12:00:00Z)\n");
  auto applicants =
      run({"members", "SCO", "--status", "applicant", "--db", dir.file("my.db"), "--format", "csv"});
  EXPECT_EQ(applicants.code, 0) << applicants.err;
  EXPECT_NE(applicants.out.find("LAO,Laos,applicant,2026-10,true"), std::string::npos) << applicants.out;
  EXPECT_EQ(run({"members", "SCO", "--status", "applicant", "--format", "csv"}).out.find("LAO"),
            std::string::npos);
  EXPECT_EQ(run({"members", "SCO", "--status", "applicant", "--db", dir.file("my.db"), "--known-at",
                 "2026-11-27", "--format", "csv"})
                .out.find("LAO"),
            std::string::npos);
  EXPECT_EQ(run({"export"}).out, before);
  auto mine = run({"export", "--db", dir.file("my.db"), "--only-db"});
  EXPECT_EQ(mine.code, 0);
  EXPECT_NE(mine.out.find("\"recorded_at\":\"2026-11-28T12:00:00Z\""), std::string::npos);
}

}  // namespace
}  // namespace igo
