// Entity linking (see entity_linker.h).
#include "entities/entity_linker.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "data/embedded.h"
#include "lexicon/titles.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"
#include "text/word_classes.h"
#include "text/word_map.h"

namespace newslens {
namespace {

bool IsOrganizationWord(std::string_view word) {
  static const auto* table = [] {
    auto* set = new WordMap<bool>();
    for (const LexiconRow& row :
         ParseLexicon(EmbeddedText(data::org_words_txt, data::org_words_txt_size))) {
      set->Insert(row[0], true);
    }
    return set;
  }();
  return table->Contains(word);
}

EntityType TypeOf(NerTag tag) {
  switch (tag) {
    case NerTag::kBPer:
    case NerTag::kIPer:
      return EntityType::kPer;
    case NerTag::kBOrg:
    case NerTag::kIOrg:
      return EntityType::kOrg;
    case NerTag::kBLoc:
    case NerTag::kILoc:
      return EntityType::kLoc;
    default:
      return EntityType::kMisc;
  }
}

bool Begins(NerTag tag) {
  return tag == NerTag::kBPer || tag == NerTag::kBOrg || tag == NerTag::kBLoc ||
         tag == NerTag::kBMisc;
}

// Tokens [first, end) of the segmentation; empty when end <= first.
struct TokenRange {
  std::uint32_t first = 0, end = 0;
  bool empty() const { return end <= first; }
};

// A name as the tagger found it, titles split off. One per name of the text, so it holds the
// title as tokens, not as a string: on a text of nothing but names these are the largest
// working data of the stage.
struct NameMention {
  std::uint32_t first, end;  // tokens of the name
  EntityType type;
  Gender gender = Gender::kUnknown;  // from an honorific or a gendered title
  bool votes = true;                 // whether its type counts towards its entity's
  TokenRange title = {};             // "Russian President"; the text is Decoded() at the end
  int entity = -1;
};

class EntityLinker {
 public:
  EntityLinker(const AnalyzedText& at, const std::vector<NerTag>& tags)
      : at_(at), seg_(at.segmentation), tags_(tags) {}

  LinkedEntities Run() {
    CollectNames();
    GroupPeople();
    GroupOthers();
    LinkedEntities result;
    BuildEntities(&result);
    // The names are in the entities now; on a long input of names their working copies are
    // the largest thing alive, so they go before the mentions are sorted.
    names_ = decltype(names_)();  // `= {}` would keep the storage
    groups_ = decltype(groups_)();
    surnames_ = decltype(surnames_)();
    first_names_ = decltype(first_names_)();
    LinkPronouns(&result);
    Finish(&result);
    return result;
  }

 private:
  std::string_view Text(std::uint32_t t) const { return at_.TokenText(seg_.tokens[t]); }
  bool IsCapitalized(std::uint32_t t) const { return chars::StartsUpper(Text(t)); }
  bool IsTitle(std::uint32_t t) const {
    const TitleWord* w = LookupTitleWord(Text(t));
    return w != nullptr && !w->honorific;
  }
  std::string Decoded(std::uint32_t first, std::uint32_t end) const {
    return at_.DecodedTextOf({seg_.tokens[first].span.start, seg_.tokens[end - 1].span.end});
  }

  // Titles inside the tagged span ("President Donald Trump" tagged as one name) and before it
  // ("US President Donald Trump"); honorifics give a gender ("Mr. Putin").
  void SplitTitles(NameMention* m, std::uint32_t sentence_start) const {
    std::uint32_t title_first = kNone, title_end = kNone;
    const std::uint32_t span_first = m->first;  // as tagged, title words and all
    // Inside: everything up to the last title word or honorific before the last token.
    std::uint32_t cut = m->first;
    for (std::uint32_t t = m->first; t + 1 < m->end; ++t) {
      const TitleWord* w = LookupTitleWord(Text(t));
      if (w == nullptr) continue;
      if (w->gender != Gender::kUnknown) m->gender = w->gender;
      cut = t + 1;
      if (!w->honorific) {
        if (title_first == kNone) title_first = m->first;
        title_end = t + 1;
      }
    }
    if (cut > m->first) m->first = cut;
    // Before: title words, "of" between them, and a place or nationality just before one.
    std::uint32_t t = m->first;
    while (t > sentence_start) {
      const std::uint32_t b = t - 1;
      // "former president Barack Obama", "Belarusian leader Alexander Lukashenko".
      const TitleWord* w = LookupTitleWordAnyCase(Text(b));
      if (w != nullptr) {
        if (w->gender != Gender::kUnknown) m->gender = w->gender;
        if (w->honorific) {  // "Mr." before a title is unusual; stop at it
          break;
        }
        if (title_end == kNone) title_end = t;
        title_first = b;
        t = b;
        continue;
      }
      const bool joins =
          Text(b) == "of" && b > sentence_start && IsTitle(b - 1) && title_first == t;
      // An organization's name of its own is the employer's, not part of the title
      // ("Kingsway Rovers manager Danny Whitcombe" is a manager); words tagged with the
      // person's name are ("Energy Minister Fiona Baird" tagged as one).
      const bool place = title_first == t && IsCapitalized(b) && tags_[b] != NerTag::kO &&
                         TypeOf(tags_[b]) != EntityType::kPer &&
                         (TypeOf(tags_[b]) != EntityType::kOrg || b >= span_first);
      if (joins || place) {
        title_first = b;
        t = b;
        if (place) break;
        continue;
      }
      if (title_first == t) title_first = TitleModifiers(t, sentence_start);
      break;
    }
    if (title_first != kNone && title_end != kNone && title_end > title_first) {
      m->title = {title_first, title_end};
    }
  }

