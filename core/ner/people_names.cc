// The repairs of people's names that read several words of a sentence (see name_repairs.h and
// sentence_names.h): an initial or a first name over the surname after it, a surname's
// particles, a short surname before a given name of two syllables, a first name after a title
// or a role.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "lexicon/name_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "ner/name_repairs.h"
#include "ner/sentence_names.h"
#include "ner/word_features.h"
#include "text/char_class.h"
#include "text/word_classes.h"

namespace newslens::ner::repairs {

// A first name left untagged right before a person's name opens it ("Democrat [Hillary]O
// [Clinton]PER"), unless it is a common word too ("Will"). After a title or a role, it opens a
// person's name whatever type the tagger gave the one word after it ("Spokeswoman [Ingrid]O
// [Vaage]LOC"; a role opening the sentence is written with a capital). And a word no list knows
// before a person's name at a sentence's start.
namespace {

// "Keeper", "Councilmember", "According", "Candidates", "Fr.": endings of English nouns of people,
// of participles, of plurals and of abbreviations, which the lists may lack (their inflected
// words are left out of the model) and a given name seldom has.
bool EndsLikeEnglishNoun(std::string_view word) {
  // A plural ("Candidates Ben Carson", "Residents"), an abbreviation ("Del.", "Fr.") too.
  if (word.ends_with("s") || word.ends_with(".")) return true;
  for (std::string_view ending : {"er", "ing", "or", "ist", "ian", "ent", "ant", "ed", "ly"})
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) return true;
  return false;
}

}  // namespace

void SentenceNames::ExtendFirstNames() {
  // At a sentence's start, where a capital says nothing, a given name the lists lack before a
  // person's name of two words or more opens it ("[Abakar] Zene Mahamat, the FUR’s spokesman,
  // said"): a capitalised word of letters that no list knows (no word of the dictionary, title,
  // role, place, people or first name: those have rules of their own), no function word, no
  // hyphen ("Ex-Yankee Randy Velarde", "Brazilian-born Luis Ferreira") and no English noun's
  // ending ("Keeper Mariko Tanabe", "Councilmember Luis Echeverría").
  if (tags_.size() > 3 && tags_[0] == NerTag::kO && tags_[1] == NerTag::kBPer &&
      tags_[2] == NerTag::kIPer && Has(0, name_word::kTitleCase) && marks_[0] == 0 &&
      tokens_[0].find('-') == std::string_view::npos && !EndsLikeEnglishNoun(tokens_[0]) &&
      !Has(0, name_word::kTitleSpelling) && !Has(0, name_word::kPeoplesName) &&
      !Has(0, name_word::kWeekday) && ClassOfWord(tokens_[0]) == WordClass::kOther) {
    tags_[0] = NerTag::kBPer;
    tags_[1] = NerTag::kIPer;
  }
  for (std::size_t i = 0; i + 1 < tags_.size(); ++i) {
    // (The tags first: most words are no first name before a name.)
    if (tags_[i] != NerTag::kO || !Opens(tags_[i + 1])) continue;
    const bool one_word_after_title =
        tags_[i + 1] != NerTag::kBPer && (i + 2 == tags_.size() || !Continues(tags_[i + 2])) &&
        i > 0 && tags_[i - 1] == NerTag::kO &&
        (TitleWord(i - 1) || (i == 1 && LookupPersonsRole(tokens_[0]) != nullptr));
    if ((tags_[i + 1] != NerTag::kBPer && !one_word_after_title) || !FirstName(i) ||
        Starts(i, GazetteerCategory::kCommon))
      continue;
    tags_[i] = NerTag::kBPer;
    tags_[i + 1] = NerTag::kIPer;
  }
}

