// Values: dates, times, numbers, ordinals, money, percentages, URLs and e-mail addresses, each
// with a normalized `value` (internal header).
//
//   std::vector<Value> values = FindValues(analyzed_text, document.date);
//
// Values are found sentence by sentence on the tokens of the normalized text, in text order and
// never overlapping: where candidates overlap, the one that starts first wins, and of those
// that start together the longest ("$18 million" is one MONEY, not MONEY and NUMBER). Words
// around a value that only say how to read it are not part of it: "in 2022" gives "2022",
// "on Friday" "Friday", "about $18 million" "$18 million"; words that change it are ("last
// Friday", "three years ago"). Each Value's span is a byte span of the input and its text the
// decoded text there (analysis.h). Nothing here fails: text without values gives none.
//
// Normalized values:
//   DATE     ISO 8601: "2025-02-01" for a day, "2025-02" for a month, "2025" for a year,
//            "2025-W05" for an ISO week ("last week"), "199X" for a decade ("the 1990s",
//            "’90s"), "18XX" for a century ("the 1800s"). A day or month without its year
//            ("Feb. 1", "in May") takes the year that puts it nearest the document date (the
//            earlier on a tie); a weekday ("on Thursday") is the most recent one, counting the
//            document date itself, unless "by", "until" or a future cue shortly before it
//            ("will", "expected", ...) put it in the coming week, and "last Thursday" and
//            "next Thursday" are the ones in the seven days before and after. Without a
//            document date the unknown year is "XXXX" ("XXXX-02-01", "XXXX-05") and a weekday
//            is "XXXX-WXX-4" (TIMEX3 style, ISO weekday 1 Monday ... 7 Sunday); words that
//            only count from the document date ("yesterday", "last year", "three years ago")
//            are then not reported as dates. A bare four-digit number is a year from 1900 to
//            2099 ("in 2022", "his 2024 campaign") unless a count word precedes it ("about
//            2000"). Two-digit decades are the 1900s ("’90s" "199X") but for "’00s" and "’10s".
//   TIME     "HH:MM" on the 24-hour clock: "10:30 a.m." "10:30", "3 p.m." "15:00", "noon"
//            "12:00", "midnight" "00:00"; a bare "H:MM" is read as 24-hour. Time zones are
//            not part of the value.
//   NUMBER   a plain decimal, no separators, no exponent, no trailing fraction zeros: "1,000"
//            "1000", "3.5 million" "3500000", "twelve" "12", "half a million" "500000". A vague
//            plural is its unit followed by "+" (that much or more): "thousands" "1000+",
//            "tens of thousands" "10000+", "dozens" "12+", "billions" "1000000000+". The word
//            "one" alone is not reported (mostly a pronoun); number words whose capital marks
//            a name ("Group of Seven") are not numbers.
//   ORDINAL  the number: "2nd" "2", "second" "2", "twenty-first" "21".
//   MONEY    ISO 4217 code, a space, the amount as a NUMBER: "$5 billion" "USD 5000000000",
//            "€20" "EUR 20", "£3.5m" "GBP 3500000", "50 cents" "USD 0.5", "billions of dollars"
//            "USD 1000000000+". "$" alone is US dollars and "¥" yen (core/data/currencies.txt).
//   PERCENT  the number of percent: "4.5%", "4.5 percent", "4.5 per cent" all "4.5";
//            "percentage points" too.
//   URL, EMAIL  the address as written (the tokenizer's URL and e-mail tokens).
#ifndef NEWSLENS_VALUES_VALUE_FINDER_H_
#define NEWSLENS_VALUES_VALUE_FINDER_H_

#include <optional>
#include <string>
#include <vector>

#include "newslens/analysis.h"
#include "text/analyzed_text.h"

namespace newslens {

// The values of `text` in text order. `document_date` ("YYYY-MM-DD", from the header line) is
// the anchor of relative dates; nullopt, or a string that is no valid date, means there is none.
std::vector<Value> FindValues(const AnalyzedText& text,
                              const std::optional<std::string>& document_date);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_VALUE_FINDER_H_
