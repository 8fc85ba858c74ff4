#include "text/normalize.hpp"

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
  out.m_text.reserve(original.size());
  out.m_begin.reserve(original.size());
  out.m_end.reserve(original.size());
  const auto* s = reinterpret_cast<const unsigned char*>(original.data());
  const std::size_t n = original.size();
  std::size_t last_char = 0;  // where the last produced character starts in m_text
  auto emit = [&](const char* bytes, std::size_t len, std::size_t from, std::size_t to) {
    last_char = out.m_text.size();
    for (std::size_t k = 0; k < len; ++k) {
      out.m_text.push_back(bytes[k]);
      out.m_begin.push_back(static_cast<std::uint32_t>(from));
      out.m_end.push_back(static_cast<std::uint32_t>(to));
    }
  };
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      last_char = out.m_text.size();
      out.m_text.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
      out.m_begin.push_back(static_cast<std::uint32_t>(i));
      out.m_end.push_back(static_cast<std::uint32_t>(i + 1));
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
      for (std::size_t k = last_char; k < out.m_text.size(); ++k) {
        out.m_end[k] = static_cast<std::uint32_t>(i + len);
      }
    } else if (f->len != detail::Fold::k_drop) {
      if (f->len > 0) emit(f->bytes.data(), f->len, i, i + len);
    }
    i += len;
  }
  return out;
}

std::string normalize_key(std::string_view text) {
  auto r = normalize(text);
  if (!r.ok()) return {};
  return r->text();
}

}  // namespace igo::text
