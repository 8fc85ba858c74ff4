// Random bytes as a date: as EDTF (util::Date::parse, whose output must parse
// back to itself) and as a text date expression (the extractor's date
// grammar, with and without a document date; every EDTF it gives must parse).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "corpus.hpp"
#include "util/edtf.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)igo::fuzz::extractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = igo::util::Date::parse(text); d.ok()) {
    auto again = igo::util::Date::parse(d->to_string());
    if (!again.ok() || again->to_string() != d->to_string() || again->lo() != d->lo() ||
        again->hi() != d->hi()) {
      std::abort();
    }
  }
  for (int with_date = 0; with_date < 2; ++with_date) {
    igo::extract::Options opt;
    if (with_date != 0) opt.doc_date = igo::util::day_from_civil(2017, 6, 9);
    auto r = igo::fuzz::extractor().dates(text, opt);
    if (!r.ok()) continue;
    for (const auto& [words, edtf] : *r) {
      if (!edtf.empty() && !igo::util::Date::parse(edtf).ok()) std::abort();
    }
  }
  return 0;
}
