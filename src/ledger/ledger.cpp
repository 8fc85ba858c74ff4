#include "ledger/ledger.hpp"

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/codec.hpp"

namespace igo::ledger {
namespace {

// Looks ids up in the base catalog, then in the ledger file (cached).
class FileCatalog : public model::Catalog {
 public:
  FileCatalog(store::LedgerFile* file, const model::Catalog* base) : m_file(file), m_base(base) {}

  const model::Entity* entity(std::string_view id) const override {
    if (m_base != nullptr) {
      if (const auto* e = m_base->entity(id)) return e;
    }
    std::string key(id);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
      auto found = m_file->find_entity(id);
      std::optional<model::Entity> value;
      if (found.ok()) value = std::move(found).value();
      it = m_cache.emplace(key, std::move(value)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  bool has_event(std::string_view id) const override {
    if (m_base != nullptr && m_base->has_event(id)) return true;
    auto found = m_file->has_event(id);
    return found.ok() && *found;
  }

  void forget(const std::string& id) { m_cache.erase(id); }

 private:
  store::LedgerFile* m_file;
  const model::Catalog* m_base;
  mutable std::unordered_map<std::string, std::optional<model::Entity>> m_cache;
};

// The catalog during an import: the records being imported, then the rest.
class PendingCatalog : public model::Catalog {
 public:
  explicit PendingCatalog(const model::Catalog& committed) : m_committed(committed) {}

  const model::Entity* entity(std::string_view id) const override {
    auto it = m_entities.find(std::string(id));
    if (it != m_entities.end()) return &it->second;
    return m_committed.entity(id);
  }
  bool has_event(std::string_view id) const override {
    return m_events.count(std::string(id)) > 0 || m_committed.has_event(id);
  }

  std::unordered_map<std::string, model::Entity> m_entities;
  std::unordered_set<std::string> m_events;

 private:
  const model::Catalog& m_committed;
};

struct Located {
  const store::JsonlFile* file;
  store::JsonlLine line;
};

}  // namespace

class Ledger::Impl {
 public:
  Impl(store::LedgerFile* file, const model::Catalog* base) : catalog(file, base) {}
  FileCatalog catalog;
};

Ledger::Ledger(std::unique_ptr<store::LedgerFile> file, util::Clock& clock, const model::Catalog* base)
    : m_file(std::move(file)), m_clock(&clock), m_impl(std::make_unique<Impl>(m_file.get(), base)) {}

Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::~Ledger() = default;

Result<Ledger> Ledger::open(const std::string& path, util::Clock& clock, const model::Catalog* base) {
  IGO_TRY_ASSIGN(auto file, store::LedgerFile::open(path, store::OpenMode::read_write_create));
  return Ledger(std::make_unique<store::LedgerFile>(std::move(file)), clock, base);
}

Result<Ledger> Ledger::in_memory(util::Clock& clock, const model::Catalog* base) {
  IGO_TRY_ASSIGN(auto file, store::LedgerFile::create_memory());
  return Ledger(std::make_unique<store::LedgerFile>(std::move(file)), clock, base);
}

const model::Catalog& Ledger::catalog() const { return m_impl->catalog; }

Result<ImportReport> Ledger::import(const store::JsonlFile& file, ImportOptions options) {
  return import(std::span<const store::JsonlFile>(&file, 1), options);
}

Result<ImportReport> Ledger::import(std::span<const store::JsonlFile> files, ImportOptions options) {
  PendingCatalog pending(m_impl->catalog);
  std::vector<std::pair<model::Entity, Located>> entities;
  std::vector<std::pair<model::Event, Located>> events;

  // Pass 1: shapes, and the ids each record defines.
  for (const auto& file : files) {
    IGO_TRY(file.for_each([&](const store::JsonlLine& line, model::Json&& json) -> Status {
      auto kind = model::record_kind(json);
      if (!kind.ok()) return file.locate(kind.error(), line);
      if (*kind == model::RecordKind::entity) {
        auto entity = model::entity_from_json(json);
        if (!entity.ok()) return file.locate(entity.error(), line);
        if (pending.m_entities.count(entity->id) > 0 || m_impl->catalog.entity(entity->id)) {
          auto e = conflict("entity id \"" + entity->id + "\" is already defined");
          e.in_field("id");
          return file.locate(std::move(e), line);
        }
        pending.m_entities.emplace(entity->id, *entity);
        entities.emplace_back(std::move(entity).value(), Located{&file, line});
      } else {
        auto event = model::event_from_json(json);
        if (!event.ok()) return file.locate(event.error(), line);
        if (pending.m_events.count(event->id) > 0 || m_impl->catalog.has_event(event->id)) {
          auto e = conflict("event id \"" + event->id + "\" is already defined");
          e.in_field("id");
          return file.locate(std::move(e), line);
        }
        pending.m_events.insert(event->id);
        events.emplace_back(std::move(event).value(), Located{&file, line});
      }
      return {};
    }));
  }

  // Pass 2: references.
  for (const auto& [entity, where] : entities) {
    auto s = model::validate_entity(entity, pending);
    if (!s.ok()) return where.file->locate(s.error(), where.line);
  }
  for (const auto& [event, where] : events) {
    auto s = model::validate_event(event, pending);
    if (!s.ok()) return where.file->locate(s.error(), where.line);
  }

  // Append everything in one transaction.
  ImportReport report;
  report.recorded_at = options.stamp == Stamp::clock ? m_clock->now() : options.default_time;
  auto stamp = [&](util::Timestamp own) {
    if (options.stamp == Stamp::record_or_default && own != 0) return own;
    return report.recorded_at;
  };
  IGO_TRY_ASSIGN(auto txn, m_file->begin());
  for (auto& [entity, where] : entities) {
    entity.recorded_at = stamp(entity.recorded_at);
    auto r = m_file->append_entity(entity);
    if (!r.ok()) return where.file->locate(r.error(), where.line);
    m_impl->catalog.forget(entity.id);
  }
  for (auto& [event, where] : events) {
    event.recorded_at = stamp(event.recorded_at);
    auto r = m_file->append_event(event);
    if (!r.ok()) return where.file->locate(r.error(), where.line);
  }
  IGO_TRY(txn.commit());
  report.entities = entities.size();
  report.events = events.size();
  return report;
}

Status Ledger::append(model::Event event) {
  if (m_impl->catalog.has_event(event.id)) {
    auto e = conflict("event id \"" + event.id + "\" is already defined");
    e.in_field("id");
    return e;
  }
  IGO_TRY(model::validate_event(event, m_impl->catalog));
  event.recorded_at = m_clock->now();
  IGO_TRY_ASSIGN(auto txn, m_file->begin());
  IGO_TRY(m_file->append_event(event));
  return txn.commit();
}

Status Ledger::export_jsonl(std::ostream& out) {
  IGO_TRY(m_file->scan_entities([&](model::Entity&& e) -> Status {
    out << model::to_json(e).dump() << '\n';
    return {};
  }));
  IGO_TRY(m_file->scan_events([&](model::Event&& e) -> Status {
    out << model::to_json(e).dump() << '\n';
    return {};
  }));
  if (!out) return io_error("cannot write the export");
  return {};
}

}  // namespace igo::ledger
