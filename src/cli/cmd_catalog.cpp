// show, sources, import, export: the registry's entities and files.
#include <filesystem>
#include <map>

#include "builtin/builtin.hpp"
#include "cli/commands.hpp"
#include "cli/present.hpp"
#include "ledger/ledger.hpp"
#include "model/codec.hpp"

namespace igo::cli {
namespace {

const model::Entity* find_any(Context& ctx, const std::string& what) {
  auto* reg = ctx.registry().value();
  for (auto kind : {model::EntityKind::org, model::EntityKind::state, model::EntityKind::place,
                    model::EntityKind::document, model::EntityKind::organ, model::EntityKind::person,
                    model::EntityKind::source}) {
    auto id = ctx.resolve(what, kind);
    if (id.ok()) return reg->entity(*id);
  }
  return nullptr;
}

std::string list_text(const model::Json& value, Context& ctx) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_array()) return value.dump();
  std::string out;
  for (const auto& v : value) {
    if (!out.empty()) out += "; ";
    out += v.is_string() ? ctx.name(v.get<std::string>()) : v.dump();
  }
  return out;
}

void show_profile(Context& ctx, const model::Json& profile, Table& table) {
  for (const auto& [key, value] : profile.items()) {
    if (key == "org" || key == "statuses" || key == "effects" || key == "procedure") continue;
    if (value.is_object()) {
      auto lang = std::string(model::to_string(ctx.lang));
      if (value.contains(lang) || value.contains("en")) {
        table.add({key, list_text(value.contains(lang) ? value[lang] : value["en"], ctx)});
      } else if (value.contains("value")) {
        table.add({key, list_text(value["value"], ctx)});
      } else if (value.contains("rule")) {
        table.add({key, list_text(value["rule"], ctx)});
      } else {
        table.add({key, value.dump()});
      }
      continue;
    }
    if (value.is_array() && !value.empty() && value.front().is_object()) {
      for (const auto& item : value) {
        std::string text = item.value("rule", item.value("topic", item.dump()));
        if (item.contains("article")) {
          const auto& article = item["article"];
          text.insert(0,
                      "Art. " + (article.is_string() ? article.get<std::string>() : article.dump()) + ": ");
        }
        table.add({key, text});
      }
      continue;
    }
    table.add({key, list_text(value, ctx)});
  }
}

}  // namespace

