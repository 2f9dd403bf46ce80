// Pronoun links (see pronoun_links.h).
#include "entities/pronoun_links.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/mention_table.h"
#include "newslens/analysis.h"
#include "newslens/segment.h"
#include "text/word_classes.h"

namespace newslens::entities {

// he/she/his/her/him: the nearest person before, of an agreeing gender, within three
// sentences, outside quotation marks.
void LinkPronouns(const TokenView& text, LinkedEntities* result) {
  const Segmentation& seg = text.segmentation();
  struct Recent {
    int entity;
    std::uint32_t sentence;
  };
  std::vector<Recent> recent;  // people mentioned in the last sentences, in order
  // Added to the table at the end: it is searched for names meanwhile, which must stay sorted.
  std::vector<MentionRef> pronouns;
  std::vector<int> male_votes(result->entities.size()), female_votes(result->entities.size());
  MentionTable::Cursor names(result->mentions);  // the tokens are visited in order
  for (const Paragraph& p : seg.paragraphs) {
    int depth = 0;  // inside quotation marks
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      // Keep only the people of the last few sentences: the only ones a pronoun may mean.
      std::size_t stale = 0;
      while (stale < recent.size() && s - recent[stale].sentence > 3) ++stale;
      recent.erase(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(stale));
      for (std::uint32_t t = seg.sentences[s].first_token; t < seg.sentences[s].end_token; ++t) {
        const std::string_view w = text.Text(t);
        if (w == "\u201C") ++depth;
        if (w == "\u201D" && depth > 0) --depth;
        if (const MentionRef* m = names.At(t); m != nullptr && !m->pronoun) {
          if (m->type == EntityType::kPer && t == m->first_token) recent.push_back({m->entity, s});
          continue;
        }
        if (depth > 0 || text.Kind(t) != TokenKind::kWord) continue;
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
    const Span span = seg.tokens[m.first_token].span;
    result->entities[static_cast<std::size_t>(m.entity)].mentions.push_back(
        {text.text().ToInput(span), text.text().DecodedTextOf(span), MentionKind::kPronoun});
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

void SortMentions(LinkedEntities* result) {
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

}  // namespace newslens::entities
