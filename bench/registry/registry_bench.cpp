// Registry benchmarks (docs/performance.md):
// 1. as-of `members` on the built-in registry, in process (target: p50 < 2 us);
// 2. a generated ledger of 1,000,000 events (1,000 organizations x 200
//    states): load rate (target >= 1M events/s), memory per event (target
//    <= 200 bytes), and as-of `members` against the same question asked of
//    SQLite with the best index we can give it (target >= 20x faster).
// Usage: igo_registry_bench [--events N] [--ledger PATH] [google-benchmark flags]
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <set>
#include <string>

#include "builtin/builtin.hpp"
#include "builtin/image.hpp"
#include "generate.hpp"
#include "query/queries.hpp"
#include "store/ledger_file.hpp"

namespace {

using igo::query::Registry;
using igo::query::StatusAt;
using igo::query::Sym;
using igo::util::Day;
using Clock = std::chrono::steady_clock;

std::unique_ptr<Registry> g_builtin;
std::unique_ptr<Registry> g_big;
sqlite3* g_sqlite = nullptr;
sqlite3_stmt* g_peer = nullptr;
std::vector<Sym> g_orgs;
std::vector<std::string> g_org_names;
Day g_first = igo::util::day_from_civil(1950, 1, 1);
Day g_last = igo::util::day_from_civil(2025, 12, 31);

std::size_t rss_bytes() {
  std::ifstream in("/proc/self/statm");
  std::size_t pages = 0;
  std::size_t resident = 0;
  in >> pages >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void die(const igo::Error& e) {
  std::fprintf(stderr, "igo_registry_bench: %s\n", e.to_string().c_str());
  std::exit(2);
}

std::size_t ours(const Registry& reg, Sym org, Day at, std::vector<StatusAt>& rows, Sym member) {
  igo::query::statuses_at(reg.view(), org, at, igo::rules::Track::standing, rows);
  std::size_t n = 0;
  for (const auto& r : rows) n += r.status == member ? 1U : 0U;
  return n;
}

std::size_t peer(const std::string& org, Day at) {
  sqlite3_reset(g_peer);
  sqlite3_bind_text(g_peer, 1, org.data(), static_cast<int>(org.size()), SQLITE_STATIC);
  sqlite3_bind_int64(g_peer, 2, at);
  std::size_t n = 0;
  while (sqlite3_step(g_peer) == SQLITE_ROW) ++n;
  return n;
}

struct Percentiles {
  double p50 = 0;
  double p99 = 0;
};

template <class F>
Percentiles time_calls(std::size_t calls, F&& f) {
  std::vector<double> ns(calls);
  for (std::size_t i = 0; i < calls; ++i) {
    auto t0 = Clock::now();
    f(i);
    ns[i] =
        static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
  }
  std::sort(ns.begin(), ns.end());
  return {ns[calls / 2], ns[calls * 99 / 100]};
}

void BM_BuiltinMembersAsOf(benchmark::State& state) {
  std::vector<StatusAt> rows;
  Sym sco = g_builtin->sym("SCO");
  Sym member = g_builtin->sym("member");
  std::mt19937 rng(1);
  Day lo = igo::util::day_from_civil(2001, 1, 1);
  for (auto _ : state) {
    Day at = lo + static_cast<Day>(rng() % 9500);
    benchmark::DoNotOptimize(ours(*g_builtin, sco, at, rows, member));
  }
}
BENCHMARK(BM_BuiltinMembersAsOf);

void BM_LedgerMembersAsOf(benchmark::State& state) {
  std::vector<StatusAt> rows;
  Sym member = g_big->sym("member");
  std::mt19937 rng(2);
  for (auto _ : state) {
    Sym org = g_orgs[rng() % g_orgs.size()];
    Day at = g_first + static_cast<Day>(rng() % static_cast<unsigned>(g_last - g_first));
    benchmark::DoNotOptimize(ours(*g_big, org, at, rows, member));
  }
}
BENCHMARK(BM_LedgerMembersAsOf);

void BM_SqliteMembersAsOf(benchmark::State& state) {
  std::mt19937 rng(2);
  for (auto _ : state) {
    const auto& org = g_org_names[rng() % g_org_names.size()];
    Day at = g_first + static_cast<Day>(rng() % static_cast<unsigned>(g_last - g_first));
    benchmark::DoNotOptimize(peer(org, at));
  }
}
BENCHMARK(BM_SqliteMembersAsOf);

}  // namespace

int main(int argc, char** argv) {
  std::size_t events = 1'000'000;
  std::string ledger = "/tmp/igo-bench-ledger.db";
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc) {
      events = std::stoul(argv[++i]);
    } else if (std::strcmp(argv[i], "--ledger") == 0 && i + 1 < argc) {
      ledger = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }

