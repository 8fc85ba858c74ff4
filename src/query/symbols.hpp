// Interned ids: every org, state, place, status... named by an event is
// stored once and referred to by a 32-bit Sym, which keeps the in-memory
// projection small (docs/performance.md).
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace igo::query {

using Sym = std::uint32_t;
inline constexpr Sym k_no_sym = 0;  // the empty string

class Symbols {
 public:
  Symbols();
  Symbols(const Symbols&) = delete;
  Symbols& operator=(const Symbols&) = delete;

  // The symbol of `text`, adding it if new; "" is k_no_sym.
  Sym intern(std::string_view text);
  std::optional<Sym> find(std::string_view text) const;
  std::string_view name(Sym sym) const { return m_names[sym]; }
  std::size_t size() const { return m_names.size(); }

 private:
  std::deque<std::string> m_storage;  // stable addresses for the views below
  std::vector<std::string_view> m_names;
  std::unordered_map<std::string_view, Sym> m_index;
};

}  // namespace igo::query
