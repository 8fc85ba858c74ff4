// Names of an entity per language: the first is the display name, the rest
// are variants seen in text (DESIGN "Data contracts").
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/types.hpp"

namespace igo::model {

class Names {
 public:
  std::vector<std::string>& in(Lang lang) { return m_names[static_cast<std::size_t>(lang)]; }
  const std::vector<std::string>& in(Lang lang) const { return m_names[static_cast<std::size_t>(lang)]; }
  bool empty() const;
  // The display name in `lang`; falls back to English, then to any language,
  // then to `fallback`.
  const std::string& display(Lang lang, const std::string& fallback) const;

 private:
  std::array<std::vector<std::string>, 4> m_names;
};

}  // namespace igo::model
