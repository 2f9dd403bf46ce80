// Name collection (see name_collector.h): the tagger's spans cut into names, and the slips
// around them that a rule can see. Titles are split off in name_titles.cc, the names the tagger
// left untagged added in name_additions.cc.
#include "entities/name_collector.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/roles.h"
#include "lexicon/sports_words.h"
#include "lexicon/titles.h"
#include "text/char_class.h"
#include "text/cue_lexicon.h"
#include "text/utf8.h"
#include "text/word_classes.h"
#include "values/value_lexicon.h"

namespace newslens::entities {

std::vector<NameMention> NameCollector::Collect() {
  for (const Paragraph& p : text_.segmentation().paragraphs) {
    // A dateline ("MANCHESTER —", "BRUSSELS (Harbor Wire) —") names where the story was
    // filed: its names are places, but for the agency in parentheses. The tagger, seeing a
    // word in capitals and no sentence around it, often calls the place an organization.
    const bool dateline = p.role == ParagraphRole::kDateline;
    const bool headline = p.role == ParagraphRole::kHeadline;
    for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
      const Sentence& s = text_.segmentation().sentences[si];
      // The agency is in the dateline's last parentheses; earlier ones hold a place ("Porto
      // Alvar (Portugal) (AFP) –").
      int parentheses = 0, groups_after = 0;
      if (dateline)
        for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
          groups_after += text_.Text(t) == "(" ? 1 : 0;
      for (std::uint32_t t = s.first_token; t < s.end_token;) {
        // "PONNAGARAM:": a dateline's place in capitals that the tagger left out.
        if (dateline && t == s.first_token && PlaceInCapitals(t)) {
          std::uint32_t end = t + 1;
          while (end < s.end_token && PlaceInCapitals(end)) ++end;
          const std::size_t before = names_.size();
          SplitSpan(t, end, EntityType::kLoc, s);
          for (std::size_t k = before; k < names_.size(); ++k) names_[k].decides = true;
          t = end;
          continue;
        }
        if (!Begins(text_.Tag(t))) {
          if (text_.Text(t) == "(") {
            ++parentheses;
            --groups_after;
          }
          if (text_.Text(t) == ")" && parentheses > 0) --parentheses;
          ++t;
          continue;
        }
        EntityType type = TypeOf(text_.Tag(t));
        std::uint32_t end = t + 1;
        while (end < s.end_token && !Begins(text_.Tag(end)) && text_.Tag(end) != NerTag::kO) ++end;
        // "Martin Luther [King] [Jr.]": a title word that is also a surname, left out, and a
        // generational suffix, however tagged, end the person's name.
        if (type == EntityType::kPer && end + 1 < s.end_token && text_.Tag(end) == NerTag::kO &&
            IsSurnameTitle(text_.Text(end)) && IsGenerationalSuffix(text_.Text(end + 1)))
          end += 2;
        // "[Transport] Commissioner Ilse Vantongeren": a minister's or a commissioner's field
        // before the title word is the title's, no organization's name.
        if (type != EntityType::kPer && end == t + 1 && end < s.end_token &&
            IsPortfolio(text_.Text(t)) && text_.IsCapitalized(end)) {
          const TitleWord* w = LookupTitleWord(text_.Text(end));
          if (w != nullptr && !w->honorific) {
            t = end;
            continue;
          }
        }
        // "Arsenio Villacorta [III]": a generational suffix left out.
        if (type == EntityType::kPer && end < s.end_token && text_.Tag(end) == NerTag::kO &&
            IsGenerationalSuffix(text_.Text(end)))
          ++end;
        if (end == t + 1 && IsNameAbbreviation(text_.Text(t))) {
          end = EndOfAbbreviatedName(end, s.end_token, &type);
        } else if (t > s.first_token && text_.Tag(t - 1) == NerTag::kO &&
                   IsNameAbbreviation(text_.Text(t - 1))) {
          --t;  // "St." left out of "St. Louis"
        }
        // "Getty Images", "Acme Corp.": a name followed by a word that ends organization
        // names; two ("[Amakaze] Railway Co.").
        for (int words = 0; words < 2 && end < s.end_token && text_.Tag(end) == NerTag::kO &&
                            (IsOrganizationWord(text_.Text(end)) || IsBodysName(end));
             ++words) {
          ++end;
          type = EntityType::kOrg;
        }
        // "[Aurelia] Copper Corp.", "[Tolland] Hospitals Trust": capitalized words the tagger
        // left out, then a word that ends organizations' names, run the name on into an
        // organization's; a person's full name only into a company's.
        std::uint32_t rest = end;
        while (rest < s.end_token && rest - end < 3 && text_.Tag(rest) == NerTag::kO &&
               text_.IsCapitalized(rest) && !IsOrganizationWord(text_.Text(rest)))
          ++rest;
        const bool full_name = type == EntityType::kPer && end - t >= 2;
        if (rest > end && rest < s.end_token && text_.Tag(rest) == NerTag::kO &&
            (IsCompanyWord(text_.Text(rest)) ||
             (!full_name && IsOrganizationWord(text_.Text(rest))))) {
          end = rest + 1;
          type = EntityType::kOrg;
        }
        // "Taff Flood Relief Trust" tagged as a work, "Valley Courier" as a place: a name of two
        // words or more that ends in such a word is an organization; a place only when the word
        // is a publication's, a company's or a public body's ("West Bank" stays a place), a
        // person when no first name opens it (a title word is none: "Justice Alliance") or the
        // word is a company's ("Bellamy Foods").
        // ("LE MONDE" in a credit line: a word in capitals is the word its lists write, in a
        // name of a few words; not in a headline in capitals.)
        const std::string last_word = text_.IsAllCaps(end - 1) && end - t <= 4
                                          ? AsciiTitleCase(text_.Text(end - 1))
                                          : std::string(text_.Text(end - 1));
        if (end - t >= 2 && IsOrganizationWord(last_word) &&
            (type == EntityType::kMisc ||
             (type == EntityType::kLoc &&
              (IsPublicationWord(last_word) || EndsNoPlaceName(last_word))) ||
             (type == EntityType::kPer &&
              (!IsKnownFirstName(text_.Text(t)) || LookupTitleWord(text_.Text(t)) != nullptr ||
               IsCompanyWord(last_word))))) {
          type = EntityType::kOrg;
        }
        if (dateline && (parentheses == 0 || groups_after > 0)) type = EntityType::kLoc;
        if (dateline && parentheses > 0 && groups_after == 0) {
          // The agency: everything capitalized between the parentheses ("(Coastline Wire)"
          // tagged as "Wire").
          std::uint32_t first = t, last = end;
          while (first > s.first_token && text_.IsUntaggedCapitalized(first - 1)) --first;
          while (last < s.end_token && text_.IsUntaggedCapitalized(last)) ++last;
          if (first > s.first_token && text_.Text(first - 1) == "(" && last < s.end_token &&
              text_.Text(last) == ")") {
            t = first;
            end = last;
            type = EntityType::kOrg;
          }
        }
        if (type == EntityType::kPer && end == t + 1 && !headline &&
            IsMissedFirstName(t, s.first_token))
          --t;
        // "An Bord Pleanála": inside a sentence, a capitalized "An" before a word that opens
        // organizations' names is the Irish article of the name, which the tagger left out.
        if (!headline && t > s.first_token + 1 && text_.Is(t - 1, "An") &&
            IsOrganizationPrefix(text_.Text(t))) {
          --t;
          type = EntityType::kOrg;
        }
        if (type == EntityType::kOrg && !headline) t = StartOfOrganizationName(t, s.first_token);
        if ((type == EntityType::kOrg || type == EntityType::kMisc) && !headline && end - t >= 2)
          end = EndOverJoiningWord(end, s.end_token);
        const std::size_t before = names_.size();
        SplitSpan(t, end, type, s);
        // The place of a dateline is sure to be one, whatever the tagger calls the same
        // word elsewhere ("CHARLOTTE -" and "Charlotte", which is also a woman's name).
        if (dateline && (parentheses == 0 || groups_after > 0))
          for (std::size_t k = before; k < names_.size(); ++k) names_[k].decides = true;
        t = end;
      }
    }
  }
  AddTitledNames();
  JoinNicknames();
  AddNamesBeforeAppositives();
  RetypeOrganizationsByContext();
  AddOfficesOfTitles();
  AddBylineAuthors();
  AddCreditedAgencies();
  JoinNamesOverAmpersand();
  JoinClubPrefixes();
  RetypePeopleNames();
  RetypeCountriesByDemonym();
  RetypePlacesByContext();
  JoinNumberedNames();
  SplitPossessorFromName();
  SplitOrganizationFromPerson();
  JoinAdjacentOrganizations();
  MendHeadlineNames();
  AddSpelledOutNames();
  AddAcronyms();
  AddShortOrganizationNames();
  AddNamesAfterKinds();
  AddNamesBeforeGroupNouns();
  JoinLeftOutFirstWords();
  AddSurnames();
  DropCommonWordsAtSentenceStarts();
  return std::move(names_);
}

