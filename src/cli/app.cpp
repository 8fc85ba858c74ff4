// Argument parsing (CLI11) and dispatch to the commands.
#include <CLI/CLI.hpp>

#include <sstream>

#include "cli/cli.hpp"
#include "cli/cmd_extract.hpp"
#include "cli/commands.hpp"

namespace igo::cli {
namespace {

constexpr const char* k_intro = R"(igo: a sourced, temporal registry of intergovernmental organizations.

Answers who belonged to which organization, on which day, in which status,
by which decision, and on whose word. Every answer names its sources; where
a date is imprecise or sources disagree, the answer says "uncertain" and why.
)";

constexpr const char* k_examples = R"(
Examples:
  igo members SCO --at 2017-06-09           members on a day
  igo members SCO --at 2025-09-02 --status all   every status that day
  igo history India --org SCO               one state's statuses and steps
  igo summits SCO                           every summit, host and city
  igo treaties SCO                          signed, ratified, in force
  igo overlap SCO EAEU --at 2024-07-05      members of both
  igo diff SCO --from 2016-01-01 --to 2024-12-31
  igo events --org SCO --type joined --format json
  igo conflicts SCO                         where sources disagree
  igo show SCO                              goals, organs, languages, rules
  igo import my.jsonl --db my.db            add your own sourced facts
  igo members SCO --db my.db --known-at 2026-01-01

Global options go before or after the command: --db FILE, --known-at T,
--format table|json|csv, --lang ar|en|ru|zh.
Exit codes: 0 answered, 1 nothing found, 2 bad input or usage.
)";

