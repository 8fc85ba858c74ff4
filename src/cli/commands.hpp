// Internal to cli: one function per command. Each returns an exit code.
#pragma once

#include <string>

#include "cli/context.hpp"

namespace igo::cli {

struct MembersArgs {
  std::string org;
  std::string at;
  std::string status = "member";
};
int cmd_members(Context& ctx, const MembersArgs& args);

struct HistoryArgs {
  std::string state;
  std::string org;
};
int cmd_history(Context& ctx, const HistoryArgs& args);

struct OverlapArgs {
  std::string org1;
  std::string org2;
  std::string at;
  std::string status = "member";
};
int cmd_overlap(Context& ctx, const OverlapArgs& args);

struct DiffArgs {
  std::string org;
  std::string from;
  std::string to;
};
int cmd_diff(Context& ctx, const DiffArgs& args);

struct EventsArgs {
  std::string org;
  std::string type;
  std::string actor;
  std::string from;
  std::string to;
};
int cmd_events(Context& ctx, const EventsArgs& args);
int cmd_timeline(Context& ctx, const std::string& org);
struct SummitsArgs {
  std::string org;
  std::string organ;
};
int cmd_summits(Context& ctx, const SummitsArgs& args);
int cmd_treaties(Context& ctx, const std::string& org, const std::string& document);
int cmd_conflicts(Context& ctx, const std::string& org);

int cmd_show(Context& ctx, const std::string& what);
int cmd_sources(Context& ctx, const std::string& org);
int cmd_import(Context& ctx, const std::string& file);
struct ExportArgs {
  bool only_db = false;
};
int cmd_export(Context& ctx, const ExportArgs& args);

}  // namespace igo::cli
