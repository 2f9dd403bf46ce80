// Quote speakers end to end (Analyze(), the trained model included): the attribution patterns
// of the quotes room (core/quotes/) and whom the reference layer's SpeakerResolver
// (core/reference/speakers.h) says a speaker phrase means: a name after a party label or a
// parenthesis, a name set off by a dash, a pronoun meaning a described person, a description
// meaning a named one. The names are ones the tagger finds in these sentences, so that a failure
// points at the attribution.
#include <catch2/catch.hpp>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "analysis_helpers.h"
#include "newslens/newslens.h"
#include "quote_checks.h"

using newslens::Analysis;
using newslens::Entity;
using newslens::Quote;
using newslens::QuoteKind;
using newslens::Span;
using newslens::testing::AnalyzeOk;
using newslens::testing::Slice;
using newslens::testing::SpanTexts;

namespace {

// What a quote's speaker came out as, in strings so that a failed CHECK prints it: the name,
// the entity's name (empty when the speaker is no entity), the phrase the attribution rests on
// (empty when none) and the cue.
struct SpeakerSeen {
  std::string name;
  std::string entity;
  std::string mention;
  std::string cue;

  bool operator==(const SpeakerSeen&) const = default;
};

std::ostream& operator<<(std::ostream& os, const SpeakerSeen& s) {
  return os << "{name \"" << s.name << "\", entity \"" << s.entity << "\", mention \"" << s.mention
            << "\", cue \"" << s.cue << "\"}";
}

// The quote whose text is exactly `text`; the test stops there when there is none.
const Quote& QuoteWithText(const Analysis& analysis, std::string_view text) {
  for (const Quote& quote : analysis.quotes)
    if (quote.text == text) return quote;
  INFO("no quote reads: " << text);
  REQUIRE(false);
  return analysis.quotes.front();
}

SpeakerSeen SpeakerOf(std::string_view input, const Analysis& analysis, const Quote& quote) {
  INFO("quote " << quote.text);
  REQUIRE(quote.speaker.has_value());
  SpeakerSeen seen{quote.speaker->name, "", "", ""};
  if (quote.speaker->entity) {
    for (const Entity& entity : analysis.entities)
      if (entity.id == *quote.speaker->entity) seen.entity = entity.name;
    REQUIRE_FALSE(seen.entity.empty());
  }
  if (quote.speaker->span) seen.mention = Slice(input, *quote.speaker->span);
  if (quote.cue) seen.cue = Slice(input, quote.cue->span);
  return seen;
}

}  // namespace

// quotes room (inverted attribution past a parenthesis and an appositive): "Rep. Jim Jordan
// (R-Ohio), an oversight panel member, said" names the speaker before the parenthesis.
TEST_CASE("The speaker before a party label in parentheses and an appositive", "[speakers]") {
  const std::string input =
      "The committee will vote on the subpoena next week.\n\n"
      "\u201CThe administration has stonewalled us for months,\u201D Rep. Jim Jordan (R-Ohio), an "
      "oversight panel member, said on Thursday.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  const Quote& quote = analysis.quotes[0];
  CHECK(quote.kind == QuoteKind::kDirect);
  CHECK(SpanTexts(input, quote) ==
        std::vector<std::string>{"The administration has stonewalled us for months,"});
  CHECK(SpeakerOf(input, analysis, quote) ==
        SpeakerSeen{"Jim Jordan", "Jim Jordan", "Jim Jordan", "said"});
}

// quotes room (a party-and-state label set off by commas): "Mitch McConnell, R-Ky., said".
TEST_CASE("The speaker before a party-and-state label set off by commas", "[speakers]") {
  const std::string input =
      "Senate Republicans unveiled their plan on Monday.\n\n"
      "\u201CWe will not be rushed,\u201D Senate Majority Leader Mitch McConnell, R-Ky., said "
      "Tuesday.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(SpeakerOf(input, analysis, analysis.quotes[0]) ==
        SpeakerSeen{"Mitch McConnell", "Mitch McConnell", "Mitch McConnell", "said"});
}

