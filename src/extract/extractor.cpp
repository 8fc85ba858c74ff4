#include <algorithm>

#include "extract/dates.hpp"
#include "extract/document.hpp"
#include "extract/events_internal.hpp"
#include "extract/extract.hpp"
#include "extract/lexicon.hpp"

namespace igo::extract {
namespace {

// The document date, else the day of a dateline that gives its year.
std::optional<util::Day> anchor_of(const std::vector<DateExpr>& dates, const Options& options) {
  if (options.doc_date) return options.doc_date;
  for (const auto& d : dates) {
    if (d.dateline && d.kind == DateExpr::Kind::absolute && d.date.is_exact_day()) return d.date.lo();
  }
  return std::nullopt;
}

}  // namespace

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::build(std::span<const model::Entity* const> entities,
                                                    const std::map<std::string, std::string>& lexicon) {
  std::unique_ptr<Extractor> x(new Extractor());
  try {
    IGO_TRY_ASSIGN(x->m_res, build_resources(entities, lexicon));
  } catch (const model::Json::exception& ex) {
    return invalid_argument(std::string("lexicon: ") + ex.what());
  }
  return x;
}

Result<std::vector<Mention>> Extractor::extract(std::string_view text, const Options& options) const {
  IGO_TRY_ASSIGN(auto doc, Doc::read(text, *m_res, options.lang));
  auto dates = find_dates(doc);
  return assemble(doc, dates, anchor_of(dates, options));
}

Result<std::vector<std::pair<std::string, std::string>>> Extractor::dates(std::string_view text,
                                                                          const Options& options) const {
  IGO_TRY_ASSIGN(auto doc, Doc::read(text, *m_res, options.lang));
  auto dates = find_dates(doc);
  auto anchor = anchor_of(dates, options);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : dates) {
    auto r = resolve(d, anchor, false);
    out.emplace_back(std::string(doc.original_text(d.first, d.last)), r ? r->to_string() : std::string());
  }
  return out;
}

model::Lang Extractor::detect_language(std::string_view text) const {
  auto doc = Doc::read(text, *m_res, std::nullopt);
  return doc.ok() ? doc->lang() : model::Lang::en;
}

}  // namespace igo::extract
