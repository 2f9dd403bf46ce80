// The quote finder (see quote_finder.h). The rules read like a style guide for attribution in
// news; each pass says which convention it follows.
#include "quotes/quote_finder.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/titles.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_marks.h"
#include "text/char_class.h"
#include "text/word_classes.h"
#include "values/value_lexicon.h"

namespace newslens {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Searches look at most this many tokens away from where they start, so that a pathological
// sentence (a hundred thousand quotation marks) still costs linear time.
constexpr std::uint32_t kWindow = 64;
constexpr std::uint32_t kClauseWindow = 160;
// An appositive or relative clause between a speaker and a cue is at most this many tokens.
constexpr std::uint32_t kAppositiveWindow = 30;
// Quoted words this long read as speech whatever they look like; shorter ones need marks of
// speech (their own punctuation, a capital) or an attribution.
constexpr std::uint32_t kLongQuoteWords = 8;

// Tokens [first, end); `head` is the part the attribution rests on (a name, a pronoun, a noun).
struct Phrase {
  std::uint32_t first = 0, end = 0;
  std::uint32_t head_first = 0, head_end = 0;
  // For a relative pronoun ("..., who said"): the phrase it stands for, which names the speaker.
  std::uint32_t antecedent_first = 0, antecedent_end = 0;

  bool empty() const { return end <= first; }
};

// How the speaker of a quote was found, strongest first; the confidence follows from it.
enum class Evidence { kSameSentence, kSameParagraph, kInherited, kNone };

struct Attribution {
  Phrase speaker;
  std::uint32_t cue = kNone, cue_end = kNone;
  Evidence evidence = Evidence::kNone;
  bool negated = false;  // "X did not say, “...”": the quoted words were not said

  bool found() const { return !speaker.empty() || cue != kNone; }
};

struct Candidate {
  QuoteKind kind;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> token_spans;  // content tokens
  Attribution attribution;
  bool unclosed = false;
  bool merged = false;  // its spans were added to another quotation of the same speaker
};

bool IsTitleCaseWord(std::string_view w) { return chars::StartsUpper(w); }

class QuoteFinder {
 public:
  QuoteFinder(const AnalyzedText& at, const MentionTable& mentions,
              const std::vector<Entity>& entities)
      : at_(at),
        seg_(at.segmentation),
        mentions_(mentions),
        entities_(entities),
        quoted_(seg_.tokens.size(), false),
        used_cue_(seg_.tokens.size(), false) {}

  std::vector<Quote> Run() {
    regions_ = PairQuotationMarks(at_);
    MarkQuoted();
    paragraph_of_sentence_.assign(seg_.sentences.size(), 0);
    for (std::uint32_t p = 0; p < seg_.paragraphs.size(); ++p) {
      for (std::uint32_t s = seg_.paragraphs[p].first_sentence; s < seg_.paragraphs[p].end_sentence;
           ++s)
        paragraph_of_sentence_[s] = p;
    }
    QuotedPasses();
    IndirectPass();
    TranscriptPass();
    HeadlineSpeakers();
    // On a long input dense with quotations the regions are a large share of the memory, and
    // the quotes about to be built are another: the first go before the second come. (The
    // per-token flags stay: Output() still reads them, at a bit a token.)
    regions_ = decltype(regions_)();  // `= {}` would keep the storage
    return Output();
  }

 private:
  // Marks and the words between them are quoted. Regions come in the order of their opening
  // marks (PairQuotationMarks), so one sweep marks their union, each token once however deeply
  // they nest, with no array of depths as long as the text.
  void MarkQuoted() {
    std::uint32_t marked_to = 0;  // the tokens before it are marked already
    for (const QuotedRegion& r : regions_) {
      const std::uint32_t last =
          std::min<std::uint32_t>(r.closed() ? r.close_token + 1 : r.end_token, Size());
      for (std::uint32_t t = std::max(r.open_token, marked_to); t < last; ++t) quoted_[t] = true;
      marked_to = std::max(marked_to, last);
    }
  }

  // --- Tokens -----------------------------------------------------------------------------------

  std::uint32_t Size() const { return static_cast<std::uint32_t>(seg_.tokens.size()); }
  // Past the last token, a token reads as empty punctuation: the rules look one or two tokens
  // ahead without checking for the end each time.
  std::string_view Text(std::uint32_t t) const {
    return t < Size() ? at_.TokenText(seg_.tokens[t]) : std::string_view();
  }
  bool Is(std::uint32_t t, std::string_view s) const { return t < Size() && Text(t) == s; }
  // Whether token t is `s` (in lower case) once its ASCII capitals are lowered.
  bool IsLower(std::uint32_t t, std::string_view s) const {
    return chars::EqualsIgnoringAsciiCase(Text(t), s);
  }
  TokenKind Kind(std::uint32_t t) const {
    return t < Size() ? seg_.tokens[t].kind : TokenKind::kPunctuation;
  }
  bool IsWord(std::uint32_t t) const {
    const TokenKind k = Kind(t);
    return k == TokenKind::kWord || k == TokenKind::kNumber || k == TokenKind::kContraction;
  }
  bool IsCapitalized(std::uint32_t t) const {
    return Kind(t) == TokenKind::kWord && IsTitleCaseWord(Text(t));
  }
  WordClass Class(std::uint32_t t) const {
    return Kind(t) == TokenKind::kWord ? ClassOfWord(Text(t)) : WordClass::kOther;
  }
  bool IsPossessive(std::uint32_t t) const {
    if (Kind(t) == TokenKind::kContraction) return IsLower(t, "'s") || Is(t, "'");
    return IsLower(t, "his") || IsLower(t, "her") || IsLower(t, "their") || IsLower(t, "its") ||
           IsLower(t, "our") || IsLower(t, "my") || IsLower(t, "your");
  }
  bool IsPunct(std::uint32_t t, std::string_view s) const {
    return Kind(t) == TokenKind::kPunctuation && Text(t) == s;
  }
  // A dash: "—", or a hyphen or two standing alone ("X - who ... - said").
  bool IsDash(std::uint32_t t) const {
    return Kind(t) == TokenKind::kPunctuation &&
           (Text(t) == "\u2014" || Text(t) == "-" || Text(t) == "--");
  }
  bool IsOpenMark(std::uint32_t t) const { return Is(t, "\u201C") || Is(t, "\u2018"); }
  bool IsCloseMark(std::uint32_t t) const { return Is(t, "\u201D") || Is(t, "\u2019"); }
  bool IsSentencePunct(std::uint32_t t) const {
    return Kind(t) == TokenKind::kPunctuation &&
           (Text(t) == "." || Text(t) == "!" || Text(t) == "?" || Text(t) == "...");
  }

  // The sentence that holds token `t` (every token is in one; sentences are in token order).
  std::uint32_t SentenceIndex(std::uint32_t t) const {
    const auto& sentences = seg_.sentences;
    auto it = std::upper_bound(
        sentences.begin(), sentences.end(), t,
        [](std::uint32_t token, const Sentence& s) { return token < s.first_token; });
    return static_cast<std::uint32_t>(it - sentences.begin()) - 1;
  }
  const Sentence& SentenceAt(std::uint32_t t) const { return seg_.sentences[SentenceIndex(t)]; }
  std::uint32_t ParagraphAt(std::uint32_t t) const {
    return paragraph_of_sentence_[SentenceIndex(t)];
  }
  bool InHeadline(std::uint32_t t) const {
    return seg_.paragraphs[ParagraphAt(t)].role == ParagraphRole::kHeadline;
  }

  // A cue that can attribute here: a speech verb, outside quotation marks, not negated
  // ("did not say"), not a noun ("the state Department", "his comments"), not an infinitive
  // inside another verb phrase ("is expected to announce").
  const CueWord* CueAt(std::uint32_t t) const {
    if (t >= Size() || quoted_[t] || Kind(t) != TokenKind::kWord) return nullptr;
    if (IsCapitalized(t) && !InHeadline(t)) return nullptr;
    const CueWord* cue = LookupCue(Text(t));
    if (cue == nullptr) return nullptr;
    // "<tweet id=...>" in a text that quotes markup: a tag's name, not a verb; nor is an
    // attribute's ("tweet_id=").
    if (t > 0 && (Is(t - 1, "<") || (Is(t - 1, "/") && t > 1 && Is(t - 2, "<")))) return nullptr;
    if (t + 1 < Size() && seg_.tokens[t + 1].span.start == seg_.tokens[t].span.end &&
        (Text(t + 1).starts_with("_") || Text(t + 1).starts_with("="))) {
      return nullptr;
    }
    const std::uint32_t start = SentenceAt(t).first_token;
    if (t > start) {
      const std::uint32_t before = t - 1;
      const WordClass c = Class(before);
      // "Some say", "but many said": a determiner that opens its clause alone is the subject.
      // "Two in three said": a ratio ends in one.
      const bool alone =
          StandsAlone(before) &&
          (before == start || !IsWord(before - 1) || Class(before - 1) == WordClass::kConjunction ||
           Class(before - 1) == WordClass::kSubordinator ||
           (before >= start + 2 && IsLower(before - 1, "in") && IsCount(before - 2)));
      if ((c == WordClass::kDeterminer && !alone) || c == WordClass::kPreposition ||
          IsPossessive(before)) {
        return nullptr;
      }
      // "have claims in the area": after a form of "have", a form that is also a noun is one
      // (the verb would be "have claimed").
      if (cue->also_noun &&
          (IsLower(before, "have") || IsLower(before, "has") || IsLower(before, "had"))) {
        return nullptr;
      }
      // A form that is also a noun must stand where a verb can: after a name, a pronoun, an
      // adverb, an auxiliary, a relative pronoun, a plural noun ("experts say", "officials
      // claim"), a participle ("those surveyed say"), a determiner standing alone ("Some
      // say"), a comma or a closing quotation mark.
      if (cue->also_noun && Kind(before) == TokenKind::kWord && !IsCapitalized(before) &&
          c != WordClass::kPronoun && c != WordClass::kAdverb && c != WordClass::kAuxiliary &&
          c != WordClass::kSubordinator && !Text(before).ends_with("ly") && !IsPluralNoun(before) &&
          !Text(before).ends_with("ed") && !alone) {
        return nullptr;
      }
    }
    return Negated(t) || Passive(t) ? nullptr : cue;
  }

  // "customers who were told they would ...", "Jokes are told": a cue in the passive has for
  // subject whoever was addressed, not who spoke ("was quoted as saying" is read elsewhere).
  bool Passive(std::uint32_t t) const {
    const std::string_view w = Text(t);
    if (!(w.ends_with("ed") || IsLower(t, "told") || IsLower(t, "said") || IsLower(t, "written")))
      return false;
    const std::uint32_t start = SentenceAt(t).first_token;
    for (std::uint32_t k = 1; k <= 3 && t >= start + k; ++k) {
      const std::uint32_t b = t - k;
      for (std::string_view be : {"is", "are", "was", "were", "be", "been", "being"})
        if (IsLower(b, be)) return true;
      if (Class(b) != WordClass::kAdverb && !IsLyAdverb(b)) return false;
    }
    return false;
  }

  // A number, in figures or in words: "38", "four".
  bool IsCount(std::uint32_t t) const {
    if (Kind(t) == TokenKind::kNumber) return true;
    if (Kind(t) != TokenKind::kWord || Text(t).size() > 12) return false;
    const NumberWord* w = LookupNumberWord(AsciiLower(Text(t)));
    return w != nullptr && w->kind == NumberWordKind::kCardinal;
  }

  // A determiner that can stand alone as a subject: "Some say", "Many said", "One says".
  bool StandsAlone(std::uint32_t t) const {
    for (std::string_view w : {"some", "several", "many", "both", "one", "two", "three"})
      if (IsLower(t, w)) return true;
    return false;
  }

  // A word in -ly that reads as an adverb ("jokingly", "Specifically"): not the nouns and
  // adjectives in -ily and the short ones ("family", "daily", "ally").
  bool IsLyAdverb(std::uint32_t t) const {
    const std::string_view w = Text(t);
    return Kind(t) == TokenKind::kWord && w.size() > 5 && w.ends_with("ly") && !w.ends_with("ily");
  }

  // A lower-case word that reads as a plural noun: "experts", "officials", "aides".
  bool IsPluralNoun(std::uint32_t t) const {
    const std::string_view w = Text(t);
    return Kind(t) == TokenKind::kWord && !IsCapitalized(t) && Class(t) == WordClass::kOther &&
           w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
           LookupCue(w) == nullptr;
  }

  // "did not say", "never said", "declined to say", "would not say": what follows was not said.
  bool Negated(std::uint32_t t) const {
    const std::uint32_t start = SentenceAt(t).first_token;
    for (std::uint32_t k = 1; k <= 3 && t >= start + k; ++k) {
      const std::uint32_t b = t - k;
      if (Class(b) == WordClass::kNegation || IsLower(b, "declined") || IsLower(b, "refused")) {
        return true;
      }
      if (!(Class(b) == WordClass::kAuxiliary || Class(b) == WordClass::kAdverb ||
            IsLower(b, "to"))) {
        return false;
      }
    }
    return false;
  }

  // "according to": the source follows.
  bool IsAccordingTo(std::uint32_t t) const {
    return IsLower(t, "according") && t + 1 < Size() && IsLower(t + 1, "to") && !quoted_[t];
  }

