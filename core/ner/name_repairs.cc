#include "ner/name_repairs.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/roles.h"
#include "lexicon/sports_words.h"
#include "ner/sentence_names.h"
#include "ner/word_features.h"
#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"
#include "values/value_lexicon.h"

namespace newslens::ner::repairs {
namespace {

// A personal pronoun alone, or a caption's label ("AP [Photo]/Lena Vos", "[File]: ..."), in small
// letters or with a capital, names no person, organisation or place ("[He]PER was ordained",
// "[She]PER" of a heading); a work may be called so ("the thriller [You]MISC"), and capitals only
// are names ("IT", "US").
bool NamesNothingAlone(std::string_view token) {
  static constexpr std::string_view kWords[] = {"He",     "She",  "It",    "They",  "We",   "You",
                                                "His",    "Her",  "Him",   "Its",   "Them", "Photo",
                                                "Photos", "File", "Image", "Credit"};
  return std::find(std::begin(kWords), std::end(kWords), token) != std::end(kWords);
}

// A member of a parliament or a council, whom news names "for" a constituency ("deputy", "MP").
bool IsRepresentative(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "deputy",      "MP",          "MEP",           "MLA",           "MSP",
      "TD",          "MPP",         "senator",       "councillor",    "councilor",
      "assemblyman", "congressman", "congresswoman", "representative"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// The type of a facility that a name ending in `word` names, after a person or not ("Sultan
// Ahmad Shah Airport", "Queen Elizabeth Hospital"): a place or a body; kNone for another word.
int FacilityType(std::string_view word) {
  static constexpr std::string_view kPlaces[] = {"Airport", "Airfield",   "Station",
                                                 "Stadium", "Arena",      "Bridge",
                                                 "Tunnel",  "Racecourse", "Expressway"};
  static constexpr std::string_view kBodies[] = {"Hospital", "Infirmary", "School",
                                                 "Academy",  "College",   "University",
                                                 "Library",  "Museum",    "Institute"};
  if (std::find(std::begin(kPlaces), std::end(kPlaces), word) != std::end(kPlaces)) return kLoc;
  if (std::find(std::begin(kBodies), std::end(kBodies), word) != std::end(kBodies)) return kOrg;
  return kNone;
}

// Two people's names in a row, with nothing between, are one ("[Democrat Hillary] [Clinton]");
// an indefinite article opens no name ("[A Government Accountability Office] report"); and a
// pronoun or a caption's label alone is none.
void JoinPeopleAndDropArticles(std::span<const std::string_view> tokens, std::span<NerTag> tags) {
  const std::size_t n = tags.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (tags[i] == NerTag::kBPer && i > 0 && IsPerson(tags[i - 1])) tags[i] = NerTag::kIPer;
    if (Opens(tags[i]) && tags[i] != NerTag::kBMisc && (i + 1 == n || !Continues(tags[i + 1])) &&
        NamesNothingAlone(tokens[i])) {
      tags[i] = NerTag::kO;
      continue;
    }
    const int tag = static_cast<int>(tags[i]);
    if (Opens(tags[i]) && (tokens[i] == "A" || tokens[i] == "An") && i + 1 < n &&
        static_cast<int>(tags[i + 1]) == tag + 1) {
      tags[i] = NerTag::kO;
      tags[i + 1] = static_cast<NerTag>(tag);
    }
  }
}

// "Sept.", "Jan", "March": a month's name or abbreviation.
bool IsMonth(std::string_view token) {
  if (token.ends_with(".")) token.remove_suffix(1);
  const DateWord* word = LookupDateWord(AsciiLower(token));
  return word != nullptr && word->kind == DateWordKind::kMonth;
}

// A name neither starts nor ends with a mark ("MANCHESTER —" of a dateline): the marks at its
// ends are left out. (Inside, "&" and "-" may join its words.) Nor does it go on over a comma
// and a month ("[XIAMEN, Sept.] 8 (Xinhua)": a dateline's place and date).
void TrimPunctuation(std::span<const std::string_view> tokens, std::span<const NameWordFlags> flags,
                     std::span<NerTag> tags) {
  const std::size_t n = tags.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (tags[i] == NerTag::kO || (flags[i] & name_word::kLetterOrDigit) != 0) continue;
    if (Continues(tags[i]) && tokens[i] == "," && i + 1 < n && IsMonth(tokens[i + 1])) {
      for (std::size_t k = i; k < n && Continues(tags[k]); ++k) tags[k] = NerTag::kO;
      continue;
    }
    const bool continued = i + 1 < n && Continues(tags[i + 1]);
    if (continued && Opens(tags[i])) {
      tags[i + 1] = static_cast<NerTag>(static_cast<int>(tags[i + 1]) - 1);  // begins the name
    }
    if (!continued || Opens(tags[i])) tags[i] = NerTag::kO;
  }
}

// "Sanders Vows To Eliminate ...", "Trump Says ...": a headline in Title Case capitalizes its
// verb, which the tagger may read as the name's last word. A speech verb in -s that ends a name
// of two words or more is no part of it: a person's name never ends in one, and another name
// only in a form that is also a noun ("Consumer Reports").
void DropHeadlineVerbs(std::span<const std::string_view> tokens, std::span<NerTag> tags) {
  ForEachName(tags, [&](std::size_t begin, std::size_t end) {
    const std::string_view last = tokens[end - 1];
    if (end - begin < 2 || last.size() < 4 || !last.ends_with("s") ||
        !chars::StartsAsciiUpper(last))
      return;
    const CueWord* cue = LookupCue(last);
    if (cue == nullptr) return;
    if (cue->also_noun && tags[begin] != NerTag::kBPer) return;
    tags[end - 1] = NerTag::kO;
  });
}

// A person's, organisation's or place's name is made of capitalised words, joined by a few
// lower-case ones ("Bank of England", "Joost van der Westhuizen"). Any other lower-case word
// belongs to the sentence: at a name's start ("v [Somerset]", "the [Angels]") or end
// ("[Chechnya] must", "[Belgrade] airport") it is left out, and inside one it splits it in two
// ("[Cofinec] said [Petofi]"). In a sentence of capitals, where no word shows its case, a
// preposition that joins no names does the same ("[ATLANTA] AT [CHICAGO]"). A number at the end
// of a person's or a place's name is left out too ("[A. Dale] 69" in a scorecard). Works keep
// their words: a title may hold any word, "[Euro 96]" a number.
// `any`: the sentence's flags ORed (AnyOf).
void KeepNamesCapitalised(std::span<const std::string_view> tokens,
                          std::span<const NameWordFlags> flags, NameWordFlags any,
                          std::span<NerTag> tags) {
  const std::size_t n = tags.size();
  // A sentence in capitals ("ATLANTA AT CHICAGO", a headline): no word in it shows its case.
  const bool capitals = (any & name_word::kSmallLetter) == 0;
  const auto has = [&](std::size_t k, NameWordFlags f) { return (flags[k] & f) != 0; };
  const auto sentence_word = [&](std::size_t k) {
    if (has(k, name_word::kLowerWord)) return true;
    return capitals && ClassOfWord(AsciiLower(tokens[k])) == WordClass::kPreposition &&
           !has(k, name_word::kNameConnector);
  };
  for (std::size_t i = 0; i < n;) {
    const int tag = static_cast<int>(tags[i]);
    if (!Opens(tags[i]) || tags[i] == NerTag::kBMisc) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && static_cast<int>(tags[end]) == tag + 1) ++end;
    const auto begin_at = [&](std::size_t k) { tags[k] = static_cast<NerTag>(tag); };
    std::size_t first = i;
    while (end - first > 1 && sentence_word(first) && !has(first, name_word::kNameParticle)) {
      tags[first++] = NerTag::kO;
      begin_at(first);
    }
    const bool numbers_end =
        tag == static_cast<int>(NerTag::kBPer) || tag == static_cast<int>(NerTag::kBLoc);
    std::size_t last = end;
    // A weekday is no part of the name either ("[Jose Miguel Insulza] Monday", "[Standard
    // Liege] on Friday").
    const auto trailing = [&](std::size_t k) {
      return sentence_word(k) || (numbers_end && has(k, name_word::kDigitFirst)) ||
             has(k, name_word::kWeekday);
    };
    while (last - first > 1 && trailing(last - 1)) tags[--last] = NerTag::kO;
    for (std::size_t k = first + 1; k + 1 < last; ++k) {
      if (!sentence_word(k) || has(k, name_word::kNameConnector | name_word::kNameParticle))
        continue;
      // "Royal Commission into Aged Care": an inquiry's name goes on over "into".
      if (tokens[k] == "into" && IsInquiry(tokens, k - 1)) continue;
      // The name stops here; the next begins at the next capitalised word (the last word is one).
      while (k + 1 < last && sentence_word(k)) tags[k++] = NerTag::kO;
      begin_at(k);
    }
    i = end;
  }
}

}  // namespace

