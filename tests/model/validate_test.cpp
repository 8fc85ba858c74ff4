#include "model/validate.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "model/codec.hpp"

namespace igo::model {
namespace {

class MapCatalog : public Catalog {
 public:
  void add(const char* json) {
    auto e = entity_from_json(Json::parse(json));
    ASSERT_TRUE(e.ok()) << e.error().to_string();
    m_entities[e->id] = *e;
  }
  const Entity* entity(std::string_view id) const override {
    auto it = m_entities.find(std::string(id));
    return it == m_entities.end() ? nullptr : &it->second;
  }
  bool has_event(std::string_view id) const override { return m_events.count(std::string(id)) > 0; }
  std::map<std::string, Entity> m_entities;
  std::set<std::string> m_events;
};

class ValidateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    catalog.add(R"({"kind": "org", "id": "SCO", "names": {"en": ["SCO"]}})");
    catalog.add(R"({"kind": "state", "id": "IND", "names": {"en": ["India"]}})");
    catalog.add(R"({"kind": "place", "id": "astana", "names": {"en": ["Astana"]}})");
    catalog.add(R"({"kind": "document", "id": "sco-charter", "names": {"en": ["Charter"]}})");
    catalog.add(R"({"kind": "source", "id": "src-a", "title": "A", "url": "https://a"})");
    catalog.m_events.insert("known-event");
  }
  Status check(const char* patch) {
    auto json = Json::parse(R"({"id": "e1", "type": "joined", "date": "2017-06-09", "org": "SCO",
      "actors": ["IND"], "place": "astana", "sources": [{"source": "src-a", "quote": ""}]})");
    json.merge_patch(Json::parse(patch));
    auto e = event_from_json(json);
    EXPECT_TRUE(e.ok()) << e.error().to_string();
    return validate_event(*e, catalog);
  }
  MapCatalog catalog;
};

TEST_F(ValidateTest, AcceptsAWellFormedEvent) { EXPECT_TRUE(check("{}").ok()); }

TEST_F(ValidateTest, UnknownIdsAreNotFoundAndNameTheField) {
  auto s = check(R"({"actors": ["XYZ"]})");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::not_found);
  EXPECT_EQ(s.error().field(), "actors[0]");
  EXPECT_EQ(check(R"({"org": "NOPE"})").error().field(), "org");
  EXPECT_EQ(check(R"({"place": "nowhere"})").error().field(), "place");
  EXPECT_EQ(check(R"({"sources": [{"source": "src-missing"}]})").error().field(), "sources[0].source");
}

TEST_F(ValidateTest, IdsMustBeOfTheRightKind) {
  auto s = check(R"({"place": "IND"})");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("is a state, expected a place"), std::string::npos);
  EXPECT_FALSE(check(R"({"sources": [{"source": "IND"}]})").ok());
}

TEST_F(ValidateTest, EachTypeHasItsNeeds) {
  EXPECT_EQ(check(R"({"actors": []})").error().field(), "actors");
  EXPECT_EQ(check(R"({"org": null})").error().field(), "org");
  EXPECT_EQ(check(R"({"type": "treaty_signed", "document": null})").error().field(), "document");
  EXPECT_TRUE(check(R"({"type": "treaty_signed", "document": "sco-charter", "actors": []})").ok());
  EXPECT_EQ(check(R"({"type": "summit_held", "place": null, "actors": []})").error().field(), "place");
  EXPECT_TRUE(
      check(R"({"type": "summit_held", "place": null, "actors": [], "attrs": {"virtual": true}})").ok());
  EXPECT_EQ(check(R"({"type": "statuses_merged", "actors": []})").error().field(), "attrs");
  EXPECT_EQ(check(R"({"type": "retracted", "attrs": {"event": "nope"}})").error().field(), "attrs.event");
  EXPECT_TRUE(check(R"({"type": "retracted", "attrs": {"event": "known-event"}})").ok());
}

TEST_F(ValidateTest, UnconfirmedFactsMustCarryAnUncertainDate) {
  EXPECT_EQ(check(R"({"attrs": {"confidence": "unconfirmed"}})").error().field(), "date");
  EXPECT_TRUE(check(R"({"date": "2017-06-09?", "attrs": {"confidence": "unconfirmed"}})").ok());
  EXPECT_EQ(check(R"({"attrs": {"confidence": "sure"}})").error().field(), "attrs.confidence");
  EXPECT_EQ(check(R"({"attrs": {"host": "astana"}})").error().field(), "attrs.host");
  EXPECT_EQ(check(R"({"attrs": {"conflicts_with": ["ghost"]}})").error().field(), "attrs.conflicts_with");
}

TEST_F(ValidateTest, EntitiesReferencesResolve) {
  auto place = entity_from_json(
      Json::parse(R"({"kind": "place", "id": "x", "names": {"en": ["X"]}, "country": "ZZZ"})"));
  ASSERT_TRUE(place.ok());
  auto s = validate_entity(*place, catalog);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field(), "country");
  auto capital = entity_from_json(
      Json::parse(R"({"kind": "place", "id": "x", "names": {"en": ["X"]}, "capital_of": "ZZZ"})"));
  ASSERT_TRUE(capital.ok());
  EXPECT_EQ(validate_entity(*capital, catalog).error().field(), "capital_of");
  auto org = entity_from_json(Json::parse(
      R"({"kind": "org", "id": "X", "names": {"en": ["X"]}, "sources": ["src-a"], "valid": "2001-02-30/.."})"));
  ASSERT_TRUE(org.ok());
  EXPECT_EQ(validate_entity(*org, catalog).error().field(), "valid");
}

}  // namespace
}  // namespace igo::model
