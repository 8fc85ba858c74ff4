#include "model/entity.hpp"
#include "model/event.hpp"

namespace igo::model {

bool Names::empty() const {
  for (const auto& list : m_names) {
    if (!list.empty()) return false;
  }
  return true;
}

const std::string& Names::display(Lang lang, const std::string& fallback) const {
  if (!in(lang).empty()) return in(lang).front();
  if (!in(Lang::en).empty()) return in(Lang::en).front();
  for (const auto& list : m_names) {
    if (!list.empty()) return list.front();
  }
  return fallback;
}

std::string Entity::text(std::string_view key) const {
  auto it = body.find(key);
  if (it == body.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::optional<std::int64_t> Entity::integer(std::string_view key) const {
  auto it = body.find(key);
  if (it == body.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<std::int64_t>();
}

std::string Event::attr(std::string_view key) const {
  if (!attrs.is_object()) return {};
  auto it = attrs.find(key);
  if (it == attrs.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::vector<std::string> Event::attr_list(std::string_view key) const {
  std::vector<std::string> out;
  if (!attrs.is_object()) return out;
  auto it = attrs.find(key);
  if (it == attrs.end()) return out;
  if (it->is_string()) {
    out.push_back(it->get<std::string>());
  } else if (it->is_array()) {
    for (const auto& v : *it) {
      if (v.is_string()) out.push_back(v.get<std::string>());
    }
  }
  return out;
}

}  // namespace igo::model
