#include "values/dates.h"

#include <cstdint>
#include <cstdlib>
#include <string>

#include "values/decimal.h"
#include "values/quantities.h"
#include "values/value_lexicon.h"

namespace newslens {
namespace {

// Lengths of the calendar units in date-words.txt, which name them by their length in days.
constexpr int kDay = 1;
constexpr int kWeek = 7;
constexpr int kMonth = 30;
constexpr int kYear = 365;

// How many tokens before a weekday a future cue may stand ("will vote on the budget on Monday").
constexpr std::size_t kFutureCueWindow = 8;

// The year of a date whose year is not known.
constexpr const char* kUnknownYear = "XXXX";

const DateWord* DateWordOfKind(std::string_view word, DateWordKind kind) {
  const DateWord* w = LookupDateWord(word);
  return w && w->kind == kind ? w : nullptr;
}

// A month name, capitalized as names are: "February", "Feb.", "Feb".
const DateWord* MonthAt(const SentenceTokens& tokens, std::size_t i) {
  if (!tokens.IsKind(i, TokenKind::kWord) || !tokens.Capitalized(i)) return nullptr;
  std::string_view word = tokens.Lower(i);
  if (word.ends_with('.')) word.remove_suffix(1);
  return DateWordOfKind(word, DateWordKind::kMonth);
}

const DateWord* WeekdayAt(const SentenceTokens& tokens, std::size_t i) {
  if (!tokens.IsKind(i, TokenKind::kWord) || !tokens.Capitalized(i)) return nullptr;
  return DateWordOfKind(tokens.Lower(i), DateWordKind::kWeekday);
}

// A day of the month: "1", "01", "1st", "22nd".
std::optional<int> DayAt(const SentenceTokens& tokens, std::size_t i) {
  if (!tokens.IsKind(i, TokenKind::kNumber)) return std::nullopt;
  std::optional<int> day = ParseSmallInteger(tokens.Text(i));
  if (!day) day = ParseOrdinalNumeral(tokens.Text(i));
  if (!day || *day < 1 || *day > 31) return std::nullopt;
  return day;
}

// A year in four digits, as dates spell it ("Feb. 1, 1865").
std::optional<int> YearAt(const SentenceTokens& tokens, std::size_t i) {
  const std::string_view text = tokens.Text(i);
  if (!tokens.IsKind(i, TokenKind::kNumber) || text.size() != 4 || text[0] == '0') {
    return std::nullopt;
  }
  return ParseSmallInteger(text);
}

// A bare year, "2022": four digits from 1900 to 2099, the years news writes without context.
std::optional<std::string> BareYearValue(std::string_view numeral) {
  if (numeral.size() != 4) return std::nullopt;
  const std::optional<int> year = ParseSmallInteger(numeral);
  if (!year || *year < 1900 || *year > 2099) return std::nullopt;
  return FormatYear(*year);
}

// "1990s" -> "199X", "’90s" -> "199X", "1800s" -> "18XX" (a century), "2000s" -> "200X".
std::optional<std::string> DecadeValue(std::string_view numeral) {
  if (numeral.size() == 4 && numeral[0] == '\'' && numeral[3] == 's') {
    // Two digits: the 1900s, but for the 2000s and 2010s ("the ’00s"), which are not yet far
    // enough back to share their names with a decade of the 1900s in news.
    const std::string_view tens = numeral.substr(1, 2);
    if (!ParseSmallInteger(tens) || tens[1] != '0') return std::nullopt;
    return std::string(tens[0] <= '1' ? "20" : "19") + tens[0] + "X";
  }
  if (numeral.size() != 5 || numeral[4] != 's' || numeral[3] != '0' || numeral[0] == '0' ||
      !ParseSmallInteger(numeral.substr(0, 4))) {
    return std::nullopt;
  }
  if (numeral[2] == '0' && numeral.substr(0, 4) != "2000") {
    return std::string(numeral.substr(0, 2)) + "XX";
  }
  return std::string(numeral.substr(0, 3)) + "X";
}

// The occurrence of month/day nearest to the anchor (on a tie the earlier one, since news
// reports more than it announces); "XXXX-MM-DD" without an anchor.
std::string MonthDayValue(int month, int day, const std::optional<CivilDate>& anchor) {
  if (anchor) {
    const std::int64_t from = DaysFromCivil(*anchor);
    std::optional<CivilDate> nearest;
    std::int64_t nearest_distance = 0;
    for (int year = anchor->year - 1; year <= anchor->year + 1; ++year) {
      if (!IsValidDate(year, month, day)) continue;
      const std::int64_t distance = std::llabs(DaysFromCivil({year, month, day}) - from);
      if (!nearest || distance < nearest_distance) {
        nearest = CivilDate{year, month, day};
        nearest_distance = distance;
      }
    }
    if (nearest) return FormatDate(*nearest);
  }
  return std::string(kUnknownYear) + "-" + TwoDigits(month) + "-" + TwoDigits(day);
}

// The month nearest to the anchor's (the earlier on a tie); "XXXX-MM" without an anchor.
std::string MonthValue(int month, const std::optional<CivilDate>& anchor) {
  if (!anchor) return std::string(kUnknownYear) + "-" + TwoDigits(month);
  const int from = anchor->year * 12 + anchor->month - 1;
  int nearest = (anchor->year - 1) * 12 + month - 1;
  for (int year = anchor->year; year <= anchor->year + 1; ++year) {
    const int candidate = year * 12 + month - 1;
    if (std::abs(candidate - from) < std::abs(nearest - from)) nearest = candidate;
  }
  return FormatMonth(nearest / 12, nearest % 12 + 1);
}

// The weekday in the seven days that start `first_offset` days from the anchor; "XXXX-WXX-D"
// (ISO weekday D) without an anchor.
std::string WeekdayValue(int weekday, int first_offset, const std::optional<CivilDate>& anchor) {
  if (!anchor) return std::string(kUnknownYear) + "-WXX-" + std::to_string(weekday);
  const std::int64_t from = DaysFromCivil(*anchor) + first_offset;
  const int offset = (weekday - IsoWeekday(from) + 7) % 7;
  return FormatDate(CivilFromDays(from + offset));
}

// Where the week of a weekday without "last" or "next" starts, in days from the document date:
// ahead (0: today or the next six days) after "by" or "until" or shortly after a future cue
// ("will meet on Monday"); otherwise behind (-6: today or the six days before), as news
// reports what happened.
int WeekdayFirstOffset(const SentenceTokens& tokens, std::size_t i) {
  std::size_t j = tokens.LowerBefore(i) == "on" ? i - 1 : i;
  if (DateWordOfKind(tokens.LowerBefore(j), DateWordKind::kDeadline)) return 0;
  for (std::size_t k = j; k > 0 && j - k < kFutureCueWindow; --k) {
    if (tokens.IsKind(k - 1, TokenKind::kPunctuation)) break;  // another clause
    if (DateWordOfKind(tokens.Lower(k - 1), DateWordKind::kFutureCue)) return 0;
  }
  return -6;
}

// "last year", "this month", "next week" from the anchor; nullopt for other units ("the next
// day" counts from the story, not from the document).
std::optional<std::string> ShiftedValue(int shift, int unit, const CivilDate& anchor) {
  switch (unit) {
    case kYear:
      return FormatYear(anchor.year + shift);
    case kMonth: {
      const int month = anchor.year * 12 + anchor.month - 1 + shift;
      return FormatMonth(month / 12, month % 12 + 1);
    }
    case kWeek:
      return FormatIsoWeek(DaysFromCivil(anchor) + 7 * shift);
    default:
      return std::nullopt;
  }
}

// "Feb. 1, 2025", "February 1", "Feb 2025", "1 February", "1st of February 2025", and a lone
// "February" (or "May" after a cue such as "in").
std::optional<ValueMatch> MatchCalendarDate(const SentenceTokens& tokens, std::size_t i,
                                            const std::optional<CivilDate>& anchor) {
  auto date = [&](std::size_t end, std::string value) {
    return ValueMatch{i, end, ValueType::kDate, std::move(value)};
  };
  // Day and month, then perhaps a year; the day must exist in the month of some year.
  auto day_month_year = [&](int day, int month, std::size_t year_at) -> std::optional<ValueMatch> {
    if (const std::optional<int> year = YearAt(tokens, year_at);
        year && IsValidDate(*year, month, day)) {
      return date(year_at + 1, FormatDate({*year, month, day}));
    }
    if (!IsValidDate(2000, month, day)) return std::nullopt;  // 2000 had a February 29
    const std::size_t end = tokens.Lower(year_at - 1) == "," ? year_at - 1 : year_at;
    return date(end, MonthDayValue(month, day, anchor));
  };

  if (const DateWord* month = MonthAt(tokens, i)) {
    if (const std::optional<int> day = DayAt(tokens, i + 1)) {
      const std::size_t year_at = tokens.Lower(i + 2) == "," ? i + 3 : i + 2;
      if (auto match = day_month_year(*day, month->value, year_at)) return match;
    }
    if (const std::optional<int> year = YearAt(tokens, i + 1)) {
      return date(i + 2, FormatMonth(*year, month->value));
    }
    const DateWord* before = LookupDateWord(tokens.LowerBefore(i));
    const bool cued =
        before && (before->kind == DateWordKind::kCue || before->kind == DateWordKind::kShift ||
                   before->kind == DateWordKind::kDeadline);
    if (month->abbreviation || (month->ambiguous && !cued)) return std::nullopt;
    return date(i + 1, MonthValue(month->value, anchor));
  }
  if (const std::optional<int> day = DayAt(tokens, i)) {
    // "1 February", "1st of February"
    const bool of = tokens.Lower(i + 1) == "of" && ParseOrdinalNumeral(tokens.Text(i));
    const std::size_t month_at = of ? i + 2 : i + 1;
    if (const DateWord* month = MonthAt(tokens, month_at)) {
      return day_month_year(*day, month->value, month_at + 1);
    }
  }
  return std::nullopt;
}

// "Thursday", "Thursday, Jan. 30".
std::optional<ValueMatch> MatchWeekday(const SentenceTokens& tokens, std::size_t i,
                                       const std::optional<CivilDate>& anchor) {
  const DateWord* weekday = WeekdayAt(tokens, i);
  if (!weekday) return std::nullopt;
  // A full date after the weekday says which one it is.
  const std::size_t date_at = tokens.Lower(i + 1) == "," ? i + 2 : i + 1;
  if (const auto date = MatchCalendarDate(tokens, date_at, anchor);
      date && date->end - date->begin > 1) {
    return ValueMatch{i, date->end, ValueType::kDate, date->value};
  }
  return ValueMatch{i, i + 1, ValueType::kDate,
                    WeekdayValue(weekday->value, WeekdayFirstOffset(tokens, i), anchor)};
}

// "last Thursday", "next Monday", "this week", "last year".
std::optional<ValueMatch> MatchShifted(const SentenceTokens& tokens, std::size_t i,
                                       const std::optional<CivilDate>& anchor) {
  const DateWord* shift = DateWordOfKind(tokens.Lower(i), DateWordKind::kShift);
  // "over the last year" is a duration, not a date.
  if (!shift || tokens.LowerBefore(i) == "the") return std::nullopt;
  if (const DateWord* weekday = WeekdayAt(tokens, i + 1)) {
    // last: the seven days before today; next: the seven after; this: today and the six after.
    const int first_offset = shift->value < 0 ? -7 : shift->value > 0 ? 1 : 0;
    return ValueMatch{i, i + 2, ValueType::kDate,
                      WeekdayValue(weekday->value, first_offset, anchor)};
  }
  const DateWord* unit = DateWordOfKind(tokens.Lower(i + 1), DateWordKind::kUnit);
  if (!anchor || !unit) return std::nullopt;
  std::optional<std::string> value = ShiftedValue(shift->value, unit->value, *anchor);
  if (!value) return std::nullopt;
  return ValueMatch{i, i + 2, ValueType::kDate, std::move(*value)};
}

// "yesterday", "today", "tomorrow", "tonight".
std::optional<ValueMatch> MatchDayOffset(const SentenceTokens& tokens, std::size_t i,
                                         const std::optional<CivilDate>& anchor) {
  const DateWord* offset = DateWordOfKind(tokens.Lower(i), DateWordKind::kDayOffset);
  if (!anchor || !offset || tokens.CapitalMarksName(i)) return std::nullopt;  // "the Today show"
  return ValueMatch{i, i + 1, ValueType::kDate,
                    FormatDate(CivilFromDays(DaysFromCivil(*anchor) + offset->value))};
}

// "three years ago", "a week ago", "10 days ago".
std::optional<ValueMatch> MatchAgo(const SentenceTokens& tokens, std::size_t i,
                                   const std::optional<CivilDate>& anchor) {
  if (!anchor) return std::nullopt;
  std::optional<int> count;
  std::size_t unit_at = i + 1;
  if (tokens.Lower(i) == "a" || tokens.Lower(i) == "an") {
    count = 1;
  } else if (const std::optional<Quantity> quantity = MatchQuantity(tokens, i, false)) {
    count = ParseSmallInteger(quantity->Value());  // nullopt for "3.5" and "thousands"
    unit_at = quantity->end;
  }
  const DateWord* unit = DateWordOfKind(tokens.Lower(unit_at), DateWordKind::kUnit);
  if (!count || !unit || !DateWordOfKind(tokens.Lower(unit_at + 1), DateWordKind::kAgo)) {
    return std::nullopt;
  }
  const std::int64_t today = DaysFromCivil(*anchor);
  std::optional<std::string> value = unit->value == kDay
                                         ? FormatDate(CivilFromDays(today - *count))
                                         : ShiftedValue(-*count, unit->value, *anchor);
  if (!value) return std::nullopt;
  return ValueMatch{i, unit_at + 2, ValueType::kDate, std::move(*value)};
}

// A numeral that is a date by itself: "2025-02-01", "2022", "1990s", "’90s".
std::optional<ValueMatch> MatchDateNumeral(const SentenceTokens& tokens, std::size_t i) {
  if (!tokens.IsKind(i, TokenKind::kNumber)) return std::nullopt;
  const std::string_view text = tokens.Lower(i);
  std::optional<std::string> value;
  if (const std::optional<CivilDate> date = ParseIsoDate(text)) {
    value = FormatDate(*date);
  } else if (!DateWordOfKind(tokens.LowerBefore(i), DateWordKind::kCountCue)) {
    value = BareYearValue(text);  // "about 2000" is a count
  }
  if (!value) value = DecadeValue(text);
  if (!value) return std::nullopt;
  return ValueMatch{i, i + 1, ValueType::kDate, std::move(*value)};
}

// "mid-2022", "mid-1990s", "mid-February": the year, decade or month.
std::optional<ValueMatch> MatchMid(const SentenceTokens& tokens, std::size_t i,
                                   const std::optional<CivilDate>& anchor) {
  constexpr std::string_view kMid = "mid-";
  if (!tokens.IsKind(i, TokenKind::kWord) || !tokens.Lower(i).starts_with(kMid)) {
    return std::nullopt;
  }
  const std::string_view rest = tokens.Text(i).substr(kMid.size());
  std::optional<std::string> value = BareYearValue(rest);
  if (!value) value = DecadeValue(rest);
  if (!value && !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z') {
    if (const DateWord* month =
            DateWordOfKind(tokens.Lower(i).substr(kMid.size()), DateWordKind::kMonth)) {
      value = MonthValue(month->value, anchor);
    }
  }
  if (!value) return std::nullopt;
  return ValueMatch{i, i + 1, ValueType::kDate, std::move(*value)};
}

// "10:30" -> 10, 30; "10.30" -> 10, 30 (a time only with a.m. or p.m.); "3" -> 3, 0.
struct ClockReading {
  int hour;
  int minute;
  bool with_colon;  // "10:30", the one form that is a time without a.m. or p.m.
};

std::optional<ClockReading> ReadClock(std::string_view digits) {
  const std::size_t separator = digits.find_first_of(":.");
  if (separator == std::string_view::npos) {
    const std::optional<int> hour = digits.size() <= 2 ? ParseSmallInteger(digits) : std::nullopt;
    if (!hour) return std::nullopt;
    return ClockReading{*hour, 0, false};
  }
  const std::string_view hour_digits = digits.substr(0, separator);
  const std::string_view minute_digits = digits.substr(separator + 1);
  const std::optional<int> hour =
      hour_digits.size() <= 2 ? ParseSmallInteger(hour_digits) : std::nullopt;
  const std::optional<int> minute =
      minute_digits.size() == 2 ? ParseSmallInteger(minute_digits) : std::nullopt;
  if (!hour || !minute || *minute > 59) return std::nullopt;
  return ClockReading{*hour, *minute, digits[separator] == ':'};
}

ValueMatch TimeMatch(std::size_t begin, std::size_t end, int hour, int minute) {
  return {begin, end, ValueType::kTime, TwoDigits(hour) + ":" + TwoDigits(minute)};
}

}  // namespace

std::optional<ValueMatch> MatchDate(const SentenceTokens& tokens, std::size_t i,
                                    const std::optional<CivilDate>& anchor) {
  std::optional<ValueMatch> best;
  KeepLongest(MatchWeekday(tokens, i, anchor), &best);
  KeepLongest(MatchShifted(tokens, i, anchor), &best);
  KeepLongest(MatchDayOffset(tokens, i, anchor), &best);
  KeepLongest(MatchAgo(tokens, i, anchor), &best);
  KeepLongest(MatchCalendarDate(tokens, i, anchor), &best);
  KeepLongest(MatchDateNumeral(tokens, i), &best);
  KeepLongest(MatchMid(tokens, i, anchor), &best);
  return best;
}

std::optional<ValueMatch> MatchTime(const SentenceTokens& tokens, std::size_t i) {
  if (const DateWord* clock = DateWordOfKind(tokens.Lower(i), DateWordKind::kClock)) {
    return TimeMatch(i, i + 1, clock->value / 60, clock->value % 60);
  }
  // The clock reading, and a.m. or p.m. stuck to it ("10:30am") or after it ("10:30 a.m.").
  std::optional<ClockReading> clock;
  std::string_view stuck;
  if (tokens.IsKind(i, TokenKind::kNumber)) {
    const std::string_view text = tokens.Lower(i);
    std::size_t digits_end = text.size();
    while (digits_end > 0 && text[digits_end - 1] >= 'a' && text[digits_end - 1] <= 'z') {
      --digits_end;
    }
    clock = ReadClock(text.substr(0, digits_end));
    stuck = text.substr(digits_end);
  } else if (const NumberWord* word = LookupNumberWord(tokens.Lower(i));
             word && word->kind == NumberWordKind::kCardinal &&
             tokens.IsKind(i, TokenKind::kWord)) {
    clock = ClockReading{static_cast<int>(word->value), 0, false};
  }
  if (!clock) return std::nullopt;
  const DateWord* meridiem =
      DateWordOfKind(stuck.empty() ? tokens.Lower(i + 1) : stuck, DateWordKind::kMeridiem);
  if (!meridiem) {
    // Without a.m. or p.m. only "10:30" reads as a time of day, on the 24-hour clock.
    if (!stuck.empty() || !clock->with_colon || clock->hour > 23) return std::nullopt;
    return TimeMatch(i, i + 1, clock->hour, clock->minute);
  }
  if (clock->hour < 1 || clock->hour > 12) return std::nullopt;
  const std::size_t end = stuck.empty() ? i + 2 : i + 1;
  return TimeMatch(i, end, clock->hour % 12 + meridiem->value, clock->minute);
}

}  // namespace newslens
