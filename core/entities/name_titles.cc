// Titles and people (see name_collector.h): the titles around a person's name ("Russian
// President Vladimir Putin", "David Okafor, the president of the transit union local,"), and
// the names the tagger did not take for a person's that their appositive shows to be one.
#include <string_view>

#include "entities/name_collector.h"
#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/peoples.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "text/cue_lexicon.h"
#include "text/word_classes.h"

namespace newslens::entities {
namespace {

// The verbs of an inverted attribution ("..., said lead author Maria Quint"), after which the
// speaker's noun phrase, title and all, begins: a finite form of a speech verb.
bool IsInvertedCue(std::string_view w) {
  const CueWord* cue = LookupCue(w);
  return cue != nullptr && !cue->participle && !cue->also_noun;
}

// "managing director", "defending champion": a participle that makes a title of the title word
// after it, whatever stands before it.
bool MakesTitle(const NameText& text, std::uint32_t t) {
  return text.IsAnyCaseOf(t, {"managing", "defending", "acting", "presiding", "reigning",
                              "outgoing", "incoming", "founding", "retired"});
}

}  // namespace

// Titles inside the tagged span ("President Donald Trump" tagged as one name) and before it
// ("US President Donald Trump"); honorifics give a gender ("Mr. Putin").
void NameCollector::SplitTitles(NameMention* m, std::uint32_t sentence_start) const {
  std::uint32_t title_first = kNone, title_end = kNone;
  const std::uint32_t span_first = m->first;  // as tagged, title words and all
  // Inside: everything up to the last title word or honorific before the last token.
  std::uint32_t cut = m->first;
  for (std::uint32_t t = m->first; t + 1 < m->end; ++t) {
    // "Clinton spokesman Brian Fallon" tagged as one name: a role in small letters too.
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(t));
    if (w == nullptr) continue;
    // "Larry King Now", "Carole King": after a first name, a title word that is also a common
    // surname is the surname; so is one that only a generational suffix follows ("Martin Luther
    // King Jr.").
    if (t > m->first && LookupTitleWord(text_.Text(t - 1)) == nullptr &&
        IsSurnameTitle(text_.Text(t)) &&
        (IsKnownFirstName(text_.Text(t - 1)) ||
         (t + 2 == m->end && IsGenerationalSuffix(text_.Text(t + 1)))))
      break;
    // "Lord Mayor Deborah Makris": an honorific before a title word is part of the title, and
    // says no gender.
    const TitleWord* next = LookupTitleWord(text_.Text(t + 1));
    const bool in_title = w->honorific && next != nullptr && !next->honorific && t + 2 < m->end;
    if (w->gender != Gender::kUnknown && !in_title) m->gender = w->gender;
    cut = t + 1;
    if (!w->honorific || in_title) {
      if (title_first == kNone) title_first = m->first;
      title_end = t + 1;
    }
  }
  if (cut > m->first) m->first = cut;
  // "Director of Marine Raymond Cheung Wai-ming", "Director of Public Prosecutions Max Hill"
  // tagged as one name: after a title and "of", the name's words up to a first name inside it
  // are the title's field (TitleBeforeField takes them below), and the rest a person's name.
  if (title_end == kNone && m->first >= sentence_start + 2 &&
      text_.IsAnyCaseOf(m->first - 1, {"of", "for"}) && text_.IsTitle(m->first - 2) &&
      text_.IsCapitalized(m->first - 2)) {
    constexpr std::uint32_t kLongestField = 3;  // words
    for (std::uint32_t k = m->first + 1; k + 1 < m->end && k - m->first <= kLongestField; ++k) {
      if (!IsKnownFirstName(text_.Text(k))) continue;
      m->first = k;
      m->type = EntityType::kPer;
      break;
    }
  }
  // Before: title words, "of" or "for" between them ("Minister for Health"), and a place or
  // nationality just before one.
  std::uint32_t t = m->first;
  while (t > sentence_start) {
    const std::uint32_t b = t - 1;
    // "former president Barack Obama", "Belarusian leader Alexander Lukashenko"; a person's
    // role in small letters right before the name is one too ("sheep farmer Wes Thorburn",
    // "critic Margit Sølvberg").
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(b));
    static constexpr TitleWord kRole{false, Gender::kUnknown, false};
    if (w == nullptr && b + 1 == m->first && title_end == kNone) {
      const RoleNoun* role = PersonsRoleInSmallLetters(b);
      if (role != nullptr && !role->any_person) w = &kRole;
    }
    // "Vice Minister of Commerce Lu Hanqing", "Minister of Trade and Integration Aidos
    // Temirkhanov": a title, "of" or "for" and its field in capitalized words the tagger left
    // out, right before the name (the field need be no known portfolio).
    if (w == nullptr && title_end == kNone && b + 1 == m->first) {
      if (const std::uint32_t title = TitleBeforeField(b + 1, sentence_start, span_first);
          title != kNone) {
        title_end = t;
        title_first = title;
        t = title;
        continue;
      }
    }
    if (w != nullptr) {
      // "Lord Mayor": an honorific before the title word after it is part of the title.
      const bool in_title = w->honorific && title_first == t && title_end != kNone;
      if (w->gender != Gender::kUnknown && !in_title) m->gender = w->gender;
      if (w->honorific && !in_title) {  // "Mr." before a title is unusual; stop at it
        break;
      }
      if (title_end == kNone) title_end = t;
      title_first = b;
      t = b;
      continue;
    }
    // "Secretary of State", "Minister for Health", "Co-founder and CEO".
    const bool joins = b > sentence_start && title_first == t && text_.IsTitle(b - 1) &&
                       (text_.Text(b) == "of" || text_.Text(b) == "for" ||
                        (text_.Text(b) == "and" && text_.IsCapitalized(b - 1)));
    // "Leader of the Opposition", "Speaker of the House": "of the" between title words.
    if (text_.Text(b) == "the" && b > sentence_start + 1 && text_.Text(b - 1) == "of" &&
        text_.IsTitle(b - 2) && title_first == t) {
      title_first = b - 2;
      t = b - 2;
      continue;
    }
    // An organization's name of its own is the employer's, not part of the title
    // ("Kingsway Rovers manager Danny Whitcombe" is a manager); words tagged with the
    // person's name are ("Energy Minister Fiona Baird" tagged as one).
    const NerTag tag = text_.Tag(b);
    const bool place = title_first == t && text_.IsCapitalized(b) && tag != NerTag::kO &&
                       TypeOf(tag) != EntityType::kPer &&
                       (TypeOf(tag) != EntityType::kOrg || b >= span_first);
    if (joins || place) {
      title_first = b;
      t = b;
      if (!place) continue;
      // The whole of a place's name: "New York Gov.", "Los Angeles County Sheriff", not "York
      // Gov." with "New" left a place of its own.
      while (title_first > sentence_start && Continues(text_.Tag(title_first))) --title_first;
      break;
    }
    if (title_first == t) title_first = TitleModifiers(t, sentence_start);
    // The organization's name right before the title and its modifiers ("Dunmore head coach").
    if (title_end != kNone && title_first > sentence_start) {
      std::uint32_t owner = title_first - 1;
      while (owner > sentence_start && text_.Tag(owner) == NerTag::kIOrg) --owner;
      if (text_.Tag(owner) == NerTag::kBOrg) m->title_owner_first = owner;
    }
    break;
  }
  if (title_first != kNone && title_end != kNone && title_end > title_first) {
    m->title = {title_first, title_end};
  }
}

