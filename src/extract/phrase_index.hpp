// Internal to extract: a trie over token keys. Every lexicon entry and
// every name is a phrase (a sequence of normalized token keys) carrying
// payloads; matching walks the trie from each token of a document.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "text/vocabulary.hpp"

namespace igo::extract {

// What a phrase is. The value's meaning depends on the category.
enum class Cat : std::uint8_t {
  entity,            // value: index into Gazetteer::names()
  trigger,           // value: trigger class index
  context,           // value: context rule index
  object,            // value: ObjectKind
  status,            // value: MemberStatus
  month,             // value: month 1..12, +100 when ambiguous
  hijri_month,       // value: month 1..12, +100 when ambiguous
  weekday,           // value: ISO 1 (Monday) .. 7
  ordinal,           // value: 1..31
  number_word,       // value: a count
  relative_day,      // value: offset + 100
  unit,              // value: Unit (الشهر الماضي, this year)
  count_unit,        // value: Unit (منذ 33 عاما, 3 years ago)
  direction,         // value: Direction, after its noun (الماضي)
  direction_before,  // value: Direction, before its noun (last, هذا)
  date_word,         // value: DateWord
  future_before,
  future_after,
  negation,
  irrealis,
  neutral,  // shadows shorter markers (لا تزال, not only)
  list_joiner,
  exclusion,
  place_coref,
  place_prep,     // a preposition before a place (في, in): the place is not an actor
  place_noun,     // "city", "العاصمة": with a nationality adjective, a place named before
                  // (value k_capital_noun: a capital, "the Malaysian capital")
  clause_joiner,  // "and", "ثم": a trigger's roles do not reach back past it
  title,  // "الرئيس", "Prime Minister": joins "الرئيس الروسي ... والرئيس الصيني"
  host,             // "استضافت", "hosted": the summit's place follows
  actor_pronoun,    // "لها", "أنها", "its": the actors of the event before
  state_location,   // "في", "in" before a state: the state is where, not who
  coref_state,      // value: index into Lexicon::state_corefs ("المملكة")
  companion,        // "إلى جانب", "alongside": the list after it shares the event
  duration,         // value: days ("two-day summit")
  opposition,       // "despite opposition from", "رغم معارضة": the list after it is not the actors
  subject_pronoun,  // "it", "they" before the trigger: the actors of the event before
  conjunction,      // "and", "و": joins "Malaysian Prime Minister ... and Vietnamese ..."
  filler,           // "to", "has", "قد": words that are no subject
  possessive,       // "'s": "Moscow's efforts" is no place
  cue,              // value: trigger class index; a word the class needs nearby
  coref_org,        // value: index into Lexicon::org_corefs
  actors_same,
  actors_count,  // value: the count
  count_noun,
};
// The value of a place_noun match that names a capital (roles.capital_nouns).
inline constexpr std::uint32_t k_capital_noun = 1;

struct Payload {
  Cat cat = Cat::entity;
  std::uint32_t value = 0;
};

class PhraseIndex {
 public:
  static constexpr std::uint32_t k_no_node = 0xFFFFFFFFU;

  PhraseIndex();
  void add(std::span<const text::Key> keys, Payload payload);

  // The node reached from `node` by `key`, or k_no_node. Node 0 is the root.
  std::uint32_t child(std::uint32_t node, text::Key key) const;
  std::span<const Payload> payloads(std::uint32_t node) const { return m_payloads[node]; }
  bool has_children(std::uint32_t node) const { return m_has_children[node] != 0; }

 private:
  static std::uint64_t edge(std::uint32_t node, text::Key key) {
    return (static_cast<std::uint64_t>(node) << 32) | key;
  }
  std::vector<std::uint32_t> m_root;  // root children by key
  std::unordered_map<std::uint64_t, std::uint32_t> m_edges;
  std::vector<std::vector<Payload>> m_payloads;
  std::vector<std::uint8_t> m_has_children;
};

}  // namespace igo::extract
