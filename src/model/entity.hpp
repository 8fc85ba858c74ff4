// Entities: states, organizations, places, documents, organs, people and
// sources. An entity keeps the record it was read from (`body`), so fields
// that only some kinds have (codes, seat, url) are read from there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/json.hpp"

#include "model/names.hpp"
#include "model/types.hpp"
#include "util/time.hpp"

namespace igo::model {

struct Entity {
  EntityKind kind = EntityKind::state;
  std::string id;
  Names names;
  Json body = Json::object();
  util::Timestamp recorded_at = 0;

  // A string field of the record, or "" when absent or not a string.
  std::string text(std::string_view key) const;
  // An integer field of the record.
  std::optional<std::int64_t> integer(std::string_view key) const;
  const std::string& display_name(Lang lang) const { return names.display(lang, id); }
};

}  // namespace igo::model