std::uint32_t NameCollector::TitleBeforeField(std::uint32_t field_end, std::uint32_t sentence_start,
                                              std::uint32_t tagged_from) const {
  // (The field's last word right before the name: after a comma, the name is set off.)
  if (field_end <= sentence_start || !text_.IsCapitalized(field_end - 1)) return kNone;
  std::uint32_t first = field_end;
  // Up to four words of the field, "and", "&" and commas between them ("Trade and Integration").
  while (first > sentence_start && field_end - first < 4 &&
         (text_.IsAnyCaseOf(first - 1, {"and", "&", ","}) ||
          (text_.IsCapitalized(first - 1) &&
           (text_.Tag(first - 1) == NerTag::kO || first - 1 >= tagged_from) &&
           LookupTitleWord(text_.Text(first - 1)) == nullptr)))
    --first;
  while (first < field_end && !text_.IsCapitalized(first)) ++first;  // not from "and" or ","
  if (first == field_end || first < sentence_start + 2 ||
      !text_.IsAnyCaseOf(first - 1, {"of", "for"}))
    return kNone;
  // "Secretary of State for Political Affairs".
  if (first >= sentence_start + 4 && text_.Is(first - 2, "State") && text_.Is(first - 3, "of") &&
      text_.Is(first - 4, "Secretary"))
    return first - 4;
  return text_.IsTitle(first - 2) && text_.IsCapitalized(first - 2) ? first - 2 : kNone;
}

