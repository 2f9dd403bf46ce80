// Greedy left-to-right decoding with BIO constraints, shared by the tagger and the trainer
// (internal header).
#ifndef NEWSLENS_NER_DECODER_H_
#define NEWSLENS_NER_DECODER_H_

#include <cstddef>
#include <cstdint>
#include <span>

#include "ner/features.h"

namespace newslens::ner {

// The best tag that may follow `previous` (ties go to the lower tag index, so O wins ties).
template <typename Score>
int BestAllowedTag(const Score* scores, int previous) {
  int best = 0;
  for (int t = 1; t < kNerTagCount; ++t) {
    if (IsAllowedAfter(previous, t) && scores[t] > scores[best]) best = t;
  }
  return best;
}

// Which of a token's dynamic keys DecodePass gives `score` and `choose`: all of them
// (DocumentFeaturizer::DynamicKeys), or those of its context alone (ContextKeys), for a scorer
// that adds the features of the previous tag itself (the tagger, which sums them once per token
// group).
enum class DynamicKeySet { kAll, kContext };

// Whether pass 2 decodes every sentence (the trainer, which learns from every decision) or only
// those whose tags it can change (DocumentFeaturizer::SharesWordsWithOtherSentences; the tagger:
// the same tags, without the work).
enum class SecondPass { kEverySentence, kChangeableSentences };

// Decodes pass `pass` (1 or 2) of a prepared document, one sentence at a time; pass 1 clears and
// fills the history that pass 2 reads. For every sentence, in order:
//   load(sentence)                       calls features.LoadSentence(sentence, ...)
// then for every token of it, in order:
//   score(token, previous, dynamic_keys, scores)   fills kNerTagCount scores (static + dynamic
//                                        features); `previous` is the tag before (or kBoundaryTag)
//   choose(token, scores, previous, dynamic_keys) -> the tag kept (the trainer updates here)
// and writes the kept tag to tags[token] (a Tag is a tag index type: std::uint8_t or NerTag). In
// pass 2, tags[] must still hold the tags of pass 1: they are read, then overwritten (or, with
// SecondPass::kChangeableSentences, left as they are in the sentences pass 2 cannot change).
template <typename Score, DynamicKeySet kKeySet = DynamicKeySet::kAll,
          SecondPass kSecondPass = SecondPass::kEverySentence, typename Tag, typename LoadFn,
          typename ScoreFn, typename ChooseFn>
void DecodePass(DocumentFeaturizer& features, int pass, LoadFn&& load, ScoreFn&& score,
                ChooseFn&& choose, Tag* tags) {
  if (pass == 1) features.ClearHistory();
  std::uint32_t dynamic[kMaxDynamicKeys];
  Score scores[kNerTagCount];
  for (std::size_t s = 0; s < features.sentence_count(); ++s) {
    if (kSecondPass == SecondPass::kChangeableSentences && pass == 2 &&
        !features.SharesWordsWithOtherSentences(s)) {
      continue;  // tags[] keeps pass 1's
    }
    load(s);
    int previous = kBoundaryTag, before_previous = kBoundaryTag;
    const std::size_t end = features.sentence_begin(s + 1);
    for (std::size_t i = features.sentence_begin(s); i < end; ++i) {
      const int pass1_tag = pass == 2 ? static_cast<int>(tags[i]) : -1;
      const int n =
          kKeySet == DynamicKeySet::kAll
              ? features.DynamicKeys(i, previous, before_previous, pass, pass1_tag, dynamic)
              : features.ContextKeys(i, previous, before_previous, pass, pass1_tag, dynamic);
      const std::span<const std::uint32_t> keys(dynamic, static_cast<std::size_t>(n));
      score(i, previous, keys, scores);
      const int tag = choose(i, static_cast<const Score*>(scores), previous, keys);
      if (pass == 1) features.RecordTag(i, tag);
      tags[i] = static_cast<Tag>(tag);
      before_previous = previous;
      previous = tag;
    }
  }
}

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_DECODER_H_
