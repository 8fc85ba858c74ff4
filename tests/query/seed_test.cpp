// Every fact of the seed article (tests/extract/seed/*.gold.jsonl) is in the
// built-in registry, with the seed as its source, answered through the
// public query API.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "builtin/image.hpp"
#include "query/queries.hpp"
#include "support/support.hpp"

namespace igo::query {
namespace {

struct Gold {
  std::string type;
  std::string date;
  std::string org;
  std::vector<std::string> actors;
  std::string place;
  std::string evidence;
};

std::vector<Gold> seed_gold() {
  std::ifstream in(test::source_dir() / "tests/extract/seed/000_083a65cdadc3fda0.gold.jsonl");
  std::vector<Gold> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = model::Json::parse(line);
    Gold g;
    g.type = j["type"];
    g.date = j["date"].is_null() ? "" : j["date"].get<std::string>();
    g.org = j["org"];
    g.actors = j["actors"].get<std::vector<std::string>>();
    g.place = j["place"].is_null() ? "" : j["place"].get<std::string>();
    g.evidence = j["evidence"];
    out.push_back(g);
  }
  return out;
}

class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto image = builtin::image();
    s_image = new std::vector<std::byte>(image.begin(), image.end());
    s_registry = test::open(*s_image).release();
  }
  static void TearDownTestSuite() {
    delete s_registry;
    delete s_image;
  }
  static std::vector<std::byte>* s_image;
  static Registry* s_registry;
};

std::vector<std::byte>* SeedTest::s_image = nullptr;
Registry* SeedTest::s_registry = nullptr;

TEST_F(SeedTest, TheGoldFileHasAllTwentyThreeFacts) { EXPECT_EQ(seed_gold().size(), 23U); }

TEST_F(SeedTest, EveryEventOfTheSeedIsInTheRegistryCitingTheSeed) {
  const auto& view = s_registry->view();
  for (const auto& g : seed_gold()) {
    if (g.type == "member_of") continue;
    SCOPED_TRACE(g.type + " " + g.date + " " + g.org + ": " + g.evidence);
    EventFilter f;
    f.org = s_registry->sym(g.org);
    f.type = model::parse_event_type(g.type);
    ASSERT_TRUE(f.type.has_value());
    auto gold_date = util::Date::parse(g.date);
    ASSERT_TRUE(gold_date.ok());
    int found = 0;
    for (auto i : events(view, f)) {
      auto e = s_registry->event(i);
      ASSERT_TRUE(e.ok());
      bool cites = false;
      for (const auto& s : e->sources) cites = cites || (s.source == "src-seed" && s.quote == g.evidence);
      if (!cites) continue;
      ++found;
      // The registry's date is the seed's, or more precise within it; a
      // multi-day meeting need only include the seed's day.
      bool agrees = e->date.is_interval() ? gold_date->overlaps(e->date) : gold_date->covers(e->date);
      EXPECT_TRUE(agrees) << e->id << " is dated " << e->date.to_string();
      if (!g.place.empty()) {
        EXPECT_EQ(e->place, g.place) << e->id;
      }
      if (!g.actors.empty()) {
        std::set<std::string> want(g.actors.begin(), g.actors.end());
        std::set<std::string> got(e->actors.begin(), e->actors.end());
        EXPECT_EQ(got, want) << e->id;
      }
    }
    EXPECT_GE(found, 1) << "no event of this type cites the seed with these words";
  }
}

TEST_F(SeedTest, TheSeedsMembershipStatementHoldsToday) {
  // "Russia, Kazakhstan and Kyrgyzstan are also members of the EAEU."
  const auto& view = s_registry->view();
  auto rows =
      with_status(view, s_registry->sym("EAEU"), *util::parse_day("2026-11-28"), s_registry->sym("member"));
  std::set<std::string> certain;
  for (const auto& r : rows) {
    if (r.certain) certain.insert(std::string(s_registry->name(r.state)));
  }
  for (const char* s : {"RUS", "KAZ", "KGZ"}) EXPECT_EQ(certain.count(s), 1U) << s;
}

TEST_F(SeedTest, MongoliasFirstAttendanceConflictIsListed) {
  // The seed says Mongolia first attended in 2005; Mongolia was an observer from 2004.
  auto found = conflicts(s_registry->view(), s_registry->sym("SCO"));
  ASSERT_TRUE(found.ok());
  bool mongolia = false;
  for (const auto& c : *found) {
    for (auto i : c.events) {
      auto e = s_registry->event(i);
      if (e.ok() && e->type == model::EventType::guest_attended &&
          std::find(e->actors.begin(), e->actors.end(), "MNG") != e->actors.end()) {
        mongolia = true;
      }
    }
  }
  EXPECT_TRUE(mongolia);
}

}  // namespace
}  // namespace igo::query
