#include "text/quotation_marks.h"

#include <algorithm>
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
  constexpr std::uint32_t kNone = QuotedRegion::kNone;
  std::vector<QuotedRegion> regions;
  std::vector<bool> dropped;  // regions found not to be quotations, removed at the end
  // An opening mark makes at most one region. Reserving for them all keeps the vector from
  // doubling past its need: on a text of nothing but marks it is the stage's largest.
  std::size_t opening_marks = 0;
  for (const Token& token : seg.tokens) {
    const Mark mark = MarkOf(text.TokenText(token));
    opening_marks += mark == Mark::kOpenDouble || mark == Mark::kOpenSingle ? 1 : 0;
  }
  regions.reserve(opening_marks);
  dropped.reserve(opening_marks);
  // The marks open at this point of the paragraph, innermost last: indexes into `regions`, or
  // kDeepDouble / kDeepSingle for a mark opened more than kMaxDepth levels deep. Such a mark is
  // still paired (so that the marks around it pair right) but makes no region: no text nests
  // quotations that deep, and a region for each of a million nested marks would cost ten times
  // the input in memory.
  constexpr std::size_t kMaxDepth = 8;
  constexpr std::uint32_t kDeepDouble = kNone - 1;
  constexpr std::uint32_t kDeepSingle = kNone - 2;
  std::vector<std::uint32_t> open;
  const auto is_deep = [](std::uint32_t entry) {
    return entry == kDeepDouble || entry == kDeepSingle;
  };
  const auto is_single = [&](std::uint32_t entry) {
    return entry == kDeepSingle || (entry != kDeepDouble && regions[entry].single);
  };
  // A double region left open at the end of the previous paragraph, waiting for a continuation.
  std::uint32_t pending_continuation = kNone;

  auto push = [&](std::uint32_t token, std::uint32_t paragraph, bool single) {
    if (open.size() >= kMaxDepth) {
      open.push_back(single ? kDeepSingle : kDeepDouble);
      return;
    }
    regions.push_back({token, kNone, token + 1, token + 1, paragraph, single, !open.empty()});
    dropped.push_back(false);
    open.push_back(static_cast<std::uint32_t>(regions.size() - 1));
  };
  auto pop_closed = [&](std::uint32_t token) {
    if (is_deep(open.back())) {
      open.pop_back();
      return;
    }
    QuotedRegion& r = regions[open.back()];
    r.close_token = token;
    r.end_token = token;
    open.pop_back();
  };
  // Marks still open inside a closing one were never closed: a single one was no quotation
  // (an apostrophe, an elision), a double one ends where the enclosing mark closes.
  auto unwind_to = [&](std::size_t depth, std::uint32_t token) {
    while (open.size() > depth) {
      const std::uint32_t r = open.back();
      if (is_deep(r)) {
        // nothing to end: the mark made no region
      } else if (regions[r].single) {
        dropped[r] = true;
      } else {
        regions[r].end_token = token;
      }
      open.pop_back();
    }
  };
  // The innermost open mark of a kind, as a depth in `open`; open.size() when there is none.
  auto innermost = [&](bool single) {
    for (std::size_t d = open.size(); d-- > 0;)
      if (is_single(open[d]) == single) return d;
    return open.size();
  };

  for (std::uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    const Paragraph& paragraph = seg.paragraphs[p];
    if (paragraph.first_sentence >= paragraph.end_sentence) continue;
    const std::uint32_t first = seg.sentences[paragraph.first_sentence].first_token;
    const std::uint32_t end = seg.sentences[paragraph.end_sentence - 1].end_token;

    for (std::uint32_t t = first; t < end; ++t) {
      switch (MarkOf(text.TokenText(seg.tokens[t]))) {
        case Mark::kOpenDouble:
          // Inside a double quotation a double mark nests only within a single one (“... ‘...
          // “strike” ...’ ...”); otherwise the open one was never closed and ends here.
          if (!open.empty() && !is_single(open.back())) unwind_to(innermost(false), t);
          push(t, p, false);
          if (t == first && pending_continuation != kNone && open.size() == 1) {
            regions[open.back()].continues = pending_continuation;
            regions[pending_continuation].continued_by = open.back();
          }
          break;
        case Mark::kCloseDouble: {
          const std::size_t d = innermost(false);
          if (d == open.size()) break;  // nothing to close: ignored
          unwind_to(d + 1, t);
          pop_closed(t);
          break;
        }
        case Mark::kOpenSingle:
          // A second ‘ directly inside a ‘ means the first was no quotation.
          if (!open.empty() && is_single(open.back())) {
            if (!is_deep(open.back())) dropped[open.back()] = true;
            open.pop_back();
          }
          push(t, p, true);
          break;
        case Mark::kCloseSingle:
          if (!open.empty() && is_single(open.back())) pop_closed(t);
          break;  // otherwise an apostrophe-like mark: ignored
        case Mark::kNone:
          break;
      }
    }
    // The paragraph's end: what is still open ends here. A double quotation opened at the top
    // level continues when the next paragraph with tokens opens with a double mark.
    std::uint32_t top_double = kNone;
    if (!open.empty() && !regions[open.front()].single) top_double = open.front();
    unwind_to(0, end);
    pending_continuation = kNone;
    if (top_double != kNone) {
      for (std::uint32_t q = p + 1; q < seg.paragraphs.size(); ++q) {
        const Paragraph& next = seg.paragraphs[q];
        if (next.first_sentence >= next.end_sentence) continue;
        const Token& opener = seg.tokens[seg.sentences[next.first_sentence].first_token];
        if (MarkOf(text.TokenText(opener)) == Mark::kOpenDouble) pending_continuation = top_double;
        break;
      }
    }
  }
  // Remove the dropped regions in place (a copy would double the peak on a text of nothing but
  // marks), keeping the continuation links right: a link points backwards or forwards, so the
  // new indexes are all known before any region moves.
  std::vector<std::uint32_t> new_index(regions.size(), kNone);
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < regions.size(); ++i) {
    if (!dropped[i]) new_index[i] = kept++;
  }
  for (std::uint32_t i = 0; i < regions.size(); ++i) {
    if (dropped[i]) continue;
    QuotedRegion& r = regions[new_index[i]];
    r = regions[i];
    if (r.continues != kNone) r.continues = new_index[r.continues];
    if (r.continued_by != kNone) r.continued_by = new_index[r.continued_by];
  }
  regions.resize(kept);
  return regions;
}

std::vector<bool> MarkQuotedTokens(const std::vector<QuotedRegion>& regions,
                                   std::uint32_t token_count) {
  // Regions come in the order of their opening marks, so one sweep marks their union, each token
  // once however deeply they nest, with no array of depths as long as the text.
  std::vector<bool> quoted(token_count, false);
  std::uint32_t marked_to = 0;  // the tokens before it are marked already
  for (const QuotedRegion& r : regions) {
    const std::uint32_t last =
        std::min<std::uint32_t>(r.closed() ? r.close_token + 1 : r.end_token, token_count);
    for (std::uint32_t t = std::max(r.open_token, marked_to); t < last; ++t) quoted[t] = true;
    marked_to = std::max(marked_to, last);
  }
  return quoted;
}

QuotationMarks FindQuotationMarks(const AnalyzedText& text) {
  QuotationMarks marks;
  marks.regions = PairQuotationMarks(text);
  marks.quoted =
      MarkQuotedTokens(marks.regions, static_cast<std::uint32_t>(text.segmentation.tokens.size()));
  return marks;
}

}  // namespace newslens
