// The repairs of organisations' names that read several words of a sentence (see
// name_repairs.h and sentence_names.h): capitalised words before an organisation's word, a
// name after a kind of organisation, a public body's fields over "and", a plural's possessive.
#include <cstdint>
#include <vector>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "ner/name_repairs.h"
#include "ner/sentence_names.h"
#include "text/word_classes.h"

namespace newslens::ner::repairs {

// Capitalised words that end in a word that ends organisations' names, none of them tagged (or,
// a name opening them, cut in pieces around a word left out), in a sentence whose capitals mean
// something: an organisation the tagger did not know ("the nonpartisan Congressional Budget
// Office"). Not at the start of the sentence, where a capital says nothing, and not in a
// headline or a sentence of capitals.
void SentenceNames::FindOrganisations(bool headline) {
  const std::size_t n = tokens_.size();
  std::size_t capitalized = 0;
  for (std::size_t i = 0; i < n; ++i) capitalized += StartsUpper(i) ? 1 : 0;
  if (headline || 2 * capitalized > n) return;
  // A run of capitals opens at i: after a word in small letters, or after the article that
  // opens the sentence ("The Premier Basketball League said", "An Airport Authority spokeswoman
  // said").
  const auto opens_run = [&](std::size_t i) {
    return !StartsUpper(i - 1) || (i == 1 && (Is(0, "The") || Is(0, "A") || Is(0, "An")));
  };
  for (std::size_t i = 1; i < n;) {
    if (!StartsUpper(i) || tags_[i] != NerTag::kO || !opens_run(i)) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && StartsUpper(end) && tags_[end] == NerTag::kO) ++end;
    // "the Office of Commercial Lending Supervision", "the Bureau of Land Management": a body's
    // word, "of" and capitalized words, left out, to the end of the capitals; or a name the
    // tagger read after "of" that no first name opens ("The Municipality of [Arkonisos]PER").
    // (A person's name only after a public body's word, not a party's: "the Party of [Trump]"
    // is a nickname.)
    const auto field_opens = [&](std::size_t k) {
      const bool body =
          EndsNoPlaceName(tokens_[i]) && !IsCompanyWord(tokens_[i]) && !Is(i, "Party");
      return tags_[k] == NerTag::kO ||
             (Opens(tags_[k]) && !(IsPerson(tags_[k]) && (FirstName(k) || !body)));
    };
    if (end == i + 1 && (OrgWord(i) || Is(i, "Office")) && end + 1 < n && Is(end, "of") &&
        StartsUpper(end + 1) && field_opens(end + 1)) {
      std::size_t last = end + 1;
      while (last < n && StartsUpper(last) &&
             (tags_[last] == NerTag::kO || last == end + 1 || Continues(tags_[last])) &&
             last - end <= 4)
        ++last;
      if (last == n || !StartsUpper(last)) {
        Set(i, last, kOrg);
        i = last;
        continue;
      }
    }
    // A tagged name goes on after them: leave it, unless it is a person's that opens with a first
    // name ("the [Harbour Trust] [Omar Haddad]": two names).
    const bool named_after =
        end < n && StartsUpper(end) && !(tags_[end] == NerTag::kBPer && FirstName(end));
    if (end - i >= 2 && !named_after && Capitalized(end - 1) && OrgWord(end - 1)) {
      Set(i, end, kOrg);
    }
    i = end;
  }
  // "[Pan-African]ORG Election [Observation Mission]MISC": a run of three capitalised words or
  // more that a name opens and an organisation's word ends (or a body's "District": "[Quillan
  // Springs]LOC Groundwater [Conservation District]MISC"), which the tagger cut into pieces
  // (around a word it left out, or not: "[Calder Voting]PER [Rights Alliance]ORG"), is one
  // organisation's name; not where a person's name stands in it, nor where a name goes on past
  // the run.
  for (std::size_t i = 1; i < n;) {
    if (!StartsUpper(i) || !opens_run(i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool untagged = false, tagged = false, person = false;
    int pieces = 0;  // names the tagger cut the run into
    while (end < n && StartsUpper(end)) {
      untagged |= tags_[end] == NerTag::kO;
      tagged |= tags_[end] != NerTag::kO;
      pieces += Opens(tags_[end]) ? 1 : 0;
      // (A person's name opens with a first name: "[Ridge Capital]PER" is none. One that opens
      // the run names the organisation: "Calder Voting Rights Alliance", "Walt Disney Company".)
      person |= end > i && tags_[end] == NerTag::kBPer && FirstName(end);
      ++end;
    }
    const bool goes_on = end < n && Continues(tags_[end]);  // a name past the run
    if (end - i >= 3 && ((untagged && tagged) || pieces >= 2) && !person && !goes_on &&
        (OrgWord(end - 1) || EndsBodysName(tokens_[end - 2], tokens_[end - 1])) &&
        tags_[i] != NerTag::kO)
      Set(i, end, kOrg);
    i = end;
  }
}

// A name right after a noun for a kind of organisation and a word that qualifies it names one:
// "Yugoslav news agency [Tanjug]", "mineral water firm [Multico]" are organisations, whatever
// the tagger read (a person, a place the lists do not know, no name, or none and one such word
// after it), and so are the document's
// other mentions of them (`organisations`, for HarmonizeTypes). Not after a determiner ("the club
// Smith joined"), nor when a first name opens the name.
void SentenceNames::FindNamedKindsOfOrganisation(std::vector<std::uint64_t>* organisations) {
  if (!SentenceHas(name_word::kOrganisationKind)) return;
  for (std::size_t i = 2; i < tags_.size(); ++i) {
    const bool person = tags_[i] == NerTag::kBPer, place = tags_[i] == NerTag::kBLoc;
    // ("South African miner [Veldrift Platinum]MISC": a work's or a people's type too.)
    const bool other = tags_[i] == NerTag::kBMisc;
    // Capitalised words the tagger left out are a name too ("news site [Coastline Daily]").
    const bool untagged = tags_[i] == NerTag::kO && Capitalized(i);
    // And the rest of a name the tagger took the kind and the words before it into ("[German
    // carmaker Vossberg]MISC"), whose first words keep their name ("[German]").
    const bool inside = Continues(tags_[i]) && Capitalized(i);
    if (!(person || place || other || untagged || inside) ||
        !Has(i - 1, name_word::kOrganisationKind) || FirstName(i) ||
        ClassOfWord(tokens_[i - 2]) != WordClass::kOther ||
        !Has(i - 2, name_word::kLetterOrDigit)) {
      continue;
    }
    std::size_t end = i + 1;
    if (untagged) {
      // (Not a title word: "The opposition party MP [Tharoor]" is a person.)
      const auto title = [&](std::size_t k) {
        return TitleWord(k) || LookupTitleWord(tokens_[k]) != nullptr;
      };
      if (title(i)) continue;
      while (end < tags_.size() && tags_[end] == NerTag::kO && Capitalized(end) && !title(end))
        ++end;
      // And a word the tagger took for a name of one word on its own, no first name or known
      // place ("the rail union Rail [Solidaire]PER").
      if (end < tags_.size() && Opens(tags_[end]) && Capitalized(end) && !FirstName(end) &&
          !KnownPlace(end, end + 1) && (end + 1 == tags_.size() || !Continues(tags_[end + 1])))
        ++end;
    } else {
      const NerTag rest = inside ? tags_[i] : static_cast<NerTag>(static_cast<int>(tags_[i]) + 1);
      while (end < tags_.size() && tags_[end] == rest) ++end;
      // And capitalized words left out after it that an organisation's word ends ("ferry
      // operator [Aegean]PER Star Lines").
      std::size_t more = end;
      while (more < tags_.size() && tags_[more] == NerTag::kO && Capitalized(more) &&
             more - end < 3)
        ++more;
      if (more > end && OrgWord(more - 1)) end = more;
    }
    if ((place || inside) && KnownPlace(i, end)) continue;
    Set(i, end, kOrg);
    // The kind and the words in small letters before it are no part of the name they were in.
    for (std::size_t k = i;
         inside && k > 0 && tags_[k - 1] != NerTag::kO && Has(k - 1, name_word::kLowerWord); --k)
      tags_[k - 1] = NerTag::kO;
    organisations->push_back(NameKey(tokens_.subspan(i, end - i)));
  }
}

// A public body's name joins two fields with "and": "Ministry of Energy and Water",
// "Department of Housing and Urban Development", which the tagger may cut in two or three
// ("Ministry of [Energy]ORG and [Water]MISC"). From a capitalized word that ends organisations'
// names ("Ministry", "Department") and "of" (and "the"), capitalized words, "and" or "&", and
// capitalized words to the end of the run are one organisation's name, unless a person's name, a
// title or a known place follows "and" ("the Ministry of Defence and Britain's army").
void SentenceNames::JoinBodiesOverAnd() {
  const std::size_t n = tokens_.size();
  const auto plural = [&](std::size_t t) {
    return tokens_[t].ends_with("s") && !tokens_[t].ends_with("ss");
  };
  // (A title's or a role's plural is a field: "Doctors", "Pharmacists".)
  const auto field = [&](std::size_t k) {
    return k < n && StartsUpper(k) && !IsPerson(tags_[k]) && (!TitleWord(k) || plural(k));
  };
  // A name's tag carries on at k (an I- tag).
  const auto goes_on = [&](std::size_t k) { return k < n && Continues(tags_[k]); };
  // The first two need "and" or "&", the last a body's field.
  const bool and_ = SentenceHas(name_word::kAnd);
  for (std::size_t i = 0; and_ && i + 4 < n; ++i) {
    // (The cheap test first: most words are no "of".)
    if (!FieldFollows(i) || !OrgWord(i)) continue;
    // "Ministry of the Environment and Climate Resilience": "the" may open the first field.
    const std::size_t field_first = Is(i + 2, "the") ? i + 3 : i + 2;
    if (!field(field_first)) continue;
    std::size_t k = field_first;
    while (field(k)) ++k;
    // "the Security Council on Syria": after "on", a known place is what the body met on.
    if (Is(i + 1, "on") && KnownPlace(field_first, k)) continue;
    if (k + 1 >= n || !(Is(k, "and") || Is(k, "&")) || KnownPlace(k + 1, k + 2)) continue;
    std::size_t end = k + 1;
    while (field(end)) ++end;
    // After "of the", not a name of its own after "and": one word the tagger read as a name
    // ("the Ministry of the Interior and [Interpol]") or one an organisation's word ends ("the
    // University of the West Indies and [Caribbean Development Bank]").
    if (field_first != i + 2 && end > k + 1 && Opens(tags_[k + 1]) &&
        (end == k + 2 || OrgWord(end - 1)))
      continue;
    // "Ministry of Forests and [Rural Lands]PER": words the tagger took for a person's name,
    // two or more and none a first name, are a second field too where the last is a plural
    // (not "the Ministry of Sports and Kipchumba Murkomen"); so is one plural after a plural
    // ("Kenya Union of Doctors and [Pharmacists]PER").
    if (end == k + 1) {
      while (end < n && StartsUpper(end) && IsPerson(tags_[end]) && !FirstName(end) &&
             (!TitleWord(end) || plural(end)))
        ++end;
      if (end < k + 2 || !plural(end - 1) || (end == k + 2 && !plural(k - 1))) continue;
    }
    // Not into a name that goes on past the run (a person's, whose words are no field), nor
    // over a name after "into" ("The Royal Commission into [Victoria Police]").
    if (goes_on(end) || (Is(i + 1, "into") && Tagged(i + 2, end))) continue;
    // From the name the word ends ("[Senate Committee] on ...").
    std::size_t first = i;
    while (first > 0 && goes_on(first)) --first;
    Set(first, end, kOrg);
    i = end;
  }
  // "Estuary Fire and Rescue Service", "Waterways and Environment Agency": the fields before a
  // public body's word (lexicon/org-words.txt marks them `body`), not a place's name.
  for (std::size_t k = 1; and_ && k + 2 < n; ++k) {
    if (!Has(k, name_word::kAnd) || !field(k - 1) || !field(k + 1)) continue;
    std::size_t end = k + 1;
    while (field(end)) ++end;
    if (!EndsNoPlaceName(tokens_[end - 1]) || IsCompanyWord(tokens_[end - 1])) continue;
    std::size_t first = k - 1;
    while (first > 0 && field(first - 1)) --first;
    if (KnownPlace(first, k) || goes_on(end)) continue;
    // The run's first word opens the sentence: its capital says nothing ("Police and Fire ...").
    if (first == 0 && k - first < 2) continue;
    Set(first, end, kOrg);
    k = end;
  }
  // "[Cedar Hollow R-4 Board]PER of [Education]ORG": a name that ends in a public body's word, "of"
  // and the capitalized words of its field, which the tagger cut in two.
  // (A field may be a word inside a title's name: "Education" of "Secretary of Education"; and
  // words the tagger took for a person's name, but no first name: "[Ad Hoc Committee]ORG of
  // [Kesorian Bondholders]PER".)
  const auto field_word = [&](std::size_t k) {
    return k < n && StartsUpper(k) && (!IsPerson(tags_[k]) || !FirstName(k)) &&
           !Starts(k, GazetteerCategory::kTitle) && !Starts(k, GazetteerCategory::kRole);
  };
  if (!SentenceHas(name_word::kFieldPreposition)) return;
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (!FieldFollows(i) || tags_[i] == NerTag::kO || !field_word(i + 2) ||
        !EndsNoPlaceName(tokens_[i]) || IsCompanyWord(tokens_[i]))
      continue;
    std::size_t first = i;
    while (first > 0 && goes_on(first)) --first;  // the name's B- tag
    std::size_t end = i + 2;
    while (field_word(end)) ++end;
    if (Is(i + 1, "on") && KnownPlace(i + 2, end)) continue;  // "the Council on Myanmar"
    if (Is(i + 1, "into") && Tagged(i + 2, end)) continue;    // "... into [Sydney Water]"
    // A first name and the word alone may be a person's ("Tom Board of Education" is no body).
    if (goes_on(end) || (IsPerson(tags_[first]) && FirstName(first) && i == first + 1)) continue;
    Set(first, end, kOrg);
    i = end;
  }
}

// "[Committee of Families] of the Detained and Missing", "[Organization] of the Petroleum
// Exporting Countries": an organisation's name that holds a word of organisations' names goes on
// over "of the" and the capitalised words the tagger left out after it, "and" between them; not
// over a known place ("the Senate of the United States").
void SentenceNames::ExtendOrganisationsOverOfThe() {
  if (!SentenceHas(name_word::kOf)) return;
  const std::size_t n = tokens_.size();
  const auto untagged_capital = [&](std::size_t k) {
    return k < n && tags_[k] == NerTag::kO && StartsUpper(k) && !TitleWord(k);
  };
  for (std::size_t i = 0; i + 3 < n; ++i) {
    // (The cheap test first: most words are no "of".)
    if (!Has(i + 1, name_word::kOf) || !Is(i + 2, "the") || !untagged_capital(i + 3) ||
        !(tags_[i] == NerTag::kBOrg || tags_[i] == NerTag::kIOrg))
      continue;
    std::size_t first = i;
    while (first > 0 && Continues(tags_[first])) --first;
    bool body = false;
    for (std::size_t k = first; k <= i && !body; ++k) body = OrgWord(k);
    if (!body) continue;
    std::size_t end = i + 3;
    while (untagged_capital(end) || (end < n && (Is(end, "and") || Is(end, "&")) &&
                                     untagged_capital(end + 1) && end > i + 3))
      ++end;
    if (KnownPlace(i + 3, end) || (end < n && Continues(tags_[end]))) continue;
    Set(first, end, kOrg);
    i = end;
  }
}

// "[Banco] de [España]", "[Banco]PER do [Brasil]PER", "[Banque de France]LOC": a word that opens
// organisations' names and no person's (lexicon/name-words.txt `org-prefix`: "Banco", "Banque",
// "Sindicato") and the capitalised words after it, a particle ("de", "do", "du", "della"), an
// article ("la", "los") and capitalised words are one organisation's name, whatever the tagger
// made of them; not a name that goes on past them.
void SentenceNames::JoinOrganisationsOverParticles() {
  if (!SentenceHas(name_word::kNameParticle)) return;
  const std::size_t n = tokens_.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (!StartsUpper(i) || Continues(tags_[i]) || !IsOrganizationPrefix(tokens_[i])) continue;
    std::size_t k = i + 1;
    while (k < n && StartsUpper(k)) ++k;
    if (k + 1 >= n || !Has(k, name_word::kNameParticle) ||
        !IsAnyOf(k, {"de", "del", "do", "da", "dos", "das", "des", "du", "di", "della"}))
      continue;
    std::size_t end = k + 1;
    if (IsAnyOf(end, {"la", "las", "los", "le", "les"})) ++end;
    const std::size_t words = end;
    while (end < n && StartsUpper(end)) ++end;
    if (end == words || (end < n && Continues(tags_[end]))) continue;
    Set(i, end, kOrg);
    i = end - 1;
  }
}

