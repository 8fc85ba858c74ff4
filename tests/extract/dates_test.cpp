// Date expressions in Arabic and English (docs/extraction.md "Dates"): every
// form, at the precision the text gives.
#include <gtest/gtest.h>

#include "extract/dates.hpp"
#include "fixture.hpp"

namespace igo::test {
namespace {

TEST(DatesTest, DayMonthYearInEveryArabicMonthSystem) {
  EXPECT_EQ(one_date("في 19 سبتمبر 2003"), "2003-09-19");
  EXPECT_EQ(one_date("في 19 أيلول 2003"), "2003-09-19");
  EXPECT_EQ(one_date("في 12 تشرين الثاني 2008"), "2008-11-12");  // two words before one
  EXPECT_EQ(one_date("في 10 تشرين الأول 2000"), "2000-10-10");
  EXPECT_EQ(one_date("في 1 كانون الثاني 2019"), "2019-01-01");
  EXPECT_EQ(one_date("في 22 فيفري 2011"), "2011-02-22");  // Algeria, Tunisia
  EXPECT_EQ(one_date("في 9 جويلية 2002"), "2002-07-09");
  EXPECT_EQ(one_date("في 31 أوت 2025"), "2025-08-31");
  EXPECT_EQ(one_date("في 22 شتنبر 2016"), "2016-09-22");  // Morocco
  EXPECT_EQ(one_date("في 12 نونبر 1984"), "1984-11-12");
  EXPECT_EQ(one_date("في 5 يوليه 2013"), "2013-07-05");  // Egypt
  EXPECT_EQ(one_date("في 17 يونيه 2014"), "2014-06-17");
  EXPECT_EQ(one_date("في 3 دجمبر 2020"), "2020-12-03");  // Mauritania
}

TEST(DatesTest, PairedMonthNamesMustAgree) {
  EXPECT_EQ(one_date("في 9 يونيو/حزيران 2017"), "2017-06-09");
  EXPECT_EQ(one_date("في 9 حزيران / يونيو 2017"), "2017-06-09");
  EXPECT_EQ(one_date("في 12 تشرين الثاني (نوفمبر) 2008"), "2008-11-12");
  EXPECT_EQ(one_date("في 15 أيلول/ سبتمبر 2022"), "2022-09-15");
  // A disagreeing pair is no date of that month.
  for (const auto& [words, edtf] : dates("في 9 يونيو/تموز 2017")) EXPECT_NE(edtf, "2017-06-09") << words;
}

TEST(DatesTest, OrdinalWords) {
  EXPECT_EQ(one_date("في الخامس عشر من يونيو عام 2001"), "2001-06-15");
  EXPECT_EQ(one_date("اعتبارا من الأول من يناير 2019"), "2019-01-01");
  EXPECT_EQ(one_date("في الحادي والثلاثين من ديسمبر 1999"), "1999-12-31");
}

TEST(DatesTest, RangesAreIntervals) {
  EXPECT_EQ(one_date("يومي 8-9 يونيو 2018"), "2018-06-08/2018-06-09");
  EXPECT_EQ(one_date("يومي 15 و16 سبتمبر 2022"), "2022-09-15/2022-09-16");
  EXPECT_EQ(one_date("من 22 إلى 24 أوت 2023"), "2023-08-22/2023-08-24");
  EXPECT_EQ(one_date("from 31 August to 1 September 2025"), "2025-08-31/2025-09-01");
  EXPECT_EQ(one_date("on June 9-10, 2018"), "2018-06-09/2018-06-10");
  EXPECT_EQ(one_date("August 31-September 1, 2025"), "2025-08-31/2025-09-01");
  EXPECT_EQ(one_date("بين عامي 1979 و1990"), "1979/1990");
}

TEST(DatesTest, MonthYearAndYearOnly) {
  EXPECT_EQ(one_date("في يونيو 2002"), "2002-06");
  EXPECT_EQ(one_date("في تموز/يوليو عام 2015"), "2015-07");
  EXPECT_EQ(one_date("في عام 2001"), "2001");
  EXPECT_EQ(one_date("في العام 2005"), "2005");
  EXPECT_EQ(one_date("في 2001"), "2001");
  EXPECT_EQ(one_date("in June 2017"), "2017-06");
  EXPECT_EQ(one_date("in 2001"), "2001");
  EXPECT_EQ(one_date("the 2017 summit"), "2017");
  EXPECT_EQ(one_date("mid-June 2017"), "2017-06");
  EXPECT_EQ(one_date("مطلع العام 2024"), "2024");
}

TEST(DatesTest, NeverFillsADayOrAMonth) {
  EXPECT_EQ(one_date("في سبتمبر 2003"), "2003-09");
  EXPECT_EQ(one_date("عام 1961"), "1961");
}

TEST(DatesTest, ByIsAnOpenStart) {
  EXPECT_EQ(one_date("وبحلول عام 2007"), "../2007");
  EXPECT_EQ(one_date("by 2007"), "../2007");
  EXPECT_EQ(one_date("by June 2013"), "../2013-06");
}

TEST(DatesTest, NumericDatesAreDayFirst) {
  EXPECT_EQ(one_date("بتاريخ 24-06-2016"), "2016-06-24");
  EXPECT_EQ(one_date("اليوم 11.07.2024"), "<2 dates>");
  EXPECT_EQ(dates("اليوم 11.07.2024", "2024-07-11").back().second, "2024-07-11");
  EXPECT_EQ(one_date("on 2016-06-24"), "2016-06-24");
  EXPECT_EQ(one_date("24/06/2016"), "2016-06-24");
}

TEST(DatesTest, EnglishForms) {
  EXPECT_EQ(one_date("on June 9, 2017"), "2017-06-09");
  EXPECT_EQ(one_date("on 9 June 2017"), "2017-06-09");
  EXPECT_EQ(one_date("on June 9th, 2017"), "2017-06-09");
  EXPECT_EQ(one_date("on Friday, June 9, 2017"), "2017-06-09");
  EXPECT_EQ(one_date("on Feb. 26", "2024-03-07"), "2024-02-26");
}

TEST(DatesTest, AmbiguousMonthNamesNeedANumberOrAPreposition) {
  EXPECT_EQ(dates("Turkey may join").size(), 0U);
  EXPECT_EQ(one_date("in May 2015"), "2015-05");
  auto planned = mentions("Kyrgyzstan is expected to join the EAEU in May.", "2015-01-10");
  ASSERT_EQ(planned.size(), 1U);
  EXPECT_EQ(planned[0].date, "2015-05");  // the next May: the event is planned
  EXPECT_TRUE(planned[0].planned);
  EXPECT_EQ(dates("مارس الرياضة").size(), 0U);
  EXPECT_EQ(one_date("في 22 مارس 1945"), "1945-03-22");
}

TEST(DatesTest, DatelinesTakeTheYearFromTheDocumentDate) {
  EXPECT_EQ(dates("طشقند 15 حزيران/يونيو (شينخوا) - انعقدت القمة", "2024-06-15").front().second,
            "2024-06-15");
  EXPECT_EQ(dates("ASTANA, July 4 (Reuters) - Belarus joined", "2024-07-04").front().second, "2024-07-04");
  EXPECT_EQ(dates("ASTANA, July 4 (Reuters) - Belarus joined").front().second, "");  // no year known
}

TEST(DatesTest, HijriDatesAreTheirGregorianRange) {
  // Umm al-Qura gives 2023-05-07, islamic-civil 2023-05-08.
  EXPECT_EQ(one_date("يوم 17 شوال 1444هـ"), "2023-05-07/2023-05-08");
  // Both calendars agree here (14 Ramadan 1438 was 2017-06-09).
  EXPECT_EQ(one_date("15 رمضان 1438 هـ"), "2017-06-10");
  // A Hijri date paired with the Gregorian one keeps the Gregorian.
  EXPECT_EQ(one_date("29 شوال 1444 هـ الموافق 19 مايو 2023 م"), "2023-05-19");
  // A month alone spans the month.
  EXPECT_EQ(one_date("في رمضان 1444 هـ").substr(0, 11), "2023-03-23/");
}

TEST(DatesTest, HijriConversionCoversBothCalendars) {
  auto d = extract::hijri_to_gregorian(1444, 10, 17);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->to_string(), "2023-05-07/2023-05-08");
  EXPECT_FALSE(extract::hijri_to_gregorian(1444, 13, 1).has_value());
  EXPECT_FALSE(extract::hijri_to_gregorian(1444, 1, 31).has_value());
}

TEST(DatesTest, RelativeToTheDocumentDate) {
  const char* doc = "2017-06-09";  // a Friday
  EXPECT_EQ(one_date("اليوم الجمعة", doc), "2017-06-09");
  EXPECT_EQ(one_date("أمس", doc), "2017-06-08");
  EXPECT_EQ(one_date("غدا", doc), "2017-06-10");
  EXPECT_EQ(one_date("الشهر الماضي", doc), "2017-05");
  EXPECT_EQ(one_date("العام المقبل", doc), "2018");
  EXPECT_EQ(one_date("الشهر الجاري", doc), "2017-06");
  EXPECT_EQ(one_date("يونيو الماضي", doc), "2016-06");
  EXPECT_EQ(one_date("سبتمبر المقبل", doc), "2017-09");
  EXPECT_EQ(one_date("3 و4 يوليو الجاري", doc), "2017-07-03/2017-07-04");
  EXPECT_EQ(one_date("last year", doc), "2016");
  EXPECT_EQ(one_date("yesterday", doc), "2017-06-08");
  EXPECT_EQ(one_date("tomorrow", doc), "2017-06-10");
  EXPECT_EQ(one_date("earlier this month", doc), "2017-06");
  EXPECT_EQ(one_date("next month", doc), "2017-07");
  EXPECT_EQ(one_date("قبل 16 عاما", doc), "2001");
  EXPECT_EQ(one_date("16 years ago", doc), "2001");
  EXPECT_EQ(one_date("بعد تأسيسها في 2016، ثم في العام التالي"), "<2 dates>");
  EXPECT_EQ(dates("في 24-06-2016، ثم في العام التالي").back().second, "2017");
  // Without a document date a relative date stays unresolved.
  EXPECT_EQ(one_date("الشهر الماضي"), "");
}

TEST(DatesTest, AMonthOfTheSameOrTheLastYear) {
  // "the same year" counts from the date given before it, "last year" from the document.
  EXPECT_EQ(dates("في 2015، ثم في يونيو من العام نفسه").back().second, "2015-06");
  EXPECT_EQ(dates("in 2015, then in June the same year").back().second, "2015-06");
  EXPECT_EQ(dates("في 2015، ثم في أيار من العام التالي").back().second, "2016-05");
  EXPECT_EQ(one_date("in July last year", "2017-06-09"), "2016-07");
  EXPECT_EQ(one_date("في يوليو من العام الماضي", "2017-06-09"), "2016-07");
  // With nothing before it, "the same year" names no year.
  EXPECT_EQ(one_date("in June the same year"), "");
}

TEST(DatesTest, WeekdayIsTheLastOneForThePastTheNextOneForTheFuture) {
  using extract::DateExpr;
  DateExpr tue;
  tue.kind = DateExpr::Kind::weekday;
  tue.weekday = 2;
  util::Day friday = *util::parse_day("2017-06-09");
  EXPECT_EQ(extract::resolve(tue, friday, false)->to_string(), "2017-06-06");
  EXPECT_EQ(extract::resolve(tue, friday, true)->to_string(), "2017-06-13");
  DateExpr fri = tue;
  fri.weekday = 5;
  EXPECT_EQ(extract::resolve(fri, friday, false)->to_string(), "2017-06-09");
  fri.dir = extract::Direction::past;
  EXPECT_EQ(extract::resolve(fri, friday, false)->to_string(), "2017-06-02");
  EXPECT_EQ(one_date("on Tuesday", "2017-06-09"), "2017-06-06");
  EXPECT_EQ(extract::iso_weekday(*util::parse_day("1970-01-01")), 4U);
}

TEST(DatesTest, EvidenceWordsAreTheOriginalText) {
  auto d = dates("وفي ٩ يونيو/حزيران ٢٠١٧م");
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].first, "٩ يونيو/حزيران ٢٠١٧م");
  EXPECT_EQ(d[0].second, "2017-06-09");
}

