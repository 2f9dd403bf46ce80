// The name flags of a spelling (ner/name_word_flags.h) say what the predicates they stand for
// say, and the featurizer keeps them per token as they are computed alone.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/sports_words.h"
#include "ner/features.h"
#include "ner/name_word_flags.h"
#include "ner/word_clusters.h"
#include "ner_repair_helpers.h"
#include "text/char_class.h"

namespace newslens::testing {
namespace {

using namespace ner::name_word;

// Words of every kind the flags tell apart: capitals, initials, marks, lexicons' words.
const std::vector<std::string_view> kTokens = {"Paris",      "Élysée",
                                               "said",       "1996",
                                               "airport",    "policy-makers",
                                               "NATO",       "U.S.",
                                               "McGregor",   "iPhone",
                                               "J.",         "K",
                                               "A",          "I",
                                               ",",          "--",
                                               "\u2019",     "'",
                                               "'s",         "\u2019s",
                                               "'S",         "and",
                                               "&",          "of",
                                               "on",         "into",
                                               "de",         "van",
                                               "Trust",      "Bank",
                                               "agency",     "firm",
                                               "Serbs",      "Republicans",
                                               "Cup",        "Open",
                                               "Seung-hoon", "Min-seok",
                                               "al-Harbash", "arap",
                                               "ten",        "Ní",
                                               "De",         "Van",
                                               "Friday",     "Amazon.com",
                                               "Mr.Lee",     "counties",
                                               "provinces",  "Celsius",
                                               "Fahrenheit", "No.",
                                               "No",         "no.",
                                               "County",     "Co",
                                               "Co.",        "Gov.",
                                               "Mr.",        "spokesman",
                                               "midfielder", "Tom",
                                               "carrier",    "",
                                               "\u00a0",     "x",
                                               "\u201c",     "Ltd.",
                                               "São",        "ÉTÉ"};

TEST_CASE("name flags say what the predicates they stand for say", "[ner][repairs]") {
  const ner::Gazetteer& lists = Lists();
  for (const std::string_view token : kTokens) {
    INFO("token: \"" << std::string(token) << "\"");
    ner::WordFeatures word;
    ner::ComputeWordFeatures(token, &word);
    const ner::NameWordFlags flags = ner::ComputeNameWordFlags(token, word, lists);
    const auto has = [&](ner::NameWordFlags f) { return (flags & f) != 0; };
    CHECK(has(kCapitalized) == chars::StartsUpper(token));
    CHECK(has(kAsciiCapital) == chars::StartsAsciiUpper(token));
    CHECK(has(kAsciiSmall) == chars::StartsAsciiLower(token));
    CHECK(has(kDigitFirst) == chars::StartsAsciiDigit(token));
    CHECK(has(kAcronym) == (word.case_class == ner::CaseClass::kUpper));
    CHECK(has(kTitleCase) == (word.case_class == ner::CaseClass::kTitle));
    CHECK(has(kMixedCase) == (word.case_class == ner::CaseClass::kMixed));
    CHECK(has(kLetterOrDigit) ==
          (word.case_class != ner::CaseClass::kNoLetters ||
           std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })));
    CHECK(has(kNameConnector) == ner::IsNameConnector(ner::NormalizedFormHash(token)));
    CHECK(has(kOrganizationWord) == IsOrganizationWord(token));
    CHECK(has(kPeoplesName) == IsPeoplesName(token));
    CHECK(has(kCompetitionWord) == IsCompetitionWord(token));
    CHECK(has(kGivenNameOfTwoSyllables) == IsGivenNameOfTwoSyllables(token));
    CHECK(has(kJoinedParticle) == HasJoinedParticle(token));
    CHECK(has(kJoiningParticle) == IsJoiningParticle(token));
    CHECK(has(kNameParticle) == IsNameParticle(token));
    CHECK(has(kWeekday) == IsWeekday(token));
  }
}

// The tokens of `words` that have `flag`, in order.
std::vector<std::string_view> Having(const std::vector<std::string_view>& words,
                                     ner::NameWordFlags flag) {
  std::vector<std::string_view> having;
  for (const std::string_view token : words) {
    ner::WordFeatures word;
    ner::ComputeWordFeatures(token, &word);
    if ((ner::ComputeNameWordFlags(token, word, Lists()) & flag) != 0) having.push_back(token);
  }
  return having;
}

