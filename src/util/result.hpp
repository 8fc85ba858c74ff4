// Result<T> and Error: how every igo function reports an expected failure.
//
// An Error carries one of five codes (the closed set below), a message that a
// user can act on, and optionally where the bad input is: a file, a line and
// a column (1-based), and the field of a record. Error::to_string() renders
// "file:line:column: field `f`: message" with the parts that are known.
//
// Result<T> holds either a T or an Error; it is [[nodiscard]], so an ignored
// failure is a compile error. IGO_TRY / IGO_TRY_ASSIGN return early with the
// error, as ccache's TRY does. Exceptions are not used for expected failures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace igo {

enum class ErrorCode : std::uint8_t { not_found, invalid_argument, conflict, corruption, io_error };

std::string_view to_string(ErrorCode code);

class [[nodiscard]] Error {
 public:
  Error(ErrorCode code, std::string message) : m_code(code), m_message(std::move(message)) {}

  ErrorCode code() const { return m_code; }
  const std::string& message() const { return m_message; }
  const std::string& file() const { return m_file; }
  std::uint32_t line() const { return m_line; }
  std::uint32_t column() const { return m_column; }
  const std::string& field() const { return m_field; }

  // Adds where the bad input is; returns *this so calls chain.
  Error& at(std::string file, std::uint32_t line = 0, std::uint32_t column = 0);
  Error& in_field(std::string field);
  // Puts "context: " in front of the message.
  Error& prefix(std::string_view context);

  // "file:line:column: field `f`: message", leaving out what is unknown.
  std::string to_string() const;

 private:
  ErrorCode m_code;
  std::string m_message;
  std::string m_file;
  std::uint32_t m_line = 0;
  std::uint32_t m_column = 0;
  std::string m_field;
};

Error not_found(std::string message);
Error invalid_argument(std::string message);
Error conflict(std::string message);
Error corruption(std::string message);
Error io_error(std::string message);

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error)
      : m_v(std::in_place_index<1>, std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return m_v.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(m_v); }
  const T& value() const& { return std::get<0>(m_v); }
  T&& value() && { return std::get<0>(std::move(m_v)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const& { return std::get<1>(m_v); }
  Error&& error() && { return std::get<1>(std::move(m_v)); }

 private:
  std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return !m_error.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const& { return *m_error; }
  Error&& error() && { return std::move(*m_error); }

 private:
  std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace igo

#define IGO_CONCAT_INNER(a, b) a##b
#define IGO_CONCAT(a, b) IGO_CONCAT_INNER(a, b)

// Returns the error of `expr` (a Result) from the enclosing function.
#define IGO_TRY(expr)                            \
  do {                                           \
    auto&& igo_try_result_ = (expr);             \
    if (!igo_try_result_.ok()) {                 \
      return std::move(igo_try_result_).error(); \
    }                                            \
  } while (false)

// Declares `decl` from the value of `expr`, or returns its error.
#define IGO_TRY_ASSIGN(decl, expr) IGO_TRY_ASSIGN_IMPL(IGO_CONCAT(igo_tmp_, __LINE__), decl, expr)
// `decl` is a declaration (or an lvalue), so it cannot be parenthesized.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define IGO_TRY_ASSIGN_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                         \
  if (!tmp.ok()) {                           \
    return std::move(tmp).error();           \
  }                                          \
  decl = std::move(tmp).value()
// NOLINTEND(bugprone-macro-parentheses)
