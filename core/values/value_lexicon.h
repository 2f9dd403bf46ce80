// The word lists of the value finder (internal header), read on first use from the lexicons
// compiled in from core/data/: number-words.txt, date-words.txt and currencies.txt. Each file's
// header explains its kinds. A word that is not listed looks up as nullptr; the entries live as
// long as the program.
#ifndef NEWSLENS_VALUES_VALUE_LEXICON_H_
#define NEWSLENS_VALUES_VALUE_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace newslens {

enum class NumberWordKind : std::uint8_t {
  kCardinal,     // "seven", value 7
  kMultiplier,   // "hundred", "dozen": multiplies the number before it
  kScale,        // "thousand" ... "trillion": ends a group
  kSuffix,       // "bn", "mln": a scale after a numeral
  kMoneySuffix,  // "m", "k", "b": a scale after a numeral in money only
  kOrdinal,      // "third", value 3
  kVague,        // "thousands": an unspecified multiple of the value
  kPercent,      // "percent", "%", "per cent"
};

struct NumberWord {
  NumberWordKind kind;
  std::uint64_t value;  // 0 for kPercent
  bool needs_multiple;  // kVague only before "of" and a larger vague word ("tens of thousands")
  bool needs_of;        // kVague only before "of" ("scores of people")
};

// `phrase` lower-cased, its tokens joined as SentenceTokens::Phrase() joins them ("per cent").
const NumberWord* LookupNumberWord(std::string_view phrase);

enum class DateWordKind : std::uint8_t {
  kMonth,      // value 1-12
  kWeekday,    // value 1 (Monday) - 7 (Sunday)
  kDayOffset,  // "yesterday": value -1 days
  kShift,      // "last" -1, "this" 0, "next" 1
  kUnit,       // "week": value its length in days (a month 30, a year 365)
  kAgo,        // "ago"
  kCue,        // "in", "since", "early": a lone month after it is a date
  kCountCue,   // "about", "than": a four-digit number after it is a count
  kFutureCue,  // "will", "expected": a weekday soon after it lies ahead
  kDeadline,   // "by", "until": the weekday after it lies ahead
  kMeridiem,   // "a.m." value 0, "p.m." value 12
  kClock,      // "noon": value in minutes after midnight
};

struct DateWord {
  DateWordKind kind;
  int value;
  bool abbreviation;  // months: "Feb" is a date only with a day or year
  bool ambiguous;     // months: "May" alone is a date only after a cue
};

const DateWord* LookupDateWord(std::string_view lower_word);

// True when `lower_word` is a date word of a kind that can open a date or time: a month, a
// weekday, a day offset, a shift or a clock word. (Cheaper than LookupDateWord for the
// commonest words, cues such as "in", "by" and "will", which open none.)
bool OpensDate(std::string_view lower_word);

// LookupNumberWord(lower_word) != nullptr || OpensDate(lower_word), in one lookup: asked of
// every token.
bool OpensValueWord(std::string_view lower_word);

enum class CurrencyForm : std::uint8_t { kSymbol, kCode, kName };

struct Currency {
  std::string_view code;  // ISO 4217
  CurrencyForm form;
  int power;  // the amount is in units of 10^power of the currency ("cents": -2)
};

// Symbols and codes exactly as written ("US$", "EUR").
const Currency* LookupCurrencySign(std::string_view phrase);
// True when some sign begins with `text` as written ("US" of "US$", "$", "EU").
bool StartsCurrencySign(std::string_view text);
// Names lower-cased ("us dollars").
const Currency* LookupCurrencyName(std::string_view lower_phrase);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_VALUE_LEXICON_H_
