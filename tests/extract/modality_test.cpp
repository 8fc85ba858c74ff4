// Planned and negated events (docs/extraction.md "Modality").
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace igo::test {
namespace {

using model::EventType;

TEST(ModalityTest, FutureMarkersMakeAnEventPlanned) {
  auto ar =
      mentions("ومن المقرر أن تعقد قمة المنظمة المقبلة في دوشانبي في أيلول/سبتمبر المقبل.", "2021-06-15");
  ASSERT_EQ(ar.size(), 1U);
  EXPECT_TRUE(ar[0].planned);
  EXPECT_EQ(ar[0].date, "2021-09");
  auto en = mentions("Belarus is expected to join the SCO next year.", "2023-07-04");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].type, EventType::joined);
  EXPECT_TRUE(en[0].planned);
  EXPECT_EQ(en[0].date, "2024");
  auto will = mentions("Kyrgyzstan will host the next SCO summit in 2025.", "2024-07-04");
  ASSERT_EQ(will.size(), 1U);
  EXPECT_TRUE(will[0].planned);
}

TEST(ModalityTest, TheFutureClitic) {
  auto ms = mentions("وستنضم بيلاروسيا إلى منظمة شنغهاي للتعاون في يوليو 2024.", "2024-01-10");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_TRUE(ms[0].planned);
}

TEST(ModalityTest, ADateAfterTheDocumentDateIsPlanned) {
  auto ms = mentions("Angola leaves OPEC on January 1, 2024.", "2023-12-21");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_TRUE(ms[0].planned);
  auto past = mentions("Angola left OPEC on January 1, 2024.", "2024-02-01");
  ASSERT_EQ(past.size(), 1U);
  EXPECT_FALSE(past[0].planned);
}

TEST(ModalityTest, NegatedEventsAreDropped) {
  EXPECT_TRUE(mentions("ولم تنضم الجزائر إلى منظمة شنغهاي للتعاون بأي صفة.").empty());
  EXPECT_TRUE(mentions("Turkmenistan has not joined the SCO.").empty());
  EXPECT_TRUE(mentions("India did not sign the agreement in 2018.").empty());
  EXPECT_TRUE(mentions("لن تنضم تركيا إلى الاتحاد الأوروبي في عام 2025.").empty());
}

TEST(ModalityTest, WishesAreNoEvents) {
  EXPECT_TRUE(mentions("Turkey seeks to join the SCO in 2025.").empty());
  EXPECT_TRUE(mentions("وتسعى تركيا إلى الانضمام إلى منظمة شنغهاي للتعاون.").empty());
}

TEST(ModalityTest, NeutralPhrasesShadowNegation) {
  auto ms = mentions("وأكد أن المملكة لا تزال عضوا في منظمة التعاون الإسلامي.");
  EXPECT_EQ(ms.size(), 0U);  // no state named: no member_of, and no negation crash
}

TEST(ModalityTest, RefusalsThreatsAndPastExpectationsAreNoEvents) {
  EXPECT_TRUE(mentions("Armenia refused on November 23, 2022 to sign the declaration.").empty());
  EXPECT_TRUE(mentions("The AU threatened in April 2019 to suspend Sudan.").empty());
  EXPECT_TRUE(
      mentions("Armenia had been expected to sign an association agreement with the EU in 2013.").empty());
  EXPECT_TRUE(mentions("ورفضت أرمينيا التوقيع على الإعلان في 23 نوفمبر 2022.").empty());
}

TEST(ModalityTest, UndatedEventsAndSummitsOneIsBarredFromAreNotReported) {
  // Only dated statements are events: no date, no mention.
  EXPECT_TRUE(
      mentions("وتصبح بوركينا فاسو رابع دولة يعلق الاتحاد الأفريقي عضويتها خلال أقل من عام.").empty());
  EXPECT_TRUE(
      mentions("Myanmar's junta chief has been barred from ASEAN summits since October 2021.").empty());
  // A standing relation keeps its null date.
  auto m = mentions("Its members are Russia, Belarus and Armenia, the CSTO says.");
  ASSERT_EQ(m.size(), 1U);
  EXPECT_FALSE(m[0].date.has_value());
}

}  // namespace
}  // namespace igo::test
