// Roles and coreference (docs/extraction.md "Roles", "Coreference").
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace igo::test {
namespace {

using model::EventType;

TEST(CorefTest, TheOrganizationIsTheLastOrgWithThatHead) {
  auto ms = mentions(
      "تأسست مجموعة شانغهاي الخماسية عام 1996. ثم تأسست منظمة شانغهاي للتعاون عام 2001.\n"
      "وانضمت الهند إلى المنظمة في 9 يونيو 2017. وكانت أوزبكستان قد انضمت إلى المجموعة في 2001.");
  const auto* ind = find(ms, EventType::joined);
  ASSERT_NE(ind, nullptr);
  EXPECT_EQ(ind->org, "SCO");
  ASSERT_EQ(ms.back().type, EventType::joined);
  EXPECT_EQ(ms.back().org, "SHANGHAI_FIVE");
}

TEST(CorefTest, TheBlocIsTheMostSalientOrganization) {
  auto ms = mentions(
      "The SCO met in Astana. The SCO summit was held on July 4, 2024. Iran joined the bloc in 2023.");
  const auto* j = find(ms, EventType::joined);
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->org, "SCO");
}

TEST(CorefTest, TheSameStates) {
  auto ms = mentions(
      "وقع رؤساء الصين وكازاخستان وقيرغيزستان وروسيا وطاجيكستان على معاهدة تعميق الثقة العسكرية في المناطق "
      "الحدودية في أبريل 1996. "
      "في 24 أبريل 1997، وقعت الدول نفسها على معاهدة الحد من القوات العسكرية في المناطق الحدودية.");
  ASSERT_EQ(ms.size(), 2U);
  EXPECT_EQ(ms[1].actors, (std::vector<std::string>{"CHN", "KAZ", "KGZ", "RUS", "TJK"}));
  EXPECT_EQ(ms[1].org, "SHANGHAI_FIVE");
}

TEST(CorefTest, TheThreeCountriesIsTheLastListOfThree) {
  auto ms = mentions(
      "وزار وفد من مصر وقطر والسعودية العاصمة. ووقعت البلدان الثلاثة مذكرة تفاهم مع منظمة شنغهاي للتعاون في "
      "2022.");
  const auto* m = find(ms, EventType::memorandum_signed);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actors, (std::vector<std::string>{"EGY", "QAT", "SAU"}));
}

TEST(CorefTest, CoordinatedListsInEnglish) {
  auto ms = mentions(
      "Egypt, Qatar and Saudi Arabia were granted dialogue partner status at the SCO summit in 2021.");
  const auto* m = find(ms, EventType::dialogue_partner_granted);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actors, (std::vector<std::string>{"EGY", "QAT", "SAU"}));
}

TEST(CorefTest, NationalityAdjectivesNameTheState) {
  auto ms =
      mentions("وقد صادق البرلمان المجري على بروتوكول انضمام السويد إلى حلف شمال الأطلسي في 26 شباط 2024.");
  const auto* r = find(ms, EventType::treaty_ratified);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->actors, (std::vector<std::string>{"HUN"}));
}

TEST(CorefTest, ExclusionsLeaveTheListWithoutThem) {
  auto ms = mentions(
      "كانت هذه البلدان (الصين، وكازاخستان، وقيرغيزستان، وروسيا، وطاجيكستان، وأوزبكستان) باستثناء أوزبكستان "
      "أعضاء في "
      "«مجموعة شانغهاي الخماسية» التي تأسست في 26 أبريل 1996 في شانغهاي.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::founded);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"CHN", "KAZ", "KGZ", "RUS", "TJK"}));
  EXPECT_EQ(ms[0].place, "shanghai");
}

TEST(CorefTest, ACapitalNextToTheVerbIsItsState) {
  auto ms = mentions("ثم وقعت طهران مذكرة الالتزامات في سمرقند في سبتمبر 2022.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"IRN"}));
  EXPECT_EQ(ms[0].place, "samarkand");
}

TEST(CorefTest, ThereIsThePlaceNamedBefore) {
  auto ms = mentions(
      "واجتمع رؤساء الدول الأعضاء في منظمة شانغهاي للتعاون في 2002 في سانت بطرسبرغ، وهناك وقعوا ميثاق منظمة "
      "شانغهاي للتعاون.");
  const auto* t = find(ms, EventType::treaty_signed);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->place, "saint-petersburg");
  EXPECT_EQ(t->date, "2002");
}

}  // namespace
}  // namespace igo::test
