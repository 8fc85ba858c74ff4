// A thin RAII layer over SQLite: a connection, prepared statements, and a
// transaction that rolls back unless committed. Every failure is an Error
// carrying SQLite's message. Not thread-safe: one connection per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "util/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace igo::store {

class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based. An empty string_view binds NULL when `empty_is_null`.
  void bind(int index, std::int64_t value);
  void bind(int index, std::string_view value);
  void bind_or_null(int index, std::string_view value);
  void bind_null(int index);

  // Advances; true when a row is available, false when done.
  Result<bool> step();
  // Runs a statement that returns no rows.
  Status run();
  void reset();

  std::int64_t int64(int column) const;
  // The text of a column; valid until the next step() or reset(). NULL is "".
  std::string_view text(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3_stmt* m_stmt = nullptr;
};

enum class OpenMode : std::uint8_t { read_only, read_write_create };

class Database {
 public:
  static Result<Database> open(const std::string& path, OpenMode mode);
  static Result<Database> open_memory();
  // A read-only database over a serialized image (sqlite3_deserialize); the
  // bytes are copied.
  static Result<Database> open_image(std::span<const std::byte> image);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() = default;

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  // The whole database as bytes (sqlite3_serialize).
  Result<std::string> serialize();
  std::int64_t last_insert_rowid() const;
  sqlite3* handle() const { return m_db.get(); }
  const std::string& path() const { return m_path; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

  std::unique_ptr<sqlite3, Closer> m_db;
  std::string m_path;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit()
// succeeded.
class Transaction {
 public:
  static Result<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Database* db) : m_db(db) {}
  Database* m_db;
};

}  // namespace igo::store