// quotes room (a dash after the closing mark, “...” ― Name): each paragraph's quote is its own,
// with its own speaker; the two are not merged into one quotation.
TEST_CASE("A name after a dash speaks the quote before it, paragraph by paragraph", "[speakers]") {
  const std::string input =
      "Residents packed the hall on Monday night.\n\n"
      "\u201CWe were never asked about the road.\u201D \u2015 Sonya Herridge\n\n"
      "\u201CThe council simply stopped listening.\u201D \u2015 Marcus Feld\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 2);
  const Quote& first = QuoteWithText(analysis, "We were never asked about the road.");
  const Quote& second = QuoteWithText(analysis, "The council simply stopped listening.");
  CHECK(SpanTexts(input, first) == std::vector<std::string>{"We were never asked about the road."});
  CHECK(SpanTexts(input, second) ==
        std::vector<std::string>{"The council simply stopped listening."});
  CHECK(SpeakerOf(input, analysis, first) ==
        SpeakerSeen{"Sonya Herridge", "Sonya Herridge", "Sonya Herridge", "\u2015"});
  CHECK(SpeakerOf(input, analysis, second) ==
        SpeakerSeen{"Marcus Feld", "Marcus Feld", "Marcus Feld", "\u2015"});
}

// reference/speakers.h Resolve(): "she" means the spokeswoman described and never named, who
// speaks for the police force the article names: the speaker is that organization (as the blind
// articles' authors credit a spokesperson's words, tests/gold-blind/README.md).
TEST_CASE("She said: the spokeswoman the article describes", "[speakers]") {
  const std::string input =
      "A spokeswoman for Severn Valley Police said detectives were questioning two men.\n\n"
      "\u201CWe are keen to hear from anyone who saw the van,\u201D she said.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 2);
  const Quote& reported = QuoteWithText(analysis, "detectives were questioning two men");
  CHECK(reported.kind == QuoteKind::kIndirect);
  CHECK(SpeakerOf(input, analysis, reported) ==
        SpeakerSeen{"Severn Valley Police", "Severn Valley Police", "spokeswoman", "said"});
  const Quote& direct = QuoteWithText(analysis, "We are keen to hear from anyone who saw the van,");
  CHECK(direct.kind == QuoteKind::kDirect);
  CHECK(SpeakerOf(input, analysis, direct) ==
        SpeakerSeen{"Severn Valley Police", "Severn Valley Police", "she", "said"});
}

// reference/resolver.cc ReadDescription(): "the diplomat" means the diplomat the article
// described before and never named.
TEST_CASE("The diplomat added: the unnamed diplomat described before", "[speakers]") {
  const std::string input =
      "\u201CThe mood was better than we expected,\u201D a Western diplomat, who spoke on "
      "condition of anonymity, said.\n\n\u201CBut the river will not wait,\u201D the diplomat "
      "added.\n";
  const Analysis analysis = AnalyzeOk(input);
  const Quote& later = QuoteWithText(analysis, "But the river will not wait,");
  CHECK(SpeakerOf(input, analysis, later) ==
        SpeakerSeen{"a Western diplomat", "", "diplomat", "added"});
}

// reference/descriptions.cc through speakers.h: "the Indiana governor" means the person the
// article called "Indiana Gov." before, and the description is a mention of him.
TEST_CASE("The Indiana governor said: the governor named before", "[speakers]") {
  const std::string input =
      "Indiana Gov. Mike Pence signed the bill on Thursday.\n\n"
      "\u201CThis law protects religious liberty,\u201D the Indiana governor said.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  CHECK(SpeakerOf(input, analysis, analysis.quotes[0]) ==
        SpeakerSeen{"Mike Pence", "Mike Pence", "governor", "said"});
  const Entity* pence = nullptr;
  for (const Entity& entity : analysis.entities)
    if (entity.name == "Mike Pence") pence = &entity;
  REQUIRE(pence != nullptr);
  CHECK(pence->titles == std::vector<std::string>{"Indiana Gov."});
  std::vector<std::string> mentions;
  for (const newslens::Mention& m : pence->mentions)
    mentions.push_back(Slice(input, m.span) + " (" + newslens::MentionKindName(m.kind) + ")");
  CHECK(mentions ==
        std::vector<std::string>{"Mike Pence (name)", "the Indiana governor (description)"});
}

// speaker_phrases.cc SpeakerBefore(): an opening phrase left without its comma runs into the
// subject; the person's name that ends it speaks.
TEST_CASE("The person's name that ends an opening phrase without a comma speaks", "[speakers]") {
  const std::string input =
      "Donald Trump has long questioned the alliance.\n\n"
      "In a March meeting with the editorial board of the Daily Courier Trump said that the "
      "alliance may need to shrink in the coming years.\n";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.quotes.size() == 1);
  REQUIRE(analysis.quotes[0].speaker.has_value());
  CHECK(analysis.quotes[0].speaker->name == "Donald Trump");
  CHECK(Slice(input, analysis.quotes[0].spans[0]) ==
        "the alliance may need to shrink in the coming years");
}

