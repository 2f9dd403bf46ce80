// Values: dates, times, numbers, ordinals, money, percentages, URLs and e-mail addresses, found
// on news sentences through Analyze(), with their normalized values (core/values/).
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/embedded.h"
#include "newslens/newslens.h"
#include "text/lexicon.h"
#include "values/calendar.h"
#include "values/decimal.h"
#include "values/value_lexicon.h"

namespace {

using newslens::CivilDate;
using newslens::Decimal;
using Strings = std::vector<std::string>;

// "TYPE text = value" for every value of `input`, in order, after checking that each value's
// span slices the input to exactly its text.
Strings Values(std::string_view input) {
  auto result = newslens::Analyze(input);
  REQUIRE(result.ok());
  Strings out;
  for (const newslens::Value& v : result.value().values) {
    CHECK(input.substr(v.span.start, v.span.size()) == v.text);
    out.push_back(std::string(newslens::ValueTypeName(v.type)) + " " + v.text + " = " + v.value);
  }
  return out;
}

// The values of `body` in an article dated `date` by its header line; the header's own date
// (always the first value) is checked and left out.
Strings ValuesOn(std::string_view date, std::string_view body) {
  const std::string input = "date " + std::string(date) + " Headline\n\n" + std::string(body);
  Strings values = Values(input);
  REQUIRE(!values.empty());
  CHECK(values.front() == "DATE " + std::string(date) + " = " + std::string(date));
  values.erase(values.begin());
  return values;
}

std::string DecimalOf(std::string_view numeral, int power = 0) {
  const auto d = Decimal::Parse(numeral);
  return d ? d->Times10(power).ToString() : "nullopt";
}

}  // namespace

TEST_CASE("Dates with their year", "[values]") {
  SECTION("ISO dates and month-day-year") {
    CHECK(Values("The ceasefire was agreed on 2025-02-01 in Riyadh.") ==
          Strings{"DATE 2025-02-01 = 2025-02-01"});
    CHECK(Values("The order was signed on Feb. 1, 2025, at the White House.") ==
          Strings{"DATE Feb. 1, 2025 = 2025-02-01"});
    CHECK(Values("Voters went to the polls on November 5 2024.") ==
          Strings{"DATE November 5 2024 = 2024-11-05"});
    CHECK(Values("The treaty took effect on 1 February 2025.") ==
          Strings{"DATE 1 February 2025 = 2025-02-01"});
    CHECK(Values("The law dates from the 4th of July 1865.") ==
          Strings{"DATE 4th of July 1865 = 1865-07-04"});
  }
  SECTION("a month and a year") {
    CHECK(Values("Inflation peaked in October 2022.") == Strings{"DATE October 2022 = 2022-10"});
    CHECK(Values("Talks began in Sept. 2023.") == Strings{"DATE Sept. 2023 = 2023-09"});
  }
  SECTION("years: in context, not after a count word") {
    CHECK(Values("Putin sent in tens of thousands of troops in 2022.") ==
          Strings{"NUMBER tens of thousands = 10000+", "DATE 2022 = 2022"});
    CHECK(Values("Trump in his 2024 campaign vowed to end the war.") ==
          Strings{"DATE 2024 = 2024"});
    CHECK(Values("About 2000 people marched, more than 1950 in the capital.") ==
          Strings{"NUMBER 2000 = 2000", "NUMBER 1950 = 1950"});
    CHECK(Values("The bridge carries 1500 cars an hour.") == Strings{"NUMBER 1500 = 1500"});
  }
  SECTION("decades, centuries and mid-") {
    CHECK(Values("Prices fell in the 1990s and rose in the ’80s.") ==
          Strings{"DATE 1990s = 199X", "DATE ’80s = 198X"});
    CHECK(Values("The mill opened in the 1800s and closed in the 2000s.") ==
          Strings{"DATE 1800s = 18XX", "DATE 2000s = 200X"});
    CHECK(Values("Rates rose until mid-2022.") == Strings{"DATE mid-2022 = 2022"});
  }
  SECTION("invalid days are no dates") {
    CHECK(Values("The fund closed on 2025-02-30 and on Feb. 30.") == Strings{"NUMBER 30 = 30"});
  }
}

