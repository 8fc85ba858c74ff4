// rules: each organization's charter rules as data (data/orgs/<org>.json,
// docs/data_format.md "Rules file"), never as code.
//
// OrgRules says which statuses exist and what each event type does to the
// status of each actor: grant a status (on the `standing` track, or the
// `procedure` track for applicants), end it, suspend or reinstate it, end
// every status (dissolution), or merge statuses (attrs.from -> attrs.to).
// The rest of the file (goals, organs, languages, decision rule...) is kept
// as the organization's profile for `igo show`.
//
// RuleBook maps organizations to their rules; an organization without a file
// gets the default rules (data/orgs/_default.json).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/json.hpp"
#include "model/types.hpp"
#include "util/result.hpp"

namespace igo::rules {

enum class Track : std::uint8_t { standing, procedure };

enum class EffectKind : std::uint8_t { none, grants, ends, ends_all, suspends, reinstates, merges };

struct Effect {
  EffectKind kind = EffectKind::none;
  std::string status;  // for grants
  Track track = Track::standing;
};

class OrgRules {
 public:
  // Parses a rules file. Errors name the field (e.g. "effects.joined.grants").
  static Result<OrgRules> from_json(const model::Json& json);

  const std::string& org() const { return m_org; }
  const std::vector<std::string>& statuses() const { return m_statuses; }
  bool has_status(std::string_view status) const;
  const Effect& effect(model::EventType type) const { return m_effects.at(static_cast<std::size_t>(type)); }
  // The event types of the accession procedure for a status, in order.
  const std::vector<model::EventType>* procedure(std::string_view status) const;
  // The whole file: goals, organs, languages, decision rule, ...
  const model::Json& profile() const { return m_profile; }

 private:
  std::string m_org;
  std::vector<std::string> m_statuses;
  std::array<Effect, model::k_event_type_count> m_effects{};
  std::map<std::string, std::vector<model::EventType>, std::less<>> m_procedures;
  model::Json m_profile;
};

class RuleBook {
 public:
  // `default_rules` applies to every organization without its own.
  explicit RuleBook(OrgRules default_rules) : m_default(std::move(default_rules)) {}
  // Adds or replaces the rules of rules.org().
  void add(OrgRules rules);
  const OrgRules& for_org(std::string_view org) const;
  bool has_own_rules(std::string_view org) const;
  const OrgRules& default_rules() const { return m_default; }

 private:
  OrgRules m_default;
  std::map<std::string, OrgRules, std::less<>> m_rules;
};

}  // namespace igo::rules