void SentenceNames::Repair(std::size_t a, std::size_t b, int type) {
  if (SplitTitleWithField(a, b) || SplitTitleAfterPossessive(a, b, type) ||
      RetypeCountryReadAsPerson(a, b, type))
    return;
  // "[7th Silk Harbour International Trade Fair in Xiamen]MISC": an event's name and where it
  // is held, a place the lists know, are two names.
  if (type == kMisc) {
    for (std::size_t k = a + 2; k + 1 < b; ++k) {
      if (!Is(k, "in") || !KnownPlace(k + 1, b)) continue;
      Set(k, k + 1, kNone);
      Set(k + 1, b, kLoc);
      b = k;
      break;
    }
  }
  // "Former corporator Javed [Shaikh of the Lok Jagruti Party]": after a person's role or title
  // and a capitalized word left out, one word before "of" is the person's surname, and what
  // follows "of" (and "the") the organisation; the role alone is no name.
  if (type == kOrg && a >= 2 && b >= a + 3 && Is(a + 1, "of") && tags_[a - 1] == NerTag::kO &&
      Capitalized(a - 1) && !Starts(a - 1, GazetteerCategory::kCommon) &&
      (TitleWord(a - 2) || LookupPersonsRole(tokens_[a - 2]) != nullptr)) {
    const std::size_t organisation = Is(a + 2, "the") ? a + 3 : a + 2;
    if (organisation < b && Capitalized(organisation)) {
      if (Has(a - 2, name_word::kLowerWord) && IsPerson(tags_[a - 2])) Set(a - 2, a - 1, kNone);
      Set(a - 1, a + 1, kPer);
      Set(a + 1, organisation, kNone);
      Set(organisation, b, KnownPlace(organisation, b) ? kLoc : kOrg);  // "Ted Cruz of Texas"
      return;
    }
  }
  // "[The Valley Liberation Front]": an article is no part of an organisation's name that ends
  // in a word of organisations' names ("The Oval", a place, and works keep theirs).
  const auto drop_article = [&] {
    if (b - a < 3 || !(Is(a, "The") || Is(a, "the")) || !OrgWord(b - 1)) return;
    Set(a, a + 1, kNone);
    Set(++a, b, kOrg);
  };
  if (type == kOrg) drop_article();
  // A first name and a surname right after a person's title or role, outside the name, are a
  // person's name: "Union representative [Rosa Aranda]ORG".
  if (type != kPer && a > 0 && tags_[a - 1] == NerTag::kO && FirstName(a) && TitleWord(a - 1) &&
      Capitalized(a + 1)) {
    Set(a, b, kPer);
    type = kPer;
  }
  // A dash between words ends a name: "[Lithuania] - [Danius Gleveckas]" in a list of players and
  // their countries; so does a slash, between a photographer and an agency ("[Thomas Garnier] /
  // [Agence Lumière]"). The name after it is a person's if a first name opens it.
  for (std::size_t k = a + 1; k + 1 < b; ++k) {
    if (tokens_[k] != "-" && tokens_[k] != "--" && tokens_[k] != "/") continue;
    Set(k, k + 1, kNone);
    Set(k + 1, b, FirstName(k + 1) ? kPer : type);
    Set(a, k, type);
    b = k;
    break;
  }
  // A first name that ends another name before a person's name, or before a capitalised word
  // of no dictionary, opens the person's: "[Democrat Hillary]MISC [Clinton]PER",
  // "[Democrat Hillary]MISC Clinton".
  if (type != kPer && b < tags_.size() && FirstName(b - 1) &&
      (tags_[b] == NerTag::kBPer ||
       (tags_[b] == NerTag::kO && Capitalized(b) && !Starts(b, GazetteerCategory::kCommon)))) {
    tags_[b] = NerTag::kIPer;
    tags_[b - 1] = NerTag::kBPer;
    if (--b == a) return;
  }
  // Titles that end a name before a person's name are the person's: "[Indiana Gov.] [Mike
  // Pence]" is "[Indiana] Gov. [Mike Pence]".
  if (b < tags_.size() && tags_[b] == NerTag::kBPer && type != kPer && TitleWord(b - 1)) {
    std::size_t t = b;
    while (t > a && TitleWord(t - 1)) --t;
    if (t == a) {
      Set(a, b, kNone);
      return;
    }
    Set(t, b, kNone);
    b = t;
    if (KnownPlace(a, b)) {
      Set(a, b, kLoc);
      type = kLoc;
    }
  }
  // A name that ends in a word that ends organisations' names ("Trust", "Athletic", "Bank") is an
  // organisation, not a person or a work, unless a first name starts a name of two words ("Peter
  // Bank"; "Kia Motor Corp" is a company). So is a name in which one is followed by "of" ("Nordic
  // Journal of Adolescent Health"), and a person's name that joins names with "&" ("Douglas &
  // Lomason": a firm).
  const bool ends_in_org_word = OrgWord(b - 1);
  bool org_word_of = false, ampersand = false;
  for (std::size_t j = a; j < b; ++j) {
    org_word_of |= j + 2 < b && OrgWord(j) && Is(j + 1, "of") && Capitalized(j + 2);
    ampersand |= j > a && j + 1 < b && Is(j, "&");
  }
  // A place's name never ends in a company's or a public body's word ("Corvina Health
  // Technologies", "Lowmere District Council", "Harlan Creek Regional Medical Center").
  const bool company =
      type == kLoc && ((ends_in_org_word && EndsNoPlaceName(tokens_[b - 1])) ||
                       (b - a >= 2 && EndsBodysName(tokens_[b - 2], tokens_[b - 1])));
  // (A plural organisations' word ends no person's name after a first name either: "[Dawn
  // Brigades]", "Rose Industries".)
  const bool plural_org_word = Has(b - 1, name_word::kOrganizationWord) &&
                               tokens_[b - 1].ends_with("s") && !tokens_[b - 1].ends_with("ss");
  if (((type == kPer || type == kMisc) && (ends_in_org_word || org_word_of) &&
       (!FirstName(a) || b - a >= 3 || plural_org_word)) ||
      (type == kPer && ampersand) || company) {
    Set(a, b, kOrg);
    type = kOrg;
    drop_article();  // "[The Valley Liberation Front]LOC", retyped
  }
  // A place before a title and a person: "US President Donald Trump", "New York Governor Kathy
  // Hochul".
  if ((marks_[a] & kPlaceStarts) != 0) {
    std::size_t p = a + 1;
    while (p < b && (marks_[p] & kPlaceInsides) != 0) ++p;
    std::size_t t = p;
    while (t < b && TitleWord(t)) ++t;
    if (t > p && t < b && FirstName(t)) {
      Set(a, p, kLoc);
      Set(p, t, kNone);
      Set(t, b, kPer);
      a = t;
      type = kPer;
    }
  }
  // A nationality before a person, with or without a title or a role between: "Australian Tom
  // Moody", "Zairean Prime Minister Kengo wa Dondo", "Russian peacemaker Alexander Lebed". Alone
  // before titles or other words in small letters ("Russian President", "Mexican avocados"), the
  // nationality is the only name.
  if (const std::size_t k = NationalityLength(a, b); k > 0 && a + k < b) {
    std::size_t t = a + k;
    bool other_words = false;  // words in small letters that are no title or role ("car maker")
    while (t < b && (TitleWord(t) || Has(t, name_word::kLowerWord))) other_words |= !TitleWord(t++);
    if (t == b) {
      Set(a, a + k, kMisc);
      Set(a + k, b, kNone);
      return;
    }
    // After a title, a name is a person's; after other words, only one that opens with a first
    // name ("German car maker [Volkswagen]" keeps the type the tagger gave).
    const bool person = FirstName(t) || (t > a + k && !other_words);
    if (Capitalized(t) && (person || other_words)) {
      Set(a, a + k, kMisc);
      Set(a + k, t, kNone);
      if (person) type = kPer;
      Set(t, b, type);
      a = t;
    }
  }
  // Titles and a person inside another name end it: "[Security Council] President [Tono Eitel]".
  if (type != kPer) {
    for (std::size_t j = a + 1; j + 1 < b; ++j) {
      if (!TitleWord(j) || FirstName(j)) continue;
      std::size_t t = j;
      while (t < b && TitleWord(t)) ++t;
      if (t + 1 < b && FirstName(t) && Capitalized(t + 1)) {
        Set(t, b, kPer);
        Set(j, t, kNone);
        b = j;
      }
      break;
    }
  }
  // (Not in a facility's name: "Sultan Ahmad Shah Airport", "Queen Elizabeth Hospital".)
  if (FacilityType(tokens_[b - 1]) != kNone) return;
  // Titles and roles before a person: context, not the name. A title word that is a first name
  // too ("Dean Smith") is kept unless a first name follows it.
  std::size_t t = a;
  bool first_name_in_titles = false;
  while (t < b && TitleWord(t)) first_name_in_titles |= FirstName(t++);
  if (t > a && t < b && Capitalized(t) && (type == kPer || FirstName(t)) &&
      (!first_name_in_titles || FirstName(t))) {
    Set(a, t, kNone);
    Set(t, b, kPer);
    a = t;
    type = kPer;
  }
  // Dictionary words before a first name and a surname describe the person: "Rival Hillary
  // Clinton", "Democrat Hillary Clinton" (the first word of a sentence is capitalised anyway).
  std::size_t c = a;
  // (An organisation's word ends them: "[Harbour Trust] [Omar Haddad]", below.)
  while (c < b && (TitleWord(c) || Starts(c, GazetteerCategory::kCommon)) && !FirstName(c) &&
         !Acronym(c) && !OrgWord(c)) {
    ++c;
  }
  // (Not in a name an organisation's word ends: "the [Northern Cree Tribal Council]".)
  if (c > a && c + 1 < b && FirstName(c) && Capitalized(c + 1) && !OrgWord(b - 1)) {
    Set(a, c, kNone);
    Set(c, b, kPer);
    a = c;
    type = kPer;
  }
  // An organisation, then a person: "Harbour Trust Omar Haddad" (a first name and one more
  // word after a word that ends organisations' names, with a word before it).
  for (std::size_t j = a + 1; j + 2 < b; ++j) {
    if (OrgWord(j) && FirstName(j + 1) && Capitalized(j + 2)) {
      Set(a, j + 1, kOrg);
      Set(j + 1, b, kPer);
      return;
    }
  }
  // A person of an organisation or a place: "Ann Lee of Harbor Weekly". After an organisation's
  // word, an organisation of a place ("Kia Motor Corp of South Korea"), or one name ("Cedar
  // Hollow Board of Education": a first name may open a body's name).
  if (FirstName(a)) {
    for (std::size_t j = a + 2; j + 1 < b; ++j) {
      if (!Is(j, "of")) continue;
      const bool organisation = type == kOrg && OrgWord(j - 1);
      if (!Capitalized(j + 1) || (organisation && !KnownPlace(j + 1, b))) break;
      Set(a, j, organisation ? kOrg : kPer);
      Set(j, j + 1, kNone);
      Set(j + 1, b, KnownPlace(j + 1, b) ? kLoc : kOrg);
      return;
    }
  }
}

