// The output of the quote finder (see passes.h).
#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/titles.h"
#include "quotes/noun_phrases.h"
#include "quotes/passes.h"

namespace newslens::quotes {
namespace {

// True when one of `e`'s titles holds the word `title` (lower case).
bool HoldsTitle(const Entity& e, const std::string& title) {
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

// A speaker named by title alone ("the mayor said", "Mayor says", "the Russian president"):
// the person who holds that title in the article, the last one mentioned before the quote when
// several do; -1 when none does. `before` is a byte offset in the normalized text.
int EntityByTitle(const QuoteText& q, const Phrase& p, std::uint32_t before) {
  std::string title;  // the phrase's last title word, lower case
  for (std::uint32_t t = p.first; t < p.end; ++t) {
    const TitleWord* w = LookupTitleWordAnyCase(q.Text(t));
    if (w != nullptr && !w->honorific) {
      title = AsciiLower(q.Text(t));
    } else if (q.Class(t) != WordClass::kDeterminer && !q.IsCapitalized(t)) {
      return -1;  // "the mayor's office": more than a title
    }
  }
  if (title.empty() || p.end - p.first > 4) return -1;
  const std::uint32_t before_input = q.text().ToInput({before, before}).start;
  int best = -1;
  std::uint32_t best_position = 0;
  for (std::size_t i = 0; i < q.entities().size(); ++i) {
    const Entity& e = q.entities()[i];
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

// The share of quotes of this kind, with this evidence, that are right (content and speaker),
// as measured on PolNeAR's train split by tools/eval/quote-calibration.py (rounded; a group of
// fewer than 30 quotes takes the figure of its neighbour): a direct quote with a cue and a
// linked speaker is right more than nine times in ten, a partial one about three. A quote with
// no speaker is never right by that measure, so it gets the least. Without a cue of their own
// (a speaker from the paragraph or the previous quote) and with unbalanced marks, quotes are
// less certain.
double Confidence(const Candidate& c, const Speaker* speaker, bool pronoun) {
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
  int entity = -1;              // index into the entities, or -1
  std::uint32_t paragraph = 0;  // the last paragraph of that quote
};

// The last paragraph that holds a word of the quotation or its cue.
std::uint32_t LastParagraphOf(const QuoteText& q, const Candidate& c) {
  std::uint32_t last = 0;
  for (const auto& [first, end] : c.token_spans)
    if (end > first) last = std::max(last, q.ParagraphAt(end - 1));
  if (c.attribution.cue != kNone) last = std::max(last, q.ParagraphAt(c.attribution.cue));
  return last;
}

// True when "he" or "she" at token `pronoun` (resolved to `entity`, or -1) stands for the
// speaker of the quote just before, in this paragraph or the one before: the pronoun was left
// unresolved and that speaker is a person of its gender, or that speaker is a person named by
// role alone ("A spokeswoman for the police said ... “...,” she said") and the entity the
// pronoun was linked to goes unmentioned since (a reader takes the latest speaker). The search
// for a mention looks back at most kClauseWindow tokens.
bool SpeakerGoesOn(const QuoteText& q, const PreviousSpeaker& previous, std::uint32_t pronoun,
                   int entity) {
  const PronounKind kind = PronounKindOf(q.Text(pronoun));
  if (kind != PronounKind::kMale && kind != PronounKind::kFemale) return false;
  if (previous.phrase.first >= pronoun || q.ParagraphAt(pronoun) > previous.paragraph + 1)
    return false;
  const Gender wanted = kind == PronounKind::kMale ? Gender::kMale : Gender::kFemale;
  if (previous.entity >= 0) {
    if (entity >= 0) return false;
    const Entity& e = q.entities()[static_cast<std::size_t>(previous.entity)];
    return e.type == EntityType::kPer && e.gender == wanted;
  }
  // A person named by role: the head is a title word of no other gender.
  const TitleWord* role = nullptr;
  for (std::uint32_t t = previous.phrase.head_first; t < previous.phrase.head_end; ++t)
    if (const TitleWord* w = LookupTitleWordAnyCase(q.Text(t))) role = w;
  if (role == nullptr || role->honorific ||
      (role->gender != Gender::kUnknown && role->gender != wanted)) {
    return false;
  }
  if (entity < 0) return true;
  if (pronoun - previous.phrase.first > kClauseWindow) return false;
  for (std::uint32_t t = previous.phrase.first; t < pronoun; ++t) {
    const MentionRef* m = q.MentionAt(t);
    if (m != nullptr && m->entity == entity) return false;
  }
  return true;
}

// Short quoted words that nothing attributes, neither a cue nor a speaker nearby, are titles,
// slogans and chants far more often than speech (“The Apprentice,” “Lock her up!”); long ones
// are speech whose speaker went unfound.
bool Unattributed(const QuoteText& q, const Candidate& c) {
  if (c.attribution.found() || c.kind != QuoteKind::kDirect) return false;
  std::uint32_t words = 0;
  for (const auto& [first, end] : c.token_spans)
    for (std::uint32_t t = first; t < end; ++t) words += q.IsWord(t);
  return words < kLongQuoteWords;
}

}  // namespace

std::vector<Quote> OutputQuotes(const QuoteText& q, QuoteCandidates* state) {
  std::sort(state->candidates.begin(), state->candidates.end(),
            [](const Candidate& a, const Candidate& b) {
              return a.token_spans.front().first < b.token_spans.front().first;
            });
  std::vector<Quote> quotes;
  quotes.reserve(state->candidates.size());
  PreviousSpeaker previous;
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
    const Phrase& p = c.attribution.speaker;
    if (!p.empty()) {
      Speaker speaker;
      const Span head = q.NormalizedSpan(p.head_first, p.head_end);
      pronoun = p.head_end == p.head_first + 1 && q.Class(p.head_first) == WordClass::kPronoun;
      // A relative pronoun takes its name from the phrase it stands for.
      Phrase named = p;
      if (p.antecedent_end > p.antecedent_first) {
        named = Phrase{p.antecedent_first, p.antecedent_end};
        SetHead(q, &named);
      }
      const MentionRef* m = q.MentionAt(named.head_first);
      int entity = m != nullptr ? m->entity : -1;
      if (entity < 0 && !pronoun) entity = EntityByTitle(q, named, head.start);
      if (pronoun && previous.found && SpeakerGoesOn(q, previous, p.head_first, entity)) {
        named = previous.phrase;
        entity = previous.entity;
      }
      if (entity >= 0 && static_cast<std::size_t>(entity) < q.entities().size()) {
        const Entity& e = q.entities()[static_cast<std::size_t>(entity)];
        speaker.entity = e.id;
        speaker.name = e.name;
      } else {
        const bool own = named.first == p.first && named.end == p.end;
        speaker.name = q.text().DecodedTextOf(
            pronoun && own ? head : q.NormalizedSpan(named.first, named.end));
      }
      // An unresolved pronoun leaves nothing for the next one to stand for.
      if (q.InHeadline(p.first)) {
        // A headline's speaker is no antecedent for the story's pronouns.
      } else if (!pronoun || entity >= 0 || named.first != p.first || named.end != p.end) {
        previous = {true, named, entity, LastParagraphOf(q, c)};
      } else {
        previous = {};
      }
      if (c.attribution.evidence != Evidence::kInherited) speaker.span = q.text().ToInput(head);
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
