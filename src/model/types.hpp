// The closed vocabularies of igo's data contracts: languages, entity kinds,
// event types (DESIGN "Event types, v1") and their string forms.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace igo::model {

enum class Lang : std::uint8_t { ar, en, ru, zh };
inline constexpr std::array<Lang, 4> k_langs = {Lang::ar, Lang::en, Lang::ru, Lang::zh};
std::string_view to_string(Lang lang);
std::optional<Lang> parse_lang(std::string_view text);

enum class EntityKind : std::uint8_t { state, org, place, document, organ, person, source };
std::string_view to_string(EntityKind kind);
std::optional<EntityKind> parse_entity_kind(std::string_view text);

enum class EventType : std::uint8_t {
  founded,
  dissolved,
  application_submitted,
  admission_decided,
  memorandum_signed,
  joined,
  observer_granted,
  dialogue_partner_granted,
  partner_granted,
  statuses_merged,
  withdrew,
  suspended,
  reinstated,
  expelled,
  guest_attended,
  treaty_signed,
  treaty_ratified,
  entered_into_force,
  summit_held,
  chair_assumed,
  official_appointed,
  decision_adopted,
  retracted,
  member_of,  // a mention from text only; never stored
};
inline constexpr std::size_t k_event_type_count = 24;
std::string_view to_string(EventType type);
std::optional<EventType> parse_event_type(std::string_view text);

// What the type needs (DESIGN, docs/data_format.md "Validation").
struct EventTypeNeeds {
  bool org = false;
  bool actor = false;     // at least one actor
  bool document = false;  // a document id
  bool place = false;     // a place, unless attrs.virtual
};
EventTypeNeeds needs(EventType type);

}  // namespace igo::model
