// Reference checks: every id an entity or event names must resolve, to an
// entity of the right kind, in a Catalog (the registry the record is being
// added to, plus the file being imported). Shapes are checked by codec.hpp.
#pragma once

#include <string_view>

#include "model/entity.hpp"
#include "model/event.hpp"
#include "util/result.hpp"

namespace igo::model {

class Catalog {
 public:
  virtual ~Catalog() = default;
  // The entity with this id, or nullptr.
  virtual const Entity* entity(std::string_view id) const = 0;
  // Whether an event with this id exists.
  virtual bool has_event(std::string_view id) const = 0;
};

// Checks the type's needs (org, actors, document, place), that each id
// resolves to the right kind, that every source is a known source, and the
// attrs keys of docs/data_format.md. Errors name the field.
Status validate_event(const Event& event, const Catalog& catalog);

// Checks the ids an entity names (country, org, seat, predecessor, sources...).
Status validate_entity(const Entity& entity, const Catalog& catalog);

}  // namespace igo::model
