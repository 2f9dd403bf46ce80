// The words of an attribution after or before a quotation: verbs that report only with their
// particle, cues of manner and memory, a speaker's name whose first word is a function word
// elsewhere, a determiner standing alone as the speaker (data/cues.txt, data/function-words.txt,
// quotes/cues.cc CueAt and StandsAlone, quotes/noun_phrases.cc InNounPhrase).
#include <catch2/catch.hpp>
#include <string>

#include "analysis_helpers.h"
#include "quote_checks.h"

namespace newslens::testing {
namespace {

TEST_CASE("A verb that reports only with its particle", "[quotes]") {
  CheckOnlyQuote("“He wants to be a tough guy tonight,” Mayor Ana Ruiz shot back.",
                 {QuoteKind::kDirect,
                  {"He wants to be a tough guy tonight,"},
                  "Ana Ruiz",
                  "Ana Ruiz",
                  true,
                  "shot"});
  CheckOnlyQuote(
      "As the Clarion Herald pointed out, “The council has not released any of its records.”",
      {QuoteKind::kDirect,
       {"The council has not released any of its records."},
       "Clarion Herald",
       "Clarion Herald",
       true,
       "pointed"});
  // Without the particle, no cue: the quoted title is no one's words.
  const Analysis analysis =
      AnalyzeOk("The streaming service pointed to its new drama “The Salt Crown” as a reason.");
  for (const Quote& quote : analysis.quotes) CHECK_FALSE(quote.cue.has_value());
}

TEST_CASE("Cues of manner and memory", "[quotes]") {
  CheckOnlyQuote("“Quiet, please,” the judge demanded.",
                 {QuoteKind::kDirect, {"Quiet, please,"}, "the judge", "judge", false, "demanded"});
  CheckOnlyQuote(
      "“Everyone told her not to do it,” remembered Roy Verley, the firm's former spokesman.",
      {QuoteKind::kDirect,
       {"Everyone told her not to do it,"},
       "Roy Verley",
       "Roy Verley",
       true,
       "remembered"});
}

TEST_CASE("A name whose first word is a function word elsewhere", "[quotes]") {
  CheckOnlyQuote(
      "“It is a pretty expensive business model,” said Will Doyle, a professor at the university.",
      {QuoteKind::kDirect,
       {"It is a pretty expensive business model,"},
       "Will Doyle",
       "Will Doyle",
       true,
       "said"});
}

TEST_CASE("Another and others stand alone as speakers", "[quotes]") {
  CheckOnlyQuote("Another tweeted, “The mayor thinks she is above the rules.”",
                 {QuoteKind::kDirect,
                  {"The mayor thinks she is above the rules."},
                  "Another",
                  "Another",
                  false,
                  "tweeted"});
}

}  // namespace
}  // namespace newslens::testing