TEST_CASE("Months are dates only when they read as months", "[values]") {
  SECTION("a full month name is a date") {
    CHECK(Values("Parliament returns in September.") == Strings{"DATE September = XXXX-09"});
  }
  SECTION("May and March only after a cue") {
    CHECK(Values("The vote is due in May.") == Strings{"DATE May = XXXX-05"});
    CHECK(Values("Prices have risen since March.") == Strings{"DATE March = XXXX-03"});
    CHECK(Values("Theresa May said the march would go ahead. May we ask why?").empty());
  }
  SECTION("an abbreviation needs a day or a year") {
    CHECK(Values("He spoke to Jan about the plan.").empty());
    CHECK(Values("He spoke on Jan. 6 about the plan.") == Strings{"DATE Jan. 6 = XXXX-01-06"});
  }
}

TEST_CASE("Dates resolved against the document date", "[values]") {
  // 2025-02-01 was a Saturday.
  SECTION("a weekday is the most recent one, as news reports what happened") {
    CHECK(ValuesOn("2025-02-01", "Trump said on Thursday that talks had begun.") ==
          Strings{"DATE Thursday = 2025-01-30"});
    CHECK(ValuesOn("2025-02-01", "The strike began on Friday.") ==
          Strings{"DATE Friday = 2025-01-31"});
    CHECK(ValuesOn("2025-02-01", "Protesters gathered again on Saturday.") ==
          Strings{"DATE Saturday = 2025-02-01"});
  }
  SECTION("unless the sentence looks ahead") {
    CHECK(ValuesOn("2025-02-01", "The council will vote on Tuesday.") ==
          Strings{"DATE Tuesday = 2025-02-04"});
    CHECK(ValuesOn("2025-02-01",
                   "The mayor said on Friday that buses would run on a full schedule by Monday.") ==
          Strings{"DATE Friday = 2025-01-31", "DATE Monday = 2025-02-03"});
    CHECK(ValuesOn("2025-02-01", "Officials are expected to meet on Wednesday.") ==
          Strings{"DATE Wednesday = 2025-02-05"});
  }
  SECTION("last and next") {
    CHECK(ValuesOn("2025-02-01", "Last Saturday and next Saturday, not this Monday.") ==
          Strings{"DATE Last Saturday = 2025-01-25", "DATE next Saturday = 2025-02-08",
                  "DATE this Monday = 2025-02-03"});
    CHECK(ValuesOn("2025-02-01", "Sales fell last year and will rise next year.") ==
          Strings{"DATE last year = 2024", "DATE next year = 2026"});
    CHECK(ValuesOn("2025-02-01", "He resigned last month and she leaves next week.") ==
          Strings{"DATE last month = 2025-01", "DATE next week = 2025-W06"});
    CHECK(ValuesOn("2025-01-10", "The index fell 3 percent last month.") ==
          Strings{"PERCENT 3 percent = 3", "DATE last month = 2024-12"});
  }
  SECTION("over the last year is a duration") {
    CHECK(ValuesOn("2025-02-01", "Prices rose over the last year.").empty());
  }
  SECTION("yesterday, today, tomorrow and ago") {
    CHECK(ValuesOn("2025-02-01", "Yesterday the talks stalled; today they resume.") ==
          Strings{"DATE Yesterday = 2025-01-31", "DATE today = 2025-02-01"});
    CHECK(ValuesOn("2025-02-01", "The war began three years ago, a week ago talks began.") ==
          Strings{"DATE three years ago = 2022", "DATE a week ago = 2025-W04"});
    CHECK(ValuesOn("2025-02-01", "He was freed 10 days ago.") ==
          Strings{"DATE 10 days ago = 2025-01-22"});
  }
  SECTION("a day or month without its year takes the nearest year") {
    CHECK(ValuesOn("2025-02-01", "Talks resumed on 1 February after the Dec. 20 deadline.") ==
          Strings{"DATE 1 February = 2025-02-01", "DATE Dec. 20 = 2024-12-20"});
    CHECK(ValuesOn("2024-12-28", "The law takes effect on Jan. 1.") ==
          Strings{"DATE Jan. 1 = 2025-01-01"});
    CHECK(ValuesOn("2025-02-01", "Elections are due in March; the last were in November.") ==
          Strings{"DATE March = 2025-03", "DATE November = 2024-11"});
  }
  SECTION("a weekday with its date is that date") {
    CHECK(ValuesOn("2025-02-01", "The summit opened Thursday, Jan. 30.") ==
          Strings{"DATE Thursday, Jan. 30 = 2025-01-30"});
  }
  SECTION("without a document date") {
    CHECK(Values("Trump said on Thursday that he spoke to Putin yesterday.") ==
          Strings{"DATE Thursday = XXXX-WXX-4"});
    CHECK(Values("Sales fell last year.").empty());
  }
}

