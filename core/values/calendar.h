// Proleptic Gregorian calendar arithmetic for dates in values (internal header).
//
// Days are counted from 1970-01-01 (day 0), negative before it, after Howard Hinnant's
// "chrono-Compatible Low-Level Date Algorithms"; weeks are ISO 8601 weeks (Monday first, week 1
// holds the year's first Thursday).
#ifndef NEWSLENS_VALUES_CALENDAR_H_
#define NEWSLENS_VALUES_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newslens {

struct CivilDate {
  int year;
  int month;  // 1-12
  int day;    // 1-31
};

int DaysInMonth(int year, int month);  // month 1-12
bool IsValidDate(int year, int month, int day);

// "YYYY-MM-DD" with a day that exists in its month; nullopt for anything else ("2025-02-30").
std::optional<CivilDate> ParseIsoDate(std::string_view text);

std::int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(std::int64_t days);
int IsoWeekday(std::int64_t days);  // 1 = Monday ... 7 = Sunday

// `value` (0-99) in two digits: "05".
std::string TwoDigits(int value);

// The ISO 8601 forms of values: "2025-02-01", "2025-02", "2025", "2025-W05" (the ISO week that
// holds `days`). Years outside 0-9999 are printed as they are.
std::string FormatDate(const CivilDate& date);
std::string FormatMonth(int year, int month);
std::string FormatYear(int year);
std::string FormatIsoWeek(std::int64_t days);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_CALENDAR_H_
