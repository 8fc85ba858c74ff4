// Internal to extract: one document read for extraction: normalized text,
// tokens, clitic readings, every lexicon match, sentences and the entity
// mentions chosen among the gazetteer matches.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/lexicon.hpp"
#include "text/normalize.hpp"
#include "text/tokenize.hpp"
#include "util/result.hpp"

namespace igo::extract {

struct Match {
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  Payload payload;
  std::uint8_t features = 0;  // proclitic features of the first token's reading
  std::uint8_t pro_len = 0;   // bytes of proclitic on the first token
  std::uint8_t enc_len = 0;   // bytes of enclitic on the first token
};

struct EntityMention {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint32_t entity = 0;   // index into Resources::entities
  std::uint32_t name = 0;     // index into Resources::names
  std::uint8_t pro_len = 0;   // bytes of proclitic on the first token
  std::uint8_t features = 0;  // of that proclitic (text::k_clitic_*)
};

class Doc {
 public:
  // Reads `original`; `lang` nullopt detects the language from the script.
  static Result<Doc> read(std::string_view original, const Resources& res, std::optional<model::Lang> lang);

  std::string_view original() const { return m_original; }
  const text::NormText& norm() const { return m_norm; }
  const std::vector<text::Token>& tokens() const { return m_tokens; }
  const std::vector<text::Sentence>& sentences() const { return m_sentences; }
  const std::vector<EntityMention>& entities() const { return m_entities; }
  const Resources& res() const { return *m_res; }
  const Lexicon& lex() const { return *m_lex; }
  model::Lang lang() const { return m_lex->lang; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(m_tokens.size()); }

  // Matches starting at token i, longest first.
  std::span<const Match> matches_at(std::uint32_t i) const;
  // The longest match of `cat` at token i (with `value` when given).
  const Match* find(std::uint32_t i, Cat cat, std::optional<std::uint32_t> value = std::nullopt) const;
  // Whether any match of one of `cats` (a mask of 1 << Cat) starts at token i.
  bool any(std::uint32_t i, std::uint64_t cats) const { return i < size() && (m_cats[i] & cats) != 0; }
  static constexpr std::uint64_t bit(Cat c) { return std::uint64_t{1} << static_cast<unsigned>(c); }
  // The entity mention covering token i, or nullptr.
  const EntityMention* entity_at(std::uint32_t i) const;

  std::string_view text(std::uint32_t i) const { return m_tokens[i].text(m_norm.text()); }
  bool is_punct(std::uint32_t i, std::string_view p) const {
    if (i >= size() || m_tokens[i].kind != text::TokenKind::punct) return false;
    std::string_view t = text(i);
    return t.size() == p.size() && (t.size() == 1 ? t[0] == p[0] : t == p);
  }
  // Original bytes [begin, end) of tokens [first, last).
  std::pair<std::size_t, std::size_t> bytes(std::uint32_t first, std::uint32_t last) const;
  std::string_view original_text(std::uint32_t first, std::uint32_t last) const;

 private:
  void match_all();
  void choose_entities();

  std::string_view m_original;
  const Resources* m_res = nullptr;
  const Lexicon* m_lex = nullptr;
  text::NormText m_norm;
  std::vector<text::Token> m_tokens;
  std::vector<text::Key> m_keys;  // whole-token keys
  std::vector<Match> m_matches;
  std::vector<std::uint32_t> m_match_begin;  // per token, size()+1
  std::vector<std::uint64_t> m_cats;         // per token: the categories of the matches starting there
  std::vector<text::Sentence> m_sentences;
  std::vector<EntityMention> m_entities;
  std::vector<std::int32_t> m_entity_at;  // per token
};

}  // namespace igo::extract
