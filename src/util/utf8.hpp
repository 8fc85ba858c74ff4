// UTF-8 checks and display widths.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace igo::util {

// The byte offset of the first ill-formed UTF-8 sequence, or nullopt when the
// whole text is well-formed (overlongs, surrogates and values past U+10FFFF
// are ill-formed).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) { return !find_invalid_utf8(text); }

// Number of code points; the 1-based column of byte offset `byte` in `line`.
std::size_t count_code_points(std::string_view text);
std::size_t column_of(std::string_view line, std::size_t byte);

// Terminal columns the text takes: East Asian wide and full-width characters
// count two, combining marks and other zero-width characters none.
std::size_t display_width(std::string_view text);

}  // namespace igo::util
