#include "extract/lexicon.hpp"

#include <algorithm>

#include "extract/lexicon_load.hpp"
#include "text/normalize.hpp"
#include "text/tokenize.hpp"

namespace igo::extract {
namespace detail {

Result<std::vector<std::string>> strings(const Ctx& c, const Json& j) {
  if (!j.is_array()) return c.fail("expected a list of strings");
  std::vector<std::string> out;
  for (const auto& v : j) {
    if (!v.is_string()) return c.fail("expected a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

// {"form": number, ...}
Result<std::vector<std::pair<std::string, int>>> numbers(const Ctx& c, const Json& j) {
  if (!j.is_object()) return c.fail("expected an object of form -> number");
  std::vector<std::pair<std::string, int>> out;
  for (const auto& [k, v] : j.items()) {
    if (!v.is_number_integer()) return c.fail("\"" + k + "\" needs an integer");
    out.emplace_back(k, v.get<int>());
  }
  return out;
}

Status add_list(Ctx& c, const Json& j, Cat cat, std::uint32_t value) {
  IGO_TRY_ASSIGN(auto list, strings(c, j));
  for (const auto& s : list) add_phrase(c.res, c.lex, s, {cat, value});
  return {};
}

Result<std::optional<model::EventType>> event_type(const Ctx& c, const Json& j) {
  if (j.is_null()) return std::optional<model::EventType>();
  if (!j.is_string()) return c.fail("an event type must be a string or null");
  auto t = model::parse_event_type(j.get<std::string>());
  if (!t) return c.fail("unknown event type \"" + j.get<std::string>() + "\"");
  return std::optional<model::EventType>(*t);
}

std::optional<MemberStatus> parse_status(std::string_view s) {
  if (s == "member") return MemberStatus::member;
  if (s == "observer") return MemberStatus::observer;
  if (s == "dialogue_partner") return MemberStatus::dialogue_partner;
  if (s == "partner") return MemberStatus::partner;
  return std::nullopt;
}

std::optional<Unit> parse_unit(std::string_view s) {
  if (s == "day") return Unit::day;
  if (s == "week") return Unit::week;
  if (s == "month") return Unit::month;
  if (s == "year") return Unit::year;
  return std::nullopt;
}

std::optional<Direction> parse_direction(std::string_view s) {
  if (s == "past") return Direction::past;
  if (s == "next") return Direction::next;
  if (s == "current") return Direction::current;
  if (s == "following") return Direction::following;
  if (s == "same") return Direction::same;
  return std::nullopt;
}

}  // namespace detail

namespace {

using namespace detail;  // NOLINT(google-build-using-namespace): the loaders of this file

Status load_class(Ctx& c, const std::string& name, const Json& j) {
  if (!j.is_object()) return c.fail("class \"" + name + "\" must be an object");
  TriggerClass k;
  k.name = name;
  IGO_TRY_ASSIGN(k.type, event_type(c, j.value("type", Json())));
  for (const char* key : {"by_status", "by_object"}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_object()) return c.fail(std::string(key) + " must be an object");
    for (const auto& [what, type_json] : j[key].items()) {
      IGO_TRY_ASSIGN(auto t, event_type(c, type_json));
      if (std::string_view(key) == "by_status") {
        auto s = parse_status(what);
        if (!s) return c.fail("unknown status \"" + what + "\"");
        k.by_status[static_cast<std::size_t>(*s)] = t;
      } else if (what == "treaty" || what == "memorandum") {
        k.by_object[what == "treaty" ? 1U : 2U] = t;
      } else {
        return c.fail("unknown object kind \"" + what + "\"");
      }
    }
  }
  std::string needs = j.value("requires", std::string("none"));
  if (needs == "status") {
    k.needs = Requires::status;
  } else if (needs == "object") {
    k.needs = Requires::object;
  } else if (needs == "context") {
    k.needs = Requires::context;
  } else if (needs != "none") {
    return c.fail("requires must be none, status, object or context");
  }
  if (j.contains("status_window")) {
    const Json& w = j["status_window"];
    if (!w.is_array() || w.size() != 2 || !w[0].is_number_unsigned() || !w[1].is_number_unsigned())
      return c.fail("status_window is [words before, words after]");
    k.status_before = w[0].get<std::uint32_t>();
    k.status_after = w[1].get<std::uint32_t>();
  }
  k.silent = j.value("silent", false);
  k.repeats = j.value("repeats", false);
  std::string actors = j.value("actors", std::string("after"));
  if (actors == "none") {
    k.actors = ActorSide::none;
  } else if (actors == "before") {
    k.actors = ActorSide::before;
  } else if (actors == "either") {
    k.actors = ActorSide::either;
  } else if (actors == "agent") {
    k.actors = ActorSide::agent;
  } else if (actors != "after") {
    return c.fail("actors must be none, after, before, either or agent");
  }
  k.needs_date = j.value("needs_date", false);
  k.needs_local_org = j.value("needs_local_org", false);
  if (j.contains("needs_actors") && j["needs_actors"].is_array()) {
    for (const auto& tj : j["needs_actors"]) {
      IGO_TRY_ASSIGN(auto t, event_type(c, tj));
      if (t) k.needs_actors_for.push_back(*t);
    }
  } else {
    k.needs_actors = j.value("needs_actors", false);
  }
  k.no_article = j.value("no_article", false);
  k.undated = j.value("undated", false);
  k.placeless = j.value("placeless", false);
  std::string sentence_actors = j.value("sentence_actors", std::string("any"));
  if (sentence_actors == "none") {
    k.sentence_actors = SentenceActors::none;
  } else if (sentence_actors == "list") {
    k.sentence_actors = SentenceActors::list;
  } else if (sentence_actors != "any") {
    return c.fail("sentence_actors must be none, list or any");
  }
  if (!k.type && k.needs == Requires::none && !k.repeats)
    return c.fail("class \"" + name + "\" needs a type, requires or repeats");
  auto index = static_cast<std::uint32_t>(c.lex.classes.size());
  if (j.contains("cues")) {
    k.needs_cue = true;
    IGO_TRY(add_list(c, j["cues"], Cat::cue, index));
  }
  c.lex.classes.push_back(std::move(k));
  if (!j.contains("forms")) return c.fail("class \"" + name + "\" has no forms");
  return add_list(c, j["forms"], Cat::trigger, index);
}

Status load_contexts(Ctx& c, const Json& j) {
  if (!j.is_array()) return c.fail("expected a list of rules");
  for (const auto& r : j) {
    if (!r.is_object() || !r.contains("words") || !r.contains("classes")) {
      return c.fail("a context rule needs words and classes");
    }
    ContextRule rule;
    if (r.contains("before") && r["before"].is_string() && r["before"] == "clause") {
      rule.before = -1;
    } else {
      rule.before = r.value("before", 0);
    }
    rule.after = r.value("after", 0);
    rule.undated_only = r.value("undated_only", false);
    IGO_TRY_ASSIGN(rule.type, event_type(c, r.value("type", Json())));
    IGO_TRY_ASSIGN(auto classes, strings(c, r["classes"]));
    for (const auto& name : classes) {
      bool found = false;
      for (std::size_t i = 0; i < c.lex.classes.size(); ++i) {
        if (c.lex.classes[i].name == name) {
          rule.classes |= 1U << i;
          found = true;
        }
      }
      if (!found) return c.fail("unknown trigger class \"" + name + "\"");
    }
    auto index = static_cast<std::uint32_t>(c.lex.contexts.size());
    c.lex.contexts.push_back(rule);
    c.lex.contexts_max_after = std::max(c.lex.contexts_max_after, rule.after);
    IGO_TRY(add_list(c, r["words"], Cat::context, index));
  }
  return {};
}

Status load_clitics(Ctx& c, const Json& j, text::CliticRules& rules) {
  if (j.contains("proclitics")) {
    for (const auto& p : j["proclitics"]) {
      if (!p.is_object() || !p.contains("form")) return c.fail("a proclitic needs a form");
      text::Proclitic pro;
      pro.form = text::normalize_key(p["form"].get<std::string>());
      pro.restore = text::normalize_key(p.value("restore", std::string()));
      IGO_TRY_ASSIGN(auto features, strings(c, p.value("features", Json::array())));
      for (const auto& f : features) {
        if (f == "conj")
          pro.features |= text::k_clitic_conj;
        else if (f == "prep")
          pro.features |= text::k_clitic_prep;
        else if (f == "article")
          pro.features |= text::k_clitic_article;
        else if (f == "future")
          pro.features |= text::k_clitic_future;
        else
          return c.fail("unknown clitic feature \"" + f + "\"");
      }
      rules.proclitics.push_back(pro);
    }
  }
  if (j.contains("enclitics")) {
    IGO_TRY_ASSIGN(auto list, strings(c, j["enclitics"]));
    for (const auto& e : list) rules.enclitics.push_back(text::normalize_key(e));
  }
  if (j.contains("stem_final")) {
    for (const auto& pair : j["stem_final"]) {
      if (!pair.is_array() || pair.size() != 2) return c.fail("stem_final holds [from, to] pairs");
      rules.stem_final.emplace_back(text::normalize_key(pair[0].get<std::string>()),
                                    text::normalize_key(pair[1].get<std::string>()));
    }
  }
  if (j.contains("min_stem_letters")) rules.min_stem_letters = j["min_stem_letters"].get<std::size_t>();
  c.lex.clitics = !rules.proclitics.empty();
  return {};
}

Status load_statuses_objects(Ctx& c, const Json& doc) {
  if (doc.contains("objects")) {
    c.section = "objects";
    for (const auto& [kind, list] : doc["objects"].items()) {
      std::uint32_t v = kind == "treaty" ? 1U : kind == "memorandum" ? 2U : kind == "pronoun" ? 3U : 0U;
      if (v == 0) return c.fail("unknown object kind \"" + kind + "\"");
      IGO_TRY(add_list(c, list, Cat::object, v));
    }
  }
  if (doc.contains("statuses")) {
    c.section = "statuses";
    for (const auto& [name, list] : doc["statuses"].items()) {
      auto s = parse_status(name);
      if (!s) return c.fail("unknown status \"" + name + "\"");
      IGO_TRY(add_list(c, list, Cat::status, static_cast<std::uint32_t>(*s)));
    }
  }
  return {};
}

constexpr const char* k_known_sections[] = {"note",
                                            "proclitics",
                                            "enclitics",
                                            "stem_final",
                                            "min_stem_letters",
                                            "months",
                                            "ambiguous_months",
                                            "hijri_months",
                                            "ambiguous_hijri_months",
                                            "weekdays",
                                            "ordinals",
                                            "numbers",
                                            "relative_days",
                                            "units",
                                            "count_units",
                                            "directions",
                                            "directions_before",
                                            "words",
                                            "classes",
                                            "contexts",
                                            "durations",
                                            "bare_years",
                                            "objects",
                                            "statuses",
                                            "modality",
                                            "roles",
                                            "coref",
                                            "sentences",
                                            "names",
                                            "founding_words"};

Result<Json> parse_blob(const std::string& name, const std::string& body) {
  try {
    Json j = Json::parse(body);
    if (!j.is_object()) {
      auto e = invalid_argument("a lexicon file holds one JSON object");
      e.at(name);
      return e;
    }
    for (const auto& [key, value] : j.items()) {
      bool known = false;
      for (const char* k : k_known_sections) known = known || key == k;
      if (!known) {
        auto e = invalid_argument("unknown section \"" + key + "\"");
        e.at(name);
        return e;
      }
    }
    return j;
  } catch (const Json::exception& ex) {
    auto e = invalid_argument(std::string("malformed JSON: ") + ex.what());
    e.at(name);
    return e;
  }
}

}  // namespace

void add_phrase(Resources& res, Lexicon& lex, std::string_view phrase, Payload payload) {
  std::string norm = text::normalize_key(phrase);
  auto tokens = text::tokenize(norm);
  std::vector<text::Key> keys;
  keys.reserve(tokens.size());
  for (const auto& t : tokens) keys.push_back(res.vocab.intern(t.text(norm)));
  if (!tokens.empty() && (payload.cat == Cat::trigger || payload.cat == Cat::status)) {
    res.enclitic_stems.intern(tokens.front().text(norm));
  }
  lex.phrases.add(keys, payload);
}

Result<std::unique_ptr<Resources>> build_resources(std::span<const model::Entity* const> entities,
                                                   const std::map<std::string, std::string>& blobs) {
  auto res = std::make_unique<Resources>();
  res->ar.lang = model::Lang::ar;
  res->en.lang = model::Lang::en;
  std::vector<std::string> founding;
  std::vector<std::pair<std::string, std::vector<std::string>>> extra_names;
  std::vector<std::pair<std::string, Json>> files;
  for (const auto& [name, body] : blobs) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
    IGO_TRY_ASSIGN(auto j, parse_blob(name, body));
    files.emplace_back(name, std::move(j));
  }
  auto lexicon_of = [&](const std::string& name) -> Lexicon* {
    if (name.rfind("lexicon/ar/", 0) == 0) return &res->ar;
    if (name.rfind("lexicon/en/", 0) == 0) return &res->en;
    return nullptr;
  };
  // Pass 1: clitics and trigger classes (contexts refer to classes).
  text::CliticRules ar_rules;
  text::CliticRules en_rules;
  for (const auto& [name, j] : files) {
    Lexicon* lex = lexicon_of(name);
    if (lex == nullptr) continue;
    Ctx c{*res, *lex, name, "clitics"};
    IGO_TRY(load_clitics(c, j, lex == &res->ar ? ar_rules : en_rules));
    if (j.contains("classes")) {
      c.section = "classes";
      for (const auto& [cname, cj] : j["classes"].items()) IGO_TRY(load_class(c, cname, cj));
      if (lex->classes.size() > 32) return c.fail("at most 32 trigger classes");
    }
  }
  // Pass 2: everything else.
  for (const auto& [name, j] : files) {
    if (j.contains("founding_words")) {
      Ctx c{*res, res->ar, name, "founding_words"};
      IGO_TRY_ASSIGN(auto words, strings(c, j["founding_words"]));
      for (auto& w : words) founding.push_back(text::normalize_key(w));
    }
    Lexicon* lex = lexicon_of(name);
    if (lex == nullptr) continue;
    Ctx c{*res, *lex, name, ""};
    IGO_TRY(load_dates(c, j));
    if (j.contains("contexts")) {
      c.section = "contexts";
      IGO_TRY(load_contexts(c, j["contexts"]));
    }
    IGO_TRY(load_statuses_objects(c, j));
    IGO_TRY(load_discourse(c, j));
    if (j.contains("names")) {
      c.section = "names";
      for (const auto& n : j["names"]) {
        if (!n.is_object() || !n.contains("id") || !n.contains("names"))
          return c.fail("an entry needs id and names");
        IGO_TRY_ASSIGN(auto list, strings(c, n["names"]));
        extra_names.emplace_back(n["id"].get<std::string>(), std::move(list));
      }
    }
  }
  res->ar.segmenter = text::Segmenter(std::move(ar_rules));
  res->en.segmenter = text::Segmenter(std::move(en_rules));
  IGO_TRY(add_gazetteer(*res, entities, founding, extra_names));
  return res;
}

}  // namespace igo::extract