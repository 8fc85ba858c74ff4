// Shared by the fuzzers: the extractor built from the source tree's data/.
#pragma once

#include "extract/extract.hpp"

namespace igo::fuzz {

// Built on first use from IGO_SOURCE_DIR/data; aborts when it cannot be.
const extract::Extractor& extractor();

}  // namespace igo::fuzz
