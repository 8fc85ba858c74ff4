// eval: the extractor against gold files, per language (docs/extraction.md
// "Evaluation").
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "cli/cmd_extract.hpp"
#include "extract/extract.hpp"
#include "util/file.hpp"

namespace igo::cli {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  fs::path gold;
  fs::path text;
  fs::path meta;
};

Result<std::vector<Case>> find_cases(const EvalArgs& args) {
  std::vector<Case> out;
  fs::path gold(args.gold);
  fs::path text(args.text);
  if (!fs::is_directory(gold)) {
    if (fs::is_directory(text)) return invalid_argument("--gold is a file, so --text must be a file too");
    out.push_back({text.filename().string(), gold, text, {}});
    return out;
  }
  if (!fs::is_directory(text)) return invalid_argument("--gold is a directory, so --text must be one too");
  const std::string suffix = ".gold.jsonl";
  for (const auto& entry : fs::recursive_directory_iterator(gold)) {
    auto name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.size() <= suffix.size() ||
        name.substr(name.size() - suffix.size()) != suffix) {
      continue;
    }
    auto stem = name.substr(0, name.size() - suffix.size());
    auto rel = fs::relative(entry.path().parent_path(), gold);
    Case c;
    c.name = (rel / stem).lexically_normal().string();
    c.gold = entry.path();
    c.text = text / rel / (stem + ".txt");
    c.meta = text / rel / (stem + ".meta.json");
    if (!fs::exists(c.meta)) c.meta = entry.path().parent_path() / (stem + ".meta.json");
    out.push_back(c);
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  if (out.empty()) return not_found("no *.gold.jsonl under " + args.gold);
  return out;
}

Result<std::vector<extract::Mention>> read_gold(const fs::path& path) {
  IGO_TRY_ASSIGN(auto body, util::read_file(path.string()));
  std::vector<extract::Mention> rows;
  std::istringstream in(body);
  std::string line;
  std::uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[line.find_first_not_of(" \t")] == '#')
      continue;
    try {
      auto m = extract::mention_from_json(model::Json::parse(line));
      if (!m.ok()) {
        auto e = m.error();
        e.at(path.string(), number);
        return e;
      }
      rows.push_back(std::move(*m));
    } catch (const model::Json::exception& ex) {
      auto e = invalid_argument(std::string("malformed JSON: ") + ex.what());
      e.at(path.string(), number);
      return e;
    }
  }
  return rows;
}

std::string pct(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

model::Json counts_json(const extract::EvalCounts& c, std::size_t docs) {
  return {{"documents", docs},
          {"gold", c.gold},
          {"predicted", c.predicted},
          {"matched", c.matched},
          {"precision", c.precision()},
          {"recall", c.recall()},
          {"f1", c.f1()},
          {"date_accuracy", c.date_accuracy()},
          {"place_accuracy", c.place_accuracy()},
          {"status",
           {{"gold_occurred_pred_occurred", c.status[0][0]},
            {"gold_occurred_pred_planned", c.status[0][1]},
            {"gold_planned_pred_occurred", c.status[1][0]},
            {"gold_planned_pred_planned", c.status[1][1]}}}};
}

void show_errors(Context& ctx, const std::string& name, const std::vector<extract::Mention>& gold,
                 const std::vector<extract::Mention>& pred, const std::vector<extract::EvalPair>& pairs) {
  std::vector<bool> g_used(gold.size(), false);
  std::vector<bool> p_used(pred.size(), false);
  for (const auto& p : pairs) {
    g_used[p.gold] = true;
    p_used[p.predicted] = true;
    const auto& g = gold[p.gold];
    const auto& m = pred[p.predicted];
    if (g.date != m.date || g.place != m.place || g.planned != m.planned) {
      ctx.out << name << ": inexact  gold " << extract::to_json(g).dump() << "\n    predicted "
              << extract::to_json(m).dump() << '\n';
    }
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (!g_used[i]) ctx.out << name << ": missed   " << extract::to_json(gold[i]).dump() << '\n';
  }
  for (std::size_t i = 0; i < pred.size(); ++i) {
    if (!p_used[i]) ctx.out << name << ": spurious " << extract::to_json(pred[i]).dump() << '\n';
  }
}

}  // namespace