// A person's name goes on over the particles after it and the capitalised word they lead to,
// which the tagger left out or read as a name of its own ("[Síofra]PER Ní Mhaoláin", "Seán
// [Mac Giolla Phádraig]"), and over a surname a particle and a hyphen open ("Yousef
// al-Harbash"). (The tagger, which seldom met the particles written with a capital, stops a
// person's name before one: "[Síofra] Ní Mhaoláin", "[Kevin] De Bruyne". Those in small letters,
// "de la Cruz", it learned.)
void SentenceNames::ExtendOverSurnameParticles() {
  using namespace name_word;
  if (!SentenceHas(kJoinedParticle | kJoiningParticle | kCapitalisedSurnameParticle)) return;
  const std::size_t n = tags_.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!IsPerson(tags_[i]) || tags_[i + 1] == NerTag::kIPer) continue;
    // "Yousef [al-Harbash]", "Abdel Fattah [El-Sisi]LOC": a particle joined to the surname, alone
    // or read as a name of one word.
    const bool word_alone = tags_[i + 1] == NerTag::kO ||
                            (Opens(tags_[i + 1]) && (i + 2 == n || !Continues(tags_[i + 2])));
    if (word_alone && Has(i + 1, kJoinedParticle)) {
      tags_[i + 1] = NerTag::kIPer;
      continue;
    }
    if (tags_[i + 1] != NerTag::kO && tags_[i + 1] != NerTag::kBPer) continue;
    if (i + 2 >= n) continue;
    // "[Kipsang] arap [Tuwei]": a particle in small letters the tagger left out between a
    // person's name and the surname, which it tagged as a name of its own or not at all.
    if (tags_[i + 1] == NerTag::kO && Has(i + 1, kJoiningParticle) && Capitalized(i + 2) &&
        Has(i + 2, kLetterOrDigit) &&
        (tags_[i + 2] == NerTag::kBPer ||
         (tags_[i + 2] == NerTag::kO && (i + 3 == n || !Capitalized(i + 3))))) {
      tags_[i + 1] = NerTag::kIPer;
      tags_[i + 2] = NerTag::kIPer;
      i += 2;
      continue;
    }
    std::size_t surname = i + 1;
    while (surname < n && Has(surname, kCapitalisedSurnameParticle)) ++surname;
    if (surname == i + 1 || surname >= n || !Capitalized(surname) ||
        Has(surname, kCapitalisedSurnameParticle) || !Has(surname, kLetterOrDigit) ||
        (tags_[surname] != NerTag::kO && !IsPerson(tags_[surname])))
      continue;
    for (std::size_t k = i + 1; k <= surname; ++k) tags_[k] = NerTag::kIPer;
    i = surname;
  }
}

namespace {

// "-bound", "-area", "-war": English words that end hyphenated adjectives and nouns ("Hong
// Kong-bound", "Tel Aviv-area", "Anti-war"), never a given name's second syllable; and the
// participles that make an adjective of a name (IsParticipleOfName: "York-based").
bool IsEnglishSuffix(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {
      "bound", "area",  "war",   "fire", "wide",  "free", "like", "style", "era",  "old",
      "level", "class", "scale", "size", "sized", "type", "term", "time",  "day",  "year",
      "week",  "month", "up",    "off",  "out",   "in",   "on",   "over",  "down", "back"};
  // ("in" is also a Korean syllable, "Moon Jae-in": kept out, for "Log-in", "Sit-in".)
  return IsParticipleOfName(word) ||
         std::find(std::begin(kSuffixes), std::end(kSuffixes), word) != std::end(kSuffixes);
}

}  // namespace

