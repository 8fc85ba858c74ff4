#include "extract/document.hpp"

#include <algorithm>

namespace igo::extract {
namespace {

bool enclitic_allowed(Cat cat) { return cat == Cat::trigger || cat == Cat::status; }

int kind_rank(model::EntityKind k) {
  switch (k) {
    case model::EntityKind::document:
      return 0;
    case model::EntityKind::org:
      return 1;
    case model::EntityKind::state:
      return 2;
    default:
      return 3;
  }
}

}  // namespace

Result<Doc> Doc::read(std::string_view original, const Resources& res, std::optional<model::Lang> lang) {
  Doc d;
  d.m_original = original;
  d.m_res = &res;
  IGO_TRY_ASSIGN(d.m_norm, text::normalize(original));
  d.m_tokens = text::tokenize(d.m_norm.text());
  if (!lang) {
    std::size_t arabic = 0;
    std::size_t other = 0;
    for (const auto& t : d.m_tokens) {
      if (t.kind != text::TokenKind::word) continue;
      (t.has(text::Token::k_arabic) ? arabic : other) += 1;
    }
    lang = arabic >= other && arabic > 0 ? model::Lang::ar : model::Lang::en;
  }
  d.m_lex = &res.lexicon(*lang == model::Lang::ar ? model::Lang::ar : model::Lang::en);
  const auto& abbreviations = d.m_lex->abbreviations;
  d.m_sentences = text::split_sentences(d.m_norm.text(), d.m_tokens, [&](std::string_view w) {
    return std::find(abbreviations.begin(), abbreviations.end(), w) != abbreviations.end();
  });
  d.match_all();
  d.choose_entities();
  return d;
}

void Doc::match_all() {
  const auto& vocab = m_res->vocab;
  const auto& phrases = m_lex->phrases;
  const auto n = size();
  m_keys.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) m_keys[i] = vocab.find(text(i));
  m_match_begin.assign(n + 1, 0);
  m_cats.assign(n, 0);
  m_matches.reserve(n);
  std::vector<text::Analysis> readings;
  for (std::uint32_t i = 0; i < n; ++i) {
    m_match_begin[i] = static_cast<std::uint32_t>(m_matches.size());
    readings.clear();
    const auto& tok = m_tokens[i];
    if (tok.has(text::Token::k_arabic) && m_lex->clitics) {
      m_lex->segmenter.analyze(text(i), m_keys[i], vocab, readings, &m_res->enclitic_stems);
    } else if (m_keys[i] != text::k_no_key) {
      text::Analysis a;
      a.key = m_keys[i];
      readings.push_back(a);
    }
    auto first_new = m_matches.size();
    for (const auto& r : readings) {
      std::uint32_t node = phrases.child(0, r.key);
      std::uint32_t j = i + 1;
      while (node != PhraseIndex::k_no_node) {
        for (const auto& p : phrases.payloads(node)) {
          if (r.enc_len > 0 && !enclitic_allowed(p.cat)) continue;
          m_matches.push_back({i, j, p, r.features, r.pro_len, r.enc_len});
        }
        if (j >= n || !phrases.has_children(node) || m_tokens[j].has(text::Token::k_newline_before)) break;
        node = phrases.child(node, m_keys[j]);
        ++j;
      }
    }
    std::stable_sort(m_matches.begin() + static_cast<std::ptrdiff_t>(first_new), m_matches.end(),
                     [](const Match& a, const Match& b) { return a.last > b.last; });
    std::uint64_t cats = 0;
    for (auto k = first_new; k < m_matches.size(); ++k) cats |= bit(m_matches[k].payload.cat);
    m_cats[i] = cats;
  }
  m_match_begin[n] = static_cast<std::uint32_t>(m_matches.size());
}

std::span<const Match> Doc::matches_at(std::uint32_t i) const {
  if (i >= size()) return {};
  return {m_matches.data() + m_match_begin[i], m_match_begin[i + 1] - m_match_begin[i]};
}

const Match* Doc::find(std::uint32_t i, Cat cat, std::optional<std::uint32_t> value) const {
  if (!any(i, bit(cat))) return nullptr;
  for (const auto& m : matches_at(i)) {
    if (m.payload.cat == cat && (!value || m.payload.value == *value)) return &m;
  }
  return nullptr;
}

const EntityMention* Doc::entity_at(std::uint32_t i) const {
  if (i >= size() || m_entity_at[i] < 0) return nullptr;
  return &m_entities[static_cast<std::size_t>(m_entity_at[i])];
}

std::pair<std::size_t, std::size_t> Doc::bytes(std::uint32_t first, std::uint32_t last) const {
  if (first >= last || last > size()) return {0, 0};
  return m_norm.to_original(m_tokens[first].begin, m_tokens[last - 1].end);
}

std::string_view Doc::original_text(std::uint32_t first, std::uint32_t last) const {
  auto [b, e] = bytes(first, last);
  return m_original.substr(b, e - b);
}

void Doc::choose_entities() {
  std::vector<const Match*> candidates;
  for (const auto& m : m_matches) {
    if (m.payload.cat != Cat::entity || m.enc_len > 0) continue;
    const GazName& name = m_res->names[m.payload.value];
    if (name.check_case || name.acronym) {
      std::string_view orig = original_text(m.first, m.last);
      if (m.pro_len > 0 || orig.empty()) continue;
      bool ok = true;
      if (name.acronym) {
        ok = std::none_of(orig.begin(), orig.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      } else if (name.check_case) {
        ok = orig.front() >= 'A' && orig.front() <= 'Z';
      }
      if (!ok) continue;
    }
    candidates.push_back(&m);
  }
  std::stable_sort(candidates.begin(), candidates.end(), [&](const Match* a, const Match* b) {
    auto la = a->last - a->first;
    auto lb = b->last - b->first;
    if (la != lb) return la > lb;
    int ka = kind_rank(m_res->entities[m_res->names[a->payload.value].entity].kind);
    int kb = kind_rank(m_res->entities[m_res->names[b->payload.value].entity].kind);
    if (ka != kb) return ka < kb;
    return a->first < b->first;
  });
  m_entity_at.assign(size(), -1);
  std::vector<EntityMention> chosen;
  for (const Match* m : candidates) {
    bool free = true;
    for (auto i = m->first; i < m->last && free; ++i) free = m_entity_at[i] < 0;
    if (!free) continue;
    EntityMention e{m->first,         m->last,    m_res->names[m->payload.value].entity,
                    m->payload.value, m->pro_len, m->features};
    for (auto i = m->first; i < m->last; ++i) m_entity_at[i] = static_cast<std::int32_t>(chosen.size());
    chosen.push_back(e);
  }
  // Renumber in text order.
  std::vector<std::size_t> order(chosen.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return chosen[a].first < chosen[b].first; });
  m_entities.clear();
  for (std::size_t k : order) m_entities.push_back(chosen[k]);
  m_entity_at.assign(size(), -1);
  for (std::size_t k = 0; k < m_entities.size(); ++k) {
    for (auto i = m_entities[k].first; i < m_entities[k].last; ++i)
      m_entity_at[i] = static_cast<std::int32_t>(k);
  }
}

}  // namespace igo::extract
