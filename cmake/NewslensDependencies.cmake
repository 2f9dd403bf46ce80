# Finds the three dependencies and gives each one target name on every platform:
#   newslens_dep::utf8proc   Debian's libutf8proc natively; compiled from its sources for wasm
#                            (either way the target newslens_utf8proc, installed with the core)
#   newslens_dep::json       nlohmann/json (header-only)
#   Catch2::Catch2           Catch2 v2 (native tests only)

if(EMSCRIPTEN)
  # Debian ships utf8proc only as a native library: compile its C sources (fetched by
  # `make setup`, see tools/setup.sh) into the module.
  if(NOT EXISTS "${NEWSLENS_UTF8PROC_SOURCE_DIR}/utf8proc.c")
    message(FATAL_ERROR "NEWSLENS_UTF8PROC_SOURCE_DIR must point at utf8proc's sources "
                        "(run `make setup`); got '${NEWSLENS_UTF8PROC_SOURCE_DIR}'")
  endif()
  add_library(newslens_utf8proc STATIC "${NEWSLENS_UTF8PROC_SOURCE_DIR}/utf8proc.c")
  target_include_directories(newslens_utf8proc SYSTEM PUBLIC
                             "$<BUILD_INTERFACE:${NEWSLENS_UTF8PROC_SOURCE_DIR}>")
  target_compile_definitions(newslens_utf8proc PUBLIC UTF8PROC_STATIC)
  add_library(newslens_dep::utf8proc ALIAS newslens_utf8proc)

  # Emscripten must never see /usr/include (glibc's headers break it): expose only nlohmann's
  # folder, through a staging directory of symlinks.
  set(_staging "${CMAKE_BINARY_DIR}/_staging_include")
  file(MAKE_DIRECTORY "${_staging}")
  if(NOT EXISTS "${_staging}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_staging}/nlohmann" SYMBOLIC)
  endif()
  add_library(newslens_json INTERFACE)
  target_include_directories(newslens_json SYSTEM INTERFACE "${_staging}")
  target_compile_definitions(newslens_json INTERFACE JSON_NOEXCEPTION)
  add_library(newslens_dep::json ALIAS newslens_json)
else()
  find_package(PkgConfig REQUIRED)
  # Imported as PkgConfig::newslens_utf8proc, the name the installed package gives it too
  # (cmake/newslensConfig.cmake.in), and wrapped in a target of ours, newslens_utf8proc, which
  # is installed and exported with the core (newslens::utf8proc).
  pkg_check_modules(newslens_utf8proc REQUIRED IMPORTED_TARGET libutf8proc)
  add_library(newslens_utf8proc INTERFACE)
  target_link_libraries(newslens_utf8proc INTERFACE PkgConfig::newslens_utf8proc)
  add_library(newslens_dep::utf8proc ALIAS newslens_utf8proc)

  find_package(nlohmann_json 3.10 REQUIRED)
  add_library(newslens_dep::json ALIAS nlohmann_json::nlohmann_json)

  if(NEWSLENS_BUILD_TESTS)
    find_package(Catch2 2 REQUIRED)
  endif()
endif()
