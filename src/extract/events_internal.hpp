// Internal to extract: what event assembly knows about one sentence and
// about the discourse before it (roles.cpp, modality.cpp, events.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "extract/document.hpp"
#include "extract/extract.hpp"

namespace igo::extract {

struct Span {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// A coordinated list of states ("كل من الهند وباكستان", "Egypt, Qatar and
// Saudi Arabia") or a phrase that refers to one ("الدول نفسها").
struct Group : Span {
  std::vector<std::string> states;  // after exclusions
  std::vector<std::string> raw;     // as listed
  bool excluded = false;            // the list after "باستثناء" / "except"
  bool adjectives = false;          // only nationality adjectives ("the British parliament")
};

struct OrgRef : Span {
  std::string org;
  bool coref = false;
};

struct PlaceRef : Span {
  std::string place;
};

struct DocRef : Span {
  std::uint32_t entity = 0;
};

struct Items {
  Span sentence;
  std::vector<Group> groups;
  std::vector<OrgRef> orgs;
  std::vector<PlaceRef> places;
  std::vector<DocRef> docs;
  std::vector<const DateExpr*> dates;
};

// What earlier sentences leave for later ones.
struct Discourse {
  struct OrgSeen {
    std::uint32_t pos = 0;
    std::string org;
    std::vector<text::Key> keys;  // the words of the name, clitics removed
  };
  std::vector<OrgSeen> orgs;
  std::string salient;                                      // the org named most often
  std::vector<std::vector<std::string>> lists;              // enumerated state lists, in order
  std::vector<std::string> last_actors;                     // the last actor set an event used
  std::vector<std::pair<std::string, std::string>> places;  // (place, its state) in text order
  std::vector<std::uint32_t> states;                        // state entities named, in text order
  std::optional<std::uint32_t> last_doc;                    // entity index
  // Dated and placed events of the last sentences, most recent last.
  struct Placed {
    std::string date;
    std::string place;
    bool summit = false;
  };
  std::vector<std::vector<Placed>> placed;
};

// roles.cpp
std::string salient_org(const Doc& doc);
// The place a mention names: itself, or the city of the same name when the
// gazetteer read a state ("تونس" is Tunisia and Tunis; "عمان" Oman and Amman).
std::optional<std::uint32_t> place_named(const Doc& doc, const EntityMention& e);
// Fills `items` for the sentence (tokens before `from` are a dateline and
// give nothing) and records its names in `disc`.
Items collect_items(const Doc& doc, const text::Sentence& s, std::uint32_t from,
                    const std::vector<DateExpr>& dates, const std::vector<std::uint8_t>& covered,
                    Discourse& disc);

// Distances in words: `units[i]` counts the words before token i, where a
// name, a date and a whole coordinated list each count as one word and
// punctuation as none.
using Units = std::vector<std::uint32_t>;

// modality.cpp
enum class Modality : std::uint8_t { occurred, planned, negated, irrealis };
// The modality markers around a trigger [first, last) in the sentence.
Modality modality(const Doc& doc, const text::Sentence& s, const Span& trigger,
                  const std::vector<std::uint8_t>& covered, const Units& units,
                  const std::vector<Span>& triggers);
// The context rule that applies to a trigger of class `cls`: nullptr if none.
const ContextRule* context_rule(const Doc& doc, const text::Sentence& s, const Span& trigger,
                                std::uint32_t cls, const Units& units);

// events.cpp
std::vector<Mention> assemble(const Doc& doc, const std::vector<DateExpr>& dates,
                              std::optional<util::Day> anchor);

}  // namespace igo::extract
