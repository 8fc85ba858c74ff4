// extract and eval: news text -> dated, sourced event mentions, and their
// scores against gold files (docs/extraction.md).
#include "cli/cmd_extract.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "extract/extract.hpp"
#include "util/edtf.hpp"
#include "util/file.hpp"

namespace igo::cli {
namespace {

// The evidence with its parts in brackets (or colours on a terminal):
// [trigger] {actors} <org> |date| @place@ ^document^.
std::string marked_evidence(std::string_view original, const extract::Mention& m, bool ansi) {
  struct Insert {
    std::size_t at;
    bool close;
    std::string text;
  };
  static const char* const k_open[] = {"[", "{", "<", "|", "@", "^"};
  static const char* const k_close[] = {"]", "}", ">", "|", "@", "^"};
  static const char* const k_colour[] = {"\033[1;31m", "\033[32m", "\033[34m",
                                         "\033[33m",   "\033[35m", "\033[36m"};
  std::vector<Insert> inserts;
  for (const auto& mk : m.marks) {
    if (mk.begin < m.begin || mk.end > m.end || mk.begin >= mk.end) continue;
    auto k = static_cast<std::size_t>(mk.kind);
    inserts.push_back({mk.begin, false, ansi ? k_colour[k] : k_open[k]});
    inserts.push_back({mk.end, true, ansi ? "\033[0m" : k_close[k]});
  }
  std::stable_sort(inserts.begin(), inserts.end(), [](const Insert& a, const Insert& b) {
    return a.at != b.at ? a.at < b.at : a.close > b.close;
  });
  std::string out;
  std::size_t pos = m.begin;
  for (const auto& ins : inserts) {
    out.append(original.substr(pos, ins.at - pos));
    out += ins.text;
    pos = ins.at;
  }
  out.append(original.substr(pos, m.end - pos));
  return out;
}

void print_table(Context& ctx, std::string_view original, const std::vector<extract::Mention>& mentions) {
  bool ansi = &ctx.out == &std::cout && isatty(STDOUT_FILENO) != 0;
  for (const auto& m : mentions) {
    std::string actors;
    for (const auto& a : m.actors) actors += (actors.empty() ? "" : ",") + a;
    ctx.out << model::to_string(m.type) << "  " << m.date.value_or("-") << "  "
            << (m.org.empty() ? "-" : m.org) << "  " << (actors.empty() ? "-" : actors) << "  "
            << (m.place.empty() ? "-" : m.place);
    if (!m.document.empty()) ctx.out << "  \"" << m.document << '"';
    if (m.planned) ctx.out << "  (planned)";
    ctx.out << "\n    " << marked_evidence(original, m, ansi) << "  [" << m.begin << ", " << m.end << ")\n";
  }
}

int extract_files(Context& ctx, const extract::Extractor& x, const ExtractArgs& args,
                  const extract::Options& opt) {
  bool bad = false;
  bool found = false;
  for (const auto& path : args.files) {
    auto text = util::read_file(path);
    if (!text.ok()) {
      ctx.err << "igo: " << text.error().to_string() << '\n';
      bad = true;
      continue;
    }
    if (args.dates) {
      auto dates = x.dates(*text, opt);
      if (!dates.ok()) {
        auto e = dates.error();
        e.at(path);
        ctx.err << "igo: " << e.to_string() << '\n';
        bad = true;
        continue;
      }
      for (const auto& [words, edtf] : *dates) {
        ctx.out << (edtf.empty() ? "-" : edtf) << "\t" << words << '\n';
        found = true;
      }
      continue;
    }
    auto mentions = x.extract(*text, opt);
    if (!mentions.ok()) {
      auto e = mentions.error();
      e.at(path);
      ctx.err << "igo: " << e.to_string() << '\n';
      bad = true;
      continue;
    }
    found = found || !mentions->empty();
    if (args.format == "table") {
      if (args.files.size() > 1) ctx.out << "== " << path << '\n';
      print_table(ctx, *text, *mentions);
      continue;
    }
    for (const auto& m : *mentions) {
      model::Json j = extract::to_json(m);
      if (args.files.size() > 1) {
        model::Json with = {{"doc", path}};
        with.update(j);
        j = std::move(with);
      }
      ctx.out << j.dump() << '\n';
    }
  }
  if (bad) return k_bad_input;
  return found ? k_answered : k_nothing_found;
}

// The filter: {"id", "text", "date"?, "lang"?} per line in; mentions with
// "doc": id out. A bad line is reported with its number and skipped; the
// exit code is 2 when any line was bad.
int extract_stream(Context& ctx, const extract::Extractor& x, std::istream& in, const std::string& name,
                   const extract::Options& defaults) {
  std::string line;
  std::size_t number = 0;
  bool bad = false;
  bool found = false;
  auto report = [&](const std::string& message) {
    ctx.err << "igo: " << name << ':' << number << ": " << message << '\n';
    bad = true;
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    model::Json doc;
    try {
      doc = model::Json::parse(line);
    } catch (const model::Json::exception& ex) {
      report(std::string("malformed JSON: ") + ex.what());
      continue;
    }
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) {
      report("a document needs \"text\" (a string)");
      continue;
    }
    extract::Options opt = defaults;
    if (doc.contains("date") && !doc["date"].is_null()) {
      auto d = doc["date"].is_string() ? util::parse_day(doc["date"].get<std::string>().substr(0, 10))
                                       : Result<util::Day>(invalid_argument(""));
      if (!d.ok()) {
        report("\"date\" must be a day YYYY-MM-DD");
        continue;
      }
      opt.doc_date = *d;
    }
    if (doc.contains("lang") && !doc["lang"].is_null()) {
      auto l = doc["lang"].is_string() ? parse_lang(doc["lang"].get<std::string>())
                                       : Result<std::optional<model::Lang>>(invalid_argument(""));
      if (!l.ok()) {
        report("\"lang\" must be ar, en or auto");
        continue;
      }
      opt.lang = *l;
    }
    auto mentions = x.extract(doc["text"].get<std::string>(), opt);
    if (!mentions.ok()) {
      report("\"text\": " + mentions.error().message());
      continue;
    }
    model::Json id = doc.contains("id") ? doc["id"] : model::Json();
    for (const auto& m : *mentions) {
      model::Json j = {{"doc", id}};
      j.update(extract::to_json(m));
      ctx.out << j.dump() << '\n';
      found = true;
    }
  }
  if (bad) return k_bad_input;
  return found ? k_answered : k_nothing_found;
}

}  // namespace

