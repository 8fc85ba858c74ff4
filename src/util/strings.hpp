// Small string helpers that the standard library lacks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace igo::util {

std::vector<std::string_view> split(std::string_view text, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string_view trim(std::string_view text);
// ASCII-only case mapping (ids and keywords are ASCII).
std::string ascii_lower(std::string_view text);
std::string ascii_upper(std::string_view text);

}  // namespace igo::util