  // Past a phrase of time at `t`: "Friday", "this week", "last year", "Wednesday night", "each
  // month". Returns `t` itself when none starts there.
  std::uint32_t SkipTime(std::uint32_t t, std::uint32_t limit) const {
    std::uint32_t k = t;
    while (k < limit && k - t < 6) {
      if (Class(k) == WordClass::kTime) {
        ++k;
      } else if (k + 1 < limit && Class(k + 1) == WordClass::kTime &&
                 (IsLower(k, "this") || IsLower(k, "last") || IsLower(k, "next") ||
                  IsLower(k, "that") || IsLower(k, "each") || IsLower(k, "every") ||
                  IsLower(k, "early") || IsLower(k, "late"))) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  // "told reporters", "asked him": the cue's object comes before what it reports.
  static bool TakesObject(const CueWord& cue) {
    return cue.frame == CueFrame::kObject || cue.frame == CueFrame::kQuestion;
  }

  // A reported question opens at `t`: "whether", "if", or a wh-word ("how", "what").
  bool OpensQuestion(std::uint32_t t) const {
    for (std::string_view w :
         {"whether", "if", "how", "what", "why", "who", "when", "where", "which"}) {
      if (IsLower(t, w)) return true;
    }
    return false;
  }

  // --- Phrases ----------------------------------------------------------------------------------

  // A token that can be part of a noun phrase.
  bool InNounPhrase(std::uint32_t t) const {
    if (quoted_[t]) return false;
    // A lower-case -ing word is a verb or a gerund here, not part of a speaker's name.
    if (Kind(t) == TokenKind::kWord && !IsCapitalized(t) && Text(t).ends_with("ing") &&
        Text(t).size() > 4) {
      return false;
    }
    if (Kind(t) == TokenKind::kContraction) return IsPossessive(t);
    if (!IsWord(t)) return Is(t, "-") || Is(t, "&") || Is(t, "%");
    switch (Class(t)) {
      case WordClass::kAuxiliary:
      case WordClass::kNegation:
      case WordClass::kConjunction:
      case WordClass::kSubordinator:
      case WordClass::kVerb:
        return false;
      case WordClass::kPreposition:
        return IsLower(t, "of") || IsLower(t, "for");
      case WordClass::kAdverb:
        return IsCapitalized(t);
      default:
        break;
    }
    // A speech verb ends a phrase, unless a determiner makes it a noun ("the state Department").
    if (!IsCapitalized(t) && LookupCue(Text(t)) != nullptr) {
      return t > 0 && (Class(t - 1) == WordClass::kDeterminer || IsPossessive(t - 1));
    }
    return true;
  }

  // Sets the head of a phrase: the entity mention that names it (the last person, else the
  // last), else a pronoun, else the last run of capitalized words, else its first noun after
  // determiners.
  void SetHead(Phrase* p) const {
    bool names_other = false;  // an organization or place inside a person's description
    if (const MentionRef* m = NamingMention(*p, &names_other)) {
      p->head_first = m->first_token;
      p->head_end = m->end_token;
    } else if (!PronounHead(p) && (names_other || !CapitalizedHead(p))) {
      NounHead(p);
    }
  }

  // The mention that names the phrase's referent. An organization or place names it only when
  // the phrase is that name ("The Washington Post said"), not when it describes a person ("a
  // spokesman for the Department", which sets `names_other`).
  const MentionRef* NamingMention(const Phrase& p, bool* names_other) const {
    const MentionRef* best = nullptr;
    for (std::uint32_t t = p.first; t < p.end; ++t) {
      const MentionRef* m = mentions_.At(t);
      if (m == nullptr || m->first_token < p.first || m->end_token > p.end) continue;
      // A name followed by a common noun modifies it: "a White House spokesman", "Trump's
      // lawyer".
      bool modifier = false;
      for (std::uint32_t k = m->end_token; k < p.end; ++k) {
        if (Kind(k) == TokenKind::kWord && !IsCapitalized(k) &&
            Class(k) != WordClass::kPreposition) {
          modifier = true;
          break;
        }
        if (Class(k) == WordClass::kPreposition) break;
      }
      if (modifier) {
        *names_other = true;
        t = m->end_token - 1;
        continue;
      }
      if (best == nullptr || m->type == EntityType::kPer || best->type != EntityType::kPer)
        best = m;
      t = m->end_token - 1;
    }
    if (best == nullptr || best->type == EntityType::kPer) return best;
    for (std::uint32_t t = p.first; t < best->first_token; ++t) {
      if (Class(t) != WordClass::kDeterminer && !IsCapitalized(t)) {
        *names_other = true;
        return nullptr;
      }
    }
    return best;
  }

  bool PronounHead(Phrase* p) const {
    for (std::uint32_t t = p->first; t < p->end; ++t) {
      if (Class(t) == WordClass::kPronoun && !IsPossessive(t)) {
        p->head_first = t;
        p->head_end = t + 1;
        return true;
      }
    }
    return false;
  }

  // The last run of capitalized words, past determiners ("The").
  bool CapitalizedHead(Phrase* p) const {
    std::uint32_t run_end = kNone;
    for (std::uint32_t t = p->end; t-- > p->first;) {
      // Not a determiner or an adverb that opens a sentence ("The", "Just 28 percent").
      const bool cap =
          IsCapitalized(t) && Class(t) != WordClass::kDeterminer && Class(t) != WordClass::kAdverb;
      if (cap && run_end == kNone) run_end = t + 1;
      if (!cap && run_end != kNone) {
        p->head_first = t + 1;
        p->head_end = run_end;
        return true;
      }
    }
    if (run_end == kNone) return false;
    p->head_first = p->first;
    while (p->head_first < run_end && Class(p->head_first) == WordClass::kDeterminer)
      ++p->head_first;
    p->head_end = run_end;
    return true;
  }

  // A common noun phrase: its first words after determiners, possessives and modifying names,
  // up to "of"/"for" ("a spokesman for the state Department" -> "spokesman", "several" ->
  // "several").
  void NounHead(Phrase* p) const {
    std::uint32_t t = p->first;
    // Past determiners, possessives, possessors ("the board's chairman" -> "chairman") and the
    // names that modify the noun ("a White House spokesman" -> "spokesman").
    while (t + 1 < p->end &&
           (Class(t) == WordClass::kDeterminer || Class(t) == WordClass::kAdverb ||
            IsPossessive(t) ||
            (Kind(t + 1) == TokenKind::kContraction && IsPossessive(t + 1) && t + 2 < p->end) ||
            (IsCapitalized(t) && mentions_.At(t) != nullptr))) {
      ++t;
    }
    std::uint32_t e = t + 1;
    while (e < p->end && IsWord(e) && Class(e) != WordClass::kPreposition &&
           Kind(e) != TokenKind::kContraction && !StartsPostModifier(e)) {
      ++e;
    }
    p->head_first = t;
    p->head_end = e;
  }

  // The noun phrase that ends just before `end`, not reaching before `limit`.
  Phrase NounPhraseLeft(std::uint32_t end, std::uint32_t limit) const {
    Phrase p;
    std::uint32_t t = end;
    while (t > limit && InNounPhrase(t - 1) && end - t < 10) {
      // "the information that investigators said": a relative "that" after a noun opens the
      // phrase's clause; the phrase starts after it.
      if (t < end && t - 1 > limit && IsLower(t - 1, "that") && InNounPhrase(t - 2) &&
          Class(t - 2) != WordClass::kDeterminer && Class(t - 2) != WordClass::kPreposition)
        break;
      --t;
    }
    // "of"/"for" cannot open a phrase.
    while (t < end && (IsLower(t, "of") || IsLower(t, "for") || Is(t, "-"))) ++t;
    p.first = t;
    p.end = end;
    if (!p.empty()) SetHead(&p);
    return p;
  }

  // The noun phrase that starts at `start`, not reaching `limit`.
  Phrase NounPhraseRight(std::uint32_t start, std::uint32_t limit) const {
    Phrase p;
    std::uint32_t t = start;
    bool noun_seen = false;
    while (t < limit && InNounPhrase(t) && t - start < 10) {
      // A participle after a noun starts a modifier ("a summary released by ..."), and an
      // adverb a predicate ("Kasich jokingly offered").
      if (noun_seen && !IsCapitalized(t) &&
          (Text(t).ends_with("ed") || Text(t).ends_with("ing") || IsLyAdverb(t)))
        break;
      if (Class(t) != WordClass::kDeterminer) noun_seen = true;
      ++t;
    }
    while (t > start && (IsLower(t - 1, "of") || IsLower(t - 1, "for"))) --t;
    p.first = start;
    p.end = t;
    if (!p.empty()) SetHead(&p);
    return p;
  }

  // The person's name in apposition after the description that ends at the comma `comma`:
  // "the board's chairman, Sir Geoffrey Lamb, wrote" -> "Sir Geoffrey Lamb" (a description
  // says who the person is; the name says which person speaks). Titles and honorifics may stand
  // before the name; the name must end the appositive (at a comma, a full stop or `limit`).
  // Empty when no person's name follows.
  Phrase AppositiveName(std::uint32_t comma, std::uint32_t limit) const {
    if (!IsPunct(comma, ",")) return {};
    std::uint32_t t = comma + 1;
    while (t < limit && IsCapitalized(t) && LookupTitleWord(Text(t)) != nullptr) ++t;
    const MentionRef* m = t < limit ? mentions_.At(t) : nullptr;
    if (m == nullptr || m->pronoun || m->type != EntityType::kPer || m->first_token != t ||
        (m->end_token < limit && IsWord(m->end_token))) {
      return {};
    }
    return Phrase{comma + 1, m->end_token, m->first_token, m->end_token};
  }

  // True when a modifier that narrows a noun down starts at `t`: a participle or adjective in
  // small letters before a preposition ("released by", "familiar with", "close to").
  bool StartsPostModifier(std::uint32_t t) const {
    return Kind(t) == TokenKind::kWord && !IsCapitalized(t) && !quoted_[t] &&
           (Text(t).ends_with("ed") || IsLower(t, "familiar") || IsLower(t, "close")) &&
           Class(t + 1) == WordClass::kPreposition;
  }

  // True when the words [first, end), set off by commas right before a cue, describe what
  // comes before them rather than being the subject: "a doctor", "who ...", "Sanders' campaign
  // manager" (a description ends in a word in small letters; a name does not).
  bool Appositive(std::uint32_t first, std::uint32_t end) const {
    // "Democrat of Tennessee", "Secretary of State": a role of a place or a body.
    return Class(first) == WordClass::kDeterminer || Class(first) == WordClass::kSubordinator ||
           !IsCapitalized(first) || IsPossessive(first) || Describes(Phrase{first, end}) ||
           (end > first + 2 && IsLower(first + 1, "of"));
  }

  // True when the words [first, end), set off by commas before an appositive, are more of it:
  // a participle, a relative or prepositional phrase ("facing a challenge in Iowa", "who lost
  // her daughter in Aurora", "in 2012") or a place ("Aurora, Colorado"). A phrase with a
  // determiner or a bare noun is the subject ("the mayor, a Democrat, said").
  bool SetOff(std::uint32_t first, std::uint32_t end) const {
    const WordClass c = Class(first);
    if (c == WordClass::kSubordinator || c == WordClass::kPreposition) return true;
    const std::string_view w = Text(first);
    if (Kind(first) == TokenKind::kWord && !IsCapitalized(first) &&
        (w.ends_with("ing") || w.ends_with("ed"))) {
      return true;
    }
    const MentionRef* m = mentions_.At(first);
    return m != nullptr && m->type == EntityType::kLoc && m->first_token == first &&
           m->end_token == end;
  }

  // True when the phrase describes someone rather than naming them: it ends in a word in small
  // letters ("the board's chairman", "his top aide").
  bool Describes(const Phrase& p) const {
    return !p.empty() && Kind(p.end - 1) == TokenKind::kWord && !IsCapitalized(p.end - 1);
  }

  // A speaker phrase followed by what narrows it down: a preposition and its object, after a
  // participle or adjective or not: "a person familiar with the plans", "a summary released by
  // the mayor's office", "officials in Washington". At most two such phrases; a time ("on
  // Monday"), a number or a clause ("who ...") is not one.
  void ExtendByModifiers(Phrase* p, std::uint32_t limit) const {
    for (int pp = 0; pp < 2; ++pp) {
      std::uint32_t t = p->end;
      if (t < limit && StartsPostModifier(t)) ++t;  // "released by"
      if (t >= limit || Class(t) != WordClass::kPreposition || IsLower(t, "to") || quoted_[t])
        return;
      const Phrase object = NounPhraseRight(t + 1, limit);
      if (!Plausible(object) || Class(object.first) == WordClass::kPronoun) return;
      for (std::uint32_t k = object.first; k < object.end; ++k)
        if (Class(k) == WordClass::kTime) return;
      p->end = object.end;
    }
  }

  // A speaker phrase worth the name: it holds a word other than determiners and "of".
  bool Plausible(const Phrase& p) const {
    if (p.empty()) return false;
    // "said last week", "12 said": times and bare numbers are not speakers ("28 percent of
    // voters" is one).
    bool numbers_only = true;
    for (std::uint32_t t = p.head_first; t < p.head_end; ++t) {
      if (Class(t) == WordClass::kTime) return false;
      numbers_only = numbers_only && Kind(t) == TokenKind::kNumber;
    }
    // "26% say": a share is a speaker.
    if (numbers_only && !(p.head_end < p.end && Is(p.head_end, "%"))) return false;
    for (std::uint32_t t = p.first; t < p.end; ++t)
      if (IsWord(t) && Class(t) != WordClass::kDeterminer) return true;
    // "Some said", "Many say": a determiner standing alone.
    return p.end == p.first + 1 && StandsAlone(p.first);
  }

  // The subject of the clause that holds token `t`: after the last clause boundary before it
  // (", and", ", but", ";", the sentence start) and past an opening adverbial ("Asked if ...,",
  // "In a recent interview,"), the first noun phrase.
  Phrase ClauseSubject(std::uint32_t t, std::uint32_t limit = 0) const {
    const std::uint32_t start =
        std::max({SentenceAt(t).first_token, t > kWindow ? t - kWindow : 0, limit});
    std::uint32_t from = start;
    for (std::uint32_t k = t; k > start; --k) {
      const std::uint32_t b = k - 1;
      if (IsPunct(b, ";") ||
          (IsPunct(b, ",") && k < t && (IsLower(k, "and") || IsLower(k, "but")))) {
        from = IsPunct(b, ";") ? k : k + 1;
        break;
      }
    }
    // Skip an opening adverbial clause or phrase up to its comma: "In a statement,", "Asked
    // about it,", "Later in the day,", "Still,".
    auto opens_adverbial = [&](std::uint32_t w) {
      const WordClass c = Class(w);
      const std::string_view text = Text(w);
      // "Eight years ago,", "A few minutes later,": a count of time.
      const bool count_of_time =
          (IsCount(w) && Class(w + 1) == WordClass::kTime) ||
          (IsLower(w, "a") && IsLower(w + 1, "few") && Class(w + 2) == WordClass::kTime);
      return c == WordClass::kPreposition || c == WordClass::kSubordinator ||
             c == WordClass::kAdverb || c == WordClass::kTime || SkipTime(w, t) > w ||
             count_of_time ||
             (IsCapitalized(w) &&
              (text.ends_with("ed") || text.ends_with("ing") || IsLyAdverb(w)) &&
              mentions_.At(w) == nullptr);
    };
    if (from < t && opens_adverbial(from)) {
      for (std::uint32_t k = from; k < t; ++k) {
        if (quoted_[k]) break;
        if (IsPunct(k, ",")) {
          from = k + 1;
          break;
        }
      }
    }
    while (from < t && (IsOpenMark(from) || !IsWord(from))) ++from;
    // ", and specifically mentioned ...": a second predicate of the clause before the comma
    // shares its subject (searched for within this search's window).
    if (from > start + 2 && IsPunct(from - 2, ",") &&
        (Class(from) == WordClass::kAdverb || IsLyAdverb(from) || StartsPredicate(from))) {
      return ClauseSubject(from - 2, start);
    }
    Phrase p = NounPhraseRight(from, t);
    if (!Plausible(p)) return {};
    // "The museum's former curator, Dr. Ruth Okonkwo, said": the name speaks.
    if (Describes(p)) {
      const Phrase name = AppositiveName(p.end, t);
      if (!name.empty()) return name;
    }
    return p;
  }

  // The speaker of a cue at `cue`, from the words before it: "Trump said", "Trump has said
  // repeatedly", "X, a doctor, said", "Trump in his 2024 campaign vowed", "X was quoted as saying".
  Phrase SpeakerBefore(std::uint32_t cue, std::uint32_t limit = 0) const {
    const std::uint32_t start =
        std::max({SentenceAt(cue).first_token, cue > kWindow ? cue - kWindow : 0, limit});
    std::uint32_t t = cue;
    auto skip_adverbs = [&] {
      while (t > start &&
             (Class(t - 1) == WordClass::kAdverb || Class(t - 1) == WordClass::kAuxiliary ||
              (Kind(t - 1) == TokenKind::kWord && !IsCapitalized(t - 1) &&
               Text(t - 1).ends_with("ly")))) {
        --t;
      }
    };
    skip_adverbs();
    if (t >= start + 2 && IsLower(t - 1, "as") && IsLower(t - 2, "quoted")) {
      t -= 2;
      skip_adverbs();
    }
    // "Sen. Harry Reid (D-Nev.) said": a short parenthesis (a party, a state, an age) after the
    // name.
    if (t > start && IsPunct(t - 1, ")")) {
      std::uint32_t open = t - 1;
      while (open > start && !IsPunct(open, "(") && t - open < 8) --open;
      if (IsPunct(open, "(")) {
        t = open;
        skip_adverbs();
      }
    }
    // "Beck, who ..., said": the relative pronoun is the speaker's mention; the phrase before
    // its comma names the speaker.
    // "voters who said ...": a restrictive relative clause, the same without the comma.
    if (t > start + 1 && IsLower(t - 1, "who") &&
        (IsPunct(t - 2, ",") || (InNounPhrase(t - 2) && IsWord(t - 2)))) {
      Phrase who{t - 1, t, t - 1, t};
      const Phrase named = NounPhraseLeft(IsPunct(t - 2, ",") ? t - 2 : t - 1, start);
      if (!Plausible(named)) return {};
      who.antecedent_first = named.first;
      who.antecedent_end = named.end;
      return who;
    }
    // Appositives and relative clauses between commas, one or more: "X, a doctor, said", "X,
    // who lost her daughter in Aurora, Colorado, in 2012, said". A name there after a
    // description is the speaker: "the board's chairman, Sir Geoffrey Lamb, wrote". A relative
    // clause may stand between dashes too: "Sanders - who ... - has vowed".
    // `close` is the comma (or dash) that closes the segment looked at; the speaker phrase
    // ends before the last one that closes an appositive.
    if (t > start && (IsPunct(t - 1, ",") || IsDash(t - 1))) {
      std::uint32_t close = t - 1;
      for (int hop = 0; hop < 4 && close > start; ++hop) {
        const bool dash = IsDash(close);
        if (!dash && !IsPunct(close, ",")) break;
        auto opens_segment = [&](std::uint32_t b) { return dash ? IsDash(b) : IsPunct(b, ","); };
        std::uint32_t k = close;  // the segment is [k, close)
        while (k > start && !quoted_[k - 1] && close - k < kAppositiveWindow &&
               !opens_segment(k - 1)) {
          --k;
        }
        if (k <= start || k == close || !opens_segment(k - 1)) break;
        if (dash) {
          if (Class(k) == WordClass::kSubordinator) t = k - 1;
          break;
        }
        if (!(hop == 0 ? Appositive(k, close) : SetOff(k, close))) {
          // "the board's chairman, Sir Geoffrey Lamb, wrote": the name speaks.
          if (hop == 0 && Describes(NounPhraseLeft(k - 1, start))) {
            const Phrase name = AppositiveName(k - 1, close);
            if (name.end == close) return name;
          }
          break;
        }
        t = close = k - 1;
        if (Class(k) == WordClass::kSubordinator) break;  // ", who ...": the name comes before
      }
    }
    Phrase object;  // the object of a preposition the speaker phrase ends with, if any
    for (int pp = 0; pp < 3; ++pp) {
      Phrase p = NounPhraseLeft(t, start);
      if (p.empty()) return {};
      // A phrase after a preposition is its object ("in his 2024 campaign"): the subject is
      // further left.
      // "About 38 percent of the students said": "about", "over" and "under" before a number
      // count it, opening the subject.
      if (p.first > start && IsCount(p.first) &&
          (IsLower(p.first - 1, "about") || IsLower(p.first - 1, "over") ||
           IsLower(p.first - 1, "under")) &&
          (p.first - 1 == start || !InNounPhrase(p.first - 2))) {
        --p.first;
      }
      // "Two in three said", "one in five say": a ratio.
      if (p.first > start + 1 && p.end == p.first + 1 && IsCount(p.first) &&
          IsLower(p.first - 1, "in") && IsCount(p.first - 2)) {
        p.first -= 2;
        p.head_first = p.first;
        p.head_end = p.end;
        return p;
      }
      if (p.first > start && Class(p.first - 1) == WordClass::kPreposition &&
          !IsLower(p.first - 1, "of") && !IsLower(p.first - 1, "for")) {
        object = p;
        t = p.first - 1;
        continue;
      }
      if (!Plausible(p)) return {};
      // ... unless the object narrows the subject down: "Analysts at Larch Capital", "a person
      // familiar with the plans", "people close to him".
      if (!object.empty() && object.first == t + 1 && NarrowedBy(p, t, object)) {
        p.end = object.end;
        SetHead(&p);
      }
      return p;
    }
    return {};
  }

  // True when the phrase `object`, after the preposition at `preposition`, belongs to the phrase
  // `p` before it rather than to the clause: a name ("Analysts at Larch Capital", "officials in
  // Washington"), or after a participle or adjective ("a person familiar with the plans", "a
  // summary released by the office", "people close to him").
  bool NarrowedBy(const Phrase& p, std::uint32_t preposition, const Phrase& object) const {
    if (StartsPostModifier(p.end - 1)) return true;
    if (!(IsLower(preposition, "at") || IsLower(preposition, "in") ||
          IsLower(preposition, "from") || IsLower(preposition, "with"))) {
      return false;
    }
    // "A diplomat from a northern member state, who asked not to be named, said": a phrase
    // set off by a comma from the rest of the clause belongs to the person it describes.
    if (Describes(p) && IsPunct(object.end, ",") && Class(object.first) != WordClass::kTime &&
        !IsPossessive(object.first)) {
      return true;
    }
    for (std::uint32_t k = object.first; k < object.end; ++k) {
      const MentionRef* m = mentions_.At(k);
      if (m != nullptr && !m->pronoun && m->type != EntityType::kPer) return true;
    }
    return false;
  }

  // The speaker after a cue: "said Russian President Vladimir Putin", "said a spokesman".
  Phrase SpeakerAfter(std::uint32_t cue_end) const {
    const std::uint32_t end = SentenceAt(cue_end - 1).end_token;
    if (cue_end >= end) return {};
    const std::uint32_t t = cue_end;
    // "said lead author Maria Quint": a role in small letters, then the person's name.
    for (std::uint32_t k = t; k < end && k - t < 3; ++k) {
      if (Kind(k) != TokenKind::kWord || IsCapitalized(k) || quoted_[k] ||
          Class(k) != WordClass::kOther || LookupCue(Text(k)) != nullptr ||
          Text(k).ends_with("ed") || Text(k).ends_with("ing")) {
        break;
      }
      const MentionRef* m = mentions_.At(k + 1);
      if (m != nullptr && !m->pronoun && m->type == EntityType::kPer && m->first_token == k + 1) {
        return Phrase{t, m->end_token, m->first_token, m->end_token};
      }
    }
    // "said Trump", "said the mayor", "said former governor Howard Dean".
    if (IsLower(t, "that") ||
        !(IsCapitalized(t) || Class(t) == WordClass::kDeterminer ||
          Class(t) == WordClass::kPronoun || LookupTitleWordAnyCase(Text(t)) != nullptr))
      return {};
    Phrase p = NounPhraseRight(t, end);
    if (!Plausible(p)) return {};
    // "said the family's lawyer, Priya Raman": a description, then the person's name.
    if (!IsCapitalized(p.first)) {
      const Phrase name = AppositiveName(p.end, end);
      if (!name.empty()) return name;
    }
    if (Describes(p)) {
      ExtendByModifiers(&p, end);
      SetHead(&p);
    }
    return p;
  }

  // The speaker of the cue at `cue`: before it, or the clause's subject for participles
  // ("..., saying") and for a second verb ("... but insisted").
  Phrase SpeakerOfCue(std::uint32_t cue, const CueWord& word) const {
    if (!word.participle) {
      Phrase p = SpeakerBefore(cue);
      if (!p.empty()) return p;
    } else if (cue > 0) {
      // "with Donald Trump tweeting that ...": a name right before the participle is its
      // subject.
      const MentionRef* m = mentions_.At(cue - 1);
      if (m != nullptr && !m->pronoun && m->end_token == cue) {
        return Phrase{m->first_token, m->end_token, m->first_token, m->end_token};
      }
      // "left 62 percent of voters saying ...", "with 30 percent of voters saying": so does a
      // plural noun phrase right before it that is a subject, not an object.
      // Not an object: "sent a text to supporters saying", "carrying signs saying".
      if (IsPluralNoun(cue - 1)) {
        const std::uint32_t start = SentenceAt(cue).first_token;
        const Phrase p = NounPhraseLeft(cue, start);
        if (Plausible(p) && (p.first == start || IsLower(p.first - 1, "with") ||
                             Class(p.first - 1) == WordClass::kVerb))
          return p;
      }
    }
    // ", X added, saying ...": the participle right after a cue and its comma shares the
    // speaker of that cue.
    if (word.participle && cue >= 2 && IsPunct(cue - 1, ",")) {
      const CueWord* before = CueAt(cue - 2);
      if (before != nullptr && !before->participle) {
        const Phrase p = SpeakerBefore(cue - 2);
        if (!p.empty()) return p;
      }
    }
    Phrase subject = ClauseSubject(cue);
    if (subject.empty() && word.participle) subject = SpeakerOfCueBefore(cue);
    return subject;
  }

  // "“...,” Trump said, adding that ...", "he said before adding": a participle that follows
  // another cue shares its speaker (the clause before it is a quotation, with no subject).
  Phrase SpeakerOfCueBefore(std::uint32_t participle) const {
    const std::uint32_t start = SentenceAt(participle).first_token;
    for (std::uint32_t k = participle; k > start && participle - k < 8; --k) {
      const CueWord* cue = CueAt(k - 1);
      if (cue == nullptr) continue;
      if (cue->participle) break;
      const Phrase before = SpeakerBefore(k - 1);
      return before.empty() ? SpeakerAfter(k) : before;
    }
    return {};
  }

  // Where a reported clause ends: the sentence's end, or an earlier boundary: a parenthesis,
  // ", even though", ", while", ", but" (not ", but that ...", which goes on reporting),
  // ", compared with", ", according to", ", saying", ", and" + a new predicate, ", he said",
  // "and she accused ...", "; 46 percent said ...". Semicolons and dashes do not end it
  // otherwise (what follows them is usually still what was said). Quoted material never ends
  // a clause. Returns the end token, trailing punctuation excluded.
  std::uint32_t ClauseEnd(std::uint32_t start, std::uint32_t limit) const {
    limit = std::min(limit, start + kClauseWindow);
    std::uint32_t t = start;
    for (; t < limit; ++t) {
      // A comma inside a closing mark (“... Johnson,” explaining ...) ends a clause as well.
      const bool comma = IsPunct(t, ",") || (IsCloseMark(t) && t > start && IsPunct(t - 1, ","));
      if (quoted_[t] && !IsOpenMark(t) && !comma) continue;
      if (IsPunct(t, "(")) break;
      if (IsPunct(t, ":") && t + 1 < limit && IsOpenMark(t + 1)) break;
      if (comma && t + 1 < limit) {
        const std::uint32_t n = t + 1;
        if (IsLower(n, "even") || IsLower(n, "although") || IsLower(n, "though") ||
            IsLower(n, "while") || IsLower(n, "whereas") || IsLower(n, "despite") ||
            (IsLower(n, "but") && !IsLower(n + 1, "that")) || IsLower(n, "compared") ||
            IsAccordingTo(n)) {
          break;
        }
        // ", saying ...": the speaker's participle; ", said he was ...": the main verb after a
        // relative clause ("X, who said the project was vetted, said he ...").
        if (OpensParticipleClause(n) || CueAt(n) != nullptr) break;
        if (IsLower(n, "and") || IsLower(n, "but")) {
          std::uint32_t v = n + 1;
          while (v < limit && Class(v) == WordClass::kAdverb) ++v;
          if (v < limit && (StartsPredicate(v) || AttributionStartsAt(v, limit))) break;
        }
        // ", X said." closes the clause that came before it; so does ", he said there ...".
        if (InvertedAttributionAt(n, limit) || AttributionStartsAt(n, limit)) break;
      }
      // "... and suggested that ...", "... and would not identify ...": a second predicate of
      // the speaker, not of the reported clause.
      if ((IsLower(t, "and") || IsLower(t, "but")) && t > start) {
        std::uint32_t v = t + 1;
        while (v < limit && Class(v) == WordClass::kAdverb) ++v;
        if (v < limit &&
            (CueAt(v) != nullptr || (Class(v) == WordClass::kAuxiliary && !IsLower(v, "be") &&
                                     !IsLower(v, "been") && !ContinuesReportedClause(start, v))))
          break;
        // "... and she accused X of ...": a new attribution.
        if (v < limit && AttributionStartsAt(v, limit)) break;
      }
      // "...; 46 percent said ...": a new attribution after a semicolon.
      if (IsPunct(t, ";") && t + 1 < limit && AttributionStartsAt(t + 1, limit)) break;
    }
    if (t < limit && IsCloseMark(t)) return t + 1;  // the mark closes words of the clause
    while (t > start && (IsSentencePunct(t - 1) || IsPunct(t - 1, ",") || IsPunct(t - 1, ":"))) --t;
    return t;
  }

  // True when the auxiliary at `aux`, after "and" or "but" in a reported clause that opens at
  // `start`, goes on with that clause rather than starting a predicate of the speaker's: a
  // modal not negated ("had recovered £60,000 and would seek the rest"), or any auxiliary when
  // the clause's subject is a pronoun ("he would ask ... but did not expect one").
  bool ContinuesReportedClause(std::uint32_t start, std::uint32_t aux) const {
    const PronounKind subject = PronounKindOf(Text(start));
    if (subject == PronounKind::kMale || subject == PronounKind::kFemale ||
        subject == PronounKind::kPlural || subject == PronounKind::kSpeaker) {
      return true;
    }
    static constexpr std::string_view kModals[] = {"would",  "could", "will", "can",
                                                   "should", "might", "may",  "must"};
    bool modal = false;
    for (std::string_view m : kModals) modal = modal || IsLower(aux, m);
    return modal && Class(aux + 1) != WordClass::kNegation;
  }

  // ", saying ...", ", blaming ...": a participle after a comma opens a clause that goes with
  // the speaker's clause, not the reported one. The -ing words that are prepositions
  // ("including") or pronouns ("something") open none.
  bool OpensParticipleClause(std::uint32_t t) const {
    if (Kind(t) != TokenKind::kWord || IsCapitalized(t) || Class(t) != WordClass::kOther) {
      return false;
    }
    const std::string_view w = Text(t);
    if (w.size() <= 5 || !w.ends_with("ing") || w.ends_with("thing")) return false;
    for (std::string_view preposition :
         {"including", "regarding", "concerning", "following", "excluding", "according"}) {
      if (w == preposition) return false;
    }
    return true;
  }

  // True when the words [first, end) hold a predicate: an auxiliary, a negation, a past tense
  // (irregular, or a word in -ed after the first), a speech verb.
  bool HasPredicate(std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t t = first; t < end; ++t) {
      if (quoted_[t]) continue;
      const WordClass c = Class(t);
      if (c == WordClass::kAuxiliary || c == WordClass::kNegation || c == WordClass::kVerb)
        return true;
      if (t > first && Kind(t) == TokenKind::kWord && !IsCapitalized(t) &&
          (Text(t).ends_with("ed") || LookupCue(Text(t)) != nullptr)) {
        return true;
      }
    }
    return false;
  }

  // A past-tense or speech verb that starts a new predicate ("and repeatedly criticised").
  bool StartsPredicate(std::uint32_t t) const {
    if (Kind(t) != TokenKind::kWord || IsCapitalized(t)) return false;
    const WordClass c = Class(t);
    if (c == WordClass::kVerb || c == WordClass::kAuxiliary) return true;
    const std::string_view w = Text(t);
    return LookupCue(w) != nullptr || (w.size() > 4 && w.ends_with("ed"));
  }

  // An attribution after (or inside) the words it attributes, set off by commas:
  //   "..., the summary said."  "..., said Robert Egge, executive director of ..."
  //   "..., Okafor said on Friday."  "It was, he said, one of the bitterest failures."
  struct Inverted {
    std::uint32_t tail = kNone;    // first token after the comma that opens the attribution
    std::uint32_t resume = kNone;  // where the reported words go on after it, or kNone
    Phrase speaker;
  };

  // The attribution of the cue at `cue` if it is of that kind; `tail` is kNone otherwise.
  Inverted InvertedAttribution(std::uint32_t cue, const CueWord& word) const {
    Inverted inv;
    const Sentence& s = SentenceAt(cue);
    std::uint32_t tail = cue;
    while (tail > s.first_token && !IsPunct(tail - 1, ",") && cue - tail < 16) --tail;
    if (tail <= s.first_token + 1 || !IsPunct(tail - 1, ",") || quoted_[tail - 2]) return inv;
    std::uint32_t end = s.end_token;
    while (end > cue && (IsSentencePunct(end - 1) || IsCloseMark(end - 1))) --end;
    Phrase p;
    std::uint32_t after = cue + 1;  // the first token after the attribution
    bool speaker_after = false;
    if (tail < cue) {  // ", Okafor said"
      p = NounPhraseLeft(cue, tail);
      if (p.empty() || p.first != tail) p = DescriptiveSubject(tail, cue);
      if (p.empty()) return inv;
      // Only adverbs and auxiliaries may stand between the phrase and the cue.
      for (std::uint32_t k = p.end; k < cue; ++k)
        if (Class(k) != WordClass::kAdverb && Class(k) != WordClass::kAuxiliary) return inv;
    } else if (std::uint32_t first; !(p = SetOffSubject(cue, &first)).empty()) {
      tail = first;  // ", Helen Carter, the company's chief executive, said"
    } else {         // ", said Robert Egge"
      p = SpeakerAfter(cue + 1);
      after = p.end;
      speaker_after = true;
    }
    if (!Plausible(p)) return inv;
    // ", Republican senators have vowed to block ...", "..., an officer now charged with ...":
    // a cue that needs its words after it ("to ...", "that ...") has none of them before it.
    if (word.frame == CueFrame::kInfinitive && IsLower(after, "to")) return inv;
    if (word.frame == CueFrame::kThat) {
      std::uint32_t k = after;
      while (k < end && (Class(k) == WordClass::kAdverb || SkipTime(k, end) > k))
        k = std::max(k + 1, SkipTime(k, end));
      if (k < end && !IsPunct(k, ",")) return inv;
    }
    // What may follow: the rest of an attribution (SkipAttributionTail), an appositive after a
    // name that follows the cue (", executive director of ..."), or, after ", he said,", the
    // rest of the reported words.
    std::uint32_t k = SkipAttributionTail(after, end, TakesObject(word) && !speaker_after);
    if (k < end && IsPunct(k, ",")) {
      if (speaker_after) {
        k = end;  // an appositive to the speaker's name
      } else if (k + 1 < end && IsWord(k + 1) && !quoted_[k + 1] &&
                 Class(k + 1) != WordClass::kSubordinator && !IsLower(k + 1, "even") &&
                 Class(k + 1) != WordClass::kConjunction && !OpensParticipleClause(k + 1)) {
        inv.resume = k + 1;  // "It was, he said, one of ..."
        k = end;
      } else {
        k = end;  // "..., Carter said, even though ...": the rest is the writer's
      }
    }
    if (k != end) return inv;
    inv.tail = tail;
    inv.speaker = p;
    return inv;
  }

  // A subject longer than a noun phrase between the comma that ends reported words and their
  // cue: "..., a study of nearly 4,800 students in Sweden and Norway has found." It opens with a
  // determiner or a name and holds only the words of noun phrases, prepositions and "and" (no
  // verb: "..., the race will be tight, said X" has none to offer); auxiliaries and adverbs may
  // stand before the cue. Empty when [first, cue) is not such a subject.
  Phrase DescriptiveSubject(std::uint32_t first, std::uint32_t cue) const {
    std::uint32_t end = cue;
    while (end > first &&
           (Class(end - 1) == WordClass::kAuxiliary || Class(end - 1) == WordClass::kAdverb)) {
      --end;
    }
    if (end < first + 2 || !(Class(first) == WordClass::kDeterminer || IsCapitalized(first)))
      return {};
    for (std::uint32_t t = first; t < end; ++t) {
      if (quoted_[t] || !(IsWord(t) || Is(t, "-") || Is(t, "&"))) return {};
      if (Kind(t) == TokenKind::kContraction && !IsPossessive(t)) return {};
      // "one listing the facts": a participle opens a clause of the writer's.
      if (!IsCapitalized(t) && Text(t).size() > 4 && Text(t).ends_with("ing")) return {};
      const WordClass c = Class(t);
      if (c == WordClass::kAuxiliary || c == WordClass::kNegation || c == WordClass::kVerb ||
          c == WordClass::kSubordinator || (c == WordClass::kPronoun && !IsPossessive(t)) ||
          (c == WordClass::kConjunction && !IsLower(t, "and")) ||
          (!IsCapitalized(t) && LookupCue(Text(t)) != nullptr)) {
        return {};
      }
    }
    const WordClass last = Class(end - 1);
    if (last == WordClass::kPreposition || last == WordClass::kDeterminer ||
        last == WordClass::kConjunction || !IsWord(end - 1)) {
      return {};
    }
    Phrase p{first, end};
    SetHead(&p);
    return p;
  }

  // The speaker of a cue right after a comma, when it is a subject set off by commas with its
  // appositives: "..., Helen Carter, the company's chief executive, said", "..., his top aide,
  // Tad Devine, told". Sets `*first` to where the subject begins, after the comma that ends
  // the reported words; empty when there is no such subject.
  Phrase SetOffSubject(std::uint32_t cue, std::uint32_t* first) const {
    const std::uint32_t start = SentenceAt(cue).first_token;
    const Phrase p = SpeakerBefore(cue);
    if (!Plausible(p) || p.first <= start + 1) return {};
    std::uint32_t begin = p.first;
    // A description before the name it is in apposition to: "his top aide, Tad Devine".
    if (IsPunct(begin - 1, ",")) {
      const Phrase description = NounPhraseLeft(begin - 1, start);
      if (Describes(description) && description.first > start + 1 &&
          IsPunct(description.first - 1, ",")) {
        begin = description.first;
      }
    }
    if (!IsPunct(begin - 1, ",") || quoted_[begin - 2]) return {};
    // Between the subject and the cue, appositives and relative clauses only: a segment with a
    // verb of its own that is not a relative clause is the end of the reported words ("...,
    // the race will be tight, said X").
    bool relative = false;
    for (std::uint32_t k = p.end; k < cue; ++k) {
      if (IsPunct(k, ",")) {
        relative = Class(k + 1) == WordClass::kSubordinator;
      } else if (!relative && (Class(k) == WordClass::kAuxiliary || Class(k) == WordClass::kVerb)) {
        return {};
      }
    }
    *first = begin;
    return p;
  }

  // Past what may end an attribution after its cue and speaker: an object for "told"
  // ("told reporters"), adverbs and words of time ("said Friday"), a phrase of place or
  // circumstance ("in a statement", "of the deal"). Stops at a comma, at the limit, or at
  // anything else, such as the start of a reported clause ("said that ...", "said he ...").
  std::uint32_t SkipAttributionTail(std::uint32_t k, std::uint32_t limit, bool object) const {
    const std::uint32_t from = k;
    if (object) {
      while (k < limit && InNounPhrase(k) && k - from < 5) ++k;
    }
    // Adverbs, times and prepositional phrases, in any order: "said in an exchange with
    // reporters in the Oval Office on Friday".
    while (k < limit && k - from < 20) {
      if (Class(k) == WordClass::kAdverb) {
        ++k;
      } else if (const std::uint32_t time = SkipTime(k, limit); time > k) {
        k = time;
      } else if (Class(k) == WordClass::kPreposition) {
        ++k;
        while (k < limit && InNounPhrase(k) && Class(k) != WordClass::kPreposition) ++k;
      } else {
        break;
      }
    }
    return k;
  }

  // True when a reported clause starts at `t`, right after a cue and what belongs to it:
  // "that ...", "if ...", "whether ...", or a subject: "he ...", "the deal ...".
  bool StartsReportedClause(std::uint32_t t) const {
    if (IsLower(t, "that") || IsLower(t, "if") || IsLower(t, "whether")) return true;
    const WordClass c = Class(t);
    // "said his campaign was ...": a possessive opens the subject too.
    return c == WordClass::kPronoun || c == WordClass::kDeterminer;
  }

  // True when ", X said." (an inverted attribution) starts at token `t` (just after a comma).
  bool InvertedAttributionAt(std::uint32_t t, std::uint32_t limit) const {
    for (std::uint32_t k = t; k < limit && k - t < 12; ++k) {
      const CueWord* cue = CueAt(k);
      if (cue == nullptr || cue->participle) continue;
      return InvertedAttribution(k, *cue).tail == t;
    }
    return false;
  }

  // True when a short subject and a speech verb start at `t`: "he said", "Comey added",
  // "three-quarters said".
  bool AttributionStartsAt(std::uint32_t t, std::uint32_t limit) const {
    std::uint32_t k = t;
    if (k < limit && Class(k) == WordClass::kPronoun && !IsPossessive(k)) {
      ++k;
    } else {
      const Phrase p = NounPhraseRight(t, std::min(limit, t + 6));
      if (p.empty()) return false;
      k = p.end;
    }
    while (k < limit && (Class(k) == WordClass::kAdverb || Class(k) == WordClass::kAuxiliary)) ++k;
    const CueWord* cue = k < limit ? CueAt(k) : nullptr;
    return cue != nullptr && !cue->participle;
  }

  // The first token of the clause a cue reports: past an object for "told" ("told reporters"),
  // a short phrase before "that" ("said on Friday that"), a comma or a colon.
  std::uint32_t ClauseStart(std::uint32_t cue_end, const CueWord& cue, std::uint32_t limit) const {
    std::uint32_t t = cue_end;
    while (t < limit && Class(t) == WordClass::kAdverb) ++t;
    if (TakesObject(cue) && t < limit && !IsLower(t, "that")) {
      // The object: one noun phrase; a determiner or pronoun after its noun opens the clause.
      std::uint32_t k = t;
      bool noun = false;
      while (k < limit && InNounPhrase(k) && !OpensQuestion(k) && k - t < 8) {
        const WordClass c = Class(k);
        if (noun && (c == WordClass::kDeterminer || c == WordClass::kPronoun)) break;
        if (c != WordClass::kDeterminer) noun = true;
        ++k;
      }
      // "told reporters at City Hall (that)": a place phrase may follow the object.
      if (k < limit && (IsLower(k, "at") || IsLower(k, "in") || IsLower(k, "on"))) {
        std::uint32_t j = k + 1;
        while (j < limit && InNounPhrase(j) && j - k < 6) ++j;
        if (j < limit && IsLower(j, "that")) k = j;
      }
      t = k;
    }
    // "said on Friday that ...", "said in an interview with The Associated Press last week
    // that ...": a phrase of time or place may stand before "that", but not a clause ("said there
    // was clear evidence that ...").
    const bool phrase_first = t < limit && (Class(t) == WordClass::kPreposition ||
                                            SkipTime(t, limit) > t || IsCapitalized(t));
    for (std::uint32_t k = t; phrase_first && k < limit && k - t < 12; ++k) {
      if (IsLower(k, "that")) {
        t = k + 1;
        break;
      }
      const WordClass c = Class(k);
      if (!IsWord(k) || quoted_[k] || c == WordClass::kAuxiliary || c == WordClass::kVerb ||
          c == WordClass::kPronoun) {
        break;
      }
    }
    if (t < limit && IsLower(t, "that")) ++t;
    while (t < limit && (IsPunct(t, ",") || IsPunct(t, ":"))) ++t;
    return t;
  }

  // Past a phrase of circumstance between a cue and its clause: "said in an interview
  // (that) he ...", "said Thursday, ...". Returns `t` itself when no subject follows such a
  // phrase (the phrase is then all there is: "wrote in a memo").
  std::uint32_t SkipCircumstance(std::uint32_t t, std::uint32_t limit) const {
    std::uint32_t k = t;
    if (k < limit && Class(k) == WordClass::kPreposition) {
      ++k;
      // The phrase ends at a time ("on Wednesday it would ...") and before a pronoun, which
      // opens the clause.
      while (k < limit && InNounPhrase(k) && !IsLower(k, "that") && k - t < 7) {
        if (Class(k) == WordClass::kPronoun && !IsPossessive(k)) break;
        if (Class(k++) == WordClass::kTime) break;
      }
    }
    while (k < limit) {
      const std::uint32_t time = SkipTime(k, limit);
      if (time == k && Class(k) != WordClass::kAdverb) break;
      k = std::max(time, k + 1);
    }
    if (k == t) return t;
    while (k < limit && IsPunct(k, ",")) ++k;
    if (k < limit && IsLower(k, "that")) return k + 1;
    const WordClass c = k < limit ? Class(k) : WordClass::kOther;
    const bool subject =
        c == WordClass::kPronoun || c == WordClass::kDeterminer || (k < limit && IsCapitalized(k));
    return subject ? k : t;
  }

  // Where reported words that run from the start of sentence `s` to `end` begin: its first
  // word, but no more than kClauseWindow tokens before `end` (in a sentence of a hundred
  // thousand tokens, every attribution would otherwise report them all: quadratic output).
  std::uint32_t ReportedStart(const Sentence& s, std::uint32_t end) const {
    std::uint32_t begin = std::max(s.first_token, end > kClauseWindow ? end - kClauseWindow : 0);
    while (begin < end && !IsWord(begin)) ++begin;
    return begin;
  }

  // --- Quoted material ------------------------------------------------------------------------

  std::uint32_t WordCount(const QuotedRegion& r) const {
    std::uint32_t n = 0;
    for (std::uint32_t t = r.first_token; t < r.end_token; ++t) n += IsWord(t);
    return n;
  }

  // Quoted words that read as speech rather than a term: they open with a capital, end with
  // punctuation of their own, or are long.
  bool SpeechLike(const QuotedRegion& r) const {
    if (r.empty()) return false;
    if (r.continued_by != QuotedRegion::kNone || r.continues != QuotedRegion::kNone) return true;
    const std::uint32_t words = WordCount(r);
    if (words >= kLongQuoteWords) return true;
    const std::uint32_t last = r.end_token - 1;
    const bool own_punct =
        Kind(last) == TokenKind::kPunctuation && (Text(last) == "," || IsSentencePunct(last));
    // A title or name in capitals ("The Art of the Deal") is not speech on its own.
    bool all_capitalized = true;
    for (std::uint32_t t = r.first_token; t < r.end_token; ++t)
      if (IsWord(t) && !IsCapitalized(t) && Class(t) == WordClass::kOther) all_capitalized = false;
    // “Hannity,” Gingrich said ...: one word and a comma is more often a name than speech
    // (“Absolutely,” she said is still found, as a fragment attributed right after its mark).
    if (own_punct && (words >= 2 || IsSentencePunct(last))) return true;
    // “A big truck” plowed through ...: the sentence goes on, so the quoted words are part of it.
    if (r.closed() && r.close_token + 1 < Size() && Kind(r.close_token + 1) == TokenKind::kWord &&
        !IsCapitalized(r.close_token + 1) && CueAt(r.close_token + 1) == nullptr &&
        SentenceIndex(r.close_token + 1) == SentenceIndex(r.close_token)) {
      return false;
    }
    return IsCapitalized(r.first_token) && words >= 3 && !all_capitalized;
  }

  // The title of a show, book or slogan: short, every word capitalized, where a name can stand
  // ("on NBC's “Meet the Press.”", "a corporate culture called “The HP Way.”", "in “The Art of
  // the Deal,”").
  bool TitleOfWork(const QuotedRegion& r) const {
    if (r.continued_by != QuotedRegion::kNone || r.open_token == 0) return false;
    std::uint32_t words = 0;
    for (std::uint32_t t = r.first_token; t < r.end_token; ++t) {
      if (!IsWord(t)) {
        if (IsPunct(t, "?") || IsPunct(t, "!")) return false;
        continue;
      }
      ++words;
      if (!IsCapitalized(t) && Class(t) == WordClass::kOther) return false;
    }
    if (words == 0 || words >= kLongQuoteWords) return false;
    const std::uint32_t before = r.open_token - 1;
    return Class(before) == WordClass::kPreposition || Class(before) == WordClass::kDeterminer ||
           IsPossessive(before) || IsLower(before, "called") || IsLower(before, "titled") ||
           IsLower(before, "named") || IsLower(before, "dubbed");
  }

  // The attribution of a quotation from the words right after its closing mark: “...,” Trump
  // said / said Trump / Trump told reporters / — Name.
  Attribution AfterClose(const QuotedRegion& r) const {
    Attribution a;
    if (!r.closed()) return a;
    std::uint32_t limit = SentenceAt(r.close_token).end_token;
    std::uint32_t t = r.close_token + 1;
    // “Is anyone listening?” Carter asked: a question or exclamation mark ends a sentence for
    // the segmenter, and the attribution opens the next one, in the same paragraph.
    if (t == limit && t < Size() && r.end_token > r.first_token &&
        (IsPunct(r.end_token - 1, "?") || IsPunct(r.end_token - 1, "!")) &&
        ParagraphAt(t) == ParagraphAt(r.close_token)) {
      limit = SentenceAt(t).end_token;
    }
    if (t < limit && IsPunct(t, ",")) ++t;
    if (t < limit && IsDash(t)) {  // “...” — Name
      Phrase p = NounPhraseRight(t + 1, limit);
      if (Plausible(p) && IsCapitalized(p.first)) {
        a.speaker = p;
        a.cue = t;
        a.cue_end = t + 1;
        a.evidence = Evidence::kSameSentence;
      }
      return a;
    }
    if (IsAccordingTo(t)) {  // “...,” according to the ministry.
      a.speaker = AccordingToSource(t, limit);
      if (a.speaker.empty()) return a;
      a.cue = t;
      a.cue_end = t + 2;
      a.evidence = Evidence::kSameSentence;
      return a;
    }
    std::uint32_t end = limit;
    while (end > t && (IsSentencePunct(end - 1) || IsCloseMark(end - 1))) --end;
    // Up to 12 tokens: “...,” Representative Steve Cohen, Democrat of Tennessee, told ...
    for (std::uint32_t k = t; k < limit && k - t < 12; ++k) {
      // "“...,” and said that ...": a conjunction starts another predicate.
      if (IsOpenMark(k) || quoted_[k] || Class(k) == WordClass::kConjunction) break;
      const CueWord* cue = CueAt(k);
      if (cue == nullptr) continue;
      Phrase speaker = k > t ? SpeakerBefore(k, t) : Phrase{};
      std::uint32_t after = k + 1;
      // "“...,” X, ..., told Mr. Obama": after "told", a name is who was told.
      if (!Plausible(speaker) && cue->frame != CueFrame::kObject) {
        speaker = SpeakerAfter(k + 1);
        if (Plausible(speaker)) after = speaker.end;
      }
      if (!Plausible(speaker) && cue->participle) speaker = ClauseSubject(k);
      // The cue must have nothing of its own to report: “Hannity,” Gingrich said if ... is
      // not an attribution of “Hannity”.
      const std::uint32_t rest =
          SkipAttributionTail(after, end, TakesObject(*cue) && speaker.end <= k);
      if (rest < end && StartsReportedClause(rest)) return a;
      a.cue = k;
      a.cue_end = k + 1;
      a.evidence = Evidence::kSameSentence;
      a.speaker = Plausible(speaker) ? speaker : Phrase{};
      return a;
    }
    return a;
  }

  // The attribution of a quotation from the words before its opening mark: Trump said: “...” /
  // Trump said, “...” / saying: “...” / Trump told reporters: “...”.
  Attribution BeforeOpen(const QuotedRegion& r) const {
    Attribution a;
    const std::uint32_t start = SentenceAt(r.open_token).first_token;
    std::uint32_t t = r.open_token;
    while (t > start && (IsPunct(t - 1, ",") || IsPunct(t - 1, ":") || IsLower(t - 1, "that"))) --t;
    for (std::uint32_t k = t; k > start && t - k < 8; --k) {
      const std::uint32_t c = k - 1;
      if (quoted_[c] || IsSentencePunct(c)) break;
      const CueWord* cue = CueAt(c);
      if (cue == nullptr) {
        if (Kind(c) == TokenKind::kWord && LookupCue(Text(c)) != nullptr && Negated(c)) {
          a.negated = true;
          return a;
        }
        continue;
      }
      a.cue = c;
      a.cue_end = c + 1;
      a.evidence = Evidence::kSameSentence;
      a.speaker = SpeakerOfCue(c, *cue);
      return a;
    }
    return SpeakerColon(r);
  }

  // Clinton: “Our goal is ...”: a phrase that opens its sentence, a colon and the quotation
  // (transcripts, and quotes set off in lists). The colon is the cue.
  Attribution SpeakerColon(const QuotedRegion& r) const {
    Attribution a;
    const std::uint32_t colon = r.open_token - 1;
    if (r.open_token == 0 || !IsPunct(colon, ":")) return a;
    std::uint32_t start = SentenceAt(r.open_token).first_token;
    // The phrase (six tokens at most) opens the sentence after a few marks at most (a bullet, a
    // dash): a colon further in has no such phrase before it, and the scan stays short however
    // many quotations of the sentence follow colons.
    constexpr std::uint32_t kMaxOpening = 16;
    if (colon - start > kMaxOpening) return a;
    while (start < colon && !IsWord(start)) ++start;
    const Phrase p = NounPhraseLeft(colon, start);
    if (p.first != start || !Plausible(p) || p.end - p.first > 6) return a;
    a.speaker = p;
    a.cue = colon;
    a.cue_end = colon + 1;
    a.evidence = Evidence::kSameSentence;
    return a;
  }

  // ‘We were robbed’: Rovers boss fumes after ...: in a headline, quoted words, a colon and the
  // speaker (a noun phrase; the headline's verb in -s after it is not part of it). There is no
  // cue; the colon stands for one.
  Attribution HeadlineColon(const QuotedRegion& r) const {
    Attribution a;
    if (!r.closed() || !InHeadline(r.open_token) || !IsPunct(r.close_token + 1, ":")) return a;
    const std::uint32_t limit = SentenceAt(r.close_token).end_token;
    Phrase p = NounPhraseRight(r.close_token + 2, limit);
    // "Rovers boss fumes after", "Union leader hits out": the verb in -s ends the phrase (not
    // a plural before a verb: "Police chiefs warn").
    for (std::uint32_t t = p.first + 1; t < p.end; ++t) {
      const std::string_view w = Text(t);
      if (Kind(t) == TokenKind::kWord && !IsCapitalized(t) && w.ends_with("s") &&
          !w.ends_with("ss") && t + 1 < limit && LookupCue(Text(t + 1)) == nullptr &&
          Class(t + 1) != WordClass::kVerb) {
        p.end = t;
        SetHead(&p);
        break;
      }
    }
    if (!Plausible(p) || !IsWord(p.first) || Class(p.first) == WordClass::kPronoun) return a;
    a.speaker = p;
    a.evidence = Evidence::kSameSentence;
    return a;
  }

  // A headline's quotation most often repeats words quoted in the story, where the speaker is
  // named: the headline's speaker ("Rovers boss") stands for the speaker of the first quotation
  // of the body that holds the same words. Headline quotations of up to 16 words are compared,
  // word by word, with every quotation's words: linear in the text.
  void HeadlineSpeakers() {
    constexpr std::uint32_t kMaxWords = 16;
    // A headline holds a quotation or two; a pathological one with thousands is not looked at
    // beyond the first few.
    int looked_at = 0;
    for (Candidate& h : candidates_) {
      if (looked_at == 4) break;
      if (h.kind != QuoteKind::kDirect || h.attribution.speaker.empty() ||
          h.attribution.cue != kNone || !InHeadline(h.token_spans.front().first)) {
        continue;
      }
      std::vector<std::string_view> words;
      for (const auto& [first, end] : h.token_spans)
        for (std::uint32_t t = first; t < end; ++t)
          if (IsWord(t)) words.push_back(Text(t));
      if (words.empty() || words.size() > kMaxWords) continue;
      ++looked_at;
      Phrase& speaker = h.attribution.speaker;
      for (const Candidate& b : candidates_) {
        if (&b == &h || b.attribution.speaker.empty() || b.kind == QuoteKind::kPartial ||
            InHeadline(b.token_spans.front().first) || !HoldsWords(b, words)) {
          continue;
        }
        const Phrase& named = b.attribution.speaker;
        const bool relative = named.antecedent_end > named.antecedent_first;
        speaker.antecedent_first = relative ? named.antecedent_first : named.first;
        speaker.antecedent_end = relative ? named.antecedent_end : named.end;
        break;
      }
      if (speaker.antecedent_end <= speaker.antecedent_first) PersonOfOrganization(&speaker);
    }
  }

  // "Rovers boss": an organization's name and a role in small letters stand for the person
  // the story introduces with that name and a title ("Kingsway Rovers manager Danny
  // Whitcombe"), the first one; `speaker` is left alone when there is none. One pass over the
  // story's tokens.
  void PersonOfOrganization(Phrase* speaker) const {
    const MentionRef* org = nullptr;
    for (std::uint32_t t = speaker->first; t < speaker->end; ++t) {
      const MentionRef* m = mentions_.At(t);
      if (m != nullptr && !m->pronoun && m->type == EntityType::kOrg && m->entity >= 0) org = m;
    }
    if (org == nullptr || org->end_token >= speaker->end || IsCapitalized(speaker->end - 1)) return;
    for (std::uint32_t t = 0; t < Size(); ++t) {
      const MentionRef* m = mentions_.At(t);
      if (m == nullptr || m->first_token != t || m->entity != org->entity || InHeadline(t))
        continue;
      std::uint32_t k = m->end_token;
      while (k < Size() && k - m->end_token < 3 && LookupTitleWordAnyCase(Text(k)) != nullptr) ++k;
      const MentionRef* person = k > m->end_token ? mentions_.At(k) : nullptr;
      if (person != nullptr && !person->pronoun && person->type == EntityType::kPer &&
          person->first_token == k) {
        speaker->antecedent_first = person->first_token;
        speaker->antecedent_end = person->end_token;
        return;
      }
      t = m->end_token - 1;
    }
  }

  // True when the quotation `c` holds `words` in a row (compared case-insensitively).
  bool HoldsWords(const Candidate& c, const std::vector<std::string_view>& words) const {
    for (const auto& [first, end] : c.token_spans) {
      std::uint32_t matched = 0;
      for (std::uint32_t t = first; t < end; ++t) {
        if (!IsWord(t)) continue;
        if (AsciiLower(Text(t)) != AsciiLower(words[matched])) {
          matched = AsciiLower(Text(t)) == AsciiLower(words[0]) ? 1 : 0;
        } else {
          ++matched;
        }
        if (matched == words.size()) return true;
      }
    }
    return false;
  }

  // A cue elsewhere in the sentence of the quotation, outside quotation marks.
  Attribution InSentence(const QuotedRegion& r) const {
    Attribution a;
    const Sentence& s = SentenceAt(r.open_token);
    const std::uint32_t from =
        std::max(s.first_token, r.open_token > kWindow ? r.open_token - kWindow : 0);
    const std::uint32_t to = std::min(s.end_token, r.end_token + kWindow);
    std::uint32_t end = s.end_token;
    while (end > r.end_token && (IsSentencePunct(end - 1) || IsCloseMark(end - 1))) --end;
    for (std::uint32_t k = from; k < to; ++k) {
      if (used_cue_[k] || (k >= r.open_token && k <= r.end_token)) continue;
      const CueWord* cue = CueAt(k);
      if (cue == nullptr || cue->frame == CueFrame::kEvaluative) continue;
      a.speaker = SpeakerOfCue(k, *cue);
      if (a.speaker.empty()) continue;
      // After the quotation, a cue with a clause of its own reports that clause instead.
      if (k > r.end_token) {
        const std::uint32_t rest = SkipAttributionTail(k + 1, end, TakesObject(*cue));
        if (rest < end && StartsReportedClause(rest)) continue;
      }
      a.cue = k;
      a.cue_end = k + 1;
      a.evidence = Evidence::kSameSentence;
      return a;
    }
    return Attribution{};
  }

  // The nearest usable cue before a short quoted fragment in its sentence.
  std::uint32_t CueBefore(std::uint32_t token) const {
    const std::uint32_t start =
        std::max(SentenceAt(token).first_token, token > kWindow ? token - kWindow : 0);
    for (std::uint32_t k = token; k > start; --k) {
      if (CueAt(k - 1) != nullptr) return k - 1;
      if (IsPunct(k - 1, ";")) break;
    }
    return kNone;
  }

  // --- Passes -----------------------------------------------------------------------------------

  // Quotations in marks: direct (with split and multi-paragraph forms), mixed and partial.
  void QuotedPasses() {
    std::vector<bool> consumed(regions_.size(), false);
    std::vector<std::uint32_t> direct_of_region(regions_.size(), kNone);
    for (std::uint32_t i = 0; i < regions_.size(); ++i) {
      const QuotedRegion& r = regions_[i];
      if (consumed[i] || r.nested || r.empty() || r.continues != QuotedRegion::kNone) continue;
      if (TitleOfWork(r)) continue;
      if (!SpeechLike(r) || OpensMidClause(r)) {
        Fragment(i, &consumed);
        continue;
      }
      Candidate c;
      c.kind = QuoteKind::kDirect;
      std::uint32_t last = i;
      for (std::uint32_t k = i; k != QuotedRegion::kNone; k = regions_[k].continued_by) {
        c.token_spans.push_back({regions_[k].first_token, regions_[k].end_token});
        consumed[k] = true;
        last = k;
      }
      c.unclosed = !regions_[last].closed();
      c.attribution = BeforeOpen(r);
      if (c.attribution.negated) continue;
      if (!c.attribution.found()) c.attribution = AfterClose(regions_[last]);
      // “Q1,” X said, “Q2”: one quotation in two parts.
      if (c.attribution.found() && c.attribution.cue > regions_[last].end_token) {
        const std::uint32_t after = std::max(c.attribution.cue_end, c.attribution.speaker.end);
        std::uint32_t k = after;
        if (k < Size() && IsPunct(k, ",")) ++k;
        if (k < Size() && IsOpenMark(k)) {
          for (std::uint32_t j = last + 1; j < regions_.size() && regions_[j].open_token <= k;
               ++j) {
            if (regions_[j].open_token != k) continue;
            if (!regions_[j].nested && !consumed[j]) {
              for (std::uint32_t m = j; m != QuotedRegion::kNone; m = regions_[m].continued_by) {
                c.token_spans.push_back({regions_[m].first_token, regions_[m].end_token});
                consumed[m] = true;
              }
            }
            break;
          }
        }
      }
      if (!c.attribution.found()) c.attribution = InSentence(r);
      if (!c.attribution.found()) c.attribution = HeadlineColon(regions_[last]);
      // Trump said that while he fears ..., “I've never seen ...”: the quoted words end a
      // reported clause that began before them.
      if (c.attribution.cue != kNone && c.attribution.cue < r.open_token &&
          c.token_spans.size() == 1) {
        const CueWord* cue = CueAt(c.attribution.cue);
        const std::uint32_t limit = SentenceAt(r.open_token).end_token;
        if (cue != nullptr && cue->frame != CueFrame::kEvaluative &&
            cue->frame != CueFrame::kQuoted) {
          const std::uint32_t start = ClauseStart(c.attribution.cue_end, *cue, limit);
          std::uint32_t words = 0;
          for (std::uint32_t k = start; k < r.open_token; ++k) words += IsWord(k);
          if (start < r.open_token && words >= 2) {
            c.kind = QuoteKind::kMixed;
            c.token_spans.front() = {start, r.closed() ? r.close_token + 1 : r.end_token};
          }
        }
      }
      MarkCue(c.attribution);
      direct_of_region[i] = static_cast<std::uint32_t>(candidates_.size());
      candidates_.push_back(std::move(c));
    }
    ShareParagraphSpeakers(direct_of_region);
  }

  void MarkCue(const Attribution& a) {
    if (a.cue != kNone) used_cue_[a.cue] = true;
  }

  // Quoted words that open with a small letter after other words of their sentence continue
  // that sentence: Trump's presence "is going to help our candidates," he said.
  bool OpensMidClause(const QuotedRegion& r) const {
    if (r.continues != QuotedRegion::kNone || r.continued_by != QuotedRegion::kNone) return false;
    std::uint32_t first_word = r.first_token;
    while (first_word < r.end_token && !IsWord(first_word)) ++first_word;
    if (first_word >= r.end_token || IsCapitalized(first_word) ||
        Kind(first_word) != TokenKind::kWord)
      return false;
    for (std::uint32_t k = SentenceAt(r.open_token).first_token; k < r.open_token; ++k)
      if (IsWord(k)) return true;
    return false;
  }

  // Quoted words that are not speech on their own: inside the clause of a reporting verb they
  // make a mixed quotation; after an evaluative verb, a partial one; else scare quotes.
  void Fragment(std::uint32_t i, std::vector<bool>* consumed) {
    const QuotedRegion& r = regions_[i];
    Attribution after = AfterClose(r);
    // The attribution must follow the closing mark at once: “Yes,” Anna Berg said / said Berg.
    const std::uint32_t next =
        r.closed() ? r.close_token + 1 + (IsPunct(r.close_token + 1, ",") ? 1 : 0) : kNone;
    if (after.found() && !after.speaker.empty() && r.closed() &&
        (after.cue == next || after.speaker.first == next)) {
      // “Absolutely,” she said: short, but speech. Opening after other words, it completes
      // their sentence: the whole is a mixed quotation.
      const std::uint32_t begin = ReportedStart(SentenceAt(r.open_token), r.open_token);
      Candidate c{QuoteKind::kDirect, {{r.first_token, r.end_token}}, after};
      if (begin < r.open_token && CueBefore(r.open_token) == kNone) {
        c.kind = QuoteKind::kMixed;
        c.token_spans.front() = {begin, r.close_token + 1};
      }
      MarkCue(after);
      (*consumed)[i] = true;
      candidates_.push_back(std::move(c));
      return;
    }
    const std::uint32_t cue_token = CueBefore(r.open_token);
    if (cue_token == kNone || used_cue_[cue_token]) return;
    const CueWord& cue = *CueAt(cue_token);
    if (cue.frame == CueFrame::kQuoted) return;  // "read the “fine print”": nothing said
    Candidate c;
    c.attribution.cue = cue_token;
    c.attribution.cue_end = cue_token + 1;
    c.attribution.speaker = SpeakerOfCue(cue_token, cue);
    c.attribution.evidence = Evidence::kSameSentence;
    if (cue.frame == CueFrame::kEvaluative) {
      c.kind = QuoteKind::kPartial;
      c.token_spans.push_back({r.first_token, r.end_token});
      (*consumed)[i] = true;
      // Later fragments after the same verb are partial quotes of their own.
      candidates_.push_back(std::move(c));
      return;
    }
    const std::uint32_t limit = SentenceAt(cue_token).end_token;
    const std::uint32_t start = ClauseStart(cue_token + 1, cue, limit);
    // "found Trump to be “very charming”": a cue of that frame reports only after "that".
    if (cue.frame == CueFrame::kThat && !(start > cue_token + 1 && IsLower(start - 1, "that")))
      return;
    std::uint32_t end = ClauseEnd(start, limit);
    if (end < r.end_token + 1 && r.closed()) end = r.close_token + 1;
    if (start > r.open_token) return;
    c.kind = QuoteKind::kMixed;
    c.token_spans.push_back({start, end});
    used_cue_[cue_token] = true;
    for (std::uint32_t j = i; j < regions_.size() && regions_[j].open_token < end; ++j)
      (*consumed)[j] = true;
    candidates_.push_back(std::move(c));
  }

  // Direct quotations without an attribution of their own take one from their paragraph (“Q1.”
  // ... “Q2,” she said), or, opening a paragraph, the speaker of the quotation just before
  // (the news convention for a speaker's quote paragraphs).
  void ShareParagraphSpeakers(const std::vector<std::uint32_t>& direct_of_region) {
    // The first direct quotation of each paragraph attributed in its own sentence.
    std::vector<std::uint32_t> attributed(seg_.paragraphs.size(), kNone);
    for (std::uint32_t i = 0; i < regions_.size(); ++i) {
      if (direct_of_region[i] == kNone) continue;
      const Attribution& a = candidates_[direct_of_region[i]].attribution;
      std::uint32_t& slot = attributed[regions_[i].paragraph];
      if (slot == kNone && a.evidence == Evidence::kSameSentence && !a.speaker.empty())
        slot = direct_of_region[i];
    }
    Candidate* previous = nullptr;
    std::uint32_t previous_paragraph = kNone;
    for (std::uint32_t i = 0; i < regions_.size(); ++i) {
      if (direct_of_region[i] == kNone) continue;
      Candidate& c = candidates_[direct_of_region[i]];
      const std::uint32_t paragraph = regions_[i].paragraph;
      // One speaker's quotations in a row are one quotation in several parts.
      Candidate* into = nullptr;
      if (!c.attribution.found() && attributed[paragraph] != kNone) {
        into = &candidates_[attributed[paragraph]];
      } else if (!c.attribution.found() && previous != nullptr &&
                 !previous->attribution.speaker.empty() && OpensParagraph(regions_[i]) &&
                 previous_paragraph + 1 == paragraph) {
        into = previous;
      }
      if (into != nullptr && into != &c) {
        into->token_spans.insert(into->token_spans.end(), c.token_spans.begin(),
                                 c.token_spans.end());
        into->unclosed = into->unclosed || c.unclosed;
        c.merged = true;
        previous = into;
      } else {
        previous = &c;
      }
      previous_paragraph = LastParagraph(i);
    }
  }

  bool OpensParagraph(const QuotedRegion& r) const {
    const Paragraph& p = seg_.paragraphs[r.paragraph];
    return r.open_token == seg_.sentences[p.first_sentence].first_token;
  }

  std::uint32_t LastParagraph(std::uint32_t region) const {
    while (regions_[region].continued_by != QuotedRegion::kNone)
      region = regions_[region].continued_by;
    return regions_[region].paragraph;
  }

  // Reported speech without marks: X said (that) ..., X vowed to ..., ..., saying ...,
  // according to X, ... / ..., according to X. / ..., X said.
  void IndirectPass() {
    for (std::uint32_t s = 0; s < seg_.sentences.size(); ++s) {
      const Sentence& sentence = seg_.sentences[s];
      const std::uint32_t limit = sentence.end_token;
      for (std::uint32_t t = sentence.first_token; t < limit; ++t) {
        if (quoted_[t] || used_cue_[t]) continue;
        if (IsAccordingTo(t)) {
          AccordingTo(t, sentence);
          continue;
        }
        const CueWord* cue = CueAt(t);
        if (cue == nullptr || cue->frame == CueFrame::kEvaluative ||
            cue->frame == CueFrame::kQuoted) {
          continue;
        }
        Candidate c;
        c.kind = QuoteKind::kIndirect;
        c.attribution.cue = t;
        c.attribution.cue_end = t + 1;
        c.attribution.evidence = Evidence::kSameSentence;
        // "..., the summary said." / "..., said Ana Souza."
        if (!cue->participle) {
          const Inverted inv = InvertedAttribution(t, *cue);
          if (inv.tail != kNone) {
            const std::uint32_t begin = ReportedStart(sentence, inv.tail);
            c.attribution.speaker = inv.speaker;
            if (inv.tail - 1 > begin + (inv.resume != kNone ? 0 : 2)) {
              c.token_spans.push_back({begin, inv.tail - 1});
              if (inv.resume != kNone) {
                c.token_spans.push_back({inv.resume, ClauseEnd(inv.resume, limit)});
              }
              used_cue_[t] = true;
              candidates_.push_back(std::move(c));
            }
            continue;
          }
        }
        std::uint32_t start = ClauseStart(t + 1, *cue, limit);
        if (cue->frame == CueFrame::kInfinitive) {
          if (!IsLower(start, "to")) continue;
        } else if (cue->frame == CueFrame::kQuestion) {
          if (!OpensQuestion(start)) continue;  // "asked ministers to intervene": a request
        } else {
          start = SkipCircumstance(start, limit);
        }
        if (start >= limit || quoted_[start] || !IsWord(start)) continue;
        // "would say nothing about ...": nothing was said.
        if (IsLower(start, "nothing")) continue;
        // A reported clause opens with its subject (or "to" after "vowed"), not with a
        // conjunction or a preposition: "said when ...", "wrote in a memo".
        // ... unless "that" came first: "said that while polls showed ..., it was ...".
        const WordClass opener = Class(start);
        const bool after_that = start > t + 1 && IsLower(start - 1, "that");
        if (cue->frame == CueFrame::kThat && !after_that) continue;  // "maintains a lead"
        // "said if elected he would ...": a condition opens the reported clause.
        const bool condition = IsLower(start, "if") && cue->frame != CueFrame::kInfinitive;
        if (cue->frame != CueFrame::kQuestion && !after_that && !condition &&
            (opener == WordClass::kConjunction || opener == WordClass::kSubordinator ||
             (opener == WordClass::kPreposition && cue->frame != CueFrame::kInfinitive))) {
          continue;
        }
        const std::uint32_t end = ClauseEnd(start, limit);
        if (end < start + 3) continue;
        // "had admitted 11 counts of fraud", "added a clause": words without a verb are the
        // object of such a cue, not what it reports.
        if (cue->frame == CueFrame::kClausal && !after_that && !HasPredicate(start, end)) continue;
        // "he said Wednesday morning on MSNBC": a time and a place, nothing reported.
        if (!after_that && SkipTime(start, end) > start && !HasPredicate(start, end)) continue;
        c.attribution.speaker = SpeakerOfCue(t, *cue);
        if (c.attribution.speaker.empty()) continue;
        c.token_spans.push_back({start, end});
        used_cue_[t] = true;
        candidates_.push_back(std::move(c));
      }
    }
  }

  // A speaker's label, a colon and the words, opening a paragraph without quotation marks: the
  // turns of an interview transcript ("CLINTON: Honestly, I ...", "Q: You were 14 ...") and
  // headlines that quote ("Roger Stone: Don't Trust the Voting Machines"). The label is a
  // person's name or words in capitals, at most four tokens; the words run to the paragraph's
  // end, its closing punctuation included, as in a quotation.
  void TranscriptPass() {
    for (const Paragraph& paragraph : seg_.paragraphs) {
      if (paragraph.end_sentence <= paragraph.first_sentence) continue;
      const std::uint32_t first = seg_.sentences[paragraph.first_sentence].first_token;
      const std::uint32_t end = seg_.sentences[paragraph.end_sentence - 1].end_token;
      std::uint32_t colon = first;
      while (colon < end && colon - first < 5 && !IsPunct(colon, ":")) ++colon;
      if (colon == first || colon + 3 >= end || !IsPunct(colon, ":") || quoted_[colon + 1] ||
          IsOpenMark(colon + 1) || used_cue_[colon] || !SpeakerLabel(first, colon)) {
        continue;
      }
      const std::uint32_t content_end = end;  // the words as written, their last mark too
      std::uint32_t words = 0;
      for (std::uint32_t t = colon + 1; t < content_end && words < 3; ++t) words += IsWord(t);
      if (words < 3) continue;
      Candidate c;
      c.kind = QuoteKind::kDirect;
      c.token_spans.push_back({colon + 1, content_end});
      c.attribution.speaker = Phrase{first, colon};
      SetHead(&c.attribution.speaker);
      c.attribution.cue = colon;
      c.attribution.cue_end = colon + 1;
      c.attribution.evidence = Evidence::kSameSentence;
      used_cue_[colon] = true;
      candidates_.push_back(std::move(c));
    }
  }

  // True when [first, colon) labels a speaker: a person's name (titles may stand before it), a
  // person's name in capitals ("TAPPER", "KATE BOULDUAN": the last word is the last word of a
  // person's name in the text; "UPDATE:" and "CORRECTION:" are no one), or "Q" and "A".
  bool SpeakerLabel(std::uint32_t first, std::uint32_t colon) const {
    std::uint32_t t = first;
    while (t < colon && IsCapitalized(t) && LookupTitleWord(Text(t)) != nullptr) ++t;
    if (const MentionRef* m = mentions_.At(t); m != nullptr && !m->pronoun &&
                                               m->type == EntityType::kPer && m->first_token == t &&
                                               m->end_token == colon) {
      return true;
    }
    if (colon - first > 3) return false;
    for (t = first; t < colon; ++t) {
      if (Kind(t) != TokenKind::kWord) return false;
      for (const char ch : Text(t))
        if (!(ch >= 'A' && ch <= 'Z')) return false;
    }
    if (colon == first + 1 && (Is(first, "Q") || Is(first, "A"))) return true;
    if (surnames_.empty()) {
      for (const Entity& e : entities_) {
        if (e.type != EntityType::kPer) continue;
        const std::size_t space = e.name.rfind(' ');
        surnames_.push_back(
            AsciiLower(space == std::string::npos ? e.name : e.name.substr(space + 1)));
      }
      std::sort(surnames_.begin(), surnames_.end());
      if (surnames_.empty()) surnames_.push_back(std::string());  // looked at once
    }
    const std::string last = AsciiLower(Text(colon - 1));
    return std::binary_search(surnames_.begin(), surnames_.end(), last);
  }

  // The source after "according to" at `t`, with what narrows it down ("according to a person
  // familiar with the plans"); empty when there is none.
  Phrase AccordingToSource(std::uint32_t t, std::uint32_t limit) const {
    Phrase source = NounPhraseRight(t + 2, limit);
    if (!Plausible(source)) return {};
    ExtendByModifiers(&source, limit);
    SetHead(&source);
    return source;
  }

  void AccordingTo(std::uint32_t t, const Sentence& sentence) {
    Candidate c;
    c.kind = QuoteKind::kIndirect;
    c.attribution.cue = t;
    c.attribution.cue_end = t + 2;
    c.attribution.evidence = Evidence::kSameSentence;
    c.attribution.speaker = AccordingToSource(t, sentence.end_token);
    if (c.attribution.speaker.empty()) return;
    std::uint32_t begin, end;
    const std::uint32_t after = c.attribution.speaker.end;
    // "But, according to the poll, ...", "In addition, according to ...": an opener of a word
    // or two before the cue is the writer's; the reported words follow the source.
    std::uint32_t opener_words = 0;
    for (std::uint32_t k = sentence.first_token; k < t && opener_words < 4; ++k)
      opener_words += IsWord(k);
    const bool opener =
        t > sentence.first_token && IsPunct(t - 1, ",") && opener_words <= 2 && IsPunct(after, ",");
    if (t == sentence.first_token || opener) {  // According to X, ...
      begin = after;
      while (begin < sentence.end_token && !IsPunct(begin, ",")) ++begin;
      ++begin;
      end = ClauseEnd(begin, sentence.end_token);
    } else if (t > sentence.first_token && (IsPunct(t - 1, ",") || IsDash(t - 1))) {
      begin = ReportedStart(sentence, t);  // ..., according to X.
      end = t - 1;
    } else if (t > sentence.first_token && IsWord(t - 1) && opener_words >= 4 && !quoted_[t - 1] &&
               (after >= sentence.end_token || IsSentencePunct(after) || IsPunct(after, ","))) {
      begin = ReportedStart(sentence, t);  // "... delegates according to a count by X."
      end = t;
    } else {
      return;
    }
    if (end <= begin + 2 || end > sentence.end_token) return;
    c.token_spans.push_back({begin, end});
    // "At the heart of the trouble, according to X, was a decision ...": the sentence goes on
    // after the source, and so do the reported words.
    if (begin < t && IsPunct(after, ",") && after + 1 < sentence.end_token && IsWord(after + 1) &&
        !quoted_[after + 1]) {
      const std::uint32_t rest = ClauseEnd(after + 1, sentence.end_token);
      if (rest > after + 1) c.token_spans.push_back({after + 1, rest});
    }
    used_cue_[t] = true;
    candidates_.push_back(std::move(c));
  }

  // --- Output ---------------------------------------------------------------------------------

  // A speaker named by title alone ("the mayor said", "Mayor says", "the Russian president"):
  // the person who holds that title in the article, the last one mentioned before the quote when
  // several do; -1 when none does. `before` is a byte offset in the normalized text.
  int EntityByTitle(const Phrase& p, std::uint32_t before) const {
    std::string title;  // the phrase's last title word, lower case
    for (std::uint32_t t = p.first; t < p.end; ++t) {
      const TitleWord* w = LookupTitleWordAnyCase(Text(t));
      if (w != nullptr && !w->honorific) {
        title = AsciiLower(Text(t));
      } else if (Class(t) != WordClass::kDeterminer && !IsCapitalized(t)) {
        return -1;  // "the mayor's office": more than a title
      }
    }
    if (title.empty() || p.end - p.first > 4) return -1;
    const std::uint32_t before_input = at_.ToInput({before, before}).start;
    int best = -1;
    std::uint32_t best_position = 0;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
      const Entity& e = entities_[i];
      if (e.type != EntityType::kPer || !HoldsTitle(e, title)) continue;
      // The latest mention before the speaker phrase wins; one after it counts as position 0.
      std::uint32_t position = 0;
      for (const Mention& m : e.mentions)
        if (m.span.start < before_input) position = std::max(position, m.span.start + 1);
      if (best < 0 || position > best_position) {
        best = static_cast<int>(i);
        best_position = position;
      }
    }
    return best;
  }

