// text: Arabic and English text prepared for matching, with every span
// traceable to the original bytes.
//
// - normalize.hpp  NormText, normalize(): folds for matching (diacritics,
//                  tatweel, alef/hamza, ى/ي, ة/ه, Persian letters, digits,
//                  punctuation, presentation forms, lower case) and the map
//                  from normalized bytes back to original UTF-8 bytes.
//                  Invalid UTF-8 is an Error with its byte offset.
// - tokenize.hpp   Token (word, number, punctuation; normalized byte span and
//                  whitespace flags), tokenize(), split_sentences().
// - vocabulary.hpp Vocabulary: interned normalized keys (string -> Key).
// - clitics.hpp    Segmenter: proclitic/enclitic splits kept only when the
//                  stem is a known key (lexicon-driven, not a stemmer).
//
// Contract: normalization is for matching only; output text is always cut
// from the original through NormText::to_original(). Nothing here knows a
// word of any lexicon: clitic forms and abbreviations are passed in by the
// caller (extract loads them from data/lexicon/). All functions are pure;
// a Vocabulary or Segmenter may be read from many threads once built.
// Per-character work uses tables built once from ICU; no ICU call happens
// per character.
//
// Depends on util and ICU (uc).
#pragma once

#include "text/clitics.hpp"
#include "text/normalize.hpp"
#include "text/tokenize.hpp"
#include "text/vocabulary.hpp"