Result<std::unique_ptr<extract::Extractor>> make_extractor(Context& ctx) {
  IGO_TRY_ASSIGN(auto* reg, ctx.registry());
  std::vector<const model::Entity*> entities;
  entities.reserve(reg->entities().size());
  for (const auto& [id, e] : reg->entities()) entities.push_back(&e);
  std::sort(entities.begin(), entities.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
  IGO_TRY_ASSIGN(auto blobs, reg->blobs("lexicon/"));
  return extract::Extractor::build(entities, blobs);
}

Result<std::optional<model::Lang>> parse_lang(const std::string& lang) {
  if (lang.empty() || lang == "auto") return std::optional<model::Lang>();
  if (lang == "ar") return std::optional<model::Lang>(model::Lang::ar);
  if (lang == "en") return std::optional<model::Lang>(model::Lang::en);
  return invalid_argument("--lang must be ar, en or auto, not \"" + lang + "\"");
}

Result<std::optional<util::Day>> parse_doc_date(const std::string& text) {
  if (text.empty()) return std::optional<util::Day>();
  auto d = util::parse_day(text);
  if (!d.ok()) return invalid_argument("--doc-date needs a day YYYY-MM-DD, got \"" + text + "\"");
  return std::optional<util::Day>(*d);
}

int cmd_extract(Context& ctx, const ExtractArgs& args) {
  auto lang = parse_lang(args.lang);
  if (!lang.ok()) return fail(ctx, lang.error());
  auto date = parse_doc_date(args.doc_date);
  if (!date.ok()) return fail(ctx, date.error());
  if (args.format != "jsonl" && args.format != "table") {
    return fail(ctx, invalid_argument("--format must be jsonl or table, not \"" + args.format + "\""));
  }
  if (!args.jsonl && args.files.empty()) {
    return fail(ctx,
                invalid_argument("give one or more text files, or --jsonl to read documents from stdin"));
  }
  auto x = make_extractor(ctx);
  if (!x.ok()) return fail(ctx, x.error());
  extract::Options opt{*lang, *date};
  if (!args.jsonl) return extract_files(ctx, **x, args, opt);
  if (args.files.empty()) return extract_stream(ctx, **x, std::cin, "stdin", opt);
  int code = k_nothing_found;
  for (const auto& path : args.files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      auto e = io_error("cannot open the file for reading");
      e.at(path);
      ctx.err << "igo: " << e.to_string() << '\n';
      code = k_bad_input;
      continue;
    }
    int c = extract_stream(ctx, **x, in, path, opt);
    if (c == k_bad_input || (c == k_answered && code != k_bad_input)) code = c;
  }
  return code;
}

}  // namespace igo::cli
