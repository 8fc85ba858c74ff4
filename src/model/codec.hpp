// JSON form of entities and events (DESIGN "Data contracts",
// docs/data_format.md). Parsing checks shapes only (types of fields, the
// vocabulary, EDTF dates, id syntax); whether ids resolve is validate.hpp's job.
// Errors name the field (`Error::field()`), e.g. "date" or "sources[0].source".
#pragma once

#include "model/json.hpp"

#include "model/entity.hpp"
#include "model/event.hpp"
#include "util/result.hpp"

namespace igo::model {

// Whether a JSON Lines record is an entity (has "kind") or an event ("type").
enum class RecordKind : std::uint8_t { entity, event };
Result<RecordKind> record_kind(const Json& record);

Result<Event> event_from_json(const Json& record);
Result<Entity> entity_from_json(const Json& record);

enum class WithRecordedAt : std::uint8_t { no, yes };
// DESIGN's event object, keys in DESIGN's order; null for absent optionals.
Json to_json(const Event& event, WithRecordedAt with = WithRecordedAt::yes);
Json to_json(const Entity& entity, WithRecordedAt with = WithRecordedAt::yes);

// Id syntax per kind (docs/data_format.md "Ids").
bool is_state_id(std::string_view id);
bool is_org_id(std::string_view id);
bool is_slug_id(std::string_view id);
bool is_event_id(std::string_view id);

}  // namespace igo::model
