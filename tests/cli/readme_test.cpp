// The README's example sessions, run: every `$ build/igo ...` line in a code
// block of README.md must print what the README shows under it (a block that
// ends with "..." shows only the first lines). A file the README `cat`s
// before (news.txt) is written from the block's text. The import example
// needs files the README does not show, so it is left to the CLI tests.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "builtin/image.hpp"
#include "support/support.hpp"

namespace igo {
namespace {

struct Example {
  std::string command;  // after "$ "
  std::vector<std::string> output;
};

std::vector<Example> examples(const std::string& readme) {
  std::vector<Example> out;
  std::istringstream in(readme);
  std::string line;
  bool in_block = false;
  Example* cur = nullptr;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      in_block = !in_block;
      cur = nullptr;
      continue;
    }
    if (!in_block) continue;
    if (line.rfind("$ ", 0) == 0) {
      out.push_back({line.substr(2), {}});
      cur = &out.back();
    } else if (cur != nullptr) {
      cur->output.push_back(line);
    }
  }
  for (auto& e : out) {
    while (!e.output.empty() && e.output.back().empty()) e.output.pop_back();
  }
  return out;
}

std::vector<std::string> words(const std::string& command) {
  std::vector<std::string> w;
  std::istringstream in(command);
  std::string word;
  while (in >> word) w.push_back(word);
  return w;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> v;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) v.push_back(line);
  return v;
}

TEST(ReadmeTest, EveryExampleSessionPrintsWhatTheReadmeShows) {
  auto all = examples(test::read_file(test::source_dir() / "README.md"));
  test::TempDir dir;
  auto bytes = builtin::image();
  std::vector<std::byte> image(bytes.begin(), bytes.end());
  util::FixedClock clock{*util::parse_timestamp("2026-11-28T12:00:00Z")};
  int checked = 0;
  for (const auto& e : all) {
    auto w = words(e.command);
    if (w.size() == 2 && w[0] == "cat") {  // the file the next example reads
      test::write_file(dir.path() / w[1], e.output.empty() ? "" : e.output.front() + "\n");
      continue;
    }
    if (w.empty() || w[0] != "build/igo" || e.command.find(" import ") != std::string::npos) continue;
    std::vector<std::string> args(w.begin() + 1, w.end());
    for (auto& a : args) {
      if (a.size() > 4 && a.substr(a.size() - 4) == ".txt") a = dir.file(a);
    }
    auto r = test::run_igo(args, image, clock);
    EXPECT_EQ(r.code, 0) << e.command << "\n" << r.err;
    auto got = lines(r.out);
    auto want = e.output;
    if (!want.empty() && want.back() == "...") {
      want.pop_back();
      if (got.size() > want.size()) got.resize(want.size());
    }
    EXPECT_EQ(got, want) << e.command;
    ++checked;
  }
  EXPECT_GE(checked, 5);  // the README keeps its examples
}

}  // namespace
}  // namespace igo