  // True when one of `e`'s titles holds the word `title` (lower case).
  static bool HoldsTitle(const Entity& e, const std::string& title) {
    for (const std::string& held : e.titles) {
      const std::string lower = AsciiLower(held);
      for (std::size_t at = lower.find(title); at != std::string::npos;
           at = lower.find(title, at + 1)) {
        const bool starts = at == 0 || lower[at - 1] == ' ';
        const std::size_t after = at + title.size();
        if (starts && (after == lower.size() || lower[after] == ' ')) return true;
      }
    }
    return false;
  }

  Span NormalizedSpan(std::uint32_t first, std::uint32_t end) const {
    return {seg_.tokens[first].span.start, seg_.tokens[end - 1].span.end};
  }

  // The share of quotes of this kind, with this evidence, that are right (content and speaker),
  // as measured on PolNeAR's train split by tools/eval/quote-calibration.py (rounded; a group of
  // fewer than 30 quotes takes the figure of its neighbour): a direct quote with a cue and a
  // linked speaker is right more than nine times in ten, a partial one about three. A quote with
  // no speaker is never right by that measure, so it gets the least. Without a cue of their own
  // (a speaker from the paragraph or the previous quote) and with unbalanced marks, quotes are
  // less certain.
  static double Confidence(const Candidate& c, const Speaker* speaker, bool pronoun) {
    //                                   entity, phrase, pronoun, none
    static constexpr double kDirect[] = {0.93, 0.72, 0.88, 0.05};
    static constexpr double kMixed[] = {0.83, 0.67, 0.62, 0.05};
    static constexpr double kIndirect[] = {0.80, 0.68, 0.62, 0.05};
    static constexpr double kPartial[] = {0.34, 0.22, 0.22, 0.05};
    const double* row = c.kind == QuoteKind::kDirect    ? kDirect
                        : c.kind == QuoteKind::kMixed   ? kMixed
                        : c.kind == QuoteKind::kPartial ? kPartial
                                                        : kIndirect;
    const int column = speaker == nullptr ? 3 : speaker->entity.has_value() ? 0 : pronoun ? 2 : 1;
    double score = row[column];
    if (speaker != nullptr && c.attribution.cue == kNone) score -= 0.1;
    if (c.unclosed) score -= 0.1;
    return std::clamp(score, 0.05, 0.99);
  }

