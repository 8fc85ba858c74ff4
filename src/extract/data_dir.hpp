// An extractor built straight from a source tree's data/ directory (its
// entities/*.jsonl and lexicon/**), with no packed registry: for the tests,
// the fuzzers and the benchmarks, which must see the data as it is now.
// The igo command builds its extractor from the registry it carries instead.
#pragma once

#include <memory>
#include <string>

#include "extract/extract.hpp"
#include "util/result.hpp"

namespace igo::extract {

// Reads every entity record under data_dir/entities (blank lines and lines
// starting with '#' skipped) and every file under data_dir/lexicon, then
// Extractor::build. Errors name the file and line (malformed JSON, a bad
// entity record, an unreadable file) or come from the lexicons.
Result<std::unique_ptr<Extractor>> build_from_data_dir(const std::string& data_dir);

}  // namespace igo::extract
