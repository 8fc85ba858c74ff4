// The gazetteer: names with clitics, adjectives, ambiguity between a city and
// an organization, Latin case (docs/extraction.md "Gazetteer").
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace igo::test {
namespace {

TEST(GazetteerTest, NamesWithProclitics) {
  auto ms = mentions("وانضمت بيلاروسيا لمنظمة شنغهاي للتعاون في 4 يوليو 2024.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"BLR"}));
  EXPECT_EQ(ms[0].org, "SCO");
}

TEST(GazetteerTest, ShanghaiAloneIsTheCity) {
  auto ms = mentions("تأسست منظمة شنغهاي للتعاون في شنغهاي عام 2001.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].org, "SCO");
  EXPECT_EQ(ms[0].place, "shanghai");
}

TEST(GazetteerTest, SpellingVariantsAndPersianLetters) {
  auto ms = mentions("انضمت إیران إلى منظمة شنغهای للتعاون في 4 یولیو 2023.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"IRN"}));
  EXPECT_EQ(ms[0].org, "SCO");
  EXPECT_EQ(ms[0].date, "2023-07-04");
}

TEST(GazetteerTest, LatinAcronymsMustBeCapitals) {
  EXPECT_EQ(mentions("India joined the SCO in 2017.").size(), 1U);
  auto lower = mentions("india joined the sco in 2017.");
  for (const auto& m : lower) EXPECT_NE(m.org, "SCO");
}

TEST(GazetteerTest, NamesOverTime) {
  auto ms = mentions("The SCO summit was held in Nur-Sultan on November 10, 2020.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].place, "astana");
}

}  // namespace
}  // namespace igo::test
