// Vocabulary: interned normalized keys (token texts of every lexicon entry
// and name). Looking a token up is one hash and, mostly, one probe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace igo::text {

using Key = std::uint32_t;
inline constexpr Key k_no_key = 0xFFFFFFFFU;

class Vocabulary {
 public:
  Vocabulary();

  // The key of `text`, adding it when new.
  Key intern(std::string_view text);
  // The key of `text`, or k_no_key.
  Key find(std::string_view text) const;
  std::string_view text(Key key) const;
  std::size_t size() const { return m_entries.size(); }

  // False when no key ends with the last four bytes of `text` (or all of a
  // shorter text): a cheap test that spares most lookups of unknown words.
  bool may_end_like(std::string_view text) const {
    std::uint32_t t = tail(text);
    return (m_tails[t >> 6] >> (t & 63U) & 1U) != 0;
  }

 private:
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
  };
  static std::uint64_t hash(std::string_view text);
  static std::uint32_t tail(std::string_view text);
  void grow();

  static constexpr std::uint64_t k_empty = ~std::uint64_t{0};
  static std::uint64_t slot(std::uint64_t hash, Key key) { return (hash & 0xFFFFFFFF00000000ULL) | key; }

  std::string m_arena;
  std::vector<Entry> m_entries;  // by key
  // Open addressing, power of two: the hash's high half and the key, so a
  // probe rejects most other keys without touching their entries.
  std::vector<std::uint64_t> m_slots;
  std::vector<std::uint64_t> m_tails;  // bitmap over tail(key)
};

}  // namespace igo::text