void NameCollector::DropCommonWordsAtSentenceStarts() {
  // Where every word is capitalized: a sentence's first token, and the token after a quotation
  // mark or a colon.
  const auto opens = [&](std::uint32_t t) {
    if (t == 0) return true;
    const std::uint32_t b = t - 1;
    return text_.IsQuoteMark(b) || text_.Is(b, "\"") || text_.Is(b, ":") ||
           text_.SentenceAt(t).first_token == t;
  };
  // Parties named by a common word ("Greens said ..." beside "greens and fruit") stay names.
  const auto party = [&](std::uint32_t t) {
    return IsPeoplesName(text_.Text(t)) ||
           text_.IsAnyCaseOf(t, {"labour", "labor", "greens", "liberals", "reform"});
  };
  const auto candidate = [&](const NameMention& m) {
    return Words(m) == 1 && !m.decides && opens(m.first) && !text_.IsAllCaps(m.first) &&
           !party(m.first);
  };
  std::vector<std::string> candidates;
  for (const NameMention& m : names_)
    if (candidate(m)) candidates.push_back(AsciiLower(text_.Text(m.first)));
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // Per candidate: written in small letters somewhere, capitalized inside a sentence somewhere.
  // (One lookup per word: a text of a hundred thousand names has as many candidates.)
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t c = 0; c < candidates.size(); ++c) index.emplace(candidates[c], c);
  std::vector<bool> lower(candidates.size(), false), inner(candidates.size(), false);
  std::string lowered;
  for (std::uint32_t t = 0; t < text_.size(); ++t) {
    if (text_.Kind(t) != TokenKind::kWord) continue;
    const std::string_view w = text_.Text(t);
    if (chars::StartsAsciiLower(w)) {
      if (const auto it = index.find(w); it != index.end()) lower[it->second] = true;
    } else if (text_.IsCapitalized(t) && !opens(t) &&
               text_.Kind(t - 1) != TokenKind::kContraction) {
      // (Not after a plural's possessive, the last word of a longer name: "Higher Education
      // Workers’ Union".)
      lowered = AsciiLower(w);
      if (const auto it = index.find(lowered); it != index.end()) inner[it->second] = true;
    }
  }
  std::erase_if(names_, [&](const NameMention& m) {
    if (!candidate(m)) return false;
    const std::size_t c = index.at(AsciiLower(text_.Text(m.first)));
    return lower[c] && !inner[c];
  });
}

