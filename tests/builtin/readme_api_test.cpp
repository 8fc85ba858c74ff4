// The README's "Library API" example, as written there, on the built-in
// registry: if the API changes, the README has to change with it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "builtin/builtin.hpp"
#include "builtin/image.hpp"
#include "query/queries.hpp"

namespace igo::builtin {
namespace {

TEST(ReadmeApiTest, MembersOfTheScoOnTheDayIndiaAndPakistanJoined) {
  // --- as in README.md ---
  auto reg = igo::builtin::open_registry(igo::builtin::image(), std::nullopt).value();
  const auto& view = reg->view(/*known_at=*/std::nullopt);
  std::vector<igo::query::StatusAt> rows;
  igo::query::statuses_at(view, reg->sym("SCO"), *igo::util::parse_day("2017-06-09"),
                          igo::rules::Track::standing, rows);
  // --- end ---
  std::vector<std::string> members;
  for (const auto& r : rows) {
    if (reg->name(r.status) != "member") continue;
    members.emplace_back(reg->name(r.state));
    EXPECT_TRUE(r.certain) << reg->name(r.state);
    ASSERT_NE(r.interval, nullptr);
    EXPECT_FALSE(view.start_claims(*r.interval).empty()) << "no event behind " << reg->name(r.state);
  }
  std::sort(members.begin(), members.end());  // rows come in symbol order
  EXPECT_EQ(members, (std::vector<std::string>{"CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"}));
}

}  // namespace
}  // namespace igo::builtin