// A nationality of two words goes on over its second word, which the tagger left out
// ("[South]MISC Korean" is "[South Korean]").
void SentenceNames::ExtendNationalities() {
  for (std::size_t i = 0; i + 1 < tags_.size(); ++i) {
    if (tags_[i] == NerTag::kBMisc && tags_[i + 1] == NerTag::kO &&
        Starts(i, GazetteerCategory::kDemonym) && Inside(i + 1, GazetteerCategory::kDemonym)) {
      tags_[i + 1] = NerTag::kIMisc;
    }
  }
}

// A place's name goes on over the rest of the gazetteer's name it opens, which the tagger left
// out or read as a name of its own ("[New]LOC York Gov. Andrew Cuomo", "[St.]LOC [Louis]PER"),
// and over an untagged "County" after it ("[Los
// Angeles] County Sheriff"); a capitalised word before an untagged "County", untagged or taken
// for a person's name alone, is a county ("Harris County Sheriff Ed Gonzalez"); so is "Co" before
// a name ("north Co Dunmoyle").
void SentenceNames::ExtendPlaces() {
  const std::size_t n = tags_.size();
  // Untagged, or a name of one word the tagger began there ("[St.]LOC [Louis]PER").
  const auto loose = [&](std::size_t k) {
    return tags_[k] == NerTag::kO ||
           (Opens(tags_[k]) && (k + 1 == n || tags_[k + 1] == NerTag::kO));
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (tags_[i] == NerTag::kBLoc && (marks_[i] & kPlaceStarts) != 0 && loose(i + 1)) {
      std::size_t end = i + 1;
      while (end < n && loose(end) && (marks_[end] & kPlaceInsides) != 0 && Capitalized(end)) ++end;
      if (end > i + 1) Set(i, end, kLoc);
    }
    // "in north Co Dunmoyle": an Irish county's abbreviation after a word in small letters,
    // before a name, is no company's ("Smith and Co Ltd").
    if (Has(i, name_word::kCounty) && (Is(i, "Co") || Is(i, "Co.")) && i > 0 &&
        Has(i - 1, name_word::kLowerWord) && (tags_[i] == NerTag::kO || Opens(tags_[i])) &&
        (tags_[i + 1] == NerTag::kO || tags_[i + 1] == NerTag::kBLoc) && loose(i + 1) &&
        Capitalized(i + 1) && !OrgWord(i + 1)) {
      Set(i, i + 2, kLoc);
      continue;
    }
    if (tags_[i + 1] != NerTag::kO || !Has(i + 1, name_word::kCounty) || !Is(i + 1, "County"))
      continue;
    std::size_t first = i;
    while (first > 0 && Continues(tags_[first])) --first;  // the start of the name before "County"
    const bool alone_person = tags_[first] == NerTag::kBPer && first == i;
    if (tags_[first] == NerTag::kBLoc || alone_person ||
        (tags_[i] == NerTag::kO && Capitalized(i) && !Starts(i, GazetteerCategory::kCommon))) {
      Set(first, i + 2, kLoc);
      i += 1;
    }
  }
}

