// The fold from events to status intervals, and the three-valued as-of
// answers (docs/as_of_semantics.md).
#include <gtest/gtest.h>

#include "query/queries.hpp"
#include "support/support.hpp"

namespace igo::query {
namespace {

std::string ev(const std::string& id, const std::string& type, const std::string& date,
               const std::string& actors, const std::string& extra = "",
               const std::string& source = "src-a") {
  return R"({"id": ")" + id + R"(", "type": ")" + type + R"(", "date": ")" + date +
         R"(", "org": "ORG_A", "actors": [)" + actors + "]" + extra + R"(, "sources": [{"source": ")" +
         source + R"(", "quote": ""}]})" + "\n";
}

class FoldTest : public ::testing::Test {
 protected:
  // The fold is tested on its own: the registry checks (which refuse some of
  // these histories in curated data) are tested in checks_test.
  void load(const std::string& events) {
    image = test::mini_registry(events, "", builtin::Checks::skip);
    registry = test::open(image);
    ASSERT_NE(registry, nullptr);
  }
  // "AAA:member:certain" rows, sorted by state.
  std::vector<std::string> at(const char* day, rules::Track track = rules::Track::standing,
                              std::optional<util::Timestamp> known_at = std::nullopt) {
    std::vector<StatusAt> rows;
    statuses_at(registry->view(known_at), registry->sym("ORG_A"), *util::parse_day(day), track, rows);
    std::vector<std::string> out;
    out.reserve(rows.size());
    for (const auto& r : rows) {
      out.push_back(std::string(registry->name(r.state)) + ":" + std::string(registry->name(r.status)) +
                    (r.certain ? ":certain" : ":uncertain"));
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::byte> image;
  std::unique_ptr<Registry> registry;
};

using Rows = std::vector<std::string>;

TEST_F(FoldTest, FoundingMembersAndJoiningOnADay) {
  load(ev("f", "founded", "2001-06-15", R"("AAA", "BBB")") + ev("j", "joined", "2017-06-09", R"("CCC")"));
  EXPECT_EQ(at("2001-06-14"), Rows{});
  EXPECT_EQ(at("2001-06-15"), (Rows{"AAA:member:certain", "BBB:member:certain"}));
  EXPECT_EQ(at("2017-06-08").size(), 2U);
  EXPECT_EQ(at("2017-06-09"), (Rows{"AAA:member:certain", "BBB:member:certain", "CCC:member:certain"}));
}

TEST_F(FoldTest, AnImpreciseDateMakesTheDaysItCoversUncertain) {
  load(ev("j", "joined", "2001", R"("AAA")"));
  EXPECT_EQ(at("2000-12-31"), Rows{});
  EXPECT_EQ(at("2001-03-01"), Rows{"AAA:member:uncertain"});
  EXPECT_EQ(at("2001-12-30"), Rows{"AAA:member:uncertain"});
  // Joined some day in 2001: surely a member by its last day.
  EXPECT_EQ(at("2001-12-31"), Rows{"AAA:member:certain"});
}

TEST_F(FoldTest, ByADateIsUncertainUntilItsEnd) {
  load(ev("j", "joined", "../2007", R"("AAA")"));
  EXPECT_EQ(at("1990-01-01"), Rows{"AAA:member:uncertain"});
  EXPECT_EQ(at("2008-01-01"), Rows{"AAA:member:certain"});
}

TEST_F(FoldTest, SourcesThatDisagreeAreKeptAndMakeTheGapUncertain) {
  load(ev("j1", "founded", "1996-04-25", R"("AAA")", "", "src-a") +
       ev("j2", "founded", "1996-04-26", R"("AAA")", "", "src-b"));
  EXPECT_EQ(at("1996-04-24"), Rows{});
  EXPECT_EQ(at("1996-04-25"), Rows{"AAA:member:uncertain"});
  EXPECT_EQ(at("1996-04-26"), Rows{"AAA:member:certain"});
  const auto& view = registry->view();
  auto ivs = view.intervals(registry->sym("ORG_A"));
  ASSERT_EQ(ivs.size(), 1U);
  EXPECT_EQ(view.start_claims(ivs[0]).size(), 2U);
  EXPECT_NE(ivs[0].flags & Interval::k_start_conflict, 0);
}

TEST_F(FoldTest, SourcesThatAgreeNarrowToTheMostPreciseDate) {
  load(ev("j1", "joined", "2017-06", R"("AAA")", "", "src-b") + ev("j2", "joined", "2017-06-09", R"("AAA")"));
  EXPECT_EQ(at("2017-06-08"), Rows{});
  EXPECT_EQ(at("2017-06-09"), Rows{"AAA:member:certain"});
}

TEST_F(FoldTest, AStatusReplacesTheOneBefore) {
  load(ev("o", "observer_granted", "2005-07-05", R"("AAA")") + ev("j", "joined", "2017-06-09", R"("AAA")"));
  EXPECT_EQ(at("2010-01-01"), Rows{"AAA:observer:certain"});
  EXPECT_EQ(at("2017-06-08"), Rows{"AAA:observer:certain"});
  EXPECT_EQ(at("2017-06-09"), Rows{"AAA:member:certain"});
}

TEST_F(FoldTest, AnImpreciseChangeOffersBothCandidates) {
  load(ev("o", "observer_granted", "2005-07-05", R"("AAA")") + ev("j", "joined", "2017", R"("AAA")"));
  EXPECT_EQ(at("2017-03-01"), (Rows{"AAA:member:uncertain", "AAA:observer:uncertain"}));
  std::vector<StatusAt> rows;
  statuses_at(registry->view(), registry->sym("ORG_A"), *util::parse_day("2017-03-01"),
              rules::Track::standing, rows);
  for (const auto& r : rows) {
    if (registry->name(r.status) != "member") continue;
    auto c = candidates(registry->view(), r);
    ASSERT_EQ(c.size(), 2U);
    EXPECT_EQ(registry->name(c[1]), "observer");
  }
}

TEST_F(FoldTest, OverlappingDatesAreTakenInTheOrderRecorded) {
  // "joined 1967" may fall before or after 1967-03-31; the curator recorded
  // the observer status first, so it came first.
  load(ev("o", "observer_granted", "1967-03-31", R"("AAA")") + ev("j", "joined", "1967", R"("AAA")") +
       ev("w", "withdrew", "1990-01-01", R"("BBB")") + ev("b", "joined", "1990", R"("BBB")"));
  EXPECT_EQ(at("1968-01-01"), Rows{"AAA:member:certain"});
  EXPECT_EQ(at("1967-06-01"), (Rows{"AAA:member:uncertain", "AAA:observer:uncertain"}));
  // The same rule lets a withdrawal recorded before a joining in the same
  // year end nothing: BBB is a member.
  EXPECT_EQ(at("1991-01-01"), (Rows{"AAA:member:certain", "BBB:member:certain"}));
}

TEST_F(FoldTest, WithdrawalEndsAndSuspensionPauses) {
  load(ev("j", "joined", "2000-01-01", R"("AAA", "BBB")") + ev("w", "withdrew", "2012-06-28", R"("AAA")") +
       ev("s", "suspended", "2008-11-12", R"("BBB")") + ev("r", "reinstated", "2010-01-01", R"("BBB")"));
  EXPECT_EQ(at("2012-06-27"), (Rows{"AAA:member:certain", "BBB:member:certain"}));
  EXPECT_EQ(at("2012-06-28"), (Rows{"BBB:member:certain"}));
  EXPECT_EQ(at("2009-01-01"), (Rows{"AAA:member:certain", "BBB:suspended:certain"}));
}

TEST_F(FoldTest, DissolutionEndsEveryStatus) {
  load(ev("f", "founded", "1996-04-26", R"("AAA", "BBB")") + ev("d", "dissolved", "2001-06-15", ""));
  EXPECT_EQ(at("2001-06-14").size(), 2U);
  EXPECT_EQ(at("2001-06-15"), Rows{});
}

TEST_F(FoldTest, MergingStatusesMovesEveryHolder) {
  load(ev("o", "observer_granted", "2004-06-17", R"("AAA")") + ev("j", "joined", "2001-06-15", R"("BBB")") +
       ev("m", "statuses_merged", "2025-09-01", "", R"(, "attrs": {"from": ["observer"], "to": "partner"})") +
       ev("p", "partner_granted", "2025-09-01", R"("CCC")"));
  EXPECT_EQ(at("2025-08-31"), (Rows{"AAA:observer:certain", "BBB:member:certain"}));
  EXPECT_EQ(at("2025-09-01"), (Rows{"AAA:partner:certain", "BBB:member:certain", "CCC:partner:certain"}));
}

TEST_F(FoldTest, ApplicantsRunOnTheProcedureTrackUntilAdmitted) {
  load(ev("o", "observer_granted", "2005-07-05", R"("AAA")") +
       ev("a", "application_submitted", "2014-09", R"("AAA")", R"(, "attrs": {"for": "member"})") +
       ev("j", "joined", "2017-06-09", R"("AAA")"));
  EXPECT_EQ(at("2015-01-01"), Rows{"AAA:observer:certain"});
  EXPECT_EQ(at("2015-01-01", rules::Track::procedure), Rows{"AAA:applicant:certain"});
  EXPECT_EQ(at("2017-06-09", rules::Track::procedure), Rows{});
}

TEST_F(FoldTest, AnUncertainDateNeverGivesACertainAnswer) {
  load(ev("o", "observer_granted", "2020-12-11?", R"("AAA")", R"(, "attrs": {"confidence": "unconfirmed"})"));
  EXPECT_EQ(at("2024-01-01"), Rows{"AAA:observer:uncertain"});
}

TEST_F(FoldTest, AQuestionableEndCastsNoDoubtOnTheDaysBefore) {
  load(ev("f", "founded", "2000-10-10", R"("AAA")") + ev("d", "dissolved", "2015-01-01?", ""));
  EXPECT_EQ(at("2009-01-01"), Rows{"AAA:member:certain"});
  EXPECT_EQ(at("2015-01-01"), Rows{});
}

TEST_F(FoldTest, RetractionsHideAndKnownAtShowsThePast) {
  load(
      ev("j", "joined", "2001", R"("AAA")") +
      R"({"id": "j-fix", "type": "joined", "date": "2001-06-15", "org": "ORG_A", "actors": ["AAA"], "attrs": {"replaces": "j"}, "recorded_at": "2021-01-01T00:00:00Z", "sources": [{"source": "src-b", "quote": ""}]}
{"id": "r", "type": "retracted", "date": "2022-01-01", "attrs": {"event": "j-fix", "reason": "wrong"}, "recorded_at": "2022-01-01T00:00:00Z", "sources": [{"source": "src-b", "quote": ""}]}
)");
  auto t2020 = util::parse_timestamp("2020-06-01T00:00:00Z");
  auto t2021 = util::parse_timestamp("2021-06-01T00:00:00Z");
  // As known in 2020: only "2001".
  EXPECT_EQ(at("2001-03-01", rules::Track::standing, *t2020), Rows{"AAA:member:uncertain"});
  // In 2021 the correction replaced it: joined on 2001-06-15.
  EXPECT_EQ(at("2001-03-01", rules::Track::standing, *t2021), Rows{});
  EXPECT_EQ(at("2001-06-15", rules::Track::standing, *t2021), Rows{"AAA:member:certain"});
  // In 2022 the correction itself was retracted: "2001" holds again.
  EXPECT_EQ(at("2001-03-01"), Rows{"AAA:member:uncertain"});
}

}  // namespace
}  // namespace igo::query