  // 1. The built-in registry.
  auto builtin = igo::builtin::open_registry(igo::builtin::image(), std::nullopt);
  if (!builtin.ok()) die(builtin.error());
  g_builtin = std::move(builtin).value();
  (void)g_builtin->view();
  std::vector<StatusAt> rows;
  Sym sco = g_builtin->sym("SCO");
  Sym member = g_builtin->sym("member");
  std::mt19937 rng(7);
  Day lo = igo::util::day_from_civil(2001, 1, 1);
  auto builtin_lat = time_calls(200'000, [&](std::size_t) {
    benchmark::DoNotOptimize(ours(*g_builtin, sco, lo + static_cast<Day>(rng() % 9500), rows, member));
  });

  // 2. The generated ledger.
  auto generated = igo::bench::generate_ledger(ledger, 1000, 200, events, 42);
  if (!generated.ok()) die(generated.error());
  std::size_t rss_before = rss_bytes();
  auto t0 = Clock::now();
  std::vector<igo::query::LayerSpec> layers;
  auto file = igo::store::LedgerFile::open(ledger, igo::store::OpenMode::read_only);
  if (!file.ok()) die(file.error());
  layers.push_back({ledger, std::move(file).value()});
  auto big = Registry::open(std::move(layers));
  if (!big.ok()) die(big.error());
  g_big = std::move(big).value();
  const auto& view = g_big->view();
  double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::size_t rss_after = rss_bytes();
  for (std::size_t i = 0; i < 1000; ++i) {
    auto name = "ORG_" + std::to_string(i);
    g_orgs.push_back(g_big->sym(name));
    g_org_names.push_back(name);
  }

  // The peer: the same question of SQLite, with a covering index.
  if (sqlite3_open_v2(ledger.c_str(), &g_sqlite, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return 2;
  sqlite3_exec(g_sqlite,
               "DROP TABLE IF EXISTS status_events;"
               "CREATE TABLE status_events AS SELECT org, actors AS actor, date_lo, type FROM events "
               "  WHERE type IN ('observer_granted','joined','suspended','reinstated','withdrew');"
               "CREATE INDEX status_events_key ON status_events(org, actor, date_lo, type);"
               "ANALYZE;",
               nullptr, nullptr, nullptr);
  sqlite3_prepare_v2(
      g_sqlite,
      "SELECT s.actor FROM status_events s WHERE s.org = ?1 AND s.type IN ('joined','reinstated') "
      "AND s.date_lo = (SELECT max(date_lo) FROM status_events t WHERE t.org = ?1 "
      "AND t.actor = s.actor AND t.date_lo <= ?2)",
      -1, &g_peer, nullptr);
  std::mt19937 r2(9);
  Sym big_member = g_big->sym("member");
  auto pick = [&]() {
    std::size_t o = r2() % g_orgs.size();
    Day at = g_first + static_cast<Day>(r2() % static_cast<unsigned>(g_last - g_first));
    return std::pair{o, at};
  };
  // Do both answer the same question? igo's certain members must be in
  // SQLite's answer and SQLite's in igo's possible ones, except for states
  // whose history has year-precision dates: SQLite orders those by their
  // first day, igo by the order they were recorded (docs/as_of_semantics.md).
  sqlite3_stmt* imprecise = nullptr;
  sqlite3_prepare_v2(g_sqlite,
                     "SELECT count(*) FROM events WHERE org = ?1 AND actors = ?2 AND length(date) = 4", -1,
                     &imprecise, nullptr);
  std::size_t identical = 0;
  std::size_t explained = 0;
  std::size_t unexplained = 0;
  for (int i = 0; i < 200; ++i) {
    auto [o, at] = pick();
    std::vector<StatusAt> r;
    igo::query::statuses_at(view, g_orgs[o], at, igo::rules::Track::standing, r);
    std::set<std::string> certain;
    std::set<std::string> possible;
    for (const auto& x : r) {
      if (x.status != big_member) continue;
      possible.insert(std::string(g_big->name(x.state)));
      if (x.certain) certain.insert(std::string(g_big->name(x.state)));
    }
    std::set<std::string> theirs;
    sqlite3_reset(g_peer);
    sqlite3_bind_text(g_peer, 1, g_org_names[o].data(), static_cast<int>(g_org_names[o].size()),
                      SQLITE_STATIC);
    sqlite3_bind_int64(g_peer, 2, at);
    while (sqlite3_step(g_peer) == SQLITE_ROW) {
      theirs.insert(reinterpret_cast<const char*>(sqlite3_column_text(g_peer, 0)));
    }
    std::set<std::string> differ;
    for (const auto& s : certain) {
      if (theirs.count(s) == 0) differ.insert(s);
    }
    for (const auto& s : theirs) {
      if (possible.count(s) == 0) differ.insert(s);
    }
    if (differ.empty()) {
      ++identical;
      continue;
    }
    bool all_explained = true;
    for (const auto& s : differ) {
      sqlite3_reset(imprecise);
      sqlite3_bind_text(imprecise, 1, g_org_names[o].data(), static_cast<int>(g_org_names[o].size()),
                        SQLITE_STATIC);
      sqlite3_bind_text(imprecise, 2, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
      all_explained =
          all_explained && sqlite3_step(imprecise) == SQLITE_ROW && sqlite3_column_int(imprecise, 0) > 0;
    }
    if (all_explained) {
      ++explained;
    } else {
      ++unexplained;
    }
  }
  sqlite3_finalize(imprecise);
  auto ours_lat = time_calls(100'000, [&](std::size_t) {
    auto [o, at] = pick();
    benchmark::DoNotOptimize(ours(*g_big, g_orgs[o], at, rows, big_member));
  });
  auto peer_lat = time_calls(5'000, [&](std::size_t) {
    auto [o, at] = pick();
    benchmark::DoNotOptimize(peer(g_org_names[o], at));
  });

  std::printf("built-in registry: %zu events\n", g_builtin->events().size());
  std::printf("  as-of members(SCO, day) in process: p50 %.0f ns, p99 %.0f ns (target p50 < 2000 ns)\n",
              builtin_lat.p50, builtin_lat.p99);
  std::printf("generated ledger: %zu events, %zu organizations, %zu states, %zu intervals\n",
              g_big->events().size(), g_orgs.size(), std::size_t{200}, view.all_intervals().size());
  std::printf("  load (open + fold): %.3f s = %.2f M events/s (target >= 1)\n", load_s,
              static_cast<double>(g_big->events().size()) / load_s / 1e6);
  std::printf("  memory: %.1f bytes/event resident after load (target <= 200)\n",
              static_cast<double>(rss_after - rss_before) / static_cast<double>(g_big->events().size()));
  std::printf("  as-of members(org, day): igo p50 %.0f ns, p99 %.0f ns; SQLite p50 %.0f ns, p99 %.0f ns\n",
              ours_lat.p50, ours_lat.p99, peer_lat.p50, peer_lat.p99);
  std::printf("  ratio SQLite/igo at p50: %.1fx (target >= 20x)\n", peer_lat.p50 / ours_lat.p50);
  std::printf(
      "  same answers in %zu/200 samples; %zu differ only on year-precision histories; %zu otherwise\n",
      identical, explained, unexplained);
  std::fflush(stdout);

  int bargc = static_cast<int>(rest.size());
  benchmark::Initialize(&bargc, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  sqlite3_finalize(g_peer);
  sqlite3_close(g_sqlite);
  return 0;
}
