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

TEST(CorefTest, ASummitAdjectiveNamesItsOrganization) {
  // The salient organization is the AU; "the Arab summit" is the Arab League's.
  auto en = mentions(
      "Egypt joined the African Union in 2002. The African Union met in 2023. "
      "Assad attended the Arab summit in the Saudi city of Jeddah on May 19, 2023.");
  const auto* s = find(en, EventType::summit_held);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->org, "ARAB_LEAGUE");
  EXPECT_EQ(s->place, "jeddah");  // "the Saudi city of"
  auto ar = mentions(
      "انضمت مصر إلى الاتحاد الأفريقي عام 2002. وعقدت القمة الخليجية السابقة في الرياض في 9 ديسمبر 2022.");
  const auto* g = find(ar, EventType::summit_held);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->org, "GCC");
}

TEST(CorefTest, ACapitalNextToTheVerbIsItsSubject) {
  // Not the state named farther away in a later clause.
  auto en = mentions(
      "Kyiv applied for EU membership on February 28, 2022, four days after Russia launched its invasion.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].actors, (std::vector<std::string>{"UKR"}));
  auto ar = mentions(
      "وكانت كييف قد تقدمت بطلب الانضمام إلى الاتحاد الأوروبي في 28 فبراير 2022، بعد أربعة أيام من بدء الغزو "
      "الروسي.");
  ASSERT_EQ(ar.size(), 1U);
  EXPECT_EQ(ar[0].actors, (std::vector<std::string>{"UKR"}));
  // Companions join a capital read as its state.
  auto with =
      mentions("جاء ذلك بعد تقديم ستوكهولم طلب العضوية في حلف الناتو في مايو 2022، بالتزامن مع فنلندا.");
  ASSERT_EQ(with.size(), 1U);
  EXPECT_EQ(with[0].actors, (std::vector<std::string>{"FIN", "SWE"}));
}

TEST(CorefTest, TheCountryOfAPlaceIsNoActor) {
  auto en = mentions("The African Union was launched in Durban, South Africa, in July 2002.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].type, EventType::founded);
  EXPECT_TRUE(en[0].actors.empty());
  EXPECT_EQ(en[0].place, "durban");
  auto ar = mentions("وتأسست منظمة الوحدة الأفريقية بمدينة ديربان بجنوب أفريقيا في 25 مايو 1963.");
  ASSERT_EQ(ar.size(), 1U);
  EXPECT_TRUE(ar[0].actors.empty());
}

TEST(CorefTest, ASummitsHostAfterItsNounAndACityNamedLikeItsState) {
  auto host = mentions("وتستعيد الأوساط اللبنانية القمة العربية التي احتضنتها بيروت يومي 27 و28 آذار 2002.");
  ASSERT_EQ(host.size(), 1U);
  EXPECT_EQ(host[0].place, "beirut");
  // Not "لدمشق" before it: the host named after the noun comes first.
  auto first =
      mentions("ويتيح القرار لدمشق المشاركة في القمة العربية التي تستضيفها مدينة جدة في 19 مايو 2023.");
  ASSERT_EQ(first.size(), 1U);
  EXPECT_EQ(first[0].place, "jeddah");
  // "تونس" is read as the state; a summit named by it is in the city.
  auto tunis = mentions("وتعد هذه القمة الأولى منذ قمة تونس التي انعقدت في 31 مارس 2019.");
  ASSERT_EQ(tunis.size(), 1U);
  EXPECT_EQ(tunis[0].place, "tunis");
  // A summit "في الجزائر" is in Algiers.
  auto algiers = mentions("وانعقدت القمة العربية في الجزائر في 1 نوفمبر 2022.");
  ASSERT_EQ(algiers.size(), 1U);
  EXPECT_EQ(algiers[0].place, "algiers");
}

TEST(CorefTest, ItsIsTheOrgNamedBeforeInTheSentence) {
  // The African Union is named most often, but "its" follows the G20.
  auto ms = mentions(
      "The African Union met in 2003. Egypt joined the African Union in 2002. The G20 was formed in 1999 "
      "after the Asian financial crisis, and its leaders first met in Washington in November 2008.");
  const auto* s = find(ms, EventType::summit_held);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, "2008-11");
  EXPECT_EQ(s->org, "G20");
}

TEST(CorefTest, TheGroupWithTheArticleInItsName) {
  // "المجموعة" is ECOWAS ("المجموعة الاقتصادية ..."), not the salient AU; its capital after a status word is
  // its state.
  auto ms = mentions(
      "علق الاتحاد الأفريقي عضوية مالي في 2021. وعلق الاتحاد الأفريقي عضوية غينيا في 2021. "
      "وكانت المجموعة الاقتصادية لدول غرب أفريقيا قد علقت عضوية واغادوغو في 28 يناير 2022. "
      "ومن المقرر أن يعقد قادة المجموعة قمة جديدة في العاصمة الغانية أكرا في 3 فبراير 2022.");
  ASSERT_EQ(ms.size(), 4U);
  EXPECT_EQ(ms[2].type, EventType::suspended);
  EXPECT_EQ(ms[2].org, "ECOWAS");
  EXPECT_EQ(ms[2].actors, (std::vector<std::string>{"BFA"}));
  EXPECT_EQ(ms[3].type, EventType::summit_held);
  EXPECT_EQ(ms[3].org, "ECOWAS");
}

TEST(CorefTest, ASubordinateClauseEndsTheActorsReach) {
  // "، فيما ...": Timor-Leste is another clause's subject.
  auto ms = mentions(
      "وكانت جزر القمر قد تقدمت بطلب الانضمام إلى منظمة التجارة العالمية في فبراير 2007، فيما استغرقت "
      "مفاوضات تيمور الشرقية سبع سنوات.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"COM"}));
}

TEST(CorefTest, TheMembersOfARelationAreNotTheFounders) {
  auto ms = mentions(
      "يذكر أن مجلس التعاون لدول الخليج العربية تأسس في أبوظبي في 25 مايو 1981، ويضم في عضويته السعودية "
      "والإمارات والبحرين وعمان وقطر والكويت.");
  const auto* f = find(ms, EventType::founded);
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->actors.empty());
  const auto* m = find(ms, EventType::member_of);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actors.size(), 6U);
}

