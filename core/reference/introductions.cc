// People described before they are named (see resolver.h): a description no one was known by
// as it was read, kept as an unnamed person, and a lead's description that the person named
// soon after may be ("A former party chairman says ... / Ana Ruiz, who chaired ...").
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/titles.h"
#include "reference/resolver.h"
#include "text/word_classes.h"

namespace newslens::reference {

void ReferenceResolver::NoteUnnamedPerson(std::uint32_t first, const Description& d) {
  // A few are kept: "he" and "she" mean one of the last sentences' referents.
  constexpr std::size_t kKept = 4;
  if (unnamed_.size() == kKept) unnamed_.erase(unnamed_.begin());
  const double score =
      SalienceWeight(RoleOfMention(text_, quoted_, first, d.phrase_end, sentence()));
  unnamed_.push_back({first, d.phrase_end, d.head, d.role->gender, score});
}

void ReferenceResolver::NotePendingIntroduction(std::uint32_t first, const Description& d,
                                                const Sentence& sentence) {
  // A story's lead only: its first sentence, or the first after a time stamp or a rule ("11:40
  // a.m.", "___") that opens an item of a running story. Elsewhere a described person is
  // seldom the next one named.
  const std::uint32_t paragraph = text_.ParagraphOfSentence(sentence_);
  const auto& paragraphs = text_.segmentation().paragraphs;
  const Paragraph& p = paragraphs[paragraph];
  // The story's first paragraph follows its headline, byline, dateline and caption, and a
  // standfirst above the byline (one paragraph of the body, then no more before it).
  std::uint32_t body_before = 0;
  for (std::uint32_t k = 0; k < paragraph; ++k)
    body_before += paragraphs[k].role == ParagraphRole::kBody;
  const bool first_paragraph =
      body_before == 0 ||
      (body_before == 1 && paragraphs[paragraph - 1].role != ParagraphRole::kBody);
  // A person's description opens the lead; an organization's may stand anywhere in it (the
  // lead names the event first: "The Saltmarsh Festival ... was cancelled ... and the company
  // that runs the event said").
  const EntityType type = TypeOfRole(*d.role);
  const MentionRole role = RoleOfMention(text_, quoted_, first, d.phrase_end, sentence);
  // "NSW is facing its most dangerous fire conditions in years, ..., the state's fire chief has
  // warned": so does a person's that speaks after the lead's reported words and their comma.
  const bool speaks_last = type == EntityType::kPer && first_paragraph && first > sentence_start_ &&
                           text_.IsPunct(first - 1, ",") && role == MentionRole::kSpeaker;
  bool lead = p.first_sentence == sentence_ && (first == sentence_start_ || speaks_last ||
                                                (type == EntityType::kOrg && first_paragraph));
  if (lead && paragraph > 1 && !first_paragraph) {
    constexpr std::uint32_t kShortParagraph = 5;  // tokens
    const Paragraph& before = text_.segmentation().paragraphs[paragraph - 1];
    const Sentence& last = text_.segmentation().sentences[before.end_sentence - 1];
    const Sentence& opening = text_.segmentation().sentences[before.first_sentence];
    lead = last.end_token - opening.first_token <= kShortParagraph;
  }
  // (A noun for unnamed sources too, where a definite description speaks after the lead's
  // words: "..., the company’s top security official told senators".)
  if ((d.role->source && !(d.definite && speaks_last)) || !lead) {
    pending_.reset();
    return;
  }
  // Only a description that speaks ("says", "has rejected ..., saying"): a person described
  // otherwise ("a police officer was injured") is seldom the next one named.
  bool speaks = role == MentionRole::kSpeaker;
  // "A landlady who has pulled pints at one of Thornleigh's oldest pubs for almost three decades
  // says", "the company that runs the event said": a verb of saying past the relative clause,
  // before any comma (not "A woman who was stabbed on Sunday has died, police said").
  if (!speaks && text_.IsAnyCaseOf(d.phrase_end, {"who", "that", "which"})) {
    for (std::uint32_t k = d.phrase_end + 1; k < sentence_end_ && !Quoted(k); ++k) {
      if (text_.IsPunct(k, ",")) break;
      if (IsSpeechVerb(text_, quoted_, k)) {
        speaks = true;
        break;
      }
    }
  }
  // "The captain of a Hong Kong ferry that collided with a cargo vessel ..., killing six people,
  // has told an inquiry": past what the article brings in with the description, its relative
  // clause and an aside a participle opens between commas, the verb of saying.
  if (!speaks && OfSomethingNew(d)) {
    for (std::uint32_t k = d.end + 1; k < sentence_end_ && !Quoted(k); ++k) {
      if (text_.IsPunct(k, ",")) {
        if (k + 1 >= sentence_end_ || !text_.Text(k + 1).ends_with("ing")) break;
        while (k + 1 < sentence_end_ && !text_.IsPunct(k + 1, ",")) ++k;
        ++k;  // the aside's closing comma
        continue;
      }
      if (IsSpeechVerb(text_, quoted_, k)) {
        speaks = true;
        break;
      }
    }
  }
  // (A cue's form that is also a noun speaks as a participle after a comma and before "that":
  // "A federal judge threw out a permit, ruling that ...". A verb of saying after another
  // comma is someone else's: "A photographer was injured in the protest, police said".)
  for (std::uint32_t k = d.phrase_end;
       !speaks && role == MentionRole::kSubject && k < sentence_end_; ++k) {
    const bool participle = text_.IsCueForm(k) && text_.IsPunct(k - 1, ",") &&
                            text_.Text(k).ends_with("ing") && text_.IsAnyCase(k + 1, "that");
    if (text_.IsPunct(k, ",") &&
        !(k + 1 < sentence_end_ && text_.IsCueForm(k + 1) && text_.Text(k + 1).ends_with("ing")))
      break;
    speaks = !Quoted(k) && (IsSpeechVerb(text_, quoted_, k) || participle);
  }
  if (!speaks) {
    pending_.reset();
    return;
  }
  // A definite one ("Connecticut's tax commissioner") was recorded as it was read.
  if (!d.definite) Record(first, d.phrase_end, d.head, -1, ReferenceKind::kDescription);
  pending_ = PendingIntroduction{references_.size() - 1,          d.role->gender, sentence_, d.role,
                                 d.definite && OfSomethingNew(d), speaks_last};
}

void ReferenceResolver::Introduce(int entity, MentionRole named_as) {
  if (pending_->speaker && (named_as != MentionRole::kSpeaker || TitledApart(entity))) {
    pending_.reset();
    return;
  }
  const auto e = static_cast<std::size_t>(entity);
  const Gender want = pending_->gender;
  // "the company" is no bureau and no police force named next ("the firm" is no commission).
  const RoleNoun& role = *pending_->role;
  Reference& r = references_.At(pending_->reference);
  // "The captain of a Hong Kong ferry ... has told": a person of something the article brings
  // in, introduced next without a title ("Lee Chun-kit, 52, ..."); one the article titles is
  // someone else ("The owner of a bakery ... has told a court ... / Council inspector Mark Dunn
  // said").
  const Entity& named = linked_.entities[e];
  const bool titled_otherwise = pending_->untitled && !named.titles.empty();
  if (named.type == TypeOfRole(role) && !titled_otherwise &&
      (want == Gender::kUnknown || gender_[e] == Gender::kUnknown || gender_[e] == want) &&
      (!role.business || !NamesOtherKind(entity))) {
    r.entity = entity;
    RememberResolvedHead(r.head, entity);  // "the chairman" later means him too
  }
  pending_.reset();
}

bool ReferenceResolver::TitledApart(int entity) const {
  const Reference& r = references_.all()[pending_->reference];
  // The description's words and the titles' words, in lower case, of four letters or more.
  const auto words_of = [](std::string_view text, std::vector<std::string>* out) {
    while (!text.empty()) {
      const std::size_t space = text.find(' ');
      std::string word = AsciiLower(text.substr(0, space));
      if (word.size() >= 4) out->push_back(std::move(word));
      text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
    }
  };
  std::vector<std::string> described;
  for (std::uint32_t t = r.first_token; t < r.end_token; ++t)
    if (text_.IsWord(t)) words_of(text_.Text(t), &described);
  // Two words agree when equal or of one stem ("mediator", "Mediation": six letters shared).
  const auto agree = [](const std::string& a, const std::string& b) {
    constexpr std::size_t kStem = 6;
    return a == b ||
           (a.size() >= kStem && b.size() >= kStem && a.compare(0, kStem, b, 0, kStem) == 0);
  };
  bool titled = false;
  for (const std::string& title : linked_.entities[static_cast<std::size_t>(entity)].titles) {
    // (An academic's or a doctor's is no office: "Prof Alasdair Kerrigan" may be the
    // vice-chancellor.)
    const TitleWord* word = LookupTitleWordAnyCase(title);
    if (word != nullptr && word->honorific) continue;
    if (title == "Dr" || title == "Dr." || title == "Prof" || title == "Prof." ||
        title == "Professor")
      continue;
    titled = true;
    std::vector<std::string> held;
    words_of(title, &held);
    for (const std::string& a : described)
      for (const std::string& b : held)
        if (agree(a, b)) return false;
  }
  return titled;
}

}  // namespace newslens::reference