// "[Meridian Pictures and Halcyon Bay Entertainment]ORG": two organisations' names joined by
// "and", each ending in a word that ends them, the second of two words or more, are two; not a
// public body's name, whose fields "and" joins ("Ministry of Energy and Mineral Resources",
// "Guangdong Post and Telecommunications Administration"), nor a company's ("Tagumpay Builders
// and Development Corp.").
void SentenceNames::SplitOrganisationsOverAnd() {
  if (!SentenceHas(name_word::kAnd)) return;
  const std::size_t n = tags_.size();
  for (std::size_t i = 0; i < n;) {
    if (tags_[i] != NerTag::kBOrg) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && tags_[end] == NerTag::kIOrg) ++end;
    for (std::size_t k = i + 1; k + 2 < end; ++k) {
      if (Is(k, "of")) break;
      // (Fields before a public body's word: "Guangdong Post and Telecommunications
      // Administration" is one.)
      const bool body = (EndsNoPlaceName(tokens_[end - 1]) && !IsCompanyWord(tokens_[end - 1])) ||
                        NamesKindOtherThanBusiness(tokens_[end - 1]);
      // (Nor a company's fields before its legal form: "Tagumpay Builders and Development
      // Corp." is one.)
      if (k < i + 2 || !Is(k, "and") || !OrgWord(k - 1) || !OrgWord(end - 1) || body ||
          !StartsUpper(k + 1) || IsLegalForm(tokens_[end - 1]) || OrgWord(k + 1))
        continue;
      Set(i, k, kOrg);
      Set(k, k + 1, kNone);
      Set(k + 1, end, kOrg);
      break;
    }
    i = end;
  }
}

