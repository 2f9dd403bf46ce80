// The NER stage (see tag_names.h).
#include "ner/tag_names.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

#include "newslens/segment.h"
#include "text/char_class.h"

namespace newslens {
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
  // One tagger per thread, reused from document to document: its buffers are allocated once, and
  // its lexeme cache (ner/lexeme_cache.h) keeps the spellings of the documents before, most of
  // which a batch of news shares (some 15% fewer instructions over PolNeAR's texts in make bench).
  // What it answers never depends on the documents before (ner_test). After an input longer than
  // a chunk it is made afresh (below), so that buffers as large as a chunk needs are not carried
  // through the later stages: they took the peak memory of a 100 MB line past ten times the
  // input.
  thread_local NerTagger tagger;
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
  if (seg.tokens.size() > kChunkTokens) tagger = NerTagger();
  return tags;
}

}  // namespace newslens
