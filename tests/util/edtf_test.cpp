#include "util/edtf.hpp"

#include <gtest/gtest.h>

#include <random>

namespace igo::util {
namespace {

Date parse(const char* text) {
  auto d = Date::parse(text);
  EXPECT_TRUE(d.ok()) << text << ": " << (d.ok() ? "" : d.error().to_string());
  return d.ok() ? *d : Date{};
}

Day day(int y, unsigned m, unsigned d) { return day_from_civil(y, m, d); }

TEST(EdtfTest, ParsesAndPrintsEveryFormInDesign) {
  for (const char* text :
       {"2017-06-09", "2017-06", "2017", "2025-08-31/2025-09-01", "../2007", "2007/..", "2004?", "2004~",
        "2004%", "2004-06?", "2005-07-05~", "/2007", "2007/", "2001/2003-05", "1996-04-25?/1996-04-26"}) {
    EXPECT_EQ(parse(text).to_string(), text);
  }
}

TEST(EdtfTest, ADayIsOneDay) {
  auto d = parse("2017-06-09");
  EXPECT_EQ(d.lo(), day(2017, 6, 9));
  EXPECT_EQ(d.hi(), day(2017, 6, 9));
  EXPECT_EQ(d.precision(), Precision::day);
  EXPECT_TRUE(d.is_exact_day());
}

TEST(EdtfTest, AMonthAndAYearCoverAllTheirDays) {
  auto m = parse("2016-02");
  EXPECT_EQ(m.lo(), day(2016, 2, 1));
  EXPECT_EQ(m.hi(), day(2016, 2, 29));
  EXPECT_EQ(m.precision(), Precision::month);
  auto y = parse("2001");
  EXPECT_EQ(y.lo(), day(2001, 1, 1));
  EXPECT_EQ(y.hi(), day(2001, 12, 31));
  EXPECT_TRUE(y.contains(day(2001, 3, 1)));
  EXPECT_FALSE(y.contains(day(2002, 1, 1)));
  EXPECT_FALSE(y.is_exact_day());
}

TEST(EdtfTest, IntervalsAndOpenEnds) {
  auto i = parse("2025-08-31/2025-09-01");
  EXPECT_TRUE(i.is_interval());
  EXPECT_EQ(i.lo(), day(2025, 8, 31));
  EXPECT_EQ(i.hi(), day(2025, 9, 1));
  auto by = parse("../2007");
  EXPECT_EQ(by.start_bound(), Bound::open);
  EXPECT_EQ(by.lo(), k_min_day);
  EXPECT_EQ(by.hi(), day(2007, 12, 31));
  EXPECT_EQ(by.precision(), Precision::year);
  auto from = parse("2007/..");
  EXPECT_EQ(from.lo(), day(2007, 1, 1));
  EXPECT_EQ(from.hi(), k_max_day);
  auto unknown = parse("2007/");
  EXPECT_EQ(unknown.end_bound(), Bound::unknown);
}

TEST(EdtfTest, ApproximateWidensByOneUnitAndUncertainMarks) {
  auto y = parse("2004~");
  EXPECT_EQ(y.lo(), day(2003, 1, 1));
  EXPECT_EQ(y.hi(), day(2005, 12, 31));
  EXPECT_TRUE(y.is_approximate());
  auto m = parse("2004-12~");
  EXPECT_EQ(m.lo(), day(2004, 11, 1));
  EXPECT_EQ(m.hi(), day(2005, 1, 31));
  auto d = parse("2004-03-01~");
  EXPECT_EQ(d.lo(), day(2004, 2, 29));
  auto u = parse("2004?");
  EXPECT_EQ(u.lo(), day(2004, 1, 1));
  EXPECT_TRUE(u.is_uncertain());
  EXPECT_FALSE(u.is_approximate());
  EXPECT_TRUE(parse("2004%").is_uncertain());
  EXPECT_TRUE(parse("2004%").is_approximate());
}

TEST(EdtfTest, ImpossibleDatesAreErrors) {
  for (const char* text :
       {"2001-02-30", "2001-13", "2001-00", "2001-06-31", "1900-02-29", "2001-02-29", "2001-06-00"}) {
    auto d = Date::parse(text);
    ASSERT_FALSE(d.ok()) << text;
    EXPECT_EQ(d.error().code(), ErrorCode::invalid_argument);
    EXPECT_NE(d.error().message().find("does not exist"), std::string::npos) << d.error().message();
  }
  EXPECT_TRUE(Date::parse("2000-02-29").ok());
  EXPECT_TRUE(Date::parse("2024-02-29").ok());
}

TEST(EdtfTest, MalformedTextIsAnErrorThatSaysWhatIsExpected) {
  for (const char* text :
       {"", "201", "20017", "2001-1", "2001-01-1", "2001-06-09T00", "June 2001", "2001??", "../..", "/",
        "2001/2002/2003", "2003/2001", "2001-06-09/2001-06-08", " 2001", "2001 "}) {
    auto d = Date::parse(text);
    ASSERT_FALSE(d.ok()) << "accepted \"" << text << "\"";
    EXPECT_NE(d.error().message().find("expected YYYY"), std::string::npos);
  }
}

TEST(EdtfTest, ComparesByRangeAndTestsOverlap) {
  auto a = parse("2001");
  auto b = parse("2001-06-15");
  auto c = parse("2002");
  EXPECT_TRUE(a < b);  // 2001 starts before 2001-06-15
  EXPECT_TRUE(b < c);
  EXPECT_TRUE(a.covers(b));
  EXPECT_FALSE(b.covers(a));
  EXPECT_TRUE(a.overlaps(b));
  EXPECT_FALSE(a.overlaps(c));
  EXPECT_EQ(parse("2001-06"), parse("2001-06"));
  EXPECT_FALSE(parse("2001-06") == parse("2001-06?"));
}

TEST(EdtfTest, DayConversionsRoundTrip) {
  EXPECT_EQ(day(1970, 1, 1), 0);
  EXPECT_EQ(format_day(day(2017, 6, 9)), "2017-06-09");
  EXPECT_EQ(format_day(day(1, 1, 1)), "0001-01-01");
  auto parsed = parse_day("2023-07-04");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, day(2023, 7, 4));
  EXPECT_FALSE(parse_day("2023-07").ok());
  EXPECT_FALSE(parse_day("2023-07-04?").ok());
}

// print(parse(x)) == x over generated dates of every shape.
TEST(EdtfTest, RoundTripsGeneratedDates) {
  std::mt19937 rng(20261128);
  auto point = [&](std::string& out) {
    int year = std::uniform_int_distribution<int>(0, 9999)(rng);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", year);
    out += buf;
    int shape = std::uniform_int_distribution<int>(0, 2)(rng);
    if (shape >= 1) {
      unsigned month = std::uniform_int_distribution<unsigned>(1, 12)(rng);
      std::snprintf(buf, sizeof buf, "-%02u", month);
      out += buf;
      if (shape == 2) {
        DatePoint p{year, month, 0, false, false};
        int y2 = 0;
        unsigned m2 = 0;
        unsigned last = 0;
        civil_from_day(p.last_day(), y2, m2, last);
        unsigned d = std::uniform_int_distribution<unsigned>(1, last)(rng);
        std::snprintf(buf, sizeof buf, "-%02u", d);
        out += buf;
      }
    }
    int q = std::uniform_int_distribution<int>(0, 5)(rng);
    if (q == 1) out += '?';
    if (q == 2) out += '~';
    if (q == 3) out += '%';
  };
  int checked = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    int kind = std::uniform_int_distribution<int>(0, 4)(rng);
    if (kind <= 1) {
      point(text);
    } else if (kind == 2) {
      text = "../";
      point(text);
    } else if (kind == 3) {
      point(text);
      text += "/..";
    } else {
      std::string a;
      std::string b;
      point(a);
      point(b);
      text = a;
      text += '/';
      text += b;
    }
    auto d = Date::parse(text);
    if (!d.ok()) {
      // Only a reversed interval may be rejected.
      EXPECT_NE(d.error().message().find("ends before it starts"), std::string::npos) << text;
      continue;
    }
    EXPECT_EQ(d->to_string(), text);
    auto again = Date::parse(d->to_string());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->lo(), d->lo());
    EXPECT_EQ(again->hi(), d->hi());
    ++checked;
  }
  EXPECT_GT(checked, 14000);
}

}  // namespace
}  // namespace igo::util
