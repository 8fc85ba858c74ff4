#include "store/ledger_file.hpp"

#include "model/codec.hpp"

namespace igo::store {
namespace {

constexpr std::string_view k_schema = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('format', 'igo-ledger'), ('version', '1');
CREATE TABLE IF NOT EXISTS entities(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  date_lo INTEGER NOT NULL,
  date_hi INTEGER NOT NULL,
  org TEXT,
  actors TEXT NOT NULL,
  place TEXT,
  organ TEXT,
  document TEXT,
  status_for TEXT,
  target TEXT,
  recorded_at INTEGER NOT NULL,
  body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rules(
  org TEXT PRIMARY KEY,
  body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blobs(
  name TEXT PRIMARY KEY,
  body BLOB NOT NULL);
CREATE TRIGGER IF NOT EXISTS entities_append_only_u BEFORE UPDATE ON entities
  BEGIN SELECT RAISE(ABORT, 'the igo ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS entities_append_only_d BEFORE DELETE ON entities
  BEGIN SELECT RAISE(ABORT, 'the igo ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_u BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'the igo ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_d BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the igo ledger is append-only'); END;
)sql";

std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ' ';
    out += id;
  }
  return out;
}

Result<model::Event> decode_event(std::string_view body, std::int64_t recorded_at) {
  auto json = model::Json::parse(body, nullptr, false);
  if (json.is_discarded()) return corruption("an event body in the ledger is not valid JSON");
  auto event = model::event_from_json(json);
  if (!event.ok()) return corruption("an event in the ledger is malformed: " + event.error().to_string());
  event->recorded_at = recorded_at;
  return event;
}

Result<model::Entity> decode_entity(std::string_view body, std::int64_t recorded_at) {
  auto json = model::Json::parse(body, nullptr, false);
  if (json.is_discarded()) return corruption("an entity body in the ledger is not valid JSON");
  auto entity = model::entity_from_json(json);
  if (!entity.ok()) return corruption("an entity in the ledger is malformed: " + entity.error().to_string());
  entity->recorded_at = recorded_at;
  return entity;
}

}  // namespace

Result<LedgerFile> LedgerFile::open(const std::string& path, OpenMode mode) {
  IGO_TRY_ASSIGN(auto db, Database::open(path, mode));
  LedgerFile file(std::move(db));
  if (mode == OpenMode::read_write_create) {
    IGO_TRY(file.m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"));
    IGO_TRY(file.init_schema());
  }
  auto check = file.m_db.prepare("SELECT value FROM meta WHERE key = 'format'");
  if (!check.ok()) return corruption(path + " is not an igo ledger file");
  IGO_TRY(file.prepare_statements());
  return file;
}

Result<LedgerFile> LedgerFile::open_image(std::span<const std::byte> image) {
  IGO_TRY_ASSIGN(auto db, Database::open_image(image));
  LedgerFile file(std::move(db));
  IGO_TRY(file.prepare_statements());
  return file;
}

Result<LedgerFile> LedgerFile::create_memory() {
  IGO_TRY_ASSIGN(auto db, Database::open_memory());
  LedgerFile file(std::move(db));
  IGO_TRY(file.init_schema());
  IGO_TRY(file.prepare_statements());
  return file;
}

Status LedgerFile::init_schema() { return m_db.exec(k_schema); }

Status LedgerFile::prepare_statements() {
  IGO_TRY_ASSIGN(m_insert_entity,
                 m_db.prepare("INSERT INTO entities(id, kind, recorded_at, body) VALUES (?,?,?,?)"));
  IGO_TRY_ASSIGN(m_insert_event,
                 m_db.prepare("INSERT INTO events(id, type, date, date_lo, date_hi, org, actors, "
                              "place, organ, document, status_for, target, recorded_at, body) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  IGO_TRY_ASSIGN(m_find_entity, m_db.prepare("SELECT recorded_at, body FROM entities WHERE id = ?"));
  IGO_TRY_ASSIGN(m_find_event, m_db.prepare("SELECT seq FROM events WHERE id = ?"));
  IGO_TRY_ASSIGN(m_event_by_seq, m_db.prepare("SELECT recorded_at, body FROM events WHERE seq = ?"));
  return {};
}

Result<std::int64_t> LedgerFile::append_entity(const model::Entity& entity) {
  auto& s = m_insert_entity;
  s.bind(1, entity.id);
  s.bind(2, model::to_string(entity.kind));
  s.bind(3, entity.recorded_at);
  s.bind(4, model::to_json(entity, model::WithRecordedAt::no).dump());
  auto r = s.run();
  s.reset();
  if (!r.ok()) {
    if (r.error().code() == ErrorCode::conflict) {
      return conflict("entity \"" + entity.id + "\" already exists (entities are never redefined)");
    }
    return std::move(r).error();
  }
  return m_db.last_insert_rowid();
}

Result<std::int64_t> LedgerFile::append_event(const model::Event& event) {
  auto& s = m_insert_event;
  std::string status_for = event.attr("for");
  if (event.type == model::EventType::statuses_merged) status_for = event.attr("to");
  s.bind(1, event.id);
  s.bind(2, model::to_string(event.type));
  s.bind(3, event.date.to_string());
  s.bind(4, std::int64_t{event.date.lo()});
  s.bind(5, std::int64_t{event.date.hi()});
  s.bind_or_null(6, event.org);
  s.bind(7, join_ids(event.actors));
  s.bind_or_null(8, event.place);
  s.bind_or_null(9, event.organ);
  s.bind_or_null(10, event.document);
  s.bind_or_null(11, status_for);
  // The event this one withdraws (retracted) or corrects (attrs.replaces).
  s.bind_or_null(12,
                 event.type == model::EventType::retracted ? event.attr("event") : event.attr("replaces"));
  s.bind(13, event.recorded_at);
  s.bind(14, model::to_json(event, model::WithRecordedAt::no).dump());
  auto r = s.run();
  s.reset();
  if (!r.ok()) {
    if (r.error().code() == ErrorCode::conflict) {
      return conflict("event \"" + event.id + "\" already exists (events are never rewritten)");
    }
    return std::move(r).error();
  }
  return m_db.last_insert_rowid();
}

Status LedgerFile::put_rules(std::string_view org, std::string_view json) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("INSERT INTO rules(org, body) VALUES (?, ?)"));
  s.bind(1, org);
  s.bind(2, json);
  return s.run();
}

Status LedgerFile::put_blob(std::string_view name, std::string_view body) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("INSERT INTO blobs(name, body) VALUES (?, ?)"));
  s.bind(1, name);
  s.bind(2, body);
  return s.run();
}

Result<std::optional<model::Entity>> LedgerFile::find_entity(std::string_view id) {
  auto& s = m_find_entity;
  s.bind(1, id);
  IGO_TRY_ASSIGN(bool row, s.step());
  if (!row) {
    s.reset();
    return std::optional<model::Entity>();
  }
  auto entity = decode_entity(s.text(1), s.int64(0));
  s.reset();
  if (!entity.ok()) return std::move(entity).error();
  return std::optional<model::Entity>(std::move(entity).value());
}

Result<std::optional<std::int64_t>> LedgerFile::find_event_seq(std::string_view id) {
  auto& s = m_find_event;
  s.bind(1, id);
  IGO_TRY_ASSIGN(bool row, s.step());
  std::optional<std::int64_t> seq;
  if (row) seq = s.int64(0);
  s.reset();
  return seq;
}

Result<bool> LedgerFile::has_event(std::string_view id) {
  IGO_TRY_ASSIGN(auto seq, find_event_seq(id));
  return seq.has_value();
}

Result<model::Event> LedgerFile::event(std::int64_t seq) {
  auto& s = m_event_by_seq;
  s.bind(1, seq);
  IGO_TRY_ASSIGN(bool row, s.step());
  if (!row) {
    s.reset();
    return not_found("no event with seq " + std::to_string(seq));
  }
  auto event = decode_event(s.text(1), s.int64(0));
  s.reset();
  return event;
}

Status LedgerFile::scan_entities(const std::function<Status(model::Entity&&)>& fn) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("SELECT recorded_at, body FROM entities ORDER BY seq"));
  while (true) {
    IGO_TRY_ASSIGN(bool row, s.step());
    if (!row) return {};
    IGO_TRY_ASSIGN(auto entity, decode_entity(s.text(1), s.int64(0)));
    IGO_TRY(fn(std::move(entity)));
  }
}

