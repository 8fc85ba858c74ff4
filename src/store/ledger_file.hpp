// The ledger file: a SQLite database (WAL journal, synchronous=FULL, so a
// commit survives a crash) holding entities, events and organization rules.
// Its layout is documented in docs/ledger_format.md.
//
// The file is append-only: triggers reject every UPDATE and DELETE, so even a
// user with the sqlite3 shell cannot rewrite history through igo's tables.
// Corrections are new records (a `retracted` event, or an event with
// attrs.replaces).
//
// Appends do not validate references; ledger::Ledger does that before it
// appends, inside one transaction per import.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/entity.hpp"
#include "model/event.hpp"
#include "store/sqlite.hpp"

namespace igo::store {

// The columns of one event that projections need, without parsing the JSON
// body. Views are valid only during the scan callback.
struct EventRow {
  std::int64_t seq = 0;
  std::string_view id;
  std::string_view type;
  std::string_view date;
  std::int32_t date_lo = 0;  // util::Day
  std::int32_t date_hi = 0;
  std::string_view org;
  std::string_view actors;  // ids separated by single spaces
  std::string_view place;
  std::string_view organ;
  std::string_view document;
  std::string_view status_for;  // attrs.for, or attrs.to of statuses_merged
  std::string_view target;      // attrs.event of retracted, else attrs.replaces
  std::int64_t recorded_at = 0;
};

class LedgerFile {
 public:
  // Opens (and creates, in read_write_create mode) a ledger file.
  static Result<LedgerFile> open(const std::string& path, OpenMode mode);
  // A read-only ledger over a serialized image (the built-in registry).
  static Result<LedgerFile> open_image(std::span<const std::byte> image);
  // A fresh in-memory ledger (tests, and building the built-in registry).
  static Result<LedgerFile> create_memory();

  Result<Transaction> begin() { return Transaction::begin(m_db); }

  // Appends; the record's recorded_at must be set. Returns the new seq.
  // A duplicate id is a `conflict` error.
  Result<std::int64_t> append_entity(const model::Entity& entity);
  Result<std::int64_t> append_event(const model::Event& event);
  // Organization rules (data/orgs/<org>.json), stored as JSON text.
  Status put_rules(std::string_view org, std::string_view json);
  // Named files carried with the registry (extraction lexicons, under
  // data/lexicon/), keyed by their path relative to data/.
  Status put_blob(std::string_view name, std::string_view body);

  Result<std::optional<model::Entity>> find_entity(std::string_view id);
  Result<bool> has_event(std::string_view id);
  Result<std::optional<std::int64_t>> find_event_seq(std::string_view id);
  Result<model::Event> event(std::int64_t seq);

  // Scans in seq order. A callback returning an error stops the scan.
  Status scan_entities(const std::function<Status(model::Entity&&)>& fn);
  Status scan_event_rows(const std::function<Status(const EventRow&)>& fn);
  Status scan_events(const std::function<Status(model::Event&&)>& fn);
  Status scan_rules(const std::function<Status(std::string_view org, std::string_view json)>& fn);
  Status scan_blobs(const std::function<Status(std::string_view name, std::string_view body)>& fn);

  Result<std::int64_t> event_count();
  // Switches the file from WAL to a rollback journal, so that its bytes can
  // be embedded and opened with open_image().
  Status make_portable();
  Database& database() { return m_db; }

 private:
  explicit LedgerFile(Database db) : m_db(std::move(db)) {}
  Status init_schema();
  Status prepare_statements();

  Database m_db;
  Statement m_insert_entity;
  Statement m_insert_event;
  Statement m_find_entity;
  Statement m_find_event;
  Statement m_event_by_seq;
};

}  // namespace igo::store
