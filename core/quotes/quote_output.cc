// The output of the quote finder (see passes.h).
#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/roles.h"
#include "quotes/noun_phrases.h"
#include "quotes/passes.h"
#include "text/word_classes.h"

namespace newslens::quotes {
std::uint32_t WordCount(const QuoteText& q, const Candidate& c) {
  std::uint32_t words = 0;
  for (const auto& [first, end] : c.token_spans) words += WordsIn(q, first, end);
  return words;
}

namespace {

// The share of quotes of this kind, with this evidence, that are right (content and speaker),
// as measured on PolNeAR's train split by tools/eval/quote-calibration.py (rounded; a group of
// fewer than 30 quotes takes the figure of its neighbour): a direct quote with a cue and a
// linked speaker is right more than nine times in ten, a partial one about three. A quote with
// no speaker is never right by that measure, so it gets the least. Without a cue of their own
// (a speaker from the paragraph or the previous quote) and with unbalanced marks, quotes are
// less certain.
double Confidence(const Candidate& c, const Speaker* speaker, bool pronoun) {
  //                                   entity, phrase, pronoun, none
  static constexpr double kDirect[] = {0.93, 0.71, 0.88, 0.05};
  static constexpr double kMixed[] = {0.85, 0.66, 0.62, 0.05};
  static constexpr double kIndirect[] = {0.79, 0.68, 0.62, 0.05};
  static constexpr double kPartial[] = {0.33, 0.28, 0.28, 0.05};
  const double* row = c.kind == QuoteKind::kDirect    ? kDirect
                      : c.kind == QuoteKind::kMixed   ? kMixed
                      : c.kind == QuoteKind::kPartial ? kPartial
                                                      : kIndirect;
  const int column = speaker == nullptr ? 3 : speaker->entity.has_value() ? 0 : pronoun ? 2 : 1;
  double score = row[column];
  if (speaker != nullptr && c.attribution.cue == kNone) score -= 0.1;
  // A speaker read off the sentence before, which says no one spoke: a guess by convention,
  // whose mention is the gold source of 43% of such quotes on PolNeAR train
  // (tools/eval/quote-calibration.py: direct, no cue, entity).
  if (speaker != nullptr && c.attribution.evidence == Evidence::kLeadIn) score -= 0.4;
  if (c.unclosed) score -= 0.1;
  return std::clamp(score, 0.05, 0.99);
}

// Short quoted words that nothing attributes, neither a cue nor a speaker nearby, are titles,
// slogans and chants far more often than speech (“The Apprentice,” “Lock her up!”); long ones
// are speech whose speaker went unfound.
bool Unattributed(const QuoteText& q, const Candidate& c) {
  return !c.attribution.found() && c.kind == QuoteKind::kDirect &&
         WordCount(q, c) < kLongQuoteWords;
}

// "WALLACE" -> "Wallace": a transcript's label in capitals, named as a reader writes a name.
// Short words stay as written ("AP", "CNN": initials).
std::string NameOfLabel(std::string name) {
  bool word_start = true;
  if (name.size() <= 3 ||
      std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return name;
  for (char& c : name) {
    if (!word_start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    word_start = c == ' ' || c == '-';
  }
  return name;
}

// The document the sentence of `cue` says someone spoke in: "In a statement, the club said",
// "said in a letter to ..." -> the token of its noun; kNone when there is none.
std::uint32_t DocumentSpokenIn(const QuoteText& q, std::uint32_t cue) {
  // Near the cue only: a sentence of a hundred thousand tokens holding as many quotations would
  // otherwise be read once per quotation.
  constexpr std::uint32_t kNear = 24;
  const Sentence& s = q.SentenceAt(cue);
  const std::uint32_t first = std::max(s.first_token, cue > kNear ? cue - kNear : 0);
  const std::uint32_t end = std::min(s.end_token, cue + kNear);
  for (std::uint32_t t = first; t + 2 < end; ++t) {
    if (!q.IsAnyCase(t, "in") || !(q.IsAnyCase(t + 1, "a") || q.IsAnyCase(t + 1, "an"))) continue;
    // "in a statement", "in a written statement", "in a long letter".
    for (std::uint32_t k = t + 2; k < end && k < t + 5 && q.IsWord(k); ++k) {
      const RoleNoun* role = LookupRoleNoun(q.Text(k));
      if (role != nullptr && role->kind == RoleKind::kDocument) return k;
    }
  }
  return kNone;
}

// Who spoke in a document of some kind, for "the statement added" later: its maker.
struct DocumentMaker {
  std::string noun;  // lower case: "statement"
  Speaker speaker;
  std::uint32_t paragraph = 0;
};

}  // namespace

std::vector<Quote> OutputQuotes(const QuoteText& q, QuoteCandidates* state) {
  std::sort(state->candidates.begin(), state->candidates.end(),
            [](const Candidate& a, const Candidate& b) {
              return a.token_spans.front().first < b.token_spans.front().first;
            });
  std::vector<Quote> quotes;
  quotes.reserve(state->candidates.size());
  std::vector<DocumentMaker> makers;
  for (Candidate& c : state->candidates) {
    if (c.merged || Unattributed(q, c)) continue;
    std::sort(c.token_spans.begin(), c.token_spans.end());
    Quote quote;
    quote.kind = c.kind;
    for (const auto& [first, end] : c.token_spans) {
      if (end <= first) continue;
      const Span normalized = q.NormalizedSpan(first, end);
      quote.spans.push_back(q.text().ToInput(normalized));
      if (!quote.text.empty()) quote.text += ' ';
      quote.text += q.text().DecodedTextOf(normalized);
    }
    if (quote.spans.empty()) continue;
    bool pronoun = false;
    if (const Phrase& p = c.attribution.speaker; !p.empty()) {
      // A relative pronoun ("..., who said") takes its referent from the phrase it stands for.
      Phrase named = p;
      if (p.antecedent_end > p.antecedent_first) {
        named = Phrase{p.antecedent_first, p.antecedent_end};
        SetHead(q, &named);
      }
      const SpeakerResolver& speakers = q.speakers();
      pronoun = speakers.IsPronoun({p.first, p.end, p.head_first, p.head_end});
      const SpeakerReferent referent =
          speakers.Resolve({named.first, named.end, named.head_first, named.head_end});
      Speaker speaker;
      const Span head = q.NormalizedSpan(p.head_first, p.head_end);
      // "the spokesperson said" after "A spokesperson for Calderside Council said": the person
      // described before, who may speak for an organization the article names.
      int entity = referent.entity;
      if (entity < 0 && referent.has_antecedent()) {
        Phrase described{referent.antecedent_first, referent.antecedent_end};
        SetHead(q, &described);
        entity =
            speakers
                .Resolve({described.first, described.end, described.head_first, described.head_end})
                .entity;
      }
      if (entity >= 0) {
        const Entity& e = q.entities()[static_cast<std::size_t>(entity)];
        speaker.entity = e.id;
        speaker.name = e.name;
      } else if (referent.has_antecedent()) {
        speaker.name = q.text().DecodedTextOf(
            q.NormalizedSpan(referent.antecedent_first, referent.antecedent_end));
      } else {
        const bool own = named.first == p.first && named.end == p.end;
        speaker.name = q.text().DecodedTextOf(
            pronoun && own ? head : q.NormalizedSpan(named.first, named.end));
        const bool label = c.attribution.cue != kNone && q.IsPunct(c.attribution.cue, ":");
        if (label) speaker.name = NameOfLabel(std::move(speaker.name));
      }
      // "In a statement, the club said ... “...,” the statement added": a document the article
      // said someone spoke in, within a paragraph or two, speaks for them.
      const std::uint32_t paragraph = q.ParagraphAt(p.head_first);
      if (referent.entity < 0 && !referent.has_antecedent() && p.head_end == p.head_first + 1 &&
          p.first < p.head_first && q.IsAnyCase(p.first, "the")) {
        for (auto m = makers.rbegin(); m != makers.rend(); ++m) {
          if (m->paragraph + 2 < paragraph || !q.IsAnyCase(p.head_first, m->noun)) continue;
          speaker.entity = m->speaker.entity;
          speaker.name = m->speaker.name;
          break;
        }
      }
      if (c.attribution.evidence != Evidence::kInherited) speaker.span = q.text().ToInput(head);
      if (c.attribution.cue != kNone && (entity >= 0 || !pronoun)) {
        if (const std::uint32_t noun = DocumentSpokenIn(q, c.attribution.cue); noun != kNone) {
          // The last few only: a document is spoken for within a paragraph or two.
          constexpr std::size_t kKept = 8;
          if (makers.size() == kKept) makers.erase(makers.begin());
          makers.push_back({AsciiLower(q.Text(noun)), speaker, paragraph});
        }
      }
      quote.speaker = std::move(speaker);
    }
    if (c.attribution.cue != kNone) {
      const Span cue = q.NormalizedSpan(c.attribution.cue, c.attribution.cue_end);
      quote.cue = Cue{q.text().ToInput(cue), q.text().DecodedTextOf(cue)};
    }
    quote.confidence = Confidence(c, quote.speaker ? &*quote.speaker : nullptr, pronoun);
    quotes.push_back(std::move(quote));
    // Freed as it is used: on a text dense with quotations the candidates and the quotes are
    // the stage's peak, and the next quotation's spans take over these blocks of the same size.
    decltype(c.token_spans)().swap(c.token_spans);
  }
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    // Appended, not "q" + std::to_string(): there GCC 12 warns of an overlap that cannot happen.
    std::string& id = quotes[i].id;
    id.assign(1, 'q');
    id.append(std::to_string(i + 1));
  }
  return quotes;
}

}  // namespace newslens::quotes