Status LedgerFile::scan_event_rows(const std::function<Status(const EventRow&)>& fn) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("SELECT seq, id, type, date, org, actors, place, organ, "
                                      "document, status_for, target, recorded_at, date_lo, "
                                      "date_hi FROM events "
                                      "ORDER BY seq"));
  EventRow r;
  while (true) {
    IGO_TRY_ASSIGN(bool row, s.step());
    if (!row) return {};
    r.seq = s.int64(0);
    r.id = s.text(1);
    r.type = s.text(2);
    r.date = s.text(3);
    r.org = s.text(4);
    r.actors = s.text(5);
    r.place = s.text(6);
    r.organ = s.text(7);
    r.document = s.text(8);
    r.status_for = s.text(9);
    r.target = s.text(10);
    r.recorded_at = s.int64(11);
    r.date_lo = static_cast<std::int32_t>(s.int64(12));
    r.date_hi = static_cast<std::int32_t>(s.int64(13));
    IGO_TRY(fn(r));
  }
}

Status LedgerFile::scan_events(const std::function<Status(model::Event&&)>& fn) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("SELECT recorded_at, body FROM events ORDER BY seq"));
  while (true) {
    IGO_TRY_ASSIGN(bool row, s.step());
    if (!row) return {};
    IGO_TRY_ASSIGN(auto event, decode_event(s.text(1), s.int64(0)));
    IGO_TRY(fn(std::move(event)));
  }
}

Status LedgerFile::scan_rules(const std::function<Status(std::string_view org, std::string_view json)>& fn) {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("SELECT org, body FROM rules ORDER BY org"));
  while (true) {
    IGO_TRY_ASSIGN(bool row, s.step());
    if (!row) return {};
    IGO_TRY(fn(s.text(0), s.text(1)));
  }
}

Status LedgerFile::scan_blobs(const std::function<Status(std::string_view name, std::string_view body)>& fn) {
  auto s = m_db.prepare("SELECT name, body FROM blobs ORDER BY name");
  if (!s.ok()) return {};  // a ledger without blobs (older or user files)
  while (true) {
    IGO_TRY_ASSIGN(bool row, s->step());
    if (!row) return {};
    IGO_TRY(fn(s->text(0), s->text(1)));
  }
}

Result<std::int64_t> LedgerFile::event_count() {
  IGO_TRY_ASSIGN(auto s, m_db.prepare("SELECT count(*) FROM events"));
  IGO_TRY(s.step());
  return s.int64(0);
}

Status LedgerFile::make_portable() { return m_db.exec("PRAGMA journal_mode=DELETE"); }

}  // namespace igo::store