TEST_CASE("Times of day", "[values]") {
  CHECK(Values("The polls open at 10:30 a.m. and close at 8 p.m.") ==
        Strings{"TIME 10:30 a.m. = 10:30", "TIME 8 p.m. = 20:00"});
  CHECK(Values("The curfew runs from 7pm to 10.30am, the 14:45 train excepted.") ==
        Strings{"TIME 7pm = 19:00", "TIME 10.30am = 10:30", "TIME 14:45 = 14:45"});
  CHECK(Values("He spoke at noon and left before midnight.") ==
        Strings{"TIME noon = 12:00", "TIME midnight = 00:00"});
  CHECK(Values("The vote closed at 12 a.m. and results came at three p.m.") ==
        Strings{"TIME 12 a.m. = 00:00", "TIME three p.m. = 15:00"});
}

TEST_CASE("Numbers and ordinals", "[values]") {
  SECTION("numerals, with scales") {
    CHECK(Values("The city has 3.5 million people and 1,000 buses.") ==
          Strings{"NUMBER 3.5 million = 3500000", "NUMBER 1,000 = 1000"});
    CHECK(Values("Exports reached 1.2bn tonnes and 120 ships.") ==
          Strings{"NUMBER 1.2bn = 1200000000", "NUMBER 120 = 120"});
  }
  SECTION("number words") {
    CHECK(Values("Twelve people died and twenty-one were hurt.") ==
          Strings{"NUMBER Twelve = 12", "NUMBER twenty-one = 21"});
    CHECK(Values("It has three hundred and five seats, a dozen empty.") ==
          Strings{"NUMBER three hundred and five = 305", "NUMBER a dozen = 12"});
    CHECK(Values("Two million three hundred thousand votes, half a million spoiled.") ==
          Strings{"NUMBER Two million three hundred thousand = 2300000",
                  "NUMBER half a million = 500000"});
  }
  SECTION("vague amounts") {
    CHECK(Values("Ahead of Putin sending in tens of thousands of troops.") ==
          Strings{"NUMBER tens of thousands = 10000+"});
    CHECK(Values("Biden spent billions in US taxpayer money; thousands protested.") ==
          Strings{"NUMBER billions = 1000000000+", "NUMBER thousands = 1000+"});
    CHECK(Values("Hundreds of millions watched; scores of people were hurt.") ==
          Strings{"NUMBER Hundreds of millions = 100000000+", "NUMBER scores = 20+"});
    CHECK(Values("He scores and tens cheer.").empty());
  }
  SECTION("words that are no numbers") {
    CHECK(Values("One of them met the Group of Seven after a 5km run.").empty());
  }
  SECTION("ordinals") {
    CHECK(Values("She won a second term, her third win and the 2nd in a row.") ==
          Strings{"ORDINAL second = 2", "ORDINAL third = 3", "ORDINAL 2nd = 2"});
    CHECK(Values("The twenty-first summit lasted one second.") ==
          Strings{"ORDINAL twenty-first = 21"});
    CHECK(Values("The First Lady spoke first.") == Strings{"ORDINAL first = 1"});
  }
}

