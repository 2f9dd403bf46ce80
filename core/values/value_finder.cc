#include "values/value_finder.h"

#include "values/calendar.h"
#include "values/dates.h"
#include "values/quantities.h"
#include "values/sentence_tokens.h"
#include "values/value_lexicon.h"

namespace newslens {
namespace {

// A URL or e-mail address, which the tokenizer already keeps whole.
std::optional<ValueMatch> MatchAddress(const SentenceTokens& tokens, std::size_t i) {
  std::optional<ValueType> type;
  if (tokens.IsKind(i, TokenKind::kUrl)) type = ValueType::kUrl;
  if (tokens.IsKind(i, TokenKind::kEmail)) type = ValueType::kEmail;
  if (!type) return std::nullopt;
  return ValueMatch{i, i + 1, *type, std::string(tokens.Text(i))};
}

// The longest value that starts at token `i`; on a tie the first of the matchers below, which
// puts money and percentages before the numbers inside them and a year before a count.
std::optional<ValueMatch> MatchAt(const SentenceTokens& tokens, std::size_t i,
                                  const std::optional<CivilDate>& anchor) {
  std::optional<ValueMatch> best;
  KeepLongest(MatchAddress(tokens, i), &best);
  KeepLongest(MatchMoney(tokens, i), &best);
  KeepLongest(MatchPercent(tokens, i), &best);
  KeepLongest(MatchDate(tokens, i, anchor), &best);
  KeepLongest(MatchTime(tokens, i), &best);
  KeepLongest(MatchNumber(tokens, i), &best);
  return best;
}

// Whether any matcher of MatchAt can find a value that starts at token `i`. Each of them needs
// one of these at its first token, and most tokens are none of them: checking this first, with
// a few lookups, spares ordinary words the dozens of lookups the matchers would make.
//   a numeral, URL or e-mail address   "3.5", "1990s", "10:30", "2nd", addresses
//   a number word                      "twelve", "second", "thousands"
//   "a", "an", "half"                  "a dozen", "a week ago", "half a million"
//   a word with a hyphen               "twenty-one", "twenty-first", "mid-2022"
//   a date word that opens a date      months ("Feb."), weekdays, "yesterday", "last", "noon"
//   the start of a currency sign       "$", "US" (of "US$"), "EUR"
// A new matcher must keep this list true.
bool MayStartValue(const SentenceTokens& tokens, std::size_t i) {
  if (tokens.IsKind(i, TokenKind::kNumber) || tokens.IsKind(i, TokenKind::kUrl) ||
      tokens.IsKind(i, TokenKind::kEmail)) {
    return true;
  }
  const std::string_view lower = tokens.Lower(i);
  if (lower == "a" || lower == "an" || lower == "half" || OpensValueWord(lower) ||
      lower.find('-') != std::string_view::npos || StartsCurrencySign(tokens.Text(i))) {
    return true;
  }
  // A date word with its full stop: "Feb.".
  return lower.ends_with('.') && OpensDate(lower.substr(0, lower.size() - 1));
}

}  // namespace

std::vector<Value> FindValues(const AnalyzedText& text,
                              const std::optional<std::string>& document_date) {
  const std::optional<CivilDate> anchor =
      document_date ? ParseIsoDate(*document_date) : std::nullopt;
  std::vector<Value> values;
  for (const Paragraph& paragraph : text.segmentation.paragraphs) {
    const bool title_case = paragraph.role == ParagraphRole::kHeadline;
    for (std::uint32_t s = paragraph.first_sentence; s < paragraph.end_sentence; ++s) {
      const SentenceTokens tokens(text, text.segmentation.sentences[s], title_case);
      for (std::size_t i = 0; i < tokens.size();) {
        std::optional<ValueMatch> match;
        if (MayStartValue(tokens, i)) match = MatchAt(tokens, i, anchor);
        if (!match) {
          ++i;
          continue;
        }
        const Span span = tokens.SpanOf(match->begin, match->end);
        values.push_back(
            {match->type, text.ToInput(span), text.DecodedTextOf(span), std::move(match->value)});
        i = match->end;
      }
    }
  }
  // Grown by doubling, the vector may be up to half empty, and it lives as long as the analysis:
  // on a text dense with values that is a large share of the peak.
  values.shrink_to_fit();
  return values;
}

}  // namespace newslens
