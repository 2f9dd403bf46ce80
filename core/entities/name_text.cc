// The name view (see name_text.h).
#include "entities/name_text.h"

#include "lexicon/name_words.h"
#include "lexicon/org_words.h"
#include "lexicon/titles.h"

namespace newslens::entities {

bool NameText::IsTitle(std::uint32_t t) const {
  const TitleWord* w = LookupTitleWord(Text(t));
  return w != nullptr && !w->honorific;
}

std::string NameText::Key(const NameMention& m) const {
  std::string key;
  for (std::uint32_t t = m.first + (HasArticle(m) ? 1 : 0); t < m.end; ++t) {
    if (!key.empty()) key.push_back(' ');
    key += AsciiLower(Text(t));
  }
  return key;
}

std::string NameText::GroupingKey(const NameMention& m) const {
  // (A holding's or a group's word, not any company's: "General Motors Financial" is no
  // "General Motors".)
  if (m.type != EntityType::kOrg || Words(m) < 3 ||
      !(IsLegalForm(Text(m.end - 1)) || Is(m.end - 1, "Holdings") || Is(m.end - 1, "Group")))
    return Key(m);
  NameMention without = m;
  --without.end;
  return Key(without);
}

std::string NameText::Initials(const NameMention& m) const {
  std::string initials;
  for (std::uint32_t t = m.first; t < m.end; ++t) {
    // Capitalized words only: "of", "de", "and", "&" and a possessive's mark spell nothing
    // ("Banco Nacional de Reserva" is the BNR, "United Rail Workers’ Union" the URWU).
    if (!IsCapitalized(t)) continue;
    initials.push_back(AsciiLower(Text(t))[0]);
  }
  return initials;
}

std::uint32_t NameText::SurnameToken(const NameMention& m) const {
  const std::uint32_t last = m.end - 1;
  if (last == m.first) return last;
  // "Ng Yau-fat", "Edwin Tam Chi-hang": the surname before a given name of two syllables.
  if (IsGivenNameOfTwoSyllables(Text(last)) && IsCapitalized(last - 1)) return last - 1;
  return IsGenerationalSuffix(Text(last)) ? last - 1 : last;
}

bool NameText::HasShortLastWord(const NameMention& m) const {
  if (Words(m) < 2 || m.type != EntityType::kOrg) return false;
  for (std::uint32_t t = m.first; t < m.end; ++t)
    if (!IsCapitalized(t)) return false;
  const std::string_view last = Text(m.end - 1);
  return !IsOrganizationWord(last) && LookupTitleWordAnyCase(last) == nullptr &&
         ClassOfWord(last) == WordClass::kOther && !IsAllCaps(m.end - 1);
}

}  // namespace newslens::entities