// The words that make a title of the title word at `title_first`, which follow no title word
// or place of their own: "Union leader", "the union leader", "Energy Minister". A capitalized
// title word takes capitalized words only ("Officials said Chancellor X" keeps "Chancellor").
// A word modifies the title when it is capitalized inside the sentence ("said Energy
// Minister"), or when the modifiers open a noun phrase (at the sentence's start, after a
// determiner, a preposition or a comma): a lower-case word after a verb belongs to the verb's
// clause ("booed union leader X" keeps "leader"). Returns the title's new first token.
std::uint32_t NameCollector::TitleModifiers(std::uint32_t title_first,
                                            std::uint32_t sentence_start) const {
  const bool capitalized_title = text_.IsCapitalized(title_first);
  auto modifier = [&](std::uint32_t t) {
    const std::string_view w = text_.Text(t);
    if (text_.Kind(t) != TokenKind::kWord || text_.Tag(t) != NerTag::kO || IsInvertedCue(w) ||
        (!text_.IsCapitalized(t) && capitalized_title) || ClassOfWord(w) != WordClass::kOther)
      return false;
    // A participle is a verb's ("booed union leader X"), but for a capitalized one inside the
    // sentence before a capitalized title, a field's ("Housing Minister") and those that make
    // titles ("managing director", "defending champion").
    // (Not at the sentence's start, where every word is capitalized: "Following President X".)
    const bool participle = w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing");
    return !participle || (text_.IsCapitalized(t) && t > sentence_start) || IsPortfolio(w) ||
           MakesTitle(text_, t);
  };
  std::uint32_t first = title_first;
  while (first > sentence_start && title_first - first < 2 && modifier(first - 1) &&
         !MakesTitle(text_, first))
    --first;
  // "Food and Fisheries Minister", "Economy, Trade and Industry Minister": fields listed over
  // "and" and commas (the first tagged or not: AddName makes no name of them).
  const auto field_at = [&](std::uint32_t t) {
    return text_.IsCapitalized(t) && IsPortfolio(text_.Text(t)) &&
           TypeOf(text_.Tag(t)) != EntityType::kPer;
  };
  if (first >= sentence_start + 2 && first < title_first && IsPortfolio(text_.Text(first)) &&
      text_.IsAnyCaseOf(first - 1, {"and", "&"}) && field_at(first - 2)) {
    first -= 2;
    while (first >= sentence_start + 2 && text_.Is(first - 1, ",") && field_at(first - 2))
      first -= 2;
  }
  // Capitalized words inside the sentence modify the title whatever stands before them.
  std::uint32_t capitalized = title_first;
  while (capitalized > first && capitalized - 1 > sentence_start &&
         text_.IsCapitalized(capitalized - 1))
    --capitalized;
  if (first == sentence_start) return first;
  const std::string_view before = text_.Text(first - 1);
  const WordClass c = ClassOfWord(before);
  // A closing mark ("“... mate,” race engineer Jules Fairbairn told him") and the name of the
  // organization the title is of ("Dunmore head coach") open it too.
  const bool opens_phrase =
      c == WordClass::kDeterminer || c == WordClass::kPreposition || c == WordClass::kConjunction ||
      before == "," || before == "(" || before == ":" || IsInvertedCue(before) ||
      text_.Kind(first - 1) == TokenKind::kContraction || text_.IsCloseMark(first - 1) ||
      before == "\"" ||
      (text_.Tag(first - 1) != NerTag::kO && TypeOf(text_.Tag(first - 1)) != EntityType::kPer);
  return opens_phrase || MakesTitle(text_, first) ? first : capitalized;
}

bool NameCollector::OpensFieldsOfTitle(std::uint32_t t, std::uint32_t sentence_end) const {
  // Fields set apart by commas, then "and" or "&" before the last.
  while (t + 2 < sentence_end && IsPortfolio(text_.Text(t)) && text_.IsCapitalized(t) &&
         text_.Is(t + 1, ","))
    t += 2;
  return t + 3 < sentence_end && IsPortfolio(text_.Text(t)) && text_.IsCapitalized(t) &&
         text_.IsAnyCaseOf(t + 1, {"and", "&"}) && IsPortfolio(text_.Text(t + 2)) &&
         text_.IsCapitalized(t + 3) && LookupTitleWord(text_.Text(t + 3)) != nullptr;
}

