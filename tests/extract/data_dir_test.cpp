// extract::build_from_data_dir: the extractor of the tests, fuzzers and
// benchmarks, read from a data/ directory, and its errors.
#include "extract/data_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/support.hpp"

namespace igo::test {
namespace {

namespace fs = std::filesystem;

// A copy of the source tree's entities and lexicons with one more entity
// file of our own.
void make_data(const TempDir& dir, const std::string& extra) {
  fs::copy(fs::path(IGO_SOURCE_DIR) / "data/lexicon", dir.path() / "lexicon", fs::copy_options::recursive);
  fs::copy(fs::path(IGO_SOURCE_DIR) / "data/entities", dir.path() / "entities", fs::copy_options::recursive);
  write_file(dir.path() / "entities/zz_extra.jsonl", extra);
}

TEST(DataDirTest, TheSourceTreeBuildsAndReadsANewEntity) {
  TempDir dir;
  // A made-up organization only this file names.
  make_data(dir,
            "# a comment\n\n"
            R"({"kind": "org", "id": "ZZO", "names": {"en": ["Zebra Cooperation Forum", "ZCF"]}})"
            "\n");
  auto x = extract::build_from_data_dir(dir.path().string());
  ASSERT_TRUE(x.ok()) << x.error().to_string();
  auto ms = (*x)->extract("India joined the Zebra Cooperation Forum on 9 June 2017.", {});
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 1U);
  EXPECT_EQ((*ms)[0].org, "ZZO");
  EXPECT_EQ((*ms)[0].actors, (std::vector<std::string>{"IND"}));
}

TEST(DataDirTest, ABadEntityLineNamesItsFileAndLine) {
  TempDir dir;
  make_data(dir, R"({"kind": "org", "id": "ZZO", "names": {"en": ["Zebra Cooperation Forum"]}})"
                 "\n{not json\n");
  auto x = extract::build_from_data_dir(dir.path().string());
  ASSERT_FALSE(x.ok());
  EXPECT_NE(x.error().message().find("zz_extra.jsonl:2: malformed JSON"), std::string::npos)
      << x.error().message();
}

TEST(DataDirTest, ADirectoryWithoutDataIsNotFound) {
  TempDir dir;
  auto x = extract::build_from_data_dir(dir.path().string());
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.error().code(), ErrorCode::not_found);
  EXPECT_NE(x.error().message().find("entities/ and lexicon/"), std::string::npos);
}

}  // namespace
}  // namespace igo::test