// "Narae CEO Baek Seung-hoon", "Jang Min-seok, the union's chairman": a surname of one short
// capitalised word before such a given name (surname first) is a person's name, with an English
// first name before it ("Marcus Kwok Tin-lok"). Not a place, a people or a word of the
// dictionary ("Gaza Cease-fire", "Tory Anti-war"), nor a name of another kind unless the tagger
// saw a person in the given name; not after a function word ("The Post-war"), nor before a
// word of the dictionary ("New Year-end") or an English word's ending ("Hong Kong-bound").
void SentenceNames::FindEastAsianNames() {
  if (!SentenceHas(name_word::kGivenNameOfTwoSyllables)) return;
  const std::size_t n = tags_.size();
  using C = GazetteerCategory;
  const auto given_name = [&](std::size_t k) {
    return Has(k, name_word::kGivenNameOfTwoSyllables) && !Starts(k, C::kCommon) &&
           !IsEnglishSuffix(tokens_[k].substr(tokens_[k].find('-') + 1));
  };
  // One short capitalised word in ASCII small letters after its capital, no place's, people's,
  // title's or dictionary's word: five letters at most, six where the tagger saw a person in it
  // ("Raymond [Cheung] Wai-ming").
  const auto surname_word = [&](std::size_t k) {
    const std::string_view word = tokens_[k];
    const std::size_t longest = IsPerson(tags_[k]) ? 6 : 5;
    return word.size() >= 2 && word.size() <= longest && Capitalized(k) && !Acronym(k) &&
           !TitleWord(k) && ClassOfWord(word) == WordClass::kOther &&
           (marks_[k] & (kPlaceStarts | kPlaceInsides)) == 0 && !Starts(k, C::kDemonym) &&
           !Starts(k, C::kCommon) &&
           std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  for (std::size_t i = 1; i < n; ++i) {
    const std::size_t surname = i - 1;
    if (!given_name(i) || !surname_word(surname)) continue;
    // The surname untagged or a person's; another kind of name only when the tagger saw a
    // person in the given name ("[Jang]LOC [Min-seok]PER"), never "[Gaza]LOC Cease-fire".
    const bool given_person = IsPerson(tags_[i]);
    const NerTag at = tags_[surname];
    if (!(at == NerTag::kO || IsPerson(at) ||
          (given_person && Opens(at) && tags_[i] != NerTag::kIPer)))
      continue;
    // A person's name the surname goes on ("Marcus Kwok Tin-lok") keeps its first words.
    std::size_t first = surname;
    if (at == NerTag::kIPer) {
      while (first > 0 && tags_[first] != NerTag::kBPer) --first;
    } else if (at == NerTag::kO && surname > 0 && tags_[surname - 1] == NerTag::kO &&
               FirstName(surname - 1)) {
      first = surname - 1;  // "Eunice Tsang Wing-yan", all untagged
    }
    std::size_t end = i + 1;
    while (end < n && Continues(tags_[end])) ++end;
    Set(first, i + 1, kPer);
    if (end > i + 1) Set(i + 1, end, kNone);
  }
  // Given name first, as Western papers write Korean names ("With assistance from [Min-jun]LOC
  // Seo"): such a given name, alone in its name or untagged, after no capitalised word but an
  // untagged one of the dictionary ("Analyst Min-jun Seo"), and a surname of one short
  // capitalised word after it that the tagger left out.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::size_t surname = i + 1;
    if (!given_name(i) ||
        (i > 0 && Capitalized(i - 1) &&
         (tags_[i - 1] != NerTag::kO || !Starts(i - 1, C::kCommon))) ||
        !(tags_[i] == NerTag::kO || Opens(tags_[i])) || tags_[surname] != NerTag::kO ||
        !surname_word(surname))
      continue;
    Set(i, surname + 1, kPer);
  }
}

