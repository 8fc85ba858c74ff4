#include "extract/phrase_index.hpp"

#include <algorithm>

namespace igo::extract {

PhraseIndex::PhraseIndex() : m_payloads(1), m_has_children(1, 0) {}

void PhraseIndex::add(std::span<const text::Key> keys, Payload payload) {
  if (keys.empty()) return;
  std::uint32_t node = 0;
  for (text::Key k : keys) {
    std::uint32_t next = child(node, k);
    if (next == k_no_node) {
      next = static_cast<std::uint32_t>(m_payloads.size());
      m_payloads.emplace_back();
      m_has_children.push_back(0);
      if (node == 0) {
        if (m_root.size() <= k) m_root.resize(static_cast<std::size_t>(k) + 1, k_no_node);
        m_root[k] = next;
      } else {
        m_edges.emplace(edge(node, k), next);
      }
      m_has_children[node] = 1;
    }
    node = next;
  }
  auto& list = m_payloads[node];
  bool seen = std::any_of(list.begin(), list.end(),
                          [&](const Payload& p) { return p.cat == payload.cat && p.value == payload.value; });
  if (!seen) list.push_back(payload);
}

std::uint32_t PhraseIndex::child(std::uint32_t node, text::Key key) const {
  if (node == 0) return key < m_root.size() ? m_root[key] : k_no_node;
  if (m_has_children[node] == 0) return k_no_node;
  auto it = m_edges.find(edge(node, key));
  return it == m_edges.end() ? k_no_node : it->second;
}

}  // namespace igo::extract
