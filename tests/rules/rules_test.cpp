#include "rules/rules.hpp"

#include <gtest/gtest.h>

#include "support/support.hpp"

namespace igo::rules {
namespace {

model::Json parse(const char* text) { return model::Json::parse(text); }

TEST(RulesTest, ReadsEffectsTracksAndProcedure) {
  auto rules = OrgRules::from_json(parse(test::k_test_rules));
  ASSERT_TRUE(rules.ok()) << rules.error().to_string();
  EXPECT_EQ(rules->effect(model::EventType::joined).kind, EffectKind::grants);
  EXPECT_EQ(rules->effect(model::EventType::joined).status, "member");
  EXPECT_EQ(rules->effect(model::EventType::application_submitted).track, Track::procedure);
  EXPECT_EQ(rules->effect(model::EventType::dissolved).kind, EffectKind::ends_all);
  EXPECT_EQ(rules->effect(model::EventType::statuses_merged).kind, EffectKind::merges);
  EXPECT_EQ(rules->effect(model::EventType::summit_held).kind, EffectKind::none);
  ASSERT_NE(rules->procedure("member"), nullptr);
  EXPECT_EQ(rules->procedure("member")->back(), model::EventType::joined);
  EXPECT_EQ(rules->procedure("observer"), nullptr);
  EXPECT_TRUE(rules->has_status("observer"));
  EXPECT_FALSE(rules->has_status("dialogue_partner"));
}

TEST(RulesTest, RejectsRulesThatCannotBeApplied) {
  struct Case {
    const char* json;
    const char* field;
  };
  for (
      const auto& c : {
          Case{R"({"statuses": ["member"], "effects": {}})", "org"},
          Case{R"({"org": "X", "statuses": [], "effects": {}})", "statuses"},
          Case{R"({"org": "X", "statuses": ["member"], "effects": {"joined": {"grants": "observer"}}})",
               "effects.joined.grants"},
          Case{
              R"({"org": "X", "statuses": ["member"], "effects": {"joined": {"grants": "member", "ends": true}}})",
              "effects.joined"},
          Case{R"({"org": "X", "statuses": ["member"], "effects": {"merged": {"ends": true}}})",
               "effects.merged"},
          Case{
              R"({"org": "X", "statuses": ["member"], "effects": {"joined": {"grants": "member", "track": "side"}}})",
              "effects.joined.track"},
          Case{R"({"org": "X", "statuses": ["member"], "effects": {}, "procedure": {"member": ["apply"]}})",
               "procedure.member"},
      }) {
    auto r = OrgRules::from_json(parse(c.json));
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.error().field(), c.field) << c.json;
  }
}

TEST(RulesTest, OrganizationsWithoutRulesGetTheDefault) {
  auto def = OrgRules::from_json(parse(test::k_test_rules));
  RuleBook book(*def);
  auto sco = OrgRules::from_json(parse(
      R"({"org": "SCO", "statuses": ["member", "partner"], "effects": {"partner_granted": {"grants": "partner"}}})"));
  book.add(*sco);
  EXPECT_TRUE(book.has_own_rules("SCO"));
  EXPECT_FALSE(book.has_own_rules("EAEU"));
  EXPECT_EQ(book.for_org("SCO").effect(model::EventType::joined).kind, EffectKind::none);
  EXPECT_EQ(book.for_org("EAEU").effect(model::EventType::joined).kind, EffectKind::grants);
  EXPECT_EQ(book.for_org("SCO").profile()["org"], "SCO");
}

}  // namespace
}  // namespace igo::rules