// speaker_phrases.cc SpeakerOfCue(): the name right before a participle is its subject, past
// adverbs, but not a preposition's object; attribution.cc BeforeOpen(): "said X" after an
// opening conjunction and its comma.
TEST_CASE("A participle's subject and an inverted cue after a conjunction", "[speakers]") {
  const std::string input =
      "Clinton responded to the question on Facebook writing, \u201CYes, I will.\u201D\n\n"
      "Some of his supporters kicked a protester, with Trump reportedly yelling: \u201CGet him "
      "out of here!\u201D\n\n"
      "Solovey went on to work for Trump. But, said Solovey, \u201CI don't want to drum up "
      "conflict.\u201D\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Yes, I will.")).mention == "Clinton");
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Get him out of here!")).mention ==
        "Trump");
  const SpeakerSeen solovey =
      SpeakerOf(input, analysis, QuoteWithText(analysis, "I don't want to drum up conflict."));
  CHECK(solovey.mention == "Solovey");
  CHECK(solovey.cue == "said");
}

// lexicon/roles.cc LookupRoleNoun(): an age is a noun for any person ("the 52-year-old"),
// whom the reference layer takes for the salient one (reference/descriptions.cc).
TEST_CASE("The 52-year-old said: the person the article is about", "[speakers]") {
  const std::string input =
      "Redmoor Albion sacked its manager, Gareth Pryce, on Sunday after a run of defeats.\n\n"
      "Speaking on Monday, the 52-year-old said he was tired but proud of his players.\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen seen =
      SpeakerOf(input, analysis, QuoteWithText(analysis, "he was tired but proud of his players"));
  CHECK(seen.entity == "Gareth Pryce");
  CHECK(seen.mention == "52-year-old");
}

// quote_output.cc: a document the article said someone spoke in speaks for them ("the
// statement added"); roles.txt: "the club" may mean any club the article names.
TEST_CASE("The statement added: who spoke in the statement", "[speakers]") {
  const std::string input =
      "Redmoor Albion have sacked their manager, Gareth Pryce, after nine games without a "
      "win.\n\nPryce led the team to promotion two years ago.\n\n"
      "In a statement released on Sunday, the club said the academy director would take "
      "charge.\n\n"
      "\u201CThe club thanks him for his hard work,\u201D the statement added.\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen said =
      SpeakerOf(input, analysis, QuoteWithText(analysis, "the academy director would take charge"));
  CHECK(said.entity == "Redmoor Albion");
  const SpeakerSeen added =
      SpeakerOf(input, analysis, QuoteWithText(analysis, "The club thanks him for his hard work,"));
  CHECK(added.entity == "Redmoor Albion");
  CHECK(added.mention == "statement");
}

// reference/pronouns.cc: "they" and "it" that mean a thing or a group no entity names take the
// phrase that says what ("the researchers"), a speech verb after it no part of it.
TEST_CASE("They cautioned: the researchers the sentence before names", "[speakers]") {
  const std::string input =
      "Many patients do not respond to the older drugs.\n\n"
      "The new pill works differently, the researchers wrote. They cautioned that the study was "
      "small.\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen seen =
      SpeakerOf(input, analysis, QuoteWithText(analysis, "the study was small"));
  CHECK(seen.name == "the researchers");
  CHECK(seen.mention == "They");
}

// attribution.cc AfterClose(): past a nested quotation's closing mark after "?"; a quotation that
// is a paragraph of its own takes the source a dash opens the next with; SubjectColon(): a dash
// before a long quotation as a colon.
TEST_CASE("Sources after a question's nested mark, a dash and a paragraph", "[speakers]") {
  const std::string input =
      "Amanda Renteria is the campaign's political director.\n\n"
      "\u201CHer response has been, \u2018What can we do to help?\u2019\u201D Renteria told "
      "reporters on Tuesday.\n\n"
      "\u201CGreat speech. She's tested. She's ready.\u201D\n\n"
      "-President Obama, tweeting after the speech.\n\n"
      "Trump also embraced enhanced interrogation techniques -- \u201CI think waterboarding is "
      "peanuts compared to what they'd do to us.\u201D\n";
  const Analysis analysis = AnalyzeOk(input);
  const Quote* question = nullptr;
  for (const Quote& quote : analysis.quotes)
    if (quote.text.starts_with("Her response has been")) question = &quote;
  REQUIRE(question != nullptr);
  CHECK(SpeakerOf(input, analysis, *question).cue == "told");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Great speech. She's tested. She's ready."))
            .mention == "Obama");
  CHECK(
      SpeakerOf(input, analysis,
                QuoteWithText(analysis,
                              "I think waterboarding is peanuts compared to what they'd do to us."))
          .mention == "Trump");
}

