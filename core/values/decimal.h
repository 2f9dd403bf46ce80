// Exact decimal numbers for normalized values (internal header).
//
//   Decimal::Parse("3.5")->Times10(6).ToString()   // "3500000"
//   Decimal::Parse("1,000.50")->ToString()          // "1000.5"
//
// No floating point anywhere: a value is a string of digits and a power of ten, so "3.5 million"
// prints the same digits natively and in WebAssembly, however large or precise it is.
#ifndef NEWSLENS_VALUES_DECIMAL_H_
#define NEWSLENS_VALUES_DECIMAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newslens {

// The value of 1 to 9 ASCII digits ("07" is 7); nullopt for anything else (signs, separators,
// letters, "" or more digits than an int surely holds).
std::optional<int> ParseSmallInteger(std::string_view digits);

// A non-negative decimal number: digits × 10^exponent.
class Decimal {
 public:
  // Parses an unsigned numeral as English news writes it: ASCII digits with an optional
  // fraction after '.', the integer part optionally grouped by commas in threes ("1,000",
  // "12,345.5"). Returns nullopt for anything else: "", ".5", "1,00", "3-1", "10:30", "1.2.3".
  static std::optional<Decimal> Parse(std::string_view numeral);
  static Decimal FromInteger(std::uint64_t n);

  // This number × 10^power (power may be negative: cents are 10^-2 dollars).
  Decimal Times10(int power) const;

  // Plain decimal: no sign, exponent or separators, no leading zeros before the point but one
  // "0", no trailing zeros after it and no point when there is no fraction ("3500000", "0.05",
  // "4.5").
  std::string ToString() const;

 private:
  Decimal(std::string digits, int exponent) : digits_(std::move(digits)), exponent_(exponent) {}

  std::string digits_;  // ASCII digits, possibly with leading or trailing zeros
  int exponent_ = 0;
};

}  // namespace newslens

#endif  // NEWSLENS_VALUES_DECIMAL_H_