// The title in an appositive after a name: "David Okafor, the president of the transit union
// local," -> "president of the transit union local"; "X, a spokesman for Y," -> "spokesman for
// Y"; "X, the company's chief executive," -> "company's chief executive". Empty when there is
// none. `strict` is for a name the tagger did not take for a person's: the title must then
// be a role, its title words followed by "of", "for", "at" or the closing comma ("the bank's
// chief rival" is no title).
TokenRange NameCollector::AppositiveTitle(const NameMention& m, std::uint32_t sentence_end,
                                          bool strict, std::uint32_t* head_end,
                                          std::uint32_t* owner_first) const {
  // Past a short parenthesis after the name: "Sen. Harold Brennagh (R-Mont.), the committee's
  // chairman,".
  std::uint32_t comma = m.end;
  if (comma < sentence_end && text_.Text(comma) == "(") {
    constexpr std::uint32_t kLongestParenthesis = 6;  // tokens
    std::uint32_t close = comma + 1;
    while (close < sentence_end && close - comma <= kLongestParenthesis &&
           text_.Text(close) != ")" && text_.Text(close) != "(")
      ++close;
    if (close < sentence_end && text_.Text(close) == ")") comma = close + 1;
  }
  if (comma + 2 >= sentence_end || text_.Text(comma) != ",") return {};
  std::uint32_t t = comma + 1;
  // Past an age set off by commas ("Nurul Huda Zainal, 47, a school canteen operator").
  if (AgeSetOff(comma) && t + 3 < sentence_end) t += 2;
  // "the" or "a", or the possessive of the name's organization: "Tomasz Wielgosz, its general
  // counsel,".
  if (ClassOfWord(text_.Text(t)) == WordClass::kDeterminer ||
      text_.IsAnyCaseOf(t, {"its", "their"}))
    ++t;
  // "the company's", "the museum's": the possessor of the title. An organization's name is
  // not part of it ("the EU’s trade commissioner" is a trade commissioner), as before a name.
  std::uint32_t first = t, owner = kNone;
  bool organization = true;
  for (std::uint32_t k = t; k < sentence_end && k - t < 3; ++k) {
    if (text_.Kind(k) == TokenKind::kContraction) {
      if (k > t && (text_.Text(k) == "'s" || text_.Text(k) == "'")) {
        if (organization) {
          first = k + 1;
          owner = t;
        }
        t = k + 1;
      }
      break;
    }
    if (text_.Kind(k) != TokenKind::kWord) break;
    organization =
        organization && text_.Tag(k) != NerTag::kO && TypeOf(text_.Tag(k)) == EntityType::kOrg;
  }
  // A title word, or a person's role in small letters ("an analyst at ...", "the agent").
  const auto title_word = [&](std::uint32_t k) {
    if (const TitleWord* w = LookupTitleWordAnyCase(text_.Text(k))) return !w->honorific;
    return PersonsRoleInSmallLetters(k) != nullptr;
  };
  // Up to two words that modify the title: in lower case ("trade commissioner", "local
  // councillor") or a name ("UN special envoy").
  std::uint32_t head = t;
  while (head < sentence_end && head - t < 2 && TitleModifier(head) && !title_word(head)) ++head;
  // Past the title words, and a word that modifies the one after them ("chief nursing officer").
  std::uint32_t words = head;
  while (words < sentence_end) {
    if (title_word(words)) {
      ++words;
    } else if (words > head && words + 1 < sentence_end && TitleModifier(words) &&
               title_word(words + 1)) {
      words += 2;
    } else {
      break;
    }
  }
  if (words == head) return {};
  // "the island of Santa Verna, Commander Paola Denaro, a coastguard spokeswoman, said": a title
  // without an article and a person's name right after it are another person, not the name's
  // title ("the former Elmsgate defender" is one).
  if (t == comma + 1 && words < sentence_end && text_.Tag(words) != NerTag::kO &&
      TypeOf(text_.Tag(words)) == EntityType::kPer && text_.IsCapitalized(words))
    return {};
  // The appositive closes with a comma, or with the sentence ("said Kenji Varela, chief
  // economist at Hollen & Straub."); a relative clause in it is no part of the title ("an
  // economics professor who marched with the students"), nor a second appositive ("the trial’s
  // principal investigator and an infectious disease specialist").
  // So is a participle's clause right after the title words ("a software engineer trying to get
  // home").
  const auto ends_title = [&](std::uint32_t k) {
    return k >= words &&
           (text_.IsAnyCaseOf(k, {"who", "whose", "which", "that"}) ||
            (text_.IsAnyCase(k, "and") && text_.IsAnyCaseOf(k + 1, {"a", "an", "the"})) ||
            (k == words && text_.Kind(k) == TokenKind::kWord && !text_.IsCapitalized(k) &&
             text_.Text(k).size() > 5 && text_.Text(k).ends_with("ing") &&
             text_.Class(k) == WordClass::kOther));
  };
  // Up to 10 words; up to 14 where none is a person's name, a list's "and" or "or", "to" or an
  // auxiliary ("director of epidemic control at Nandara's Ministry of Public Health"; not "the
  // daughter of former President Bill Clinton and ...", "attorney for one of four groups to
  // file suit over the law", "... Donald Trump has been meeting").
  constexpr std::uint32_t kLongTitle = 10, kLongestTitle = 14;  // words; "Kessling-based" is one
  std::uint32_t end = t, words_read = 0;
  bool plain = true;  // no word above
  while (end < sentence_end && text_.Text(end) != "," && !text_.IsSentencePunct(end) &&
         !ends_title(end) && words_read < (plain ? kLongestTitle : kLongTitle)) {
    if (text_.JoinsParticiple(end)) {  // the hyphen and its participle: part of a word
      end += 2;
      continue;
    }
    plain = plain && (text_.Tag(end) == NerTag::kO || TypeOf(text_.Tag(end)) != EntityType::kPer) &&
            !text_.IsAnyCaseOf(end, {"and", "or", "to"}) &&
            text_.Class(end) != WordClass::kAuxiliary;
    ++end;
    ++words_read;
  }
  const auto closes = [&](std::uint32_t k) {
    return text_.Text(k) == "," || text_.IsSentencePunct(k) || ends_title(k);
  };
  if (end >= sentence_end) return {};
  if (!closes(end)) {
    // A longer appositive ("a senior adviser to the centrist Committee for a Responsible Federal
    // Budget,"): its title words alone are the title, where a comma or the sentence closes it.
    // (No person's name, no verb in it: "Speaking in Muscat, Foreign Minister Faisal bin Rashid
    // al-Qasmi said mediators had failed" is no appositive of Muscat.)
    constexpr std::uint32_t kLongestAppositive = 25;  // tokens
    std::uint32_t close = words;
    bool plain_rest = true;
    while (close < sentence_end && close - t < kLongestAppositive && !closes(close)) {
      plain_rest =
          plain_rest &&
          (text_.Tag(close) == NerTag::kO || TypeOf(text_.Tag(close)) != EntityType::kPer) &&
          text_.Class(close) != WordClass::kAuxiliary && !text_.IsCueForm(close);
      ++close;
    }
    if (close >= sentence_end || !closes(close) || !plain_rest || words >= end) return {};
    end = words;
  }
  if (strict && words != end && text_.Text(words) != "of" && text_.Text(words) != "for" &&
      text_.Text(words) != "at")
    return {};
  // "spokeswoman for the White House": the title words alone are a title too ("spokeswoman").
  if (head_end != nullptr && words < end) *head_end = words;
  if (owner_first != nullptr) *owner_first = owner;
  return {first, end};
}

