#include "store/ledger_file.hpp"

#include <gtest/gtest.h>

#include "model/codec.hpp"
#include "support/support.hpp"

namespace igo::store {
namespace {

model::Event event(const char* id, const char* date) {
  auto e = model::event_from_json(
      model::Json::parse(std::string(R"({"id": ")") + id + R"(", "type": "joined", "date": ")" + date +
                         R"(", "org": "ORG", "actors": ["AAA", "BBB"], "attrs": {"for": "member"},
       "sources": [{"source": "src-a", "quote": "q"}]})"));
  EXPECT_TRUE(e.ok());
  e->recorded_at = 42;
  return *e;
}

TEST(LedgerFileTest, AppendsAndReadsBack) {
  auto file = LedgerFile::create_memory();
  ASSERT_TRUE(file.ok());
  auto seq = file->append_event(event("e1", "2001"));
  ASSERT_TRUE(seq.ok());
  auto back = file->event(*seq);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->id, "e1");
  EXPECT_EQ(back->recorded_at, 42);
  EXPECT_EQ(back->actors, (std::vector<std::string>{"AAA", "BBB"}));
  int rows = 0;
  auto s = file->scan_event_rows([&](const EventRow& r) -> Status {
    EXPECT_EQ(r.actors, "AAA BBB");
    EXPECT_EQ(r.status_for, "member");
    EXPECT_EQ(r.date, "2001");
    EXPECT_EQ(r.date_lo, util::day_from_civil(2001, 1, 1));
    EXPECT_EQ(r.date_hi, util::day_from_civil(2001, 12, 31));
    ++rows;
    return {};
  });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(rows, 1);
}

TEST(LedgerFileTest, ADuplicateIdIsAConflict) {
  auto file = LedgerFile::create_memory();
  ASSERT_TRUE(file->append_event(event("e1", "2001")).ok());
  auto again = file->append_event(event("e1", "2002"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::conflict);
}

TEST(LedgerFileTest, TheFileIsAppendOnlyEvenThroughSql) {
  test::TempDir dir;
  {
    auto file = LedgerFile::open(dir.file("l.db"), OpenMode::read_write_create);
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    ASSERT_TRUE(file->append_event(event("e1", "2001")).ok());
    model::Entity state;
    state.kind = model::EntityKind::state;
    state.id = "AAA";
    state.names.in(model::Lang::en).push_back("Aland");
    state.body = model::Json::parse(R"({"kind": "state", "id": "AAA", "names": {"en": ["Aland"]}})");
    state.recorded_at = 1;
    ASSERT_TRUE(file->append_entity(state).ok());
    auto update = file->database().exec("UPDATE events SET date = '1999' WHERE id = 'e1'");
    ASSERT_FALSE(update.ok());
    EXPECT_NE(update.error().message().find("append-only"), std::string::npos);
    EXPECT_FALSE(file->database().exec("DELETE FROM events").ok());
    EXPECT_FALSE(file->database().exec("DELETE FROM entities").ok());
  }
  auto reopened = LedgerFile::open(dir.file("l.db"), OpenMode::read_only);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(*reopened->event_count(), 1);
  EXPECT_EQ(reopened->event(1)->date.to_string(), "2001");
}

TEST(LedgerFileTest, UsesWalWithFullSync) {
  test::TempDir dir;
  auto file = LedgerFile::open(dir.file("l.db"), OpenMode::read_write_create);
  ASSERT_TRUE(file.ok());
  auto mode = file->database().prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok() && *mode->step());
  EXPECT_EQ(mode->text(0), "wal");
  auto sync = file->database().prepare("PRAGMA synchronous");
  ASSERT_TRUE(sync.ok() && *sync->step());
  EXPECT_EQ(sync->int64(0), 2);  // FULL
}

TEST(LedgerFileTest, ImagesRoundTrip) {
  auto file = LedgerFile::create_memory();
  ASSERT_TRUE(file->append_event(event("e1", "2001")).ok());
  ASSERT_TRUE(file->put_blob("lexicon/x.json", "{}").ok());
  auto bytes = file->database().serialize();
  ASSERT_TRUE(bytes.ok());
  auto image = LedgerFile::open_image(std::as_bytes(std::span<const char>(bytes->data(), bytes->size())));
  ASSERT_TRUE(image.ok()) << image.error().to_string();
  EXPECT_EQ(*image->event_count(), 1);
  int blobs = 0;
  ASSERT_TRUE(image
                  ->scan_blobs([&](std::string_view name, std::string_view body) -> Status {
                    EXPECT_EQ(name, "lexicon/x.json");
                    EXPECT_EQ(body, "{}");
                    ++blobs;
                    return {};
                  })
                  .ok());
  EXPECT_EQ(blobs, 1);
}

TEST(LedgerFileTest, ANonLedgerFileIsReported) {
  test::TempDir dir;
  test::write_file(dir.file("junk.db"), "this is not a database at all, not even close.........");
  auto file = LedgerFile::open(dir.file("junk.db"), OpenMode::read_only);
  EXPECT_FALSE(file.ok());
}

}  // namespace
}  // namespace igo::store
