// The JSON type igo uses everywhere: nlohmann's ordered_json, so that records
// keep the key order they were written in and print in DESIGN's order.
#pragma once

#include <nlohmann/json.hpp>

namespace igo::model {
using Json = nlohmann::ordered_json;
}  // namespace igo::model
