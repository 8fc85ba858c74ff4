// Events: the ledger's records (DESIGN "Events"). Everything igo answers is
// derived from them.
#pragma once

#include <string>
#include <vector>

#include "model/json.hpp"

#include "model/types.hpp"
#include "util/edtf.hpp"
#include "util/time.hpp"

namespace igo::model {

struct SourceRef {
  std::string source;  // a source entity id
  std::string quote;   // the source's exact words, or ""
  bool operator==(const SourceRef&) const = default;
};

struct Event {
  std::string id;
  EventType type = EventType::founded;
  util::Date date;
  std::string org;  // "" when the event names none
  std::vector<std::string> actors;
  std::string place;
  std::string organ;
  std::string document;
  Json attrs = Json::object();
  std::vector<SourceRef> sources;
  std::string note;
  util::Timestamp recorded_at = 0;  // 0 until the ledger records it

  // attrs[key] as a string, or "".
  std::string attr(std::string_view key) const;
  // attrs[key] as a list of strings (a single string counts as one).
  std::vector<std::string> attr_list(std::string_view key) const;
};

}  // namespace igo::model