TEST(DatesTest, ASummitsLengthBeforeOrAfterItsNoun) {
  using model::EventType;
  auto ar = mentions("انطلقت اليوم الثلاثاء في الرياض أعمال القمة العربية، التي تستمر يومين.", "2023-05-16");
  const auto* s = find(ar, EventType::summit_held);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, "2023-05-16/2023-05-17");
  // Counted in words: "15th Islamic" stands between the length and the noun.
  auto en = mentions("The two-day 15th Islamic Summit opened in Banjul on Saturday.", "2024-05-05");
  const auto* b = find(en, EventType::summit_held);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->date, "2024-05-04/2024-05-05");
}

TEST(DatesTest, ASummitNounTakesTheNearestYear) {
  using model::EventType;
  // No verb gives the tense: May 19 is the coming one, not last year's.
  auto ms = mentions("The decision clears the way for Assad to attend the Arab summit in Jeddah on May 19.",
                     "2023-05-07");
  const auto* s = find(ms, EventType::summit_held);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, "2023-05-19");
  EXPECT_TRUE(s->planned);
}

TEST(DatesTest, AnEventAtASummitTakesTheSummitsDate) {
  using model::EventType;
  // Not "January 1" behind the trigger: the decision was taken at the summit named just after it.
  auto ms = mentions(
      "South Africa, which took over the BRICS chairmanship on January 1, said the leaders had approved "
      "Egypt's "
      "membership in principle at their summit in Johannesburg in August 2023.",
      "2024-02-01");
  const auto* a = find(ms, EventType::admission_decided);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->date, "2023-08");
  EXPECT_EQ(a->place, "johannesburg");
}

}  // namespace
}  // namespace igo::test
