#include "values/quantities.h"

#include <cstdint>
#include <limits>

#include "values/value_lexicon.h"

namespace newslens {
namespace {

// The most tokens a lexicon phrase spans ("new zealand dollars", "US$" is two: "US" "$").
constexpr std::size_t kMaxPhraseTokens = 3;

int PowerOfTen(std::uint64_t scale) {
  int power = 0;
  for (; scale >= 10; scale /= 10) ++power;
  return power;
}

const NumberWord* NumberWordOfKind(std::string_view phrase, NumberWordKind kind) {
  const NumberWord* word = LookupNumberWord(phrase);
  return word && word->kind == kind ? word : nullptr;
}

// A numeral and the scale after it or stuck to it: "3.5", "3.5 million", "5bn", "$5m".
std::optional<Quantity> MatchNumeral(const SentenceTokens& tokens, std::size_t i, bool money) {
  if (!tokens.IsKind(i, TokenKind::kNumber)) return std::nullopt;
  const std::string_view text = tokens.Lower(i);
  std::size_t digits_end = text.size();
  while (digits_end > 0 && text[digits_end - 1] >= 'a' && text[digits_end - 1] <= 'z') {
    --digits_end;
  }
  const std::optional<Decimal> amount = Decimal::Parse(text.substr(0, digits_end));
  if (!amount) return std::nullopt;
  const std::string_view suffix = text.substr(digits_end);
  if (!suffix.empty()) {
    // Letters stuck to the digits are a scale ("5bn") or something this finder does not read
    // ("5km", "2nd", "90s").
    // "5m" is five million only in money; alone it may be five metres.
    const NumberWord* scale = LookupNumberWord(suffix);
    if (!scale || !(scale->kind == NumberWordKind::kSuffix ||
                    (money && scale->kind == NumberWordKind::kMoneySuffix))) {
      return std::nullopt;
    }
    return Quantity{i + 1, amount->Times10(PowerOfTen(scale->value))};
  }
  const NumberWord* scale = LookupNumberWord(tokens.Lower(i + 1));
  if (scale && (scale->kind == NumberWordKind::kScale || scale->kind == NumberWordKind::kSuffix)) {
    return Quantity{i + 2, amount->Times10(PowerOfTen(scale->value))};
  }
  return Quantity{i + 1, *amount};
}

// The value of a cardinal word or of a compound "twenty-one"; nullopt for anything else.
std::optional<std::uint64_t> CardinalValue(std::string_view word) {
  if (const NumberWord* w = NumberWordOfKind(word, NumberWordKind::kCardinal)) return w->value;
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  const NumberWord* tens = NumberWordOfKind(word.substr(0, hyphen), NumberWordKind::kCardinal);
  const NumberWord* unit = NumberWordOfKind(word.substr(hyphen + 1), NumberWordKind::kCardinal);
  if (!tens || !unit || tens->value < 20 || tens->value % 10 != 0 || unit->value < 1 ||
      unit->value > 9) {
    return std::nullopt;
  }
  return tens->value + unit->value;
}

// Number words: "twelve", "twenty-one", "three hundred and five", "a dozen", "two million".
std::optional<Quantity> MatchNumberWords(const SentenceTokens& tokens, std::size_t i) {
  // The kind of the last word decides which words may follow it.
  enum class Last { kNone, kArticle, kUnit, kTens, kHundred, kDozen, kScale };
  Last last = Last::kNone;
  std::uint64_t total = 0;
  std::uint64_t group = 0;  // the part before the next scale word: "three hundred" thousand
  std::uint64_t last_scale = std::numeric_limits<std::uint64_t>::max();
  std::size_t end = i;  // one past the last word that completes a number
  std::size_t j = i;
  if (tokens.Lower(i) == "a" || tokens.Lower(i) == "an") {  // "a dozen", "a million"
    last = Last::kArticle;
    group = 1;
    ++j;
  }
  for (; j < tokens.size(); ++j) {
    const std::string_view word = tokens.Lower(j);
    // "and" joins only when a number follows: "three hundred and five".
    if (word == "and" && (last == Last::kHundred || last == Last::kScale)) continue;
    if (tokens.CapitalMarksName(j)) break;
    if (const std::optional<std::uint64_t> cardinal = CardinalValue(word)) {
      const bool follows_tens = last == Last::kTens && *cardinal >= 1 && *cardinal <= 9;
      if (last != Last::kNone && last != Last::kHundred && last != Last::kScale && !follows_tens) {
        break;  // "two three", "twelve five"
      }
      group += *cardinal;
      last = *cardinal >= 20 && *cardinal % 10 == 0 && !follows_tens ? Last::kTens : Last::kUnit;
      end = j + 1;
      continue;
    }
    const NumberWord* w = LookupNumberWord(word);
    const bool after_number = last == Last::kArticle || last == Last::kUnit || last == Last::kTens;
    if (w && w->kind == NumberWordKind::kMultiplier && after_number && group < 100) {
      group *= w->value;
      last = w->value == 100 ? Last::kHundred : Last::kDozen;
    } else if (w && w->kind == NumberWordKind::kScale && w->value < last_scale && group > 0 &&
               (after_number || last == Last::kHundred || last == Last::kDozen)) {
      total += group * w->value;
      group = 0;
      last_scale = w->value;
      last = Last::kScale;
    } else {
      break;
    }
    end = j + 1;
  }
  if (end == i) return std::nullopt;
  const bool lone_one = end == i + 1 && tokens.Lower(i) == "one";
  return Quantity{end, Decimal::FromInteger(total + group), false, lone_one};
}

// "half a million", "half a billion".
std::optional<Quantity> MatchHalfScale(const SentenceTokens& tokens, std::size_t i) {
  if (tokens.Lower(i) != "half" || (tokens.Lower(i + 1) != "a" && tokens.Lower(i + 1) != "an")) {
    return std::nullopt;
  }
  const NumberWord* scale = NumberWordOfKind(tokens.Lower(i + 2), NumberWordKind::kScale);
  if (!scale) return std::nullopt;
  return Quantity{i + 3, Decimal::FromInteger(5).Times10(PowerOfTen(scale->value) - 1)};
}

// "thousands", "dozens", "tens of thousands", "hundreds of millions".
std::optional<Quantity> MatchVague(const SentenceTokens& tokens, std::size_t i) {
  const NumberWord* vague = NumberWordOfKind(tokens.Lower(i), NumberWordKind::kVague);
  if (!vague) return std::nullopt;
  if (tokens.Lower(i + 1) == "of") {
    // The larger plural is a power of ten from "thousands" up.
    const NumberWord* larger = NumberWordOfKind(tokens.Lower(i + 2), NumberWordKind::kVague);
    if (larger && larger->value > vague->value && larger->value >= 1000) {
      return Quantity{i + 3, Decimal::FromInteger(vague->value).Times10(PowerOfTen(larger->value)),
                      true};
    }
  }
  if (vague->needs_multiple || (vague->needs_of && tokens.Lower(i + 1) != "of")) {
    return std::nullopt;
  }
  return Quantity{i + 1, Decimal::FromInteger(vague->value), true};
}

// "third", "twenty-first"; "second" only where it cannot be the unit of time ("one second",
// "wait a second.").
std::optional<int> OrdinalWordValue(const SentenceTokens& tokens, std::size_t i) {
  if (!tokens.IsKind(i, TokenKind::kWord) || tokens.CapitalMarksName(i)) return std::nullopt;
  const std::string_view word = tokens.Lower(i);
  std::optional<std::uint64_t> value;
  if (const NumberWord* w = NumberWordOfKind(word, NumberWordKind::kOrdinal)) {
    value = w->value;
  } else if (const std::size_t hyphen = word.find('-'); hyphen != std::string_view::npos) {
    const NumberWord* tens = NumberWordOfKind(word.substr(0, hyphen), NumberWordKind::kCardinal);
    const NumberWord* unit = NumberWordOfKind(word.substr(hyphen + 1), NumberWordKind::kOrdinal);
    if (tens && unit && tens->value >= 20 && tens->value % 10 == 0 && unit->value <= 9) {
      value = tens->value + unit->value;
    }
  }
  if (!value) return std::nullopt;
  if (word == "second") {
    const bool after_count = i > 0 && (tokens.IsKind(i - 1, TokenKind::kNumber) ||
                                       CardinalValue(tokens.LowerBefore(i)).has_value());
    const bool alone = tokens.LowerBefore(i) == "a" &&
                       (i + 1 >= tokens.size() || tokens.IsKind(i + 1, TokenKind::kPunctuation));
    if (after_count || alone) return std::nullopt;
  }
  return static_cast<int>(*value);
}

ValueMatch MoneyMatch(std::size_t begin, std::size_t end, const Currency& currency,
                      const Quantity& quantity) {
  Quantity in_units = quantity;
  in_units.amount = quantity.amount.Times10(currency.power);
  return {begin, end, ValueType::kMoney, std::string(currency.code) + " " + in_units.Value()};
}

}  // namespace

std::string Quantity::Value() const { return amount.ToString() + (vague ? "+" : ""); }

std::optional<Quantity> MatchQuantity(const SentenceTokens& tokens, std::size_t i, bool money) {
  if (auto numeral = MatchNumeral(tokens, i, money)) return numeral;
  if (!tokens.IsKind(i, TokenKind::kWord) || tokens.CapitalMarksName(i)) return std::nullopt;
  if (auto half = MatchHalfScale(tokens, i)) return half;
  if (auto vague = MatchVague(tokens, i)) return vague;
  return MatchNumberWords(tokens, i);
}

std::optional<ValueMatch> MatchNumber(const SentenceTokens& tokens, std::size_t i) {
  if (tokens.IsKind(i, TokenKind::kNumber)) {
    if (const std::optional<int> n = ParseOrdinalNumeral(tokens.Text(i))) {
      return ValueMatch{i, i + 1, ValueType::kOrdinal, std::to_string(*n)};
    }
  }
  if (const std::optional<int> n = OrdinalWordValue(tokens, i)) {
    return ValueMatch{i, i + 1, ValueType::kOrdinal, std::to_string(*n)};
  }
  const std::optional<Quantity> quantity = MatchQuantity(tokens, i, /*money=*/false);
  if (!quantity || quantity->lone_one) return std::nullopt;
  return ValueMatch{i, quantity->end, ValueType::kNumber, quantity->Value()};
}

std::optional<ValueMatch> MatchMoney(const SentenceTokens& tokens, std::size_t i) {
  // A sign before the amount: "$5", "US$5bn", "USD 5".
  for (std::size_t n = kMaxPhraseTokens; n >= 1; --n) {
    const Currency* currency = LookupCurrencySign(tokens.Phrase(i, n, /*lower=*/false));
    if (!currency) continue;
    const std::optional<Quantity> quantity = MatchQuantity(tokens, i + n, /*money=*/true);
    if (!quantity) return std::nullopt;
    return MoneyMatch(i, quantity->end, *currency, *quantity);
  }
  // A sign or name after it: "20 €", "5 million euros", "billions of dollars".
  const std::optional<Quantity> quantity = MatchQuantity(tokens, i, /*money=*/true);
  if (!quantity) return std::nullopt;
  std::size_t j = quantity->end;
  if (quantity->vague && tokens.Lower(j) == "of") ++j;
  for (std::size_t n = kMaxPhraseTokens; n >= 1; --n) {
    const Currency* currency = LookupCurrencyName(tokens.Phrase(j, n, /*lower=*/true));
    if (!currency) currency = LookupCurrencySign(tokens.Phrase(j, n, /*lower=*/false));
    if (currency) return MoneyMatch(i, j + n, *currency, *quantity);
  }
  return std::nullopt;
}

std::optional<ValueMatch> MatchPercent(const SentenceTokens& tokens, std::size_t i) {
  const std::optional<Quantity> quantity = MatchQuantity(tokens, i, /*money=*/false);
  if (!quantity || quantity->vague) return std::nullopt;
  for (std::size_t n = kMaxPhraseTokens; n >= 1; --n) {
    if (NumberWordOfKind(tokens.Phrase(quantity->end, n, /*lower=*/true),
                         NumberWordKind::kPercent)) {
      return ValueMatch{i, quantity->end + n, ValueType::kPercent, quantity->Value()};
    }
  }
  return std::nullopt;
}

}  // namespace newslens