TEST_CASE("Money", "[values]") {
  SECTION("the longest candidate wins") {
    CHECK(Values("It will cost about $18 million, the summary said.") ==
          Strings{"MONEY $18 million = USD 18000000"});
  }
  SECTION("signs before the amount") {
    CHECK(Values("Congress approved $5 billion and €20 for each resident.") ==
          Strings{"MONEY $5 billion = USD 5000000000", "MONEY €20 = EUR 20"});
    CHECK(Values("The bank lent US$5bn, £3.5m and USD 5 more.") ==
          Strings{"MONEY US$5bn = USD 5000000000", "MONEY £3.5m = GBP 3500000",
                  "MONEY USD 5 = USD 5"});
  }
  SECTION("names and signs after the amount") {
    CHECK(Values("Fines of 20 euros, 5 million pounds and 50 cents were set.") ==
          Strings{"MONEY 20 euros = EUR 20", "MONEY 5 million pounds = GBP 5000000",
                  "MONEY 50 cents = USD 0.5"});
    CHECK(Values("Tickets cost 20 € and 300 Swiss francs.") ==
          Strings{"MONEY 20 € = EUR 20", "MONEY 300 Swiss francs = CHF 300"});
    CHECK(Values("The war has cost billions of dollars.") ==
          Strings{"MONEY billions of dollars = USD 1000000000+"});
  }
  SECTION("a scale letter is a million only in money") {
    CHECK(Values("The $5m deal covers a 5m stretch.") == Strings{"MONEY $5m = USD 5000000"});
  }
}

TEST_CASE("Percentages", "[values]") {
  CHECK(Values("The agreement raises wages by 4.5 percent a year.") ==
        Strings{"PERCENT 4.5 percent = 4.5"});
  CHECK(Values("Unemployment fell to 4.5%, or 4.5 per cent, down two percentage points.") ==
        Strings{"PERCENT 4.5% = 4.5", "PERCENT 4.5 per cent = 4.5",
                "PERCENT two percentage points = 2"});
}

TEST_CASE("URLs and e-mail addresses", "[values]") {
  CHECK(Values("Write to news@example.com or see https://example.com/x.") ==
        Strings{"EMAIL news@example.com = news@example.com",
                "URL https://example.com/x = https://example.com/x"});
}

TEST_CASE("Value spans point into the input bytes", "[values]") {
  SECTION("curly quotes, non-ASCII signs and a header line") {
    const std::string input =
        "date 2025-02-01 Trump says he and Putin could do something ‘significant’\n\n"
        "“It cost €20 million,” she said on Friday.\n";
    CHECK(Values(input) == Strings{"DATE 2025-02-01 = 2025-02-01",
                                   "MONEY €20 million = EUR 20000000", "DATE Friday = 2025-01-31"});
  }
  SECTION("CRLF line ends and a byte order mark") {
    CHECK(Values("\xEF\xBB\xBFThe vote is on Feb. 1, 2025.\r\n\r\nIt costs $5.\r\n") ==
          Strings{"DATE Feb. 1, 2025 = 2025-02-01", "MONEY $5 = USD 5"});
  }
}

TEST_CASE("Decimal numbers are exact", "[values]") {
  CHECK(DecimalOf("3.5", 6) == "3500000");
  CHECK(DecimalOf("1,000") == "1000");
  CHECK(DecimalOf("12,345.50") == "12345.5");
  CHECK(DecimalOf("0.05") == "0.05");
  CHECK(DecimalOf("50", -2) == "0.5");
  CHECK(DecimalOf("5", -3) == "0.005");
  CHECK(DecimalOf("007") == "7");
  CHECK(DecimalOf("0") == "0");
  CHECK(DecimalOf("1.5", 12) == "1500000000000");
  for (const char* bad : {"", ".5", "5.", "1,00", "10,00,000", ",100", "3-1", "10:30", "1.2.3"}) {
    INFO(bad);
    CHECK(DecimalOf(bad) == "nullopt");
  }
}

