// The extractor over the seed and the whole development set
// (tests/extract/seed, tests/extract/dev/{ar,en}), scored with DESIGN's rule.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "fixture.hpp"
#include "util/edtf.hpp"

namespace igo::test {
namespace {

namespace fs = std::filesystem;

struct Scored {
  extract::EvalCounts counts;
  std::size_t documents = 0;
  std::string errors;  // what went wrong, for the failure message
};

std::vector<extract::Mention> read_gold(const fs::path& path) {
  std::vector<extract::Mention> rows;
  std::istringstream in(read_text(path.string()));
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto m = extract::mention_from_json(model::Json::parse(line));
    EXPECT_TRUE(m.ok()) << path;
    if (m.ok()) rows.push_back(*m);
  }
  return rows;
}

// Every NNN.gold.jsonl under `dir` with its NNN.txt and NNN.meta.json.
std::map<std::string, Scored> score(const fs::path& dir) {
  std::map<std::string, Scored> by_lang;
  if (!fs::exists(dir)) return by_lang;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".gold.jsonl";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) continue;
    std::string stem = entry.path().parent_path() / name.substr(0, name.size() - suffix.size());
    std::string text = read_text(stem + ".txt");
    extract::Options opt;
    std::string lang = "ar";
    if (fs::exists(stem + ".meta.json")) {
      auto meta = model::Json::parse(read_text(stem + ".meta.json"));
      if (meta.contains("date") && meta["date"].is_string()) {
        opt.doc_date = *util::parse_day(meta["date"].get<std::string>().substr(0, 10));
      }
      if (meta.contains("lang") && meta["lang"].is_string()) lang = meta["lang"].get<std::string>();
      opt.lang = lang == "en" ? model::Lang::en : model::Lang::ar;
    }
    auto pred = extractor().extract(text, opt);
    EXPECT_TRUE(pred.ok()) << stem;
    if (!pred.ok()) continue;
    for (const auto& m : *pred) {
      EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.evidence) << stem;
    }
    auto gold = read_gold(entry.path());
    std::vector<extract::EvalPair> pairs;
    auto c = extract::evaluate(gold, *pred, &pairs);
    auto& s = by_lang[lang];
    s.counts += c;
    ++s.documents;
    std::vector<bool> used(pred->size(), false);
    for (const auto& p : pairs) used[p.predicted] = true;
    for (std::size_t i = 0; i < pred->size(); ++i) {
      if (!used[i]) s.errors += stem + ": spurious " + extract::to_json((*pred)[i]).dump() + "\n";
    }
  }
  return by_lang;
}

TEST(EndToEndTest, SeedIsExtractedExactly) {
  auto s = score(fs::path(IGO_SOURCE_DIR) / "tests/extract/seed");
  ASSERT_EQ(s.size(), 1U);
  const auto& c = s.begin()->second.counts;
  EXPECT_EQ(c.gold, 23U);
  EXPECT_EQ(c.predicted, 23U) << s.begin()->second.errors;
  EXPECT_EQ(c.matched, 23U);
  EXPECT_DOUBLE_EQ(c.f1(), 1.0);
  EXPECT_EQ(c.date_exact, c.matched);
  EXPECT_EQ(c.place_exact, c.matched);
}

// Every language of a set scores at least `floor` (the issue asks 0.9 on
// the development set; the other sets hold what later work reached, so a
// change that loses it fails).
void expect_floor(const std::string& set, double floor) {
  auto s = score(fs::path(IGO_SOURCE_DIR) / "tests/extract" / set);
  ASSERT_FALSE(s.empty()) << "no texts in tests/extract/" << set;
  for (const auto& [lang, scored] : s) {
    const auto& c = scored.counts;
    std::printf(
        "%s %s: %zu docs, gold %zu, predicted %zu, matched %zu, P %.3f R %.3f F1 %.3f, date %.3f, place "
        "%.3f\n",
        set.c_str(), lang.c_str(), scored.documents, c.gold, c.predicted, c.matched, c.precision(),
        c.recall(), c.f1(), c.date_accuracy(), c.place_accuracy());
    EXPECT_GE(c.f1(), floor) << set << " " << lang << "\n" << scored.errors;
  }
}

TEST(EndToEndTest, DevelopmentSetPerLanguage) { expect_floor("dev", 0.9); }

// The sets written after the extractor and then used to improve it
// (heldout2, the blind one, is never scored by a test).
TEST(EndToEndTest, SecondDevelopmentSetPerLanguage) { expect_floor("dev2", 0.85); }
TEST(EndToEndTest, FirstHeldOutSetPerLanguage) { expect_floor("heldout", 0.75); }

}  // namespace
}  // namespace igo::test
