#include "text/tokenize.hpp"

#include "text/char_tables.hpp"

namespace igo::text {
namespace {

bool is_arabic(char32_t cp) { return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F); }

}  // namespace

std::vector<Token> tokenize(std::string_view normalized) {
  const auto& tables = detail::tables();
  const auto* s = reinterpret_cast<const unsigned char*>(normalized.data());
  const std::size_t n = normalized.size();
  std::vector<Token> tokens;
  tokens.reserve(n / 5 + 1);
  std::uint8_t pending = 0;
  int newlines = 0;
  Token* open = nullptr;  // the word or number being extended
  std::size_t i = 0;
  while (i < n) {
    std::size_t len = 1;
    char32_t cp = s[i] < 0x80 ? s[i] : detail::decode(s, i, len);
    detail::CharClass cls = detail::class_of(tables, cp);
    if (cls == detail::CharClass::space) {
      open = nullptr;
      pending |= Token::k_space_before;
      if (cp == U'\n') ++newlines;
      i += len;
      continue;
    }
    TokenKind kind = cls == detail::CharClass::letter  ? TokenKind::word
                     : cls == detail::CharClass::digit ? TokenKind::number
                                                       : TokenKind::punct;
    if (open != nullptr && open->kind == kind && kind != TokenKind::punct) {
      open->end = static_cast<std::uint32_t>(i + len);
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.end = static_cast<std::uint32_t>(i + len);
    t.kind = kind;
    t.flags = pending;
    if (newlines > 0) t.flags |= Token::k_newline_before;
    if (newlines > 1) t.flags |= Token::k_blank_line_before;
    if (kind == TokenKind::word && is_arabic(cp)) t.flags |= Token::k_arabic;
    pending = 0;
    newlines = 0;
    tokens.push_back(t);
    open = kind == TokenKind::punct ? nullptr : &tokens.back();
    i += len;
  }
  return tokens;
}

std::vector<Sentence> split_sentences(std::string_view normalized, const std::vector<Token>& tokens,
                                      const std::function<bool(std::string_view)>& is_abbreviation) {
  std::vector<Sentence> out;
  const auto count = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t start = 0;
  auto close = [&](std::uint32_t end) {
    if (end > start) out.push_back({start, end});
    start = end;
  };
  for (std::uint32_t i = 0; i < count; ++i) {
    const Token& t = tokens[i];
    if (i > start && t.has(Token::k_newline_before)) close(i);
    if (t.kind != TokenKind::punct) continue;
    std::string_view p = t.text(normalized);
    if (p != "." && p != "!" && p != "?") continue;
    // Take further closing marks (?!, ..., quotes and brackets) along.
    std::uint32_t j = i + 1;
    while (j < count && tokens[j].kind == TokenKind::punct && !tokens[j].has(Token::k_space_before)) {
      std::string_view q = tokens[j].text(normalized);
      if (q != "." && q != "!" && q != "?" && q != "\"" && q != ")" && q != "'") break;
      ++j;
    }
    if (j < count && !tokens[j].has(Token::k_space_before)) continue;  // 11.07.2024, U.N
    if (p == "." && i > start && tokens[i - 1].kind == TokenKind::word &&
        !tokens[i - 1].has(Token::k_arabic)) {
      std::string_view w = tokens[i - 1].text(normalized);
      bool single_letter = w.size() == 1;
      if (single_letter || is_abbreviation(w)) continue;
    }
    close(j);
    i = j - 1;
  }
  close(count);
  return out;
}

}  // namespace igo::text