// "[Corbel Fans]’ Trust", "[Upland Farmers]’ Union": a name in the plural's possessive before
// a word that ends organisations' names is the organisation's first words, where the tagger
// stopped at the apostrophe.
void SentenceNames::ExtendOverPluralPossessive() {
  const std::size_t n = tokens_.size();
  // "Civic People’s [Party]", "Royal Children’s [Hospital]": an irregular plural's "’s" (left
  // out or a name alone, not a person's) and the capitalized words left out before it open the
  // name that an organisation's word opens, whatever the tagger typed it (or whether it left the
  // word out too).
  for (std::size_t k = 2; SentenceHas(name_word::kPossessive) && k + 1 < n; ++k) {
    if (!Possessive(k) || tags_[k] != NerTag::kO || IsPerson(tags_[k - 1]) ||
        Continues(tags_[k - 1]) ||
        !(tags_[k + 1] == NerTag::kO || (Opens(tags_[k + 1]) && !IsPerson(tags_[k + 1]))) ||
        !OrgWord(k + 1) ||
        !(Is(k - 1, "People") || Is(k - 1, "Children") || Is(k - 1, "Women") || Is(k - 1, "Men")))
      continue;
    std::size_t a = k - 1;
    while (a > 1 && StartsUpper(a - 1) && tags_[a - 1] == NerTag::kO && k - a < 4) --a;  // left out
    std::size_t end = k + 2;
    while (end < n && Continues(tags_[end])) ++end;
    Set(a, end, kOrg);
    k = end;
  }
  // "Wrexford City Supporters’ [Trust]", "[Harwick Supporters]’ [Trust]MISC", and "[Northmoor]
  // Students’ [Union]" where the plural was left out after a name not a person's.
  const auto plural_left_out = [&](std::size_t k) {
    return tags_[k - 1] == NerTag::kO && k >= 2 && StartsUpper(k - 1) &&
           tags_[k - 2] != NerTag::kO && !IsPerson(tags_[k - 2]);
  };
  for (std::size_t k = 1; SentenceHas(name_word::kApostrophe) && k + 1 < n; ++k) {
    if (!Has(k, name_word::kApostrophe) || tags_[k] != NerTag::kO ||
        (tags_[k - 1] == NerTag::kO && !plural_left_out(k)) || !tokens_[k - 1].ends_with("s") ||
        !OrgWord(k + 1) || IsPerson(tags_[k - 1]) ||
        !(tags_[k + 1] == NerTag::kO || (Opens(tags_[k + 1]) && !IsPerson(tags_[k + 1]))))
      continue;
    std::size_t a = k - 1;
    while (a > 0 && !Opens(tags_[a])) --a;
    std::size_t end = k + 2;
    while (end < n && Continues(tags_[end])) ++end;
    Set(a, end, kOrg);
    k = end;
  }
}