// speakers.cc ClubOrCompanyOfPlace(): a place does not speak; its name as the speaker of a
// statement means the one club or company the article names after it.
TEST_CASE("A town's name as a speaker is the club named after it", "[speakers]") {
  const std::string input =
      "date 2026-01-01 Kestlow sign Larraneta\n\n"
      "KESTLOW, England (Coastline Wire) - Kestlow United have signed striker Tobias Larraneta "
      "on a three-year deal.\n\nThe striker will arrive in Kestlow on Monday.\n\n"
      "\u201CWe are delighted,\u201D Kestlow said in a statement.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "We are delighted,")) ==
        SpeakerSeen{"Kestlow United", "Kestlow United", "Kestlow", "said"});
  // Without a club of its name, the place is what the reader has.
  const std::string town =
      "Kestlow will close its pools.\n\n\u201CWe are sorry,\u201D Kestlow said in a statement.\n";
  const Analysis alone = AnalyzeOk(town);
  CHECK(SpeakerOf(town, alone, QuoteWithText(alone, "We are sorry,")).entity != "Kestlow United");
}

// quotes room NounPhraseRight() and speakers.cc MakerOfDocument(): "according to" results,
// figures or an analysis that a relative clause without "that" says who made ("results the
// company released", "an analysis the group submitted"), or "released by" names: the maker.
TEST_CASE("According to results the company released: the company", "[speakers]") {
  const std::string input =
      "Orvanta Biologics said on Monday that its shot worked.\n\n"
      "The shot cut hospitalizations by 64%, according to topline results the Baltimore-based "
      "company released before the market opened.\n\n"
      "It also cut deaths by 12%, according to figures released by Orvanta Biologics.\n\n"
      "Sales rose 4%, according to a report released by the Meridian Retail Council.\n\n"
      "Margins fell in the second quarter, according to a preliminary statement from the "
      "Meridian Retail Council.\n\n"
      "Ines Castellanos, an analyst at Halvorsen Capital Markets, was cautious.\n\n"
      "The global shortfall is likely to reach about 410,000 tonnes, according to a Halvorsen "
      "note published on Monday.\n";
  const Analysis analysis = AnalyzeOk(input);
  // An analyst's note (roles.txt `document`), by the short name of the bank that wrote it.
  CHECK(SpeakerOf(
            input, analysis,
            QuoteWithText(analysis, "The global shortfall is likely to reach about 410,000 tonnes"))
            .entity == "Halvorsen Capital Markets");
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "The shot cut hospitalizations by 64%"))
            .entity == "Orvanta Biologics");
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "It also cut deaths by 12%")).entity ==
        "Orvanta Biologics");
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Sales rose 4%")).entity ==
        "Meridian Retail Council");
  // "from" names the maker as "by" does.
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Margins fell in the second quarter"))
            .entity == "Meridian Retail Council");
}

// name_titles.cc AppositiveTitle(): the appositive after a party label in parentheses gives the
// senator's title, so that "the chairman" later means him and not the last man quoted.
TEST_CASE("The chairman: the title an appositive gives after a party label", "[speakers]") {
  const std::string input =
      "Sen. Harold Brennagh (R-Mont.), the committee\u2019s chairman, opened the hearing.\n\n"
      "The company sent Tomasz Wielgosz, its general counsel, who defended its record.\n\n"
      "\u201COur engineers built safeguards into every data set,\u201D Wielgosz said.\n\n"
      "\u201CReal safeguards don\u2019t come with a price list,\u201D the chairman shot back.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Real safeguards don\u2019t come with a price list,"))
            .entity == "Harold Brennagh");
  for (const Entity& entity : analysis.entities) {
    if (entity.name == "Harold Brennagh")
      CHECK(entity.titles ==
            std::vector<std::string>{"Sen.", "committee\u2019s chairman", "chairman"});
    if (entity.name == "Tomasz Wielgosz")
      CHECK(entity.titles == std::vector<std::string>{"general counsel"});
  }
}

