# cmake -DINPUT=<file> -DOUTPUT=<file.cc> -DSYMBOL=<name> -P EmbedFile.cmake
# Writes a C++ source file that holds the bytes of INPUT (see NewslensEmbed.cmake). A lexicon
# (.txt, .tsv) is embedded without its comment lines, those that open with "#", which its
# reader skips (text/lexicon.h): they document the file for people and would only weigh on the
# web module (some 18 KB of the lexicons, 6 KB gzipped).
if(INPUT MATCHES "\\.(txt|tsv)$")
  file(READ "${INPUT}" _text)
  # (A newline before the first line lets one pattern take every comment line, the first too.)
  string(REGEX REPLACE "\n#[^\n]*" "" _text "\n${_text}")
  string(SUBSTRING "${_text}" 1 -1 _text)
  set(_stripped "${OUTPUT}.stripped")
  file(WRITE "${_stripped}" "${_text}")
  file(READ "${_stripped}" _hex HEX)
  file(REMOVE "${_stripped}")
else()
  file(READ "${INPUT}" _hex HEX)
endif()
string(LENGTH "${_hex}" _hex_length)
math(EXPR _size "${_hex_length} / 2")
# One line of 32 bytes at a time keeps the generated file readable by compilers and people.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n" _bytes "${_bytes}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by cmake/EmbedFile.cmake. Do not edit.\n"
  "#include <cstddef>\n"
  "namespace newslens::data {\n"
  "extern const unsigned char ${SYMBOL}[];\n"
  "extern const std::size_t ${SYMBOL}_size;\n"
  "alignas(8) const unsigned char ${SYMBOL}[] = {\n${_bytes}0x00};\n"
  "const std::size_t ${SYMBOL}_size = ${_size};\n"
  "}  // namespace newslens::data\n")
