// Places' names the tagger mistook (see name_collector.h): a country the article invents, known by
// its people's adjective, and a name the text places somewhere ("the town of Lindell", "talks in
// Marsa Halim", "the Umm Sirra refugee camp").
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/name_collector.h"
#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "text/word_classes.h"

namespace newslens::entities {
namespace {

// "Aldervia", "Kestrovia", "Norvastan": a word with a country's ending, not a known first name
// ("Olivia").
bool LooksLikeCountryName(std::string_view word) {
  // (Not "-land" and "-cia", "-jia": "Strickland", "Garcia", "Mejia" are surnames.)
  return word.size() > 5 &&
         ((word.ends_with("ia") && !word.ends_with("cia") && !word.ends_with("jia")) ||
          word.ends_with("stan")) &&
         !IsKnownFirstName(word);
}

}  // namespace

// A country the article invents, or that the tagger has not met, is a one-word name it types as
// an organization or a person ("Kanawara’s prime minister"); its people's adjective gives it away
// when the text uses one: the name and "n", "an" or "ian", its last letter dropped or not
// ("Kanawaran", "Estavian", "Brazilian", "Italian", "Mexican"), or and "i" ("Qatari"). Not a first
// name, nor the last word of a person's full name ("Jordan", "Jordanian"), nor a name of three
// letters or fewer.
void NameCollector::RetypeCountriesByDemonym() {
  // Only a text with a one-word name not typed as a place is read for adjectives.
  if (std::none_of(names_.begin(), names_.end(), [](const NameMention& m) {
        return Words(m) == 1 && m.type != EntityType::kLoc;
      }))
    return;
  // The text's capitalized words that may be such an adjective: those that end in "n" or "i".
  std::unordered_set<std::string_view> capitalized;
  for (std::uint32_t t = 0; t < text_.size(); ++t)
    if (text_.IsCapitalized(t) && (text_.Text(t).back() == 'n' || text_.Text(t).back() == 'i'))
      capitalized.insert(text_.Text(t));
  std::unordered_set<std::string> surnames;
  for (const NameMention& m : names_)
    if (m.type == EntityType::kPer && Words(m) >= 2) surnames.insert(text_.LastWord(m));
  const auto demonym = [&](std::string_view name) -> std::string_view {
    if (name.size() < 4 || IsKnownFirstName(name) || surnames.contains(AsciiLower(name))) return {};
    const std::string_view stem = name.substr(0, name.size() - 1);
    for (const std::string& form :
         {std::string(name) + "n", std::string(name) + "an", std::string(name) + "ian",
          std::string(name) + "i", std::string(stem) + "an", std::string(stem) + "ian"}) {
      auto it = capitalized.find(form);
      if (it != capitalized.end()) return *it;
    }
    return {};
  };
  std::unordered_set<std::string_view> countries, adjectives;
  for (const NameMention& m : names_) {
    if (Words(m) != 1 || m.type == EntityType::kLoc || countries.contains(text_.Text(m.first)))
      continue;
    const std::string_view adjective = demonym(text_.Text(m.first));
    if (adjective.empty()) continue;
    countries.insert(text_.Text(m.first));
    adjectives.insert(adjective);
  }
  if (countries.empty()) return;
  for (NameMention& m : names_) {
    if (Words(m) != 1) continue;
    if (countries.contains(text_.Text(m.first))) m.type = EntityType::kLoc;
    if (adjectives.contains(text_.Text(m.first))) m.type = EntityType::kMisc;
  }
}

void NameCollector::RetypePlacesByContext() {
  enum Evidence : std::uint8_t { kNone, kLocative, kPlaceNoun };
  // The token after each organization's name that ends in an organization's word ("Halden
  // University"; not "Amazon": "a stake by Amazon in Anthropic").
  std::unordered_set<std::uint32_t> organization_ends;
  for (const NameMention& m : names_)
    if (m.type == EntityType::kOrg && IsOrganizationWord(text_.Text(m.end - 1)))
      organization_ends.insert(m.end);
  const auto evidence = [&](const NameMention& m) {
    if (m.first == 0 || m.type == EntityType::kMisc) return kNone;
    const std::uint32_t b = m.first - 1;
    const auto place_noun = [&](std::uint32_t t) {
      const RoleNoun* noun = LookupRoleNoun(text_.Text(t));
      return noun != nullptr && noun->kind == RoleKind::kPlace && !text_.IsCapitalized(t);
    };
    // "the town of Lindell", "the capital Sadiya", "the capital, Sadiya".
    if ((b > 0 && text_.Is(b, "of") && place_noun(b - 1)) || text_.Is(b, "capital") ||
        (b > 0 && text_.Is(b, ",") && text_.Is(b - 1, "capital")))
      return kPlaceNoun;
    // "the Pico Negrais volcano": a landform's noun after a name the tagger took for a
    // person's (a company's stays one: "the Amazon river" beside "Amazon said").
    if (text_.IsAnyCase(b, "the") && m.end < text_.size() && m.type == EntityType::kPer &&
        text_.IsAnyCaseOf(m.end, {"volcano", "river", "lake", "mountain", "glacier", "valley",
                                  "canyon", "reef", "peninsula", "desert"}) &&
        !text_.IsCapitalized(m.end))
      return kLocative;
    // "in eastern Chad", "southern France's Var department": a compass point's adjective in
    // small letters places any name, a first name's too; not an organization's ("northern
    // Labour MPs", "southern Hezbollah positions").
    if (m.type != EntityType::kMisc && m.type != EntityType::kOrg && !text_.IsCapitalized(b) &&
        text_.IsAnyCaseOf(b, {"northern", "southern", "eastern", "western", "central",
                              "north-eastern", "north-western", "south-eastern", "south-western",
                              "northeastern", "northwestern", "southeastern", "southwestern"}))
      return kPlaceNoun;
    // "a Reno-based research group", "Bengaluru-based Kredora": where something is based,
    // registered or born (not "Google-backed": what owns or funds it; nor "Nasdaq-listed": an
    // exchange).
    if (m.type != EntityType::kMisc && text_.JoinsParticiple(m.end) &&
        text_.IsAnyCaseOf(m.end + 1, {"based", "headquartered", "born", "registered"}))
      return kPlaceNoun;
    // "talks in Marsa Halim", not "in Smith's view".
    const bool possessed = m.end < text_.size() && text_.Kind(m.end) == TokenKind::kContraction &&
                           text_.IsPossessive(m.end);
    // "Halden University in Korvastad": after an organization's name, where it is.
    if (text_.Is(b, "in") && !possessed && organization_ends.contains(b) &&
        !IsKnownFirstName(text_.Text(m.first)))
      return kPlaceNoun;
    // "Aldervia's governing coalition", "Under Aldervia's constitution": a country's name the
    // tagger took for a person's, by its ending, owning what a state has.
    if (possessed && m.type == EntityType::kPer && Words(m) == 1 &&
        LooksLikeCountryName(text_.Text(m.first)) &&
        text_.IsAnyCaseOf(
            m.end + 1, {"government", "governing", "ruling", "coalition", "constitution",
                        "parliament", "parliamentary", "economy", "capital", "army", "military",
                        "borders", "currency", "central", "citizens", "population", "electoral"}))
      return kPlaceNoun;
    // "the Umm Sirra refugee camp", "residents of Kwa Ndege village": a refugee camp's noun
    // after the name, or a settlement's after one the tagger took for no organization's (not
    // "the Tata township", "the Celtic village", "the Biden camp": its campaign).
    if (m.end + 1 < text_.size() && !IsOrganizationWord(text_.Text(m.end - 1)) &&
        !text_.IsAllCaps(m.first)) {
      const bool camp = text_.IsAnyCase(m.end, "refugee") && text_.IsAnyCase(m.end + 1, "camp");
      const bool settlement = m.type != EntityType::kOrg && !text_.IsCapitalized(m.end) &&
                              text_.IsAnyCaseOf(m.end, {"village", "township", "suburb", "slum",
                                                        "neighbourhood", "neighborhood"});
      if (camp || settlement) return kPlaceNoun;
    }
    // Not "trust in Trump", "faith in Musk": a word of belief or stake before "in".
    const bool believed =
        b > 0 && text_.IsAnyCaseOf(b - 1, {"trust", "faith", "confidence", "interest", "belief",
                                           "believe", "believes", "believed", "invest", "invested",
                                           "stake", "role", "part"});
    if (m.type != EntityType::kOrg && (text_.Is(b, "in") || text_.Is(b, "near")) && !possessed &&
        !believed && !IsKnownFirstName(text_.Text(m.first)))
      return kLocative;
    return kNone;
  };
  std::unordered_map<std::string, Evidence> places;  // Key -> the strongest evidence
  for (const NameMention& m : names_) {
    const Evidence e = evidence(m);
    if (e == kNone) continue;
    Evidence& best = places[text_.Key(m)];
    best = std::max(best, e);
  }
  // "stores in Ashcombe Vale, Stannington Cross and Bryn Celyn": the names of a list that a
  // place after "in" or "near" opens, and "and" or "or" closes, are places too.
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& head = names_[i];
    if (head.type != EntityType::kLoc || head.first == 0 ||
        !(text_.Is(head.first - 1, "in") || text_.Is(head.first - 1, "near")))
      continue;
    std::size_t last = i;  // the list's last name so far
    bool closed = false;   // "and" or "or" came before it
    // (Not over a name that a place of its own follows, as people's do in "Marisol Achá in
    // Santa Inés and Daniel Okafor in London".)
    const auto member = [&](const NameMention& m) {
      return m.type != EntityType::kMisc &&
             !(m.end < text_.size() && text_.IsAnyCaseOf(m.end, {"in", "at", "from"}));
    };
    while (!closed && last + 1 < names_.size() && member(names_[last + 1])) {
      std::uint32_t k = names_[last].end;
      const bool comma = k < text_.size() && text_.IsPunct(k, ",");
      if (comma) ++k;
      if (k < text_.size() && text_.IsAnyCaseOf(k, {"and", "or"})) {
        // ", and" only after a list of two names at least (not "in Paris, and Macron said").
        if (comma && last == i) break;
        closed = true;
        ++k;
      } else if (!comma) {
        break;  // neither a comma nor "and"
      }
      if (names_[last + 1].first != k) break;
      ++last;
    }
    // Two names over "and" end their phrase: a mark, a preposition or the text's end after the
    // second, not a verb ("in Ohio and Microsoft hired him"); three or more, set off by commas,
    // are a list whatever follows.
    const std::uint32_t after = names_[last].end;
    const bool ends_phrase = after >= text_.size() || !text_.IsWord(after) ||
                             text_.Class(after) == WordClass::kPreposition;
    if (!closed || (last == i + 1 && !ends_phrase)) continue;
    for (std::size_t j = i + 1; j <= last; ++j) places[text_.Key(names_[j])] = kPlaceNoun;
    i = last;
  }
  if (places.empty()) return;
  // A person's name elsewhere: a mention with a title or an honorific, or the end of a full name.
  for (const NameMention& m : names_) {
    if (m.type != EntityType::kPer) continue;
    const bool personal = m.gender != Gender::kUnknown || !m.title.empty();
    if (personal) places.erase(text_.Key(m));
    if (Words(m) >= 2) places.erase(text_.LastWord(m));
  }
  for (NameMention& m : names_) {
    if (m.decides) continue;
    auto it = places.find(text_.Key(m));
    if (it == places.end()) continue;
    if (it->second == kPlaceNoun || m.type == EntityType::kPer) m.type = EntityType::kLoc;
  }
}