TEST_CASE("Calendar arithmetic matches day-by-day counting", "[values]") {
  // The reference: walk from 1900-01-01 (a Monday) one day at a time.
  CivilDate date{1900, 1, 1};
  std::int64_t days = newslens::DaysFromCivil(date);
  CHECK(newslens::IsoWeekday(days) == 1);
  for (int step = 0; step < 200 * 366; ++step) {
    REQUIRE(newslens::DaysFromCivil(date) == days + step);
    const CivilDate back = newslens::CivilFromDays(days + step);
    REQUIRE((back.year == date.year && back.month == date.month && back.day == date.day));
    REQUIRE(newslens::IsoWeekday(days + step) == step % 7 + 1);
    if (++date.day > newslens::DaysInMonth(date.year, date.month)) {
      date.day = 1;
      if (++date.month > 12) {
        date.month = 1;
        ++date.year;
      }
    }
  }
  CHECK(newslens::DaysFromCivil({1970, 1, 1}) == 0);
  CHECK(newslens::DaysFromCivil({2025, 2, 1}) == 20120);
  // ISO weeks, checked against Python's date.isocalendar().
  auto week = [](CivilDate d) { return newslens::FormatIsoWeek(newslens::DaysFromCivil(d)); };
  CHECK(week({2025, 2, 1}) == "2025-W05");
  CHECK(week({2024, 12, 30}) == "2025-W01");
  CHECK(week({2021, 1, 3}) == "2020-W53");
  CHECK(week({2027, 1, 1}) == "2026-W53");
  CHECK(newslens::ParseIsoDate("2024-02-29").has_value());
  CHECK_FALSE(newslens::ParseIsoDate("2025-02-29").has_value());
  CHECK_FALSE(newslens::ParseIsoDate("2025-2-01").has_value());
}

TEST_CASE("OpensValueWord is a number word or a date word that opens a date", "[values]") {
  using newslens::EmbeddedText;
  using newslens::LexiconRow;
  using newslens::ParseLexicon;
  namespace data = newslens::data;
  std::vector<std::string> words = {"the", "said", "mayday", "", "twos", "feb.", "o'clock"};
  for (const std::string_view lexicon :
       {EmbeddedText(data::number_words_txt, data::number_words_txt_size),
        EmbeddedText(data::date_words_txt, data::date_words_txt_size)}) {
    for (const LexiconRow& row : ParseLexicon(lexicon)) {
      if (!row.empty()) words.emplace_back(row[0]);
    }
  }
  for (const std::string& w : words) {
    INFO(w);
    CHECK(newslens::OpensValueWord(w) ==
          (newslens::LookupNumberWord(w) != nullptr || newslens::OpensDate(w)));
  }
}

TEST_CASE("Every row of the value lexicons is understood", "[values]") {
  // A row with a misspelt kind is dropped when the tables load; here it fails instead.
  using newslens::EmbeddedText;
  using newslens::LexiconRow;
  using newslens::ParseLexicon;
  namespace data = newslens::data;
  for (const LexiconRow& row :
       ParseLexicon(EmbeddedText(data::number_words_txt, data::number_words_txt_size))) {
    INFO(row[0]);
    CHECK(newslens::LookupNumberWord(row[0]) != nullptr);
  }
  for (const LexiconRow& row :
       ParseLexicon(EmbeddedText(data::date_words_txt, data::date_words_txt_size))) {
    INFO(row[0]);
    CHECK(newslens::LookupDateWord(row[0]) != nullptr);
  }
  for (const LexiconRow& row :
       ParseLexicon(EmbeddedText(data::currencies_txt, data::currencies_txt_size))) {
    INFO(row[0]);
    CHECK((newslens::LookupCurrencySign(row[0]) != nullptr ||
           newslens::LookupCurrencyName(row[0]) != nullptr));
  }
}
