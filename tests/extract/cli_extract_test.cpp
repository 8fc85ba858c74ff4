// `igo extract` and `igo eval` run in process, as a user runs them.
#include <gtest/gtest.h>

#include <filesystem>

#include "builtin/image.hpp"
#include "support/support.hpp"

namespace igo {
namespace {

namespace fs = std::filesystem;

class CliExtractTest : public ::testing::Test {
 protected:
  test::RunResult run(const std::vector<std::string>& args) {
    auto bytes = builtin::image();
    std::vector<std::byte> image(bytes.begin(), bytes.end());
    return test::run_igo(args, image, clock);
  }
  util::FixedClock clock{*util::parse_timestamp("2026-11-28T12:00:00Z")};
  test::TempDir dir;
};

TEST_F(CliExtractTest, ExtractPrintsGoldRows) {
  test::write_file(dir.file("a.txt"),
                   "وانضمت كل من الهند وباكستان إلى المنظمة في 9 يونيو 2017 في قمة أستانا.");
  auto r = run({"extract", dir.file("a.txt")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("type":"joined")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("actors":["IND","PAK"])"), std::string::npos);
  EXPECT_NE(r.out.find(R"("bytes":[)"), std::string::npos);
}

TEST_F(CliExtractTest, TableMarksTheEvidence) {
  test::write_file(dir.file("a.txt"), "Belarus is expected to join the SCO next year.");
  auto r =
      run({"extract", dir.file("a.txt"), "--format", "table", "--doc-date", "2023-07-04", "--lang", "en"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("[join]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{Belarus}"), std::string::npos);
  EXPECT_NE(r.out.find("(planned)"), std::string::npos);
}

TEST_F(CliExtractTest, ExitCodes) {
  test::write_file(dir.file("none.txt"), "Nothing happened here.");
  EXPECT_EQ(run({"extract", dir.file("none.txt")}).code, 1);
  test::write_file(dir.file("bad.txt"), std::string("Iran \xC3( joined"));
  auto bad = run({"extract", dir.file("bad.txt")});
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("byte 5"), std::string::npos) << bad.err;
  EXPECT_EQ(run({"extract", dir.file("missing.txt")}).code, 2);
  EXPECT_EQ(run({"extract", dir.file("none.txt"), "--doc-date", "2017-13-01"}).code, 2);
  EXPECT_EQ(run({"extract", dir.file("none.txt"), "--lang", "fr"}).code, 2);
  EXPECT_EQ(run({"extract"}).code, 2);
}

TEST_F(CliExtractTest, JsonlFilterReportsBadLinesAndContinues) {
  test::write_file(dir.file("docs.jsonl"),
                   R"({"id": "d1", "text": "India joined the SCO on June 9, 2017.", "lang": "en"})"
                   "\n"
                   "not json\n"
                   R"({"id": "d2", "text": "Iran joined the SCO yesterday.", "date": "2023-07-05"})"
                   "\n"
                   R"({"id": "d3"})"
                   "\n");
  auto r = run({"extract", "--jsonl", dir.file("docs.jsonl")});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find(R"({"doc":"d1","type":"joined")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("doc":"d2")"), std::string::npos);
  EXPECT_NE(r.out.find("2023-07-04"), std::string::npos);
  EXPECT_NE(r.err.find(":2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":4: "), std::string::npos);
}

TEST_F(CliExtractTest, EvalScoresTheSeed) {
  auto seed = (fs::path(IGO_SOURCE_DIR) / "tests/extract/seed").string();
  auto r = run({"eval", "--gold", seed, "--text", seed});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("ar    1     23    23         23       1.000  1.000  1.000"), std::string::npos)
      << r.out;
  auto j = run({"eval", "--gold", seed, "--text", seed, "--format", "json"});
  EXPECT_EQ(j.code, 0);
  auto json = model::Json::parse(j.out);
  EXPECT_EQ(json["overall"]["matched"], 23);
  EXPECT_EQ(run({"eval", "--gold", seed, "--text", dir.file("none.txt")}).code, 2);
}

TEST_F(CliExtractTest, HelpHasExamples) {
  for (const char* cmd : {"extract", "eval"}) {
    auto h = run({cmd, "--help"});
    EXPECT_EQ(h.code, 0) << cmd;
    EXPECT_NE(h.out.find("Example:"), std::string::npos) << cmd;
  }
}

}  // namespace
}  // namespace igo
