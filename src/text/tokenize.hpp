// Tokens with byte spans over a normalized text, and sentences.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace igo::text {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
  static constexpr std::uint8_t k_space_before = 1;       // whitespace between this and the previous token
  static constexpr std::uint8_t k_newline_before = 2;     // a line break among it
  static constexpr std::uint8_t k_blank_line_before = 4;  // two or more line breaks
  static constexpr std::uint8_t k_arabic = 8;             // a word in Arabic script

  std::uint32_t begin = 0;  // normalized bytes [begin, end)
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  std::uint8_t flags = 0;

  bool has(std::uint8_t flag) const { return (flags & flag) != 0; }
  std::string_view text(std::string_view normalized) const { return normalized.substr(begin, end - begin); }
};

// Splits a normalized text into words (runs of letters), numbers (runs of
// ASCII digits; a letter-digit boundary splits, so "ال31" is "ال" "31")
// and single punctuation characters. Whitespace is not a token; it is
// recorded in the flags of the token after it.
std::vector<Token> tokenize(std::string_view normalized);

struct Sentence {
  std::uint32_t first = 0;  // token index
  std::uint32_t last = 0;   // one past the last token
};

// Sentences: a line break starts one; so does a token after . ! ? that is
// followed by whitespace, unless the word before the full stop is a single
// letter (an initial, "U.S.") or `is_abbreviation(word)` holds ("Mr.",
// "Jan."). ؟ has become ? and ، ؛ do not end sentences.
std::vector<Sentence> split_sentences(std::string_view normalized, const std::vector<Token>& tokens,
                                      const std::function<bool(std::string_view)>& is_abbreviation);

}  // namespace igo::text