// "[Halvorsen]’s [Diner]", "Lucy’s Bakery": an eatery's name is its owner's possessive and the
// kind of the place, whatever the tagger made of the owner's name; so is a company's and its
// legal form ("McDonald’s Corp.", "Macy’s Inc.").
void SentenceNames::JoinEateriesOverPossessive() {
  if (!SentenceHas(name_word::kPossessive)) return;
  const std::size_t n = tokens_.size();
  for (std::size_t k = 1; k + 1 < n; ++k) {
    if (!Possessive(k) || !StartsUpper(k - 1) || tags_[k - 1] == NerTag::kO ||
        !(Is(k + 1, "Diner") || Is(k + 1, "Bakery") || Is(k + 1, "Cafe") || Is(k + 1, "Café") ||
          Is(k + 1, "Restaurant") || Is(k + 1, "Tavern") || Is(k + 1, "Bistro") ||
          Is(k + 1, "Pub") || Is(k + 1, "Deli") || LegalForm(k + 1)))
      continue;
    // The kind ends the name ("Denver's Restaurant Week", "Britain's Pub of the Year" are
    // other things), and a place owns no eatery by name.
    if (k + 2 < n && (StartsUpper(k + 2) || Is(k + 2, "of"))) continue;
    std::size_t a = k - 1;
    while (a > 0 && !Opens(tags_[a])) --a;
    if (KnownPlace(a, k)) continue;
    std::size_t end = k + 2;
    while (end < n && Continues(tags_[end])) ++end;
    Set(a, end, kOrg);
    k = end;
  }
}

