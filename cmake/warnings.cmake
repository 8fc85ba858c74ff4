# igo_warnings: the warning set every igo target compiles with. Warnings are
# errors; third-party headers come in as system headers and are exempt.
add_library(igo_warnings INTERFACE)
target_compile_options(igo_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
# GCC 12 reports std::string appends as overlapping memcpy at -O3, a known
# false positive (GCC bug 105329); the check stays on for other compilers.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(igo_warnings INTERFACE -Wno-restrict)
endif()
