// Reading the dates and discourse sections of the lexicon files
// (docs/extraction.md "Lexicon files").
#include "extract/lexicon_load.hpp"

#include "text/normalize.hpp"

namespace igo::extract::detail {
namespace {

Status load_words(Ctx& c, const Json& j) {
  static const std::pair<const char*, DateWord> k_words[] = {{"year", DateWord::year},
                                                             {"era", DateWord::era},
                                                             {"hijri_era", DateWord::hijri_era},
                                                             {"by", DateWord::by},
                                                             {"range_start", DateWord::range_start},
                                                             {"range_to", DateWord::range_to},
                                                             {"of", DateWord::of},
                                                             {"preposition", DateWord::preposition},
                                                             {"approximate", DateWord::approximate},
                                                             {"ago_before", DateWord::ago_before},
                                                             {"ago_after", DateWord::ago_after},
                                                             {"corresponding", DateWord::corresponding},
                                                             {"day", DateWord::day},
                                                             {"number_prefix", DateWord::number_prefix},
                                                             {"ordinal_suffix", DateWord::ordinal_suffix},
                                                             {"effective", DateWord::effective},
                                                             {"year_prep", DateWord::year_prep}};
  if (!j.is_object()) return c.fail("expected an object of word lists");
  for (const auto& [key, list] : j.items()) {
    bool known = false;
    for (const auto& [name, word] : k_words) {
      if (key != name) continue;
      known = true;
      IGO_TRY(add_list(c, list, Cat::date_word, static_cast<std::uint32_t>(word)));
    }
    if (!known) return c.fail("unknown date word list \"" + key + "\"");
  }
  return {};
}

Status load_months(Ctx& c, const Json& doc, const char* key, const char* ambiguous_key, Cat cat) {
  std::vector<std::string> ambiguous;
  if (doc.contains(ambiguous_key)) {
    IGO_TRY_ASSIGN(ambiguous, strings(c, doc[ambiguous_key]));
  }
  auto is_ambiguous = [&](const std::string& s) {
    for (const auto& a : ambiguous) {
      if (text::normalize_key(a) == text::normalize_key(s)) return true;
    }
    return false;
  };
  auto add_system = [&](const Json& system) -> Status {
    IGO_TRY_ASSIGN(auto list, numbers(c, system));
    for (const auto& [form, month] : list) {
      if (month < 1 || month > 12) return c.fail("month numbers run 1..12");
      auto v = static_cast<std::uint32_t>(month) + (is_ambiguous(form) ? 100U : 0U);
      add_phrase(c.res, c.lex, form, {cat, v});
    }
    return {};
  };
  const Json& j = doc[key];
  if (!j.is_object()) return c.fail("expected an object");
  bool nested = !j.empty() && j.begin().value().is_object();
  if (!nested) return add_system(j);
  for (const auto& [system, names] : j.items()) IGO_TRY(add_system(names));
  return {};
}

Status load_named(Ctx& c, const Json& j, Cat cat, std::optional<Unit> (*unit_parser)(std::string_view)) {
  if (!j.is_object()) return c.fail("expected an object");
  for (const auto& [form, v] : j.items()) {
    if (!v.is_string()) return c.fail("\"" + form + "\" needs a string value");
    auto u = unit_parser(v.get<std::string>());
    if (!u) return c.fail("unknown value \"" + v.get<std::string>() + "\"");
    add_phrase(c.res, c.lex, form, {cat, static_cast<std::uint32_t>(*u)});
  }
  return {};
}

Status load_directions(Ctx& c, const Json& j, Cat cat) {
  if (!j.is_object()) return c.fail("expected an object");
  for (const auto& [form, v] : j.items()) {
    auto d = v.is_string() ? parse_direction(v.get<std::string>()) : std::nullopt;
    if (!d) return c.fail("\"" + form + "\" needs past, next, current, following or same");
    add_phrase(c.res, c.lex, form, {cat, static_cast<std::uint32_t>(*d)});
  }
  return {};
}

Status load_counts(Ctx& c, const Json& j, Cat cat, int offset, int lo, int hi) {
  IGO_TRY_ASSIGN(auto list, numbers(c, j));
  for (const auto& [form, n] : list) {
    if (n < lo || n > hi) return c.fail("\"" + form + "\" is out of range");
    add_phrase(c.res, c.lex, form, {cat, static_cast<std::uint32_t>(n + offset)});
  }
  return {};
}

}  // namespace

Status load_discourse(Ctx& c, const Json& doc) {
  auto lists = [&](const char* section, std::initializer_list<std::pair<const char*, Cat>> keys) -> Status {
    if (!doc.contains(section)) return {};
    c.section = section;
    const Json& j = doc[section];
    for (const auto& [key, cat] : keys) {
      if (j.contains(key)) IGO_TRY(add_list(c, j[key], cat));
    }
    return {};
  };
  IGO_TRY(lists("modality", {{"future_before", Cat::future_before},
                             {"future_after", Cat::future_after},
                             {"negation", Cat::negation},
                             {"irrealis", Cat::irrealis},
                             {"neutral", Cat::neutral}}));
  IGO_TRY(lists("roles", {{"list_joiners", Cat::list_joiner},
                          {"exclusions", Cat::exclusion},
                          {"place_coref", Cat::place_coref},
                          {"place_prepositions", Cat::place_prep},
                          {"place_nouns", Cat::place_noun},
                          {"clause_joiners", Cat::clause_joiner},
                          {"titles", Cat::title},
                          {"host_verbs", Cat::host},
                          {"actor_pronouns", Cat::actor_pronoun},
                          {"state_location_prepositions", Cat::state_location},
                          {"companions", Cat::companion},
                          {"opposition", Cat::opposition},
                          {"subject_pronouns", Cat::subject_pronoun},
                          {"conjunctions", Cat::conjunction},
                          {"fillers", Cat::filler},
                          {"possessives", Cat::possessive}}));
  if (doc.contains("roles") && doc["roles"].contains("agents")) {
    // Agent markers ("على يد"): companion phrases with value 1.
    c.section = "roles";
    IGO_TRY(add_list(c, doc["roles"]["agents"], Cat::companion, 1));
  }
  if (doc.contains("roles") && doc["roles"].contains("capital_nouns")) {
    // "the capital", "العاصمة": place nouns that name a capital.
    c.section = "roles";
    IGO_TRY(add_list(c, doc["roles"]["capital_nouns"], Cat::place_noun, k_capital_noun));
  }
  if (doc.contains("coref")) {
    c.section = "coref";
    const Json& j = doc["coref"];
    if (j.contains("actors_same")) IGO_TRY(add_list(c, j["actors_same"], Cat::actors_same));
    if (j.contains("count_nouns")) IGO_TRY(add_list(c, j["count_nouns"], Cat::count_noun));
    if (j.contains("count_after_noun")) c.lex.count_after_noun = j["count_after_noun"].get<bool>();
    if (j.contains("actors_count")) IGO_TRY(load_counts(c, j["actors_count"], Cat::actors_count, 0, 1, 100));
    for (const char* key : {"orgs", "states"}) {
      if (!j.contains(key)) continue;
      bool orgs = std::string_view(key) == "orgs";
      auto& list = orgs ? c.lex.org_corefs : c.lex.state_corefs;
      for (const auto& o : j[key]) {
        if (!o.is_object() || !o.contains("form")) return c.fail("a coreference needs a form");
        OrgCoref oc;
        IGO_TRY_ASSIGN(auto heads, strings(c, o.value("heads", Json::array())));
        for (const auto& h : heads) oc.heads.push_back(c.res.vocab.intern(text::normalize_key(h)));
        oc.org = o.value("org", std::string());
        oc.local = o.value("local", false);
        auto index = static_cast<std::uint32_t>(list.size());
        list.push_back(std::move(oc));
        add_phrase(c.res, c.lex, o["form"].get<std::string>(),
                   {orgs ? Cat::coref_org : Cat::coref_state, index});
      }
    }
  }
  if (doc.contains("sentences")) {
    c.section = "sentences";
    IGO_TRY_ASSIGN(auto abbr, strings(c, doc["sentences"].value("abbreviations", Json::array())));
    for (const auto& a : abbr) c.lex.abbreviations.push_back(text::normalize_key(a));
  }
  return {};
}

Status load_dates(Ctx& c, const Json& doc) {
  auto section = [&](const char* name) {
    c.section = name;
    return doc.contains(name);
  };
  if (section("months")) IGO_TRY(load_months(c, doc, "months", "ambiguous_months", Cat::month));
  if (section("hijri_months")) {
    IGO_TRY(load_months(c, doc, "hijri_months", "ambiguous_hijri_months", Cat::hijri_month));
  }
  if (section("weekdays")) IGO_TRY(load_counts(c, doc["weekdays"], Cat::weekday, 0, 1, 7));
  if (section("ordinals")) IGO_TRY(load_counts(c, doc["ordinals"], Cat::ordinal, 0, 1, 31));
  if (section("numbers")) IGO_TRY(load_counts(c, doc["numbers"], Cat::number_word, 0, 1, 1000));
  if (section("relative_days"))
    IGO_TRY(load_counts(c, doc["relative_days"], Cat::relative_day, 100, -30, 30));
  if (section("durations")) IGO_TRY(load_counts(c, doc["durations"], Cat::duration, 0, 1, 31));
  if (section("units")) IGO_TRY(load_named(c, doc["units"], Cat::unit, parse_unit));
  if (section("count_units")) IGO_TRY(load_named(c, doc["count_units"], Cat::count_unit, parse_unit));
  if (section("directions")) IGO_TRY(load_directions(c, doc["directions"], Cat::direction));
  if (section("directions_before")) {
    IGO_TRY(load_directions(c, doc["directions_before"], Cat::direction_before));
  }
  if (section("words")) IGO_TRY(load_words(c, doc["words"]));
  if (section("bare_years")) {
    const Json& y = doc["bare_years"];
    if (!y.is_array() || y.size() != 2 || !y[0].is_number_integer() || !y[1].is_number_integer()) {
      return c.fail("bare_years is [first, last]");
    }
    c.lex.bare_year_from = y[0].get<int>();
    c.lex.bare_year_to = y[1].get<int>();
  }
  return {};
}

}  // namespace igo::extract::detail
