// Reading JSON Lines files with errors a user can act on.
//
// JsonlFile::read() loads a file and checks it before anything is parsed:
// a missing or unreadable file is io_error; a file with no records, invalid
// UTF-8 (reported at its line and column) or a line longer than
// `max_line_bytes` is invalid_argument. for_each() then parses each record
// line (blank lines and lines starting with '#' are skipped) and reports
// malformed JSON at file:line:column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "model/json.hpp"
#include "util/result.hpp"

namespace igo::store {

struct JsonlLimits {
  std::size_t max_line_bytes = std::size_t{1} << 20;  // 1 MiB
};

struct JsonlLine {
  std::uint32_t number = 0;  // 1-based
  std::string_view text;
};

class JsonlFile {
 public:
  static Result<JsonlFile> read(const std::string& path, JsonlLimits limits = {});
  static Result<JsonlFile> from_string(std::string name, std::string content, JsonlLimits limits = {});

  const std::string& name() const { return m_name; }
  std::size_t record_count() const { return m_records; }

  // Calls fn for each record line with its parsed JSON, in file order; stops
  // at the first error (of parsing or of fn).
  Status for_each(const std::function<Status(const JsonlLine&, model::Json&&)>& fn) const;

  // Adds file:line:column to an error about a record; the column is that of
  // the error's field in the line when it can be found, else 1.
  Error locate(Error error, const JsonlLine& line) const;

 private:
  JsonlFile(std::string name, std::string content) : m_name(std::move(name)), m_content(std::move(content)) {}
  Status check(JsonlLimits limits);

  std::string m_name;
  std::string m_content;
  std::size_t m_records = 0;
};

// The 1-based column where `field` (its top-level key, e.g. "sources" for
// "sources[0].source") appears as a key in `line`, or 0.
std::size_t field_column(std::string_view line, std::string_view field);

}  // namespace igo::store
