#include "extract/extract.hpp"

namespace igo::extract {
namespace {

model::Json null_or(const std::string& s) { return s.empty() ? model::Json() : model::Json(s); }

Result<std::string> optional_string(const model::Json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::string();
  if (!j[key].is_string()) {
    auto e = invalid_argument(std::string("`") + key + "` must be a string or null");
    e.in_field(key);
    return e;
  }
  return j[key].get<std::string>();
}

}  // namespace

model::Json to_json(const Mention& m) {
  model::Json j = model::Json::object();
  j["type"] = std::string(model::to_string(m.type));
  j["date"] = m.date ? model::Json(*m.date) : model::Json();
  j["org"] = null_or(m.org);
  j["actors"] = m.actors;
  j["place"] = null_or(m.place);
  j["document"] = null_or(m.document);
  if (m.planned) j["status"] = "planned";
  j["evidence"] = m.evidence;
  j["bytes"] = {m.begin, m.end};
  return j;
}

Result<Mention> mention_from_json(const model::Json& j) {
  if (!j.is_object()) return invalid_argument("a gold row must be a JSON object");
  Mention m;
  IGO_TRY_ASSIGN(auto type, optional_string(j, "type"));
  auto t = model::parse_event_type(type);
  if (!t) {
    auto e = invalid_argument("unknown event type \"" + type + "\"");
    e.in_field("type");
    return e;
  }
  m.type = *t;
  IGO_TRY_ASSIGN(auto date, optional_string(j, "date"));
  if (!date.empty()) {
    auto d = util::Date::parse(date);
    if (!d.ok()) {
      auto e = invalid_argument(d.error().message());
      e.in_field("date");
      return e;
    }
    m.date = d->to_string();
  }
  IGO_TRY_ASSIGN(m.org, optional_string(j, "org"));
  IGO_TRY_ASSIGN(m.place, optional_string(j, "place"));
  IGO_TRY_ASSIGN(m.document, optional_string(j, "document"));
  IGO_TRY_ASSIGN(m.evidence, optional_string(j, "evidence"));
  IGO_TRY_ASSIGN(auto status, optional_string(j, "status"));
  m.planned = status == "planned";
  if (j.contains("actors") && !j["actors"].is_null()) {
    if (!j["actors"].is_array()) {
      auto e = invalid_argument("`actors` must be a list");
      e.in_field("actors");
      return e;
    }
    for (const auto& a : j["actors"]) {
      if (!a.is_string()) {
        auto e = invalid_argument("`actors` must hold strings");
        e.in_field("actors");
        return e;
      }
      m.actors.push_back(a.get<std::string>());
    }
  }
  std::sort(m.actors.begin(), m.actors.end());
  if (j.contains("bytes") && j["bytes"].is_array() && j["bytes"].size() == 2 &&
      j["bytes"][0].is_number_unsigned() && j["bytes"][1].is_number_unsigned()) {
    m.begin = j["bytes"][0].get<std::size_t>();
    m.end = j["bytes"][1].get<std::size_t>();
  }
  return m;
}

}  // namespace igo::extract