// quotes room CapitalizedHead() and name_titles.cc: "for" inside a title ("The Minister for
// Health") is no end of its head, and joins the title before a name; the minister the lead
// describes is the one named later (reference layer, ResolveDescribedLater()).
TEST_CASE("The Minister for Health has said: the minister named later", "[speakers]") {
  const std::string input =
      "The Minister for Health has said she is \u201Cdeeply concerned\u201D about overcrowding "
      "at Cloncurragh University Hospital.\n\n"
      "Figures show 94 patients waited on trolleys on Tuesday.\n\n"
      "Speaking on Wednesday, Minister for Health Aoife Carrigan said the situation was "
      "\u201Csimply not acceptable\u201D.\n";
  const Analysis analysis = AnalyzeOk(input);
  const Quote& lead = QuoteWithText(
      analysis,
      "she is \u201Cdeeply concerned\u201D about overcrowding at Cloncurragh University "
      "Hospital");
  CHECK(SpeakerOf(input, analysis, lead).entity == "Aoife Carrigan");
  for (const Entity& entity : analysis.entities)
    if (entity.name == "Aoife Carrigan")
      CHECK(entity.titles == std::vector<std::string>{"Minister for Health"});
}

// reference/descriptions.cc DescriptionAt(): an adverb between a description and its cue ("The
// company also said") ends the description as the cue alone does; speakers.cc Resolve(): a
// people's adjective before the phrase's noun is no speaker ("A Swedish MP said").
TEST_CASE("The company also said: the company; a Swedish MP: no Swede", "[speakers]") {
  const std::string input =
      "Morland Group will close 38 stores, putting 2,100 jobs at risk.\n\n"
      "The company also said it would halve its final dividend to 2.1p a share.\n\n"
      "A Swedish MP said the closures were a scandal for the whole region.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "it would halve its final dividend to 2.1p a share"))
            .entity == "Morland Group");
  const SpeakerSeen mp = SpeakerOf(
      input, analysis, QuoteWithText(analysis, "the closures were a scandal for the whole region"));
  CHECK(mp.name == "A Swedish MP");
  CHECK(mp.entity.empty());
}

// reference/descriptions.cc NotePendingIntroduction(): a lead's described person who speaks in a
// participle that is also a noun ("ruling that") is the person named next.
TEST_CASE("A federal judge, ruling that: the judge named next", "[speakers]") {
  const std::string input =
      "Federal judge voids Iowa permit\n\n"
      "A federal judge on Tuesday threw out a state permit, ruling that Iowa had ignored federal "
      "pollution limits.\n\n"
      "U.S. District Judge Corinne Abernathy, who sits in Des Moines, gave the company 90 "
      "days.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Iowa had ignored federal pollution limits"))
            .entity == "Corinne Abernathy");
}

// reference/resolver.cc ReadSentence(): an organization's description a place's possessive opens,
// with the name in apposition ("The city's flagship carrier, Pearl Crest Airways,"); quotes
// room ClauseStart(): a possessive pronoun inside the phrase before "that".
TEST_CASE("The city's flagship carrier, Pearl Crest Airways, said in a notice", "[speakers]") {
  const std::string input =
      "Flights were cancelled across the region on Monday.\n\n"
      "The city\u2019s flagship carrier, Pearl Crest Airways, said in a notice on its website "
      "that it expected a big impact on its schedule.\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen seen = SpeakerOf(
      input, analysis, QuoteWithText(analysis, "it expected a big impact on its schedule"));
  CHECK(seen.entity == "Pearl Crest Airways");
}

// reference/resolver.cc ResolveDescribedLater(): a country's possessive before a lead's
// description ("Oman's foreign minister said") holds no fact the named minister's title must
// repeat.
TEST_CASE("Oman's foreign minister said: the foreign minister named next", "[speakers]") {
  const std::string input =
      "Talks over a prisoner exchange have stalled, Oman\u2019s foreign minister said on "
      "Thursday.\n\n"
      "Speaking in Muscat, Foreign Minister Faisal bin Rashid al-Qasmi said mediators had "
      "failed to bridge the gap.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Talks over a prisoner exchange have stalled"))
            .entity == "Faisal bin Rashid al-Qasmi");
}

