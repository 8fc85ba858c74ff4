// model: the value types of igo's data contracts (DESIGN "Data contracts").
//
// - types.hpp    languages, entity kinds, the v1 event types and their needs
// - names.hpp    names per language (display name first, then variants)
// - entity.hpp   Entity (state, org, place, document, organ, person, source)
// - event.hpp    Event, SourceRef
// - codec.hpp    JSON <-> Entity/Event, id syntax; errors name the field
// - validate.hpp Catalog and the reference checks
//
// Value types only: no I/O, no clock. Depends on util and nlohmann-json.
#pragma once

#include "model/codec.hpp"
#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/names.hpp"
#include "model/types.hpp"
#include "model/validate.hpp"
