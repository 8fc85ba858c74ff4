#include "model/validate.hpp"

#include <array>
#include <initializer_list>

namespace igo::model {
namespace {

Error field_error(std::string field, std::string message) {
  auto e = invalid_argument(std::move(message));
  e.in_field(std::move(field));
  return e;
}

std::string kinds_text(std::initializer_list<EntityKind> kinds) {
  std::string out;
  for (auto k : kinds) {
    if (!out.empty()) out += " or ";
    out += to_string(k);
  }
  return out;
}

Status check_ref(const Catalog& catalog, const std::string& field, const std::string& id,
                 std::initializer_list<EntityKind> kinds) {
  const Entity* e = catalog.entity(id);
  if (e == nullptr) {
    auto err = not_found("unknown id \"" + id + "\" (expected a known " + kinds_text(kinds) + ")");
    err.in_field(field);
    return err;
  }
  for (auto k : kinds) {
    if (e->kind == k) return {};
  }
  return field_error(
      field, "\"" + id + "\" is a " + std::string(to_string(e->kind)) + ", expected a " + kinds_text(kinds));
}

Status check_optional_ref(const Catalog& catalog, const std::string& field, const std::string& id,
                          std::initializer_list<EntityKind> kinds) {
  if (id.empty()) return {};
  return check_ref(catalog, field, id, kinds);
}

Status check_event_ref(const Catalog& catalog, const std::string& field, const std::string& id) {
  if (catalog.has_event(id)) return {};
  auto err = not_found("unknown event id \"" + id + "\"");
  err.in_field(field);
  return err;
}

Status check_attrs(const Event& e, const Catalog& catalog) {
  const auto& a = e.attrs;
  if (!a.is_object()) return {};
  for (const char* key : {"host", "chair"}) {
    if (a.contains(key)) {
      if (!a[key].is_string()) return field_error(std::string("attrs.") + key, "expected a state id");
      IGO_TRY(
          check_ref(catalog, std::string("attrs.") + key, a[key].get<std::string>(), {EntityKind::state}));
    }
  }
  if (a.contains("person")) {
    IGO_TRY(check_ref(catalog, "attrs.person", e.attr("person"), {EntityKind::person}));
  }
  if (a.contains("virtual") && !a["virtual"].is_boolean()) {
    return field_error("attrs.virtual", "expected true or false");
  }
  if (a.contains("term")) {
    auto term = util::Date::parse(e.attr("term"));
    if (!term.ok()) return field_error("attrs.term", term.error().message());
  }
  if (a.contains("confidence")) {
    static constexpr std::array<std::string_view, 4> k_levels = {"high", "medium", "low", "unconfirmed"};
    auto level = e.attr("confidence");
    bool known = false;
    for (auto l : k_levels) known = known || l == level;
    if (!known) return field_error("attrs.confidence", "expected high, medium, low or unconfirmed");
    if (level == "unconfirmed" && !e.date.is_uncertain()) {
      return field_error("date", "an unconfirmed fact is never certain: mark its date with ?");
    }
  }
  for (const char* key : {"replaces", "conflicts_with"}) {
    for (const auto& id : e.attr_list(key)) {
      IGO_TRY(check_event_ref(catalog, std::string("attrs.") + key, id));
    }
  }
  if (e.type == EventType::statuses_merged) {
    if (e.attr_list("from").empty() || e.attr("to").empty()) {
      return field_error("attrs", "statuses_merged needs attrs.from (statuses) and attrs.to");
    }
  }
  if (e.type == EventType::retracted) {
    if (e.attr("event").empty())
      return field_error("attrs.event", "retracted needs the event id it withdraws");
    IGO_TRY(check_event_ref(catalog, "attrs.event", e.attr("event")));
  }
  return {};
}

}  // namespace

Status validate_event(const Event& e, const Catalog& catalog) {
  auto need = needs(e.type);
  std::string type(to_string(e.type));
  if (need.org && e.org.empty()) return field_error("org", type + " needs an organization");
  if (need.actor && e.actors.empty()) return field_error("actors", type + " needs at least one actor");
  if (need.document && e.document.empty()) return field_error("document", type + " needs a document id");
  bool is_virtual = e.attrs.is_object() && e.attrs.value("virtual", false);
  if (need.place && e.place.empty() && !is_virtual) {
    return field_error("place", type + " needs a place (or attrs.virtual)");
  }
  IGO_TRY(check_optional_ref(catalog, "org", e.org, {EntityKind::org}));
  for (std::size_t i = 0; i < e.actors.size(); ++i) {
    IGO_TRY(check_ref(catalog, "actors[" + std::to_string(i) + "]", e.actors[i],
                      {EntityKind::state, EntityKind::org}));
  }
  IGO_TRY(check_optional_ref(catalog, "place", e.place, {EntityKind::place}));
  IGO_TRY(check_optional_ref(catalog, "organ", e.organ, {EntityKind::organ}));
  IGO_TRY(check_optional_ref(catalog, "document", e.document, {EntityKind::document}));
  if (e.sources.empty()) return field_error("sources", "every event needs at least one source");
  for (std::size_t i = 0; i < e.sources.size(); ++i) {
    IGO_TRY(check_ref(catalog, "sources[" + std::to_string(i) + "].source", e.sources[i].source,
                      {EntityKind::source}));
  }
  return check_attrs(e, catalog);
}

Status validate_entity(const Entity& e, const Catalog& catalog) {
  struct Ref {
    const char* key;
    std::initializer_list<EntityKind> kinds;
  };
  static const std::array<Ref, 8> k_refs = {{
      {"country", {EntityKind::state}},
      {"capital_of", {EntityKind::state}},
      {"org", {EntityKind::org}},
      {"seat", {EntityKind::place}},
      {"hq", {EntityKind::place}},
      {"parent", {EntityKind::organ}},
      {"predecessor", {EntityKind::org}},
      {"successor", {EntityKind::org}},
  }};
  for (const auto& ref : k_refs) {
    IGO_TRY(check_optional_ref(catalog, ref.key, e.text(ref.key), ref.kinds));
  }
  if (auto it = e.body.find("sources"); it != e.body.end() && it->is_array()) {
    for (std::size_t i = 0; i < it->size(); ++i) {
      const auto& s = (*it)[i];
      std::string field = "sources[" + std::to_string(i) + "]";
      if (!s.is_string()) return field_error(field, "expected a source id");
      IGO_TRY(check_ref(catalog, field, s.get<std::string>(), {EntityKind::source}));
    }
  }
  if (auto it = e.body.find("valid"); it != e.body.end() && !it->is_null()) {
    auto d = it->is_string() ? util::Date::parse(it->get<std::string>())
                             : Result<util::Date>(invalid_argument("expected an EDTF interval"));
    if (!d.ok()) return field_error("valid", d.error().message());
  }
  return {};
}

}  // namespace igo::model
