// ledger: the append-only log of sourced records, with validation.
//
// A Ledger owns one ledger file (store::LedgerFile) and builds on a base
// catalog (the built-in registry, or nothing): records may name entities and
// events of the base, and ids may not collide with it.
//
// import() is all-or-nothing: it reads every record of the given files,
// checks shapes and references (ids known in the base, the ledger, or the
// files themselves; every event sourced; no id defined twice), and only then
// appends everything in one transaction. Any error leaves the ledger exactly
// as it was and names the file, line, column and field.
//
// Every appended record gets `recorded_at` from the Clock (one instant per
// import), unless the import is told to keep the records' own (used to build
// the curated registry, whose history is part of the data). Nothing is ever
// updated or deleted: a correction is a `retracted` event or an event with
// attrs.replaces.
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>

#include "model/validate.hpp"
#include "store/jsonl.hpp"
#include "store/ledger_file.hpp"
#include "util/time.hpp"

namespace igo::ledger {

enum class Stamp : std::uint8_t {
  clock,             // recorded_at = the clock's now (users' imports)
  record_or_default  // a record's own recorded_at, else ImportOptions::default_time
};

struct ImportOptions {
  Stamp stamp = Stamp::clock;
  util::Timestamp default_time = 0;
};

struct ImportReport {
  std::size_t entities = 0;
  std::size_t events = 0;
  util::Timestamp recorded_at = 0;
};

class Ledger {
 public:
  // Opens or creates the ledger file at `path`. `base` must outlive the Ledger.
  static Result<Ledger> open(const std::string& path, util::Clock& clock, const model::Catalog* base);
  static Result<Ledger> in_memory(util::Clock& clock, const model::Catalog* base);

  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  ~Ledger();

  Result<ImportReport> import(std::span<const store::JsonlFile> files, ImportOptions options = {});
  Result<ImportReport> import(const store::JsonlFile& file, ImportOptions options = {});

  // Validates and appends one event (stamped by the clock).
  Status append(model::Event event);

  // Writes every entity, then every event, as JSON Lines with recorded_at.
  Status export_jsonl(std::ostream& out);

  store::LedgerFile& file() { return *m_file; }
  // This ledger and its base, as one catalog (entities and events).
  const model::Catalog& catalog() const;

 private:
  class Impl;
  Ledger(std::unique_ptr<store::LedgerFile> file, util::Clock& clock, const model::Catalog* base);

  std::unique_ptr<store::LedgerFile> m_file;
  util::Clock* m_clock;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace igo::ledger
