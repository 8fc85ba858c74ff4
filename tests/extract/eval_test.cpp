// evaluate(): DESIGN's matching rule, one-to-one greedy matching, counts.
#include <gtest/gtest.h>

#include "extract/extract.hpp"

namespace igo::extract {
namespace {

Mention row(model::EventType t, std::optional<std::string> date, std::string org,
            std::vector<std::string> actors, std::string place = "", bool planned = false) {
  Mention m;
  m.type = t;
  m.date = std::move(date);
  m.org = std::move(org);
  m.actors = std::move(actors);
  m.place = std::move(place);
  m.planned = planned;
  return m;
}

using model::EventType;

TEST(EvalTest, DatesAreComparedAtTheGoldPrecision) {
  auto gold = row(EventType::joined, "2017-06", "SCO", {"IND", "PAK"});
  EXPECT_TRUE(matches(gold, row(EventType::joined, "2017-06-09", "SCO", {"PAK", "IND"})));
  EXPECT_FALSE(matches(gold, row(EventType::joined, "2017-07-09", "SCO", {"IND", "PAK"})));
  EXPECT_FALSE(matches(gold, row(EventType::joined, "2017", "SCO", {"IND", "PAK"})));
  EXPECT_FALSE(matches(gold, row(EventType::joined, std::nullopt, "SCO", {"IND", "PAK"})));
  auto range = row(EventType::summit_held, "2018-06-09/2018-06-10", "SCO", {});
  EXPECT_TRUE(matches(range, row(EventType::summit_held, "2018-06-09/2018-06-10", "SCO", {})));
  EXPECT_FALSE(matches(range, row(EventType::summit_held, "2018-06-09", "SCO", {})));
  auto by = row(EventType::treaty_ratified, "../2013-06", "EU", {});
  EXPECT_TRUE(matches(by, row(EventType::treaty_ratified, "../2013-06-30", "EU", {})));
  EXPECT_FALSE(matches(by, row(EventType::treaty_ratified, "2013-06", "EU", {})));
}

TEST(EvalTest, TypeOrgActorsAndNamedPlaceMustBeEqual) {
  auto gold = row(EventType::joined, "2017", "SCO", {"IND"}, "astana");
  EXPECT_FALSE(matches(gold, row(EventType::admission_decided, "2017", "SCO", {"IND"}, "astana")));
  EXPECT_FALSE(matches(gold, row(EventType::joined, "2017", "BRICS", {"IND"}, "astana")));
  EXPECT_FALSE(matches(gold, row(EventType::joined, "2017", "SCO", {"IND", "PAK"}, "astana")));
  EXPECT_FALSE(matches(gold, row(EventType::joined, "2017", "SCO", {"IND"}, "")));
  // A gold row without a place takes any.
  EXPECT_TRUE(matches(row(EventType::joined, "2017", "SCO", {"IND"}),
                      row(EventType::joined, "2017", "SCO", {"IND"}, "astana")));
  // A null gold date constrains nothing.
  EXPECT_TRUE(matches(row(EventType::member_of, std::nullopt, "EAEU", {"RUS"}),
                      row(EventType::member_of, "2020", "EAEU", {"RUS"})));
}

TEST(EvalTest, OneToOneGreedyMatchingAndCounts) {
  std::vector<Mention> gold = {row(EventType::joined, "2017-06", "SCO", {"IND"}),
                               row(EventType::joined, "2017-06-09", "SCO", {"IND"}),
                               row(EventType::summit_held, "2017", "SCO", {}, "astana", true)};
  std::vector<Mention> pred = {row(EventType::joined, "2017-06-09", "SCO", {"IND"}),
                               row(EventType::summit_held, "2017", "SCO", {}, "astana"),
                               row(EventType::withdrew, "2020", "SCO", {"IND"})};
  std::vector<EvalPair> pairs;
  auto c = evaluate(gold, pred, &pairs);
  EXPECT_EQ(c.gold, 3U);
  EXPECT_EQ(c.predicted, 3U);
  EXPECT_EQ(c.matched, 2U);  // one predicted joining cannot match two gold rows
  // The exact pair is preferred: gold[1] takes pred[0].
  ASSERT_EQ(pairs.size(), 2U);
  EXPECT_EQ(pairs[0].gold, 1U);
  EXPECT_EQ(c.date_exact, 2U);
  EXPECT_EQ(c.place_exact, 2U);
  EXPECT_EQ(c.status[1][0], 1U);  // planned in gold, occurred predicted
  EXPECT_NEAR(c.precision(), 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(c.recall(), 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(c.f1(), 2.0 / 3.0, 1e-9);
}

TEST(EvalTest, GoldRowsRoundTripThroughJson) {
  auto m = row(EventType::summit_held, "2021-09", "SCO", {}, "dushanbe", true);
  m.evidence = "قمة";
  m.begin = 3;
  m.end = 9;
  auto j = to_json(m);
  EXPECT_EQ(j["status"], "planned");
  EXPECT_TRUE(j["document"].is_null());
  auto back = mention_from_json(j);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(matches(m, *back));
  EXPECT_TRUE(back->planned);
  EXPECT_EQ(back->end, 9U);
  EXPECT_FALSE(mention_from_json(model::Json::parse(R"({"type": "dined"})")).ok());
  EXPECT_FALSE(mention_from_json(model::Json::parse(R"({"type": "joined", "date": "2017-13"})")).ok());
}

}  // namespace
}  // namespace igo::extract
