#include <gtest/gtest.h>

#include "query/queries.hpp"
#include "support/support.hpp"

namespace igo::query {
namespace {

std::string ev(const std::string& id, const std::string& type, const std::string& date,
               const std::string& org, const std::string& actors, const std::string& extra = "") {
  return R"({"id": ")" + id + R"(", "type": ")" + type + R"(", "date": ")" + date + R"(", "org": )" +
         (org.empty() ? "null" : "\"" + org + "\"") + R"(, "actors": [)" + actors + "]" + extra +
         R"(, "sources": [{"source": "src-a", "quote": "q"}]})" + "\n";
}

class QueriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string events =
        ev("a-f", "founded", "2001-06-15", "ORG_A", R"("AAA", "BBB")") +
        ev("a-j", "joined", "2017-06-09", "ORG_A", R"("CCC")", R"(, "place": "capital-a")") +
        ev("a-o", "observer_granted", "2004-06-17", "ORG_A", R"("DDD")") +
        ev("b-f", "founded", "2015-01-01", "ORG_B", R"("AAA", "CCC", "EEE")") +
        ev("a-s1", "summit_held", "2017-06-08/2017-06-09", "ORG_A", "",
           R"(, "place": "capital-a", "attrs": {"host": "AAA"})") +
        ev("a-s0", "summit_held", "2002-06-07", "ORG_A", "", R"(, "place": "capital-a")") +
        ev("c-sign", "treaty_signed", "2002-06-07", "ORG_A", "", R"(, "document": "charter-a")") +
        ev("c-rat", "treaty_ratified", "2003-07-04", "ORG_A", R"("AAA")", R"(, "document": "charter-a")") +
        ev("c-force", "entered_into_force", "2003-09-19", "ORG_A", "", R"(, "document": "charter-a")") +
        ev("g1", "guest_attended", "2005-07", "ORG_A", R"("DDD")",
           R"(, "attrs": {"conflicts_with": ["a-o"]})") +
        ev("x1", "observer_granted", "2009-06-16", "ORG_B", R"("BBB")") +
        ev("x2", "observer_granted", "2010", "ORG_B", R"("BBB")");
    s_image = new std::vector<std::byte>(test::mini_registry(events));
    s_registry = test::open(*s_image).release();
  }
  static void TearDownTestSuite() {
    delete s_registry;
    delete s_image;
  }
  static Sym sym(const char* s) { return s_registry->sym(s); }
  static util::Day day(const char* d) { return *util::parse_day(d); }
  static const View& view() { return s_registry->view(); }
  static std::vector<std::byte>* s_image;
  static Registry* s_registry;
};

std::vector<std::byte>* QueriesTest::s_image = nullptr;
Registry* QueriesTest::s_registry = nullptr;

TEST_F(QueriesTest, MembersKeepObserversApart) {
  auto members = with_status(view(), sym("ORG_A"), day("2018-01-01"), sym("member"));
  EXPECT_EQ(members.size(), 3U);
  auto observers = with_status(view(), sym("ORG_A"), day("2018-01-01"), sym("observer"));
  ASSERT_EQ(observers.size(), 1U);
  EXPECT_EQ(s_registry->name(observers[0].state), "DDD");
}

TEST_F(QueriesTest, OverlapOfTwoOrganizations) {
  auto rows = overlap(view(), sym("ORG_A"), sym("ORG_B"), day("2018-01-01"), sym("member"), sym("member"));
  std::vector<std::string> states;
  states.reserve(rows.size());
  for (const auto& r : rows) states.emplace_back(s_registry->name(r.state));
  std::sort(states.begin(), states.end());
  EXPECT_EQ(states, (std::vector<std::string>{"AAA", "CCC"}));
  EXPECT_TRUE(
      overlap(view(), sym("ORG_A"), sym("ORG_B"), day("2014-01-01"), sym("member"), sym("member")).empty());
}

TEST_F(QueriesTest, DiffListsWhatChanged) {
  auto rows = diff(view(), sym("ORG_A"), day("2010-01-01"), day("2018-01-01"));
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(s_registry->name(rows[0].state), "CCC");
  EXPECT_FALSE(rows[0].before.has_value());
  EXPECT_EQ(s_registry->name(rows[0].after->status), "member");
}

TEST_F(QueriesTest, HistoryOfAStateAcrossOrganizations) {
  auto h = history(view(), sym("AAA"));
  ASSERT_EQ(h.intervals.size(), 2U);
  EXPECT_EQ(h.events.size(), 3U);  // founded A, founded B, ratified
  auto only_a = history(view(), sym("AAA"), sym("ORG_A"));
  EXPECT_EQ(only_a.intervals.size(), 1U);
}

TEST_F(QueriesTest, EventsFilterByOrgTypeActorAndDates) {
  EventFilter f;
  f.org = sym("ORG_A");
  f.type = model::EventType::summit_held;
  auto summits = events(view(), f);
  ASSERT_EQ(summits.size(), 2U);
  EXPECT_LT(s_registry->events()[summits[0]].lo, s_registry->events()[summits[1]].lo);
  EventFilter g;
  g.actor = sym("DDD");
  g.from = day("2005-01-01");
  auto d = events(view(), g);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(s_registry->events()[d[0]].type, model::EventType::guest_attended);
}

TEST_F(QueriesTest, TreatyLifecycle) {
  auto t = treaties(view(), sym("ORG_A"));
  ASSERT_EQ(t.size(), 1U);
  EXPECT_EQ(s_registry->name(t[0].document), "charter-a");
  EXPECT_EQ(t[0].signed_events.size(), 1U);
  EXPECT_EQ(t[0].ratified_events.size(), 1U);
  EXPECT_EQ(t[0].in_force_events.size(), 1U);
}

TEST_F(QueriesTest, ConflictsAreListedSideBySide) {
  auto c = conflicts(view());
  ASSERT_TRUE(c.ok());
  int declared = 0;
  int start = 0;
  for (const auto& x : *c) {
    if (x.kind == "declared") {
      ++declared;
      EXPECT_EQ(x.events.size(), 2U);
      EXPECT_TRUE(x.states.empty());
    }
    if (x.kind == "status start") {
      ++start;
      ASSERT_EQ(x.states.size(), 1U);
      EXPECT_EQ(s_registry->name(x.states[0]), "BBB");
    }
  }
  EXPECT_EQ(declared, 1);
  EXPECT_EQ(start, 1);
}

TEST_F(QueriesTest, TheRegistryIsACatalog) {
  EXPECT_NE(s_registry->entity("AAA"), nullptr);
  EXPECT_EQ(s_registry->entity("ZZZ"), nullptr);
  EXPECT_TRUE(s_registry->has_event("a-f"));
  EXPECT_FALSE(s_registry->has_event("nope"));
  auto e = s_registry->event(0);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->sources.front().quote, "q");
}

}  // namespace
}  // namespace igo::query
