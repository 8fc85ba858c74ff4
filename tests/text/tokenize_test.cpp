// text::tokenize and text::split_sentences.
#include "text/tokenize.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"

namespace igo::text {
namespace {

std::vector<std::string> words(std::string_view normalized) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(normalized)) out.emplace_back(t.text(normalized));
  return out;
}

TEST(TokenizeTest, WordsNumbersAndPunctuation) {
  EXPECT_EQ(words("وانضمت الهند، في 9 يونيو/حزيران"),
            (std::vector<std::string>{"وانضمت", "الهند", "،", "في", "9", "يونيو", "/", "حزيران"}));
  EXPECT_EQ(words("india's g20"), (std::vector<std::string>{"india", "'", "s", "g", "20"}));
}

TEST(TokenizeTest, LetterDigitBoundarySplits) {
  std::string n = normalize_key("الـ31 و16 2024م");
  EXPECT_EQ(words(n), (std::vector<std::string>{"ال", "31", "و", "16", "2024", "م"}));
}

TEST(TokenizeTest, SpaceAndLineFlags) {
  auto ts = tokenize("a b\nc\n\nd e");
  ASSERT_EQ(ts.size(), 5U);
  EXPECT_FALSE(ts[0].has(Token::k_space_before));
  EXPECT_TRUE(ts[1].has(Token::k_space_before));
  EXPECT_TRUE(ts[2].has(Token::k_newline_before));
  EXPECT_FALSE(ts[2].has(Token::k_blank_line_before));
  EXPECT_TRUE(ts[3].has(Token::k_blank_line_before));
  EXPECT_TRUE(tokenize("الهند")[0].has(Token::k_arabic));
  EXPECT_FALSE(tokenize("india")[0].has(Token::k_arabic));
}

std::vector<std::string> sentences(std::string_view text) {
  auto ts = tokenize(text);
  auto ss = split_sentences(text, ts, [](std::string_view w) { return w == "mr" || w == "jan"; });
  std::vector<std::string> out;
  out.reserve(ss.size());
  for (const auto& s : ss) {
    out.emplace_back(text.substr(ts[s.first].begin, ts[s.last - 1].end - ts[s.first].begin));
  }
  return out;
}

TEST(TokenizeTest, SentencesRespectAbbreviationsAndNumbers) {
  EXPECT_EQ(sentences("the u.n. met mr. x on jan. 5. then 11.07.2024 came. end"),
            (std::vector<std::string>{"the u.n. met mr. x on jan. 5.", "then 11.07.2024 came.", "end"}));
}

TEST(TokenizeTest, SentencesEndAtLineBreaksAndArabicQuestionMarks) {
  std::string n = normalize_key("انضمت الهند؟ نعم.\nعنوان بلا نقطة\nوبعد");
  auto s = sentences(n);
  ASSERT_EQ(s.size(), 4U);
  EXPECT_EQ(s[0], "انضمت الهند?");
  EXPECT_EQ(s[2], "عنوان بلا نقطه");
}

TEST(TokenizeTest, ArabicCommaAndSemicolonDoNotEndSentences) {
  std::string n = normalize_key("وقعت الهند، وباكستان؛ ثم انضمتا.");
  EXPECT_EQ(sentences(n).size(), 1U);
}

}  // namespace
}  // namespace igo::text