// quotes room ClauseSubject(): a cue "and" joins to an earlier cue of the clause shares its
// subject ("the ministry said it remained ... and accused"), not after a comma.
TEST_CASE("said it remained ... and accused: the ministry accused", "[speakers]") {
  const std::string input =
      "The Interior Ministry oversees the prisons. In a statement, the ministry said it "
      "remained \u201Cfully committed to the humanitarian track\u201D and accused the rebels of "
      "\u201Cholding families hostage\u201D.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "holding families hostage")).entity ==
        "Interior Ministry");
}

// reference/discourse.cc RoleOfMention(): a name in apposition to a description that opens the
// sentence speaks for it ("Vale's publicist, Delphine Saint-Aubin, said"); pronouns.cc: after the
// quotation that opens a sentence, "she added" goes on with the last one who spoke.
TEST_CASE("Vale's publicist, Delphine Saint-Aubin, said ... \"...,\" she added", "[speakers]") {
  const std::string input =
      "Superior Court Judge Harriet Lindqvist presided over the trial. \u201CWhatever you think "
      "of this verdict, these 12 people did exactly what we asked of them,\u201D she said.\n\n"
      "In a statement released Thursday evening, Vale\u2019s publicist, Delphine Saint-Aubin, "
      "said the actor was \u201Cdeeply disappointed\u201D but \u201Cat peace with who he "
      "is.\u201D\n\n"
      "\u201CCorbin has always been honest with his fans,\u201D she added in the statement.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Corbin has always been honest with his fans,"))
            .entity == "Delphine Saint-Aubin");
}

// reference/pronouns.cc ResolvePronoun(): a pronoun after the sentence's speaker and a reported
// clause's subject means the speaker, over a person more salient from before; roles.txt: "the
// studio" means a film company.
TEST_CASE("Oyamada said the company would ..., though he acknowledged", "[speakers]") {
  const std::string input =
      "Shiranami Motor will recall 120,000 cars, the company said. President Takehiko Oyamada "
      "told a news conference the company was sorry.\n\n"
      "Daisuke Fujimaki, a 41-year-old office worker in Yokohama, said he had stopped charging "
      "his car at home.\n\n"
      "\"My kids sleep right above the garage,\" he said, adding that he had asked his dealer "
      "for a loaner car but had been told none were available.\n\n"
      "Oyamada said the company would stick with its target, though he acknowledged that the "
      "recall would weigh on earnings.\n\n"
      "Pellucid Pictures said it does not comment on legal matters. The studio said that "
      "production on the fifth season would begin next month.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "the recall would weigh on earnings"))
            .entity == "Takehiko Oyamada");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "production on the fifth season would begin next month"))
            .entity == "Pellucid Pictures");
}

// quotes room SpeakerBefore(): past an age set off by commas and a place set off after its
// preposition, the name before an appositive speaks; AccordingToSource(): the name in apposition
// to the source's description; cues.txt: "points out that".
TEST_CASE("Loïc Tessier, 58, a signalman ..., in Brittany, said", "[speakers]") {
  const std::string input =
      "Loïc Tessier, 58, a signalman with the regional rail network in Port-Lérac, in Brittany, "
      "said he had calculated that the reform would keep him at work longer.\n\n"
      "According to her spokesperson, Kenji Arakawa, the governor\u2019s office sent the "
      "committee a draft bill last year.\n\n"
      "Kenji Matsuura points out that several small predators were later shown to be "
      "juveniles.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis,
                                "he had calculated that the reform would keep him at work longer"))
            .entity == "Loïc Tessier");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis,
                                "the governor\u2019s office sent the committee a draft bill last "
                                "year"))
            .entity == "Kenji Arakawa");
  CHECK(
      SpeakerOf(input, analysis,
                QuoteWithText(analysis, "several small predators were later shown to be juveniles"))
          .entity == "Kenji Matsuura");
}

// reference/pronouns.cc Agrees(): a company is "it" whatever its name ("Larkspur Books");
// discourse.cc SkipToVerb(): past an appositive's place and its state; descriptions.cc: "the U.S.
// Bankruptcy Court" is a name the tagger missed, no description of the company.
TEST_CASE("Larkspur Books ... It said: the company", "[speakers]") {
  const std::string input =
      "Larkspur Books filed for bankruptcy protection on Monday.\n\n"
      "The company, based in Hartwell, Pa., listed liabilities of $612 million in its petition "
      "to the U.S. Bankruptcy Court in Wilmington. It said it had secured new financing.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(
      SpeakerOf(input, analysis, QuoteWithText(analysis, "it had secured new financing")).entity ==
      "Larkspur Books");
  for (const Entity& entity : analysis.entities) {
    if (entity.name != "Larkspur Books") continue;
    for (const newslens::Mention& m : entity.mentions)
      CHECK(m.text.find("Court") == std::string::npos);
  }
}

