// Internal to extract: the lexicons and the gazetteer as the extractor
// holds them, built from data/lexicon/ (docs/extraction.md "Lexicon files")
// and from the registry's entities.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "extract/phrase_index.hpp"
#include "model/entity.hpp"
#include "model/types.hpp"
#include "text/clitics.hpp"
#include "text/vocabulary.hpp"
#include "util/result.hpp"

namespace igo::extract {

enum class MemberStatus : std::uint8_t { none, member, observer, dialogue_partner, partner };
inline constexpr std::size_t k_status_count = 5;
// What a signing or ratifying trigger takes as its object; a pronoun ("ratified
// it") stands for the last document named and counts as a treaty.
enum class ObjectKind : std::uint8_t { none, treaty, memorandum, pronoun };
inline constexpr std::size_t k_object_count = 3;
// agent: only a list after an agent marker ("was signed by ..."), else none.
enum class ActorSide : std::uint8_t { none, after, before, either, agent };
// Where a trigger may find its actors when its segments name none.
enum class SentenceActors : std::uint8_t { none, list, any };
// context: the class gives an event only when a context rule types it
// ("approved Indonesia's membership").
enum class Requires : std::uint8_t { none, status, object, context };
enum class Unit : std::uint8_t { day, week, month, year };
// "following" and "same" count from the date the text gave before ("في العام
// التالي", "من العام نفسه", "later that year").
enum class Direction : std::uint8_t { unspecified, past, next, current, following, same };
enum class DateWord : std::uint8_t {
  year,
  era,
  hijri_era,
  by,
  range_start,
  range_to,
  of,
  preposition,
  approximate,
  ago_before,
  ago_after,
  corresponding,
  day,
  number_prefix,
  ordinal_suffix,
  effective,
  year_prep,
};

struct TriggerClass {
  std::string name;
  std::optional<model::EventType> type;
  std::array<std::optional<model::EventType>, k_status_count> by_status{};
  std::array<std::optional<model::EventType>, k_object_count> by_object{};
  Requires needs = Requires::none;
  ActorSide actors = ActorSide::after;
  bool needs_date = false;                         // dropped without a date (summit nouns)
  bool needs_local_org = false;                    // the org must be named in the sentence
  bool needs_actors = false;                       // dropped without actors
  std::vector<model::EventType> needs_actors_for;  // ... only when typed as one of these
  bool no_article = false;                         // the trigger may not carry ال
  bool undated = false;                            // a standing relation: date is null
  bool placeless = false;                          // never takes a place (entry into force)
  bool needs_cue = false;           // dropped unless one of its cue words is near ("بصفة ضيف")
  bool silent = false;              // read (it bounds other triggers' segments) but gives no mention
  bool repeats = false;             // "followed suit": the event of the trigger before, again
  std::uint32_t status_before = 6;  // words before and after the trigger where its status may be
  std::uint32_t status_after = 12;
  SentenceActors sentence_actors = SentenceActors::any;
};

struct ContextRule {
  int before = 0;  // tokens before the trigger to look at; -1: back to the sentence start
  int after = 0;
  std::uint32_t classes = 0;             // bit per trigger class
  std::optional<model::EventType> type;  // nullopt: the trigger is dropped
  // With no type: drop the trigger only when its event has no date ("the
  // last country to join" is dropped, "the last two to join, in 2016" kept).
  bool undated_only = false;
};

struct OrgCoref {
  std::vector<text::Key> heads;  // prefer a recent org whose name has one of these words
  std::string org;               // a fixed organization ("القمة العربية", "Arab summit")
  bool local = false;            // an org named before it in the sentence comes first ("its")
};

struct GazEntity {
  std::string id;
  model::EntityKind kind = model::EntityKind::state;
  std::string org;                   // documents: their organization
  std::string doc_type;              // documents
  std::string display_en;            // documents: English display name
  std::string country;               // places: their state
  std::vector<text::Key> name_keys;  // every word of every name, sorted
  bool founding = false;             // documents whose signing founds `org`
};

struct GazName {
  std::uint32_t entity = 0;
  std::string surface;      // as written in the data
  bool check_case = false;  // Latin name: capitalized words must be capitalized in text
  bool acronym = false;     // all capitals: must be all capitals in text
  bool adjective = false;   // a nationality adjective (الهندي, Indian)
};

struct Lexicon {
  model::Lang lang = model::Lang::ar;
  bool clitics = false;
  text::Segmenter segmenter;
  PhraseIndex phrases;
  std::vector<TriggerClass> classes;
  std::vector<ContextRule> contexts;
  int contexts_max_after = 0;  // the largest `after` of the contexts: how far past a trigger to look
  std::vector<OrgCoref> org_corefs;
  std::vector<OrgCoref> state_corefs;      // heads: words of the state's names ("المملكة")
  std::vector<std::string> abbreviations;  // normalized, without the full stop
  bool count_after_noun = false;           // "الدول الستة" (else "the six states")
  int bare_year_from = 0;                  // a year alone ("the 2017 summit") is a date
  int bare_year_to = -1;                   // in [from, to]; none when to < from
};

struct Resources {
  text::Vocabulary vocab;
  text::Vocabulary enclitic_stems;  // first words of triggers and status words: what may carry an enclitic
  std::vector<GazEntity> entities;
  std::vector<GazName> names;
  std::map<std::string, std::uint32_t> capitals;  // state id -> its capital's entity (places' capital_of)
  Lexicon ar;
  Lexicon en;
  const Lexicon& lexicon(model::Lang lang) const { return lang == model::Lang::ar ? ar : en; }
};

// Builds the resources. `blobs` maps "lexicon/<lang>/<file>.json" (and
// "lexicon/common.json") to file contents. Errors name the file and the
// section of a malformed lexicon.
Result<std::unique_ptr<Resources>> build_resources(std::span<const model::Entity* const> entities,
                                                   const std::map<std::string, std::string>& blobs);

// Adds `phrase` (normalized and tokenized here) with `payload`.
void add_phrase(Resources& res, Lexicon& lex, std::string_view phrase, Payload payload);

// Gazetteer (gazetteer.cpp): the names of states, organizations, places and
// documents, adjectives of nationality, abbreviations and names over time,
// plus the "names" sections of the lexicons.
igo::Status add_gazetteer(Resources& res, std::span<const model::Entity* const> entities,
                          const std::vector<std::string>& founding_words,
                          const std::vector<std::pair<std::string, std::vector<std::string>>>& extra_names);

}  // namespace igo::extract
