#include "text/char_tables.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

namespace igo::text::detail {
namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0U | (cp >> 6));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0U | (cp >> 12));
    out += static_cast<char>(0x80U | ((cp >> 6) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (cp >> 18));
    out += static_cast<char>(0x80U | ((cp >> 12) & 0x3FU));
    out += static_cast<char>(0x80U | ((cp >> 6) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  }
}

void set_text(Fold& f, const std::string& utf8) {
  if (utf8.size() > f.bytes.size()) return;  // too long to fold: kept as written
  f.len = static_cast<std::uint8_t>(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) f.bytes[i] = utf8[i];
}

void set_cp(Fold& f, char32_t cp) {
  std::string s;
  append_utf8(s, cp);
  set_text(f, s);
}

// The Arabic-script folds for matching (docs/extraction.md "Normalization").
void fold_arabic(std::array<Fold, 0x800>& low) {
  for (char32_t cp : {0x0622U, 0x0623U, 0x0625U, 0x0671U, 0x0672U, 0x0673U}) set_cp(low[cp], 0x0627);
  set_cp(low[0x0624], 0x0648);                                                       // waw with hamza
  for (char32_t cp : {0x0626U, 0x0649U, 0x06CCU, 0x06D0U}) set_cp(low[cp], 0x064A);  // yeh forms
  for (char32_t cp : {0x0629U, 0x06C0U, 0x06C1U, 0x06D5U}) set_cp(low[cp], 0x0647);  // teh marbuta, heh forms
  for (char32_t cp : {0x06A9U, 0x06AAU}) set_cp(low[cp], 0x0643);                    // keheh
  // Diacritics, Quranic marks and tatweel belong to the letter before them.
  auto drop_range = [&](char32_t a, char32_t b) {
    for (char32_t cp = a; cp <= b; ++cp) low[cp].len = Fold::k_drop_attached;
  };
  drop_range(0x0610, 0x061A);
  drop_range(0x064B, 0x065F);
  drop_range(0x0670, 0x0670);
  drop_range(0x0640, 0x0640);
  drop_range(0x06D6, 0x06DC);
  drop_range(0x06DF, 0x06E4);
  drop_range(0x06E7, 0x06E8);
  drop_range(0x06EA, 0x06ED);
  drop_range(0x0300, 0x036F);      // Latin combining marks
  low[0x061C].len = Fold::k_drop;  // Arabic letter mark
  low[0x00AD].len = Fold::k_drop;  // soft hyphen
  for (char32_t d = 0; d < 10; ++d) {
    set_cp(low[0x0660 + d], U'0' + d);
    set_cp(low[0x06F0 + d], U'0' + d);
  }
  set_cp(low[0x060C], U',');
  set_cp(low[0x060D], U',');
  set_cp(low[0x061B], U';');
  set_cp(low[0x061F], U'?');
  set_cp(low[0x066A], U'%');
  set_cp(low[0x066B], U'.');
  set_cp(low[0x066C], U',');
  set_cp(low[0x06D4], U'.');
  set_cp(low[0x00A0], U' ');
  set_cp(low[0x00AB], U'"');
  set_cp(low[0x00BB], U'"');
}

// Applies the low table to a code point sequence (used to fold NFKC output).
std::string fold_string(const std::array<Fold, 0x800>& low, const icu::UnicodeString& s) {
  std::string out;
  for (std::int32_t i = 0; i < s.length();) {
    UChar32 cp = s.char32At(i);
    i += U16_LENGTH(cp);
    auto c = static_cast<char32_t>(cp);
    if (c < 0x800 && low[c].len != Fold::k_keep) {
      const Fold& f = low[c];
      if (f.len == Fold::k_drop || f.len == Fold::k_drop_attached) continue;
      out.append(f.bytes.data(), f.len);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

void build_general(std::array<Fold, 0x70>& general) {
  auto at = [&](char32_t cp) -> Fold& { return general[cp - 0x2000]; };
  for (char32_t cp = 0x2000; cp <= 0x200A; ++cp) set_cp(at(cp), U' ');
  for (char32_t cp : {0x200BU, 0x200CU, 0x200DU, 0x200EU, 0x200FU}) at(cp).len = Fold::k_drop;
  for (char32_t cp = 0x2010; cp <= 0x2015; ++cp) set_cp(at(cp), U'-');
  for (char32_t cp = 0x2018; cp <= 0x201B; ++cp) set_cp(at(cp), U'\'');
  for (char32_t cp = 0x201C; cp <= 0x201F; ++cp) set_cp(at(cp), U'"');
  set_cp(at(0x2039), U'"');
  set_cp(at(0x203A), U'"');
  set_text(at(0x2026), "...");
  set_cp(at(0x2028), U'\n');
  set_cp(at(0x2029), U'\n');
  for (char32_t cp = 0x202A; cp <= 0x202E; ++cp) at(cp).len = Fold::k_drop;
  set_cp(at(0x202F), U' ');
  set_cp(at(0x205F), U' ');
  for (char32_t cp = 0x2060; cp <= 0x2064; ++cp) at(cp).len = Fold::k_drop;
  for (char32_t cp = 0x2066; cp <= 0x206F; ++cp) at(cp).len = Fold::k_drop;
}

// Presentation forms (ligatures, contextual letter shapes) through NFKC,
// then the Arabic folds.
void build_presentation(const std::array<Fold, 0x800>& low, std::array<Fold, 0x3B0>& pres) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  for (char32_t cp = 0xFB50; cp <= 0xFEFF; ++cp) {
    Fold& f = pres[cp - 0xFB50];
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF) {
      f.len = Fold::k_drop;
      continue;
    }
    if (U_FAILURE(status) || !u_isdefined(static_cast<UChar32>(cp))) continue;
    icu::UnicodeString src(static_cast<UChar32>(cp));
    UErrorCode s2 = U_ZERO_ERROR;
    icu::UnicodeString dst = nfkc->normalize(src, s2);
    if (U_FAILURE(s2) || dst == src) continue;
    std::string folded = fold_string(low, dst);
    if (folded.find_first_not_of(' ') == std::string::npos) {
      f.len = Fold::k_drop_attached;  // isolated or tatweel forms of diacritics
      continue;
    }
    set_text(f, folded);
  }
}

void build_classes(std::array<CharClass, 0x10000>& cls) {
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    auto c = static_cast<UChar32>(cp);
    CharClass k = CharClass::punct;
    if (cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\v' || cp == U'\f' || u_isUWhiteSpace(c)) {
      k = CharClass::space;
    } else if (cp >= U'0' && cp <= U'9') {
      k = CharClass::digit;
    } else if (u_isalpha(c) || u_isdigit(c) || u_charType(c) == U_NON_SPACING_MARK ||
               u_charType(c) == U_COMBINING_SPACING_MARK) {
      k = CharClass::letter;
    }
    cls[cp] = k;
  }
}

Tables* build() {
  auto* t = new Tables();
  for (char32_t cp = 0x80; cp < 0x800; ++cp) {
    UChar32 lower = u_tolower(static_cast<UChar32>(cp));
    if (lower != static_cast<UChar32>(cp)) set_cp(t->low[cp], static_cast<char32_t>(lower));
  }
  for (char32_t cp = U'A'; cp <= U'Z'; ++cp) set_cp(t->low[cp], cp + 32);
  fold_arabic(t->low);
  build_general(t->general);
  build_presentation(t->low, t->presentation);
  build_classes(t->cls);
  return t;
}

}  // namespace

const Tables& tables() {
  static const Tables* const k_tables = build();  // lives for the process
  return *k_tables;
}

}  // namespace igo::text::detail
