#include "util/time.hpp"

#include <gtest/gtest.h>

namespace igo::util {
namespace {

TEST(TimeTest, ParsesAndFormatsUtcTimestamps) {
  auto t = parse_timestamp("2026-11-28T00:44:14Z");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(format_timestamp(*t), "2026-11-28T00:44:14Z");
  auto f = parse_timestamp("2026-11-28T00:44:14.5Z");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(*f - *t, 500000);
  EXPECT_EQ(format_timestamp(*f), "2026-11-28T00:44:14.500000Z");
}

TEST(TimeTest, ABareDayIsItsFirstOrLastInstant) {
  auto start = parse_timestamp("2024-07-04");
  auto end = parse_timestamp("2024-07-04", DayBound::end);
  ASSERT_TRUE(start.ok() && end.ok());
  EXPECT_EQ(format_timestamp(*start), "2024-07-04T00:00:00Z");
  EXPECT_EQ(format_timestamp(*end), "2024-07-04T23:59:59.999999Z");
}

TEST(TimeTest, RejectsWhatIsNotAUtcTimestamp) {
  for (const char* text :
       {"", "2024", "2024-07-04T25:00:00Z", "2024-07-04T10:00:00", "2024-07-04T10:00:00+02:00", "2024-02-30",
        "2024-07-04T10:00:00.1234567Z", "2024-07-04 10:00:00Z"}) {
    auto t = parse_timestamp(text);
    EXPECT_FALSE(t.ok()) << text;
  }
}

TEST(TimeTest, FixedClockReturnsWhatItWasSetToAndSteps) {
  FixedClock clock(100, 10);
  EXPECT_EQ(clock.now(), 100);
  EXPECT_EQ(clock.now(), 110);
  clock.set(5);
  EXPECT_EQ(clock.now(), 5);
}

TEST(TimeTest, SystemClockIsAfter2025) {
  SystemClock clock;
  EXPECT_GT(clock.now(), *parse_timestamp("2025-01-01"));
}

}  // namespace
}  // namespace igo::util
