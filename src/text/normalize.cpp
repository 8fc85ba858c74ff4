#include "text/normalize.hpp"

#include <algorithm>
#include <limits>

#include "text/char_tables.hpp"

namespace igo::text {

std::pair<std::size_t, std::size_t> NormText::to_original(std::size_t norm_begin,
                                                          std::size_t norm_end) const {
  if (norm_begin >= m_text.size()) return {m_original_size, m_original_size};
  std::size_t b = m_begin[norm_begin];
  if (norm_end <= norm_begin) return {b, b};
  if (norm_end > m_text.size()) norm_end = m_text.size();
  return {b, m_end[norm_end - 1]};
}

Result<NormText> normalize(std::string_view original) {
  if (original.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return invalid_argument("text too large (4 GiB or more)");
  }
  const auto& tables = detail::tables();
  NormText out;
  out.m_original_size = original.size();
  const auto* s = reinterpret_cast<const unsigned char*>(original.data());
  const std::size_t n = original.size();
  // The three buffers are sized up front and written by index: a byte in
  // gives at most a byte out except for ligatures, which grow them.
  out.m_text.resize(n);
  out.m_begin.resize(n);
  out.m_end.resize(n);
  std::size_t w = 0;          // bytes written
  std::size_t last_char = 0;  // where the last produced character starts in m_text
  auto put = [&](char byte, std::size_t from, std::size_t to) {
    out.m_text[w] = byte;
    out.m_begin[w] = static_cast<std::uint32_t>(from);
    out.m_end[w] = static_cast<std::uint32_t>(to);
    ++w;
  };
  auto emit = [&](const char* bytes, std::size_t len, std::size_t from, std::size_t to) {
    if (w + len > out.m_text.size()) {
      std::size_t size = std::max(out.m_text.size() * 2, w + len);
      out.m_text.resize(size);
      out.m_begin.resize(size);
      out.m_end.resize(size);
    }
    last_char = w;
    for (std::size_t k = 0; k < len; ++k) put(bytes[k], from, to);
  };
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      emit(&lower, 1, i, i + 1);
      ++i;
      continue;
    }
    std::size_t len = detail::valid_sequence(s, i, n);
    if (len == 0) return invalid_argument("invalid UTF-8 at byte " + std::to_string(i));
    char32_t cp = detail::decode(s, i, len);
    const detail::Fold* f = detail::fold_of(tables, cp);
    if (f == nullptr) {
      emit(original.data() + i, len, i, i + len);
    } else if (f->len == detail::Fold::k_drop_attached) {
      for (std::size_t k = last_char; k < w; ++k) out.m_end[k] = static_cast<std::uint32_t>(i + len);
    } else if (f->len != detail::Fold::k_drop) {
      if (f->len > 0) emit(f->bytes.data(), f->len, i, i + len);
    }
    i += len;
  }
  out.m_text.resize(w);
  out.m_begin.resize(w);
  out.m_end.resize(w);
  return out;
}

std::string normalize_key(std::string_view text) {
  auto r = normalize(text);
  if (!r.ok()) return {};
  return r->text();
}

}  // namespace igo::text
