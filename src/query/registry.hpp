// Registry: the ledgers igo answers from, loaded for querying.
//
// A Registry stacks ledger files in layers: layer 0 is the built-in registry,
// layer 1 (optional) a user's own ledger (`--db`). It keeps every entity in
// memory, and a compact record of every event (EventRec, ids interned as
// Syms) that the projections need; the full event (sources, quotes, attrs,
// note) is read back from its layer on demand by event().
//
// The registry is a model::Catalog, so a user's import is validated against
// it. It is not thread-safe; open one per thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/validate.hpp"
#include "query/symbols.hpp"
#include "rules/rules.hpp"
#include "store/ledger_file.hpp"
#include "util/edtf.hpp"
#include "util/time.hpp"

namespace igo::query {

inline constexpr std::uint32_t k_no_event = 0xFFFFFFFFU;

// What the projections know of one event (56 bytes).
struct EventRec {
  util::Timestamp recorded_at = 0;
  util::Day lo = 0;
  util::Day hi = 0;
  std::uint32_t seq = 0;  // within its layer
  std::uint32_t actors_begin = 0;
  Sym org = k_no_sym;
  Sym place = k_no_sym;
  Sym organ = k_no_sym;
  Sym document = k_no_sym;
  Sym status_for = k_no_sym;          // attrs.for (attrs.to of statuses_merged)
  std::uint32_t target = k_no_event;  // the event this one retracts or replaces
  std::uint16_t actors_count = 0;
  model::EventType type = model::EventType::founded;
  std::uint8_t layer = 0;
  std::uint8_t flags = 0;  // k_uncertain | k_approximate

  static constexpr std::uint8_t k_uncertain = 1;
  static constexpr std::uint8_t k_approximate = 2;
};

struct LayerSpec {
  std::string name;  // "built-in", or the ledger file's path
  store::LedgerFile file;
};

class View;

class Registry final : public model::Catalog {
 public:
  // Loads the layers in order. Rules come from the layers' rules tables; the
  // registry must hold default rules (org "_default").
  static Result<std::unique_ptr<Registry>> open(std::vector<LayerSpec> layers);
  ~Registry() override;
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // model::Catalog
  const model::Entity* entity(std::string_view id) const override;
  bool has_event(std::string_view id) const override;

  const Symbols& symbols() const { return m_symbols; }
  Sym sym(std::string_view text) const { return m_symbols.find(text).value_or(k_no_sym); }
  std::string_view name(Sym s) const { return m_symbols.name(s); }
  const std::vector<EventRec>& events() const { return m_events; }
  std::span<const Sym> actors(const EventRec& e) const {
    return {m_actor_pool.data() + e.actors_begin, e.actors_count};
  }
  const rules::RuleBook& rules() const { return *m_rules; }
  const std::unordered_map<std::string, model::Entity>& entities() const { return m_entities; }
  std::size_t layer_count() const { return m_layers.size(); }
  const std::string& layer_name(std::size_t i) const { return m_layers[i].name; }

  // Files carried with the built-in registry (layer 0) whose names start
  // with `prefix`, e.g. "lexicon/": name -> content.
  Result<std::map<std::string, std::string>> blobs(std::string_view prefix) const;

  // The full event behind a record, read from its layer.
  Result<model::Event> event(std::uint32_t index) const;
  // The index of the event with this id, if any.
  Result<std::optional<std::uint32_t>> find_event(std::string_view id) const;

  // The registry as it stood at transaction time `known_at` (nullopt: now).
  // Views are built on first use and cached; references stay valid.
  const View& view(std::optional<util::Timestamp> known_at = std::nullopt) const;

 private:
  Registry();
  Status load_layer(std::uint8_t layer);
  Status resolve_targets();
  std::uint32_t index_of(std::uint8_t layer, std::int64_t seq) const;

  mutable std::vector<LayerSpec> m_layers;
  std::unordered_map<std::string, model::Entity> m_entities;
  Symbols m_symbols;
  std::vector<EventRec> m_events;
  std::vector<Sym> m_actor_pool;
  std::vector<std::pair<std::uint32_t, std::string>> m_pending_targets;
  std::unique_ptr<rules::RuleBook> m_rules;
  mutable std::map<util::Timestamp, std::unique_ptr<View>> m_views;
};

}  // namespace igo::query
