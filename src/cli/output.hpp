// Internal to cli: tables printed aligned for people or as CSV for tools.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace igo::cli {

enum class Format : std::uint8_t { table, json, csv };

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : m_headers(std::move(headers)) {}
  void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
  bool empty() const { return m_rows.empty(); }
  std::size_t size() const { return m_rows.size(); }
  // Aligned columns (display width aware) for Format::table; RFC 4180 CSV
  // with a header line for Format::csv.
  void print(std::ostream& out, Format format) const;

 private:
  std::vector<std::string> m_headers;
  std::vector<std::vector<std::string>> m_rows;
};

std::string csv_field(const std::string& text);

}  // namespace igo::cli
