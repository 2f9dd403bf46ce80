# `cmake --install <build> --prefix P`: the library and its headers, the CLI, and two ways to
# find them again.
#
#   P/include/newslens/*.h                       the public headers
#   P/lib/libnewslens_core.a                     the core (static, position-independent)
#   P/bin/newslens                               the CLI
#   P/lib/cmake/newslens/newslensConfig.cmake    find_package(newslens CONFIG): newslens::core,
#                                                newslens::utf8proc, newslens::cli
#   P/lib/pkgconfig/newslens.pc                  pkg-config --cflags --libs newslens
#
# Both packages are relocatable (paths relative to where they lie). The core needs utf8proc at
# link time: natively Debian's libutf8proc, found through pkg-config by the consumer as it was
# here; in the WebAssembly build the static library compiled from its sources, installed beside
# the core. tests/cmake-consumer/ builds a program against an installed tree both ways.
include(CMakePackageConfigHelpers)

set(NEWSLENS_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/newslens")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/core/include/newslens"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.h")

set_target_properties(newslens_utf8proc PROPERTIES EXPORT_NAME utf8proc)
install(TARGETS newslens_core newslens_utf8proc
        EXPORT newslensTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
if(TARGET newslens_cli)
  set_target_properties(newslens_cli PROPERTIES EXPORT_NAME cli)
  install(TARGETS newslens_cli EXPORT newslensTargets
          RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

install(EXPORT newslensTargets
        NAMESPACE newslens::
        FILE newslensTargets.cmake
        DESTINATION "${NEWSLENS_CMAKE_DIR}")
# The same targets from the build tree, for a project that points newslens_DIR at the build.
export(EXPORT newslensTargets
       NAMESPACE newslens::
       FILE "${PROJECT_BINARY_DIR}/newslensTargets.cmake")

# Whether the consumer must find libutf8proc through pkg-config (native) or gets it installed.
if(EMSCRIPTEN)
  set(NEWSLENS_UTF8PROC_FROM_PKG_CONFIG OFF)
else()
  set(NEWSLENS_UTF8PROC_FROM_PKG_CONFIG ON)
endif()
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/newslensConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/newslensConfig.cmake"
  INSTALL_DESTINATION "${NEWSLENS_CMAKE_DIR}")
# 0.x: a minor version may break the API, so only the same MAJOR.MINOR is compatible.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/newslensConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/newslensConfig.cmake"
              "${PROJECT_BINARY_DIR}/newslensConfigVersion.cmake"
        DESTINATION "${NEWSLENS_CMAKE_DIR}")

# pkg-config: the prefix is found from the .pc file's own place (${pcfiledir}), so the tree can
# be moved. The core is a static library, so libutf8proc is in Requires (not Requires.private):
# every program that links the core links utf8proc too.
set(NEWSLENS_PC_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(FATAL_ERROR "newslens.pc needs CMAKE_INSTALL_LIBDIR and CMAKE_INSTALL_INCLUDEDIR "
                      "relative to the prefix")
endif()
file(RELATIVE_PATH NEWSLENS_PC_TO_PREFIX "/prefix/${NEWSLENS_PC_DIR}" "/prefix")
if(EMSCRIPTEN)
  set(NEWSLENS_PC_REQUIRES "")
  set(NEWSLENS_PC_LIBS "-lnewslens_core -lnewslens_utf8proc")
else()
  set(NEWSLENS_PC_REQUIRES "libutf8proc")
  set(NEWSLENS_PC_LIBS "-lnewslens_core")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/newslens.pc.in" "${PROJECT_BINARY_DIR}/newslens.pc"
               @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/newslens.pc" DESTINATION "${NEWSLENS_PC_DIR}")