  // The speaker of the quote before, for a pronoun that may stand for it.
  struct PreviousSpeaker {
    bool found = false;
    Phrase phrase;                // the phrase that names the speaker
    int entity = -1;              // index into entities_, or -1
    std::uint32_t paragraph = 0;  // the last paragraph of that quote
  };

  std::uint32_t LastParagraphOf(const Candidate& c) const {
    std::uint32_t last = 0;
    for (const auto& [first, end] : c.token_spans)
      if (end > first) last = std::max(last, ParagraphAt(end - 1));
    if (c.attribution.cue != kNone) last = std::max(last, ParagraphAt(c.attribution.cue));
    return last;
  }

  // True when "he" or "she" at token `pronoun` (resolved to `entity`, or -1) stands for the
  // speaker of the quote just before, in this paragraph or the one before: the pronoun was left
  // unresolved and that speaker is a person of its gender, or that speaker is a person named by
  // role alone ("A spokeswoman for the police said ... “...,” she said") and the entity the
  // pronoun was linked to goes unmentioned since (a reader takes the latest speaker). The search
  // for a mention looks back at most kClauseWindow tokens.
  bool SpeakerGoesOn(const PreviousSpeaker& previous, std::uint32_t pronoun, int entity) const {
    const PronounKind kind = PronounKindOf(Text(pronoun));
    if (kind != PronounKind::kMale && kind != PronounKind::kFemale) return false;
    if (previous.phrase.first >= pronoun || ParagraphAt(pronoun) > previous.paragraph + 1)
      return false;
    const Gender wanted = kind == PronounKind::kMale ? Gender::kMale : Gender::kFemale;
    if (previous.entity >= 0) {
      if (entity >= 0) return false;
      const Entity& e = entities_[static_cast<std::size_t>(previous.entity)];
      return e.type == EntityType::kPer && e.gender == wanted;
    }
    // A person named by role: the head is a title word of no other gender.
    const TitleWord* role = nullptr;
    for (std::uint32_t t = previous.phrase.head_first; t < previous.phrase.head_end; ++t)
      if (const TitleWord* w = LookupTitleWordAnyCase(Text(t))) role = w;
    if (role == nullptr || role->honorific ||
        (role->gender != Gender::kUnknown && role->gender != wanted)) {
      return false;
    }
    if (entity < 0) return true;
    if (pronoun - previous.phrase.first > kClauseWindow) return false;
    for (std::uint32_t t = previous.phrase.first; t < pronoun; ++t) {
      const MentionRef* m = mentions_.At(t);
      if (m != nullptr && m->entity == entity) return false;
    }
    return true;
  }

