// Amounts: NUMBER, ORDINAL, MONEY and PERCENT values (internal header). Each matcher looks for a
// value that starts at token `i` of a sentence and returns nullopt when none does; the value
// formats are described in values/value_finder.h.
#ifndef NEWSLENS_VALUES_QUANTITIES_H_
#define NEWSLENS_VALUES_QUANTITIES_H_

#include <cstddef>
#include <optional>
#include <string>

#include "values/decimal.h"
#include "values/sentence_tokens.h"

namespace newslens {

// An amount as written, before it becomes a number, money or a percentage.
struct Quantity {
  std::size_t end;  // one past its last token
  Decimal amount;
  bool vague = false;     // "thousands", "tens of thousands": `amount` or more
  bool lone_one = false;  // the word "one" alone, more often a pronoun than a number

  // "3500000", or "10000+" when vague.
  std::string Value() const;
};

// The amount that starts at token `i`:
//   numerals              "3.5", "1,000", "120"
//   numeral and scale     "3.5 million", "5bn", "5 bn"; with `money`, also "5m", "3k"
//   number words          "twelve", "twenty-one", "three hundred and five", "a dozen",
//                         "two million", "half a million"
//   vague plurals         "thousands", "dozens", "tens of thousands", "hundreds of millions"
// Number words whose capital marks a name ("Group of Seven") are no amount.
std::optional<Quantity> MatchQuantity(const SentenceTokens& tokens, std::size_t i, bool money);

// NUMBER ("3.5 million", "twelve") or ORDINAL ("2nd", "second", "twenty-first").
std::optional<ValueMatch> MatchNumber(const SentenceTokens& tokens, std::size_t i);
// MONEY: a currency sign before the amount ("$5 billion", "US$5bn", "€20", "USD 5") or a sign or
// name after it ("20 €", "5 million euros", "billions of dollars", "50 cents").
std::optional<ValueMatch> MatchMoney(const SentenceTokens& tokens, std::size_t i);
// PERCENT: "4.5%", "4.5 percent", "4.5 per cent", "five percentage points".
std::optional<ValueMatch> MatchPercent(const SentenceTokens& tokens, std::size_t i);

}  // namespace newslens

#endif  // NEWSLENS_VALUES_QUANTITIES_H_
