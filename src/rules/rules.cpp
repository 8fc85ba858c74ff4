#include "rules/rules.hpp"

#include <algorithm>

namespace igo::rules {
namespace {

Error field_error(std::string field, std::string message) {
  auto e = invalid_argument(std::move(message));
  e.in_field(std::move(field));
  return e;
}

Result<Effect> parse_effect(const std::string& field, const model::Json& spec,
                            const std::vector<std::string>& statuses) {
  if (!spec.is_object()) return field_error(field, "expected an object such as {\"grants\": \"member\"}");
  Effect effect;
  int kinds = 0;
  auto flag = [&](const char* key, EffectKind kind) -> Status {
    if (!spec.contains(key)) return {};
    if (!spec[key].is_boolean()) return field_error(field + "." + key, "expected true");
    if (spec[key].get<bool>()) {
      effect.kind = kind;
      ++kinds;
    }
    return {};
  };
  if (spec.contains("grants")) {
    if (!spec["grants"].is_string()) return field_error(field + ".grants", "expected a status name");
    effect.kind = EffectKind::grants;
    effect.status = spec["grants"].get<std::string>();
    ++kinds;
    if (std::find(statuses.begin(), statuses.end(), effect.status) == statuses.end()) {
      return field_error(field + ".grants", "\"" + effect.status + "\" is not one of the statuses");
    }
  }
  IGO_TRY(flag("ends", EffectKind::ends));
  IGO_TRY(flag("ends_all", EffectKind::ends_all));
  IGO_TRY(flag("suspends", EffectKind::suspends));
  IGO_TRY(flag("reinstates", EffectKind::reinstates));
  IGO_TRY(flag("merges", EffectKind::merges));
  if (kinds != 1) {
    return field_error(field, "expected exactly one of grants, ends, ends_all, suspends, reinstates, merges");
  }
  if (spec.contains("track")) {
    auto track = spec["track"].is_string() ? spec["track"].get<std::string>() : "";
    if (track == "procedure") {
      effect.track = Track::procedure;
    } else if (track != "standing") {
      return field_error(field + ".track", "expected \"standing\" or \"procedure\"");
    }
  }
  return effect;
}

}  // namespace

Result<OrgRules> OrgRules::from_json(const model::Json& json) {
  if (!json.is_object()) return invalid_argument("a rules file holds one JSON object");
  OrgRules rules;
  rules.m_profile = json;
  auto org = json.find("org");
  if (org == json.end() || !org->is_string()) return field_error("org", "missing organization id");
  rules.m_org = org->get<std::string>();
  auto statuses = json.find("statuses");
  if (statuses == json.end() || !statuses->is_array() || statuses->empty()) {
    return field_error("statuses", "expected a non-empty list of status names");
  }
  for (const auto& s : *statuses) {
    if (!s.is_string()) return field_error("statuses", "expected status names");
    rules.m_statuses.push_back(s.get<std::string>());
  }
  auto effects = json.find("effects");
  if (effects == json.end() || !effects->is_object()) {
    return field_error("effects", "expected an object of event type -> effect");
  }
  for (const auto& [type_name, spec] : effects->items()) {
    auto type = model::parse_event_type(type_name);
    std::string field = "effects." + type_name;
    if (!type) return field_error(field, "unknown event type");
    IGO_TRY_ASSIGN(auto effect, parse_effect(field, spec, rules.m_statuses));
    rules.m_effects.at(static_cast<std::size_t>(*type)) = effect;
  }
  if (auto proc = json.find("procedure"); proc != json.end()) {
    if (!proc->is_object()) return field_error("procedure", "expected status -> [event types]");
    for (const auto& [status, steps] : proc->items()) {
      std::string field = "procedure." + status;
      if (!steps.is_array()) return field_error(field, "expected a list of event types");
      std::vector<model::EventType> list;
      for (const auto& step : steps) {
        auto type = step.is_string() ? model::parse_event_type(step.get<std::string>()) : std::nullopt;
        if (!type) return field_error(field, "expected event type names");
        list.push_back(*type);
      }
      rules.m_procedures.emplace(status, std::move(list));
    }
  }
  return rules;
}

bool OrgRules::has_status(std::string_view status) const {
  return std::find(m_statuses.begin(), m_statuses.end(), status) != m_statuses.end();
}

const std::vector<model::EventType>* OrgRules::procedure(std::string_view status) const {
  auto it = m_procedures.find(status);
  return it == m_procedures.end() ? nullptr : &it->second;
}

void RuleBook::add(OrgRules rules) {
  auto org = rules.org();
  m_rules.insert_or_assign(org, std::move(rules));
}

const OrgRules& RuleBook::for_org(std::string_view org) const {
  auto it = m_rules.find(org);
  return it == m_rules.end() ? m_default : it->second;
}

bool RuleBook::has_own_rules(std::string_view org) const { return m_rules.find(org) != m_rules.end(); }

}  // namespace igo::rules
