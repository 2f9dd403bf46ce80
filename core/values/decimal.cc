#include "values/decimal.h"

#include <utility>

namespace newslens {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<int> ParseSmallInteger(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (!IsDigit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Decimal> Decimal::Parse(std::string_view numeral) {
  const std::size_t point = numeral.find('.');
  const std::string_view whole = numeral.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : numeral.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty())) return std::nullopt;

  std::string digits;
  // Commas, when there are any, must group the whole part in threes: "1,000" but not "1,00".
  const bool grouped = whole.find(',') != std::string_view::npos;
  std::size_t run = 0;  // digits since the last comma
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const char c = whole[i];
    if (IsDigit(c)) {
      digits.push_back(c);
      ++run;
    } else if (const bool first_group = digits.size() == run;
               c == ',' && (first_group ? run >= 1 && run <= 3 : run == 3)) {
      run = 0;
    } else {
      return std::nullopt;
    }
  }
  if (grouped && run != 3) return std::nullopt;
  for (char c : fraction) {
    if (!IsDigit(c)) return std::nullopt;
    digits.push_back(c);
  }
  return Decimal(std::move(digits), -static_cast<int>(fraction.size()));
}

Decimal Decimal::FromInteger(std::uint64_t n) { return Decimal(std::to_string(n), 0); }

Decimal Decimal::Times10(int power) const { return Decimal(digits_, exponent_ + power); }

std::string Decimal::ToString() const {
  std::string_view d = digits_;
  int exponent = exponent_;
  while (!d.empty() && d.front() == '0') d.remove_prefix(1);
  while (!d.empty() && d.back() == '0') {
    d.remove_suffix(1);
    ++exponent;
  }
  if (d.empty()) return "0";
  if (exponent >= 0) return std::string(d) + std::string(static_cast<std::size_t>(exponent), '0');
  const int point = static_cast<int>(d.size()) + exponent;  // digits before the point
  if (point <= 0) return "0." + std::string(static_cast<std::size_t>(-point), '0') + std::string(d);
  return std::string(d.substr(0, static_cast<std::size_t>(point))) + "." +
         std::string(d.substr(static_cast<std::size_t>(point)));
}

}  // namespace newslens
