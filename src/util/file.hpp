// Reading a whole file: the one place igo opens a file for its bytes.
#pragma once

#include <string>

#include "util/result.hpp"

namespace igo::util {

// The file's bytes, unchanged. An io_error located at `path` when the file
// cannot be opened ("cannot open the file for reading") or read ("read error").
Result<std::string> read_file(const std::string& path);

}  // namespace igo::util
