// Internal to extract: event assembly for one document (events.cpp finds and
// types triggers; arguments.cpp fills their roles).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/events_internal.hpp"

namespace igo::extract {

struct Trig : Span {
  // The classes a trigger form belongs to, in lexicon order, with the type
  // each has once context words are read; the first that resolves wins.
  struct Candidate {
    std::uint32_t cls = 0;
    std::optional<model::EventType> type;
    bool retyped = false;
    bool drop_undated = false;  // by a context rule that drops only undated events
  };
  std::vector<Candidate> candidates;
  std::uint32_t cls = 0;
  std::uint8_t features = 0;
  std::optional<model::EventType> type;
  bool retyped = false;  // by a context rule
  bool drop_undated = false;
  Modality mod = Modality::occurred;
  const DocRef* doc = nullptr;           // the signed or ratified document, named
  std::optional<std::uint32_t> doc_ref;  // the document a pronoun object stands for
  bool word_object = false;              // the object is a word, not a named document
  Span object{};                         // where the object is
};

struct Segments {
  Span fwd;  // from the end of the trigger to the next trigger
  Span bwd;  // from the previous trigger to the trigger
};

// A mention being built, with what its roles were taken from.
struct Draft {
  Mention m;
  std::vector<Span> parts;  // the evidence covers them all
  const Group* group = nullptr;
  const PlaceRef* metonym_place = nullptr;  // a capital read as its state
  const OrgRef* org = nullptr;
  const DateExpr* date = nullptr;
  const GazEntity* doc = nullptr;
  bool unknown_place = false;  // the text names a place the gazetteer does not know

  void add(Mark::Kind kind, const Span& sp, const Doc& text);
};

inline bool within(const Span& outer, const Span& inner) {
  return inner.first >= outer.first && inner.last <= outer.last;
}

class Assembler {
 public:
  Assembler(const Doc& doc, const std::vector<DateExpr>& dates, std::optional<util::Day> anchor);
  std::vector<Mention> run();

 private:
  // events.cpp
  std::vector<Trig> find_triggers(const text::Sentence& s) const;
  std::vector<Segments> segments(const std::vector<Trig>& ts, const text::Sentence& s) const;
  bool resolve_type(Trig& t, const text::Sentence& s, const Segments& seg, const Items& items) const;
  void find_dateline();

  // arguments.cpp: the roles
  void emit(const Trig& t, const Segments& seg, const Items& items, std::vector<Mention>& out);
  const Group* actors_of(const Trig& t, const Segments& seg, const Items& items) const;
  const Group* agents(const Segments& seg, const Items& items) const;
  bool fill_actors(Draft& x, const Trig& t, const Segments& seg, const Items& items) const;
  void fill_document(Draft& x, const Trig& t, const Segments& seg, const Items& items) const;
  bool fill_org(Draft& x, const Trig& t, const Segments& seg, const Items& items) const;
  bool fill_date(Draft& x, const Trig& t, const Segments& seg, const Items& items) const;
  const DateExpr* date_for(const Trig& t, const Segments& seg, const Items& items) const;
  std::optional<std::string> date_of(const DateExpr& d, const Trig& t, bool& planned) const;
  void finish(Mention& m, const std::vector<Span>& parts) const;
  Mark mark(Mark::Kind kind, const Span& sp) const;
  bool subjectless(const Span& bwd) const;

  // places.cpp
  void fill_place(Draft& x, const Trig& t, const Segments& seg, const Items& items) const;
  std::optional<std::string> metonym(const Trig& t, const Items& items, const PlaceRef** used) const;
  bool is_metonym(const Trig& t, const PlaceRef& p) const;
  bool has_preposition(const PlaceRef& p) const;
  std::string hosted_place(const Trig& t, const Items& items) const;
  std::string hosted_after(const Trig& t, const Segments& seg, const Items& items) const;

  // more_events.cpp
  bool emit_pairs(const Trig& t, const Segments& seg, const Items& items, std::vector<Mention>& out);
  void emit_elided(const Mention& m, const Group* g, const DateExpr* d, const Trig& t, const Segments& seg,
                   const Items& items, std::vector<Mention>& out) const;
  void emit_more(const Mention& m, const Trig& t, const Segments& seg, const Items& items, const DateExpr* d,
                 std::vector<Mention>& out);
  void emit_orgs(const Draft& x, const Trig& t, const Segments& seg, const Items& items,
                 std::vector<Mention>& out) const;
  std::string with_duration(const Trig& t, const std::string& date) const;

  // Distance in words between two spans: a name counts as one word,
  // punctuation as none.
  std::uint32_t gap(const Span& a, const Span& b) const;
  std::optional<std::uint32_t> place_of(const EntityMention& e) const;
  bool clause_break(std::uint32_t i) const;
  bool in_list(std::uint32_t p) const;
  const TriggerClass& cls(const Trig& t) const { return m_doc.lex().classes[t.cls]; }

  const Doc& m_doc;
  const std::vector<DateExpr>& m_dates;
  std::optional<util::Day> m_anchor;
  std::vector<std::uint8_t> m_covered;         // tokens inside names and dates
  std::vector<std::uint32_t> m_units;          // prefix sums of word weights
  std::uint32_t m_dateline_end = 0;            // tokens of the dateline
  std::size_t m_places_before = 0;             // Discourse::places named before the sentence
  std::vector<std::string> m_sentence_actors;  // of the sentence's last event with actors
  std::vector<Discourse::Placed> m_summits;    // every placed summit so far
  std::vector<std::size_t>
      m_unshared;                 // this sentence's mentions whose place the text names but we do not know
  std::vector<Span> m_relations;  // the sentence's standing-relation triggers ("يضم")
  Discourse m_disc;
};

}  // namespace igo::extract
