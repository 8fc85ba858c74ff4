// Shared by the extract tests: the extractor built straight from the source
// tree's data/ (entities and lexicons), once per process, and shorthands.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.hpp"

namespace igo::test {

const extract::Extractor& extractor();

// Mentions of `text`; `doc_date` is YYYY-MM-DD or "" (none).
std::vector<extract::Mention> mentions(std::string_view text, std::string_view doc_date = "",
                                       std::optional<model::Lang> lang = std::nullopt);

// The date expressions of `text`: (words, EDTF or "").
std::vector<std::pair<std::string, std::string>> dates(std::string_view text, std::string_view doc_date = "");

// The EDTF of the only date expression of `text` ("" when none or unresolved;
// "<n dates>" when there are several).
std::string one_date(std::string_view text, std::string_view doc_date = "");

// The first mention of `type`, or nullptr.
const extract::Mention* find(const std::vector<extract::Mention>& ms, model::EventType type);

std::string read_text(const std::string& path);

}  // namespace igo::test
