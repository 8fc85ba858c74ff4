// Internal to extract: reading the lexicon files' sections (lexicon.cpp:
// trigger classes, contexts, clitics, objects and statuses, the whole build;
// lexicon_sections.cpp: dates and discourse words).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "model/json.hpp"
#include "util/result.hpp"

namespace igo::extract::detail {

using model::Json;

struct Ctx {
  Resources& res;
  Lexicon& lex;
  std::string file;
  std::string section;

  Error fail(const std::string& what) const {
    auto e = invalid_argument(what);
    e.at(file).in_field(section);
    return e;
  }
};

Result<std::vector<std::string>> strings(const Ctx& c, const Json& j);
Result<std::vector<std::pair<std::string, int>>> numbers(const Ctx& c, const Json& j);
Status add_list(Ctx& c, const Json& j, Cat cat, std::uint32_t value = 0);
std::optional<Direction> parse_direction(std::string_view s);
std::optional<Unit> parse_unit(std::string_view s);

// lexicon_sections.cpp
Status load_dates(Ctx& c, const Json& doc);
Status load_discourse(Ctx& c, const Json& doc);

}  // namespace igo::extract::detail
