#include "store/jsonl.hpp"

#include <gtest/gtest.h>

#include "support/support.hpp"

namespace igo::store {
namespace {

Result<JsonlFile> from(std::string content, JsonlLimits limits = {}) {
  return JsonlFile::from_string("f.jsonl", std::move(content), limits);
}

std::vector<std::uint32_t> lines_of(const JsonlFile& file) {
  std::vector<std::uint32_t> lines;
  auto s = file.for_each([&](const JsonlLine& line, model::Json&&) -> Status {
    lines.push_back(line.number);
    return {};
  });
  EXPECT_TRUE(s.ok());
  return lines;
}

TEST(JsonlTest, SkipsBlankAndCommentLinesAndCountsLines) {
  auto f = from("# a note\n{\"a\": 1}\n\n  \n{\"b\": 2}\r\n");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->record_count(), 2U);
  EXPECT_EQ(lines_of(*f), (std::vector<std::uint32_t>{2, 5}));
}

TEST(JsonlTest, AnEmptyFileIsAnError) {
  for (const char* content : {"", "\n\n", "# only a comment\n"}) {
    auto f = from(content);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().to_string(), "f.jsonl: empty file: no records (expected one JSON object per line)");
  }
}

TEST(JsonlTest, InvalidUtf8IsReportedAtItsLineAndColumn) {
  auto f = from("{\"a\": 1}\n{\"name\": \"ab\xC3\x28\"}\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().line(), 2U);
  EXPECT_EQ(f.error().column(), 13U);
  EXPECT_NE(f.error().message().find("invalid UTF-8"), std::string::npos);
}

TEST(JsonlTest, ALineOverTheLimitIsRejectedBeforeParsing) {
  std::string big = "{\"x\": \"" + std::string(2000, 'a') + "\"}\n";
  auto f = from("{}\n" + big, JsonlLimits{1000});
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().line(), 2U);
  EXPECT_NE(f.error().message().find("the limit is 1000 bytes"), std::string::npos);
}

TEST(JsonlTest, MalformedJsonIsReportedAtLineAndColumn) {
  auto f = from("{\"a\": 1}\n{\"date\": 2017-06}\n");
  ASSERT_TRUE(f.ok());
  auto s = f->for_each([](const JsonlLine&, model::Json&&) -> Status { return {}; });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().file(), "f.jsonl");
  EXPECT_EQ(s.error().line(), 2U);
  EXPECT_EQ(s.error().column(), 15U);
  EXPECT_NE(s.error().message().find("malformed JSON"), std::string::npos);
}

TEST(JsonlTest, ANonObjectLineIsAnError) {
  auto f = from("[1, 2]\n");
  ASSERT_TRUE(f.ok());
  auto s = f->for_each([](const JsonlLine&, model::Json&&) -> Status { return {}; });
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("JSON object"), std::string::npos);
}

TEST(JsonlTest, FieldErrorsPointAtTheirKey) {
  std::string line = R"({"id": "x", "date": "2001-02-30", "sources": []})";
  EXPECT_EQ(field_column(line, "date"), 13U);
  EXPECT_EQ(field_column(line, "sources[0].source"), 35U);
  EXPECT_EQ(field_column(line, "missing"), 0U);
  EXPECT_EQ(field_column(R"({"note": "date", "date": "x"})", "date"), 18U);
}

TEST(JsonlTest, ReadsFilesAndReportsMissingOnes) {
  test::TempDir dir;
  auto missing = JsonlFile::read(dir.file("nope.jsonl"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::io_error);
  test::write_file(dir.file("ok.jsonl"), "\xEF\xBB\xBF{\"a\": 1}\n");
  auto ok = JsonlFile::read(dir.file("ok.jsonl"));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->record_count(), 1U);
}

}  // namespace
}  // namespace igo::store
