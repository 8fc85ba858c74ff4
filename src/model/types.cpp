#include "model/types.hpp"

namespace igo::model {
namespace {

constexpr std::array<std::string_view, 4> k_lang_names = {"ar", "en", "ru", "zh"};
constexpr std::array<std::string_view, 7> k_kind_names = {"state", "org",    "place", "document",
                                                          "organ", "person", "source"};
constexpr std::array<std::string_view, k_event_type_count> k_type_names = {
    "founded",
    "dissolved",
    "application_submitted",
    "admission_decided",
    "memorandum_signed",
    "joined",
    "observer_granted",
    "dialogue_partner_granted",
    "partner_granted",
    "statuses_merged",
    "withdrew",
    "suspended",
    "reinstated",
    "expelled",
    "guest_attended",
    "treaty_signed",
    "treaty_ratified",
    "entered_into_force",
    "summit_held",
    "chair_assumed",
    "official_appointed",
    "decision_adopted",
    "retracted",
    "member_of",
};

}  // namespace

std::string_view to_string(Lang lang) { return k_lang_names.at(static_cast<std::size_t>(lang)); }

std::optional<Lang> parse_lang(std::string_view text) {
  for (std::size_t i = 0; i < k_lang_names.size(); ++i) {
    if (k_lang_names[i] == text) return static_cast<Lang>(i);
  }
  return std::nullopt;
}

std::string_view to_string(EntityKind kind) { return k_kind_names.at(static_cast<std::size_t>(kind)); }

std::optional<EntityKind> parse_entity_kind(std::string_view text) {
  for (std::size_t i = 0; i < k_kind_names.size(); ++i) {
    if (k_kind_names[i] == text) return static_cast<EntityKind>(i);
  }
  return std::nullopt;
}

std::string_view to_string(EventType type) { return k_type_names.at(static_cast<std::size_t>(type)); }

std::optional<EventType> parse_event_type(std::string_view text) {
  for (std::size_t i = 0; i < k_type_names.size(); ++i) {
    if (k_type_names[i] == text) return static_cast<EventType>(i);
  }
  return std::nullopt;
}

EventTypeNeeds needs(EventType type) {
  using T = EventType;
  switch (type) {
    case T::founded:
    case T::dissolved:
    case T::statuses_merged:
    case T::decision_adopted:
    case T::official_appointed:
      return {.org = true};
    case T::application_submitted:
    case T::admission_decided:
    case T::memorandum_signed:
    case T::joined:
    case T::observer_granted:
    case T::dialogue_partner_granted:
    case T::partner_granted:
    case T::withdrew:
    case T::suspended:
    case T::reinstated:
    case T::expelled:
    case T::guest_attended:
    case T::chair_assumed:
      return {.org = true, .actor = true};
    case T::treaty_signed:
    case T::entered_into_force:
      return {.document = true};
    case T::treaty_ratified:
      return {.actor = true, .document = true};
    case T::summit_held:
      return {.org = true, .place = true};
    case T::retracted:
    case T::member_of:
      return {};
  }
  return {};
}

}  // namespace igo::model
