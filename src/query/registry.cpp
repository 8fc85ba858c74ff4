#include "query/registry.hpp"

#include <algorithm>

#include "model/codec.hpp"
#include "query/view.hpp"

namespace igo::query {

Registry::Registry() = default;
Registry::~Registry() = default;

Result<std::unique_ptr<Registry>> Registry::open(std::vector<LayerSpec> layers) {
  if (layers.size() > 255) return invalid_argument("too many ledger layers");
  std::unique_ptr<Registry> reg(new Registry());
  reg->m_layers = std::move(layers);
  std::optional<rules::OrgRules> default_rules;
  std::vector<rules::OrgRules> org_rules;
  for (std::size_t i = 0; i < reg->m_layers.size(); ++i) {
    auto& layer = reg->m_layers[i];
    auto status = layer.file.scan_rules([&](std::string_view org, std::string_view json) -> Status {
      auto parsed = model::Json::parse(json, nullptr, false);
      if (parsed.is_discarded()) return corruption("rules of " + std::string(org) + " are not JSON");
      auto rules = rules::OrgRules::from_json(parsed);
      if (!rules.ok()) return corruption("rules of " + std::string(org) + ": " + rules.error().to_string());
      if (org == "_default") {
        default_rules = std::move(rules).value();
      } else {
        org_rules.push_back(std::move(rules).value());
      }
      return {};
    });
    if (!status.ok()) return std::move(status).error().prefix(layer.name);
  }
  if (!default_rules) {
    return corruption("the registry has no default rules (data/orgs/_default.json)");
  }
  // Statuses are interned up front so that views, which are const, find them.
  for (const auto* r : {&*default_rules}) {
    for (const auto& s : r->statuses()) reg->m_symbols.intern(s);
  }
  for (const auto& r : org_rules) {
    for (const auto& s : r.statuses()) reg->m_symbols.intern(s);
  }
  reg->m_symbols.intern("suspended");
  reg->m_rules = std::make_unique<rules::RuleBook>(std::move(*default_rules));
  for (auto& r : org_rules) reg->m_rules->add(std::move(r));
  for (std::size_t i = 0; i < reg->m_layers.size(); ++i) {
    auto status = reg->load_layer(static_cast<std::uint8_t>(i));
    if (!status.ok()) return std::move(status).error().prefix(reg->m_layers[i].name);
  }
  IGO_TRY(reg->resolve_targets());
  return reg;
}

Status Registry::load_layer(std::uint8_t layer) {
  auto& file = m_layers[layer].file;
  IGO_TRY(file.scan_entities([&](model::Entity&& e) -> Status {
    std::string id = e.id;
    m_entities.insert_or_assign(std::move(id), std::move(e));
    return {};
  }));
  return file.scan_event_rows([&](const store::EventRow& row) -> Status {
    EventRec rec;
    auto type = model::parse_event_type(row.type);
    if (!type) return corruption("unknown event type \"" + std::string(row.type) + "\"");
    rec.type = *type;
    rec.recorded_at = row.recorded_at;
    rec.lo = row.date_lo;
    rec.hi = row.date_hi;
    rec.seq = static_cast<std::uint32_t>(row.seq);
    rec.layer = layer;
    for (char c : row.date) {
      if (c == '?') rec.flags |= EventRec::k_uncertain;
      if (c == '~') rec.flags |= EventRec::k_approximate;
      if (c == '%') rec.flags |= EventRec::k_uncertain | EventRec::k_approximate;
    }
    rec.org = m_symbols.intern(row.org);
    rec.place = m_symbols.intern(row.place);
    rec.organ = m_symbols.intern(row.organ);
    rec.document = m_symbols.intern(row.document);
    rec.status_for = m_symbols.intern(row.status_for);
    rec.actors_begin = static_cast<std::uint32_t>(m_actor_pool.size());
    std::string_view actors = row.actors;
    while (!actors.empty()) {
      auto space = actors.find(' ');
      auto id = actors.substr(0, space);
      if (!id.empty()) m_actor_pool.push_back(m_symbols.intern(id));
      if (space == std::string_view::npos) break;
      actors.remove_prefix(space + 1);
    }
    rec.actors_count = static_cast<std::uint16_t>(m_actor_pool.size() - rec.actors_begin);
    if (!row.target.empty()) {
      m_pending_targets.emplace_back(static_cast<std::uint32_t>(m_events.size()), row.target);
    }
    m_events.push_back(rec);
    return {};
  });
}

Status Registry::resolve_targets() {
  for (const auto& [index, id] : m_pending_targets) {
    IGO_TRY_ASSIGN(auto target, find_event(id));
    if (!target) return corruption("event \"" + id + "\" is retracted or replaced but does not exist");
    m_events[index].target = *target;
  }
  m_pending_targets.clear();
  return {};
}

std::uint32_t Registry::index_of(std::uint8_t layer, std::int64_t seq) const {
  auto it = std::lower_bound(m_events.begin(), m_events.end(), std::pair{layer, seq},
                             [](const EventRec& e, const std::pair<std::uint8_t, std::int64_t>& key) {
                               return std::pair<std::uint8_t, std::int64_t>{e.layer, e.seq} < key;
                             });
  if (it == m_events.end() || it->layer != layer || it->seq != seq) return k_no_event;
  return static_cast<std::uint32_t>(it - m_events.begin());
}

const model::Entity* Registry::entity(std::string_view id) const {
  auto it = m_entities.find(std::string(id));
  return it == m_entities.end() ? nullptr : &it->second;
}

bool Registry::has_event(std::string_view id) const {
  auto found = find_event(id);
  return found.ok() && found->has_value();
}

Result<std::optional<std::uint32_t>> Registry::find_event(std::string_view id) const {
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    IGO_TRY_ASSIGN(auto seq, m_layers[i].file.find_event_seq(id));
    if (seq) {
      auto index = index_of(static_cast<std::uint8_t>(i), *seq);
      if (index != k_no_event) return std::optional<std::uint32_t>(index);
    }
  }
  return std::optional<std::uint32_t>();
}

Result<model::Event> Registry::event(std::uint32_t index) const {
  const auto& rec = m_events.at(index);
  return m_layers[rec.layer].file.event(rec.seq);
}

Result<std::map<std::string, std::string>> Registry::blobs(std::string_view prefix) const {
  std::map<std::string, std::string> out;
  if (m_layers.empty()) return out;
  IGO_TRY(m_layers[0].file.scan_blobs([&](std::string_view name, std::string_view body) -> Status {
    if (name.substr(0, prefix.size()) == prefix) out.emplace(name, body);
    return {};
  }));
  return out;
}

const View& Registry::view(std::optional<util::Timestamp> known_at) const {
  util::Timestamp key = known_at.value_or(std::numeric_limits<util::Timestamp>::max());
  auto it = m_views.find(key);
  if (it == m_views.end()) {
    it = m_views.emplace(key, std::make_unique<View>(*this, key)).first;
  }
  return *it->second;
}

}  // namespace igo::query
