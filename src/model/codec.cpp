#include "model/codec.hpp"

#include <algorithm>
#include <array>

namespace igo::model {
namespace {

Error field_error(std::string field, std::string message) {
  auto e = invalid_argument(std::move(message));
  e.in_field(std::move(field));
  return e;
}

bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Reads an optional string field: absent or null gives "".
Result<std::string> optional_string(const Json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return std::string();
  if (!it->is_string()) return field_error(key, "expected a string or null");
  return it->get<std::string>();
}

Result<std::string> required_string(const Json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return field_error(key, "missing (required)");
  if (!it->is_string()) return field_error(key, "expected a string");
  auto value = it->get<std::string>();
  if (value.empty()) return field_error(key, "must not be empty");
  return value;
}

Result<Names> parse_names(const Json& record, const char* key) {
  Names names;
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return names;
  if (!it->is_object()) return field_error(key, "expected an object of language -> [names]");
  for (const auto& [lang_text, list] : it->items()) {
    auto lang = parse_lang(lang_text);
    std::string field = std::string(key) + "." + lang_text;
    if (!lang) return field_error(field, "unknown language (expected ar, en, ru or zh)");
    if (!list.is_array()) return field_error(field, "expected a list of strings");
    for (const auto& name : list) {
      if (!name.is_string() || name.get<std::string>().empty()) {
        return field_error(field, "expected non-empty strings");
      }
      names.in(*lang).push_back(name.get<std::string>());
    }
  }
  return names;
}

constexpr std::array<std::string_view, 13> k_event_fields = {
    "id",       "type",  "date",    "org",  "actors",      "place", "organ",
    "document", "attrs", "sources", "note", "recorded_at", "kind"};

}  // namespace

bool is_state_id(std::string_view id) {
  return id.size() == 3 && std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_org_id(std::string_view id) {
  if (id.empty() || id.front() < 'A' || id.front() > 'Z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return is_upper_or_digit(c) || c == '_'; });
}

bool is_slug_id(std::string_view id) {
  if (id.empty() || !is_lower_or_digit(id.front()) || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return is_lower_or_digit(c) || c == '-'; });
}

bool is_event_id(std::string_view id) {
  if (id.empty() || id.size() > 200 || !is_lower_or_digit(id.front())) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return is_lower_or_digit(c) || c == '-' || c == '_' || c == '.' || c == '/';
  });
}

Result<RecordKind> record_kind(const Json& record) {
  if (!record.is_object()) return invalid_argument("expected a JSON object");
  bool has_kind = record.contains("kind");
  bool has_type = record.contains("type");
  if (has_kind && has_type) {
    return invalid_argument("a record has either \"kind\" (entity) or \"type\" (event), not both");
  }
  if (has_type) return RecordKind::event;
  if (has_kind) return RecordKind::entity;
  return invalid_argument("a record needs \"kind\" (an entity) or \"type\" (an event)");
}

Result<Event> event_from_json(const Json& record) {
  if (!record.is_object()) return invalid_argument("expected a JSON object");
  for (const auto& [key, value] : record.items()) {
    if (std::find(k_event_fields.begin(), k_event_fields.end(), key) == k_event_fields.end()) {
      return field_error(key, "unknown field of an event");
    }
  }
  Event e;
  IGO_TRY_ASSIGN(e.id, required_string(record, "id"));
  if (!is_event_id(e.id)) {
    return field_error("id", "\"" + e.id + "\" is not an event id (lower-case letters, digits, - _ .)");
  }
  IGO_TRY_ASSIGN(auto type_text, required_string(record, "type"));
  auto type = parse_event_type(type_text);
  if (!type) return field_error("type", "unknown event type \"" + type_text + "\"");
  if (*type == EventType::member_of) {
    return field_error("type", "member_of is a mention from text, not an event the ledger stores");
  }
  e.type = *type;
  IGO_TRY_ASSIGN(auto date_text, required_string(record, "date"));
  auto date = util::Date::parse(date_text);
  if (!date.ok()) return field_error("date", date.error().message());
  e.date = *date;
  IGO_TRY_ASSIGN(e.org, optional_string(record, "org"));
  IGO_TRY_ASSIGN(e.place, optional_string(record, "place"));
  IGO_TRY_ASSIGN(e.organ, optional_string(record, "organ"));
  IGO_TRY_ASSIGN(e.document, optional_string(record, "document"));
  IGO_TRY_ASSIGN(e.note, optional_string(record, "note"));
  if (auto it = record.find("actors"); it != record.end() && !it->is_null()) {
    if (!it->is_array()) return field_error("actors", "expected a list of ids");
    for (const auto& a : *it) {
      if (!a.is_string() || a.get<std::string>().empty()) {
        return field_error("actors", "expected a list of non-empty id strings");
      }
      e.actors.push_back(a.get<std::string>());
    }
  }
  if (auto it = record.find("attrs"); it != record.end() && !it->is_null()) {
    if (!it->is_object()) return field_error("attrs", "expected an object");
    e.attrs = *it;
  }
  auto sources = record.find("sources");
  if (sources == record.end() || sources->is_null()) {
    return field_error("sources", "missing: every event needs at least one source");
  }
  if (!sources->is_array()) return field_error("sources", "expected a list of {source, quote}");
  if (sources->empty()) return field_error("sources", "empty: every event needs at least one source");
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const auto& s = (*sources)[i];
    std::string field = "sources[" + std::to_string(i) + "]";
    if (!s.is_object()) return field_error(field, "expected {\"source\": id, \"quote\": text}");
    auto src = optional_string(s, "source");
    auto quote = optional_string(s, "quote");
    if (!src.ok() || src->empty()) return field_error(field + ".source", "missing source id");
    if (!quote.ok()) return field_error(field + ".quote", "expected a string");
    e.sources.push_back({*src, *quote});
  }
  if (auto it = record.find("recorded_at"); it != record.end() && !it->is_null()) {
    if (!it->is_string()) return field_error("recorded_at", "expected a UTC timestamp string");
    auto t = util::parse_timestamp(it->get<std::string>());
    if (!t.ok()) return field_error("recorded_at", t.error().message());
    e.recorded_at = *t;
  }
  return e;
}