// An initial or a first name alone never ends a person's name: the name goes on over the
// capitalised word after it, which the tagger left out or read as a name of its own ("( J. Adams
// 123" in a scorecard, "beat Yvonne McGregor"), if that word is no common word ("plan B. It").
// After an initial, the word is the surname even when the tagger read it as another kind of
// name ("W. [Hegg 54]ORG": the number after it is the score); and an untagged initial before a
// one-word name that is no place opens a person's name ("C. [Tolley]ORG").
void SentenceNames::ExtendInitials() {
  const std::size_t n = tags_.size();
  const auto surname = [&](std::size_t k) {
    const bool capitalised = Has(k, name_word::kTitleCase) ||
                             (Has(k, name_word::kMixedCase) && StartsUpper(k));  // McGregor
    return capitalised && !Starts(k, GazetteerCategory::kCommon);
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const bool initial = Has(i, name_word::kInitial);
    // Untagged, only an initial with its full stop: "A" and "I" are words.
    if (initial && tokens_[i].size() == 2 && tags_[i] == NerTag::kO && tags_[i + 1] != NerTag::kO &&
        tags_[i + 1] != NerTag::kBPer && Opens(tags_[i + 1]) &&
        (i + 2 >= n || !Continues(tags_[i + 2])) && surname(i + 1) &&
        (marks_[i + 1] & kPlaceStarts) == 0) {
      tags_[i] = NerTag::kBPer;
      tags_[i + 1] = NerTag::kIPer;
      continue;
    }
    const bool alone =
        tags_[i] == NerTag::kBPer && (i + 1 >= n || tags_[i + 1] != NerTag::kIPer) && FirstName(i);
    if (!(IsPerson(tags_[i]) && initial) && !alone) continue;
    if (!surname(i + 1)) continue;
    if (tags_[i + 1] == NerTag::kO || tags_[i + 1] == NerTag::kBPer) {
      tags_[i + 1] = NerTag::kIPer;
    } else if (initial && Opens(tags_[i + 1])) {
      // The surname opened another kind of name: the numbers of the rest leave it (a score),
      // other words make a name of their own.
      const int other = static_cast<int>(tags_[i + 1]);
      tags_[i + 1] = NerTag::kIPer;
      bool open = false;
      for (std::size_t k = i + 2; k < n && static_cast<int>(tags_[k]) == other + 1; ++k) {
        if (Has(k, name_word::kDigitFirst)) {
          tags_[k] = NerTag::kO;
          open = false;
        } else if (!open) {
          tags_[k] = static_cast<NerTag>(other);
          open = true;
        }
      }
    }
  }
}

// A first name and the capitalised words after it, none of them tagged, right after a title or a
// role: a person the tagger did not see ("Indiana Gov. Mike Pence", "said Sen. Ann Lee").
void SentenceNames::FindPeople() {
  const std::size_t n = tokens_.size();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    // A first name the lists lack ("spokeswoman Gráinne Hoey"): two capitalized words of no
    // place, organisation or dictionary after a person's role in small letters.
    const auto unknown_first_name = [&] {
      using C = GazetteerCategory;
      const auto named = [&](std::size_t k) {
        return Starts(k, C::kCountry) || Starts(k, C::kCity) || Starts(k, C::kRegion) ||
               Starts(k, C::kPlace) || Starts(k, C::kOrg) || Starts(k, C::kCommon) ||
               Starts(k, C::kDemonym);
      };
      return Has(i - 1, name_word::kAsciiSmall) && !named(i) && !named(i + 1) &&
             (i + 2 == n || !Capitalized(i + 2));
    };
    if (tags_[i] != NerTag::kO || tags_[i + 1] != NerTag::kO || !Capitalized(i + 1) ||
        !(TitleWord(i - 1) || Possessive(i - 1)) || TitleWord(i) ||
        !(FirstName(i) || (TitleWord(i - 1) && unknown_first_name()))) {
      continue;
    }
    std::size_t end = i + 2;
    while (end < n && tags_[end] == NerTag::kO && Capitalized(end) && end - i < 4) ++end;
    // After a possessive, a first name and a surname alone: "the EU's General Data Protection
    // Regulation" is no one.
    if (!TitleWord(i - 1) && end != i + 2) continue;
    Set(i, end, kPer);
    i = end;
  }
}

bool SentenceNames::PortfolioWord(std::size_t k) const {
  using C = GazetteerCategory;
  // A dictionary's word, or its plural ("Affairs": the gazetteer keeps no inflected words).
  const std::string_view t = tokens_[k];
  const bool common = Starts(k, C::kCommon) ||
                      (t.size() > 3 && t.ends_with("s") &&
                       (gazetteer_.WordValue(NormalizedFormHash(t.substr(0, t.size() - 1))) &
                        (1u << static_cast<int>(C::kCommon))) != 0);
  return (Capitalized(k) && common && !FirstName(k)) || Is(k, "and") || Is(k, "&");
}

