#include "corpus.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "extract/data_dir.hpp"

namespace igo::fuzz {
namespace {

std::unique_ptr<extract::Extractor> build() {
  auto x = extract::build_from_data_dir(IGO_SOURCE_DIR "/data");
  if (!x.ok()) {
    std::fprintf(stderr, "fuzz: %s\n", x.error().to_string().c_str());
    std::abort();
  }
  return std::move(*x);
}

}  // namespace

const extract::Extractor& extractor() {
  static const std::unique_ptr<extract::Extractor> k_x = build();
  return *k_x;
}

}  // namespace igo::fuzz