std::string example(const char* text) { return std::string("\nExample:\n  ") + text + "\n"; }

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, const Env& env) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  return run(args, out, err, env);
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Env& env) {
  CLI::App app(k_intro, "igo");
  app.footer(k_examples);
  app.require_subcommand(1);
  app.fallthrough();
  Globals g;
  app.add_option("--db", g.db, "A ledger file of your own, layered over the built-in registry")
      ->type_name("FILE");
  app.add_option("--known-at", g.known_at,
                 "Answer as the registry stood at this time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
      ->type_name("T");
  app.add_option("--format", g.format, "Output: table (default), json or csv")->type_name("FMT");
  app.add_option("--lang", g.lang, "Language of names: ar, en (default), ru, zh")->type_name("LANG");

  MembersArgs members;
  auto* c_members = app.add_subcommand("members", "States holding a status in an organization on a day");
  c_members->add_option("ORG", members.org, "Organization id or name")->required();
  c_members->add_option("--at", members.at, "The day, YYYY-MM-DD (default: today)");
  c_members->add_option("--status", members.status,
                        "member (default), observer, dialogue_partner, partner, applicant, or all");
  c_members->footer(example("igo members SCO --at 2017-06-09 --format json"));

  HistoryArgs history;
  auto* c_history = app.add_subcommand("history", "A state's statuses and the events naming it");
  c_history->add_option("STATE", history.state, "ISO alpha-3 or alpha-2 code, or a name")->required();
  c_history->add_option("--org", history.org, "Only this organization");
  c_history->footer(example("igo history IRN --org SCO"));

  std::string timeline_org;
  auto* c_timeline = app.add_subcommand("timeline", "Every event of an organization, by date");
  c_timeline->add_option("ORG", timeline_org, "Organization id or name")->required();
  c_timeline->footer(example("igo timeline SHANGHAI_FIVE"));

  EventsArgs events;
  auto* c_events = app.add_subcommand("events", "Events matching filters, as DESIGN's event objects");
  c_events->add_option("--org", events.org, "Organization");
  c_events->add_option("--type", events.type, "Event type (joined, summit_held, treaty_signed, ...)");
  c_events->add_option("--actor", events.actor, "A state (or organization) among the actors");
  c_events->add_option("--from", events.from, "Events that may have happened on or after (EDTF)");
  c_events->add_option("--to", events.to, "Events that may have happened on or before (EDTF)");
  c_events->footer(example("igo events --org SCO --type observer_granted --from 2004 --to 2012"));

  SummitsArgs summits;
  auto* c_summits = app.add_subcommand("summits", "Summits of an organization: dates, cities, hosts");
  c_summits->add_option("ORG", summits.org, "Organization id or name")->required();
  c_summits->add_option("--organ", summits.organ, "Only meetings of this organ (e.g. sco-chs)");
  c_summits->footer(example("igo summits SCO --organ sco-chs --format csv"));

  std::string treaties_org;
  std::string treaties_doc;
  auto* c_treaties =
      app.add_subcommand("treaties", "Treaties of an organization: signed, ratified, in force");
  c_treaties->add_option("ORG", treaties_org, "Organization id or name")->required();
  c_treaties->add_option("--document", treaties_doc, "Only this document (id or name)");
  c_treaties->footer(example("igo treaties SCO --document sco-charter"));

  OverlapArgs overlap;
  auto* c_overlap = app.add_subcommand("overlap", "States holding a status in two organizations on a day");
  c_overlap->add_option("ORG1", overlap.org1, "First organization")->required();
  c_overlap->add_option("ORG2", overlap.org2, "Second organization")->required();
  c_overlap->add_option("--at", overlap.at, "The day, YYYY-MM-DD (default: today)");
  c_overlap->add_option("--status", overlap.status, "member (default), another status, or all");
  c_overlap->footer(example("igo overlap SCO EAEU --at 2024-07-05"));

  DiffArgs diff;
  auto* c_diff = app.add_subcommand("diff", "How an organization's statuses changed between two days");
  c_diff->add_option("ORG", diff.org, "Organization id or name")->required();
  c_diff->add_option("--from", diff.from, "First day, YYYY-MM-DD")->required();
  c_diff->add_option("--to", diff.to, "Second day, YYYY-MM-DD (default: today)");
  c_diff->footer(example("igo diff SCO --from 2017-01-01 --to 2025-09-02"));

  std::string show_what;
  auto* c_show = app.add_subcommand("show", "Profile of an organization, state, place, document or source");
  c_show->add_option("ID", show_what, "An id or a name")->required();
  c_show->footer(example("igo show SCO --lang ar"));

  std::string sources_org;
  auto* c_sources =
      app.add_subcommand("sources", "The sources igo cites, with how many events each supports");
  c_sources->add_option("--org", sources_org, "Only sources of this organization's events");
  c_sources->footer(example("igo sources --org SCO"));

  std::string conflicts_org;
  auto* c_conflicts = app.add_subcommand("conflicts", "Where sources disagree, side by side");
  c_conflicts->add_option("ORG", conflicts_org, "Only this organization");
  c_conflicts->footer(example("igo conflicts SCO"));

  std::string import_file;
  auto* c_import =
      app.add_subcommand("import", "Add a JSON Lines file of entities and events to --db (all or nothing)");
  c_import->add_option("FILE", import_file, "A JSON Lines file (docs/data_format.md)")->required();
  c_import->footer(example("igo import my-facts.jsonl --db my.db"));

  ExportArgs export_args;
  auto* c_export = app.add_subcommand("export", "Write the registry (and --db) as JSON Lines");
  c_export->add_flag("--only-db", export_args.only_db, "Only the --db ledger, not the built-in registry");
  c_export->footer(example("igo export --db my.db --only-db > my-backup.jsonl"));

  ExtractArgs extract_args;
  auto* c_extract =
      app.add_subcommand("extract", "News text (Arabic or English) -> dated, sourced event mentions");
  c_extract->add_option("FILE", extract_args.files,
                        "Text files (UTF-8); with --jsonl, JSON Lines files (default stdin)");
  c_extract->add_option("--lang", extract_args.lang, "ar, en or auto (default: from the script)")
      ->type_name("LANG");
  c_extract
      ->add_option("--doc-date", extract_args.doc_date, "Publication day, YYYY-MM-DD: anchors relative dates")
      ->type_name("DATE");
  c_extract
      ->add_option("--format", extract_args.format,
                   "jsonl (default) or table (evidence with its parts marked)")
      ->type_name("FMT");
  c_extract->add_flag(
      "--jsonl", extract_args.jsonl,
      "Filter: one document a line {\"id\", \"text\", \"date\"?, \"lang\"?} in, mentions with "
      "\"doc\" out; bad lines are reported (stderr, with the line number) and skipped, exit 2 at the end");
  c_extract->add_flag("--dates", extract_args.dates,
                      "List the date expressions found (EDTF, then the words) instead of mentions");
  c_extract->footer(example("igo extract news.txt --doc-date 2017-06-10 --format table") +
                    "  igo extract --jsonl < docs.jsonl > mentions.jsonl\n");

  EvalArgs eval_args;
  auto* c_eval = app.add_subcommand("eval", "Score the extractor against gold files (P/R/F1 per language)");
  c_eval->add_option("--gold", eval_args.gold, "A gold file, or a directory of NNN.gold.jsonl")->required();
  c_eval
      ->add_option("--text", eval_args.text, "The text file, or the directory of NNN.txt (and NNN.meta.json)")
      ->required();
  c_eval->add_option("--doc-date", eval_args.doc_date, "Publication day for every text (else NNN.meta.json)")
      ->type_name("DATE");
  c_eval->add_option("--lang", eval_args.lang, "ar, en or auto (else NNN.meta.json, else the script)")
      ->type_name("LANG");
  c_eval->add_option("--format", eval_args.format, "table (default) or json")->type_name("FMT");
  c_eval->add_flag("--show-errors", eval_args.show_errors, "List missed, spurious and inexact mentions");
  c_eval->footer(example("igo eval --gold tests/extract/dev --text tests/extract/dev"));

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    app.exit(e, out, err);
    return k_bad_input;
  }

  Context ctx(out, err, env);
  if (auto s = ctx.init(g); !s.ok()) return fail(ctx, s.error());
  if (c_members->parsed()) return cmd_members(ctx, members);
  if (c_history->parsed()) return cmd_history(ctx, history);
  if (c_timeline->parsed()) return cmd_timeline(ctx, timeline_org);
  if (c_events->parsed()) return cmd_events(ctx, events);
  if (c_summits->parsed()) return cmd_summits(ctx, summits);
  if (c_treaties->parsed()) return cmd_treaties(ctx, treaties_org, treaties_doc);
  if (c_overlap->parsed()) return cmd_overlap(ctx, overlap);
  if (c_diff->parsed()) return cmd_diff(ctx, diff);
  if (c_show->parsed()) return cmd_show(ctx, show_what);
  if (c_sources->parsed()) return cmd_sources(ctx, sources_org);
  if (c_conflicts->parsed()) return cmd_conflicts(ctx, conflicts_org);
  if (c_import->parsed()) return cmd_import(ctx, import_file);
  if (c_export->parsed()) return cmd_export(ctx, export_args);
  if (c_extract->parsed()) return cmd_extract(ctx, extract_args);
  if (c_eval->parsed()) return cmd_eval(ctx, eval_args);
  err << app.help();
  return k_bad_input;
}

}  // namespace igo::cli
