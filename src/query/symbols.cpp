#include "query/symbols.hpp"

namespace igo::query {

Symbols::Symbols() {
  m_names.emplace_back();
  m_index.emplace(std::string_view(), k_no_sym);
}

Sym Symbols::intern(std::string_view text) {
  auto it = m_index.find(text);
  if (it != m_index.end()) return it->second;
  const std::string& stored = m_storage.emplace_back(text);
  auto sym = static_cast<Sym>(m_names.size());
  m_names.emplace_back(stored);
  m_index.emplace(std::string_view(stored), sym);
  return sym;
}

std::optional<Sym> Symbols::find(std::string_view text) const {
  auto it = m_index.find(text);
  if (it == m_index.end()) return std::nullopt;
  return it->second;
}

}  // namespace igo::query
