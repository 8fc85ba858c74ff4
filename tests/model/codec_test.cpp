#include "model/codec.hpp"

#include <gtest/gtest.h>

namespace igo::model {
namespace {

Json parse(const char* text) { return Json::parse(text); }

const char* const k_event = R"({"id": "sco-2017-06-09-joined-ind-pak", "type": "joined", "date": "2017-06-09",
 "org": "SCO", "actors": ["IND", "PAK"], "place": "astana", "organ": "sco-chs",
 "document": null, "attrs": {},
 "sources": [{"source": "src-seed", "quote": "وانضمت كل من الهند وباكستان"}], "note": ""})";

TEST(CodecTest, ReadsDesignsEventObject) {
  auto e = event_from_json(parse(k_event));
  ASSERT_TRUE(e.ok()) << e.error().to_string();
  EXPECT_EQ(e->type, EventType::joined);
  EXPECT_EQ(e->date.to_string(), "2017-06-09");
  EXPECT_EQ(e->actors, (std::vector<std::string>{"IND", "PAK"}));
  EXPECT_EQ(e->document, "");
  ASSERT_EQ(e->sources.size(), 1U);
  EXPECT_EQ(e->sources[0].quote, "وانضمت كل من الهند وباكستان");
}

TEST(CodecTest, WritesTheSameObjectBackInDesignsKeyOrder) {
  auto e = event_from_json(parse(k_event));
  ASSERT_TRUE(e.ok());
  auto out = to_json(*e, WithRecordedAt::no);
  EXPECT_EQ(out, parse(k_event));
  std::vector<std::string> keys;
  for (const auto& [k, v] : out.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "type", "date", "org", "actors", "place", "organ",
                                            "document", "attrs", "sources", "note"}));
  e->recorded_at = 1;
  EXPECT_TRUE(to_json(*e).contains("recorded_at"));
}

struct BadEvent {
  const char* change;  // a JSON object merged into the good event
  const char* field;
  const char* message_part;
};

class CodecBadEventTest : public ::testing::TestWithParam<BadEvent> {};

TEST_P(CodecBadEventTest, NamesTheField) {
  auto json = parse(k_event);
  json.merge_patch(Json::parse(GetParam().change));
  auto e = event_from_json(json);
  ASSERT_FALSE(e.ok()) << GetParam().change;
  EXPECT_EQ(e.error().field(), GetParam().field);
  EXPECT_NE(e.error().message().find(GetParam().message_part), std::string::npos) << e.error().message();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, CodecBadEventTest,
    ::testing::Values(BadEvent{R"({"sources": null})", "sources", "at least one source"},
                      BadEvent{R"({"sources": []})", "sources", "at least one source"},
                      BadEvent{R"({"sources": [{"quote": "x"}]})", "sources[0].source", "missing source"},
                      BadEvent{R"({"date": "2001-02-30"})", "date", "does not exist"},
                      BadEvent{R"({"date": "2001-13"})", "date", "does not exist"},
                      BadEvent{R"({"date": null})", "date", "missing"},
                      BadEvent{R"({"type": "merged"})", "type", "unknown event type"},
                      BadEvent{R"({"type": "member_of"})", "type", "not an event the ledger stores"},
                      BadEvent{R"({"actors": "IND"})", "actors", "list"},
                      BadEvent{R"({"actor": ["IND"]})", "actor", "unknown field"},
                      BadEvent{R"({"id": "Bad Id"})", "id", "not an event id"},
                      BadEvent{R"({"attrs": [1]})", "attrs", "object"},
                      BadEvent{R"({"recorded_at": "yesterday"})", "recorded_at", "timestamp"}));

TEST(CodecTest, TellsEntitiesFromEvents) {
  EXPECT_EQ(*record_kind(parse(R"({"kind": "state"})")), RecordKind::entity);
  EXPECT_EQ(*record_kind(parse(R"({"type": "joined"})")), RecordKind::event);
  EXPECT_FALSE(record_kind(parse(R"({"id": "x"})")).ok());
  EXPECT_FALSE(record_kind(parse(R"({"kind": "state", "type": "joined"})")).ok());
}

TEST(CodecTest, ChecksEntityIdsPerKind) {
  auto state = entity_from_json(parse(R"({"kind": "state", "id": "IND", "names": {"en": ["India"]}})"));
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->names.in(Lang::en).front(), "India");
  EXPECT_FALSE(
      entity_from_json(parse(R"({"kind": "state", "id": "India", "names": {"en": ["India"]}})")).ok());
  EXPECT_FALSE(entity_from_json(parse(R"({"kind": "org", "id": "sco", "names": {"en": ["SCO"]}})")).ok());
  EXPECT_FALSE(
      entity_from_json(parse(R"({"kind": "place", "id": "Astana", "names": {"en": ["Astana"]}})")).ok());
  EXPECT_FALSE(entity_from_json(parse(R"({"kind": "place", "id": "astana"})")).ok());
  EXPECT_FALSE(
      entity_from_json(parse(R"({"kind": "place", "id": "astana", "names": {"kk": ["Астана"]}})")).ok());
  EXPECT_FALSE(entity_from_json(parse(R"({"kind": "source", "id": "src-x", "title": "t"})")).ok());
  EXPECT_TRUE(entity_from_json(parse(R"({"kind": "source", "id": "src-x", "title": "t", "url": "u"})")).ok());
  auto bad_kind = entity_from_json(parse(R"({"kind": "country", "id": "IND"})"));
  ASSERT_FALSE(bad_kind.ok());
  EXPECT_EQ(bad_kind.error().field(), "kind");
}

TEST(CodecTest, DisplayNameFallsBackToEnglish) {
  auto e = entity_from_json(
      parse(R"({"kind": "state", "id": "IND", "names": {"en": ["India"], "ar": ["الهند", "هندستان"]}})"));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->display_name(Lang::ar), "الهند");
  EXPECT_EQ(e->display_name(Lang::zh), "India");
}

}  // namespace
}  // namespace igo::model
