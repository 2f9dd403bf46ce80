#include "values/calendar.h"

#include "values/decimal.h"

namespace newslens {
namespace {

// `value` in at least `width` digits, zero-padded.
std::string Padded(int value, int width) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (static_cast<int>(digits.size()) < width) {
    digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  }
  return value < 0 ? "-" + digits : digits;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = ParseSmallInteger(text.substr(0, 4));
  const auto month = ParseSmallInteger(text.substr(5, 2));
  const auto day = ParseSmallInteger(text.substr(8, 2));
  if (!year || !month || !day || !IsValidDate(*year, *month, *day)) return std::nullopt;
  return CivilDate{*year, *month, *day};
}

std::int64_t DaysFromCivil(const CivilDate& date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t month_from_march = (date.month + 9) % 12;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month =
      static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int IsoWeekday(std::int64_t days) {
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

std::string TwoDigits(int value) { return Padded(value, 2); }

std::string FormatDate(const CivilDate& date) {
  return FormatMonth(date.year, date.month) + "-" + TwoDigits(date.day);
}

std::string FormatMonth(int year, int month) { return FormatYear(year) + "-" + TwoDigits(month); }

std::string FormatYear(int year) { return Padded(year, 4); }

std::string FormatIsoWeek(std::int64_t days) {
  // The ISO year and week are those of the Thursday of the same Monday-first week.
  const std::int64_t thursday = days - IsoWeekday(days) + 4;
  const int year = CivilFromDays(thursday).year;
  const std::int64_t week = (thursday - DaysFromCivil({year, 1, 1})) / 7 + 1;
  return FormatYear(year) + "-W" + TwoDigits(static_cast<int>(week));
}

}  // namespace newslens