Result<Entity> entity_from_json(const Json& record) {
  if (!record.is_object()) return invalid_argument("expected a JSON object");
  Entity e;
  IGO_TRY_ASSIGN(auto kind_text, required_string(record, "kind"));
  auto kind = parse_entity_kind(kind_text);
  if (!kind) {
    return field_error("kind", "unknown kind \"" + kind_text +
                                   "\" (expected state, org, place, document, organ, person, source)");
  }
  e.kind = *kind;
  IGO_TRY_ASSIGN(e.id, required_string(record, "id"));
  bool id_ok = false;
  const char* expected = "";
  switch (e.kind) {
    case EntityKind::state:
      id_ok = is_state_id(e.id);
      expected = "an ISO 3166-1 alpha-3 code such as CHN";
      break;
    case EntityKind::org:
      id_ok = is_org_id(e.id);
      expected = "upper-case letters, digits and _ such as SCO";
      break;
    case EntityKind::source:
      id_ok = is_slug_id(e.id) && e.id.rfind("src-", 0) == 0;
      expected = "src- followed by a lower-case slug";
      break;
    default:
      id_ok = is_slug_id(e.id);
      expected = "a lower-case slug such as saint-petersburg";
      break;
  }
  if (!id_ok)
    return field_error("id", "\"" + e.id + "\" is not a valid " + kind_text + " id: expected " + expected);
  IGO_TRY_ASSIGN(e.names, parse_names(record, "names"));
  if (e.kind == EntityKind::source) {
    IGO_TRY(required_string(record, "title"));
    IGO_TRY(required_string(record, "url"));
  } else if (e.names.empty()) {
    return field_error("names", "an entity needs at least one name");
  }
  if (auto it = record.find("recorded_at"); it != record.end() && !it->is_null()) {
    auto t = it->is_string() ? util::parse_timestamp(it->get<std::string>())
                             : Result<util::Timestamp>(invalid_argument("expected a timestamp"));
    if (!t.ok()) return field_error("recorded_at", t.error().message());
    e.recorded_at = *t;
  }
  e.body = record;
  e.body.erase("recorded_at");
  return e;
}

Json to_json(const Event& e, WithRecordedAt with) {
  auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  Json out = Json::object();
  out["id"] = e.id;
  out["type"] = std::string(to_string(e.type));
  out["date"] = e.date.to_string();
  out["org"] = or_null(e.org);
  out["actors"] = e.actors;
  out["place"] = or_null(e.place);
  out["organ"] = or_null(e.organ);
  out["document"] = or_null(e.document);
  out["attrs"] = e.attrs.is_object() ? e.attrs : Json::object();
  Json sources = Json::array();
  for (const auto& s : e.sources) sources.push_back({{"source", s.source}, {"quote", s.quote}});
  out["sources"] = std::move(sources);
  out["note"] = e.note;
  if (with == WithRecordedAt::yes && e.recorded_at != 0) {
    out["recorded_at"] = util::format_timestamp(e.recorded_at);
  }
  return out;
}

Json to_json(const Entity& e, WithRecordedAt with) {
  Json out = e.body;
  if (with == WithRecordedAt::yes && e.recorded_at != 0) {
    out["recorded_at"] = util::format_timestamp(e.recorded_at);
  }
  return out;
}

}  // namespace igo::model