const RoleNoun* NameCollector::PersonsRoleInSmallLetters(std::uint32_t t) const {
  if (text_.IsCapitalized(t)) return nullptr;
  const RoleNoun* role = LookupRoleNoun(text_.Text(t));
  return role != nullptr && role->kind == RoleKind::kPerson ? role : nullptr;
}

TokenRange NameCollector::LeadingAppositiveTitle(const NameMention& m, const Sentence& s,
                                                 std::uint32_t* head_end) const {
  // The name stands alone between commas, or ends the sentence, or a prepositional phrase
  // follows it ("Her attorney, Tobias Achterberg of the Civil Service Integrity Network,"); an
  // honorific or a nationality may open it ("Its chairman, Mr Quek Jun Hao,", "Her coach,
  // Italian Renzo Falconetti,").
  std::uint32_t opening = m.first;
  if (opening > s.first_token + 2 && text_.Text(opening - 2) == ",") {
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(opening - 1));
    const std::string_view word = text_.Text(opening - 1);
    if ((w != nullptr && w->honorific) ||
        (LooksLikePeoplesAdjective(word) && !IsKnownFirstName(word)))
      --opening;
  }
  if (opening < s.first_token + 2 || text_.Text(opening - 1) != ",") return {};
  if (m.end < s.end_token && text_.Kind(m.end) != TokenKind::kPunctuation &&
      !text_.IsAnyCaseOf(m.end, {"of", "from", "at"}))
    return {};
  const std::uint32_t end = opening - 1;  // the comma
  const auto title_word = [&](std::uint32_t t) {
    const TitleWord* w = LookupTitleWordAnyCase(text_.Text(t));
    const RoleNoun* role = w == nullptr ? PersonsRoleInSmallLetters(t) : nullptr;
    return w != nullptr ? !w->honorific : role != nullptr && !role->any_person;
  };
  // Title words, or a person's role in small letters ("Her lawyer, Farouk Mwinyi,"), "of" or
  // "for" and a field between them ("Uganda’s Minister of Finance, Henry Mugenyi,").
  std::uint32_t first = end;
  while (first > s.first_token && end - first < 5) {
    if (end - first < 3 && title_word(first - 1)) {
      --first;
    } else if (first - 1 > s.first_token + 1 && first < end &&
               text_.IsAnyCaseOf(first - 1, {"of", "for"}) && text_.IsCapitalized(first) &&
               text_.IsTitle(first - 2)) {
      first -= 2;
    } else {
      break;
    }
  }
  // Or the title words before a prepositional phrase that ends in a name: "A spokesman for the
  // National Renewal Party, Esteban Mareko," (not "A spokesman for the family of the victim,
  // Grace Akinyi,", who may be the victim).
  if (first == end && text_.IsCapitalized(end - 1)) {
    constexpr std::uint32_t kLongestPhrase = 8;  // tokens after the title words
    for (std::uint32_t p = end - 1; p > s.first_token + 1 && end - p <= kLongestPhrase; --p) {
      if (text_.Kind(p) == TokenKind::kPunctuation) break;
      if (!text_.IsAnyCaseOf(p, {"for", "of", "at", "with"}) || !title_word(p - 1)) continue;
      first = p - 1;
      while (first > s.first_token && p - first < 3 && title_word(first - 1)) --first;
      if (head_end != nullptr) *head_end = p;
      break;
    }
  }
  if (first == end) return {};
  // Up to two words that modify it, then a determiner, a possessor or the sentence's start: no
  // other phrase runs into it. As after the name, a name's possessive is not part of the title
  // ("Keltria’s foreign minister"), a noun's is ("the company’s finance chief"); a pronoun's is
  // not ("Its general secretary").
  for (int words = 0; words < 2 && first > s.first_token && TitleModifier(first - 1); ++words)
    --first;
  if (first == s.first_token) return {first, end};
  const std::uint32_t before = first - 1;
  if (ClassOfWord(text_.Text(before)) == WordClass::kDeterminer ||
      text_.IsAnyCaseOf(before, {"his", "her", "its", "their", "our"})) {
    return {first, end};
  }
  const bool possessive = text_.Kind(before) == TokenKind::kContraction &&
                          (text_.Text(before) == "'s" || text_.Text(before) == "'");
  if (!possessive || before == s.first_token) return {};
  const std::uint32_t owner = before - 1;
  if (text_.Tag(owner) != NerTag::kO) return {first, end};
  const bool opens =
      owner == s.first_token || ClassOfWord(text_.Text(owner - 1)) == WordClass::kDeterminer;
  return text_.Kind(owner) == TokenKind::kWord && !text_.IsCapitalized(owner) && opens
             ? TokenRange{owner, end}
             : TokenRange{};
}

