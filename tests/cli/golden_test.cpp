// The golden query tests: tests/golden/*.test files, in the style of
// duckdb's sqllogictest. Each file names a registry, may write files, and
// runs igo commands in process, comparing their output and exit code:
//
//   # name: what the file tests
//   registry data              the built-in registry (or tests/golden/registries/<name>)
//   clock 2026-01-01T00:00:00Z the clock for "today" and recorded_at of imports
//   file facts.jsonl           lines up to "EOF" are written to $DIR/facts.jsonl
//   run members SCO --at 2017-06-09 --format csv
//   ----
//   exit 0                     (optional; default 0)
//   stderr: some words         (optional; stderr must contain them)
//   state,name,...             stdout, exactly, up to a blank line
//
// $DIR is the test's temporary directory and $DB is $DIR/user.db.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "builtin/image.hpp"
#include "support/support.hpp"

namespace igo {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split_args(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  bool has = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      has = true;
    } else if (c == ' ' && !quoted) {
      if (has) out.push_back(cur);
      cur.clear();
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push_back(cur);
  return out;
}

std::string substitute(std::string text, const test::TempDir& dir) {
  auto replace = [&](const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
      text.replace(pos, from.size(), to);
    }
  };
  replace("$DB", dir.file("user.db"));
  replace("$DIR", dir.path().string());
  return text;
}

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/golden")) {
    if (e.path().extension() == ".test") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class GoldenTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenTest, Runs) {
  std::ifstream in(GetParam());
  ASSERT_TRUE(in) << GetParam();
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  test::TempDir dir;
  std::vector<std::byte> image;
  util::FixedClock clock(*util::parse_timestamp("2026-11-28T00:00:00Z"));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    std::string where = GetParam().filename().string() + ":" + std::to_string(i + 1);
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("registry ", 0) == 0) {
      auto name = line.substr(9);
      if (name == "data") {
        auto bytes = builtin::image();
        image.assign(bytes.begin(), bytes.end());
      } else {
        image = test::pack(test::source_dir() / "tests/golden/registries" / name);
      }
      continue;
    }
    if (line.rfind("clock ", 0) == 0) {
      auto t = util::parse_timestamp(line.substr(6));
      ASSERT_TRUE(t.ok()) << where;
      clock.set(*t);
      continue;
    }
    if (line.rfind("file ", 0) == 0) {
      std::string content;
      for (++i; i < lines.size() && lines[i] != "EOF"; ++i) content += lines[i] + "\n";
      test::write_file(dir.path() / line.substr(5), substitute(content, dir));
      continue;
    }
    ASSERT_EQ(line.rfind("run ", 0), 0U) << where << ": expected registry, clock, file or run";
    ASSERT_FALSE(image.empty()) << where << ": no registry named before the first run";
    auto args = split_args(substitute(line.substr(4), dir));
    ASSERT_TRUE(i + 1 < lines.size() && lines[i + 1] == "----") << where << ": expected ---- after run";
    int expected_code = 0;
    std::vector<std::string> stderr_parts;
    std::string expected_out;
    bool check_out = false;
    for (i += 2; i < lines.size() && !lines[i].empty(); ++i) {
      const auto& e = lines[i];
      if (e.rfind("exit ", 0) == 0) {
        expected_code = std::stoi(e.substr(5));
      } else if (e.rfind("stderr: ", 0) == 0) {
        stderr_parts.push_back(substitute(e.substr(8), dir));
      } else if (e == "(empty)") {
        check_out = true;
      } else {
        expected_out += substitute(e, dir) + "\n";
        check_out = true;
      }
    }
    auto r = test::run_igo(args, image, clock);
    EXPECT_EQ(r.code, expected_code) << where << ": " << line << "\nstderr: " << r.err
                                     << "\nstdout: " << r.out;
    for (const auto& part : stderr_parts) {
      EXPECT_NE(r.err.find(part), std::string::npos)
          << where << ": stderr lacks \"" << part << "\"\nstderr: " << r.err;
    }
    if (check_out) {
      EXPECT_EQ(r.out, expected_out) << where << ": " << line;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Files, GoldenTest, ::testing::ValuesIn(golden_files()),
                         [](const ::testing::TestParamInfo<fs::path>& param_info) {
                           std::string name = param_info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace igo
