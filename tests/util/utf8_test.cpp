#include "util/utf8.hpp"

#include <gtest/gtest.h>

namespace igo::util {
namespace {

TEST(Utf8Test, AcceptsArabicChineseAndEmoji) {
  EXPECT_TRUE(is_valid_utf8("منظمة شانغهاي للتعاون"));
  EXPECT_TRUE(is_valid_utf8("上海合作组织 🌏"));
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(Utf8Test, ReportsTheOffsetOfTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"
                              "cd"),
            2U);
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0U);            // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1U);       // a surrogate
  EXPECT_EQ(find_invalid_utf8("ok\xF4\x90\x80\x80"), 2U);  // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xD9\x85\xD9"), 2U);        // cut in the middle
}

TEST(Utf8Test, ColumnsCountCodePoints) {
  std::string line = "{\"ar\": \"الهند\", \"x\": 1}";
  EXPECT_EQ(column_of(line, 0), 1U);
  auto x = line.find("\"x\"");
  EXPECT_EQ(column_of(line, x), 17U);
  EXPECT_EQ(count_code_points("الهند"), 5U);
}

TEST(Utf8Test, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width("SCO"), 3U);
  EXPECT_EQ(display_width("上海"), 4U);
  EXPECT_EQ(display_width("الهند"), 5U);
  EXPECT_EQ(display_width("وَقَّعَ"), 3U);  // combining marks take no column
}

}  // namespace
}  // namespace igo::util
