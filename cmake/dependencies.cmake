# Every dependency comes from Debian's packages, installed by scripts/setup.
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
if(IGO_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(IGO_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# igo_module(NAME SOURCES... DEPS ...): one static library per module folder.
# The folder is the include root's subdirectory ("util/result.hpp").
function(igo_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(igo_${name} STATIC ${ARG_SOURCES})
  target_include_directories(igo_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(igo_${name} PUBLIC ${ARG_DEPS} PRIVATE igo_warnings)
endfunction()
