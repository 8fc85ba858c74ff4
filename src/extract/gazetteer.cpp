// The gazetteer: every name of every state, organization, place and
// document, as phrases of the lexicons (docs/extraction.md "Gazetteer").
#include <algorithm>
#include <set>

#include "extract/lexicon.hpp"
#include "text/normalize.hpp"
#include "text/tokenize.hpp"

namespace igo::extract {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Latin names: "SCO" must be written in capitals ("sco" is not the
// organization); "Turkey" must be capitalized.
void set_case_rules(GazName& n) {
  bool has_latin = false;
  bool has_lower = false;
  std::size_t letters = 0;
  for (char c : n.surface) {
    if (is_upper(c) || is_lower(c)) {
      has_latin = true;
      ++letters;
    }
    if (is_lower(c)) has_lower = true;
  }
  if (!has_latin) return;
  n.check_case = is_upper(n.surface.front()) || n.surface.find(' ') != std::string::npos;
  n.acronym = !has_lower && letters <= 6;
}

bool contains_word(const std::string& haystack, const std::string& word) {
  std::size_t pos = 0;
  while ((pos = haystack.find(word, pos)) != std::string::npos) {
    bool left = pos == 0 || !is_lower(haystack[pos - 1]);
    bool right = pos + word.size() >= haystack.size() || !is_lower(haystack[pos + word.size()]);
    if (left && right) return true;
    pos += word.size();
  }
  return false;
}

void json_strings(const model::Json& j, std::vector<std::string>& out) {
  if (j.is_string()) {
    out.push_back(j.get<std::string>());
  } else if (j.is_array()) {
    for (const auto& v : j) json_strings(v, out);
  } else if (j.is_object()) {
    for (const auto& [k, v] : j.items()) json_strings(v, out);
  }
}

}  // namespace

igo::Status add_gazetteer(Resources& res, std::span<const model::Entity* const> entities,
                          const std::vector<std::string>& founding_words,
                          const std::vector<std::pair<std::string, std::vector<std::string>>>& extra_names) {
  std::map<std::string, std::uint32_t> index_of;
  auto add_name = [&](std::uint32_t entity, const std::string& surface, std::set<std::string>& seen,
                      bool adjective) {
    if (surface.empty()) return;
    std::string key = text::normalize_key(surface);
    if (key.empty() || !seen.insert(surface).second) return;
    for (const auto& t : text::tokenize(key)) {
      auto& keys = res.entities[entity].name_keys;
      text::Key k = res.vocab.intern(t.text(key));
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    }
    GazName n;
    n.entity = entity;
    n.surface = surface;
    n.adjective = adjective;
    if (res.entities[entity].kind != model::EntityKind::document) set_case_rules(n);
    auto ni = static_cast<std::uint32_t>(res.names.size());
    res.names.push_back(std::move(n));
    add_phrase(res, res.ar, surface, {Cat::entity, ni});
    add_phrase(res, res.en, surface, {Cat::entity, ni});
  };
  std::vector<std::set<std::string>> seen;
  for (const model::Entity* e : entities) {
    using model::EntityKind;
    if (e->kind != EntityKind::state && e->kind != EntityKind::org && e->kind != EntityKind::place &&
        e->kind != EntityKind::document) {
      continue;
    }
    GazEntity g;
    g.id = e->id;
    g.kind = e->kind;
    if (e->kind == EntityKind::document) {
      g.org = e->text("org");
      g.doc_type = e->text("doc_type");
      const auto& en = e->names.in(model::Lang::en);
      g.display_en = en.empty() ? e->id : en.front();
      for (const auto& name : en) {
        std::string lower = text::normalize_key(name);
        for (const auto& w : founding_words) g.founding = g.founding || contains_word(lower, w);
      }
    }
    if (e->kind == EntityKind::place) g.country = e->text("country");
    auto index = static_cast<std::uint32_t>(res.entities.size());
    if (std::string state = e->text("capital_of"); e->kind == EntityKind::place && !state.empty()) {
      res.capitals[state] = index;
    }
    index_of[e->id] = index;
    res.entities.push_back(std::move(g));
    seen.emplace_back();
    std::vector<std::string> surfaces;
    for (auto lang : model::k_langs) {
      for (const auto& n : e->names.in(lang)) surfaces.push_back(n);
    }
    if (auto it = e->body.find("abbrev"); it != e->body.end()) json_strings(*it, surfaces);
    if (auto it = e->body.find("names_over_time"); it != e->body.end() && it->is_array()) {
      for (const auto& item : *it) {
        if (item.is_object() && item.contains("name")) json_strings(item["name"], surfaces);
      }
    }
    for (const auto& s : surfaces) add_name(index, s, seen.back(), false);
    std::vector<std::string> adjectives;
    if (auto it = e->body.find("adjectives"); it != e->body.end()) json_strings(*it, adjectives);
    for (const auto& s : adjectives) add_name(index, s, seen.back(), true);
  }
  for (const auto& [id, names] : extra_names) {
    auto it = index_of.find(id);
    if (it == index_of.end()) {
      return invalid_argument("lexicon names: unknown entity \"" + id + "\"");
    }
    for (const auto& n : names) add_name(it->second, n, seen[it->second], false);
  }
  return {};
}

}  // namespace igo::extract
