#include "text/clitics.hpp"

#include <algorithm>
#include <array>

namespace igo::text {
namespace {

std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

// Byte loops, not memcmp: clitics are a few bytes and most tests fail on the
// first one, so a call per test costs more than the comparison.
bool same_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}
bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && same_bytes(s.data(), p.data(), p.size());
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && same_bytes(s.data() + (s.size() - p.size()), p.data(), p.size());
}

// Joins up to three parts in a stack buffer; empty view when too long.
std::string_view join(std::array<char, 256>& buf, std::string_view a, std::string_view b,
                      std::string_view c = {}) {
  if (a.size() + b.size() + c.size() > buf.size()) return {};
  auto* p = std::copy(a.begin(), a.end(), buf.data());
  p = std::copy(b.begin(), b.end(), p);
  p = std::copy(c.begin(), c.end(), p);
  return {buf.data(), static_cast<std::size_t>(p - buf.data())};
}

}  // namespace

Segmenter::Segmenter(CliticRules rules) : m_rules(std::move(rules)) {
  std::stable_sort(m_rules.proclitics.begin(), m_rules.proclitics.end(),
                   [](const Proclitic& a, const Proclitic& b) { return a.form.size() > b.form.size(); });
  std::stable_sort(m_rules.enclitics.begin(), m_rules.enclitics.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& p : m_rules.proclitics) {
    std::uint8_t k = lead(p.form);
    m_leads[k >> 6U] |= std::uint64_t{1} << (k & 63U);
  }
}

std::uint8_t Segmenter::lead(std::string_view s) {
  if (s.empty()) return 0;
  auto b0 = static_cast<unsigned char>(s[0]);
  auto b1 = s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0U;
  return static_cast<std::uint8_t>(((b0 & 0x3U) << 6U) | (b1 & 0x3FU));
}

void Segmenter::add_stem(std::string_view stem, const Proclitic* pro, std::size_t pro_len,
                         std::size_t enc_len, bool restore_final, const Vocabulary& vocab,
                         std::vector<Analysis>& out, const Vocabulary* filter) const {
  if ((pro != nullptr || enc_len > 0) && letters(stem) < m_rules.min_stem_letters) return;
  std::array<char, 256> buf{};
  std::string_view restore = pro != nullptr ? std::string_view(pro->restore) : std::string_view();
  auto push = [&](std::string_view text) {
    if (text.empty()) return;
    if (filter != nullptr && filter->find(text) == k_no_key) return;
    Key k = vocab.find(text);
    if (k == k_no_key) return;
    for (const auto& a : out) {
      if (a.key == k && a.pro_len == pro_len && a.enc_len == enc_len) return;
    }
    Analysis a;
    a.key = k;
    a.pro_len = static_cast<std::uint8_t>(pro_len);
    a.enc_len = static_cast<std::uint8_t>(enc_len);
    a.features = pro != nullptr ? pro->features : 0;
    out.push_back(a);
  };
  // With a restored article both readings count: للانضمام is ل + الانضمام
  // and also the bare stem انضمام that a lexicon may list.
  push(stem);
  if (!restore.empty()) push(join(buf, restore, stem));
  if (!restore_final) return;
  for (const auto& [from, to] : m_rules.stem_final) {
    if (!ends_with(stem, from)) continue;
    std::string_view base = stem.substr(0, stem.size() - from.size());
    push(join(buf, restore, base, to));
  }
}

void Segmenter::analyze(std::string_view word, const Vocabulary& vocab, std::vector<Analysis>& out,
                        const Vocabulary* enclitic_stems) const {
  analyze(word, vocab.find(word), vocab, out, enclitic_stems);
}

void Segmenter::analyze(std::string_view word, Key whole, const Vocabulary& vocab, std::vector<Analysis>& out,
                        const Vocabulary* enclitic_stems) const {
  if (word.size() > 255) return;
  if (whole != k_no_key) {
    Analysis a;
    a.key = whole;
    out.push_back(a);
  }
  // The proclitic splits end like the word: one test spares them all.
  const bool proclitic = may_have_proclitic(word);
  if (proclitic && vocab.may_end_like(word)) {
    for (const auto& p : m_rules.proclitics) {
      if (p.form.size() < word.size() && starts_with(word, p.form)) {
        add_stem(word.substr(p.form.size()), &p, p.form.size(), 0, false, vocab, out, nullptr);
      }
    }
  }
  for (const auto& e : m_rules.enclitics) {
    if (e.size() >= word.size() || !ends_with(word, e)) continue;
    std::string_view body = word.substr(0, word.size() - e.size());
    if (!vocab.may_end_like(body) && m_rules.stem_final.empty()) continue;
    add_stem(body, nullptr, 0, e.size(), true, vocab, out, enclitic_stems);
    if (!proclitic) continue;
    for (const auto& p : m_rules.proclitics) {
      if (p.form.size() < body.size() && starts_with(body, p.form)) {
        add_stem(body.substr(p.form.size()), &p, p.form.size(), e.size(), true, vocab, out, enclitic_stems);
      }
    }
  }
}

}  // namespace igo::text
