// Internal to text: the per-code-point tables that normalization and the
// tokenizer read on the hot path. They are built once (thread-safe) from
// fixed folding rules and ICU (NFKC for presentation forms, case and class
// properties), so no ICU call happens per character while a text is read.
#pragma once

#include <array>
#include <cstdint>

namespace igo::text::detail {

// What normalization does with one code point.
struct Fold {
  static constexpr std::uint8_t k_keep = 0xFF;           // copy the code point as it is
  static constexpr std::uint8_t k_drop_attached = 0xFE;  // delete; it belongs to the previous letter
  static constexpr std::uint8_t k_drop = 0xFD;           // delete (format and control marks)
  std::uint8_t len = k_keep;                             // else: the replacement's length in bytes (0..15)
  std::array<char, 15> bytes{};
};

enum class CharClass : std::uint8_t { space, letter, digit, punct };

struct Tables {
  std::array<Fold, 0x800> low{};           // U+0000..U+07FF
  std::array<Fold, 0x70> general{};        // U+2000..U+206F (spaces, dashes, quotes, marks)
  std::array<Fold, 0x3B0> presentation{};  // U+FB50..U+FEFF
  std::array<CharClass, 0x10000> cls{};    // class of every BMP code point
};

// The tables, built on first use.
const Tables& tables();

// The fold for `cp`, or nullptr when the code point is kept as it is.
inline const Fold* fold_of(const Tables& t, char32_t cp) {
  const Fold* f = nullptr;
  if (cp < 0x800) {
    f = &t.low[cp];
  } else if (cp >= 0x2000 && cp < 0x2070) {
    f = &t.general[cp - 0x2000];
  } else if (cp >= 0xFB50 && cp <= 0xFEFF) {
    f = &t.presentation[cp - 0xFB50];
  } else {
    return nullptr;
  }
  return f->len == Fold::k_keep ? nullptr : f;
}

inline CharClass class_of(const Tables& t, char32_t cp) {
  return cp < 0x10000 ? t.cls[cp] : CharClass::letter;
}

// The length of the well-formed UTF-8 sequence at s[i] (of n bytes), or 0
// when it is ill-formed: a bad lead or continuation byte, an overlong form,
// a surrogate, or a value past U+10FFFF.
inline std::size_t valid_sequence(const unsigned char* s, std::size_t i, std::size_t n) {
  unsigned char c = s[i];
  auto cont = [&](std::size_t k) { return i + k < n && (s[i + k] & 0xC0U) == 0x80U; };
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return cont(1) ? 2 : 0;
  if (c < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char c1 = s[i + 1];
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = s[i + 1];
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

// Decodes one code point of well-formed UTF-8 at s[i]; sets `len`.
inline char32_t decode(const unsigned char* s, std::size_t i, std::size_t& len) {
  unsigned char c = s[i];
  if (c < 0x80) {
    len = 1;
    return c;
  }
  if (c < 0xE0) {
    len = 2;
    return (static_cast<char32_t>(c & 0x1FU) << 6) | (s[i + 1] & 0x3FU);
  }
  if (c < 0xF0) {
    len = 3;
    return (static_cast<char32_t>(c & 0x0FU) << 12) | (static_cast<char32_t>(s[i + 1] & 0x3FU) << 6) |
           (s[i + 2] & 0x3FU);
  }
  len = 4;
  return (static_cast<char32_t>(c & 0x07U) << 18) | (static_cast<char32_t>(s[i + 1] & 0x3FU) << 12) |
         (static_cast<char32_t>(s[i + 2] & 0x3FU) << 6) | (s[i + 3] & 0x3FU);
}

}  // namespace igo::text::detail