  // The words that make a title of the title word at `title_first`, which follow no title word
  // or place of their own: "Union leader", "the union leader", "Energy Minister". A capitalized
  // title word takes capitalized words only ("Officials said Chancellor X" keeps "Chancellor").
  // A word modifies the title when it is capitalized inside the sentence ("said Energy
  // Minister"), or when the modifiers open a noun phrase (at the sentence's start, after a
  // determiner, a preposition or a comma): a lower-case word after a verb belongs to the verb's
  // clause ("booed union leader X" keeps "leader"). Returns the title's new first token.
  std::uint32_t TitleModifiers(std::uint32_t title_first, std::uint32_t sentence_start) const {
    const bool capitalized_title = IsCapitalized(title_first);
    auto modifier = [&](std::uint32_t t) {
      return seg_.tokens[t].kind == TokenKind::kWord && tags_[t] == NerTag::kO &&
             !IsInvertedCue(Text(t)) && (IsCapitalized(t) || !capitalized_title) &&
             ClassOfWord(Text(t)) == WordClass::kOther && !Text(t).ends_with("ly") &&
             !Text(t).ends_with("ed") && !Text(t).ends_with("ing");
    };
    std::uint32_t first = title_first;
    while (first > sentence_start && title_first - first < 2 && modifier(first - 1)) --first;
    // Capitalized words inside the sentence modify the title whatever stands before them.
    std::uint32_t capitalized = title_first;
    while (capitalized > first && capitalized - 1 > sentence_start &&
           IsCapitalized(capitalized - 1))
      --capitalized;
    if (first == sentence_start) return first;
    const std::string_view before = Text(first - 1);
    const WordClass c = ClassOfWord(before);
    const bool opens_phrase = c == WordClass::kDeterminer || c == WordClass::kPreposition ||
                              c == WordClass::kConjunction || before == "," || before == "(" ||
                              before == ":" || IsInvertedCue(before) ||
                              seg_.tokens[first - 1].kind == TokenKind::kContraction;
    return opens_phrase ? first : capitalized;
  }

  // The verbs of an inverted attribution ("..., said lead author Maria Quint"), after which the
  // speaker's noun phrase, title and all, begins.
  static bool IsInvertedCue(std::string_view w) {
    static constexpr std::string_view kCues[] = {"said", "says",  "added",
                                                 "adds", "wrote", "writes"};
    for (std::string_view cue : kCues)
      if (w == cue) return true;
    return false;
  }

  // The title in an appositive after a name: "David Okafor, the president of the transit union
  // local," -> "president of the transit union local"; "X, a spokesman for Y," -> "spokesman for
  // Y"; "X, the company's chief executive," -> "company's chief executive". Empty when there is
  // none. `strict` is for a name the tagger did not take for a person's: the title must then
  // be a role, its title words followed by "of", "for", "at" or the closing comma ("the bank's
  // chief rival" is no title).
  TokenRange AppositiveTitle(const NameMention& m, std::uint32_t sentence_end, bool strict) const {
    if (m.end + 2 >= sentence_end || Text(m.end) != ",") return {};
    std::uint32_t t = m.end + 1;
    if (ClassOfWord(Text(t)) == WordClass::kDeterminer) ++t;
    // "the company's", "the museum's": the possessor of the title. An organization's name is
    // not part of it ("the EU’s trade commissioner" is a trade commissioner), as before a name.
    std::uint32_t first = t;
    bool organization = true;
    for (std::uint32_t k = t; k < sentence_end && k - t < 3; ++k) {
      if (seg_.tokens[k].kind == TokenKind::kContraction) {
        if (k > t && (Text(k) == "'s" || Text(k) == "'")) {
          if (organization) first = k + 1;
          t = k + 1;
        }
        break;
      }
      if (seg_.tokens[k].kind != TokenKind::kWord) break;
      organization = organization && tags_[k] != NerTag::kO && TypeOf(tags_[k]) == EntityType::kOrg;
    }
    // Up to two lower-case words that modify the title ("trade commissioner", "local
    // councillor").
    std::uint32_t head = t;
    while (head < sentence_end && head - t < 2 && seg_.tokens[head].kind == TokenKind::kWord &&
           !IsCapitalized(head) && ClassOfWord(Text(head)) == WordClass::kOther &&
           LookupTitleWordAnyCase(Text(head)) == nullptr)
      ++head;
    std::uint32_t words = head;  // past the title words
    while (words < sentence_end && LookupTitleWordAnyCase(Text(words)) != nullptr &&
           !LookupTitleWordAnyCase(Text(words))->honorific)
      ++words;
    if (words == head) return {};
    std::uint32_t end = t;
    while (end < sentence_end && Text(end) != "," && end - t < 10) ++end;
    if (end >= sentence_end || Text(end) != ",") return {};
    if (strict && words != end && Text(words) != "of" && Text(words) != "for" &&
        Text(words) != "at")
      return {};
    return {first, end};
  }

  // A name the tagger did not take for a person's that an appositive title shows to be one:
  // "Abba Tijani, the director general of ...,". Names with a word of organizations' names
  // ("Acme Corp") are not people's.
  bool TitledLikePerson(const NameMention& m, std::uint32_t sentence_end) const {
    for (std::uint32_t t = m.first; t < m.end; ++t)
      if (!IsCapitalized(t) || IsOrganizationWord(Text(t))) return false;
    return !AppositiveTitle(m, sentence_end, /*strict=*/true).empty();
  }

  // A name the tagger took for a place's or an organization's that reads as a person's: a
  // known first name and capitalized words that end no organization's name, described in an
  // appositive as someone somewhere ("Sofia Berg, a paediatrician at ...": "Sofia" is also a
  // city). The description is a lower-case word or two after "a" or "an", then "at", "for",
  // "with" or "who"; a place is "a town on", "a city in".
  bool DescribedLikePerson(const NameMention& m, std::uint32_t sentence_end) const {
    if (Words(m) < 2 || FirstNameGender(Text(m.first)) == Gender::kUnknown) return false;
    for (std::uint32_t t = m.first; t < m.end; ++t)
      if (!IsCapitalized(t) || IsOrganizationWord(Text(t)) || LookupTitleWord(Text(t)) != nullptr)
        return false;
    std::uint32_t t = m.end;
    if (t + 3 >= sentence_end || Text(t) != "," ||
        (AsciiLower(Text(t + 1)) != "a" && AsciiLower(Text(t + 1)) != "an"))
      return false;
    t += 2;
    const std::uint32_t description = t;
    while (t < sentence_end && t - description < 2 && seg_.tokens[t].kind == TokenKind::kWord &&
           !IsCapitalized(t) && ClassOfWord(Text(t)) == WordClass::kOther)
      ++t;
    if (t == description || t >= sentence_end) return false;
    const std::string_view link = Text(t);
    return link == "at" || link == "for" || link == "with" || link == "who";
  }

