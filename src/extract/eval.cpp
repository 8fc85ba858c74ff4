// Evaluation against gold rows (docs/extraction.md "Evaluation").
#include <algorithm>

#include "extract/extract.hpp"

namespace igo::extract {
namespace {

// Two points agree at the precision of `gold`.
bool point_agrees(const util::DatePoint& gold, const util::DatePoint& pred) {
  if (gold.year != pred.year) return false;
  if (gold.month != 0 && gold.month != pred.month) return false;
  if (gold.day != 0 && gold.day != pred.day) return false;
  return true;
}

bool date_agrees(const std::optional<std::string>& gold, const std::optional<std::string>& pred) {
  if (!gold) return true;
  if (!pred) return false;
  auto g = util::Date::parse(*gold);
  auto p = util::Date::parse(*pred);
  if (!g.ok() || !p.ok()) return *gold == *pred;
  if (g->is_interval() != p->is_interval()) return false;
  if (!g->is_interval()) return point_agrees(g->start(), p->start());
  if (g->start_bound() != p->start_bound() || g->end_bound() != p->end_bound()) return false;
  if (g->start_bound() == util::Bound::point && !point_agrees(g->start(), p->start())) return false;
  if (g->end_bound() == util::Bound::point && !point_agrees(g->end(), p->end())) return false;
  return true;
}

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

bool matches(const Mention& gold, const Mention& predicted) {
  if (gold.type != predicted.type || gold.org != predicted.org) return false;
  auto a = gold.actors;
  auto b = predicted.actors;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  if (a != b) return false;
  if (!date_agrees(gold.date, predicted.date)) return false;
  if (!gold.place.empty() && gold.place != predicted.place) return false;
  return true;
}

EvalCounts& EvalCounts::operator+=(const EvalCounts& o) {
  gold += o.gold;
  predicted += o.predicted;
  matched += o.matched;
  date_exact += o.date_exact;
  place_exact += o.place_exact;
  for (std::size_t g = 0; g < 2; ++g) {
    for (std::size_t p = 0; p < 2; ++p) status[g][p] += o.status[g][p];
  }
  return *this;
}

double EvalCounts::precision() const { return ratio(matched, predicted); }
double EvalCounts::recall() const { return ratio(matched, gold); }
double EvalCounts::f1() const {
  double p = precision();
  double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}
double EvalCounts::date_accuracy() const { return ratio(date_exact, matched); }
double EvalCounts::place_accuracy() const { return ratio(place_exact, matched); }

EvalCounts evaluate(const std::vector<Mention>& gold, const std::vector<Mention>& predicted,
                    std::vector<EvalPair>* pairs) {
  EvalCounts c;
  c.gold = gold.size();
  c.predicted = predicted.size();
  std::vector<bool> gold_used(gold.size(), false);
  std::vector<bool> pred_used(predicted.size(), false);
  auto exact = [](const Mention& g, const Mention& p) { return g.date == p.date && g.place == p.place; };
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < gold.size(); ++i) {
      if (gold_used[i]) continue;
      for (std::size_t j = 0; j < predicted.size(); ++j) {
        if (pred_used[j] || !matches(gold[i], predicted[j])) continue;
        if (pass == 0 && !exact(gold[i], predicted[j])) continue;
        gold_used[i] = pred_used[j] = true;
        ++c.matched;
        if (gold[i].date == predicted[j].date) ++c.date_exact;
        if (gold[i].place == predicted[j].place) ++c.place_exact;
        ++c.status[gold[i].planned ? 1 : 0][predicted[j].planned ? 1 : 0];
        if (pairs != nullptr) pairs->push_back({i, j});
        break;
      }
    }
  }
  return c;
}

}  // namespace igo::extract
