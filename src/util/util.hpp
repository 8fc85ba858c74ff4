// util: the parts of igo that know nothing of organizations.
//
// - result.hpp  Result<T>, Error (codes not_found, invalid_argument, conflict,
//               corruption, io_error), IGO_TRY / IGO_TRY_ASSIGN
// - edtf.hpp    EDTF dates: parse, print, the range of days a date denotes
// - time.hpp    transaction timestamps and the injectable Clock
// - utf8.hpp    UTF-8 validity, code point columns, display width
// - strings.hpp split, join, trim, ASCII case
// - file.hpp    reading a whole file, with located io_errors
//
// Depends on the standard library and ICU only; nothing here includes a
// header of another igo module.
#pragma once

#include "util/edtf.hpp"
#include "util/file.hpp"
#include "util/result.hpp"
#include "util/strings.hpp"
#include "util/time.hpp"
#include "util/utf8.hpp"
