#include "cli/output.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace igo::cli {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void Table::print(std::ostream& out, Format format) const {
  if (format == Format::csv) {
    auto line = [&](const std::vector<std::string>& cells) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out << ',';
        out << csv_field(cells[i]);
      }
      out << '\n';
    };
    line(m_headers);
    for (const auto& row : m_rows) line(row);
    return;
  }
  std::vector<std::size_t> widths(m_headers.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], util::display_width(cells[i]));
    }
  };
  measure(m_headers);
  for (const auto& row : m_rows) measure(row);
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      text += cells[i];
      if (i + 1 < cells.size()) {
        text.append(widths[i] - std::min(widths[i], util::display_width(cells[i])) + 2, ' ');
      }
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(m_headers);
  for (const auto& row : m_rows) line(row);
}

}  // namespace igo::cli