TEST(CorefTest, AgentsNamedAfterAnAgentMarker) {
  // "على يد": the founders, not the state named before the nominal founding.
  auto ms = mentions(
      "وهي الأولى التي تستضيفها مملكة البحرين منذ تأسيس جامعة الدول العربية في القاهرة في 22 آذار 1945 على "
      "يد "
      "مصر والعراق وسوريا ولبنان والسعودية.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::founded);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"EGY", "IRQ", "LBN", "SAU", "SYR"}));
}

TEST(CorefTest, APlaceSharedIsSharedAgainLater) {
  // The summit is placed by the guest's "في الدوحة"; the declaration three
  // sentences later shares the summit's place.
  auto ms = mentions(
      "انطلقت في الدوحة اليوم الثلاثاء أعمال الدورة الرابعة والأربعين لمجلس التعاون الخليجي، بمشاركة الرئيس "
      "التركي "
      "رجب طيب أردوغان بصفة ضيف على القمة.\n\n"
      "ويبحث القادة خلال القمة التطورات في غزة.\n\n"
      "وكانت القمة الخليجية السابقة قد عقدت في الرياض في 9 ديسمبر 2022.\n\n"
      "ومن المنتظر أن يعتمد القادة في ختام أعمال القمة مساء اليوم «إعلان الدوحة».",
      "2023-12-05");
  const auto* d = find(ms, EventType::decision_adopted);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->date, "2023-12-05");
  EXPECT_EQ(d->place, "doha");
}

TEST(CorefTest, TheDescribedCityIsTheLastPlaceNamed) {
  // The dateline's city.
  auto ms = mentions(
      "AL-ULA, Saudi Arabia, Jan 5 (KUNA) -- Gulf Arab leaders met on Tuesday at the 41st GCC summit in the "
      "ancient "
      "desert city.",
      "2021-01-05");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].place, "al-ula");
}

TEST(CorefTest, APossessivePronounAfterAnAppositionIsTheStateBefore) {
  // Not Algeria, named in the concessive clause after it.
  auto ms = mentions(
      "وانعقدت القمة في الجزائر في 1 نوفمبر 2022. ويغيب عن القمة مقعد سوريا، المعلقة عضويتها في الجامعة "
      "العربية منذ "
      "نوفمبر 2011، رغم الجهود التي بذلتها الجزائر.");
  const auto* s = find(ms, EventType::suspended);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->actors, (std::vector<std::string>{"SYR"}));
  EXPECT_EQ(s->date, "2011-11");
}

TEST(CorefTest, AStatesCapitalNamedByItsAdjective) {
  // No Malaysian place was named before: "العاصمة الماليزية" is Kuala Lumpur,
  // not Malaysia as an actor; "قبولها" is Timor-Leste's admission.
  auto ms = mentions(
      "وأصبحت تيمور الشرقية عضوا مراقبا في رابطة دول جنوب شرق آسيا عام 2022. وكان قادة الرابطة قد وافقوا "
      "خلال "
      "قمتهم في العاصمة الماليزية في مايو 2025 على قبولها.");
  ASSERT_EQ(ms.size(), 3U);
  EXPECT_EQ(ms[1].type, EventType::summit_held);
  EXPECT_EQ(ms[1].place, "kuala-lumpur");
  EXPECT_EQ(ms[2].type, EventType::admission_decided);
  EXPECT_EQ(ms[2].actors, (std::vector<std::string>{"TLS"}));
  EXPECT_EQ(ms[2].place, "kuala-lumpur");
  auto en = mentions("ASEAN leaders met in the Malaysian capital on May 26, 2025.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].place, "kuala-lumpur");
}

}  // namespace
}  // namespace igo::test
