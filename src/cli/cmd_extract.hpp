// Internal to cli: `igo extract` and `igo eval` (docs/extraction.md "CLI").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "extract/extract.hpp"
#include "util/edtf.hpp"

namespace igo::cli {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string lang = "auto";     // ar | en | auto
  std::string doc_date;          // YYYY-MM-DD
  std::string format = "jsonl";  // jsonl | table
  bool jsonl = false;            // filter: JSON Lines documents in, mentions out
  bool dates = false;            // list the date expressions instead of mentions
};
int cmd_extract(Context& ctx, const ExtractArgs& args);

struct EvalArgs {
  std::string gold;  // a gold file or a directory of NNN.gold.jsonl
  std::string text;  // the text file or the directory of NNN.txt
  std::string doc_date;
  std::string lang = "auto";
  std::string format = "table";  // table | json
  bool show_errors = false;      // list missed and spurious mentions
};
int cmd_eval(Context& ctx, const EvalArgs& args);

// Shared by both commands: the extractor over the registry's entities and
// lexicons, and the --lang (ar | en | auto) and --doc-date options.
Result<std::unique_ptr<extract::Extractor>> make_extractor(Context& ctx);
Result<std::optional<model::Lang>> parse_lang(const std::string& lang);
Result<std::optional<util::Day>> parse_doc_date(const std::string& text);

}  // namespace igo::cli
