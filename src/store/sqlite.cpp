#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <cstring>

namespace igo::store {
namespace {

Error sqlite_error(sqlite3* db, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  int code = db != nullptr ? sqlite3_errcode(db) : SQLITE_NOMEM;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return corruption(message);
  if (code == SQLITE_CONSTRAINT) return conflict(message);
  return io_error(message);
}

}  // namespace

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt) { other.m_stmt = nullptr; }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_stmt = other.m_stmt;
    other.m_stmt = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }

void Statement::bind(int index, std::string_view value) {
  sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind_or_null(int index, std::string_view value) {
  if (value.empty()) {
    bind_null(index);
  } else {
    bind(index, value);
  }
}

void Statement::bind_null(int index) { sqlite3_bind_null(m_stmt, index); }

Result<bool> Statement::step() {
  int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return sqlite_error(sqlite3_db_handle(m_stmt), "SQLite step failed");
}

Status Statement::run() {
  IGO_TRY(step());
  reset();
  return {};
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string_view Statement::text(int column) const {
  const auto* p = sqlite3_column_text(m_stmt, column);
  if (p == nullptr) return {};
  auto n = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
  return {reinterpret_cast<const char*>(p), n};
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Result<Database> Database::open(const std::string& path, OpenMode mode) {
  sqlite3* db = nullptr;
  int flags =
      mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Database out(db, path);
  if (rc != SQLITE_OK) return sqlite_error(db, "cannot open " + path);
  sqlite3_extended_result_codes(db, 0);
  return out;
}

Result<Database> Database::open_memory() {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  Database out(db, ":memory:");
  if (rc != SQLITE_OK) return sqlite_error(db, "cannot open an in-memory database");
  return out;
}

Result<Database> Database::open_image(std::span<const std::byte> image) {
  IGO_TRY_ASSIGN(auto out, open_memory());
  auto size = static_cast<sqlite3_int64>(image.size());
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
  if (copy == nullptr && !image.empty()) return io_error("out of memory for the database image");
  if (!image.empty()) std::memcpy(copy, image.data(), image.size());
  int rc = sqlite3_deserialize(out.handle(), "main", copy, size, size,
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
  if (rc != SQLITE_OK) return sqlite_error(out.handle(), "cannot load the database image");
  out.m_path = "<built-in>";
  return out;
}

Status Database::exec(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string what = message != nullptr ? message : "unknown error";
    sqlite3_free(message);
    auto e = sqlite_error(m_db.get(), "SQLite");
    return Error(e.code(), "SQLite: " + what);
  }
  return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt, nullptr);
  if (rc != SQLITE_OK) return sqlite_error(m_db.get(), "cannot prepare SQL");
  return Statement(stmt);
}

Result<std::string> Database::serialize() {
  sqlite3_int64 size = 0;
  unsigned char* data = sqlite3_serialize(m_db.get(), "main", &size, 0);
  if (data == nullptr) return io_error("cannot serialize the database");
  std::string out(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
  sqlite3_free(data);
  return out;
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db.get()); }

Result<Transaction> Transaction::begin(Database& db) {
  IGO_TRY(db.exec("BEGIN IMMEDIATE"));
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (m_db != nullptr) (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit() {
  IGO_TRY(m_db->exec("COMMIT"));
  m_db = nullptr;
  return {};
}

}  // namespace igo::store