TEST_CASE("name flags of words in small letters, initials, kinds of organisation",
          "[ner][repairs]") {
  using Words = std::vector<std::string_view>;
  CHECK(Having({"airport", "policy-makers", "e-mail", "pre-", "Paris", "said,", "ñu", "x"},
               kLowerWord) == Words{"airport", "policy-makers", "e-mail", "x"});
  CHECK(Having({"J.", "K", "A", "JJ.", "J.K.", "j.", "Ó"}, kInitial) == Words{"J.", "K", "A"});
  // "carrier" is a ship too; the lexicon is read in small letters only.
  CHECK(Having({"agency", "firm", "carrier", "Agency", "spokesman", "minister"},
               kOrganisationKind) == Words{"agency", "firm"});
  CHECK(Having({"de", "van", "do", "De", "arap"}, kJoiningParticle) == Words{"de", "van", "arap"});
}

TEST_CASE("name flags of marks, function words and the rules' own words", "[ner][repairs]") {
  const auto flags = [](std::string_view token) {
    ner::WordFeatures word;
    ner::ComputeWordFeatures(token, &word);
    return ner::ComputeNameWordFlags(token, word, Lists());
  };
  CHECK((flags("'s") & kPossessive) != 0);
  CHECK((flags("\u2019s") & kPossessive) != 0);
  CHECK((flags("s") & kPossessive) == 0);
  CHECK((flags("\u2019") & kApostrophe) != 0);
  CHECK((flags("\u2019s") & kApostrophe) == 0);
  CHECK((flags("&") & kAnd) != 0);
  CHECK((flags("And") & kAnd) == 0);  // as written: a capital opens a name's word
  CHECK((flags("of") & (kOf | kFieldPreposition)) == (kOf | kFieldPreposition));
  CHECK((flags("into") & (kOf | kFieldPreposition)) == kFieldPreposition);
  // A title's abbreviation the gazetteer has without its stop, and a person's role in small
  // letters (lexicon/roles.txt); not a place, nor a role written with a capital.
  const ner::Gazetteer titles = ner::Gazetteer::Parse("[title]\nmr\n[role]\ngov\n").value();
  for (const std::string_view abbreviation : {"Mr.", "Gov."}) {
    ner::WordFeatures word;
    ner::ComputeWordFeatures(abbreviation, &word);
    CHECK((ner::ComputeNameWordFlags(abbreviation, word, titles) & kTitleSpelling) != 0);
  }
  CHECK((flags("Mr.") & kTitleSpelling) == 0);  // Lists() has "mr." with its stop
  CHECK((flags("spokesman") & kTitleSpelling) != 0);
  CHECK((flags("Paris") & kTitleSpelling) == 0);
  CHECK((flags("Mr") & kTitleSpelling) == 0);
  CHECK((flags("Amazon.com") & kSiteName) != 0);
  CHECK((flags("Nation.africa") & kSiteName) != 0);
  CHECK((flags("Mr.Lee") & kSiteName) == 0);
  CHECK((flags("U.S.") & kSiteName) == 0);
  CHECK((flags("counties") & kPlacesPlural) != 0);
  CHECK((flags("Counties") & kPlacesPlural) == 0);
  CHECK((flags("Celsius") & kTemperatureScale) != 0);
  CHECK((flags("No.") & kNumberSign) != 0);
  CHECK((flags("Co.") & kCounty) != 0);
  CHECK((flags("Ní") & kCapitalisedSurnameParticle) != 0);
  CHECK((flags("ní") & kCapitalisedSurnameParticle) == 0);
  CHECK((flags("ÉTÉ") & kSmallLetter) == 0);
  CHECK((flags("São") & kSmallLetter) != 0);
}

TEST_CASE("the featurizer keeps each token's name flags as they are computed alone",
          "[ner][repairs]") {
  const std::vector<std::string_view> first = Split(
      "Union representative Rosa Aranda of the Harbour Trust said on Friday the Serbs ’s "
      "agency , Amazon.com and No. 2 counties .");
  const std::vector<std::string_view> second = Split("ATLANTA AT CHICAGO Seung-hoon al-Harbash");
  const std::vector<NerSentence> document = {{first, false}, {second, true}};
  const ner::WordClusters clusters;
  ner::DocumentFeaturizer featurizer(&Lists(), &clusters, /*for_tagger=*/true);
  featurizer.Prepare(document);
  const std::size_t n = first.size() + second.size();
  const std::span<const ner::NameWordFlags> kept = featurizer.KeptNameFlags(0, n);
  REQUIRE(kept.size() == n);
  std::vector<ner::NameWordFlags> computed;
  ner::ComputeNameWordFlags(first, Lists(), &computed);
  std::vector<ner::NameWordFlags> more;
  ner::ComputeNameWordFlags(second, Lists(), &more);
  computed.insert(computed.end(), more.begin(), more.end());
  for (std::size_t i = 0; i < n; ++i) {
    INFO("token " << i);
    CHECK(kept[i] == computed[i]);
  }
  CHECK(featurizer.KeptNameFlags(n - 1, 2).empty());  // past the document
}

}  // namespace
}  // namespace newslens::testing