// "[Italy’s Corvanta Air Group]": a known place's possessive that opens an organisation's name
// is the place, not part of the name ("McDonald’s Corp." keeps its own).
void SentenceNames::SplitPlacePossessors() {
  if (!SentenceHas(name_word::kPossessive)) return;
  const std::size_t n = tokens_.size();
  for (std::size_t begin = 0; begin < n; ++begin) {
    if (tags_[begin] != NerTag::kBOrg && tags_[begin] != NerTag::kBLoc) continue;
    const NerTag inside = tags_[begin] == NerTag::kBOrg ? NerTag::kIOrg : NerTag::kILoc;
    std::size_t end = begin + 1;
    while (end < n && tags_[end] == inside) ++end;
    // (A place's name, only where a company's word ends it: "[Japan’s Kasumi Motor]LOC", not
    // "London’s Heathrow Airport".)
    if (inside == NerTag::kILoc && !(OrgWord(end - 1) && EndsNoPlaceName(tokens_[end - 1]))) {
      begin = end - 1;
      continue;
    }
    for (std::size_t k = begin + 1; k + 1 < end; ++k) {
      if (!Possessive(k) || !KnownPlace(begin, k)) continue;
      Set(begin, k, kLoc);
      Set(k, k + 1, kNone);
      Set(k + 1, end, kOrg);
      break;
    }
    begin = end - 1;
  }
}

}  // namespace newslens::ner::repairs
