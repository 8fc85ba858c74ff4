#include "generate.hpp"

#include <filesystem>
#include <random>

#include "model/codec.hpp"
#include "store/ledger_file.hpp"

namespace igo::bench {
namespace {

const char* const k_rules = R"({"org": "_default",
 "statuses": ["member", "observer", "partner", "applicant"],
 "effects": {"founded": {"grants": "member"}, "joined": {"grants": "member"},
   "observer_granted": {"grants": "observer"}, "partner_granted": {"grants": "partner"},
   "application_submitted": {"grants": "applicant", "track": "procedure"},
   "withdrew": {"ends": true}, "expelled": {"ends": true},
   "suspended": {"suspends": true}, "reinstated": {"reinstates": true},
   "dissolved": {"ends_all": true}, "statuses_merged": {"merges": true}}})";

std::string org_id(std::size_t i) { return "ORG_" + std::to_string(i); }

std::string state_id(std::size_t i) {
  std::string id(3, 'A');
  id[0] = static_cast<char>('A' + i / 676 % 26);
  id[1] = static_cast<char>('A' + i / 26 % 26);
  id[2] = static_cast<char>('A' + i % 26);
  return id;
}

model::Entity entity(model::EntityKind kind, const std::string& id, const std::string& name) {
  model::Entity e;
  e.kind = kind;
  e.id = id;
  e.names.in(model::Lang::en).push_back(name);
  e.body = model::Json::object();
  e.body["kind"] = std::string(model::to_string(kind));
  e.body["id"] = id;
  e.body["names"] = {{"en", {name}}};
  if (kind == model::EntityKind::source) {
    e.body["title"] = name;
    e.body["url"] = "https://example.org/" + id;
  }
  e.recorded_at = 1;
  return e;
}

}  // namespace

Result<GeneratedLedger> generate_ledger(const std::string& path, std::size_t orgs, std::size_t states,
                                        std::size_t events, unsigned seed) {
  std::error_code ec;
  std::filesystem::remove(path, ec);
  IGO_TRY_ASSIGN(auto file, store::LedgerFile::open(path, store::OpenMode::read_write_create));
  IGO_TRY(file.database().exec("PRAGMA synchronous=OFF"));
  IGO_TRY_ASSIGN(auto txn, file.begin());
  IGO_TRY(file.put_rules("_default", k_rules));
  IGO_TRY(file.append_entity(entity(model::EntityKind::source, "src-gen", "Generated")));
  for (std::size_t i = 0; i < orgs; ++i) {
    IGO_TRY(
        file.append_entity(entity(model::EntityKind::org, org_id(i), "Organization " + std::to_string(i))));
  }
  for (std::size_t i = 0; i < states; ++i) {
    IGO_TRY(file.append_entity(entity(model::EntityKind::state, state_id(i), "State " + std::to_string(i))));
  }
  std::mt19937 rng(seed);
  GeneratedLedger out;
  model::Event e;
  e.sources = {{"src-gen", "generated"}};
  e.recorded_at = 1;
  std::size_t per_pair = std::max<std::size_t>(1, events / (orgs * states));
  const util::Day first = util::day_from_civil(1950, 1, 1);
  const util::Day span = util::day_from_civil(2025, 12, 31) - first;
  using T = model::EventType;
  const T path_types[] = {T::application_submitted,
                          T::observer_granted,
                          T::joined,
                          T::suspended,
                          T::reinstated,
                          T::withdrew,
                          T::joined};
  std::size_t n = 0;
  for (std::size_t o = 0; o < orgs; ++o) {
    for (std::size_t s = 0; s < states && out.events < events; ++s) {
      util::Day day = first + static_cast<util::Day>(rng() % static_cast<unsigned>(span / 2));
      for (std::size_t k = 0; k < per_pair && out.events < events; ++k) {
        e.id = "g" + std::to_string(n++);
        e.type = path_types[k % std::size(path_types)];
        e.org = org_id(o);
        e.actors = {state_id(s)};
        e.attrs = model::Json::object();
        if (e.type == T::application_submitted) e.attrs["for"] = "member";
        // One date in ten is known to the year only.
        if (rng() % 10 == 0) {
          int y = 0;
          unsigned m = 0;
          unsigned d = 0;
          util::civil_from_day(day, y, m, d);
          e.date = util::Date::from_point(util::DatePoint{y, 0, 0, false, false});
        } else {
          e.date = util::Date::from_day(day);
        }
        IGO_TRY(file.append_event(e));
        ++out.events;
        ++out.status_events;
        day += 30 + static_cast<util::Day>(rng() % 2000);
      }
    }
  }
  IGO_TRY(txn.commit());
  IGO_TRY(file.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
  return out;
}

}  // namespace igo::bench