bool SentenceNames::PortfolioTitle(std::size_t k) const {
  return Is(k, "Minister") || Is(k, "Secretary") || Is(k, "Commissioner") ||
         (k >= 2 && Is(k, "State") && Is(k - 1, "of") &&
          (Is(k - 2, "Secretary") || Is(k - 2, "Minister")));
}

// "Minister for [National Development Chee Wen Loong]", "[Chinese Vice Minister of Commerce Lu
// Hanqing]", "Deputy Minister of Trade and [Integration Aidos Temirkhanov]": a title, "of" or
// "for", and its portfolio in dictionary words, then a person's name, which the tagger read as
// one name with the portfolio's words. The portfolio's words are the title's; the words after
// them, the first no dictionary's and none a place's or an organisation's, are the person's. A
// nationality or a place before the title keeps its own name.
bool SentenceNames::SplitTitleWithField(std::size_t a, std::size_t b) {
  using C = GazetteerCategory;
  const auto of_or_for = [&](std::size_t k) { return Is(k, "of") || Is(k, "for"); };
  std::size_t title = b, field = b;  // the title's first word inside the name; the field's
  for (std::size_t j = a; j + 2 < b; ++j) {
    if (PortfolioTitle(j) && of_or_for(j + 1)) {
      title = j;
      while (title > a && TitleWord(title - 1)) --title;
      field = j + 2;
      break;
    }
  }
  if (field == b) {
    // The title and part of the field outside the name, before it.
    std::size_t p = a;
    while (p > 0 && tags_[p - 1] == NerTag::kO && PortfolioWord(p - 1)) --p;
    // ("Minister for the Environment and Climate Resilience Ong Siew Mei": "the" before it.)
    if (p >= 3 && Is(p - 1, "the") && tags_[p - 1] == NerTag::kO) --p;
    if (p < 2 || !of_or_for(p - 1) || !PortfolioTitle(p - 2)) return false;
    title = field = a;
  }
  std::size_t person = field;
  while (person < b && PortfolioWord(person)) ++person;
  // The field ends in a word ("Minister of Trade and"), and a word of it is the name's.
  if (person == field || Is(person - 1, "and") || Is(person - 1, "&") || person == b) return false;
  // (After a first name, a surname may be a place's too: "Wendy Sherman".)
  const bool first_name = FirstName(person);
  for (std::size_t k = person; k < b; ++k) {
    // (Words after the first may be a dictionary's too: "Chee Wen Loong".)
    if (!Capitalized(k) || (k == person && Starts(k, C::kCommon)) || OrgWord(k) || TitleWord(k) ||
        (!first_name && (marks_[k] & (kPlaceStarts | kPlaceInsides)) != 0) || Starts(k, C::kOrg) ||
        Starts(k, C::kDemonym))
      return false;
  }
  if (title > a) {
    const int before = NationalityLength(a, title) == title - a ? kMisc
                       : KnownPlace(a, title)                   ? kLoc
                                                                : kNone;
    Set(a, title, before);
  }
  // The person's words the tagger left out after the name go on with it ("[... Resilience
  // Ong]ORG Siew Mei").
  std::size_t end = b;
  while (end < tags_.size() && tags_[end] == NerTag::kO && Capitalized(end) &&
         !Starts(end, C::kCommon) && !TitleWord(end) && !Acronym(end) && end - person < 4)
    ++end;
  Set(title, person, kNone);
  Set(person, end, kPer);
  return true;
}

