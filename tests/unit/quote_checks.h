// Checks shared by the quote test files (quotes_*_test.cc, the reviews' and the blind rounds'):
// what one quote must be, checked field by field against the input it was found in, and lookups
// of a quote and its speaker by its content.
#ifndef NEWSLENS_TESTS_UNIT_QUOTE_CHECKS_H_
#define NEWSLENS_TESTS_UNIT_QUOTE_CHECKS_H_

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis_helpers.h"
#include "newslens/newslens.h"

namespace newslens::testing {

inline std::vector<std::string> SpanTexts(std::string_view input, const Quote& quote) {
  std::vector<std::string> texts;
  for (const Span& span : quote.spans) texts.push_back(Slice(input, span));
  return texts;
}

inline const Entity* EntityById(const Analysis& analysis, const std::string& id) {
  for (const Entity& entity : analysis.entities)
    if (entity.id == id) return &entity;
  return nullptr;
}

// What one quote must be. Empty strings stand for "absent" (no cue, no speaker mention).
struct ExpectedQuote {
  QuoteKind kind;
  std::vector<std::string> spans;  // input slices of the content spans, in order
  std::string speaker;             // speaker.name
  std::string speaker_mention;     // slice of speaker.span ("he", "Trump", "police spokesman")
  bool speaker_is_entity;          // speaker.entity set (and naming an entity of that name)
  std::string cue;                 // slice of cue.span
};

inline void CheckQuote(std::string_view input, const Analysis& analysis, const Quote& quote,
                       const ExpectedQuote& expected) {
  INFO("quote " << quote.id << ": " << quote.text);
  CHECK(std::string(newslens::QuoteKindName(quote.kind)) == newslens::QuoteKindName(expected.kind));
  CHECK(SpanTexts(input, quote) == expected.spans);
  // The text is the content without marks, parts joined by one space (CONTRACT.md); for plain
  // UTF-8 input that is the spans' slices joined.
  std::string joined;
  for (const std::string& part : expected.spans) {
    if (!joined.empty()) joined += ' ';
    joined += part;
  }
  CHECK(quote.text == joined);
  REQUIRE(quote.speaker.has_value());
  CHECK(quote.speaker->name == expected.speaker);
  CHECK(quote.speaker->entity.has_value() == expected.speaker_is_entity);
  if (quote.speaker->entity) {
    const Entity* entity = EntityById(analysis, *quote.speaker->entity);
    REQUIRE(entity != nullptr);
    CHECK(entity->name == expected.speaker);
  }
  if (expected.speaker_mention.empty()) {
    CHECK_FALSE(quote.speaker->span.has_value());
  } else {
    REQUIRE(quote.speaker->span.has_value());
    CHECK(Slice(input, *quote.speaker->span) == expected.speaker_mention);
  }
  if (expected.cue.empty()) {
    CHECK_FALSE(quote.cue.has_value());
  } else {
    REQUIRE(quote.cue.has_value());
    CHECK(Slice(input, quote.cue->span) == expected.cue);
    CHECK(quote.cue->text == expected.cue);
  }
  CHECK(quote.confidence >= 0.0);
  CHECK(quote.confidence <= 1.0);
}

// A one-quote input: exactly one quote, as expected.
inline void CheckOnlyQuote(std::string_view input, const ExpectedQuote& expected) {
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CheckQuote(input, analysis, analysis.quotes[0], expected);
}

// The quote holding a content span that reads exactly `text`, or nullptr.
inline const Quote* QuoteWithSpan(std::string_view input, const Analysis& analysis,
                                  std::string_view text) {
  for (const Quote& quote : analysis.quotes)
    for (const Span& span : quote.spans)
      if (Slice(input, span) == text) return &quote;
  return nullptr;
}

// The name of the entity that speaks the quote with a content span reading `text`; empty when
// the speaker is no entity. The test stops when no quote has that span.
inline std::string EntitySpeaking(std::string_view input, const Analysis& analysis,
                                  std::string_view text) {
  const Quote* quote = QuoteWithSpan(input, analysis, text);
  INFO(text);
  REQUIRE(quote != nullptr);
  if (!quote->speaker || !quote->speaker->entity) return "";
  const Entity* entity = EntityById(analysis, *quote->speaker->entity);
  return entity != nullptr ? entity->name : "";
}

// The speaker's name of the quote with a content span that reads exactly `text`; the test stops
// there when no quote has that span or the quote has no speaker.
inline std::string SpeakerOfQuoteWithSpan(std::string_view input, const Analysis& analysis,
                                          std::string_view text) {
  const Quote* quote = QuoteWithSpan(input, analysis, text);
  REQUIRE(quote != nullptr);
  REQUIRE(quote->speaker.has_value());
  return quote->speaker->name;
}

// The index of the paragraph holding `span` whole, or -1 when it runs over a paragraph's end.
inline int ParagraphHolding(const Analysis& analysis, Span span) {
  const auto& paragraphs = analysis.document.paragraphs;
  for (std::size_t i = 0; i < paragraphs.size(); ++i)
    if (paragraphs[i].span.start <= span.start && span.end <= paragraphs[i].span.end)
      return static_cast<int>(i);
  return -1;
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_QUOTE_CHECKS_H_
