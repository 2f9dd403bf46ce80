// Windows-1252's bytes 0x80..0x9F (internal header). Used to decode 8-bit files and, as the HTML
// standard asks, numeric character references in that range (&#146; is ’).
#ifndef NEWSLENS_INPUT_WINDOWS1252_H_
#define NEWSLENS_INPUT_WINDOWS1252_H_

#include <array>

namespace newslens {

// Code points for 0x80..0x9F; 0 where Windows-1252 leaves the byte undefined. Bytes 0xA0..0xFF
// are Latin-1: the code point equals the byte.
inline constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace newslens

#endif  // NEWSLENS_INPUT_WINDOWS1252_H_