int cmd_show(Context& ctx, const std::string& what) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  const auto* e = find_any(ctx, what);
  if (e == nullptr) {
    return fail(ctx, not_found("nothing named \"" + what + "\" (give an id such as SCO, IND, astana)"));
  }
  const auto& rules = (*reg)->rules();
  bool has_rules = e->kind == model::EntityKind::org && rules.has_own_rules(e->id);
  if (ctx.format == Format::json) {
    model::Json out = model::to_json(*e);
    if (has_rules) out["profile"] = rules.for_org(e->id).profile();
    print_json(ctx, out);
    return k_answered;
  }
  Table table({"field", "value"});
  table.add({"id", e->id});
  table.add({"kind", std::string(model::to_string(e->kind))});
  for (auto l : model::k_langs) {
    const auto& names = e->names.in(l);
    if (names.empty()) continue;
    std::string text;
    for (const auto& n : names) text += (text.empty() ? "" : "; ") + n;
    table.add({"names." + std::string(model::to_string(l)), text});
  }
  for (const auto& [key, value] : e->body.items()) {
    if (key == "kind" || key == "id" || key == "names") continue;
    table.add({key, value.is_string() ? value.get<std::string>() : value.dump()});
  }
  if (e->kind == model::EntityKind::state) {
    // Where the state stands today, in every organization igo knows.
    auto today = ctx.today();
    const auto& view = ctx.view();
    auto state = (*reg)->sym(e->id);
    for (const auto& iv : view.all_intervals()) {
      if (iv.state != state) continue;
      auto row = query::status_on(iv, today);
      if (!row) continue;
      auto info = describe(ctx, iv, &*row, today);
      if (!info.ok()) return fail(ctx, info.error());
      table.add({"status." + std::string((*reg)->name(iv.org)),
                 info->status + " since " + info->since + (row->certain ? "" : " (uncertain)")});
    }
  }
  if (has_rules) {
    const auto& r = rules.for_org(e->id);
    std::string statuses;
    for (const auto& s : r.statuses()) statuses += (statuses.empty() ? "" : ", ") + s;
    table.add({"statuses", statuses});
    show_profile(ctx, r.profile(), table);
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_sources(Context& ctx, const std::string& org_text) {
  auto reg = ctx.registry();
  if (!reg.ok()) return fail(ctx, reg.error());
  query::EventFilter f;
  if (!org_text.empty()) {
    auto org = ctx.org(org_text);
    if (!org.ok()) return fail(ctx, org.error());
    f.org = *org;
  }
  auto events = fetch(ctx, query::events(ctx.view(), f));
  if (!events.ok()) return fail(ctx, events.error());
  std::map<std::string, std::size_t> cited;
  for (const auto& e : *events) {
    for (const auto& s : e.sources) ++cited[s.source];
  }
  if (org_text.empty()) {
    for (const auto& [id, entity] : (*reg)->entities()) {
      if (entity.kind == model::EntityKind::source) cited.try_emplace(id, 0);
    }
  }
  model::Json json = model::Json::array();
  Table table({"id", "publisher", "published", "events", "title", "url"});
  for (const auto& [id, count] : cited) {
    const auto* src = (*reg)->entity(id);
    if (src == nullptr) continue;
    if (ctx.format == Format::json) {
      auto j = model::to_json(*src);
      j["events"] = count;
      json.push_back(std::move(j));
      continue;
    }
    auto published = src->body.value("published", model::Json());
    table.add({id, src->text("publisher"), published.is_string() ? published.get<std::string>() : "",
               std::to_string(count), src->text("title"), src->text("url")});
  }
  if (ctx.format == Format::json) {
    print_json(ctx, json);
    return json.empty() ? k_nothing_found : k_answered;
  }
  if (table.empty()) {
    ctx.err << "igo: no sources\n";
    return k_nothing_found;
  }
  table.print(ctx.out, ctx.format);
  return k_answered;
}

int cmd_import(Context& ctx, const std::string& path) {
  if (ctx.db_path().empty()) {
    return fail(ctx, invalid_argument("import needs --db FILE: the ledger to add to (created if "
                                      "absent); the built-in registry never changes"));
  }
  auto file = store::JsonlFile::read(path);
  if (!file.ok()) {
    ctx.err << "igo: nothing was imported\n";
    return fail(ctx, file.error());
  }
  // Records are checked against the built-in registry; the user's own ids
  // are found in their ledger file by the Ledger itself.
  auto builtin = builtin::open_registry(ctx.env().builtin_image, std::nullopt);
  if (!builtin.ok()) return fail(ctx, builtin.error());
  namespace fs = std::filesystem;
  bool existed = fs::exists(ctx.db_path());
  auto remove_new_file = [&] {
    if (existed) return;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(ctx.db_path() + suffix, ec);
  };
  auto report = [&]() -> Result<ledger::ImportReport> {
    IGO_TRY_ASSIGN(auto ledger, ledger::Ledger::open(ctx.db_path(), *ctx.env().clock, builtin->get()));
    return ledger.import(*file);
  }();
  if (!report.ok()) {
    remove_new_file();
    ctx.err << "igo: nothing was imported\n";
    return fail(ctx, report.error());
  }
  ctx.out << "imported " << report->entities << " entities and " << report->events << " events into "
          << ctx.db_path() << " (recorded_at " << util::format_timestamp(report->recorded_at) << ")\n";
  return k_answered;
}

int cmd_export(Context& ctx, const ExportArgs& args) {
  if (args.only_db && ctx.db_path().empty()) {
    return fail(ctx, invalid_argument("--only-db needs --db FILE"));
  }
  std::vector<store::LedgerFile> layers;
  if (!args.only_db) {
    auto base = store::LedgerFile::open_image(ctx.env().builtin_image);
    if (!base.ok()) return fail(ctx, base.error());
    layers.push_back(std::move(base).value());
  }
  if (!ctx.db_path().empty()) {
    auto user = store::LedgerFile::open(ctx.db_path(), store::OpenMode::read_only);
    if (!user.ok()) return fail(ctx, user.error());
    layers.push_back(std::move(user).value());
  }
  for (auto& layer : layers) {
    auto s = layer.scan_entities([&](model::Entity&& e) -> Status {
      ctx.out << model::to_json(e).dump() << '\n';
      return {};
    });
    if (!s.ok()) return fail(ctx, s.error());
  }
  for (auto& layer : layers) {
    auto s = layer.scan_events([&](model::Event&& e) -> Status {
      if (ctx.known_at && e.recorded_at > *ctx.known_at) return {};
      ctx.out << model::to_json(e).dump() << '\n';
      return {};
    });
    if (!s.ok()) return fail(ctx, s.error());
  }
  return k_answered;
}

}  // namespace igo::cli