namespace {

// "1998", "1872": a year, which may open the name of an event ("[1998 World Cup]").
bool IsYear(std::string_view token) {
  return token.size() == 4 &&
         (token.starts_with("18") || token.starts_with("19") || token.starts_with("20")) &&
         std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Amazon.com", "Nation.africa": a site's name (name_word::kSiteName) is an organisation's where
// the tagger left it out.
void TagSiteNames(std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == NerTag::kO && (flags[i] & name_word::kSiteName) != 0) tags[i] = NerTag::kBOrg;
  }
}

// An organisation's name that ends in "No." goes on over the number after it, which the tagger
// left out ("[Union No.] 1", "[Local No.] 700").
void ExtendOverNumberSigns(std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  for (std::size_t i = 1; i + 1 < tags.size(); ++i) {
    if (tags[i] == NerTag::kIOrg && (flags[i] & name_word::kNumberSign) != 0 &&
        tags[i + 1] == NerTag::kO && (flags[i + 1] & name_word::kDigitFirst) != 0)
      tags[i + 1] = NerTag::kIOrg;
  }
}

// A competition's name ends in a word such as "Cup" or "Open" (lexicon/sports-words.txt), and
// the place, nationality or year before it is part of it: "[U.S. Open]" (not "[U.S.]LOC Open"),
// "[British Masters]", "[English County Championship]", "[1998 World Cup]". The competition's
// words are those the tagger left untagged before its last word, or its name that ends there; a
// name is made only where a place, a nationality or a year comes before them.
void JoinCompetitions(std::span<const std::string_view> tokens,
                      std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  const std::size_t n = tags.size();
  const auto capital = [&](std::size_t k) { return (flags[k] & name_word::kAsciiCapital) != 0; };
  const auto name_start = [&](std::size_t end) {  // the start of the name that ends at `end`
    std::size_t s = end - 1;
    while (s > 0 && !Opens(tags[s])) --s;
    return s;
  };
  for (std::size_t k = 0; k < n; ++k) {
    // (Most words are no competition's: the flag first.)
    if ((flags[k] & name_word::kCompetitionWord) == 0 || !capital(k)) continue;
    if (k + 1 < n && Continues(tags[k + 1])) {
      continue;  // the name goes on past the word: not a competition's end
    }
    std::size_t start = k;
    if (tags[k] == NerTag::kO) {
      while (start > 0 && tags[start - 1] == NerTag::kO && capital(start - 1) &&
             !IsYear(tokens[start - 1])) {
        --start;
      }
    } else {
      start = name_start(k + 1);
    }
    std::size_t first = start;
    if (first > 0 && (tags[first - 1] == NerTag::kBLoc || tags[first - 1] == NerTag::kILoc ||
                      tags[first - 1] == NerTag::kBMisc || tags[first - 1] == NerTag::kIMisc)) {
      first = name_start(first);
    }
    if (first > 0 && tags[first - 1] == NerTag::kO && IsYear(tokens[first - 1])) --first;
    if (first == start) continue;  // nothing before it: left as the tagger read it
    for (std::size_t i = first; i <= k; ++i) {
      tags[i] = i == first ? NerTag::kBMisc : NerTag::kIMisc;
    }
  }
}

