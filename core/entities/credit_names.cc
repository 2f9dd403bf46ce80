// Names that bylines and captions' credits give: authors, the outlets they write for, and the
// photographers and agencies a caption credits (see name_collector.h). These lines hold names
// and little else, in forms of their own ("By Ann Lee / Kessler Valley Sentinel", "Harriet
// Mulvaney Health policy editor", "Photograph: Lorna Whitcombe/PA"), where the tagger, trained
// on sentences, is least sure.
#include <algorithm>
#include <string_view>
#include <vector>

#include "entities/name_collector.h"
#include "lexicon/org_words.h"
#include "lexicon/roles.h"
#include "lexicon/titles.h"
#include "text/word_classes.h"

namespace newslens::entities {

void NameCollector::AddBylineAuthors() {
  const Segmentation& seg = text_.segmentation();
  // An author's name: two to four capitalized words of no closed class, none a title's or a
  // role's ("Staff Reporter"), none tagged as an organization's ("ASSOCIATED PRESS", "REUTERS
  // STAFF"), and the last no organization's word ("Associated Press").
  const auto author = [&](std::uint32_t first, std::uint32_t end, bool vouched) {
    if (end - first < 2 || IsOrganizationWord(text_.Text(end - 1))) return false;
    bool tagged = false;  // the tagger saw a name there, or a first name opens it
    for (std::uint32_t t = first; t < end; ++t) {
      const RoleNoun* role = LookupRoleNoun(text_.Text(t));
      if (LookupTitleWordAnyCase(text_.Text(t)) != nullptr || role != nullptr ||
          (text_.Tag(t) != NerTag::kO && TypeOf(text_.Tag(t)) == EntityType::kOrg))
        return false;
      tagged = tagged || text_.Tag(t) != NerTag::kO;
    }
    return tagged || vouched || IsKnownFirstName(text_.Text(first));
  };
  bool added = false;
  // The author's beat and role, from the byline ("Health correspondent"), as the title of the
  // name just added at `first`; no name of its own ("Housing Correspondent"), but for the outlet's
  // ("ESPN Staff Writer").
  const auto give_title = [&](std::uint32_t first, TokenRange title) {
    if (names_.empty() || names_.back().first != first || names_.back().type != EntityType::kPer ||
        !names_.back().title.empty())
      return;
    std::erase_if(names_, [&](const NameMention& m) {
      return m.first >= title.first && m.end <= title.end &&
             !(m.type == EntityType::kOrg && m.end < title.end);
    });
    names_.back().title = title;
  };
  for (const Paragraph& p : seg.paragraphs) {
    if (p.role != ParagraphRole::kByline) continue;
    for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
      const Sentence& s = seg.sentences[si];
      // "By Ann Lee", or "Ann Lee, Health Correspondent" (paragraphs.cc), where the beat after
      // the comma vouches for the name the tagger may not know.
      const bool by = text_.IsAnyCase(s.first_token, "by");
      // "Harriet Sowerby Health correspondent", "Harriet Mulvaney Health policy editor": the
      // name, a beat that opens with a capital and may go on in small letters, and a role, with
      // no comma between them (the Guardian's style).
      if (!by && s.end_token - s.first_token >= 4 && s.end_token - s.first_token <= 7 &&
          !text_.IsCapitalized(s.end_token - 1) &&
          LookupPersonsRole(text_.Text(s.end_token - 1)) != nullptr) {
        const std::uint32_t first = s.first_token;
        std::uint32_t small = first;  // the first word in small letters
        while (small < s.end_token && text_.Kind(small) == TokenKind::kWord &&
               text_.IsCapitalized(small) && text_.Class(small) == WordClass::kOther)
          ++small;
        const std::uint32_t beat = small - 1;
        // (A beat in small letters follows a known first name: not "The Daily Show hires new
        // correspondent".)
        bool words = small > first + 2 && s.end_token - small <= 3 &&
                     (s.end_token - small == 1 || IsKnownFirstName(text_.Text(first)));
        for (std::uint32_t t = small; t < s.end_token && words; ++t)
          words = text_.Kind(t) == TokenKind::kWord && !text_.IsCapitalized(t);
        if (words && author(first, beat, /*vouched=*/false)) {
          std::erase_if(names_,
                        [&](const NameMention& m) { return m.first <= beat && m.end > first; });
          AddName(first, beat, EntityType::kPer, s);
          give_title(first, {beat, s.end_token});
          added = true;
        }
        continue;
      }
      if (!by && (s.end_token - s.first_token < 4 || !text_.IsCapitalized(s.end_token - 1)))
        continue;
      // Names joined by "and"; after a comma comes a title or an outlet ("By Ann Lee, Health
      // Correspondent"), not a name.
      for (std::uint32_t t = s.first_token + (by ? 1 : 0); t < s.end_token;) {
        std::uint32_t end = t;
        while (end < s.end_token && end - t < 4 && text_.Kind(end) == TokenKind::kWord &&
               text_.IsCapitalized(end) && text_.Class(end) == WordClass::kOther)
          ++end;
        if (!author(t, end, !by && end < s.end_token && text_.IsPunct(end, ","))) break;
        std::erase_if(names_, [&](const NameMention& m) { return m.first < end && m.end > t; });
        AddName(t, end, EntityType::kPer, s);
        added = true;
        // "Ann Lee, Health Correspondent": the beat and the role after the comma, to the end.
        if (end + 1 < s.end_token && text_.IsPunct(end, ",") &&
            LookupPersonsRole(AsciiLower(text_.Text(s.end_token - 1))) != nullptr) {
          bool words = true;
          for (std::uint32_t k = end + 1; k < s.end_token && words; ++k)
            words = text_.Kind(k) == TokenKind::kWord;
          if (words) give_title(t, {end + 1, s.end_token});
        }
        if (end + 1 < s.end_token && (text_.IsPunct(end, "/") || text_.IsPunct(end, "|")))
          AddBylineOutlet(end + 1, s);
        if (end >= s.end_token || !text_.IsAnyCase(end, "and")) break;
        t = end + 1;
      }
    }
  }
  if (added) SortNames();
}