  void CollectNames() {
    for (const Paragraph& p : seg_.paragraphs) {
      // A dateline ("MANCHESTER —", "BRUSSELS (Harbor Wire) —") names where the story was
      // filed: its names are places, but for the agency in parentheses. The tagger, seeing a
      // word in capitals and no sentence around it, often calls the place an organization.
      const bool dateline = p.role == ParagraphRole::kDateline;
      const bool headline = p.role == ParagraphRole::kHeadline;
      for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
        const Sentence& s = seg_.sentences[si];
        int parentheses = 0;
        for (std::uint32_t t = s.first_token; t < s.end_token;) {
          if (!Begins(tags_[t])) {
            if (Text(t) == "(") ++parentheses;
            if (Text(t) == ")" && parentheses > 0) --parentheses;
            ++t;
            continue;
          }
          EntityType type = TypeOf(tags_[t]);
          std::uint32_t end = t + 1;
          while (end < s.end_token && !Begins(tags_[end]) && tags_[end] != NerTag::kO) ++end;
          if (end == t + 1 && IsNameAbbreviation(Text(t))) {
            end = EndOfAbbreviatedName(end, s.end_token, &type);
          } else if (t > s.first_token && tags_[t - 1] == NerTag::kO &&
                     IsNameAbbreviation(Text(t - 1))) {
            --t;  // "St." left out of "St. Louis"
          }
          // "Getty Images", "Acme Corp.": a name followed by a word that ends organization
          // names.
          if (end < s.end_token && tags_[end] == NerTag::kO && IsOrganizationWord(Text(end))) {
            ++end;
            type = EntityType::kOrg;
          }
          if (dateline && parentheses == 0) type = EntityType::kLoc;
          if (dateline && parentheses > 0) {
            // The agency: everything capitalized between the parentheses ("(Coastline Wire)"
            // tagged as "Wire").
            std::uint32_t first = t, last = end;
            while (first > s.first_token && IsUntaggedCapitalized(first - 1)) --first;
            while (last < s.end_token && IsUntaggedCapitalized(last)) ++last;
            if (first > s.first_token && Text(first - 1) == "(" && last < s.end_token &&
                Text(last) == ")") {
              t = first;
              end = last;
              type = EntityType::kOrg;
            }
          }
          if (type == EntityType::kPer && end == t + 1 && !headline &&
              IsMissedFirstName(t, s.first_token))
            --t;
          SplitSpan(t, end, type, s);
          t = end;
        }
      }
    }
    AddAcronyms();
    AddShortOrganizationNames();
    AddSurnames();
  }

  // Whether the text writes any of `words` in lower case somewhere; returns those it does.
  std::unordered_set<std::string_view> WrittenInLowerCase(
      const std::vector<std::string>& words) const {
    const std::unordered_set<std::string_view> candidates(words.begin(), words.end());
    // Nearly every word of the text is none of the candidates: its first byte or its length
    // rules it out before it is hashed.
    constexpr std::size_t kLongest = 63;  // longer words share the last length bit
    std::bitset<256> first_bytes;
    std::bitset<kLongest + 1> lengths;
    for (const std::string& w : words) {
      if (w.empty()) continue;
      first_bytes.set(static_cast<unsigned char>(w[0]));
      lengths.set(std::min(w.size(), kLongest));
    }
    std::unordered_set<std::string_view> lower_case;
    for (std::uint32_t t = 0; t < seg_.tokens.size(); ++t) {
      if (seg_.tokens[t].kind != TokenKind::kWord) continue;
      const std::string_view word = Text(t);
      if (!first_bytes.test(static_cast<unsigned char>(word[0])) ||
          !lengths.test(std::min(word.size(), kLongest)))
        continue;
      if (!IsCapitalized(t) && candidates.contains(word)) lower_case.insert(word);
    }
    return lower_case;
  }