void NameCollector::JoinNumberedNames() {
  const auto number = [&](std::uint32_t k) {
    const std::string_view w = text_.Text(k);
    return k < text_.size() && text_.Kind(k) == TokenKind::kNumber && !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::vector<bool> named = NamedTokens();
  // names_ is in text order up to here; names added below go after it. The name that holds or
  // ends at a token is the last of that order to open at or before it (a binary search: a text
  // of nothing but numbered roads stays linear).
  const std::size_t in_order = names_.size();
  const auto name_at = [&](std::uint32_t k) -> NameMention* {
    const auto after =
        std::upper_bound(names_.begin(), names_.begin() + static_cast<std::ptrdiff_t>(in_order), k,
                         [](std::uint32_t token, const NameMention& m) { return token < m.first; });
    return after == names_.begin() ? nullptr : &*std::prev(after);
  };
  bool added = false;
  for (std::uint32_t t = 0; t + 1 < text_.size(); ++t) {
    if (!text_.IsCapitalized(t) || !number(t + 1)) continue;
    const bool road = text_.IsAnyCaseOf(
        t, {"Highway", "Route", "Interstate", "Motorway", "Freeway", "Expressway", "Ward"});
    const bool category = text_.Is(t, "Category");
    if (!road && !category) continue;
    const EntityType type = road ? EntityType::kLoc : EntityType::kMisc;
    // "State Route 219": the state's word before the road's.
    const bool state = road && t > 0 && text_.Is(t - 1, "State") && !named[t - 1];
    // The name the tagger made of the word alone, of the words before it ("[State Route]") or
    // of the word and the number, of another type; not one that goes on past the number.
    if (NameMention* m = name_at(t); m != nullptr && m->end > t) {
      if ((m->end == t + 1 && named[t + 1]) || m->end > t + 2) continue;
      if (state && m->first == t) m->first = t - 1;
      m->end = t + 2;
      m->type = type;
      m->decides = true;
      continue;
    }
    if (named[t + 1]) continue;
    names_.push_back({state ? t - 1 : t, t + 2, type});
    names_.back().decides = true;
    added = true;
  }
  if (added) SortNames();
}

}  // namespace newslens::entities