void NameCollector::AddBylineOutlet(std::uint32_t first, const Sentence& s) {
  constexpr std::uint32_t kLongestOutlet = 5;  // words: "The Kessler Valley Evening Sentinel"
  // "By Ann Lee / For The Sentinel", "/ Special to The Examiner": the paper after them.
  if (text_.IsAnyCase(first, "for")) ++first;
  if (text_.IsAnyCase(first, "special") && text_.IsAnyCase(first + 1, "to")) first += 2;
  // The article is no part of the name ("The Sentinel" is called "the Sentinel").
  const bool article = text_.IsAnyCase(first, "the");
  if (article) ++first;
  std::uint32_t end = first;
  while (end < s.end_token && end - first < kLongestOutlet && text_.IsCapitalized(end)) ++end;
  if (end - first < (article ? 1 : 2) || end != s.end_token ||
      !IsPublicationWord(text_.Text(end - 1)))
    return;
  std::erase_if(names_, [&](const NameMention& m) { return m.first < end && m.end > first; });
  AddName(first, end, EntityType::kOrg, s);
}

bool NameCollector::PhotoCredit(const NameMention& m) const {
  const auto& paragraphs = text_.segmentation().paragraphs;
  const Paragraph& p = paragraphs[text_.ParagraphAt(m.first)];
  if (p.role != ParagraphRole::kCaption || Words(m) > 3 || !text_.Is(m.end, "for")) return false;
  // The credit opens its sentence ("... on Oct. 14. Jordan Pike for NPR").
  if (m.first != text_.SentenceAt(m.first).first_token) return false;
  // An organization's name after "for" ends the caption.
  const auto outlet = std::find_if(names_.begin(), names_.end(),
                                   [&](const NameMention& n) { return n.first == m.end + 1; });
  if (outlet == names_.end() || outlet->type != EntityType::kOrg) return false;
  std::uint32_t end = outlet->end;
  if (end < text_.size() && text_.IsSentencePunct(end)) ++end;
  return end >= text_.size() || text_.ParagraphAt(end) != text_.ParagraphAt(m.first);
}

// "Photograph: Lorna Whitcombe/PA", "File: Idris Kamanda/PA Media]", "© Ivo Marek/Kestrel Photo":
// the capitalized words after a photographer's name and a slash that end a caption's sentence
// are the agency's name; and "FOR" does not open the outlet's name in a credit in capitals.
void NameCollector::AddCreditedAgencies() {
  constexpr std::uint32_t kLongestAgency = 4;  // words: "Agence France Presse Images"
  const auto& paragraphs = text_.segmentation().paragraphs;
  std::vector<TokenRange> agencies;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    const std::uint32_t slash = m.end;
    if (m.type != EntityType::kPer || slash + 1 >= text_.size() || !text_.IsPunct(slash, "/") ||
        paragraphs[text_.ParagraphAt(m.first)].role != ParagraphRole::kCaption)
      continue;
    const Sentence& s = text_.SentenceAt(m.first);
    std::uint32_t end = slash + 1;
    while (end < s.end_token && end - slash <= kLongestAgency &&
           text_.Kind(end) == TokenKind::kWord && text_.IsCapitalized(end))
      ++end;
    const bool closes = end == s.end_token || text_.IsSentencePunct(end) ||
                        text_.IsPunct(end, "]") || text_.IsPunct(end, ")");
    // "REUTERS/Diego Carhuamaca/File Photo", "Jane Roe/Courtesy", "John Smith/Staff
    // Photographer": a label of the picture or the photographer's, no agency.
    const bool label =
        text_.IsAnyCaseOf(slash + 1, {"file", "photo", "photos", "handout", "pool", "illustration",
                                      "staff", "courtesy", "contributor", "special", "freelance"});
    if (end == slash + 1 || !closes || label) continue;
    // A name the tagger found there stays, unless it stops short ("[Kestrel] Photo").
    if (i + 1 < names_.size() && names_[i + 1].first == slash + 1) {
      if (names_[i + 1].end >= end) continue;
      names_[i + 1].end = slash + 1;  // dropped below, for the whole name
    }
    agencies.push_back({slash + 1, end});
  }
  // "SÉBASTIEN VALLAT FOR LE MONDE": in a credit in capitals, "FOR" is no part of the outlet's
  // name.
  for (NameMention& m : names_)
    if (Words(m) >= 2 && text_.Is(m.first, "FOR") &&
        paragraphs[text_.ParagraphAt(m.first)].role == ParagraphRole::kCaption)
      ++m.first;
  if (agencies.empty()) return;
  std::erase_if(names_, [](const NameMention& m) { return m.end <= m.first; });
  for (const TokenRange& a : agencies)
    AddName(a.first, a.end, EntityType::kOrg, text_.SentenceAt(a.first));
  SortNames();
}

}  // namespace newslens::entities