// "Harlow, Pettis and Oak Bend counties", "the Ituri and North Kivu provinces": names listed
// before a plural noun of places are places, whatever the tagger read ("[Harlow]PER").
void TypePlacesListedBeforeKind(std::span<const std::string_view> tokens,
                                std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  const std::size_t n = tokens.size();
  for (std::size_t p = 3; p < n; ++p) {
    if ((flags[p] & name_word::kPlacesPlural) == 0) continue;
    // The names back from the noun, each a run of capitalized words, joined by commas, "and"
    // or "or".
    std::vector<std::pair<std::size_t, std::size_t>> names;
    std::size_t k = p;
    const auto capital = [&](std::size_t k) { return (flags[k] & name_word::kAsciiCapital) != 0; };
    while (k > 0 && capital(k - 1)) {
      std::size_t first = k - 1;
      // (Not "The" or "In" that opens the sentence: "The Ituri and North Kivu provinces", "In
      // Jefferson and Arapahoe counties".)
      while (first > 0 && capital(first - 1) && k - first < 3 &&
             ClassOfWord(tokens[first - 1]) == WordClass::kOther)
        --first;
      // Nor a people's or a party's adjective: "Democratic and Republican districts".
      if (ClassOfWord(tokens[first]) != WordClass::kOther || IsPeoplesName(tokens[first]) ||
          tokens[first] == "Democratic" || tokens[first] == "Republican")
        break;
      names.push_back({first, k});
      if (first < 2) break;
      const std::string_view joint = tokens[first - 1];
      if (joint != "," && joint != "and" && joint != "or") break;
      k = first - 1;
      if (joint != "," && k > 0 && tokens[k - 1] == ",") --k;  // ", and"
    }
    if (names.size() < 2) continue;
    for (const auto& [first, end] : names)
      for (std::size_t i = first; i < end; ++i)
        tags[i] = i == first ? NerTag::kBLoc : NerTag::kILoc;
  }
}

