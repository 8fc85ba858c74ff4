// Every kind of bad input to `igo import`: a clear error naming where and
// what was expected, exit code 2, and nothing stored.
#include <gtest/gtest.h>

#include <filesystem>

#include "store/ledger_file.hpp"
#include "support/support.hpp"

namespace igo {
namespace {

namespace fs = std::filesystem;

class BadInputTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_image = new std::vector<std::byte>(test::mini_registry("")); }
  static void TearDownTestSuite() {
    delete s_image;
    s_image = nullptr;
  }

  test::RunResult import(const std::string& content, const std::string& db) {
    test::write_file(dir.file("in.jsonl"), content);
    return test::run_igo({"import", dir.file("in.jsonl"), "--db", db}, *s_image, clock);
  }
  std::int64_t events_in(const std::string& db) {
    auto f = store::LedgerFile::open(db, store::OpenMode::read_only);
    EXPECT_TRUE(f.ok());
    return f.ok() ? *f->event_count() : -1;
  }
  // Checks the error, then that neither a fresh ledger nor an existing one
  // kept anything.
  void expect_rejected(const std::string& content, const std::string& expected_error) {
    auto fresh = dir.file("fresh.db");
    auto r = import(content, fresh);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find(expected_error), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was imported"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(fresh)) << "a failed import left a ledger file";
    auto existing = dir.file("existing.db");
    auto ok = import(k_good, existing);
    ASSERT_EQ(ok.code, 0) << ok.err;
    auto before = events_in(existing);
    auto again = import(content, existing);
    EXPECT_EQ(again.code, 2);
    EXPECT_EQ(events_in(existing), before);
  }

  static constexpr const char* k_good =
      R"({"id": "good-1", "type": "joined", "date": "2001", "org": "ORG_A", "actors": ["AAA"], "sources": [{"source": "src-a", "quote": ""}]})"
      "\n";
  static std::vector<std::byte>* s_image;
  test::TempDir dir;
  util::FixedClock clock{1'000'000};
};

std::vector<std::byte>* BadInputTest::s_image = nullptr;

std::string event_with(const std::string& date, const std::string& extra = "") {
  return R"({"id": "e1", "type": "joined", "date": ")" + date + R"(", "org": "ORG_A", "actors": ["AAA"])" +
         extra + "}\n";
}

const std::string k_src = R"(, "sources": [{"source": "src-a", "quote": ""}])";

TEST_F(BadInputTest, InvalidUtf8) {
  expect_rejected(k_good + std::string("{\"id\": \"x\xC3\x28\"}\n"), "in.jsonl:2:10: invalid UTF-8");
}

TEST_F(BadInputTest, MalformedJson) {
  expect_rejected(std::string(k_good) + "{\"id\": \"x\", \"type\": joined}\n",
                  "in.jsonl:2:21: malformed JSON: syntax error while parsing value - invalid literal");
}

TEST_F(BadInputTest, UnknownId) {
  expect_rejected(
      R"({"id": "e1", "type": "joined", "date": "2001", "org": "ORG_A", "actors": ["ZZZ"])" + k_src + "}\n",
      "in.jsonl:1:64: field `actors[0]`: unknown id \"ZZZ\" (expected a known state or org)");
}

TEST_F(BadInputTest, ImpossibleDate) {
  expect_rejected(
      event_with("2001-02-30", k_src),
      "in.jsonl:1:32: field `date`: invalid EDTF date \"2001-02-30\": day 30 does not exist in 2001-02");
}

TEST_F(BadInputTest, MissingSource) {
  expect_rejected(std::string(k_good) + event_with("2001"),
                  "in.jsonl:2:1: field `sources`: missing: every event needs at least one source");
}

TEST_F(BadInputTest, EmptyFile) { expect_rejected("\n# nothing\n", "in.jsonl: empty file: no records"); }

TEST_F(BadInputTest, TenMegabyteLine) {
  std::string note(std::size_t{10} * 1024 * 1024, 'x');
  expect_rejected(std::string(k_good) + R"({"id": "big", "note": ")" + note + "\"}\n",
                  "in.jsonl:2:1: line is 10485785 bytes long; the limit is 1048576 bytes per record");
}

TEST_F(BadInputTest, AMissingFileIsReported) {
  auto r = test::run_igo({"import", dir.file("nope.jsonl"), "--db", dir.file("x.db")}, *s_image, clock);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nope.jsonl: cannot open the file for reading"), std::string::npos) << r.err;
}

TEST_F(BadInputTest, ImportNeedsADb) {
  test::write_file(dir.file("in.jsonl"), k_good);
  auto r = test::run_igo({"import", dir.file("in.jsonl")}, *s_image, clock);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("import needs --db FILE"), std::string::npos);
}

}  // namespace
}  // namespace igo