int cmd_eval(Context& ctx, const EvalArgs& args) {
  if (args.format != "table" && args.format != "json") {
    return fail(ctx, invalid_argument("--format must be table or json, not \"" + args.format + "\""));
  }
  auto forced = parse_lang(args.lang);
  if (!forced.ok()) return fail(ctx, forced.error());
  auto doc_date = parse_doc_date(args.doc_date);
  if (!doc_date.ok()) return fail(ctx, doc_date.error());
  auto cases = find_cases(args);
  if (!cases.ok()) return fail(ctx, cases.error());
  auto x = make_extractor(ctx);
  if (!x.ok()) return fail(ctx, x.error());

  std::map<std::string, std::pair<extract::EvalCounts, std::size_t>> by_lang;
  for (const auto& c : *cases) {
    auto gold = read_gold(c.gold);
    if (!gold.ok()) return fail(ctx, gold.error());
    auto text = util::read_file(c.text.string());
    if (!text.ok()) return fail(ctx, text.error());
    extract::Options opt{*forced, *doc_date};
    if (!c.meta.empty() && fs::exists(c.meta)) {
      auto meta_text = util::read_file(c.meta.string());
      if (!meta_text.ok()) return fail(ctx, meta_text.error());
      try {
        auto meta = model::Json::parse(*meta_text);
        if (!*forced && meta.contains("lang") && meta["lang"].is_string()) {
          auto l = meta["lang"].get<std::string>();
          if (l == "ar" || l == "en") opt.lang = l == "ar" ? model::Lang::ar : model::Lang::en;
        }
        if (!*doc_date && meta.contains("date") && meta["date"].is_string()) {
          auto d = util::parse_day(meta["date"].get<std::string>().substr(0, 10));
          if (d.ok()) opt.doc_date = *d;
        }
      } catch (const model::Json::exception& ex) {
        auto e = invalid_argument(std::string("malformed JSON: ") + ex.what());
        e.at(c.meta.string());
        return fail(ctx, e);
      }
    }
    auto pred = (*x)->extract(*text, opt);
    if (!pred.ok()) {
      auto e = pred.error();
      e.at(c.text.string());
      return fail(ctx, e);
    }
    std::vector<extract::EvalPair> pairs;
    auto counts = extract::evaluate(*gold, *pred, &pairs);
    if (args.show_errors) show_errors(ctx, c.name, *gold, *pred, pairs);
    model::Lang lang = opt.lang ? *opt.lang : (*x)->detect_language(*text);
    auto& slot = by_lang[std::string(model::to_string(lang))];
    slot.first += counts;
    ++slot.second;
  }
  extract::EvalCounts all;
  std::size_t docs = 0;
  for (const auto& [lang, c] : by_lang) {
    all += c.first;
    docs += c.second;
  }
  if (args.format == "json") {
    model::Json out = model::Json::object();
    for (const auto& [lang, c] : by_lang) out["languages"][lang] = counts_json(c.first, c.second);
    out["overall"] = counts_json(all, docs);
    ctx.out << out.dump(2) << '\n';
    return k_answered;
  }
  Table t({"lang", "docs", "gold", "predicted", "matched", "P", "R", "F1", "date acc", "place acc"});
  auto row = [&](const std::string& name, const extract::EvalCounts& c, std::size_t n) {
    t.add({name, std::to_string(n), std::to_string(c.gold), std::to_string(c.predicted),
           std::to_string(c.matched), pct(c.precision()), pct(c.recall()), pct(c.f1()),
           pct(c.date_accuracy()), pct(c.place_accuracy())});
  };
  for (const auto& [lang, c] : by_lang) row(lang, c.first, c.second);
  row("all", all, docs);
  t.print(ctx.out, Format::table);
  ctx.out << "\nplanned/occurred among matched (gold -> predicted):\n";
  Table s({"gold", "predicted occurred", "predicted planned"});
  s.add({"occurred", std::to_string(all.status[0][0]), std::to_string(all.status[0][1])});
  s.add({"planned", std::to_string(all.status[1][0]), std::to_string(all.status[1][1])});
  s.print(ctx.out, Format::table);
  return k_answered;
}

}  // namespace igo::cli