bool NameCollector::TitleModifier(std::uint32_t t) const {
  if (text_.Kind(t) != TokenKind::kWord || LookupTitleWordAnyCase(text_.Text(t)) != nullptr)
    return false;
  if (text_.IsCapitalized(t)) {
    // "Asia-Pacific president": a region of two capitalized parts, which the tagger leaves out.
    const std::string_view w = text_.Text(t);
    const std::size_t hyphen = w.find('-');
    if (text_.Tag(t) == NerTag::kO && hyphen != std::string_view::npos && hyphen + 1 < w.size() &&
        w[hyphen + 1] >= 'A' && w[hyphen + 1] <= 'Z')
      return true;
    return text_.Tag(t) != NerTag::kO && TypeOf(text_.Tag(t)) != EntityType::kPer;
  }
  return ClassOfWord(text_.Text(t)) == WordClass::kOther;
}

// A name the tagger did not take for a person's that an appositive title shows to be one:
// "Abba Tijani, the director general of ...,". Names with a word of organizations' names
// ("Acme Corp") are not people's, nor is one word the tagger took for a place's after "of",
// "in" or "from", whose appositive is the person's before it ("Debbie Wasserman Schultz of
// Florida, the national party chairwoman,"), or after its city, or that the appositive ranks
// among producers or economies, as news describes countries ("Chile, the world's largest copper
// producer,"; "Washington, the team's starting quarterback," is a person).
bool NameCollector::TitledLikePerson(const NameMention& m, std::uint32_t sentence_end) const {
  if (m.type == EntityType::kLoc && Words(m) == 1) {
    if (m.first > 0 && text_.IsAnyCaseOf(m.first - 1, {"of", "in", "from", "near"})) return false;
    // A state after its city and a comma: "a Hollywood, Fla., rabbi", "the Sharon, Connecticut,
    // home of ...".
    if (m.first > 1 && text_.IsPunct(m.first - 1, ",") && text_.Tag(m.first - 2) != NerTag::kO &&
        TypeOf(text_.Tag(m.first - 2)) == EntityType::kLoc)
      return false;
    constexpr std::uint32_t kLongestRank =
        8;  // tokens: "the world's second-largest copper producer"
    for (std::uint32_t t = m.end + 1; t < sentence_end && t - m.end <= kLongestRank; ++t) {
      if (text_.IsPunct(t, ",")) break;
      const std::string_view w = text_.Text(t);
      if (w.ends_with("largest") || w.ends_with("biggest") ||
          text_.IsAnyCaseOf(t, {"producer", "exporter", "importer", "consumer", "economy"}))
        return false;
    }
  }
  for (std::uint32_t t = m.first; t < m.end; ++t)
    if (!text_.IsCapitalized(t) || IsOrganizationWord(text_.Text(t))) return false;
  return !AppositiveTitle(m, sentence_end, /*strict=*/true).empty();
}

