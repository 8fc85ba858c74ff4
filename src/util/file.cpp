#include "util/file.hpp"

#include <fstream>
#include <sstream>

namespace igo::util {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    auto e = io_error("cannot open the file for reading");
    e.at(path);
    return e;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    auto e = io_error("read error");
    e.at(path);
    return e;
  }
  return std::move(buffer).str();
}

}  // namespace igo::util
