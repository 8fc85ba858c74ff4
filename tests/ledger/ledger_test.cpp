#include "ledger/ledger.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "model/codec.hpp"
#include "support/support.hpp"

namespace igo::ledger {
namespace {

const char* const k_sources =
    R"({"kind": "source", "id": "src-a", "title": "A", "url": "https://a.example"}
{"kind": "org", "id": "ORG", "names": {"en": ["Org"]}}
{"kind": "state", "id": "AAA", "names": {"en": ["Aland"]}}
)";

store::JsonlFile file(const std::string& name, std::string content) {
  auto f = store::JsonlFile::from_string(name, std::move(content));
  EXPECT_TRUE(f.ok()) << f.error().to_string();
  return std::move(f).value();
}

std::string joined(const char* id, const char* date) {
  return std::string(R"({"id": ")") + id + R"(", "type": "joined", "date": ")" + date +
         R"(", "org": "ORG", "actors": ["AAA"], "sources": [{"source": "src-a", "quote": ""}]})" + "\n";
}

TEST(LedgerTest, ImportStampsEveryRecordWithTheClock) {
  util::FixedClock clock(*util::parse_timestamp("2026-01-02T03:04:05Z"));
  auto ledger = Ledger::in_memory(clock, nullptr);
  ASSERT_TRUE(ledger.ok());
  auto report = ledger->import(file("a.jsonl", k_sources + joined("e1", "2001")));
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->entities, 3U);
  EXPECT_EQ(report->events, 1U);
  auto e = ledger->file().event(1);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(util::format_timestamp(e->recorded_at), "2026-01-02T03:04:05Z");
}

TEST(LedgerTest, UsersCannotBackdateTransactionTime) {
  util::FixedClock clock(*util::parse_timestamp("2026-01-02T00:00:00Z"));
  auto ledger = Ledger::in_memory(clock, nullptr);
  std::string backdated =
      R"({"id": "e1", "type": "joined", "date": "2001", "org": "ORG", "actors": ["AAA"], "sources": [{"source": "src-a"}], "recorded_at": "1999-01-01T00:00:00Z"})";
  ASSERT_TRUE(ledger->import(file("a.jsonl", k_sources + backdated + "\n")).ok());
  EXPECT_EQ(util::format_timestamp(ledger->file().event(1)->recorded_at), "2026-01-02T00:00:00Z");
  // The curated registry keeps its own history.
  auto curated = Ledger::in_memory(clock, nullptr);
  ImportOptions keep{Stamp::record_or_default, 7};
  ASSERT_TRUE(curated->import(file("a.jsonl", k_sources + backdated + "\n"), keep).ok());
  EXPECT_EQ(util::format_timestamp(curated->file().event(1)->recorded_at), "1999-01-01T00:00:00Z");
}

TEST(LedgerTest, ImportIsAllOrNothing) {
  util::FixedClock clock(1);
  auto ledger = Ledger::in_memory(clock, nullptr);
  ASSERT_TRUE(ledger->import(file("a.jsonl", k_sources)).ok());
  auto bad = ledger->import(file("b.jsonl", joined("e1", "2001") + joined("e2", "2001-02-30")));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string().rfind("b.jsonl:2:", 0), 0U) << bad.error().to_string();
  EXPECT_EQ(*ledger->file().event_count(), 0);
}

TEST(LedgerTest, RecordsMayReferToLaterRecordsOfTheSameImport) {
  util::FixedClock clock(1);
  auto ledger = Ledger::in_memory(clock, nullptr);
  std::string content =
      R"({"id": "e0", "type": "joined", "date": "2001", "org": "ORG", "actors": ["AAA"], "attrs": {"conflicts_with": ["e1"]}, "sources": [{"source": "src-a"}]})"
      "\n" +
      joined("e1", "2002") + k_sources;
  auto report = ledger->import(file("a.jsonl", content));
  ASSERT_TRUE(report.ok()) << report.error().to_string();
}

TEST(LedgerTest, IdsAreNeverDefinedTwice) {
  util::FixedClock clock(1);
  auto ledger = Ledger::in_memory(clock, nullptr);
  ASSERT_TRUE(ledger->import(file("a.jsonl", k_sources + joined("e1", "2001"))).ok());
  auto again = ledger->import(file("b.jsonl", joined("e1", "2002")));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::conflict);
  EXPECT_EQ(again.error().line(), 1U);
  auto entity = ledger->import(file("c.jsonl", R"({"kind": "state", "id": "AAA", "names": {"en": ["Other"]}})"
                                               "\n"));
  ASSERT_FALSE(entity.ok());
  EXPECT_NE(entity.error().message().find("already defined"), std::string::npos);
}

TEST(LedgerTest, AppendValidatesAndPersistsAcrossReopen) {
  test::TempDir dir;
  util::FixedClock clock(5);
  {
    auto ledger = Ledger::open(dir.file("l.db"), clock, nullptr);
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(ledger->import(file("a.jsonl", k_sources)).ok());
    auto e = model::event_from_json(model::Json::parse(joined("e1", "2001-06-15")));
    ASSERT_TRUE(e.ok());
    ASSERT_TRUE(ledger->append(*e).ok());
    e->id = "e2";
    e->actors = {"ZZZ"};
    EXPECT_EQ(ledger->append(*e).error().code(), ErrorCode::not_found);
  }
  auto reopened = Ledger::open(dir.file("l.db"), clock, nullptr);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(*reopened->file().event_count(), 1);
}

TEST(LedgerTest, ExportWritesEntitiesThenEventsWithRecordedAt) {
  util::FixedClock clock(*util::parse_timestamp("2026-01-01T00:00:00Z"));
  auto ledger = Ledger::in_memory(clock, nullptr);
  ASSERT_TRUE(ledger->import(file("a.jsonl", joined("e1", "2001") + k_sources)).ok());
  std::ostringstream out;
  ASSERT_TRUE(ledger->export_jsonl(out).ok());
  std::istringstream in(out.str());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4U);
  EXPECT_NE(lines[0].find("\"kind\":\"source\""), std::string::npos);
  EXPECT_NE(lines[3].find("\"recorded_at\":\"2026-01-01T00:00:00Z\""), std::string::npos);
  // What was exported imports again, unchanged.
  auto copy = Ledger::in_memory(clock, nullptr);
  ASSERT_TRUE(copy->import(file("export.jsonl", out.str())).ok());
  EXPECT_EQ(copy->file().event(1)->date.to_string(), "2001");
}

}  // namespace
}  // namespace igo::ledger