// A name the tagger took for a place's or an organization's that reads as a person's: a
// known first name and capitalized words that end no organization's name, described in an
// appositive as someone somewhere ("Sofia Berg, a paediatrician at ...": "Sofia" is also a
// city). The description is a lower-case word or two after "a" or "an", then "at", "for",
// "with" or "who"; a place is "a town on", "a city in".
bool NameCollector::DescribedLikePerson(const NameMention& m, std::uint32_t sentence_end) const {
  if (Words(m) < 2 || !IsKnownFirstName(text_.Text(m.first))) return false;
  for (std::uint32_t t = m.first; t < m.end; ++t)
    if (!text_.IsCapitalized(t) || IsOrganizationWord(text_.Text(t)) ||
        LookupTitleWord(text_.Text(t)) != nullptr)
      return false;
  std::uint32_t t = m.end;
  if (t + 3 >= sentence_end || text_.Text(t) != "," ||
      (AsciiLower(text_.Text(t + 1)) != "a" && AsciiLower(text_.Text(t + 1)) != "an"))
    return false;
  t += 2;
  const std::uint32_t description = t;
  while (t < sentence_end && t - description < 2 && text_.Kind(t) == TokenKind::kWord &&
         !text_.IsCapitalized(t) && ClassOfWord(text_.Text(t)) == WordClass::kOther)
    ++t;
  if (t == description || t >= sentence_end) return false;
  const std::string_view link = text_.Text(t);
  return link == "at" || link == "for" || link == "with" || link == "who";
}

bool NameCollector::RoleBeforeLikePerson(const NameMention& m, const Sentence& s) const {
  if (Words(m) < 2 || m.first <= s.first_token || text_.IsCapitalized(m.first - 1) ||
      text_.Kind(m.first - 1) != TokenKind::kWord ||
      LookupPersonsRole(text_.Text(m.first - 1)) == nullptr)
    return false;
  for (std::uint32_t t = m.first; t < m.end; ++t)
    if (!text_.IsCapitalized(t) || IsOrganizationWord(text_.Text(t)) ||
        LookupTitleWord(text_.Text(t)) != nullptr)
      return false;
  return true;
}