// "40 degrees Celsius (104 degrees Fahrenheit)": a scale after "degrees" names no one.
void DropTemperatureScales(std::span<const std::string_view> tokens,
                           std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tags[i] == NerTag::kO || (flags[i] & name_word::kTemperatureScale) == 0 ||
        !(tokens[i - 1] == "degrees" || tokens[i - 1] == "degree"))
      continue;
    tags[i] = NerTag::kO;
    for (std::size_t k = i + 1; k < tokens.size() && Continues(tags[k]); ++k) tags[k] = NerTag::kO;
  }
}

// A word that alone names a people, a faith or a political camp is MISC, whether the tagger read
// it as a person ("[Republicans]PER"), another name, or no name ("clashes with Serbs"). Left out
// untagged, only where no capitalised word stands beside it ("American Airlines").
void MarkPeoples(std::span<const NameWordFlags> flags, std::span<NerTag> tags) {
  const std::size_t n = tags.size();
  const auto untagged_capital = [&](std::size_t k) {
    return k < n && tags[k] == NerTag::kO && (flags[k] & name_word::kAsciiCapital) != 0;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const bool alone =
        Opens(tags[i]) && tags[i] != NerTag::kBMisc && (i + 1 >= n || !Continues(tags[i + 1]));
    const bool untagged =
        untagged_capital(i) && !(i > 0 && untagged_capital(i - 1)) && !untagged_capital(i + 1);
    if ((alone || untagged) && (flags[i] & name_word::kPeoplesName) != 0) tags[i] = NerTag::kBMisc;
  }
}

