// Throughput of the extractor, single thread, in bytes of input per second,
// against a baseline pass that tokenizes the same text and stems every word
// with libstemmer (Snowball "arabic" / "english"). The corpus is the
// development set's texts (tests/extract/dev/<lang>/*.txt), repeated until it
// holds at least 20 MB per language; each text is one document.
//   igo_extract_bench [--benchmark_format=json]   (bench/extract/run prints MB/s and the ratio)
#include <benchmark/benchmark.h>
#include <libstemmer.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/data_dir.hpp"
#include "extract/extract.hpp"
#include "model/codec.hpp"
#include "text/tokenize.hpp"
#include "util/file.hpp"

namespace {

namespace fs = std::filesystem;
using igo::model::Lang;

constexpr std::size_t k_corpus_bytes = 20U * 1024U * 1024U;

std::string slurp(const fs::path& path) {
  auto text = igo::util::read_file(path.string());
  return text.ok() ? std::move(*text) : std::string();
}

std::unique_ptr<igo::extract::Extractor> build_extractor() {
  auto x = igo::extract::build_from_data_dir(IGO_SOURCE_DIR "/data");
  if (!x.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", x.error().to_string().c_str());
    std::exit(2);
  }
  return std::move(*x);
}

const igo::extract::Extractor& extractor() {
  static const std::unique_ptr<igo::extract::Extractor> k_x = build_extractor();
  return *k_x;
}

struct Corpus {
  std::vector<std::string> documents;
  std::size_t bytes = 0;
};

// The development texts of `lang`, repeated to k_corpus_bytes.
const Corpus& corpus(Lang lang) {
  static std::map<Lang, Corpus> cache;
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second;
  std::vector<std::string> texts;
  fs::path dir = fs::path(IGO_SOURCE_DIR) / "tests/extract/dev" / std::string(igo::model::to_string(lang));
  if (fs::exists(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") texts.push_back(slurp(entry.path()));
    }
  }
  if (texts.empty())
    texts.push_back(slurp(fs::path(IGO_SOURCE_DIR) / "tests/extract/seed/000_083a65cdadc3fda0.txt"));
  Corpus c;
  while (c.bytes < k_corpus_bytes) {
    for (const auto& t : texts) {
      c.documents.push_back(t);
      c.bytes += t.size();
    }
  }
  return cache.emplace(lang, std::move(c)).first->second;
}

void BM_Extract(benchmark::State& state, Lang lang) {
  const Corpus& c = corpus(lang);
  const auto& x = extractor();
  igo::extract::Options opt;
  opt.lang = lang;
  opt.doc_date = igo::util::day_from_civil(2024, 7, 4);
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (const auto& doc : c.documents) {
      auto r = x.extract(doc, opt);
      if (r.ok()) mentions += r->size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.bytes));
  state.counters["MB"] = static_cast<double>(c.bytes) / 1e6;
}

void BM_TokenizeAndStem(benchmark::State& state, Lang lang) {
  const Corpus& c = corpus(lang);
  sb_stemmer* stemmer = sb_stemmer_new(lang == Lang::ar ? "arabic" : "english", "UTF_8");
  if (stemmer == nullptr) {
    state.SkipWithError("libstemmer has no such stemmer");
    return;
  }
  std::size_t stemmed = 0;
  for (auto _ : state) {
    for (const auto& doc : c.documents) {
      for (const auto& t : igo::text::tokenize(doc)) {
        if (t.kind != igo::text::TokenKind::word) continue;
        const auto* w = reinterpret_cast<const sb_symbol*>(doc.data() + t.begin);
        const sb_symbol* s = sb_stemmer_stem(stemmer, w, static_cast<int>(t.end - t.begin));
        stemmed += static_cast<std::size_t>(sb_stemmer_length(stemmer)) + (s != nullptr ? 1U : 0U);
      }
    }
  }
  benchmark::DoNotOptimize(stemmed);
  sb_stemmer_delete(stemmer);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.bytes));
  state.counters["MB"] = static_cast<double>(c.bytes) / 1e6;
}

BENCHMARK_CAPTURE(BM_Extract, ar, Lang::ar)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_TokenizeAndStem, ar, Lang::ar)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Extract, en, Lang::en)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_TokenizeAndStem, en, Lang::en)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