  // A surname alone the tagger left untagged ("...,” Whitcombe said." after "Danny Whitcombe"):
  // the last word of a person's full name, capitalized, standing alone (no capitalized word
  // beside it, which would make another name), that the text never writes in lower case
  // ("Young", "young"). GroupPeople() links it to the person.
  void AddSurnames() {
    std::unordered_set<std::string_view> surnames;
    for (const NameMention& m : names_)
      if (m.type == EntityType::kPer && Words(m) >= 2 && !AllCaps(m.end - 1) &&
          ClassOfWord(Text(m.end - 1)) == WordClass::kOther &&
          LookupTitleWordAnyCase(Text(m.end - 1)) == nullptr)
        surnames.insert(Text(m.end - 1));
    if (surnames.empty()) return;
    std::vector<std::string> lowered;
    lowered.reserve(surnames.size());
    for (std::string_view w : surnames) lowered.push_back(AsciiLower(w));
    const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(lowered);
    std::vector<bool> named(seg_.tokens.size(), false);
    for (const NameMention& m : names_)
      for (std::uint32_t k = m.first; k < m.end; ++k) named[k] = true;
    const std::size_t tagged = names_.size();
    const auto capitalized_word = [&](std::uint32_t t) {
      return t < seg_.tokens.size() && seg_.tokens[t].kind == TokenKind::kWord && IsCapitalized(t);
    };
    std::bitset<256> first_bytes;  // of the surnames: most words are ruled out before hashing
    for (std::string_view w : surnames) first_bytes.set(static_cast<unsigned char>(w[0]));
    for (std::uint32_t t = 0; t < seg_.tokens.size(); ++t) {
      if (named[t] || !first_bytes.test(static_cast<unsigned char>(Text(t)[0])) ||
          !surnames.contains(Text(t)) || (t > 0 && capitalized_word(t - 1)) ||
          capitalized_word(t + 1) || lower_case.contains(AsciiLower(Text(t))))
        continue;
      names_.push_back({t, t + 1, EntityType::kPer});
    }
    if (names_.size() == tagged) return;
    std::sort(names_.begin(), names_.end(),
              [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
  }

  // Whether the word before the one-word person's name at `name` is the first name the tagger
  // left out ("Mair Lloyd" tagged as "Lloyd"): a first name the statistics know, or, inside a
  // sentence (where a capital marks a name), any capitalized word that is no function word,
  // title, day or month. Headlines capitalize every word and are not asked.
  bool IsMissedFirstName(std::uint32_t name, std::uint32_t sentence_start) const {
    if (name == sentence_start) return false;
    const std::uint32_t t = name - 1;
    if (tags_[t] != NerTag::kO || seg_.tokens[t].kind != TokenKind::kWord || !IsCapitalized(t) ||
        AllCaps(t) || ClassOfWord(Text(t)) != WordClass::kOther ||
        LookupTitleWordAnyCase(Text(t)) != nullptr || IsOrganizationWord(Text(t)))
      return false;
    if (FirstNameGender(Text(t)) != Gender::kUnknown) return true;
    // A capital after an opening quotation mark may only open the quoted sentence.
    return t > sentence_start && Text(t - 1) != "\u201C" && Text(t - 1) != "\u2018";
  }

  bool IsUntaggedCapitalized(std::uint32_t t) const {
    return tags_[t] == NerTag::kO && seg_.tokens[t].kind == TokenKind::kWord && IsCapitalized(t);
  }

  // Abbreviations that open names of saints and places ("St. Mary’s Hospital", "Mt. Vernon"),
  // whose full stop the tagger takes for the end of a name.
  static bool IsNameAbbreviation(std::string_view w) {
    static constexpr std::string_view kAbbreviations[] = {"St.", "Ste.", "Mt.", "Ft."};
    for (std::string_view a : kAbbreviations)
      if (w == a) return true;
    return false;
  }

  // The end of a name that opens with an abbreviation tagged alone, `after` being the token
  // after it: the capitalized words the tagger left untagged and the name it tagged right after
  // them, whose type the whole takes ("St. Halvard Children’s Hospital" tagged as "St." and
  // "Children’s Hospital").
  std::uint32_t EndOfAbbreviatedName(std::uint32_t after, std::uint32_t sentence_end,
                                     EntityType* type) const {
    std::uint32_t end = after;
    while (end < sentence_end && IsUntaggedCapitalized(end)) ++end;
    if (end < sentence_end && Begins(tags_[end])) {
      *type = TypeOf(tags_[end]);
      ++end;
      while (end < sentence_end && !Begins(tags_[end]) && tags_[end] != NerTag::kO) ++end;
    }
    return end;
  }

  static bool IsNameParticle(std::string_view w) {
    static constexpr std::string_view kParticles[] = {
        "de", "da", "del", "della", "di",  "du", "van", "von", "der", "den", "bin", "bint",
        "al", "el", "la",  "le",    "ibn", "y",  "dos", "das", "do",  "ter", "ten"};
    for (std::string_view p : kParticles)
      if (w == p) return true;
    return false;
  }

  bool IsQuoteMark(std::uint32_t t) const {
    const std::string_view w = Text(t);
    return w == "\u201C" || w == "\u201D" || w == "\u2018" || w == "\u2019";
  }

  // The names in a tagged span: quotation marks and what they enclose end a name (Jake “The
  // Hammer” Wilson); in a person's name a lower-case word other than a particle (de, van, bin)
  // separates two names ("Helen Carter met Kwame Mensah").
  void SplitSpan(std::uint32_t first, std::uint32_t end, EntityType type, const Sentence& s) {
    const bool person = type == EntityType::kPer || HasTitledName(first, end);
    std::uint32_t piece = first;
    bool quoted = false;
    for (std::uint32_t t = first; t <= end; ++t) {
      const bool mark = t < end && IsQuoteMark(t);
      const bool breaks = t == end || mark || quoted ||
                          (person && seg_.tokens[t].kind == TokenKind::kWord && !IsCapitalized(t) &&
                           !IsNameParticle(Text(t)) && LookupTitleWordAnyCase(Text(t)) == nullptr);
      if (mark) quoted = !quoted && (Text(t) == "\u201C" || Text(t) == "\u2018");
      if (!breaks) continue;
      if (t > piece) AddName(piece, t, type, s);
      piece = t + 1;
    }
  }

  // A title inside a name of any type ("Russian President Vladimir Putin" tagged as one MISC):
  // a title word followed by a first and a last name, capitalized ("State Department" and
  // "General Electric" are no such thing).
  bool HasTitledName(std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t t = first; t + 2 < end; ++t) {
      if (LookupTitleWord(Text(t)) == nullptr) continue;
      bool names = true;
      for (std::uint32_t k = t + 1; k < end; ++k)
        names = names && IsCapitalized(k) && LookupTitleWord(Text(k)) == nullptr;
      if (names) return true;
    }
    return false;
  }

  void AddName(std::uint32_t first, std::uint32_t end, EntityType type, const Sentence& s) {
    // A name has letters: the tagger sometimes marks a full stop.
    bool letters = false;
    for (std::uint32_t t = first; t < end && !letters; ++t) {
      const std::string_view w = Text(t);
      for (std::size_t i = 0; i < w.size() && !letters;) {
        const utf8::Decoded d = utf8::DecodeAt(w, i);
        letters = chars::IsLetter(d.code_point);
        i += d.length;
      }
    }
    if (!letters) return;
    NameMention m{first, end, type};
    if (type != EntityType::kPer &&
        (HasTitledName(first, end) || TitledLikePerson(m, s.end_token) ||
         DescribedLikePerson(m, s.end_token)))
      m.type = EntityType::kPer;
    if (m.type == EntityType::kPer) {
      SplitTitles(&m, s.first_token);
      if (m.title.empty()) m.title = AppositiveTitle(m, s.end_token, /*strict=*/false);
    }
    // A possessive is not part of the name: "Trump 's".
    while (m.end > m.first && seg_.tokens[m.end - 1].kind == TokenKind::kContraction) --m.end;
    if (m.end <= m.first) return;
    // Titles alone ("Gov." tagged as a name) name nobody.
    bool titles_only = true;
    for (std::uint32_t k = m.first; k < m.end; ++k)
      titles_only = titles_only && LookupTitleWord(Text(k)) != nullptr;
    if (titles_only) return;
    names_.push_back(m);
  }

  // "the World Health Organization (WHO)": the acronym in parentheses names the same thing,
  // and so does every later use of it, whether or not the tagger saw a name there.
  void AddAcronyms() {
    std::unordered_map<std::string, EntityType> acronyms;
    for (const NameMention& m : names_) {
      if (Words(m) < 2 || m.type == EntityType::kPer) continue;
      const std::uint32_t t = m.end;
      if (t + 2 >= seg_.tokens.size() || Text(t) != "(" || Text(t + 2) != ")" || !AllCaps(t + 1))
        continue;
      if (AsciiLower(Text(t + 1)) == Initials(m))
        acronyms.emplace(std::string(Text(t + 1)), m.type);
    }
    if (acronyms.empty()) return;
    std::vector<bool> named(seg_.tokens.size(), false);
    for (const NameMention& m : names_)
      for (std::uint32_t k = m.first; k < m.end; ++k) named[k] = true;
    for (std::uint32_t t = 0; t < seg_.tokens.size(); ++t) {
      if (named[t] || seg_.tokens[t].kind != TokenKind::kWord) continue;
      auto it = acronyms.find(std::string(Text(t)));
      if (it == acronyms.end()) continue;
      names_.push_back({t, t + 1, it->second});
    }
    std::sort(names_.begin(), names_.end(),
              [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
  }

  int NewEntity() {
    groups_.emplace_back();
    return static_cast<int>(groups_.size() - 1);
  }

  // People: full names first (same first and last word: one person), then single words, which
  // join the one person they name (a surname, else a first name), preferring the most recent.
  void GroupPeople() {
    std::unordered_map<std::string, int> by_first_and_last;
    for (std::size_t i = 0; i < names_.size(); ++i) {
      NameMention& m = names_[i];
      if (m.type != EntityType::kPer || Words(m) < 2) continue;
      const std::string key = FirstWord(m) + '\x1F' + LastWord(m);
      auto [it, inserted] = by_first_and_last.emplace(key, -1);
      if (inserted) it->second = NewEntity();
      m.entity = it->second;
      groups_[static_cast<std::size_t>(m.entity)].push_back(i);
      surnames_[LastWord(m)].push_back(i);
      first_names_[FirstWord(m)].push_back(i);
    }
    for (std::size_t i = 0; i < names_.size(); ++i) {
      NameMention& m = names_[i];
      if (Words(m) != 1 || m.entity >= 0) continue;
      const int person = PersonNamedBy(FirstWord(m), i);
      if (person >= 0) {
        m.entity = person;
        m.type = EntityType::kPer;
        groups_[static_cast<std::size_t>(person)].push_back(i);
      }
    }
  }

  // The person whose full name ends (else starts) with `word`: the one mentioned last before
  // name `index`, else the first after it; -1 if none.
  int PersonNamedBy(const std::string& word, std::size_t index) const {
    for (const auto* names : {&surnames_, &first_names_}) {
      auto it = names->find(word);
      if (it == names->end()) continue;
      const std::vector<std::size_t>& full = it->second;  // ascending name indexes
      auto after = std::lower_bound(full.begin(), full.end(), index);
      if (after != full.begin()) return names_[*(after - 1)].entity;
      return names_[*after].entity;
    }
    return -1;
  }

  // The first letters of a name's words, lower case, small words left out ("World Health
  // Organization" -> "who").
  std::string Initials(const NameMention& m) const {
    std::string initials;
    for (std::uint32_t t = m.first; t < m.end; ++t) {
      const std::string w = AsciiLower(Text(t));
      if (w == "of" || w == "the" || w == "and" || w == "for" || w == "&") continue;
      initials.push_back(w[0]);
    }
    return initials;
  }

  static std::uint32_t Words(const NameMention& m) { return m.end - m.first; }
  std::string FirstWord(const NameMention& m) const { return AsciiLower(Text(m.first)); }
  std::string LastWord(const NameMention& m) const { return AsciiLower(Text(m.end - 1)); }

  // Everything else by its name (case-insensitive); an acronym joins the organization it
  // abbreviates ("UN" and "United Nations").
  void GroupOthers() {
    std::unordered_map<std::string, int> by_key;
    for (const NameMention& m : names_) {
      if (m.entity >= 0) by_key.emplace(Key(m), m.entity);
    }
    for (std::size_t i = 0; i < names_.size(); ++i) {
      NameMention& m = names_[i];
      if (m.entity >= 0) continue;
      auto [it, inserted] = by_key.emplace(Key(m), -1);
      if (inserted) it->second = NewEntity();
      m.entity = it->second;
      groups_[static_cast<std::size_t>(m.entity)].push_back(i);
    }
    DropArticles();
    // Acronyms: a one-word name in capitals that spells the initials of a longer one of the
    // same type.
    // The tagger may type the two differently ("North Atlantic Treaty Organization" a place,
    // "NATO" an organization); the entity's type is then decided by vote.
    std::unordered_map<std::string, int> by_initials;
    for (const NameMention& m : names_) {
      if (Words(m) >= 2 && m.type != EntityType::kPer) by_initials.emplace(Initials(m), m.entity);
    }
    std::vector<std::pair<std::size_t, int>> moves;
    for (std::size_t i = 0; i < names_.size(); ++i) {
      const NameMention& m = names_[i];
      if (Words(m) != 1 || m.type == EntityType::kPer || !AllCaps(m.first)) continue;
      auto it = by_initials.find(FirstWord(m));
      if (it != by_initials.end() && it->second != m.entity) moves.push_back({i, it->second});
    }
    MoveNames(moves);
    JoinShortOrganizationNames();
  }

  // The tagger takes a capitalized "The" at a sentence's start into a name ("The Netherlands
  // will not vote") and, swayed by it, often calls a place an organization. Where the same
  // entity is also named without the article, the article is no part of the name, and the
  // mention's type does not count in the vote on the entity's.
  void DropArticles() {
    for (const std::vector<std::size_t>& group : groups_) {
      bool bare = false;
      for (std::size_t i : group) bare = bare || !HasArticle(names_[i]);
      if (!bare) continue;  // "The Hague" is always called so
      for (std::size_t i : group) {
        NameMention& m = names_[i];
        if (!HasArticle(m)) continue;
        ++m.first;
        m.votes = false;
      }
    }
  }

  // Whether the last word of the organization's name `m` is one the organization may be called
  // by alone ("Rovers" for "Kingsway Rovers"): not a word that ends organizations' names of all
  // kinds ("Energy", "Trust") or a title's ("Health"), not a function word, and not after a
  // lower-case word ("Bank of England" is not "England").
  bool HasShortLastWord(const NameMention& m) const {
    if (Words(m) < 2 || m.type != EntityType::kOrg) return false;
    for (std::uint32_t t = m.first; t < m.end; ++t)
      if (!IsCapitalized(t) || seg_.tokens[t].kind != TokenKind::kWord) return false;
    const std::string_view last = Text(m.end - 1);
    return !IsOrganizationWord(last) && LookupTitleWordAnyCase(last) == nullptr &&
           ClassOfWord(last) == WordClass::kOther && !AllCaps(m.end - 1);
  }

  // A club or a company is called by the last word of its name ("Rovers had led"), which the
  // tagger, not having seen the word as a name, often leaves untagged. Such a word, capitalized,
  // becomes a mention of an organization when one organization's name ends with it and the
  // text never writes it in lower case (where it may be an ordinary word: "Police", "police").
  // The mention joins the longer name in JoinShortOrganizationNames().
  void AddShortOrganizationNames() {
    constexpr std::string_view kAmbiguous = "";
    std::unordered_map<std::string_view, std::string> name_by_last_word;  // or kAmbiguous
    for (const NameMention& m : names_) {
      if (!HasShortLastWord(m)) continue;
      auto [it, inserted] = name_by_last_word.emplace(Text(m.end - 1), Key(m));
      if (!inserted && it->second != Key(m)) it->second = kAmbiguous;
    }
    if (name_by_last_word.empty()) return;
    std::vector<std::string> lowered;
    lowered.reserve(name_by_last_word.size());
    for (const auto& [word, name] : name_by_last_word) lowered.push_back(AsciiLower(word));
    const std::unordered_set<std::string_view> lower_case = WrittenInLowerCase(lowered);
    std::vector<bool> named(seg_.tokens.size(), false);
    for (const NameMention& m : names_)
      for (std::uint32_t k = m.first; k < m.end; ++k) named[k] = true;
    const std::size_t tagged = names_.size();
    for (std::uint32_t t = 0; t < seg_.tokens.size(); ++t) {
      if (named[t] || seg_.tokens[t].kind != TokenKind::kWord) continue;
      auto it = name_by_last_word.find(Text(t));
      if (it == name_by_last_word.end() || it->second == kAmbiguous ||
          lower_case.contains(AsciiLower(Text(t))))
        continue;
      names_.push_back({t, t + 1, EntityType::kOrg});
    }
    if (names_.size() == tagged) return;
    std::sort(names_.begin(), names_.end(),
              [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
  }

  // An organization called by one word of its name: the first ("Northgale" for "Northgale
  // Energy", "Pfizer" for "Pfizer Inc.", "Eastfield" for "Eastfield Athletic") or the last
  // ("Rovers" for "Kingsway Rovers"). The first word names the organization when the rest of
  // its name is words that end organizations' names, or one word: the first of a longer name
  // is often a description ("Republican" is not the "Republican National Committee"). Not
  // when the word begins or ends another organization's name ("Harvard University", "Harvard
  // Medical School"), nor when it names a person. An entity whose names are all that one word
  // moves whole if the tagger called at least half of them an organization: it typed
  // "Eastfield" a place in "lifts Eastfield to fourth" after calling it an organization before,
  // but a city it mostly calls a place is the city ("Manchester" beside "Manchester United").
  void JoinShortOrganizationNames() {
    constexpr int kAmbiguous = -2;
    struct Longer {
      int entity;      // or kAmbiguous
      bool called_so;  // whether the word alone may name it
    };
    std::unordered_map<std::string, Longer> by_word;
    // Every organization's name that begins or ends with a word makes the word ambiguous.
    const auto add = [&](const std::string& word, int entity, bool called_so) {
      auto [it, inserted] = by_word.emplace(word, Longer{entity, called_so});
      if (inserted) return;
      if (it->second.entity != entity) it->second.entity = kAmbiguous;
      it->second.called_so = it->second.called_so || called_so;
    };
    for (const NameMention& m : names_) {
      if (Words(m) < 2 || m.type != EntityType::kOrg || !IsCapitalized(m.first)) continue;
      bool org_words = true;
      for (std::uint32_t t = m.first + 1; t < m.end; ++t)
        org_words = org_words && IsOrganizationWord(Text(t));
      add(FirstWord(m), m.entity, org_words || Words(m) == 2);
      if (HasShortLastWord(m)) add(LastWord(m), m.entity, true);
    }
    if (by_word.empty()) return;
    // Per entity: how many of its names the tagger called an organization's, how many not,
    // and whether all are one word and no person's.
    std::vector<int> organization(groups_.size(), 0), other(groups_.size(), 0);
    std::vector<bool> one_word(groups_.size(), true);
    for (const NameMention& m : names_) {
      const auto e = static_cast<std::size_t>(m.entity);
      ++(m.type == EntityType::kOrg ? organization : other)[e];
      one_word[e] = one_word[e] && Words(m) == 1 && m.type != EntityType::kPer;
    }
    std::vector<std::pair<std::size_t, int>> moves;
    for (std::size_t i = 0; i < names_.size(); ++i) {
      const NameMention& m = names_[i];
      const auto e = static_cast<std::size_t>(m.entity);
      if (Words(m) != 1 || organization[e] == 0 || organization[e] < other[e] || !one_word[e] ||
          !IsCapitalized(m.first) || IsOrganizationWord(Text(m.first)))
        continue;
      const std::string word = FirstWord(m);
      auto it = by_word.find(word);
      if (it == by_word.end() || it->second.entity == kAmbiguous || !it->second.called_so ||
          it->second.entity == m.entity || surnames_.contains(word) ||
          first_names_.contains(word)) {
        continue;
      }
      moves.push_back({i, it->second.entity});
    }
    MoveNames(moves);
  }

  // Moves each name (an index into names_, ascending) to its new entity, appending it to that
  // entity's group. All at once: an entity of a hundred thousand names moved one name at a
  // time would search and shift its group a hundred thousand times.
  void MoveNames(const std::vector<std::pair<std::size_t, int>>& moves) {
    if (moves.empty()) return;
    std::vector<bool> moved(names_.size(), false);
    std::vector<bool> left(groups_.size(), false);  // groups that lose names
    for (const auto& [name, entity] : moves) {
      moved[name] = true;
      left[static_cast<std::size_t>(names_[name].entity)] = true;
    }
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (!left[g]) continue;
      std::erase_if(groups_[g], [&](std::size_t name) { return moved[name]; });
    }
    for (const auto& [name, entity] : moves) {
      names_[name].entity = entity;
      groups_[static_cast<std::size_t>(entity)].push_back(name);
    }
  }

  bool AllCaps(std::uint32_t t) const {
    const std::string_view w = Text(t);
    if (w.size() < 2) return false;
    for (char c : w)
      if (c >= 'a' && c <= 'z') return false;
    return true;
  }

  // "The Netherlands", "the Netherlands": a name that begins with the article.
  bool HasArticle(const NameMention& m) const {
    return Words(m) >= 2 && AsciiLower(Text(m.first)) == "the";
  }

  // The name in lower case, words joined by spaces, without a leading article.
  std::string Key(const NameMention& m) const {
    std::string key;
    for (std::uint32_t t = m.first + (HasArticle(m) ? 1 : 0); t < m.end; ++t) {
      if (!key.empty()) key.push_back(' ');
      key += AsciiLower(Text(t));
    }
    return key;
  }

  void BuildEntities(LinkedEntities* result) {
    // Entities in order of first mention; empty groups (all their names moved) vanish.
    std::vector<std::pair<std::uint32_t, int>> order;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].empty()) continue;
      std::uint32_t first = kNone;
      for (std::size_t i : groups_[g]) first = std::min(first, names_[i].first);
      order.push_back({first, static_cast<int>(g)});
    }
    std::sort(order.begin(), order.end());
    entity_of_group_.assign(groups_.size(), -1);
    std::vector<const NameMention*> best_of_entity;
    for (const auto& [first, g] : order) {
      std::vector<std::size_t>& members = groups_[static_cast<std::size_t>(g)];
      std::sort(members.begin(), members.end());
      Entity e;
      e.id = "e" + std::to_string(result->entities.size() + 1);
      // The type most of its names were given; the first one's on a tie.
      std::array<int, 4> votes{};
      e.type = names_[members.front()].type;
      bool voted = false;
      for (std::size_t i : members) {
        if (!names_[i].votes) continue;
        if (!voted) e.type = names_[i].type;
        voted = true;
        ++votes[static_cast<std::size_t>(names_[i].type)];
      }
      for (std::size_t t = 0; t < votes.size(); ++t)
        if (votes[t] > votes[static_cast<std::size_t>(e.type)]) e.type = static_cast<EntityType>(t);
      // The fullest name: most words, then not in capitals, then longest.
      const NameMention* best = nullptr;
      for (std::size_t i : members) {
        const NameMention& m = names_[i];
        if (best == nullptr || Words(m) > Words(*best) ||
            (Words(m) == Words(*best) && AllCaps(best->first) && !AllCaps(m.first))) {
          best = &m;
        }
      }
      e.name = Decoded(best->first, best->end);
      e.mentions.reserve(members.size());
      entity_of_group_[static_cast<std::size_t>(g)] = static_cast<int>(result->entities.size());
      result->entities.push_back(std::move(e));
      best_of_entity.push_back(best);
    }
    // Mentions, titles and honorifics in one pass over the names in text order, which is each
    // entity's order of names: going through the whole text once per entity missed the cache at
    // nearly every name of a long article.
    std::vector<Gender> honorific(result->entities.size(), Gender::kUnknown);
    result->mentions.Reserve(names_.size());
    for (const NameMention& m : names_) {
      const int entity = entity_of_group_[static_cast<std::size_t>(m.entity)];
      Entity& e = result->entities[static_cast<std::size_t>(entity)];
      if (!m.title.empty()) {
        std::string title = Decoded(m.title.first, m.title.end);
        if (std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end())
          e.titles.push_back(std::move(title));
      }
      if (m.gender != Gender::kUnknown) honorific[static_cast<std::size_t>(entity)] = m.gender;
      e.mentions.push_back(
          {at_.ToInput({seg_.tokens[m.first].span.start, seg_.tokens[m.end - 1].span.end}),
           Decoded(m.first, m.end), MentionKind::kName});
      result->mentions.Add({m.first, m.end, entity, e.type, false});
    }
    for (std::size_t i = 0; i < result->entities.size(); ++i) {
      Entity& e = result->entities[i];
      const NameMention& best = *best_of_entity[i];
      if (e.type == EntityType::kPer) {
        e.gender = honorific[i] != Gender::kUnknown ? honorific[i]
                   : Words(best) >= 2               ? FirstNameGender(Text(best.first))
                                                    : Gender::kUnknown;
      }
    }
  }

  // he/she/his/her/him: the nearest person before, of an agreeing gender, within three
  // sentences, outside quotation marks.
  void LinkPronouns(LinkedEntities* result) {
    struct Recent {
      int entity;
      std::uint32_t sentence;
    };
    std::vector<Recent> recent;  // people mentioned in the last sentences, in order
    // Added to the table at the end: it is searched for names meanwhile, which must stay sorted.
    std::vector<MentionRef> pronouns;
    std::vector<int> male_votes(result->entities.size()), female_votes(result->entities.size());
    MentionTable::Cursor names(result->mentions);  // the tokens are visited in order
    for (const Paragraph& p : seg_.paragraphs) {
      int depth = 0;  // inside quotation marks
      for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
        // Keep only the people of the last few sentences: the only ones a pronoun may mean.
        std::size_t stale = 0;
        while (stale < recent.size() && s - recent[stale].sentence > 3) ++stale;
        recent.erase(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(stale));
        for (std::uint32_t t = seg_.sentences[s].first_token; t < seg_.sentences[s].end_token;
             ++t) {
          const std::string_view w = Text(t);
          if (w == "\u201C") ++depth;
          if (w == "\u201D" && depth > 0) --depth;
          if (const MentionRef* m = names.At(t); m != nullptr && !m->pronoun) {
            if (m->type == EntityType::kPer && t == m->first_token)
              recent.push_back({m->entity, s});
            continue;
          }
          if (depth > 0 || seg_.tokens[t].kind != TokenKind::kWord) continue;
          const PronounKind kind = GenderOfPronoun(w);
          if (kind == PronounKind::kNone) continue;
          if (w.size() > 1 && w[1] >= 'A' && w[1] <= 'Z') continue;  // "HE" in capitals: unsafe
          const Gender want = kind == PronounKind::kMale ? Gender::kMale : Gender::kFemale;
          for (std::size_t k = recent.size(); k-- > 0 && recent.size() - k <= 50;) {
            Entity& e = result->entities[static_cast<std::size_t>(recent[k].entity)];
            if (e.gender != Gender::kUnknown && e.gender != want) continue;
            (want == Gender::kMale ? male_votes
                                   : female_votes)[static_cast<std::size_t>(recent[k].entity)]++;
            pronouns.push_back({t, t + 1, recent[k].entity, EntityType::kPer, true});
            break;
          }
        }
      }
    }
    // Each entity's mentions grow once, to their final size (a person of an article of many
    // megabytes has hundreds of thousands).
    std::vector<std::size_t> added(result->entities.size(), 0);
    for (const MentionRef& m : pronouns) ++added[static_cast<std::size_t>(m.entity)];
    for (std::size_t i = 0; i < added.size(); ++i) {
      if (added[i] > 0) {
        auto& mentions = result->entities[i].mentions;
        mentions.reserve(mentions.size() + added[i]);
      }
    }
    result->mentions.Reserve(result->mentions.mentions().size() + pronouns.size());
    for (const MentionRef& m : pronouns) {
      const Span span = seg_.tokens[m.first_token].span;
      result->entities[static_cast<std::size_t>(m.entity)].mentions.push_back(
          {at_.ToInput(span), at_.DecodedTextOf(span), MentionKind::kPronoun});
      result->mentions.Add(m);
    }
    result->mentions.Seal();
    for (std::size_t i = 0; i < result->entities.size(); ++i) {
      Entity& e = result->entities[i];
      if (e.type != EntityType::kPer || e.gender != Gender::kUnknown) continue;
      if (male_votes[i] > female_votes[i])
        e.gender = Gender::kMale;
      else if (female_votes[i] > male_votes[i])
        e.gender = Gender::kFemale;
    }
  }