// The names in a tagged span: quotation marks and what they enclose end a name (Jake “The
// Hammer” Wilson); in a person's name a lower-case word other than a particle (de, van, bin, al-)
// separates two names ("Helen Carter met Kwame Mensah"); in any name, a word in small letters
// that is no function word does ("Japan branded North Korea", "Twitter conversation": the
// tagger ran on into the sentence), while "of", "the", "and", "for" may stand inside one
// ("Bank of England", "Alliance to Reclaim Our Schools").
void NameCollector::SplitSpan(std::uint32_t first, std::uint32_t end, EntityType type,
                              const Sentence& s) {
  const bool person = type == EntityType::kPer || HasTitledName(first, end);
  std::uint32_t piece = first;
  bool quoted = false;
  for (std::uint32_t t = first; t <= end; ++t) {
    const bool mark = t < end && text_.IsQuoteMark(t);
    // (Most tokens of a name are capitalized: the lookups come last.)
    const bool small_word = t < end && text_.Kind(t) == TokenKind::kWord &&
                            !text_.IsCapitalized(t) && !IsParticleOrJoined(text_.Text(t)) &&
                            LookupTitleWordAnyCase(text_.Text(t)) == nullptr;
    const bool content_word =
        small_word && IsLowerCaseWord(text_.Text(t)) &&
        (text_.Class(t) == WordClass::kOther || text_.Class(t) == WordClass::kVerb);
    const bool breaks = t == end || mark || quoted || (person && small_word) || content_word;
    if (mark) quoted = !quoted && (text_.Text(t) == "\u201C" || text_.Text(t) == "\u2018");
    if (!breaks) continue;
    if (t > piece) AddName(piece, t, type, s);
    piece = t + 1;
  }
}

// A title inside a name of any type ("Russian President Vladimir Putin" tagged as one MISC):
// a title word followed by a first and a last name, capitalized ("State Department" and
// "General Electric" are no such thing, nor is "Health Performance Authority").
std::uint32_t NameCollector::TitledNameStart(std::uint32_t first, std::uint32_t end) const {
  // "the Health Performance Authority": no person's name ends in an organization's word.
  if (IsOrganizationWord(text_.Text(end - 1))) return kNone;
  for (std::uint32_t t = first; t + 2 < end; ++t) {
    if (LookupTitleWord(text_.Text(t)) == nullptr) continue;
    // (A particle may stand inside the name, not at its end: "Prof de Souza".)
    bool names = true;
    for (std::uint32_t k = t + 1; k < end; ++k)
      names = names && ((text_.IsCapitalized(k) && LookupTitleWord(text_.Text(k)) == nullptr) ||
                        (k + 1 < end && IsNameParticle(text_.Text(k))));
    if (names) return t;
  }
  return kNone;
}

