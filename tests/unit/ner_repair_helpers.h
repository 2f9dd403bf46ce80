// What the tests of the tagger's repairs share (ner_repairs_test.cc and
// ner_organisation_repairs_test.cc): a small hand-made gazetteer, and Repair(), which runs the
// repairs on tags written out by hand.
#ifndef NEWSLENS_TESTS_UNIT_NER_REPAIR_HELPERS_H_
#define NEWSLENS_TESTS_UNIT_NER_REPAIR_HELPERS_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/name_repairs.h"
#include "ner/word_features.h"
#include "newslens/ner.h"

namespace newslens::testing {

inline const ner::Gazetteer& Lists() {
  static const ner::Gazetteer lists =
      ner::Gazetteer::Parse(
          "[demonym]\naustralian\nbritish\nsouth korean\nchristian\n"
          "[country]\naustralia\n"
          "[city]\nnew york\n[region]\nindiana\n"
          "[first]\ntom\nomar\nann\njohn\nchristian\ndean\nhillary\nrose\n"
          "[title]\nmr.\nvice\n"
          "[role]\nprime minister\nmidfielder\ndean\ncoach\ngovernor\n"
          "[orgword]\ntrust\nbank\noffice\nfund\n"
          "[common]\nit\nrival\nrose\nfund\nyear-end\nnational\ndevelopment\ncommerce\n"
          "political\naffair\ntrade\nintegration\nwen\n")
          .value();
  return lists;
}

// The words of `text`, split at spaces.
inline std::vector<std::string_view> Split(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Tags written as "B-MISC I-PER O ..." for the tokens of `sentence` (split at spaces), repaired,
// and written back the same way.
inline std::string Repair(std::string_view sentence, std::string_view tags, bool headline = false) {
  const std::vector<std::string_view> tokens = Split(sentence);
  std::vector<NerTag> parsed;
  for (const std::string_view tag : Split(tags)) parsed.push_back(ParseNerTag(tag).value());
  REQUIRE(tokens.size() == parsed.size());
  ner::RepairScratch scratch;
  // The tagger passes the tokens' gazetteer marks, which make every name a candidate for repair.
  std::vector<std::uint64_t> forms;
  std::vector<std::uint16_t> values;
  for (const std::string_view token : tokens) {
    forms.push_back(ner::NormalizedFormHash(token));
    values.push_back(Lists().WordValue(forms.back()));
  }
  std::vector<ner::GazetteerMarks> marks(tokens.size());
  Lists().Mark(forms, values, marks);
  ner::RepairNames(Lists(), tokens, parsed, headline, marks, {}, &scratch);
  std::string out;
  for (const NerTag tag : parsed) out += std::string(out.empty() ? "" : " ") + NerTagName(tag);
  return out;
}

}  // namespace newslens::testing

#endif  // NEWSLENS_TESTS_UNIT_NER_REPAIR_HELPERS_H_
