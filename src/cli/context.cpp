#include "cli/context.hpp"

#include "builtin/builtin.hpp"
#include "util/strings.hpp"

namespace igo::cli {
namespace {

// Case folding for ASCII letters; other scripts are compared as written.
std::string fold(std::string_view text) { return util::ascii_lower(util::trim(text)); }

}  // namespace

Status Context::init(const Globals& g) {
  m_db = g.db;
  if (g.format == "table") {
    format = Format::table;
  } else if (g.format == "json") {
    format = Format::json;
  } else if (g.format == "csv") {
    format = Format::csv;
  } else {
    return invalid_argument("--format must be table, json or csv, not \"" + g.format + "\"");
  }
  auto parsed_lang = model::parse_lang(g.lang);
  if (!parsed_lang) return invalid_argument("--lang must be ar, en, ru or zh, not \"" + g.lang + "\"");
  lang = *parsed_lang;
  if (!g.known_at.empty()) {
    auto t = util::parse_timestamp(g.known_at, util::DayBound::end);
    if (!t.ok()) return invalid_argument("--known-at: " + t.error().message());
    known_at = *t;
  }
  return {};
}

Result<query::Registry*> Context::registry() {
  if (!m_registry) {
    std::optional<std::string> db;
    if (!m_db.empty()) db = m_db;
    IGO_TRY_ASSIGN(m_registry, builtin::open_registry(m_env.builtin_image, db));
  }
  return m_registry.get();
}

const query::View& Context::view() { return m_registry->view(known_at); }

void Context::build_name_index() {
  for (const auto& [id, entity] : m_registry->entities()) {
    for (auto l : model::k_langs) {
      for (const auto& n : entity.names.in(l)) m_names.emplace(fold(n), id);
    }
    if (auto abbrev = entity.body.find("abbrev"); abbrev != entity.body.end() && abbrev->is_object()) {
      for (const auto& [abbrev_lang, list] : abbrev->items()) {
        if (!list.is_array()) continue;
        for (const auto& n : list) {
          if (n.is_string()) m_names.emplace(fold(n.get<std::string>()), id);
        }
      }
    }
    auto iso2 = entity.text("iso2");
    if (!iso2.empty()) m_names.emplace(fold(iso2), id);
  }
}

Result<std::string> Context::resolve(std::string_view text, model::EntityKind kind) {
  IGO_TRY(registry());
  std::string_view what = model::to_string(kind);
  if (const auto* e = m_registry->entity(text); e != nullptr && e->kind == kind) return e->id;
  std::string upper = util::ascii_upper(text);
  if (const auto* e = m_registry->entity(upper); e != nullptr && e->kind == kind) return e->id;
  std::string lower = util::ascii_lower(text);
  if (const auto* e = m_registry->entity(lower); e != nullptr && e->kind == kind) return e->id;
  if (m_names.empty()) build_name_index();
  auto [begin, end] = m_names.equal_range(fold(text));
  for (auto it = begin; it != end; ++it) {
    const auto* e = m_registry->entity(it->second);
    if (e != nullptr && e->kind == kind) return e->id;
  }
  auto e = not_found("unknown " + std::string(what) + " \"" + std::string(text) + "\" (give its id, e.g. " +
                     (kind == model::EntityKind::org ? "SCO" : "IND") +
                     ", or a name; `igo show ID` lists what igo knows)");
  return e;
}

Result<query::Sym> Context::org(std::string_view text) {
  IGO_TRY_ASSIGN(auto id, resolve(text, model::EntityKind::org));
  return m_registry->sym(id);
}

Result<query::Sym> Context::state(std::string_view text) {
  IGO_TRY_ASSIGN(auto id, resolve(text, model::EntityKind::state));
  return m_registry->sym(id);
}

util::Day Context::today() const {
  auto micros = m_env.clock->now();
  return static_cast<util::Day>(micros / (86'400LL * 1'000'000LL));
}

Result<util::Day> Context::day(std::string_view text, std::string_view option) {
  if (text.empty() || text == "today") return today();
  auto d = util::parse_day(text);
  if (!d.ok()) {
    return invalid_argument(std::string(option) + " needs a day YYYY-MM-DD (or \"today\"), got \"" +
                            std::string(text) + "\"");
  }
  return *d;
}

std::string Context::name(std::string_view id) {
  if (id.empty()) return "";
  const auto* e = m_registry->entity(id);
  if (e == nullptr) return std::string(id);
  if (e->kind == model::EntityKind::source) {
    auto title = e->text("title");
    return title.empty() ? e->id : title;
  }
  return e->display_name(lang);
}

int fail(Context& ctx, const Error& error) {
  ctx.err << "igo: " << error.to_string() << '\n';
  return k_bad_input;
}

}  // namespace igo::cli