// reference/descriptions.cc NotePendingIntroduction(): a lead's described person who speaks past
// a relative clause ("A landlady who has pulled pints ... says") is the person named next.
TEST_CASE("A landlady who has pulled pints for decades says: the landlady named next",
          "[speakers]") {
  const std::string input =
      "Thornleigh pub calls last orders\n\n"
      "A landlady who has pulled pints at one of Thornleigh's oldest pubs for almost three "
      "decades says she is \"absolutely gutted\" after the brewery announced the closure.\n\n"
      "Landlady Bernadette Kilbride, 61, has run the Weavers Arms since 1996.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis,
                                "she is \"absolutely gutted\" after the brewery announced the "
                                "closure"))
            .entity == "Bernadette Kilbride");
}

// reference/speakers.cc MakerOfDocument(): a document's maker after a participle and "by"; the
// lexicon's "union": an association's name; speaker_phrases.cc ClauseSubject(): a cue after ",
// but" goes on from the sentence's speaker; ner/name_repairs.cc: "The Ministry of" at a
// sentence's start.
TEST_CASE("A survey published by the institute, the union, 'but warned', The Ministry of",
          "[speakers]") {
  const std::string input =
      "Polls tighten\n\n"
      "According to a survey published last week by the Meridian Research Institute, the "
      "People's Movement has the support of around 31% of voters.\n\n"
      "The Allied Cockpit Crews Association, which represents Caldera Airways' pilots, praised "
      "the crew. Caldera Airways said it was cooperating with investigators.\n\n"
      "The union said in a statement that it would ask to take part in the investigation.\n\n"
      "The Harbour Workers' Union said it would consider any offer that withdrew the threat of "
      "redundancies, but "
      "warned that members were prepared to escalate the action.\n\n"
      "The Ministry of Finance said separately that it would keep its deficit target.\n\n"
      "Nurses will care for five patients per shift, according to a summary released by the "
      "union.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis,
                                "the People's Movement has the support of around 31% "
                                "of voters"))
            .entity == "Meridian Research Institute");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "it would ask to take part in the investigation"))
            .entity == "Allied Cockpit Crews Association");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "members were prepared to escalate the action"))
            .entity == "Harbour Workers' Union");
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "it would keep its deficit target"))
            .entity == "Ministry of Finance");
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "Nurses will care for five patients per shift"))
            .entity == "Harbour Workers' Union");  // the union named last
}

// speakers.cc Resolve(): an organization's name and a person's title after it are the person
// with that title; HoldsTitle(): "CEO" is the chief executive.
TEST_CASE("Vesterhavn Airlines CEO says: the chief executive", "[speakers]") {
  const std::string input =
      "Vesterhavn Airlines CEO says Corvanta talks at 'advanced stage'\n\n"
      "Vesterhavn Airlines' takeover talks are at an \"advanced stage\", Chief Executive "
      "Mikkel Thorsager said on Wednesday.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Corvanta talks at 'advanced stage'"))
            .entity == "Mikkel Thorsager");
  // A title the article gives nobody, but a description of the lead it resolves ("The chairman
  // of ...", the person named next).
  const std::string lead =
      "Silverbay Pacific chairman says debt talks 'constructive'\n\n"
      "The chairman of Hong Kong developer Silverbay Pacific Holdings said on Wednesday that "
      "talks with creditors were \"constructive\".\n\n"
      "\"We are not running away from our obligations,\" Marcus Kwok told reporters.\n";
  const Analysis chairman = AnalyzeOk(lead);
  CHECK(SpeakerOf(lead, chairman, QuoteWithText(chairman, "debt talks 'constructive'")).entity ==
        "Marcus Kwok");
}

TEST_CASE("A name, an appositive a capitalized modifier opens, and 'said' with a clause",
          "[speakers]") {
  const std::string input =
      "Marco Benedetti, Asia-Pacific president of Italian machinery maker Orvella Group, said "
      "his company plans to open a second plant in Fujian next year.\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen seen = SpeakerOf(
      input, analysis,
      QuoteWithText(analysis, "his company plans to open a second plant in Fujian next year"));
  CHECK(seen.entity == "Marco Benedetti");
}