void RepairNamesOfSentence(const Gazetteer& gazetteer, std::span<const std::string_view> tokens,
                           std::span<NerTag> tags, bool headline,
                           std::span<const GazetteerMarks> marks,
                           std::span<const NameWordFlags> flags, NameWordFlags any,
                           RepairScratch* scratch) {
  using namespace name_word;
  TrimPunctuation(tokens, flags, tags);
  JoinPeopleAndDropArticles(tokens, tags);
  if ((any & kSiteName) != 0) TagSiteNames(flags, tags);
  // Every other rule needs a name of two tokens or more, a person's initial, a name not a
  // person's (where the caller has the marks), a person's name after a capitalised word, a kind
  // of organisation or a capitalised word and "of", a capitalised word or a surname a particle
  // opens after a person's, a hyphenated given name after or before a capitalised word, an untagged
  // initial before a name, two capitalised words in a row outside names, or "The" and a capitalised
  // word before "of": most sentences have none.
  bool candidate = false;
  const auto has = [&](std::size_t i, NameWordFlags f) { return (flags[i] & f) != 0; };
  const auto upper = [&](std::size_t i) { return has(i, kAsciiCapital) && tags[i] == NerTag::kO; };
  for (std::size_t i = 0; i < tags.size() && !candidate; ++i) {
    const int tag = static_cast<int>(tags[i]);
    candidate =
        Continues(tags[i]) || (IsPerson(tags[i]) && has(i, kInitial)) ||
        (tag != 0 && !IsPerson(tags[i]) && !marks.empty()) ||
        (tags[i] == NerTag::kBPer && i > 0 && upper(i - 1)) ||
        (tags[i] == NerTag::kBPer && i > 1 && has(i - 1, kOrganisationKind)) ||
        (tags[i] == NerTag::kBPer && i > 1 && tokens[i - 1] == "of" && upper(i - 2)) ||
        (i > 0 && upper(i) && tags[i - 1] == NerTag::kBPer) ||
        (i > 0 && IsPerson(tags[i - 1]) && tags[i] != NerTag::kIPer &&
         has(i, kJoinedParticle | kJoiningParticle)) ||
        (i > 0 && has(i - 1, kAsciiCapital) && has(i, kGivenNameOfTwoSyllables)) ||
        (i + 1 < tags.size() && has(i, kGivenNameOfTwoSyllables) && has(i + 1, kAsciiCapital)) ||
        (i + 1 < tags.size() && tags[i] == NerTag::kO && tags[i + 1] != NerTag::kO &&
         has(i, kInitial | kInitials)) ||
        (i >= 2 && upper(i) && upper(i - 1)) ||
        // "Banco do Brasil": a particle after a capitalised word.
        (i > 0 && tags[i] == NerTag::kO && has(i, kNameParticle) && has(i - 1, kAsciiCapital)) ||
        // "The Ministry of Finance said": a body's word after the article that opens the sentence.
        (i == 1 && upper(1) && tokens[0] == "The" && tags.size() > 2 && tokens[2] == "of");
  }
  if (!candidate) return;
  if (marks.size() != tokens.size()) marks = LookUpMarks(gazetteer, tokens, scratch);
  SentenceNames sentence(gazetteer, tokens, marks, flags, tags);
  sentence.OpenNamesAtInitials();
  sentence.ExtendInitials();
  sentence.ExtendFirstNames();
  sentence.ExtendOverSurnameParticles();
  sentence.ExtendNationalities();
  sentence.ExtendPlaces();
  sentence.FindEastAsianNames();
  sentence.FindOrganisations(headline);
  sentence.FindPeople();
  sentence.JoinBodiesOverAnd();
  sentence.ExtendOrganisationsOverOfThe();
  sentence.JoinOrganisationsOverParticles();
  sentence.SplitOrganisationsOverAnd();
  sentence.ExtendOverPluralPossessive();
  sentence.JoinEateriesOverPossessive();
  sentence.SplitPlacePossessors();
  sentence.FindNamedKindsOfOrganisation(&scratch->organisations);
  for (std::size_t i = 0; i < tags.size();) {
    const int tag = static_cast<int>(tags[i]);
    // O, or the rest of a name a repair before made go on over the next ("Hillary" + "Clinton").
    if (!Opens(tags[i])) {
      ++i;
      continue;
    }
    int type = (tag + 1) / 2;
    std::size_t end = i + 1;
    while (end < tags.size() && static_cast<int>(tags[end]) == 2 * type) ++end;
    // "a Renouveau deputy for [Gironde]MISC", "the MP for [Islington North]ORG": what a member of
    // a parliament or a council is for is a place, her constituency.
    if (type != kPer && type != kLoc && i >= 2 && tokens[i - 1] == "for" &&
        IsRepresentative(tokens[i - 2])) {
      sentence.Set(i, end, kLoc);
      type = kLoc;
    }
    // "eastern Chad’s [Ouaddi Kera]PER region": a name before a noun of a region is a place's.
    if (type == kPer && end < tags.size() && !sentence.FirstName(i) &&
        (tokens[end] == "region" || tokens[end] == "province" || tokens[end] == "prefecture" ||
         tokens[end] == "governorate")) {
      sentence.Set(i, end, kLoc);
      type = kLoc;
    }
    // "at Sultan [Ahmad Shah Airport]PER", "Queen [Elizabeth Hospital]PER": a person's name that
    // ends in a facility's word names the facility, a place or a body, and the capitalised
    // words the tagger left out right before it, a title or a word of no dictionary, are part
    // of it (not a day, a verb or another word: "On Monday Queen Elizabeth Hospital said",
    // "Police Close Kenneth Kaunda Airport"; nor in a headline, where every word has a capital).
    if (type == kPer && end - i >= 2) {
      if (const int facility = FacilityType(tokens[end - 1]); facility != kNone) {
        constexpr std::size_t kLongestLeftOut = 2;  // words
        const auto left_out = [&](std::size_t k) {
          return tags[k] == NerTag::kO && has(k, kAsciiCapital) && !has(k, kAcronym) &&
                 !has(k, kWeekday) &&
                 (sentence.TitleWord(k) || !sentence.Starts(k, GazetteerCategory::kCommon));
        };
        std::size_t first = i;
        while (!headline && first > 1 && i - first < kLongestLeftOut && left_out(first - 1))
          --first;
        sentence.Set(first, end, facility);
        type = facility;
        i = first;
      }
    }
    // "His agent, [Malik Osei-Barnes]ORG of [Northpoint Sports Group]": a first name and one
    // more word, in apposition to a description in small letters, before "of" and another
    // name are a person's, of that organisation or place (not a name the lists know as an
    // organisation's: "Morgan Stanley").
    if (type == kOrg && end - i == 2 && i >= 2 && tokens[i - 1] == "," && has(i - 2, kLowerWord) &&
        sentence.FirstName(i) && !sentence.Starts(i, GazetteerCategory::kOrg) &&
        !has(end - 1, kOrganizationWord) && end + 1 < tags.size() && tokens[end] == "of" &&
        (tags[end + 1] == NerTag::kBOrg || tags[end + 1] == NerTag::kBLoc)) {
      sentence.Set(i, end, kPer);
      type = kPer;
    }
    // "the watchdog [Carbon]ORG [Ledger Watch]PER": a person's name right after an
    // organisation's that ends in a word of organisations' names is the organisation's rest
    // (joined to it below).
    if (type == kPer && i > 0 && (tags[i - 1] == NerTag::kBOrg || tags[i - 1] == NerTag::kIOrg) &&
        has(end - 1, kOrganizationWord)) {
      sentence.Set(i, end, kOrg);
      type = kOrg;
    }
    // "said the [Wicklow TD]LOC", "the [Labour MP]ORG": a representative's letters after the
    // words an article opens are her title, no part of a name; the words before them say where,
    // or for whom, she sits.
    if (end - i >= 2 && i > 0 && IsRepresentative(tokens[end - 1]) &&
        sentence.IsAnyOf(i - 1, {"the", "The", "a", "A", "an", "An"})) {
      tags[end - 1] = NerTag::kO;
      --end;
    }
    if (end - i >= 2) {
      sentence.Repair(i, end, type);
    } else if (type != kPer && sentence.TitleWord(i) && !sentence.Acronym(i)) {
      // A title or a role alone is no organisation, place or work ("Courts Reporter" in a
      // byline). (Alone and a person's, it may be a surname: "Bishop said".)
      tags[i] = NerTag::kO;
    } else if (type == kPer && sentence.Starts(i, GazetteerCategory::kCountry) &&
               end + 1 < tags.size() && sentence.Possessive(end) && sentence.TitleWord(end + 1)) {
      // "[Kenya]PER’s President Daniel Mutai", "Jordan’s King Abdullah": a country's possessive
      // before a title, though a first name too.
      tags[i] = NerTag::kBLoc;
    } else if ((tokens[i] == "No." || tokens[i] == "no.") && end < tags.size() &&
               has(end, kDigitFirst)) {
      // "went to [No.] 1": a number's abbreviation, no name.
      tags[i] = NerTag::kO;
    } else if (type != kMisc && sentence.NationalityLength(i, end) == 1) {
      // A nationality alone is MISC, as people of a nation are ("the [Dutch] drew 2-2").
      tags[i] = NerTag::kBMisc;
    }
    i = end;
  }
  // "the Lisbon-based watchdog [Carbon]ORG [Ledger Watch]PER", the second retyped above for
  // its organisations' word: two organisations' names with nothing between are one.
  for (std::size_t i = 1; i < tags.size(); ++i) {
    if (tags[i] == NerTag::kBOrg && (tags[i - 1] == NerTag::kBOrg || tags[i - 1] == NerTag::kIOrg))
      tags[i] = NerTag::kIOrg;
  }
  if ((any & kCompetitionWord) != 0) JoinCompetitions(tokens, flags, tags);
  if ((any & kNumberSign) != 0) ExtendOverNumberSigns(flags, tags);
  // Last, as the rules above read the words around a title ("South Korean coach Kim").
  KeepNamesCapitalised(tokens, flags, any, tags);
  TrimPunctuation(tokens, flags, tags);
}

}  // namespace
}  // namespace newslens::ner::repairs

