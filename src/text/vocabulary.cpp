#include "text/vocabulary.hpp"

#include <cstring>

namespace igo::text {

Vocabulary::Vocabulary() : m_slots(1024, k_empty), m_tails(1024, 0) {}

std::uint32_t Vocabulary::tail(std::string_view text) {
  std::size_t n = text.size() < 4 ? text.size() : 4;
  std::uint32_t h = 2166136261U;
  for (std::size_t i = text.size() - n; i < text.size(); ++i) {
    h = (h ^ static_cast<unsigned char>(text[i])) * 16777619U;
  }
  return (h ^ (h >> 16)) & 0xFFFFU;
}

namespace {

// Equal bytes, compared eight at a time (keys are short; no call to memcmp).
bool same(const char* a, const char* b, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  for (; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

std::uint64_t Vocabulary::hash(std::string_view text) {
  // FNV-1a over 8-byte words, then a final mix; good enough for short keys.
  std::uint64_t h = 0xcbf29ce484222325ULL ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, text.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < text.size(); ++i) {
    h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001b3ULL;
  }
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h;
}

std::string_view Vocabulary::text(Key key) const {
  if (key >= m_entries.size()) return {};
  const Entry& e = m_entries[key];
  return std::string_view(m_arena).substr(e.offset, e.length);
}

Key Vocabulary::find(std::string_view text) const {
  std::uint64_t h = hash(text);
  std::uint64_t high = h & 0xFFFFFFFF00000000ULL;
  std::size_t mask = m_slots.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    std::uint64_t s = m_slots[i];
    if (s == k_empty) return k_no_key;
    if ((s & 0xFFFFFFFF00000000ULL) != high) continue;
    auto k = static_cast<Key>(s & 0xFFFFFFFFULL);
    const Entry& e = m_entries[k];
    if (e.hash == h && e.length == text.size() && same(m_arena.data() + e.offset, text.data(), text.size())) {
      return k;
    }
  }
}

void Vocabulary::grow() {
  std::vector<std::uint64_t> slots(m_slots.size() * 2, k_empty);
  std::size_t mask = slots.size() - 1;
  for (Key k = 0; k < m_entries.size(); ++k) {
    std::size_t i = m_entries[k].hash & mask;
    while (slots[i] != k_empty) i = (i + 1) & mask;
    slots[i] = slot(m_entries[k].hash, k);
  }
  m_slots.swap(slots);
}

Key Vocabulary::intern(std::string_view text) {
  if (Key k = find(text); k != k_no_key) return k;
  if ((m_entries.size() + 1) * 4 > m_slots.size()) grow();
  Entry e;
  e.hash = hash(text);
  e.offset = static_cast<std::uint32_t>(m_arena.size());
  e.length = static_cast<std::uint32_t>(text.size());
  m_arena.append(text);
  std::uint32_t t = tail(text);
  m_tails[t >> 6] |= std::uint64_t{1} << (t & 63U);
  auto key = static_cast<Key>(m_entries.size());
  m_entries.push_back(e);
  std::size_t mask = m_slots.size() - 1;
  std::size_t i = e.hash & mask;
  while (m_slots[i] != k_empty) i = (i + 1) & mask;
  m_slots[i] = slot(e.hash, key);
  return key;
}

}  // namespace igo::text
