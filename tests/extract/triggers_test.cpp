// Event triggers and how their type is read (docs/extraction.md "Events").
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace igo::test {
namespace {

using model::EventType;

TEST(TriggersTest, SigningNeedsATreatyLikeObject) {
  auto ms = mentions("ووقعت الهند وباكستان اتفاقية للتعاون في يونيو 2016.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::treaty_signed);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"IND", "PAK"}));
  EXPECT_EQ(ms[0].date, "2016-06");
  // وقع = "happened": no object, no signing.
  EXPECT_TRUE(mentions("وقع انفجار في طشقند في 16 شباط 1999.").empty());
  EXPECT_TRUE(mentions("The blast happened in Tashkent in February 1999.").empty());
}

TEST(TriggersTest, AMemorandumIsMemorandumSigned) {
  auto ms = mentions("ووقعت الهند وباكستان مذكرة الالتزامات في يونيو 2016 في طشقند.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::memorandum_signed);
  EXPECT_EQ(ms[0].org, "SCO");  // the document's organization
  EXPECT_EQ(ms[0].place, "tashkent");
  EXPECT_FALSE(ms[0].document.empty());
}

TEST(TriggersTest, JoiningAndStatuses) {
  auto ms = mentions("وانضمت كل من الهند وباكستان إلى منظمة شنغهاي للتعاون في 9 يونيو 2017.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::joined);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"IND", "PAK"}));
  auto obs = mentions("Mongolia was granted observer status in the SCO in 2004.");
  ASSERT_EQ(obs.size(), 1U);
  EXPECT_EQ(obs[0].type, EventType::observer_granted);
  auto dp = mentions("منحت منظمة شنغهاي للتعاون تركيا صفة شريك الحوار في عام 2012.");
  ASSERT_EQ(dp.size(), 1U);
  EXPECT_EQ(dp[0].type, EventType::dialogue_partner_granted);
  EXPECT_EQ(dp[0].actors, (std::vector<std::string>{"TUR"}));
  auto became = mentions("Iran became a full member of the SCO on July 4, 2023.");
  ASSERT_EQ(became.size(), 1U);
  EXPECT_EQ(became[0].type, EventType::joined);
  EXPECT_EQ(became[0].date, "2023-07-04");
}

TEST(TriggersTest, ADecisionToAdmitIsNotAJoining) {
  auto ms = mentions("وفي يوليو 2015 في أوفا، قررت منظمة شانغهاي للتعاون قبول الهند وباكستان كعضوين كاملين.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::admission_decided);
  EXPECT_EQ(ms[0].place, "ufa");
  auto en = mentions("The SCO launched the accession procedure for Iran in September 2021.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].type, EventType::admission_decided);
  EXPECT_EQ(en[0].actors, (std::vector<std::string>{"IRN"}));
}

TEST(TriggersTest, TheProcessOfJoiningIsNoEvent) {
  EXPECT_TRUE(mentions("وبذلك بدأت العملية الرسمية للانضمام إلى منظمة شنغهاي للتعاون.").empty());
}

TEST(TriggersTest, Applications) {
  auto ms = mentions("وكانت الجزائر قد قدمت طلبا رسميا للانضمام إلى مجموعة بريكس في نوفمبر 2022.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::application_submitted);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"DZA"}));
  EXPECT_EQ(ms[0].org, "BRICS");
  auto en = mentions("Iran applied for full membership of the SCO in 2008.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].type, EventType::application_submitted);
}

TEST(TriggersTest, WithdrawalSuspensionReinstatement) {
  auto w = mentions("Angola left OPEC on January 1, 2024.");
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].type, EventType::withdrew);
  auto s = mentions("علقت جامعة الدول العربية عضوية سوريا في نوفمبر 2011.");
  ASSERT_EQ(s.size(), 1U);
  EXPECT_EQ(s[0].type, EventType::suspended);
  EXPECT_EQ(s[0].actors, (std::vector<std::string>{"SYR"}));
  auto r = mentions("The Arab League reinstated Syria in May 2023.");
  ASSERT_EQ(r.size(), 1U);
  EXPECT_EQ(r[0].type, EventType::reinstated);
}

TEST(TriggersTest, FoundingEntryIntoForceRatification) {
  auto f = mentions("يذكر أن المنظمة تأسست عام 2001 في شنغهاي بعد قمة منظمة شنغهاي للتعاون.");
  ASSERT_NE(find(f, EventType::founded), nullptr);
  EXPECT_EQ(find(f, EventType::founded)->date, "2001");
  auto e = mentions("ودخل ميثاق منظمة شانغهاي للتعاون حيز التنفيذ في 19 سبتمبر 2003.");
  ASSERT_EQ(e.size(), 1U);
  EXPECT_EQ(e[0].type, EventType::entered_into_force);
  EXPECT_EQ(e[0].org, "SCO");
  auto r = mentions("Hungary's parliament ratified Sweden's accession protocol to NATO on Feb. 26, 2024.");
  ASSERT_NE(find(r, EventType::treaty_ratified), nullptr);
  EXPECT_EQ(find(r, EventType::treaty_ratified)->actors, (std::vector<std::string>{"HUN"}));
}

TEST(TriggersTest, SummitsNeedADate) {
  auto s = mentions("وعقدت قمة منظمة شنغهاي للتعاون في أستانا في 9 يونيو 2017.");
  ASSERT_EQ(s.size(), 1U);
  EXPECT_EQ(s[0].type, EventType::summit_held);
  EXPECT_EQ(s[0].place, "astana");
  EXPECT_TRUE(s[0].actors.empty());
  EXPECT_TRUE(mentions("وفي قمة دوشانبي، اتفق الأعضاء على معارضة التدخل.").empty());
}

TEST(TriggersTest, OneSummitPerPlaceAndDate) {
  auto ms = mentions(
      "وعقدت مؤتمرات القمم السنوية لمجموعة شانغهاي الخماسية في كل من ألماتي في عام 1998 وبيشكك في عام 1999.");
  ASSERT_EQ(ms.size(), 2U);
  EXPECT_EQ(ms[0].place, "almaty");
  EXPECT_EQ(ms[0].date, "1998");
  EXPECT_EQ(ms[1].place, "bishkek");
  EXPECT_EQ(ms[1].date, "1999");
  EXPECT_EQ(ms[1].org, "SHANGHAI_FIVE");
}

TEST(TriggersTest, GuestsNeedACue) {
  auto g = mentions("وشارك الرئيس التركماني بصفة ضيف في قمة منظمة شنغهاي للتعاون اليوم.", "2021-09-17");
  ASSERT_NE(find(g, EventType::guest_attended), nullptr);
  EXPECT_EQ(find(g, EventType::guest_attended)->actors, (std::vector<std::string>{"TKM"}));
  auto member = mentions("وشارك في قمة مجلس التعاون الخليجي أمير دولة قطر اليوم.", "2021-01-05");
  EXPECT_EQ(find(member, EventType::guest_attended), nullptr);
}

TEST(TriggersTest, MemberOfIsAStandingRelationWithNoDate) {
  auto ms = mentions("وإن روسيا وكازاخستان وقيرغيزستان أيضاً أعضاء في «الاتحاد الاقتصادي الأوراسي».");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::member_of);
  EXPECT_EQ(ms[0].org, "EAEU");
  EXPECT_FALSE(ms[0].date.has_value());
  // In the past tense it is no standing relation.
  EXPECT_TRUE(mentions("وكانت روسيا وكازاخستان أعضاء في «الاتحاد الاقتصادي الأوراسي».").empty());
  auto en = mentions("China and Russia are members of the SCO.");
  ASSERT_EQ(en.size(), 1U);
  EXPECT_EQ(en[0].type, EventType::member_of);
}

TEST(TriggersTest, SigningAFoundingDeclarationFoundsTheOrganization) {
  auto ms = mentions(
      "وقع رؤساء الصين وروسيا وكازاخستان وقيرغيزستان وطاجيكستان وأوزبكستان في 2001 على إعلان تأسيس منظمة "
      "شانغهاي للتعاون.");
  ASSERT_NE(find(ms, EventType::treaty_signed), nullptr);
  ASSERT_NE(find(ms, EventType::founded), nullptr);
  EXPECT_EQ(find(ms, EventType::founded)->org, "SCO");
  EXPECT_EQ(find(ms, EventType::founded)->actors.size(), 6U);
}

TEST(TriggersTest, FollowedSuitRepeatsTheEventBefore) {
  auto ms = mentions("Georgia left the CIS in 2008, and Ukraine followed suit in 2018.", "2020-01-01");
  ASSERT_EQ(ms.size(), 2U);
  EXPECT_EQ(ms[1].type, EventType::withdrew);
  EXPECT_EQ(ms[1].org, "CIS");
  EXPECT_EQ(ms[1].actors, (std::vector<std::string>{"UKR"}));
  EXPECT_EQ(ms[1].date, "2018");
  // Nothing before it to repeat: no event.
  EXPECT_TRUE(mentions("Ukraine followed suit in 2018.", "2020-01-01").empty());
}

TEST(TriggersTest, HoldingAStatusSinceADateIsItsGrant) {
  auto ms = mentions("Mongolia has held observer status in the SCO since 2004.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::observer_granted);
  EXPECT_EQ(ms[0].date, "2004");
  // "held" with no status next to it is a meeting, not a status.
  EXPECT_EQ(find(mentions("Mongolia held talks with the SCO in 2004."), EventType::observer_granted),
            nullptr);
}

TEST(TriggersTest, MembershipAloneIsNoEventButApprovingItIsADecision) {
  auto ms = mentions("In July 2015 the SCO approved India's membership.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::admission_decided);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"IND"}));
  EXPECT_TRUE(mentions("India's membership of the SCO was discussed in July 2015.").empty());
}

TEST(TriggersTest, ChairmanshipsGiveNoMention) {
  EXPECT_TRUE(mentions("Kazakhstan took over the chairmanship of the SCO in July 2024.").empty());
}

TEST(TriggersTest, EvidenceIsTheOriginalText) {
  std::string text = "ووقّع ميثاقَ منظمة شانغهاي للتعاون في يونيو ٢٠٠٢، ودخل حيز التنفيذ.";
  auto ms = mentions(text);
  ASSERT_FALSE(ms.empty());
  for (const auto& m : ms) {
    ASSERT_LE(m.end, text.size());
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.evidence);
  }
  EXPECT_EQ(ms[0].evidence.substr(0, std::string("ووقّع").size()), "ووقّع");
}

TEST(TriggersTest, InvalidUtf8IsAnError) {
  extract::Options o;
  auto r = extractor().extract("Iran joined \xC3( the SCO", o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("byte 12"), std::string::npos);
}

TEST(TriggersTest, SinceDatesAStandingMembership) {
  // "EU members since 2007", "has been a member of ... since": the membership began then.
  auto ms = mentions("Bulgaria and Romania, EU members since 2007, remain outside Schengen.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::joined);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"BGR", "ROU"}));
  EXPECT_EQ(ms[0].date, "2007");
  auto of = mentions("Qatar has been a member of OPEC since 1961.");
  ASSERT_EQ(of.size(), 1U);
  EXPECT_EQ(of[0].type, EventType::joined);
  EXPECT_EQ(of[0].date, "1961");
  auto ar = mentions("والإمارات عضو في منظمة أوبك منذ عام 1967.");
  ASSERT_EQ(ar.size(), 1U);
  EXPECT_EQ(ar[0].type, EventType::joined);
  EXPECT_EQ(ar[0].actors, (std::vector<std::string>{"ARE"}));
  EXPECT_EQ(ar[0].date, "1967");
}

TEST(TriggersTest, TheLastToJoinIsDroppedOnlyWithoutADate) {
  auto ms = mentions("وكانت أفغانستان وليبيريا آخر دولتين انضمتا إلى منظمة التجارة العالمية في عام 2016.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::joined);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"AFG", "LBR"}));
  EXPECT_EQ(ms[0].date, "2016");
  EXPECT_TRUE(mentions("Montenegro was the last country to join NATO.").empty());
  // A date of another clause does not count.
  auto other = mentions(
      "Montenegro, which became the 29th member of NATO in June 2017, was the last country to join before "
      "North "
      "Macedonia.");
  ASSERT_EQ(other.size(), 1U);
  EXPECT_EQ(other[0].actors, (std::vector<std::string>{"MNE"}));
}

TEST(TriggersTest, InvitationsAndApprovalsAreDecisions) {
  auto ms = mentions("وكان قادة مجموعة بريكس قد دعوا المملكة العربية السعودية إلى الانضمام في أغسطس 2023.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::admission_decided);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"SAU"}));
  // The approval may stand far from the accession it approves.
  auto far = mentions(
      "وافق المؤتمر الوزاري الثالث عشر لمنظمة التجارة العالمية، الذي انطلقت أعماله في أبوظبي في 26 فبراير "
      "2024، على انضمام جزر القمر وتيمور الشرقية إلى المنظمة.");
  ASSERT_EQ(far.size(), 1U);
  EXPECT_EQ(far[0].type, EventType::admission_decided);
  EXPECT_EQ(far[0].actors, (std::vector<std::string>{"COM", "TLS"}));
}

TEST(TriggersTest, CandidateStatusIsNoMembership) {
  EXPECT_TRUE(
      mentions("ومنح القادة جورجيا صفة الدولة المرشحة لعضوية الاتحاد الأوروبي في ديسمبر 2023.").empty());
}

TEST(TriggersTest, LeavingAndTheDecisionToLeave) {
  auto ms = mentions("خرجت جورجيا رسميا من رابطة الدول المستقلة في 18 أغسطس 2009.");
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_EQ(ms[0].type, EventType::withdrew);
  EXPECT_EQ(ms[0].actors, (std::vector<std::string>{"GEO"}));
  // A state's own decision to leave is no withdrawal yet.
  EXPECT_TRUE(
      mentions("وأعلن الرئيس الجورجي قرار الانسحاب من رابطة الدول المستقلة في 12 أغسطس 2008.").empty());
}

TEST(TriggersTest, RestoringMembershipAndFormingAGroup) {
  auto r = mentions(
      "Arab foreign ministers agreed on May 7, 2023 to restore Syria's membership in the Arab League.");
  ASSERT_EQ(r.size(), 1U);
  EXPECT_EQ(r[0].type, EventType::reinstated);
  EXPECT_EQ(r[0].actors, (std::vector<std::string>{"SYR"}));
  auto f = mentions("The Group of 20 was formed in 1999.");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].type, EventType::founded);
  EXPECT_EQ(f[0].org, "G20");
}

TEST(TriggersTest, ReadmittedNeedsNoOrgInItsSentence) {
  auto ms = mentions(
      "The African Union said it had taken the step before. It suspended Egypt in July 2013 and readmitted "
      "it in "
      "June 2014.");
  const auto* r = find(ms, EventType::reinstated);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->actors, (std::vector<std::string>{"EGY"}));
  EXPECT_EQ(r->date, "2014-06");
  EXPECT_EQ(r->org, "AU");
}

TEST(TriggersTest, APassiveSigningHasOnlyItsNamedAgents) {
  auto ms = mentions(
      "The accession protocol was signed by the allies in Brussels in February 2019, and Spain ratified it "
      "in March 2020.");
  ASSERT_EQ(ms.size(), 2U);
  EXPECT_EQ(ms[0].type, EventType::treaty_signed);
  EXPECT_TRUE(ms[0].actors.empty());  // not Spain, not "the allies"
  EXPECT_EQ(ms[0].place, "brussels");
  auto their = mentions(
      "Egypt joined the bloc in 2002. Their accession treaty was signed in Athens on April 16, 2003.");
  const auto* s = find(their, EventType::treaty_signed);
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->actors.empty());
  auto by =
      mentions("The EAEU treaty was signed by Russia, Belarus and Kazakhstan in Astana on May 29, 2014.");
  ASSERT_EQ(by.size(), 1U);
  EXPECT_EQ(by[0].actors, (std::vector<std::string>{"BLR", "KAZ", "RUS"}));
}

}  // namespace
}  // namespace igo::test
