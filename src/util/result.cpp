#include "util/result.hpp"

namespace igo {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::corruption:
      return "corruption";
    case ErrorCode::io_error:
      return "io_error";
  }
  return "unknown";
}

Error& Error::at(std::string file, std::uint32_t line, std::uint32_t column) {
  m_file = std::move(file);
  m_line = line;
  m_column = column;
  return *this;
}

Error& Error::in_field(std::string field) {
  m_field = std::move(field);
  return *this;
}

Error& Error::prefix(std::string_view context) {
  m_message = std::string(context) + ": " + m_message;
  return *this;
}

std::string Error::to_string() const {
  std::string out;
  if (!m_file.empty()) {
    out += m_file;
    if (m_line > 0) {
      out += ':' + std::to_string(m_line);
      if (m_column > 0) out += ':' + std::to_string(m_column);
    }
    out += ": ";
  }
  if (!m_field.empty()) out += "field `" + m_field + "`: ";
  out += m_message;
  return out;
}

Error not_found(std::string message) { return {ErrorCode::not_found, std::move(message)}; }
Error invalid_argument(std::string message) { return {ErrorCode::invalid_argument, std::move(message)}; }
Error conflict(std::string message) { return {ErrorCode::conflict, std::move(message)}; }
Error corruption(std::string message) { return {ErrorCode::corruption, std::move(message)}; }
Error io_error(std::string message) { return {ErrorCode::io_error, std::move(message)}; }

}  // namespace igo
