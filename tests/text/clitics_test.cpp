// text::Segmenter: proclitic and enclitic readings kept only against a vocabulary.
#include "text/clitics.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"

namespace igo::text {
namespace {

class CliticsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CliticRules r;
    auto pro = [&](const char* form, std::uint8_t f, const char* restore = "") {
      r.proclitics.push_back({normalize_key(form), normalize_key(restore), f});
    };
    pro("و", k_clitic_conj);
    pro("ب", k_clitic_prep);
    pro("ل", k_clitic_prep);
    pro("س", k_clitic_future);
    pro("ال", k_clitic_article);
    pro("لل", k_clitic_prep | k_clitic_article, "ال");
    pro("وال", k_clitic_conj | k_clitic_article);
    r.enclitics = {normalize_key("ها"), normalize_key("هم")};
    r.stem_final = {{normalize_key("ت"), normalize_key("ة")}};
    seg = Segmenter(r);
    for (const char* w : {"باكستان", "الهند", "التعاون", "انضمام", "عضوية", "بيلاروسيا", "تنضم", "هند"}) {
      vocab.intern(normalize_key(w));
    }
  }
  std::vector<std::string> readings(const char* word) {
    std::vector<Analysis> out;
    std::string w = normalize_key(word);
    seg.analyze(w, vocab, out);
    std::vector<std::string> r;
    r.reserve(out.size());
    for (const auto& a : out) r.emplace_back(vocab.text(a.key));
    return r;
  }
  Segmenter seg;
  Vocabulary vocab;
};

TEST_F(CliticsTest, WholeWordFirst) {
  // بيلاروسيا is a name; its ب is not the preposition.
  EXPECT_EQ(readings("بيلاروسيا").front(), normalize_key("بيلاروسيا"));
}

TEST_F(CliticsTest, ProcliticsAgainstTheLexicon) {
  EXPECT_EQ(readings("وباكستان"), (std::vector<std::string>{normalize_key("باكستان")}));
  auto r = readings("بالهند");
  EXPECT_NE(std::find(r.begin(), r.end(), normalize_key("الهند")), r.end());
  EXPECT_TRUE(readings("وبريطانيا").empty());
}

TEST_F(CliticsTest, LilRestoresTheArticle) {
  auto r = readings("للتعاون");
  EXPECT_NE(std::find(r.begin(), r.end(), normalize_key("التعاون")), r.end());
  auto j = readings("للانضمام");
  EXPECT_NE(std::find(j.begin(), j.end(), normalize_key("انضمام")), j.end());
}

TEST_F(CliticsTest, FutureAndFeatures) {
  std::vector<Analysis> out;
  seg.analyze(normalize_key("ستنضم"), vocab, out);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].features, k_clitic_future);
  EXPECT_EQ(out[0].pro_len, 2U);
}

TEST_F(CliticsTest, EncliticsAndStemFinalRestore) {
  auto r = readings("انضمامها");
  EXPECT_NE(std::find(r.begin(), r.end(), normalize_key("انضمام")), r.end());
  auto s = readings("عضويتها");
  EXPECT_NE(std::find(s.begin(), s.end(), normalize_key("عضوية")), s.end());
}

TEST_F(CliticsTest, StemsKeepTwoLetters) {
  vocab.intern(normalize_key("ن"));
  EXPECT_TRUE(readings("ون").empty());
}

}  // namespace
}  // namespace igo::text
