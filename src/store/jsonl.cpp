#include "store/jsonl.hpp"

#include "util/file.hpp"
#include "util/utf8.hpp"

namespace igo::store {
namespace {

bool is_record_line(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') continue;
    return c != '#';
  }
  return false;
}

// nlohmann's message without its "[json.exception...] parse error at line 1,
// column N: " prefix.
std::string json_reason(const std::string& what) {
  auto pos = what.find(": ");
  auto col = what.find("column ");
  if (col != std::string::npos) {
    auto after = what.find(": ", col);
    if (after != std::string::npos) return "malformed JSON: " + what.substr(after + 2);
  }
  if (pos != std::string::npos) return "malformed JSON: " + what.substr(pos + 2);
  return "malformed JSON: " + what;
}

}  // namespace

std::size_t field_column(std::string_view line, std::string_view field) {
  auto end = field.find_first_of(".[");
  std::string key = "\"" + std::string(field.substr(0, end)) + "\"";
  std::size_t from = 0;
  while (true) {
    auto pos = line.find(key, from);
    if (pos == std::string_view::npos) return 0;
    auto after = pos + key.size();
    while (after < line.size() && (line[after] == ' ' || line[after] == '\t')) ++after;
    if (after < line.size() && line[after] == ':') return util::column_of(line, pos);
    from = pos + 1;
  }
}

Result<JsonlFile> JsonlFile::read(const std::string& path, JsonlLimits limits) {
  IGO_TRY_ASSIGN(auto content, util::read_file(path));
  return from_string(path, std::move(content), limits);
}

Result<JsonlFile> JsonlFile::from_string(std::string name, std::string content, JsonlLimits limits) {
  JsonlFile file(std::move(name), std::move(content));
  IGO_TRY(file.check(limits));
  return file;
}

Status JsonlFile::check(JsonlLimits limits) {
  if (m_content.rfind("\xEF\xBB\xBF", 0) == 0) m_content.erase(0, 3);  // a UTF-8 BOM
  std::string_view all(m_content);
  std::uint32_t number = 0;
  std::size_t start = 0;
  while (start < all.size()) {
    auto nl = all.find('\n', start);
    auto end = nl == std::string_view::npos ? all.size() : nl;
    std::string_view line = all.substr(start, end - start);
    ++number;
    if (line.size() > limits.max_line_bytes) {
      auto e = invalid_argument("line is " + std::to_string(line.size()) + " bytes long; the limit is " +
                                std::to_string(limits.max_line_bytes) + " bytes per record");
      e.at(m_name, number, 1);
      return e;
    }
    if (auto bad = util::find_invalid_utf8(line)) {
      auto e = invalid_argument("invalid UTF-8 (byte " + std::to_string(*bad + 1) +
                                " of the line); the file must be UTF-8");
      e.at(m_name, number, static_cast<std::uint32_t>(util::column_of(line, *bad)));
      return e;
    }
    if (is_record_line(line)) ++m_records;
    start = end + 1;
  }
  if (m_records == 0) {
    auto e = invalid_argument("empty file: no records (expected one JSON object per line)");
    e.at(m_name);
    return e;
  }
  return {};
}

Status JsonlFile::for_each(const std::function<Status(const JsonlLine&, model::Json&&)>& fn) const {
  std::string_view all(m_content);
  JsonlLine line;
  std::size_t start = 0;
  while (start < all.size()) {
    auto nl = all.find('\n', start);
    auto end = nl == std::string_view::npos ? all.size() : nl;
    line.text = all.substr(start, end - start);
    if (!line.text.empty() && line.text.back() == '\r') line.text.remove_suffix(1);
    ++line.number;
    start = end + 1;
    if (!is_record_line(line.text)) continue;
    model::Json json;
    try {
      json = model::Json::parse(line.text);
    } catch (const model::Json::parse_error& ex) {
      auto byte = ex.byte > 0 ? ex.byte - 1 : 0;
      auto e = invalid_argument(json_reason(ex.what()));
      e.at(m_name, line.number, static_cast<std::uint32_t>(util::column_of(line.text, byte)));
      return e;
    }
    if (!json.is_object()) {
      auto e = invalid_argument("expected a JSON object on each line");
      e.at(m_name, line.number, 1);
      return e;
    }
    IGO_TRY(fn(line, std::move(json)));
  }
  return {};
}

Error JsonlFile::locate(Error error, const JsonlLine& line) const {
  std::size_t column = error.field().empty() ? 0 : field_column(line.text, error.field());
  error.at(m_name, line.number, static_cast<std::uint32_t>(column == 0 ? 1 : column));
  return error;
}

}  // namespace igo::store
