// Roles and coreference (docs/extraction.md "Roles", "Coreference"):
// coordinated actor lists with exclusions, phrases that refer to earlier
// actors, and nouns that refer to an organization.
#include <algorithm>
#include <map>

#include "extract/events_internal.hpp"

namespace igo::extract {
namespace {

const GazEntity& entity_of(const Doc& doc, const EntityMention& m) { return doc.res().entities[m.entity]; }

// The words of a mention, the first without its proclitic.
std::vector<text::Key> mention_keys(const Doc& doc, const EntityMention& m) {
  std::vector<text::Key> keys;
  for (auto i = m.first; i < m.last; ++i) {
    auto t = doc.text(i);
    if (i == m.first) t = t.substr(std::min<std::size_t>(m.pro_len, t.size()));
    keys.push_back(doc.res().vocab.find(t));
  }
  return keys;
}

// Only list joiners (and, with `exclusion`, one exclusion word) between.
bool joined(const Doc& doc, std::uint32_t from, std::uint32_t to, bool* exclusion) {
  std::uint32_t p = from;
  while (p < to) {
    if (const Match* m = doc.find(p, Cat::list_joiner); m != nullptr && m->last <= to) {
      p = m->last;
    } else if (const Match* x = doc.find(p, Cat::exclusion);
               exclusion != nullptr && x != nullptr && x->last <= to) {
      *exclusion = true;
      p = x->last;
    } else {
      return false;
    }
  }
  return true;
}

std::string resolve_org(const Discourse& disc, const OrgCoref& coref) {
  if (!coref.org.empty()) return coref.org;  // "القمة العربية": the phrase names its organization
  for (auto it = disc.orgs.rbegin(); it != disc.orgs.rend(); ++it) {
    for (text::Key h : coref.heads) {
      if (std::find(it->keys.begin(), it->keys.end(), h) != it->keys.end()) return it->org;
    }
  }
  if (!disc.salient.empty()) return disc.salient;
  return disc.orgs.empty() ? std::string() : disc.orgs.back().org;
}

struct ActorItem : Span {
  std::vector<std::string> states;
  bool coref = false;
  bool adjective = false;
};

constexpr std::uint32_t k_title_gap = 6;

// "Malaysian Prime Minister Anwar Ibrahim and Vietnamese Prime Minister ...",
// "الرئيس الروسي فلاديمير بوتين والرئيس الصيني": two states joined through
// titles and names, with no trigger, name or punctuation between.
bool joined_by_titles(const Doc& doc, const ActorItem& a, const ActorItem& b) {
  if (b.first <= a.last || b.first - a.last > k_title_gap) return false;
  for (auto p = a.last; p < b.first; ++p) {
    if (doc.tokens()[p].kind == text::TokenKind::punct && !doc.is_punct(p, "'") && !doc.is_punct(p, "-"))
      return false;
    if (doc.entity_at(p) != nullptr || doc.find(p, Cat::trigger) != nullptr) return false;
  }
  for (std::uint32_t p = b.first > 2 ? b.first - 2 : 0; p < b.first; ++p) {
    if (p >= a.last && doc.find(p, Cat::conjunction) != nullptr) return true;
  }
  // The title before the second state carries the conjunction: "والرئيس".
  for (auto p = a.last; p < b.first; ++p) {
    for (const auto& m : doc.matches_at(p)) {
      if (m.payload.cat == Cat::title && (m.features & text::k_clitic_conj) != 0) return true;
    }
  }
  return false;
}

// "the Kazakh capital", "the Chinese port city", "العاصمة الكازاخية": the
// place of that state named last (the dateline's city included).
std::optional<PlaceRef> described_place(const Doc& doc, const EntityMention& m, const Discourse& disc) {
  const GazEntity& state = doc.res().entities[m.entity];
  Span span{};
  bool noun_after = false;
  bool capital = false;  // the noun names a capital (roles.capital_nouns)
  if (const Match* n = doc.find(m.last, Cat::place_noun)) {
    span = {m.first, n->last};
    noun_after = true;
    capital = n->payload.value == k_capital_noun;
  } else {
    bool found = false;
    for (std::uint32_t p = m.first > 3 ? m.first - 3 : 0; p < m.first && !found; ++p) {
      for (const auto& x : doc.matches_at(p)) {
        if (x.payload.cat == Cat::place_noun && x.last == m.first) {
          span = {p, m.last};
          found = true;
          capital = x.payload.value == k_capital_noun;
        }
      }
    }
    if (!found) return std::nullopt;
  }
  if (const EntityMention* next = doc.entity_at(span.last)) {
    // "العاصمة الكازاخية أستانا": the place is named; "العاصمة الأردنية عمان":
    // named by a word the gazetteer read as a state.
    if (doc.res().entities[next->entity].kind == model::EntityKind::place) return std::nullopt;
    if (auto place = place_named(doc, *next)) {
      PlaceRef r;
      r.first = span.first;
      r.last = next->last;
      r.place = doc.res().entities[*place].id;
      return r;
    }
  }
  for (auto it = disc.places.rbegin(); it != disc.places.rend(); ++it) {
    if (it->second == state.id) {
      PlaceRef r;
      r.first = span.first;
      r.last = span.last;
      r.place = it->first;
      return r;
    }
  }
  // "في العاصمة الماليزية", "the Malaysian capital" with no place of that state
  // named before: its capital (the noun in its language's place: "مصر
  // والسعودية العاصمة" is no capital).
  if (noun_after != (doc.lex().lang == model::Lang::en)) return std::nullopt;
  if (auto it = doc.res().capitals.find(state.id); capital && it != doc.res().capitals.end()) {
    PlaceRef r;
    r.first = span.first;
    r.last = span.last;
    r.place = doc.res().entities[it->second].id;
    return r;
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> list_of_size(const Discourse& disc, const std::vector<Group>& here,
                                                     std::size_t n) {
  for (auto it = here.rbegin(); it != here.rend(); ++it) {
    if (it->raw.size() == n) return it->raw;
  }
  for (auto it = disc.lists.rbegin(); it != disc.lists.rend(); ++it) {
    if (it->size() == n) return *it;
  }
  return std::nullopt;
}

// A count after (Arabic) or before (English) a count noun: "الدول الستة", "the six states".
std::optional<std::size_t> count_near(const Doc& doc, const Match& noun) {
  auto value = [&](std::uint32_t i) -> std::optional<std::size_t> {
    if (i >= doc.size()) return std::nullopt;
    if (const Match* w = doc.find(i, Cat::number_word)) return w->payload.value;
    if (doc.tokens()[i].kind == text::TokenKind::number && doc.text(i).size() <= 2) {
      return static_cast<std::size_t>(std::stoi(std::string(doc.text(i))));
    }
    return std::nullopt;
  };
  if (doc.lex().count_after_noun) return value(noun.last);
  if (noun.first == 0) return std::nullopt;
  return value(noun.first - 1);
}

}  // namespace

std::optional<std::uint32_t> place_named(const Doc& doc, const EntityMention& e) {
  if (doc.res().entities[e.entity].kind == model::EntityKind::place) return e.entity;
  for (const auto& m : doc.matches_at(e.first)) {
    if (m.payload.cat != Cat::entity || m.last != e.last) continue;
    std::uint32_t other = doc.res().names[m.payload.value].entity;
    if (doc.res().entities[other].kind == model::EntityKind::place) return other;
  }
  return std::nullopt;
}

std::string salient_org(const Doc& doc) {
  std::map<std::string, std::pair<std::size_t, std::uint32_t>> counts;  // org -> (count, first position)
  for (const auto& m : doc.entities()) {
    const GazEntity& e = entity_of(doc, m);
    std::string org = e.kind == model::EntityKind::org        ? e.id
                      : e.kind == model::EntityKind::document ? e.org
                                                              : std::string();
    if (org.empty()) continue;
    ++counts.try_emplace(org, 0U, m.first).first->second.first;
  }
  std::string best;
  std::pair<std::size_t, std::uint32_t> best_score{0, 0};
  for (const auto& [org, score] : counts) {
    if (best.empty() || score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = org;
      best_score = score;
    }
  }
  return best;
}

Items collect_items(const Doc& doc, const text::Sentence& s, std::uint32_t from,
                    const std::vector<DateExpr>& dates, const std::vector<std::uint8_t>& covered,
                    Discourse& disc) {
  Items items;
  items.sentence = {s.first, s.last};
  std::vector<ActorItem> actors;
  from = std::max(from, s.first);
  for (const auto& d : dates) {
    if (d.first >= from && d.last <= s.last) items.dates.push_back(&d);
  }
  for (std::uint32_t i = from; i < s.last;) {
    if (const EntityMention* m = doc.entity_at(i)) {
      const GazEntity& e = entity_of(doc, *m);
      std::uint32_t skip_to = m->last;
      switch (e.kind) {
        case model::EntityKind::state: {
          bool adjective = doc.res().names[m->name].adjective;
          disc.states.push_back(m->entity);
          // "في جنوب إفريقيا", "in India": where, not who.
          if (m->first > 0 && (m->features & text::k_clitic_prep) == 0 &&
              doc.find(m->first - 1, Cat::state_location) != nullptr) {
            break;
          }
          // "in Durban, South Africa", "بمدينة ديربان بجنوب أفريقيا": the country of the
          // place just named, not an actor.
          if (m->first > 0) {
            std::uint32_t q = doc.is_punct(m->first - 1, ",") ? m->first - 1 : m->first;
            const EntityMention* before = q > 0 ? doc.entity_at(q - 1) : nullptr;
            if (before != nullptr && before->last == q) {
              auto place = place_named(doc, *before);
              if (place && doc.res().entities[*place].country == e.id) break;
            }
          }
          // "لومي عاصمة التوغو": the state a place belongs to, not an actor.
          if (!adjective && m->first > 0) {
            bool described = false;
            for (const auto& x : doc.matches_at(m->first > 2 ? m->first - 2 : 0)) {
              described = described || (x.payload.cat == Cat::place_noun && x.last == m->first);
            }
            if (const Match* x = doc.find(m->first - 1, Cat::place_noun);
                x != nullptr && x->last == m->first) {
              described = true;
            }
            if (described) break;
          }
          if (adjective) {
            if (auto described = described_place(doc, *m, disc)) {
              items.places.push_back(*described);
              disc.places.emplace_back(described->place, e.id);
              skip_to = described->last;
              break;
            }
            const EntityMention* next = doc.entity_at(m->last);
            if (next != nullptr && doc.res().entities[next->entity].kind == model::EntityKind::place) break;
          }
          actors.push_back({{m->first, m->last}, {e.id}, false, adjective});
          break;
        }
        case model::EntityKind::org:
          items.orgs.push_back({{m->first, m->last}, e.id, false});
          disc.orgs.push_back({m->first, e.id, mention_keys(doc, *m)});
          break;
        case model::EntityKind::place:
          items.places.push_back({{m->first, m->last}, e.id});
          disc.places.emplace_back(e.id, e.country);
          break;
        case model::EntityKind::document:
          items.docs.push_back({{m->first, m->last}, m->entity});
          if (!e.org.empty()) disc.orgs.push_back({m->first, e.org, mention_keys(doc, *m)});
          break;
        default:
          break;
      }
      i = std::max(skip_to, m->last);
      continue;
    }
    if (covered[i] != 0) {
      ++i;
      continue;
    }
    // A phrase read here must not run into a name ("the Organisation of African Unity").
    auto clear = [&](const Match* c) {
      if (c == nullptr) return false;
      for (auto p = c->first; p < c->last; ++p) {
        if (doc.entity_at(p) != nullptr) return false;
      }
      return true;
    };
    if (const Match* c = doc.find(i, Cat::coref_org); clear(c)) {
      const OrgCoref& coref = doc.lex().org_corefs[c->payload.value];
      std::string org;
      // "The G20 was formed in 1999 ..., and its leaders": the org named before in the sentence.
      for (auto it = disc.orgs.rbegin(); coref.local && it != disc.orgs.rend() && org.empty(); ++it) {
        if (it->pos >= s.first && it->pos < c->first) org = it->org;
      }
      if (org.empty()) org = resolve_org(disc, coref);
      if (!org.empty()) items.orgs.push_back({{c->first, c->last}, org, true});
      i = c->last;
      continue;
    }
    if (const Match* c = doc.find(i, Cat::coref_state); clear(c)) {
      // "المملكة": the last state named whose names have that word.
      const auto& heads = doc.lex().state_corefs[c->payload.value].heads;
      for (auto it = disc.states.rbegin(); it != disc.states.rend(); ++it) {
        const auto& keys = doc.res().entities[*it].name_keys;
        bool hit = heads.empty() || std::any_of(heads.begin(), heads.end(), [&](text::Key h) {
                     return std::find(keys.begin(), keys.end(), h) != keys.end();
                   });
        if (hit) {
          actors.push_back({{c->first, c->last}, {doc.res().entities[*it].id}, true, false});
          break;
        }
      }
      i = c->last;
      continue;
    }
    if (const Match* c = doc.find(i, Cat::actors_same); clear(c)) {
      // "الدول نفسها": the states of the last list named.
      const auto& same = disc.lists.empty() ? disc.last_actors : disc.lists.back();
      if (!same.empty()) actors.push_back({{c->first, c->last}, same, true, false});
      i = c->last;
      continue;
    }
    const Match* counted = doc.find(i, Cat::actors_count);
    std::optional<std::size_t> n;
    if (counted != nullptr) {
      n = counted->payload.value;
    } else if ((counted = doc.find(i, Cat::count_noun)) != nullptr) {
      n = count_near(doc, *counted);
    }
    if (counted != nullptr && n && clear(counted)) {
      if (auto list = list_of_size(disc, items.groups, *n)) {
        std::uint32_t end = counted->last;
        if (doc.lex().count_after_noun && doc.find(end, Cat::number_word) != nullptr) {
          end = doc.find(end, Cat::number_word)->last;
        }
        actors.push_back({{counted->first, end}, *list, true, false});
      }
      i = counted->last;
      continue;
    }
    ++i;
  }
  // Coordinated lists.
  for (std::size_t k = 0; k < actors.size();) {
    Group g;
    g.first = actors[k].first;
    g.last = actors[k].last;
    g.raw = actors[k].states;
    g.adjectives = actors[k].adjective;
    bool coref = actors[k].coref;
    std::size_t j = k + 1;
    while (
        !coref && j < actors.size() && !actors[j].coref &&
        (joined(doc, g.last, actors[j].first, nullptr) || joined_by_titles(doc, actors[j - 1], actors[j]))) {
      for (const auto& st : actors[j].states) g.raw.push_back(st);
      g.last = actors[j].last;
      g.adjectives = g.adjectives && actors[j].adjective;
      ++j;
    }
    g.states = g.raw;
    bool exclusion = false;
    if (!items.groups.empty() && joined(doc, items.groups.back().last, g.first, &exclusion) && exclusion) {
      g.excluded = true;
      auto& prev = items.groups.back().states;
      for (const auto& st : g.raw) prev.erase(std::remove(prev.begin(), prev.end(), st), prev.end());
    }
    if (!coref && g.raw.size() >= 2) disc.lists.push_back(g.raw);
    // "despite opposition from Algeria and South Africa": not the actors.
    for (std::uint32_t p = g.first > 3 ? g.first - 3 : 0; p < g.first; ++p) {
      if (const Match* o = doc.find(p, Cat::opposition); o != nullptr && o->last <= g.first)
        g.excluded = true;
    }
    items.groups.push_back(std::move(g));
    k = j;
  }
  for (auto& g : items.groups) {
    std::sort(g.states.begin(), g.states.end());
    g.states.erase(std::unique(g.states.begin(), g.states.end()), g.states.end());
  }
  return items;
}

}  // namespace igo::extract