// The tagger often leaves the first words of a long organization's name out ("Government
// Accountability Office" tagged from "Accountability", "Securities and Exchange Commission" from
// "Exchange"): capitalized words it left untagged right before the name, inside the sentence
// (a capital opening a sentence says nothing), that are no function word, title or word of
// time, belong to it, and so does "and" or "&" between two of them. Returns the name's first
// token.
std::uint32_t NameCollector::StartOfOrganizationName(std::uint32_t first,
                                                     std::uint32_t sentence_start) const {
  const auto name_word = [&](std::uint32_t t) {
    return t > sentence_start && text_.IsUntaggedCapitalized(t) && !text_.IsQuoteMark(t) &&
           text_.Class(t) == WordClass::kOther && LookupTitleWord(text_.Text(t)) == nullptr;
  };
  std::uint32_t t = first;
  while (t > sentence_start + 1 && first - t < 4) {
    if (name_word(t - 1)) {
      --t;
    } else if ((text_.Is(t - 1, "and") || text_.Is(t - 1, "&")) && t - 1 > sentence_start &&
               name_word(t - 2)) {
      t -= 2;
    } else if (text_.Is(t - 1, "of") && t - 1 > sentence_start && name_word(t - 2) &&
               (IsOrganizationWord(text_.Text(t - 2)) ||
                NamesKindOfOrganization(text_.Text(t - 2)))) {
      // "Office of [School Accountability]": a word that ends or names organizations of a
      // kind, and "of".
      t -= 2;
    } else {
      break;
    }
  }
  return t;
}

std::uint32_t NameCollector::EndOverJoiningWord(std::uint32_t end,
                                                std::uint32_t sentence_end) const {
  constexpr std::uint32_t kLongestPart = 4;  // words after the joining word
  const std::uint32_t join = end;
  if (join + 1 >= sentence_end || !(text_.Is(join, "for") || text_.Is(join, "to"))) return end;
  std::uint32_t k = join + 1;
  // "[Prairie Freedom] to [Read Coalition]": an organization's name tagged after it, which ends
  // as one does where the name before does not (not "sold [Whole Foods] to [Amazon]").
  if (TypeOf(text_.Tag(k)) == EntityType::kOrg && text_.Tag(k) != NerTag::kO) {
    ++k;
    while (k < sentence_end && text_.Tag(k) == NerTag::kIOrg) ++k;
    return k - join <= kLongestPart + 1 && IsOrganizationWord(text_.Text(k - 1)) &&
                   !IsOrganizationWord(text_.Text(end - 1))
               ? k
               : end;
  }
  while (k < sentence_end && k - join <= kLongestPart) {
    if (text_.IsUntaggedCapitalized(k) && text_.Class(k) == WordClass::kOther &&
        !text_.IsQuoteMark(k)) {
      ++k;
    } else if (text_.Is(k, "and") && k > join + 1 && k + 1 < sentence_end &&
               text_.IsUntaggedCapitalized(k + 1)) {
      ++k;
    } else {
      break;
    }
  }
  return k > join + 1 && text_.IsCapitalized(k - 1) ? k : end;
}