bool NameCollector::DescribedLikeOrganization(const NameMention& m,
                                              std::uint32_t sentence_end) const {
  // An honorific's name after a preposition is a person's: "According to Mr Umeadi, the
  // tribunal erred" holds no appositive ("Mr Cooper, the mortgage company, said" may).
  const auto honorific = [&](std::uint32_t k) {
    const TitleWord* w = LookupTitleWord(text_.Text(k));
    return w != nullptr && w->honorific;
  };
  const std::uint32_t opening = honorific(m.first)                      ? m.first
                                : m.first > 0 && honorific(m.first - 1) ? m.first - 1
                                                                        : kNone;
  if (opening != kNone && opening > 0 &&
      ClassOfWord(text_.Text(opening - 1)) == WordClass::kPreposition)
    return false;
  std::uint32_t t = m.end;
  if (t + 3 >= sentence_end || text_.Text(t) != ",") return false;
  ++t;
  // "one of the ... companies": a plural after "one of".
  const bool one_of = text_.IsAnyCase(t, "one") && text_.IsAnyCase(t + 1, "of");
  if (one_of) t += 2;
  if (!text_.IsAnyCaseOf(t, {"a", "an", "the"})) return false;
  // The appositive's last word before its end (a comma, the sentence's, a relative clause, a
  // participle), in at most eight words: its head noun.
  const auto ends_phrase = [&](std::uint32_t k) {
    if (text_.Text(k) == "," || text_.IsSentencePunct(k) ||
        text_.IsAnyCaseOf(k, {"based", "that", "which", "who"}))
      return true;
    const WordClass c = text_.Class(k);
    return c == WordClass::kPreposition || c == WordClass::kSubordinator ||
           c == WordClass::kConjunction || c == WordClass::kAuxiliary || c == WordClass::kVerb ||
           (k > t + 1 && !text_.IsCapitalized(k) && text_.Text(k).ends_with("ed"));
  };
  std::uint32_t head = 0, k = t + 1;
  for (; k < sentence_end && k - t <= 8 && !ends_phrase(k); ++k) {
    if (text_.Class(k) == WordClass::kPronoun || text_.IsCueForm(k)) return false;
    if (text_.Kind(k) == TokenKind::kWord && !text_.IsCapitalized(k)) head = k;
  }
  // The appositive ends as one does: a comma, the sentence, a relative clause, a participle;
  // not a verb ("in Baltimore, the secretary said her department had ...").
  if (head == 0 || k >= sentence_end ||
      !(text_.Text(k) == "," || text_.IsSentencePunct(k) ||
        text_.IsAnyCaseOf(k, {"that", "which", "who", "based"}) ||
        (!text_.IsCapitalized(k) && text_.Text(k).ends_with("ed"))))
    return false;
  std::string word(text_.Text(head));
  if (one_of) {
    if (word.ends_with("ies")) {
      word = word.substr(0, word.size() - 3) + "y";
    } else if (word.ends_with("s")) {
      word.pop_back();
    }
  }
  const RoleNoun* role = LookupRoleNoun(word);
  return role != nullptr && role->kind == RoleKind::kOrganization;
}

bool NameCollector::TitledBeforeLikePerson(const NameMention& m, const Sentence& s) const {
  // A title word (not a role in small letters: "Its parent, Alphabet,") ends the appositive.
  if (m.first < s.first_token + 2 || text_.Text(m.first - 1) != ",") return false;
  const TitleWord* w = LookupTitleWordAnyCase(text_.Text(m.first - 2));
  return w != nullptr && !w->honorific && !LeadingAppositiveTitle(m, s).empty();
}

bool NameCollector::TreatedAsNoPerson(const NameMention& m, const Sentence& s) const {
  const std::uint32_t sentence_end = s.end_token;
  if (m.end + 1 >= sentence_end) return false;
  // "Brightwell, which raised $120 million", "The Bazaar Vyapari Sangh, which represents": a
  // person is "who". A longer name only without a first name: "the deal with Jane Doe, which
  // was agreed" is the deal's "which".
  if (text_.Text(m.end) == "," && text_.IsAnyCase(m.end + 1, "which") &&
      (Words(m) == 1 || !IsKnownFirstName(text_.Text(m.first))))
    return true;
  if (Words(m) != 1) return false;
  // "Brightwell CEO Oskar Valtonen": a company's officer before the officer's name.
  for (std::string_view officer :
       {"CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Founder", "Co-founder"})
    if (text_.Text(m.end) == officer) return text_.IsCapitalized(m.end + 1);
  return false;
}

}  // namespace newslens::entities
