#include "values/value_lexicon.h"

#include <charconv>
#include <optional>

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

template <typename T>
using Table = WordMap<T>;

// Column `i` of `row` as an integer; `fallback` when the column is missing or not a number.
template <typename Int>
Int Column(const LexiconRow& row, std::size_t i, Int fallback) {
  if (i >= row.size()) return fallback;
  Int value{};
  const std::string_view s = row[i];
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  return error == std::errc() && end == s.data() + s.size() ? value : fallback;
}

bool HasFlag(const LexiconRow& row, std::string_view flag) {
  for (std::size_t i = 3; i < row.size(); ++i)
    if (row[i] == flag) return true;
  return false;
}

// The enumerator at the position of `name` in `names` (which lists the enum's names in order);
// nullopt for an unknown name, so that a typo in a data file drops its row instead of
// mistyping it.
template <typename Kind, std::size_t N>
std::optional<Kind> KindNamed(std::string_view name, const std::string_view (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (name == names[i]) return static_cast<Kind>(i);
  return std::nullopt;
}

const Table<NumberWord>& NumberWords() {
  static constexpr std::string_view kNames[] = {"cardinal",     "multiplier", "scale", "suffix",
                                                "money-suffix", "ordinal",    "vague", "percent"};
  static const auto* table = [] {
    auto* t = new Table<NumberWord>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::number_words_txt, data::number_words_txt_size))) {
      if (row.size() < 2) continue;
      if (const auto kind = KindNamed<NumberWordKind>(row[1], kNames)) {
        t->Insert(row[0], NumberWord{*kind, Column<std::uint64_t>(row, 2, 0),
                                     HasFlag(row, "needs-multiple"), HasFlag(row, "needs-of")});
      }
    }
    return t;
  }();
  return *table;
}

const Table<DateWord>& DateWords() {
  static constexpr std::string_view kNames[] = {"month",      "weekday",  "day-offset", "shift",
                                                "unit",       "ago",      "cue",        "count-cue",
                                                "future-cue", "deadline", "meridiem",   "clock"};
  static const auto* table = [] {
    auto* t = new Table<DateWord>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::date_words_txt, data::date_words_txt_size))) {
      if (row.size() < 2) continue;
      if (const auto kind = KindNamed<DateWordKind>(row[1], kNames)) {
        t->Insert(row[0], DateWord{*kind, Column<int>(row, 2, 0), HasFlag(row, "abbreviation"),
                                   HasFlag(row, "ambiguous")});
      }
    }
    return t;
  }();
  return *table;
}

// Signs (symbols and codes, exact) and names (lower case), as two tables, and every leading
// part of a sign ("U", "US", "US$").
struct CurrencyTables {
  Table<Currency> signs;
  Table<Currency> names;
  WordMap<bool> sign_starts;
};

const CurrencyTables& Currencies() {
  static constexpr std::string_view kNames[] = {"symbol", "code", "name"};
  static const auto* tables = [] {
    auto* t = new CurrencyTables();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::currencies_txt, data::currencies_txt_size))) {
      if (row.size() < 3) continue;
      if (const auto form = KindNamed<CurrencyForm>(row[2], kNames)) {
        const Currency currency{row[1], *form, Column<int>(row, 3, 0)};
        (*form == CurrencyForm::kName ? t->names : t->signs).Insert(row[0], currency);
        if (*form != CurrencyForm::kName) {
          for (std::size_t n = 1; n <= row[0].size(); ++n)
            t->sign_starts.Insert(row[0].substr(0, n), true);
        }
      }
    }
    return t;
  }();
  return *tables;
}

}  // namespace

const NumberWord* LookupNumberWord(std::string_view phrase) { return NumberWords().Find(phrase); }

const DateWord* LookupDateWord(std::string_view lower_word) { return DateWords().Find(lower_word); }

bool OpensDate(std::string_view lower_word) {
  static const auto* table = [] {
    auto* t = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::date_words_txt, data::date_words_txt_size))) {
      const DateWord* w = row.empty() ? nullptr : DateWords().Find(row[0]);
      if (w == nullptr) continue;
      switch (w->kind) {
        case DateWordKind::kMonth:
        case DateWordKind::kWeekday:
        case DateWordKind::kDayOffset:
        case DateWordKind::kShift:
        case DateWordKind::kClock:
          t->Insert(row[0], true);
          break;
        default:
          break;
      }
    }
    return t;
  }();
  return table->Contains(lower_word);
}

bool OpensValueWord(std::string_view lower_word) {
  static const auto* table = [] {
    auto* t = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::number_words_txt, data::number_words_txt_size))) {
      if (!row.empty() && LookupNumberWord(row[0]) != nullptr) t->Insert(row[0], true);
    }
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::date_words_txt, data::date_words_txt_size))) {
      if (!row.empty() && OpensDate(row[0])) t->Insert(row[0], true);
    }
    return t;
  }();
  return table->Contains(lower_word);
}

const Currency* LookupCurrencySign(std::string_view phrase) {
  return Currencies().signs.Find(phrase);
}

bool StartsCurrencySign(std::string_view text) { return Currencies().sign_starts.Contains(text); }

const Currency* LookupCurrencyName(std::string_view lower_phrase) {
  return Currencies().names.Find(lower_phrase);
}

}  // namespace newslens
