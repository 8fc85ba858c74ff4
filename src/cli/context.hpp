// Internal to cli: what every command needs: the global options, the
// registry (opened on first use), id resolution and date parsing.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cli/cli.hpp"
#include "cli/output.hpp"
#include "model/types.hpp"
#include "query/queries.hpp"
#include "query/registry.hpp"

namespace igo::cli {

struct Globals {
  std::string db;
  std::string known_at;
  std::string format = "table";
  std::string lang = "en";
};

class Context {
 public:
  Context(std::ostream& out_stream, std::ostream& err_stream, const Env& env)
      : out(out_stream), err(err_stream), m_env(env) {}

  // Checks the global options; call once after parsing.
  Status init(const Globals& globals);

  Result<query::Registry*> registry();
  // The view at --known-at (or now); registry() must have succeeded.
  const query::View& view();

  // Resolves what a user typed to an id: the id itself (any case), an ISO
  // alpha-2 code for a state, or any name or variant in any language.
  Result<std::string> resolve(std::string_view text, model::EntityKind kind);
  Result<query::Sym> org(std::string_view text);
  Result<query::Sym> state(std::string_view text);

  // A day given as YYYY-MM-DD, or "today"; empty means today.
  Result<util::Day> day(std::string_view text, std::string_view option);
  util::Day today() const;

  // The display name of an id in --lang (the id when it has no names).
  std::string name(std::string_view id);
  std::string name(query::Sym sym) { return name(m_registry->name(sym)); }

  const Env& env() const { return m_env; }
  const std::string& db_path() const { return m_db; }

  std::ostream& out;
  std::ostream& err;
  Format format = Format::table;
  model::Lang lang = model::Lang::en;
  std::optional<util::Timestamp> known_at;

 private:
  void build_name_index();

  const Env& m_env;
  std::string m_db;
  std::unique_ptr<query::Registry> m_registry;
  std::multimap<std::string, std::string> m_names;  // folded name -> id
};

// Error -> exit code, printing the error to err.
int fail(Context& ctx, const Error& error);

}  // namespace igo::cli
