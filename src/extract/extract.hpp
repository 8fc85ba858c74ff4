// extract: Arabic and English news text -> dated, sourced event mentions
// (docs/extraction.md).
//
// An Extractor is built once from the registry's entities (the gazetteer:
// names, adjectives, abbreviations, names over time of states, orgs, places
// and documents) and the lexicon files under data/lexicon/ (months, clitics,
// triggers, modality, coreference...). It is immutable afterwards: extract()
// is const and may run on many threads at once.
//
// extract() reads one document and returns its mentions in text order:
// DESIGN's gold fields (type, date as EDTF or null, org, actors as ISO
// alpha-3, place id, document display name, evidence, bytes) plus `planned`
// for announced or scheduled events. Negated events are dropped. Evidence is
// always an exact substring of the input, and bytes are its UTF-8 offsets.
// Relative dates ("yesterday", "الشهر الماضي", a weekday) need the document
// date (Options::doc_date) or a dated dateline; without either they are null.
// Errors: invalid UTF-8 is invalid_argument naming the byte offset.
//
// evaluate() scores mentions against gold rows with DESIGN's matching rule
// (docs/extraction.md "Evaluation").
//
// Depends on text, model and util (and ICU i18n for Hijri calendars).
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity.hpp"
#include "model/json.hpp"
#include "model/types.hpp"
#include "util/edtf.hpp"
#include "util/result.hpp"

namespace igo::extract {

struct Resources;

// A part of the evidence, for display (`igo extract --format table`).
struct Mark {
  enum class Kind : std::uint8_t { trigger, actor, org, date, place, document };
  Kind kind = Kind::trigger;
  std::size_t begin = 0;  // original bytes
  std::size_t end = 0;
};

struct Mention {
  model::EventType type = model::EventType::joined;
  std::optional<std::string> date;  // EDTF, or null
  std::string org;                  // "" = null
  std::vector<std::string> actors;  // sorted
  std::string place;                // "" = null
  std::string document;             // English display name; "" = null
  bool planned = false;
  std::string evidence;
  std::size_t begin = 0;  // bytes [begin, end) of the evidence
  std::size_t end = 0;
  std::vector<Mark> marks;
};

// DESIGN's gold row: type, date, org, actors, place, document, evidence,
// bytes, plus "status": "planned" when planned.
model::Json to_json(const Mention& m);
// Reads a gold row (the same keys; "status" optional).
Result<Mention> mention_from_json(const model::Json& j);

struct Options {
  std::optional<model::Lang> lang;    // nullopt: detected from the script
  std::optional<util::Day> doc_date;  // anchors relative dates
};

class Extractor {
 public:
  // `lexicon` maps "lexicon/ar/<file>.json", "lexicon/en/<file>.json" and
  // "lexicon/common.json" to contents (Registry::blobs("lexicon/")).
  static Result<std::unique_ptr<Extractor>> build(std::span<const model::Entity* const> entities,
                                                  const std::map<std::string, std::string>& lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Result<std::vector<Mention>> extract(std::string_view text, const Options& options) const;

  // The date expressions of a text with their resolved EDTF (or "" when a
  // relative date has no anchor), as (original text, date): for tests and
  // fuzzing of the date grammar.
  Result<std::vector<std::pair<std::string, std::string>>> dates(std::string_view text,
                                                                 const Options& options) const;

  // The language of a text as the extractor would detect it.
  model::Lang detect_language(std::string_view text) const;

 private:
  Extractor();
  std::unique_ptr<Resources> m_res;
};

// --- Evaluation ---

// DESIGN's rule: type, org and the actor set equal; the dates equal at the
// gold's precision (a null gold date constrains nothing; a gold interval
// needs an interval with both ends equal at their precisions); the place
// equal where the gold names one.
bool matches(const Mention& gold, const Mention& predicted);

struct EvalCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t matched = 0;
  std::size_t date_exact = 0;   // matched pairs whose date strings are equal
  std::size_t place_exact = 0;  // matched pairs whose places are equal
  // status[g][p]: matched pairs with gold planned = g, predicted planned = p.
  std::array<std::array<std::size_t, 2>, 2> status{};

  EvalCounts& operator+=(const EvalCounts& o);
  double precision() const;
  double recall() const;
  double f1() const;
  double date_accuracy() const;
  double place_accuracy() const;
};

struct EvalPair {
  std::size_t gold = 0;
  std::size_t predicted = 0;
};

// One-to-one greedy matching of one document: first pairs that also agree
// on date and place exactly, then the rest, each gold row taking the first
// free predicted mention in text order.
EvalCounts evaluate(const std::vector<Mention>& gold, const std::vector<Mention>& predicted,
                    std::vector<EvalPair>* pairs = nullptr);

}  // namespace igo::extract
