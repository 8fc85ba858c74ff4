// Normalization for matching (never for output) with a map back to the
// original bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/result.hpp"

namespace igo::text {

// A normalized text and, for each of its bytes, the original bytes of the
// character that produced it. Evidence spans are found in the normalized
// text and cut from the original through to_original().
class NormText {
 public:
  const std::string& text() const { return m_text; }
  std::size_t original_size() const { return m_original_size; }

  // The original byte range [begin, end) that the normalized range
  // [norm_begin, norm_end) came from. Diacritics and tatweel that follow
  // the last letter are included; both ends fall on character boundaries.
  std::pair<std::size_t, std::size_t> to_original(std::size_t norm_begin, std::size_t norm_end) const;

 private:
  friend Result<NormText> normalize(std::string_view original);
  std::string m_text;
  std::vector<std::uint32_t> m_begin;  // per normalized byte
  std::vector<std::uint32_t> m_end;    // per normalized byte
  std::size_t m_original_size = 0;
};

// Normalizes `original` (UTF-8):
// - Arabic: diacritics, Quranic marks and tatweel removed; أ إ آ ٱ -> ا,
//   ؤ -> و, ئ ى ی -> ي, ة ۀ -> ه, ک -> ك; Arabic-Indic and Persian digits
//   -> ASCII; ، ؛ ؟ ٪ -> , ; ? %; presentation forms and ligatures through
//   NFKC (precomputed);
// - Latin and other cased scripts lower-cased; typographic quotes, dashes
//   and spaces -> ASCII; « » -> "; format marks (ZWNJ, LRM, BOM...) removed.
// Fails with invalid_argument naming the byte offset of the first
// ill-formed UTF-8 sequence, and for texts of 4 GiB or more.
Result<NormText> normalize(std::string_view original);

// Normalizes a lexicon entry or a name (same rules; the map is dropped).
// Ill-formed input gives "".
std::string normalize_key(std::string_view text);

}  // namespace igo::text