  static void Finish(LinkedEntities* result) {
    const auto by_start = [](const Mention& a, const Mention& b) {
      return a.span.start < b.span.start;
    };
    for (Entity& e : result->entities) {
      // Names come in text order and only pronouns join later: most lists are sorted already,
      // and stable_sort would take a buffer as large as the list to find that out.
      if (std::is_sorted(e.mentions.begin(), e.mentions.end(), by_start)) continue;
      std::stable_sort(e.mentions.begin(), e.mentions.end(), by_start);
    }
  }

  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  const AnalyzedText& at_;
  const Segmentation& seg_;
  const std::vector<NerTag>& tags_;
  std::vector<NameMention> names_;
  std::vector<std::vector<std::size_t>> groups_;  // per provisional entity: indexes into names_
  // Full names of people by their last and by their first word: ascending indexes into names_.
  std::unordered_map<std::string, std::vector<std::size_t>> surnames_, first_names_;
  std::vector<int> entity_of_group_;
};

}  // namespace

LinkedEntities LinkEntities(const AnalyzedText& text, const std::vector<NerTag>& tags) {
  return EntityLinker(text, tags).Run();
}

namespace {

// The end of the piece of a sentence [from, end) that the tagger reads as one: the whole rest
// when it is short, else some 256 tokens cut after a token that cannot be inside a name (not
// capitalized: a lower-case word, a number, a mark), so that no name is read in two pieces.
// Only a run of 128 capitalized tokens is cut anywhere.
std::uint32_t PieceEnd(const AnalyzedText& text, std::uint32_t from, std::uint32_t end) {
  constexpr std::uint32_t kPieceTokens = 256;
  if (end - from <= kPieceTokens) return end;
  const Segmentation& seg = text.segmentation;
  for (std::uint32_t cut = from + kPieceTokens; cut > from + kPieceTokens / 2; --cut) {
    if (!chars::StartsUpper(text.TokenText(seg.tokens[cut - 1]))) return cut;
  }
  return from + kPieceTokens;
}

}  // namespace

