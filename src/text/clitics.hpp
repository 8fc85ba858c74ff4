// Clitic segmentation against a vocabulary (not a stemmer): the readings of
// a word are the whole word and every split into proclitic + stem (+
// enclitic) whose stem is a known key; which reading counts is decided by
// the lexicon that matches it (gazetteer, trigger, month...).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/vocabulary.hpp"

namespace igo::text {

// What a proclitic brings (bits of Analysis::features).
inline constexpr std::uint8_t k_clitic_conj = 1;     // و ف
inline constexpr std::uint8_t k_clitic_prep = 2;     // ب ل ك
inline constexpr std::uint8_t k_clitic_article = 4;  // ال (and the ال inside لل بال وال)
inline constexpr std::uint8_t k_clitic_future = 8;   // س (ستعقد, سينضم)

struct Proclitic {
  std::string form;     // normalized
  std::string restore;  // put in front of the stem ("ال" for لل: للتعاون -> التعاون)
  std::uint8_t features = 0;
};

struct CliticRules {
  std::vector<Proclitic> proclitics;
  std::vector<std::string> enclitics;  // normalized (ها هم ه ...)
  // Final letters of a stem to rewrite once an enclitic is gone
  // (عضويتها -> عضويت -> عضويه): pairs (from, to), normalized.
  std::vector<std::pair<std::string, std::string>> stem_final;
  std::size_t min_stem_letters = 2;
};

struct Analysis {
  Key key = k_no_key;         // the stem (with `restore` in front)
  std::uint8_t pro_len = 0;   // bytes of proclitic removed
  std::uint8_t enc_len = 0;   // bytes of enclitic removed
  std::uint8_t features = 0;  // of the proclitic
};

class Segmenter {
 public:
  Segmenter() = default;
  explicit Segmenter(CliticRules rules);

  // Appends the readings of `word` whose stems are in `vocab`: the whole
  // word first, then proclitic splits (longest proclitic first), then
  // splits that also remove an enclitic. A stem keeps at least
  // min_stem_letters letters. Enclitic splits are kept only when their stem
  // is also in `enclitic_stems` when given (a small vocabulary of the stems
  // that may carry one, checked first because it is cheap).
  void analyze(std::string_view word, const Vocabulary& vocab, std::vector<Analysis>& out,
               const Vocabulary* enclitic_stems = nullptr) const;
  // As analyze(), with the whole word's key already known (k_no_key: not a key).
  void analyze(std::string_view word, Key whole, const Vocabulary& vocab, std::vector<Analysis>& out,
               const Vocabulary* enclitic_stems) const;

 private:
  void add_stem(std::string_view stem, const Proclitic* pro, std::size_t pro_len, std::size_t enc_len,
                bool restore_final, const Vocabulary& vocab, std::vector<Analysis>& out,
                const Vocabulary* filter) const;

  // The first letter of a proclitic, as 8 bits of its first two bytes (exact
  // for Arabic letters): a word starting with none of them has no split.
  static std::uint8_t lead(std::string_view s);
  bool may_have_proclitic(std::string_view word) const {
    std::uint8_t k = lead(word);
    return (m_leads[k >> 6U] >> (k & 63U) & 1U) != 0;
  }

  CliticRules m_rules;
  std::array<std::uint64_t, 4> m_leads{};
};

}  // namespace igo::text
