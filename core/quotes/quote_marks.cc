#include "quotes/quote_marks.h"

#include <string_view>

namespace newslens {
namespace {

enum class Mark { kNone, kOpenDouble, kCloseDouble, kOpenSingle, kCloseSingle };

Mark MarkOf(std::string_view token) {
  if (token == "\u201C") return Mark::kOpenDouble;
  if (token == "\u201D") return Mark::kCloseDouble;
  if (token == "\u2018") return Mark::kOpenSingle;
  if (token == "\u2019") return Mark::kCloseSingle;
  return Mark::kNone;
}

}  // namespace

std::vector<QuotedRegion> PairQuotationMarks(const AnalyzedText& text) {
  const Segmentation& seg = text.segmentation;
  std::vector<QuotedRegion> regions;
  constexpr std::uint32_t kNone = QuotedRegion::kNone;
  std::vector<bool> dropped;  // regions found not to be quotations, removed at the end
  // A double region left open at the end of the previous paragraph, waiting for a continuation.
  std::uint32_t pending_continuation = kNone;

  for (std::uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    const Paragraph& paragraph = seg.paragraphs[p];
    if (paragraph.first_sentence >= paragraph.end_sentence) continue;
    const std::uint32_t first = seg.sentences[paragraph.first_sentence].first_token;
    const std::uint32_t end = seg.sentences[paragraph.end_sentence - 1].end_token;

    std::uint32_t open_double = kNone;  // index into regions
    std::uint32_t open_single = kNone;
    auto open = [&](std::uint32_t token, bool single) {
      regions.push_back({token, kNone, token + 1, token + 1, p, single,
                         /*nested=*/single && open_double != kNone});
      dropped.push_back(false);
      return static_cast<std::uint32_t>(regions.size() - 1);
    };
    auto close = [&](std::uint32_t region, std::uint32_t token) {
      regions[region].close_token = token;
      regions[region].end_token = token;
    };
    auto cut = [&](std::uint32_t region, std::uint32_t end_token) {  // ends without a mark
      regions[region].end_token = end_token;
    };
    auto drop = [&](std::uint32_t& region) {  // not a quotation after all
      dropped[region] = true;
      region = kNone;
    };

    for (std::uint32_t t = first; t < end; ++t) {
      switch (MarkOf(text.TokenText(seg.tokens[t]))) {
        case Mark::kOpenDouble:
          if (open_double != kNone) {
            if (open_single != kNone && regions[open_single].nested) drop(open_single);
            cut(open_double, t);
          }
          open_double = open(t, false);
          if (t == first && pending_continuation != kNone) {
            regions[open_double].continues = pending_continuation;
            regions[pending_continuation].continued_by = open_double;
          }
          break;
        case Mark::kCloseDouble:
          if (open_double == kNone) break;
          if (open_single != kNone && regions[open_single].nested) drop(open_single);
          close(open_double, t);
          open_double = kNone;
          break;
        case Mark::kOpenSingle:
          if (open_single != kNone) drop(open_single);  // a second opener: the first was none
          open_single = open(t, true);
          break;
        case Mark::kCloseSingle:
          if (open_single == kNone) break;
          close(open_single, t);
          open_single = kNone;
          break;
        case Mark::kNone:
          break;
      }
    }
    if (open_single != kNone) drop(open_single);
    pending_continuation = kNone;
    if (open_double != kNone) {
      cut(open_double, end);
      // Continued when the next paragraph with tokens opens with a double mark.
      for (std::uint32_t q = p + 1; q < seg.paragraphs.size(); ++q) {
        const Paragraph& next = seg.paragraphs[q];
        if (next.first_sentence >= next.end_sentence) continue;
        const Token& opener = seg.tokens[seg.sentences[next.first_sentence].first_token];
        if (MarkOf(text.TokenText(opener)) == Mark::kOpenDouble) pending_continuation = open_double;
        break;
      }
    }
  }
  // Remove the dropped regions, keeping the continuation links right.
  std::vector<std::uint32_t> new_index(regions.size(), kNone);
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < regions.size(); ++i) {
    if (!dropped[i]) new_index[i] = kept++;
  }
  std::vector<QuotedRegion> result;
  result.reserve(kept);
  for (std::uint32_t i = 0; i < regions.size(); ++i) {
    if (dropped[i]) continue;
    QuotedRegion r = regions[i];
    if (r.continues != kNone) r.continues = new_index[r.continues];
    if (r.continued_by != kNone) r.continued_by = new_index[r.continued_by];
    result.push_back(r);
  }
  return result;
}

}  // namespace newslens