std::vector<NerTag> TagNames(const AnalyzedText& text) {
  // The tagger reads a whole document at once (how a word is written and tagged elsewhere
  // informs each use), and its tables take some 500 bytes a token. An article is far below the
  // chunk size; a longer input is tagged a chunk of whole sentences at a time, and a "sentence"
  // longer than any real one (a list without punctuation, a pasted table) a piece at a time, so
  // that the tagger's memory stays bounded whatever the shape and size of the input.
  constexpr std::uint32_t kChunkTokens = 1 << 15;
  const Segmentation& seg = text.segmentation;
  std::vector<NerTag> tags(seg.tokens.size(), NerTag::kO);  // every token is in a sentence
  std::vector<NerTag> chunk_tags;
  std::vector<std::string_view> words;
  std::vector<NerSentence> pieces;
  NerTagger tagger;
  std::uint32_t chunk_first = 0;
  const auto tag_chunk = [&] {
    if (pieces.empty()) return;
    tagger.Tag(pieces, &chunk_tags);
    std::copy(chunk_tags.begin(), chunk_tags.end(), tags.begin() + chunk_first);
    pieces.clear();
    words.clear();
  };
  for (const Paragraph& paragraph : seg.paragraphs) {
    const bool headline = paragraph.role == ParagraphRole::kHeadline;
    for (std::uint32_t s = paragraph.first_sentence; s < paragraph.end_sentence; ++s) {
      const Sentence& sentence = seg.sentences[s];
      for (std::uint32_t from = sentence.first_token; from < sentence.end_token;) {
        const std::uint32_t to = PieceEnd(text, from, sentence.end_token);
        if (words.size() + (to - from) > kChunkTokens) tag_chunk();
        if (words.empty()) {
          chunk_first = from;
          // Reserved once: `pieces` views into `words`, which must not move.
          words.reserve(std::min<std::size_t>(kChunkTokens, seg.tokens.size() - from));
        }
        const std::size_t offset = words.size();
        for (std::uint32_t t = from; t < to; ++t) words.push_back(text.TokenText(seg.tokens[t]));
        pieces.push_back(
            {std::span<const std::string_view>(words.data() + offset, to - from), headline});
        from = to;
      }
    }
  }
  tag_chunk();
  return tags;
}

}  // namespace newslens
