#include "lexicon/org_words.h"

#include <cstdint>

#include "data/embedded.h"
#include "text/lexicon.h"
#include "text/word_map.h"

namespace newslens {
namespace {

enum class Kind : std::uint8_t { kAny, kPublication, kCompany, kBody };

// Per word of org-words.txt: its mark ("publication": "Courier", "Times"; "company": "Inc.";
// "body": "Council").
const WordMap<Kind>& OrganizationWords() {
  static const auto* table = [] {
    auto* map = new WordMap<Kind>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::org_words_txt, data::org_words_txt_size))) {
      const Kind kind = row.size() < 2            ? Kind::kAny
                        : row[1] == "publication" ? Kind::kPublication
                        : row[1] == "company"     ? Kind::kCompany
                        : row[1] == "body"        ? Kind::kBody
                                                  : Kind::kAny;
      map->Insert(row[0], kind);
    }
    return map;
  }();
  return *table;
}

}  // namespace

bool IsOrganizationWord(std::string_view word) { return OrganizationWords().Contains(word); }

bool IsPublicationWord(std::string_view word) {
  const Kind* kind = OrganizationWords().Find(word);
  return kind != nullptr && *kind == Kind::kPublication;
}

bool IsCompanyWord(std::string_view word) {
  const Kind* kind = OrganizationWords().Find(word);
  return kind != nullptr && *kind == Kind::kCompany;
}

bool IsLegalForm(std::string_view word) {
  for (std::string_view form :
       {"Co",   "Co.",  "Corp", "Corp.", "Inc", "Inc.",        "Ltd",          "Ltd.",
        "LLC",  "PLC",  "Plc",  "plc",   "AG",  "SA",          "S.A.",         "NV",
        "N.V.", "GmbH", "LLP",  "Pty",   "Bhd", "Corporation", "Incorporated", "Limited"}) {
    if (word == form) return true;
  }
  return false;
}

bool EndsBodysName(std::string_view field, std::string_view last) {
  if (last == "District") {
    for (std::string_view w : {"School", "Schools", "Water", "Fire", "Transit", "Irrigation",
                               "Sanitation", "Hospital", "Utility", "Conservation", "Drainage"})
      if (field == w) return true;
  } else if (last == "Center" || last == "Centre") {
    for (std::string_view w :
         {"Medical",        "Health",      "Cancer",     "Research",     "Trauma",
          "Rehabilitation", "Policy",      "Treatment",  "Heart",        "Children's",
          "Children’s",     "Fire",        "Operations", "Coordination", "Co-ordination",
          "Prediction",     "Forecasting", "Control",    "Command",      "Crisis",
          "Detention",      "Training",    "Studies",    "Information",  "Emergency"})
      if (field == w) return true;
  }
  return false;
}

bool EndsNoPlaceName(std::string_view word) {
  const Kind* kind = OrganizationWords().Find(word);
  return kind != nullptr && (*kind == Kind::kCompany || *kind == Kind::kBody);
}

}  // namespace newslens