void SentenceNames::OpenNamesAtInitials() {
  if (!SentenceHas(name_word::kInitials)) return;
  // Initials of one to three letters, each with its full stop ("K.N.", "R."), and no known
  // place's or organisation's ("U.S.", "U.N.").
  const auto initials = [&](std::size_t k) {
    return Has(k, name_word::kInitials) && (marks_[k] & kPlaceStarts) == 0 &&
           !Starts(k, GazetteerCategory::kOrg);
  };
  // A word a surname may be: capitalised, no dictionary's, no title's, no organisation's.
  const auto surname_word = [&](std::size_t k) {
    return Capitalized(k) && !Starts(k, GazetteerCategory::kCommon) && !TitleWord(k) && !OrgWord(k);
  };
  const auto surname = [&](std::size_t k) {
    return surname_word(k) && (tags_[k] == NerTag::kO || tags_[k] == NerTag::kBPer ||
                               (tags_[k] == NerTag::kIPer && tags_[k - 1] == NerTag::kIPer));
  };
  // The first word of a portfolio that ends at `k`, after a title and "for" or "of": capitalised
  // words, no first name among them, whatever the tagger made of them (the initials say where
  // the person's name begins); `k` if none.
  const auto portfolio = [&](std::size_t k) {
    std::size_t p = k;
    while (p > 0 && ((Capitalized(p - 1) && !FirstName(p - 1) && !TitleWord(p - 1)) ||
                     Is(p - 1, "and") || Is(p - 1, "&")))
      --p;
    if (p >= 3 && Is(p - 1, "the")) --p;
    return p < k && p >= 2 && (Is(p - 1, "for") || Is(p - 1, "of")) && PortfolioTitle(p - 2) ? p
                                                                                             : k;
  };
  const std::size_t n = tags_.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // (Not initials that open a place's, an organisation's or a person's name: "[U.S.]LOC Open".)
    if ((Opens(tags_[i]) && tags_[i] != NerTag::kBMisc) || !initials(i) || !surname(i + 1))
      continue;
    const std::size_t p = portfolio(i);
    if (tags_[i] == NerTag::kIPer) {  // a person's name opened by the portfolio's words alone
      std::size_t s = i;
      while (s > 0 && tags_[s] == NerTag::kIPer) --s;
      if (p > s) continue;
    }
    std::size_t end = i + 2;
    while (end < n && tags_[end] == NerTag::kIPer) ++end;
    // The surname's words the tagger made a name of their own ("J. Bradford [DeLong]ORG"): all
    // of that name, if it is nothing but such words.
    while (end < n && Opens(tags_[end]) && tags_[end] != NerTag::kBPer) {
      std::size_t other = end + 1;
      while (other < n && tags_[other] == static_cast<NerTag>(static_cast<int>(tags_[end]) + 1))
        ++other;
      bool words = other - i <= 4;
      for (std::size_t k = end; k < other && words; ++k)
        words = surname_word(k) && (marks_[k] & kPlaceStarts) == 0;
      if (!words) break;
      end = other;
    }
    Set(p, i, kNone);
    Set(i, end, kPer);
  }
}

bool SentenceNames::SplitTitleAfterPossessive(std::size_t a, std::size_t b, int type) {
  std::size_t k = a + 1;
  while (k < b && !Possessive(k)) ++k;
  if (k + 1 >= b) return false;
  // A title's word as the lists of titles and roles write it ("Chief", "Engineer").
  const auto title = [&](std::size_t t) {
    if (!Capitalized(t)) return false;
    if (TitleWord(t) || LookupTitleWord(tokens_[t]) != nullptr) return true;
    const RoleNoun* role = LookupRoleNoun(AsciiLower(tokens_[t]));
    return role != nullptr && role->kind == RoleKind::kPerson;
  };
  for (std::size_t t = k + 1; t < b; ++t)
    if (!title(t)) return false;
  Set(k, b, kNone);
  // "The Corporation’s": a kind of organisation alone, capitalised as some papers write the one
  // they named before, is a description, not a name.
  const std::size_t owner = Is(a, "The") ? a + 1 : a;
  Set(a, k, k == owner + 1 && OrgWord(owner) ? kNone : OrgWord(k - 1) ? kOrg : type);
  return true;
}

bool SentenceNames::RetypeCountryReadAsPerson(std::size_t a, std::size_t b, int type) {
  using C = GazetteerCategory;
  if (type != kPer || b - a < 2 || !Starts(a, C::kCountry)) return false;
  for (std::size_t k = a + 1; k < b; ++k)
    if (!Inside(k, C::kCountry)) return false;
  Set(a, b, kLoc);
  return true;
}

}  // namespace newslens::ner::repairs