// A word of small ASCII letters only ("conversation"; not "iPhone", "eBay" or "de-escalate"
// in another script).
bool NameCollector::IsLowerCaseWord(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

bool NameCollector::TitleOnlyOpensName(const NameMention& m, bool honorifics) const {
  if (m.title.empty() || m.title.end != m.first) return false;
  for (std::uint32_t t = m.title.first; t < m.title.end; ++t) {
    const TitleWord* w = LookupTitleWord(text_.Text(t));
    if (w == nullptr || !w->opens_name || (w->honorific && !honorifics)) return false;
  }
  return true;
}

bool NameCollector::IsCapitalizedPersonsRole(std::uint32_t t) const {
  if (!text_.IsCapitalized(t) || text_.IsAllCaps(t) || text_.IsQuoteMark(t) ||
      LookupTitleWordAnyCase(text_.Text(t)) != nullptr || IsKnownFirstName(text_.Text(t)))
    return false;
  return LookupPersonsRole(text_.Text(t)) != nullptr;
}

bool NameCollector::IsOneOfAPeople(std::string_view word) {
  if (!IsPeoplesName(word)) return false;
  if (word.ends_with("man") || word.ends_with("woman")) return true;  // "Frenchman", "Dutchwoman"
  for (std::string_view noun : {"Dane", "Swede", "Briton", "Scot", "Serb", "Croat"})
    if (word == noun) return true;
  return false;
}

bool NameCollector::IsPlacedParticiple(std::string_view word) {
  const std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  const std::string_view participle = word.substr(hyphen + 1);
  for (std::string_view p : {"based", "listed", "headquartered", "born", "registered", "owned",
                             "backed", "funded", "run", "led"})
    if (participle == p) return true;
  return false;
}

void NameCollector::AddName(std::uint32_t first, std::uint32_t end, EntityType type,
                            const Sentence& s) {
  // A name has letters: the tagger sometimes marks a full stop.
  bool letters = false;
  for (std::uint32_t t = first; t < end && !letters; ++t) {
    const std::string_view w = text_.Text(t);
    for (std::size_t i = 0; i < w.size() && !letters;) {
      const utf8::Decoded d = utf8::DecodeAt(w, i);
      letters = chars::IsLetter(d.code_point);
      i += d.length;
    }
  }
  if (!letters) return;
  // "Typhoon [Kaimei]": a storm's word the tagger left out before its one-word name is part of
  // the name, which is the storm's (TypeByNameWords).
  if (end == first + 1 && first > s.first_token && text_.Tag(first - 1) == NerTag::kO &&
      text_.IsCapitalized(first - 1) && IsEventPrefix(text_.Text(first - 1))) {
    --first;
  }
  // "[Tourism] and Sports Minister", "[Economy], Trade and Industry Minister": a field listed
  // before another of a title, whatever the tagger made of it, is the title's.
  if (end == first + 1 && OpensFieldsOfTitle(first, s.end_token)) return;
  // "Pollster Ingrid Solheim-Bauer", "Landlady Bernadette Kilbride": a person's role with a
  // capital before a first name and a surname is the person's title, whether the tagger took it
  // into the name or, at a sentence's start, left it out.
  const bool role_in_name = end - first >= 3 && text_.IsCapitalized(first + 1) &&
                            text_.IsCapitalized(first + 2) && IsCapitalizedPersonsRole(first);
  const bool role_before = end - first >= 2 && first == s.first_token + 1 &&
                           text_.Tag(first - 1) == NerTag::kO &&
                           IsCapitalizedPersonsRole(first - 1);
  std::uint32_t leading_role = kNone;
  if ((role_in_name || role_before) && !IsOrganizationWord(text_.Text(end - 1))) {
    if (role_in_name) ++first;
    leading_role = first - 1;
    type = EntityType::kPer;
  }
  // "London-listed Harrowgate Metals", "Ohio-based Vantor": a place's word joined to a
  // participle describes the name; it is no part of it.
  if (end - first >= 2 && IsPlacedParticiple(text_.Text(first))) ++first;
  // "Frenchman Théo Vasseur-Lemaire" as one name: one of a people ("Frenchman", "Dane"; not
  // "Danes", nor a word that is an adjective too: "French Open", "Hindu Marriage Act"), then
  // the person's name.
  if (end - first >= 3 && text_.IsCapitalized(first + 1) && text_.IsCapitalized(first + 2) &&
      IsOneOfAPeople(text_.Text(first)) && !IsOrganizationWord(text_.Text(end - 1))) {
    AddName(first, first + 1, EntityType::kMisc, s);
    AddName(first + 1, end, EntityType::kPer, s);
    return;
  }
  // "Fine Party TD Tomasz Wroblewski" as one name: an organization's, then a title and a
  // person's name. Not one word ("Energy Minister", "Police Chief" are titles).
  if (const std::uint32_t title = TitledNameStart(first, end);
      type != EntityType::kPer && title != kNone && title >= first + 2 &&
      IsOrganizationWord(text_.Text(title - 1))) {
    AddName(first, title, type, s);
    AddName(title, end, EntityType::kPer, s);
    return;
  }
  NameMention m{first, end, type};
  if (type != EntityType::kPer && (HasTitledName(first, end) || TitledLikePerson(m, s.end_token) ||
                                   DescribedLikePerson(m, s.end_token) ||
                                   TitledBeforeLikePerson(m, s) || RoleBeforeLikePerson(m, s)))
    m.type = EntityType::kPer;
  // An organization by its appositive, whatever the tagger made of the name elsewhere.
  if ((m.type != EntityType::kOrg && DescribedLikeOrganization(m, s.end_token)) ||
      (m.type == EntityType::kPer && TreatedAsNoPerson(m, s))) {
    m.type = EntityType::kOrg;
    m.decides = true;
  }
  if (m.type == EntityType::kPer) {
    SplitTitles(&m, s.first_token);
    // A title that only opens names ("Dr.", "Gov.") says less than an appositive's: both.
    const bool opens_names = TitleOnlyOpensName(m, /*honorifics=*/false);
    if (m.title.empty() || opens_names) {
      std::uint32_t head_end = kNone, owner = kNone;
      const TokenRange appositive =
          AppositiveTitle(m, s.end_token, /*strict=*/false, &head_end, &owner);
      if (!appositive.empty()) {
        if (opens_names) m.name_title = m.title;
        m.title = appositive;
        m.title_head_end = head_end;
        m.title_owner_first = owner;
      }
    }
    // "The vice-chancellor, Prof Helena Varga-Whitlock,": a leading appositive's title before
    // the words that open the name, which stay its title too.
    const bool only_opens = m.name_title.empty() && TitleOnlyOpensName(m, /*honorifics=*/true);
    if (m.title.empty() || only_opens) {
      NameMention opened = m;
      opened.first = m.title.empty() ? m.first : m.title.first;
      std::uint32_t head_end = kNone;
      if (const TokenRange leading = LeadingAppositiveTitle(opened, s, &head_end);
          !leading.empty()) {
        if (only_opens) m.name_title = m.title;
        m.title = leading;
        m.title_head_end = head_end;
      }
    }
    if (m.title.empty() && leading_role != kNone) m.title = {leading_role, leading_role + 1};
    // "Her husband, Rodel, a fisherman,": a noun that says a gender, opening the sentence with
    // its determiner and set off before the name, gives the person's (not "Standing beside his
    // wife, Joseph Mwangi said", nor "after reaching the boy, Sarah Kenny began").
    if (m.gender == Gender::kUnknown && m.first == s.first_token + 3 &&
        text_.Is(m.first - 1, ",") && (m.end >= s.end_token || text_.Is(m.end, ","))) {
      const RoleNoun* noun = LookupRoleNoun(text_.Text(m.first - 2));
      if (noun != nullptr && noun->kind == RoleKind::kPerson) m.gender = noun->gender;
    }
  }
  // A possessive is not part of the name ("Trump 's"), nor a mark at either end ("Hillary
  // Clinton —", "James .", the tagger taking a sentence's end in), nor a function word at its
  // end ("Bank of").
  const auto trailing = [&](std::uint32_t t) {
    const TokenKind kind = text_.Kind(t);
    return kind == TokenKind::kContraction || kind == TokenKind::kPunctuation ||
           (kind == TokenKind::kWord && !text_.IsCapitalized(t) &&
            text_.Class(t) != WordClass::kOther && !IsNameParticle(text_.Text(t)));
  };
  while (m.end > m.first && trailing(m.end - 1)) --m.end;
  // "Marcus Oyelaran KC", "Jane Smith MP": letters after a person's name for a rank or an honour
  // are a title, not part of the name.
  if (m.type == EntityType::kPer && Words(m) >= 2 && IsPostNominal(text_.Text(m.end - 1))) {
    --m.end;
    if (m.title.empty()) {
      m.title = {m.end, m.end + 1};
    } else if (m.name_title.empty()) {
      m.name_title = {m.end, m.end + 1};
    }
  }
  // "Progressive Alliance MPs", "Labour Party Chairman", "PLTRB Chairperson": a person's title
  // after the word that ends an organization's name, or its acronym, is no part of it.
  if (m.type != EntityType::kPer && Words(m) >= 2 && IsTitleWordOrPlural(text_.Text(m.end - 1)) &&
      (IsOrganizationWord(text_.Text(m.end - 2)) || text_.IsAllCaps(m.end - 2)))
    --m.end;
  // "a Polish MEP", "a French Senator", tagged as one MISC: a people's adjective and title
  // words, no name after them, describe someone; the adjective alone is a name (not "Dancing
  // Queen", "Burger King").
  if (m.type == EntityType::kMisc && Words(m) >= 2 &&
      LooksLikePeoplesAdjective(text_.Text(m.first))) {
    bool titles = true;
    for (std::uint32_t t = m.first + 1; t < m.end && titles; ++t)
      titles = IsTitleWordOrPlural(text_.Text(t));
    if (titles) m.end = m.first + 1;
  }
  // "New Hampshire Monday", "Twitter on Monday": a day the sentence gives is no part of the name
  // before it ("Super Tuesday" is a name of its own).
  if (Words(m) >= 2 && text_.Class(m.end - 1) == WordClass::kTime &&
      !IsDayName(text_.Text(m.end - 2), text_.Text(m.end - 1))) {
    --m.end;
    while (m.end > m.first && trailing(m.end - 1)) --m.end;
  }
  while (m.first < m.end && text_.Kind(m.first) == TokenKind::kPunctuation) ++m.first;
  if (Words(m) >= 2) m.type = TypeByNameWords(m);
  // "the Observatory", "the Commission": a public body's word alone names the body.
  if (Words(m) == 1 && m.type != EntityType::kOrg && text_.IsCapitalized(m.first) &&
      EndsNoPlaceName(text_.Text(m.first)) && !IsCompanyWord(text_.Text(m.first)))
    m.type = EntityType::kOrg;
  // A storm's name decides its entity's type, whatever "Lingtai" alone is typed elsewhere.
  if (Words(m) >= 2 && IsEventPrefix(text_.Text(m.first))) m.decides = true;
  // "River Lenn", "Tanner Street": a place by its words decides its entity's type, whatever its
  // last word alone is typed elsewhere ("along the Lenn").
  if (m.type == EntityType::kLoc && Words(m) >= 2 && m.title.empty() &&
      !IsOrganizationWord(text_.Text(m.end - 1)) &&
      (IsPlacePrefix(text_.Text(m.first)) || IsPlaceSuffix(text_.Text(m.end - 1))))
    m.decides = true;
  // "Said Ellis, ...": a speech verb that opens a sentence before the name is no part of it.
  if (m.first == s.first_token && m.end > m.first + 1 && LookupCue(text_.Text(m.first)) != nullptr)
    ++m.first;
  if (m.end <= m.first || (Words(m) == 1 && NamesNobody(m.first, s.end_token))) return;
  // "the Minnesota Democrat": a place and a party's member, who is described, not named.
  if (m.type != EntityType::kPer && Words(m) >= 2 &&
      text_.IsAnyCaseOf(m.end - 1, {"Democrat", "Republican"})) {
    names_.push_back({m.first, m.end - 1, EntityType::kLoc});
    names_.push_back({m.end - 1, m.end, EntityType::kMisc});
    return;
  }
  // Titles alone ("Gov." tagged as a name) name nobody; after an honorific, a title word is a
  // surname ("Mr. King").
  bool titles_only = true;
  for (std::uint32_t k = m.first; k < m.end; ++k)
    titles_only = titles_only && LookupTitleWord(text_.Text(k)) != nullptr;
  const bool honorific = m.first > first && LookupTitleWord(text_.Text(m.first - 1)) != nullptr &&
                         LookupTitleWord(text_.Text(m.first - 1))->honorific;
  if (titles_only && !(honorific && Words(m) == 1 && IsSurnameTitle(text_.Text(m.first)))) return;
  names_.push_back(m);
}

EntityType NameCollector::TypeByNameWords(const NameMention& m) const {
  // "Hazelport Unified School District", "Marsh Creek Water District", "Harlan Creek Regional
  // Medical Center": a district that schools, supplies or protects, a centre that treats or
  // researches, is a public body, not a place.
  if (m.type == EntityType::kLoc && IsBodysName(m.end - 1)) return EntityType::kOrg;
  // "the Personal Data Protection Act", "the General Data Protection Regulation": a law's name.
  if (text_.IsAnyCaseOf(m.end - 1, {"Act", "Regulation", "Directive", "Treaty"}) &&
      text_.IsCapitalized(m.end - 1))
    return EntityType::kMisc;
  // "Team Solvex", "Team GB": a team's name.
  if (text_.Is(m.first, "Team")) return EntityType::kOrg;
  // "Typhoon Lingtai", "Hurricane Tamsin": a storm's.
  if (IsEventPrefix(text_.Text(m.first))) return EntityType::kMisc;
  // "Kestlow United", "Tranmere Rovers": no person's or place's name ends in a word of clubs'
  // names ("a trip to Holmsworth United").
  if (m.type == EntityType::kLoc && IsClubEndWord(text_.Text(m.end - 1))) return EntityType::kOrg;
  // "the Caliche Ridge Aquifer": a name that ends in a word of a natural feature's names and
  // holds no word of organizations' names is a place's, though the tagger took it for an
  // organization's ("Nolan River Authority" is one; so is "Concerned Parents of Carrow County",
  // which says where it is, and "Derby County", a club).
  if (m.type == EntityType::kOrg &&
      text_.IsAnyCaseOf(m.end - 1, {"aquifer", "reservoir", "glacier", "gorge", "plateau", "basin",
                                    "reef", "lagoon", "estuary"})) {
    bool organization_word = false;
    for (std::uint32_t t = m.first; t < m.end; ++t)
      organization_word = organization_word || IsOrganizationWord(text_.Text(t)) ||
                          text_.IsAnyCaseOf(t, {"of", "for", "in"});
    if (!organization_word) return EntityType::kLoc;
  }
  // "Place de la République", "Rue du Bac", "Plaza de Mayo": a square or a street a particle
  // names, which the tagger took for a work's or an event's.
  if (m.type == EntityType::kMisc && Words(m) >= 3 &&
      text_.IsAnyCaseOf(m.first, {"Place", "Rue", "Plaza", "Piazza"}) &&
      text_.IsCapitalized(m.first) && IsNameParticle(text_.Text(m.first + 1)))
    return EntityType::kLoc;
  // "Station Road", "Wirralong Highway" tagged as a work's or an event's: a place's name, of
  // capitalized words alone (not "Belt and Road", "Window on Wall Street"), and no title of a
  // work ("The Salt Road", a film; "the drama “Mercy Street”").
  if (m.type == EntityType::kMisc && Words(m) >= 2 && IsPlaceSuffix(text_.Text(m.end - 1)) &&
      !text_.Is(m.first, "The") &&
      !(m.first > 0 &&
        (text_.IsOpenMark(m.first - 1) || text_.Is(m.first - 1, "\"") ||
         text_.Is(m.first - 1, "The") ||
         text_.IsAnyCaseOf(m.first - 1, {"film", "series", "drama", "show", "novel", "book",
                                         "documentary", "play", "song", "album", "movie"})))) {
    bool capitalized = true;
    for (std::uint32_t t = m.first; t < m.end && capitalized; ++t)
      capitalized = text_.IsCapitalized(t);
    if (capitalized) return EntityType::kLoc;
  }
  // "Radio Horizon", "Grupo Valdés" tagged as a work's or a place's: an organization's name
  // (not "Bank Street", "Bank of America Stadium": a place's word ends them).
  if ((m.type == EntityType::kMisc || m.type == EntityType::kLoc) && Words(m) >= 2 &&
      IsOrganizationPrefix(text_.Text(m.first)) && !IsPlaceSuffix(text_.Text(m.end - 1)))
    return EntityType::kOrg;
  if (m.type != EntityType::kPer) return m.type;
  // A person's, again, and "Minera Huaycoral", "Grupo Valdés": none opens with a word of
  // organizations' names.
  if (IsClubEndWord(text_.Text(m.end - 1)) || IsOrganizationPrefix(text_.Text(m.first)))
    return EntityType::kOrg;
  // "from Lower Ashby", "on Tanner Street": a name that opens with a word that opens places'
  // names, or ends with one that ends them, and no person's, is a place's (unless a title
  // says it is a person's).
  if (m.title.empty() &&
      (IsPlacePrefix(text_.Text(m.first)) || IsPlaceSuffix(text_.Text(m.end - 1))))
    return EntityType::kLoc;
  return m.type;
}

bool NameCollector::NamesNobody(std::uint32_t t, std::uint32_t sentence_end) const {
  // "Aug 29": a month before a day is a date ("Jan Kowalski" is a name); so is a weekday's
  // abbreviation before one ("Mon 13 Jan 2025 18.42 GMT", a timestamp).
  if (t + 1 < sentence_end && text_.Kind(t + 1) == TokenKind::kNumber) {
    const DateWord* month = LookupDateWord(AsciiLower(text_.Text(t)));
    if (month != nullptr && month->kind == DateWordKind::kMonth) return true;
    if (text_.IsAnyCaseOf(
            t, {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}))
      return true;
  }
  // "on Tuesday", "by Oct. 22": a weekday, or a month's abbreviation with its full stop, names
  // no one, whatever the tagger made of it.
  const std::string_view written = text_.Text(t);
  const bool stop = written.size() > 2 && written.ends_with(".");
  if (const DateWord* date =
          LookupDateWord(AsciiLower(stop ? written.substr(0, written.size() - 1) : written));
      date != nullptr && ((date->kind == DateWordKind::kWeekday && !stop) ||
                          (date->kind == DateWordKind::kMonth && stop)))
    return true;
  // "(D-Minn.)": a party label; in parentheses, one of a district or a town too ("State Sen.
  // Mara Holm (D-Millbrook)").
  const std::string_view word = text_.Text(t);
  if (t > 0 && text_.Text(t - 1) == "(" && word.size() >= 3 && word[1] == '-' &&
      (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') &&
      chars::StartsAsciiUpper(word.substr(2)))
    return true;
  return !ReadPartyLabel(word).state.empty();
}

// Whether the word before the one-word person's name at `name` is the first name the tagger
// left out ("Mair Lloyd" tagged as "Lloyd"): a first name the statistics know, or, inside a
// sentence (where a capital marks a name), any capitalized word that is no function word,
// title, day or month. Headlines capitalize every word and are not asked.
bool NameCollector::IsMissedFirstName(std::uint32_t name, std::uint32_t sentence_start) const {
  if (name == sentence_start) return false;
  const std::uint32_t t = name - 1;
  if (text_.Tag(t) != NerTag::kO || !text_.IsCapitalized(t) || text_.IsAllCaps(t) ||
      ClassOfWord(text_.Text(t)) != WordClass::kOther ||
      LookupTitleWordAnyCase(text_.Text(t)) != nullptr || IsOrganizationWord(text_.Text(t)))
    return false;
  if (IsKnownFirstName(text_.Text(t))) return true;
  // A capital after an opening quotation mark may only open the quoted sentence.
  return t > sentence_start && text_.Text(t - 1) != "\u201C" && text_.Text(t - 1) != "\u2018";
}

// The end of a name that opens with an abbreviation tagged alone, `after` being the token
// after it: the capitalized words the tagger left untagged and the name it tagged right after
// them, whose type the whole takes ("St. Halvard Children’s Hospital" tagged as "St." and
// "Children’s Hospital").
std::uint32_t NameCollector::EndOfAbbreviatedName(std::uint32_t after, std::uint32_t sentence_end,
                                                  EntityType* type) const {
  std::uint32_t end = after;
  while (end < sentence_end && text_.IsUntaggedCapitalized(end)) ++end;
  if (end < sentence_end && Begins(text_.Tag(end))) {
    *type = TypeOf(text_.Tag(end));
    ++end;
    while (end < sentence_end && !Begins(text_.Tag(end)) && text_.Tag(end) != NerTag::kO) ++end;
  }
  return end;
}

}  // namespace newslens::entities
