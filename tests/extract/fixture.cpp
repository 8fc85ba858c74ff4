#include "fixture.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "extract/data_dir.hpp"
#include "util/edtf.hpp"
#include "util/file.hpp"

namespace igo::test {
namespace {

std::unique_ptr<extract::Extractor> build() {
  auto x = extract::build_from_data_dir(IGO_SOURCE_DIR "/data");
  if (!x.ok()) {
    ADD_FAILURE() << x.error().to_string();
    return nullptr;
  }
  return std::move(*x);
}

extract::Options options(std::string_view doc_date, std::optional<model::Lang> lang) {
  extract::Options o;
  o.lang = lang;
  if (!doc_date.empty()) o.doc_date = *util::parse_day(doc_date);
  return o;
}

}  // namespace

std::string read_text(const std::string& path) {
  auto text = util::read_file(path);
  return text.ok() ? std::move(*text) : std::string();
}

const extract::Extractor& extractor() {
  static const std::unique_ptr<extract::Extractor> k_x = build();
  return *k_x;
}

std::vector<extract::Mention> mentions(std::string_view text, std::string_view doc_date,
                                       std::optional<model::Lang> lang) {
  auto r = extractor().extract(text, options(doc_date, lang));
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? *r : std::vector<extract::Mention>{};
}

std::vector<std::pair<std::string, std::string>> dates(std::string_view text, std::string_view doc_date) {
  auto r = extractor().dates(text, options(doc_date, std::nullopt));
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : std::vector<std::pair<std::string, std::string>>{};
}

std::string one_date(std::string_view text, std::string_view doc_date) {
  auto d = dates(text, doc_date);
  if (d.size() != 1) return "<" + std::to_string(d.size()) + " dates>";
  return d.front().second;
}

const extract::Mention* find(const std::vector<extract::Mention>& ms, model::EventType type) {
  for (const auto& m : ms) {
    if (m.type == type) return &m;
  }
  return nullptr;
}

}  // namespace igo::test