  // Short quoted words that nothing attributes, neither a cue nor a speaker nearby, are titles,
  // slogans and chants far more often than speech (“The Apprentice,” “Lock her up!”); long ones
  // are speech whose speaker went unfound.
  bool Unattributed(const Candidate& c) const {
    if (c.attribution.found() || c.kind != QuoteKind::kDirect) return false;
    std::uint32_t words = 0;
    for (const auto& [first, end] : c.token_spans)
      for (std::uint32_t t = first; t < end; ++t) words += IsWord(t);
    return words < kLongQuoteWords;
  }

  std::vector<Quote> Output() {
    std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
      return a.token_spans.front().first < b.token_spans.front().first;
    });
    std::vector<Quote> quotes;
    quotes.reserve(candidates_.size());
    PreviousSpeaker previous;
    for (Candidate& c : candidates_) {
      if (c.merged || Unattributed(c)) continue;
      std::sort(c.token_spans.begin(), c.token_spans.end());
      Quote q;
      q.kind = c.kind;
      for (const auto& [first, end] : c.token_spans) {
        if (end <= first) continue;
        const Span normalized = NormalizedSpan(first, end);
        q.spans.push_back(at_.ToInput(normalized));
        if (!q.text.empty()) q.text += ' ';
        q.text += at_.DecodedTextOf(normalized);
      }
      if (q.spans.empty()) continue;
      bool pronoun = false;
      const Phrase& p = c.attribution.speaker;
      if (!p.empty()) {
        Speaker speaker;
        const Span head = NormalizedSpan(p.head_first, p.head_end);
        pronoun = p.head_end == p.head_first + 1 && Class(p.head_first) == WordClass::kPronoun;
        // A relative pronoun takes its name from the phrase it stands for.
        Phrase named = p;
        if (p.antecedent_end > p.antecedent_first) {
          named = Phrase{p.antecedent_first, p.antecedent_end};
          SetHead(&named);
        }
        const MentionRef* m = mentions_.At(named.head_first);
        int entity = m != nullptr ? m->entity : -1;
        if (entity < 0 && !pronoun) entity = EntityByTitle(named, head.start);
        if (pronoun && previous.found && SpeakerGoesOn(previous, p.head_first, entity)) {
          named = previous.phrase;
          entity = previous.entity;
        }
        if (entity >= 0 && static_cast<std::size_t>(entity) < entities_.size()) {
          const Entity& e = entities_[static_cast<std::size_t>(entity)];
          speaker.entity = e.id;
          speaker.name = e.name;
        } else {
          const bool own = named.first == p.first && named.end == p.end;
          speaker.name =
              at_.DecodedTextOf(pronoun && own ? head : NormalizedSpan(named.first, named.end));
        }
        // An unresolved pronoun leaves nothing for the next one to stand for.
        if (InHeadline(p.first)) {
          // A headline's speaker is no antecedent for the story's pronouns.
        } else if (!pronoun || entity >= 0 || named.first != p.first || named.end != p.end) {
          previous = {true, named, entity, LastParagraphOf(c)};
        } else {
          previous = {};
        }
        if (c.attribution.evidence != Evidence::kInherited) speaker.span = at_.ToInput(head);
        q.speaker = std::move(speaker);
      }
      if (c.attribution.cue != kNone) {
        const Span cue = NormalizedSpan(c.attribution.cue, c.attribution.cue_end);
        q.cue = Cue{at_.ToInput(cue), at_.DecodedTextOf(cue)};
      }
      q.confidence = Confidence(c, q.speaker ? &*q.speaker : nullptr, pronoun);
      quotes.push_back(std::move(q));
      // Freed as it is used: on a text dense with quotations the candidates and the quotes are
      // the stage's peak, and the next quotation's spans take over these blocks of the same size.
      decltype(c.token_spans)().swap(c.token_spans);
    }
    for (std::size_t i = 0; i < quotes.size(); ++i) quotes[i].id = "q" + std::to_string(i + 1);
    return quotes;
  }

  const AnalyzedText& at_;
  const Segmentation& seg_;
  const MentionTable& mentions_;
  const std::vector<Entity>& entities_;
  std::vector<QuotedRegion> regions_;
  std::vector<bool> quoted_;    // per token: a quotation mark or inside a quotation
  std::vector<bool> used_cue_;  // per token: a cue already attributing a quotation
  std::vector<std::uint32_t> paragraph_of_sentence_;
  std::vector<Candidate> candidates_;
  // The last words of the people's names, lower case, sorted (filled on first use).
  mutable std::vector<std::string> surnames_;
};

}  // namespace

std::vector<Quote> FindQuotes(const AnalyzedText& text, const MentionTable& mentions,
                              const std::vector<Entity>& entities) {
  return QuoteFinder(text, mentions, entities).Run();
}

}  // namespace newslens
