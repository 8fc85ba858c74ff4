#include "util/result.hpp"

#include <gtest/gtest.h>

namespace igo {
namespace {

Result<int> half(int x) {
  if (x % 2 != 0) return invalid_argument(std::to_string(x) + " is odd");
  return x / 2;
}

Result<int> quarter(int x) {
  IGO_TRY_ASSIGN(int h, half(x));
  IGO_TRY_ASSIGN(int q, half(h));
  return q;
}

Status check_even(int x) {
  IGO_TRY(half(x));
  return {};
}

TEST(ResultTest, TryPropagatesTheFirstError) {
  EXPECT_EQ(*quarter(8), 2);
  auto r = quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), "3 is odd");
  EXPECT_TRUE(check_even(4).ok());
  EXPECT_EQ(check_even(5).error().code(), ErrorCode::invalid_argument);
}

TEST(ResultTest, ErrorsRenderWhereTheBadInputIs) {
  auto e = invalid_argument("impossible date 2001-02-30");
  EXPECT_EQ(e.to_string(), "impossible date 2001-02-30");
  e.in_field("date").at("facts.jsonl", 12, 40);
  EXPECT_EQ(e.to_string(), "facts.jsonl:12:40: field `date`: impossible date 2001-02-30");
  auto f = io_error("cannot open");
  f.at("x.jsonl");
  EXPECT_EQ(f.to_string(), "x.jsonl: cannot open");
  EXPECT_EQ(to_string(ErrorCode::corruption), "corruption");
}

}  // namespace
}  // namespace igo
