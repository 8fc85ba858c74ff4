// Random bytes as a news text. The first byte chooses the language (Arabic,
// English, detected) and whether a document date is given; the rest is the
// text. Whatever the input, extract() returns mentions or an Error; every
// mention's evidence must be the input's bytes [begin, end).
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
  if (size == 0) return 0;
  igo::extract::Options opt;
  switch (data[0] % 3) {
    case 0:
      opt.lang = igo::model::Lang::ar;
      break;
    case 1:
      opt.lang = igo::model::Lang::en;
      break;
    default:
      break;
  }
  if ((data[0] & 0x80U) != 0)
    opt.doc_date = igo::util::day_from_civil(2000 + (data[0] & 0x1F), 1 + (data[0] >> 5 & 3U) * 3, 15);
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto r = igo::fuzz::extractor().extract(text, opt);
  if (!r.ok()) return 0;
  for (const auto& m : *r) {
    if (m.begin > m.end || m.end > text.size() || text.substr(m.begin, m.end - m.begin) != m.evidence)
      std::abort();
    if (m.date && !igo::util::Date::parse(*m.date).ok()) std::abort();
  }
  return 0;
}