TEST_CASE("According to a description and the name in apposition that ends the sentence",
          "[speakers]") {
  const std::string input =
      "The branches account for fewer than one in five visits, according to the council’s head "
      "of libraries, Gareth Lomax.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "The branches account for fewer than one in five visits"))
            .entity == "Gareth Lomax");
}

TEST_CASE("A headline's '..., council leader says': the person titled so", "[speakers]") {
  const std::string input =
      "Library closures heartbreaking, council leader says\n\n"
      "Seven libraries are to close. Council leader Sandra Pryce-Whitlow said the decision was "
      "painful.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(SpeakerOf(input, analysis, QuoteWithText(analysis, "Library closures heartbreaking"))
            .entity == "Sandra Pryce-Whitlow");
}

TEST_CASE("A headline's '..., says housing board', '..., says union'", "[speakers]") {
  const std::string input =
      "Prices of new flats will rise, says housing board\n\n"
      "Prices of new flats offered by the Housing and Estates Board will be higher, the board "
      "said on Wednesday.\n";
  const Analysis analysis = AnalyzeOk(input);
  CHECK(
      SpeakerOf(input, analysis, QuoteWithText(analysis, "Prices of new flats will rise")).entity ==
      "Housing and Estates Board");
  const std::string strike =
      "Teachers will strike in May, says union\n\n"
      "The National Teachers Union said its members had voted to strike.\n";
  const Analysis union_ = AnalyzeOk(strike);
  CHECK(SpeakerOf(strike, union_, QuoteWithText(union_, "Teachers will strike in May")).entity ==
        "National Teachers Union");
}

TEST_CASE("Her husband: the relative the article named, by the surname", "[speakers]") {
  const std::string input =
      "Among the families were Priya and Daniel Esterby, whose daughter died in 2019. Priya "
      "Esterby said she had asked for help three times.\n\n"
      "Her husband said the trust had \"fought us every step of the way\".\n";
  const Analysis analysis = AnalyzeOk(input);
  const SpeakerSeen seen =
      SpeakerOf(input, analysis,
                QuoteWithText(analysis, "the trust had \"fought us every step of the way\""));
  CHECK(seen.entity == "Daniel Esterby");
  CHECK(seen.mention == "husband");
  // Two men of the surname: the article must say which; not the wife herself.
  const std::string two =
      "Priya Esterby, Daniel Esterby and Rohan Esterby gave evidence. Priya Esterby said she had "
      "asked for help.\n\n"
      "Her husband said the trust had \"fought us every step of the way\".\n";
  const Analysis unsure = AnalyzeOk(two);
  const SpeakerSeen which = SpeakerOf(
      two, unsure, QuoteWithText(unsure, "the trust had \"fought us every step of the way\""));
  CHECK(which.entity.empty());
  CHECK(which.mention == "husband");
}

// What the speaker rules must leave alone: a pronoun inside a report, a victim a lead describes,
// a document's appositive subject, a refusal after "and", a report's own reason, a city's report,
// and a party's plural name.
TEST_CASE("Speakers the rules of quotes and references must not change", "[speakers]") {
  const std::string input =
      "Mark Hill said Tom Baker had repaid the money before he was arrested in March.\n\n"
      "A woman who was stabbed in a park on Sunday has died, police said. Detective Inspector "
      "Sarah Cole said officers were searching for a man.\n\n"
      "According to the police report, John Smith, 45, was arrested at his home on Friday.\n\n"
      "A spokesman said it was aware of the incident and would not confirm the number of "
      "victims.\n\n"
      "The council said the library would close in June, as it could no longer afford the "
      "rent.\n\n"
      "A report from Geneva said the talks had stalled.\n";
  const Analysis analysis = AnalyzeOk(input);
  for (const Entity& entity : analysis.entities) {
    if (entity.name == "Tom Baker") CHECK(entity.mentions.size() == 2);  // "he"
    if (entity.name == "Sarah Cole") CHECK(entity.mentions.size() == 1);
  }
  CHECK(SpeakerOf(input, analysis,
                  QuoteWithText(analysis, "John Smith, 45, was arrested at his home on Friday"))
            .name == "the police report");
  CHECK(QuoteWithText(analysis, "it was aware of the incident").text ==
        "it was aware of the incident");
  CHECK(QuoteWithText(analysis,
                      "the library would close in June, as it could no longer afford the rent")
            .text.size() > 0);
  CHECK(
      SpeakerOf(input, analysis, QuoteWithText(analysis, "the talks had stalled")).entity.empty());
}