namespace newslens::ner {

std::span<const GazetteerMarks> LookUpMarks(const Gazetteer& gazetteer,
                                            std::span<const std::string_view> tokens,
                                            RepairScratch* scratch) {
  const std::size_t n = tokens.size();
  scratch->forms.resize(n);
  scratch->values.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    scratch->forms[i] = NormalizedFormHash(tokens[i]);
    scratch->values[i] = gazetteer.WordValue(scratch->forms[i]);
  }
  scratch->marks.resize(n);
  gazetteer.Mark(scratch->forms, scratch->values, scratch->marks);
  return scratch->marks;
}

void RepairNames(const Gazetteer& gazetteer, std::span<const std::string_view> tokens,
                 std::span<NerTag> tags, bool headline, std::span<const GazetteerMarks> marks,
                 std::span<const NameWordFlags> flags, RepairScratch* scratch) {
  // Before the rules, which read the names, and after them, as a name they extend ("Sanders"
  // over the capitalized word after it) may take the verb in again.
  using namespace name_word;
  if (flags.size() != tokens.size()) {
    ComputeNameWordFlags(tokens, gazetteer, &scratch->flags);
    flags = scratch->flags;
  }
  const NameWordFlags any = AnyOf(flags);
  if (headline) repairs::DropHeadlineVerbs(tokens, tags);
  repairs::RepairNamesOfSentence(gazetteer, tokens, tags, headline, marks, flags, any, scratch);
  if ((any & kPeoplesName) != 0) repairs::MarkPeoples(flags, tags);
  if ((any & kPlacesPlural) != 0) repairs::TypePlacesListedBeforeKind(tokens, flags, tags);
  if ((any & kTemperatureScale) != 0) repairs::DropTemperatureScales(tokens, flags, tags);
  if (headline) repairs::DropHeadlineVerbs(tokens, tags);
}

}  // namespace newslens::ner
