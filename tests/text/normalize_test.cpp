// text::normalize: the folds for matching and the map back to original bytes.
#include "text/normalize.hpp"

#include <gtest/gtest.h>

namespace igo::text {
namespace {

std::string norm(std::string_view s) { return normalize_key(s); }

TEST(NormalizeTest, FoldsAlefHamzaYehTehMarbuta) {
  EXPECT_EQ(norm("أإآٱ"), "اااا");
  EXPECT_EQ(norm("مؤتمر"), "موتمر");
  EXPECT_EQ(norm("رئيس"), "رييس");
  EXPECT_EQ(norm("شنغهاى"), "شنغهاي");
  EXPECT_EQ(norm("القمة"), "القمه");
}

TEST(NormalizeTest, RemovesDiacriticsAndTatweel) {
  EXPECT_EQ(norm("وَقَّعَ"), "وقع");
  EXPECT_EQ(norm("الـ31"), "ال31");
  EXPECT_EQ(norm("مشروعًا"), "مشروعا");
}

TEST(NormalizeTest, PersianLettersAndDigits) {
  EXPECT_EQ(norm("ایران"), "ايران");
  EXPECT_EQ(norm("کازاخستان"), "كازاخستان");
  EXPECT_EQ(norm("٢٠١٧"), "2017");
  EXPECT_EQ(norm("۲۰۰۸"), "2008");
}

TEST(NormalizeTest, PunctuationQuotesDashesAndCase) {
  EXPECT_EQ(norm("أ، ب؛ ج؟"), "ا, ب; ج?");
  EXPECT_EQ(norm("«منظمة»"), "\"منظمه\"");
  EXPECT_EQ(norm("15 – 16"), "15 - 16");
  EXPECT_EQ(norm("Shanghai SCO"), "shanghai sco");
  EXPECT_EQ(norm("Türkiye"), "türkiye");
}

TEST(NormalizeTest, PresentationFormsThroughNfkc) {
  // lam-alef ligature and contextual forms
  EXPECT_EQ(norm("\uFEFB"), "لا");
  EXPECT_EQ(norm("\uFE91\uFEE4"), "بم");
}

TEST(NormalizeTest, LigaturesMayMakeTheTextLonger) {
  // Each 3-byte lam-alef gives 4 bytes: the output outgrows the input.
  std::string original;
  std::string expected;
  for (int i = 0; i < 100; ++i) {
    original += "\uFEFB";
    expected += "لا";
  }
  auto n = normalize(original);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text(), expected);
  auto [b, e] = n->to_original(n->text().size() - 4, n->text().size());
  EXPECT_EQ(original.substr(b, e - b), "\uFEFB");
}

TEST(NormalizeTest, FormatMarksAreDropped) { EXPECT_EQ(norm("a\u200Fb\u200Cc\uFEFF"), "abc"); }

TEST(NormalizeTest, OffsetMapPointsIntoTheOriginal) {
  std::string original = "وَقَّعَ الهند";
  auto n = normalize(original);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text(), "وقع الهند");
  // "وقع" (normalized bytes 0..6) is the whole vocalized word, marks included.
  auto [b, e] = n->to_original(0, 6);
  EXPECT_EQ(original.substr(b, e - b), "وَقَّعَ");
  auto [b2, e2] = n->to_original(7, n->text().size());
  EXPECT_EQ(original.substr(b2, e2 - b2), "الهند");
}

TEST(NormalizeTest, OffsetMapAcrossMultiByteFolds) {
  std::string original = "عام ٢٠٠١م";
  auto n = normalize(original);
  ASSERT_TRUE(n.ok());
  auto pos = n->text().find("2001");
  ASSERT_NE(pos, std::string::npos);
  auto [b, e] = n->to_original(pos, pos + 4);
  EXPECT_EQ(original.substr(b, e - b), "٢٠٠١");
}

TEST(NormalizeTest, InvalidUtf8IsAnErrorWithItsOffset) {
  std::string bad = "abc\xC3(def";
  auto n = normalize(bad);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().code(), ErrorCode::invalid_argument);
  EXPECT_NE(n.error().message().find("byte 3"), std::string::npos);
  EXPECT_FALSE(normalize("\xED\xA0\x80").ok());  // a surrogate
  EXPECT_EQ(normalize_key("\xFF"), "");
}

TEST(NormalizeTest, EmptyText) {
  auto n = normalize("");
  ASSERT_TRUE(n.ok());
  EXPECT_TRUE(n->text().empty());
  auto [b, e] = n->to_original(0, 0);
  EXPECT_EQ(b, 0U);
  EXPECT_EQ(e, 0U);
}

}  // namespace
}  // namespace igo::text
