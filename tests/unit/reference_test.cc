// The reference layer (core/reference/) without the trained model: hand-made NER tags, the
// entities stage, the quotation marks, then ResolveReferences() as Analyze() runs it. Each case
// checks one rule of references.h on news sentences: agreement, salience and the speaker's
// parallel role (pronouns.cc, discourse.cc), unnamed described people, "it" and "they" and the
// phrases that are no entity, relative pronouns (resolver.cc), and descriptions checked against
// what the article says of each entity (descriptions.cc, role_facts.cc).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tagged_helpers.h"

using newslens::EntityType;
using newslens::Gender;
using newslens::Reference;
using newslens::ReferenceKind;
using newslens::testing::MentionsOf;
using newslens::testing::ReadTagged;
using newslens::testing::TaggedReading;

namespace {

constexpr EntityType kPer = EntityType::kPer;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kLoc = EntityType::kLoc;
constexpr EntityType kMisc = EntityType::kMisc;

using Mentions = std::vector<std::string>;

// Whom the reference that opens with, or whose head is, the `occurrence`-th (from 0) occurrence
// of `head` in the input means: the entity's name, "unresolved" (entity -1) or "no reference".
// Strings, so that a failed CHECK prints what came out.
std::string Referent(const TaggedReading& reading, std::string_view head, int occurrence = 0) {
  std::size_t at = reading.input.find(head);
  for (int n = 0; n < occurrence && at != std::string::npos; ++n)
    at = reading.input.find(head, at + 1);
  INFO("head " << head << " #" << occurrence);
  REQUIRE(at != std::string::npos);
  const Reference* r = reading.ReferenceAt(at);
  if (r == nullptr) return "no reference";
  if (r->entity < 0) return "unresolved";
  return reading.entities[static_cast<std::size_t>(r->entity)].name;
}

// The entity called `name` in `reading`; the test stops there when there is none.
const newslens::Entity& EntityNamed(const TaggedReading& reading, std::string_view name) {
  const newslens::Entity* entity = newslens::testing::FindEntity(reading.entities, name);
  INFO("entity " << name);
  REQUIRE(entity != nullptr);
  return *entity;
}

}  // namespace

// pronouns.cc Agrees(): "she" never means a man, "he" never a woman, however salient.
TEST_CASE("He and she follow the gender of the first name", "[reference]") {
  SECTION("she: the woman, though the man is the subject") {
    const std::string input =
        "David Chen told Maria Lopez about the offer on Monday. She said it was too low.";
    const TaggedReading reading = ReadTagged(input, {{"David Chen", kPer}, {"Maria Lopez", kPer}});
    CHECK(Referent(reading, "She") == "Maria Lopez");
    CHECK(MentionsOf(input, reading.entities, "Maria Lopez") ==
          Mentions{"Maria Lopez (name)", "She (pronoun)"});
    CHECK(MentionsOf(input, reading.entities, "David Chen") == Mentions{"David Chen (name)"});
  }
  SECTION("he: the man, though the woman is the subject") {
    const std::string input =
        "Maria Lopez called David Chen on Monday. He said the offer was too low.";
    const TaggedReading reading = ReadTagged(input, {{"Maria Lopez", kPer}, {"David Chen", kPer}});
    CHECK(Referent(reading, "He") == "David Chen");
    CHECK(MentionsOf(input, reading.entities, "David Chen") ==
          Mentions{"David Chen (name)", "He (pronoun)"});
    CHECK(MentionsOf(input, reading.entities, "Maria Lopez") == Mentions{"Maria Lopez (name)"});
  }
}

// discourse.cc SalienceWeight(): a subject (260) outweighs an object (230) of the same sentence.
TEST_CASE("He means the subject of the sentence before rather than its object", "[reference]") {
  const std::string input = "Alan Price met Tom Reed on Monday. He said the talks had gone well.";
  const TaggedReading reading = ReadTagged(input, {{"Alan Price", kPer}, {"Tom Reed", kPer}});
  CHECK(Referent(reading, "He") == "Alan Price");
  CHECK(MentionsOf(input, reading.entities, "Alan Price") ==
        Mentions{"Alan Price (name)", "He (pronoun)"});
  CHECK(MentionsOf(input, reading.entities, "Tom Reed") == Mentions{"Tom Reed (name)"});
}

// discourse.cc RoleOfMention(): the agent of a passive is its clause's subject in all but form,
// so "he" after it means the agent rather than the speaker of the paragraph before.
TEST_CASE("He means the agent of a passive", "[reference]") {
  const std::string input =
      "Colin Ashdown, who runs a business near the depot, said complaints had gone nowhere.\n\n"
      "That frustration was echoed by Councillor Amir Sethna, who chairs the safety committee. "
      "He said residents had raised the lighting again and again.";
  const TaggedReading reading = ReadTagged(input, {{"Colin Ashdown", kPer}, {"Amir Sethna", kPer}});
  CHECK(Referent(reading, "He said") == "Amir Sethna");
}

// pronouns.cc kSpeakerGoesOn: the speaker of the last speech verb goes on speaking. Reed, met
// with later (oblique 220), is more salient than Price, who spoke a sentence earlier (310 / 2);
// only the speaker's share (x1.5) makes Price the one who says "he said".
TEST_CASE("A speaking pronoun continues the last speaker", "[reference]") {
  const std::string input =
      "Alan Price said the plant would close in March. Most of the workers met with Tom Reed on "
      "Friday. \u201CWe will not back down,\u201D he said.";
  const TaggedReading reading = ReadTagged(input, {{"Alan Price", kPer}, {"Tom Reed", kPer}});
  CHECK(Referent(reading, "he said") == "Alan Price");
  CHECK(MentionsOf(input, reading.entities, "Alan Price") ==
        Mentions{"Alan Price (name)", "he (pronoun)"});
  CHECK(MentionsOf(input, reading.entities, "Tom Reed") == Mentions{"Tom Reed (name)"});
}

// pronouns.cc NamedLaterInClause(): the subject pronoun of a main clause never means a person the
// rest of its sentence names, however salient; a possessor there it may.
TEST_CASE("A subject pronoun does not mean a person its own sentence names after it",
          "[reference]") {
  SECTION("she said Ms. Tasker: someone else") {
    const std::string input =
        "Evangeline Tasker won a seat in 1983. She created a review board. In 2009, Ms. Tasker "
        "said she had never regretted the fight. \u201CI was not elected to make anybody "
        "comfortable,\u201D she said. State Senator Maureen Kowalczyk, a Democrat, interned in the "
        "mayor's office in 1990. She said Ms. Tasker had taught a generation.";
    const TaggedReading reading = ReadTagged(input, {{"Evangeline Tasker", kPer},
                                                     {"Ms. Tasker", kPer},
                                                     {"Maureen Kowalczyk", kPer},
                                                     {"Ms. Tasker", kPer}});
    CHECK(Referent(reading, "She said") == "Maureen Kowalczyk");
  }
  SECTION("he notes ... Trump's microphone: a possessor may be the pronoun's own") {
    const std::string input =
        "Donald Trump is raising questions about his microphone. He notes that there was an "
        "issue with Trump's microphone.";
    const TaggedReading reading = ReadTagged(input, {{"Donald Trump", kPer}, {"Trump", kPer}});
    CHECK(Referent(reading, "He notes") == "Donald Trump");
  }
}

// pronouns.cc ResolvePronoun(): a quotation's "he said" goes to the person its paragraph has
// just made the subject or speaker, over one more salient from the paragraphs before.
TEST_CASE("A speaking pronoun means the speaker its paragraph introduced", "[reference]") {
  const std::string input =
      "Health Minister Oskar Berg told parliament on Tuesday that public bodies do not pay "
      "ransoms. Berg said he expected the company to follow the policy. Berg said he would "
      "meet its board.\n\n"
      "Yusuf Karaman, deputy director of the agency, told reporters the agency had recorded 27 "
      "attacks. \u201CHospitals are being targeted,\u201D he said.";
  const TaggedReading reading = ReadTagged(
      input, {{"Oskar Berg", kPer}, {"Berg", kPer}, {"Berg", kPer}, {"Yusuf Karaman", kPer}});
  CHECK(Referent(reading, "he said.") == "Yusuf Karaman");
}

// pronouns.cc / descriptions.cc NoteUnnamedPerson(): "she" keeps a described, unnamed person
// as its antecedent, more salient than the woman named a paragraph before.
TEST_CASE("She means a spokeswoman the article describes but never names", "[reference]") {
  const std::string input =
      "Helen Carter said the pier would be rebuilt.\n\n"
      "A spokeswoman for Severn Valley Police said detectives were questioning two men.\n\n"
      "\u201CWe are keen to hear from anyone who saw the van,\u201D she said.\n";
  const TaggedReading reading =
      ReadTagged(input, {{"Helen Carter", kPer}, {"Severn Valley Police", kOrg}});
  const Reference* she = reading.ReferenceAt(input.find("she said"));
  REQUIRE(she != nullptr);
  CHECK(she->kind == ReferenceKind::kPronoun);
  CHECK(she->entity == -1);
  CHECK(reading.Text(she->antecedent_first, she->antecedent_end) ==
        "A spokeswoman for Severn Valley Police");
  // No entity takes the pronoun.
  CHECK(MentionsOf(input, reading.entities, "Helen Carter") == Mentions{"Helen Carter (name)"});
  CHECK(MentionsOf(input, reading.entities, "Severn Valley Police") ==
        Mentions{"Severn Valley Police (name)"});
}

// pronouns.cc ResolvePronoun(): "it" means an organization only when it is more salient than
// any phrase that is no entity ("the plan").
TEST_CASE("It means the most salient organization, unless a thing is more salient", "[reference]") {
  SECTION("The FBI said it would: the organization") {
    const std::string input = "The FBI said it would review the case.";
    const TaggedReading reading = ReadTagged(input, {{"FBI", kOrg}});
    CHECK(Referent(reading, "it") == "FBI");
    CHECK(MentionsOf(input, reading.entities, "FBI") == Mentions{"FBI (name)", "it (pronoun)"});
  }
  SECTION("the plan of the sentence before outweighs the council of two sentences back") {
    const std::string input =
        "Harlow Council met on Monday. The plan would cut 40 jobs. It would save \u00A32 million "
        "a year.";
    const TaggedReading reading = ReadTagged(input, {{"Harlow Council", kOrg}});
    CHECK(Referent(reading, "It") == "unresolved");
    CHECK(MentionsOf(input, reading.entities, "Harlow Council") ==
          Mentions{"Harlow Council (name)"});
  }
  SECTION("without the plan, the council") {
    const std::string input = "Harlow Council met on Monday. It would save \u00A32 million a year.";
    const TaggedReading reading = ReadTagged(input, {{"Harlow Council", kOrg}});
    CHECK(Referent(reading, "It") == "Harlow Council");
  }
}

// pronouns.cc Expletive(): "It is clear that" means nothing, even beside a salient
// organization.
TEST_CASE("An expletive it is left unresolved", "[reference]") {
  const std::string input =
      "Harlow Council met on Monday. It is clear that the budget is too small.";
  const TaggedReading reading = ReadTagged(input, {{"Harlow Council", kOrg}});
  const Reference* it = reading.ReferenceAt(input.find("It is"));
  REQUIRE(it != nullptr);
  CHECK(it->entity == -1);
  CHECK(it->antecedent_end == it->antecedent_first);
  CHECK(MentionsOf(input, reading.entities, "Harlow Council") == Mentions{"Harlow Council (name)"});
}

// pronouns.cc Agrees() and PluralName(): "they" means an organization or a plural name of a
// group, unless a plural phrase that is no entity is more salient ("the workers").
TEST_CASE("They means an organization or a group named in the plural", "[reference]") {
  SECTION("an organization") {
    const std::string input =
        "Greenfield Energy said on Monday that the plant would close. The decision was announced "
        "on Tuesday. They said demand had fallen.";
    const TaggedReading reading = ReadTagged(input, {{"Greenfield Energy", kOrg}});
    CHECK(Referent(reading, "They") == "Greenfield Energy");
    CHECK(MentionsOf(input, reading.entities, "Greenfield Energy") ==
          Mentions{"Greenfield Energy (name)", "They (pronoun)"});
  }
  SECTION("a plural group name") {
    const std::string input =
        "The Democrats met in Denver on Monday. They said the vote would be close.";
    const TaggedReading reading = ReadTagged(input, {{"Democrats", kMisc}, {"Denver", kLoc}});
    CHECK(Referent(reading, "They") == "Democrats");
    CHECK(MentionsOf(input, reading.entities, "Democrats") ==
          Mentions{"Democrats (name)", "They (pronoun)"});
  }
  SECTION("not when the workers of the sentence before are more salient") {
    const std::string input =
        "Greenfield Energy said on Monday that the plant would close. The workers were told on "
        "Tuesday. They said demand had fallen.";
    const TaggedReading reading = ReadTagged(input, {{"Greenfield Energy", kOrg}});
    CHECK(Referent(reading, "They") == "unresolved");
    CHECK(MentionsOf(input, reading.entities, "Greenfield Energy") ==
          Mentions{"Greenfield Energy (name)"});
  }
}

// resolver.cc RelativeAntecedent(): "who" after a person's name and "which" after another's
// are mentions of that entity; "which" after a person's name is not.
TEST_CASE("A relative pronoun after a name is a mention of it", "[reference]") {
  SECTION("X, which and Y, who") {
    const std::string input =
        "Acme Corp, which makes brakes, said sales fell. Jane Doe, who runs the plant, said "
        "nothing.";
    const TaggedReading reading = ReadTagged(input, {{"Acme Corp", kOrg}, {"Jane Doe", kPer}});
    const Reference* which = reading.ReferenceAt(input.find("which"));
    REQUIRE(which != nullptr);
    CHECK(which->kind == ReferenceKind::kRelative);
    CHECK(Referent(reading, "which") == "Acme Corp");
    CHECK(Referent(reading, "who") == "Jane Doe");
    CHECK(MentionsOf(input, reading.entities, "Acme Corp") ==
          Mentions{"Acme Corp (name)", "which (pronoun)"});
    CHECK(MentionsOf(input, reading.entities, "Jane Doe") ==
          Mentions{"Jane Doe (name)", "who (pronoun)"});
  }
  SECTION("a person, which: the thing before, not the person") {
    const std::string input =
        "The union signed the deal with Jane Doe, which was agreed on Monday.";
    const TaggedReading reading = ReadTagged(input, {{"Jane Doe", kPer}});
    CHECK(Referent(reading, "which") == "no reference");
    CHECK(MentionsOf(input, reading.entities, "Jane Doe") == Mentions{"Jane Doe (name)"});
  }
}

// descriptions.cc ResolveDescription() and Contradicts(), role_facts.cc: a description means
// the entity the article describes so, and never one whose party or office contradicts it.
TEST_CASE("A description means the entity the article describes so", "[reference]") {
  SECTION("the Republican nominee: the Republican presidential nominee") {
    const std::string input =
        "Republican presidential nominee John Smith spoke in Ohio on Monday. The Republican "
        "nominee said the economy was weak.";
    const TaggedReading reading = ReadTagged(input, {{"John Smith", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "nominee said") == "John Smith");
    CHECK(MentionsOf(input, reading.entities, "John Smith") ==
          Mentions{"John Smith (name)", "The Republican nominee (description)"});
  }
  SECTION("the Republican nominee is not the Democratic one") {
    const std::string input =
        "Democratic nominee Jane Roe spoke in Ohio on Monday. The Republican nominee said the "
        "economy was weak.";
    const TaggedReading reading = ReadTagged(input, {{"Jane Roe", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "nominee said") == "unresolved");
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") == Mentions{"Jane Roe (name)"});
  }
  SECTION("the Minnesota Democrat: a party label's party and state (roles.txt states)") {
    // As the tagger reads them: the label a person's name, the description an organization's.
    const std::string input =
        "Sen. Margaret Ellingsworth (D-Minn.) questioned Lukas Brennecke. Brennecke said he could "
        "not commit. \u201CThen we will,\u201D the Minnesota Democrat replied.";
    const TaggedReading reading = ReadTagged(input, {{"Margaret Ellingsworth", kPer},
                                                     {"D-Minn", kPer},
                                                     {"Lukas Brennecke", kPer},
                                                     {"Brennecke", kPer},
                                                     {"Minnesota Democrat", kOrg}});
    CHECK(Referent(reading, "the Minnesota") == "Margaret Ellingsworth");
    CHECK(newslens::testing::FindEntity(reading.entities, "D-Minn") == nullptr);
  }
  SECTION("the nominee, saying no party, is the Democratic one") {
    const std::string input =
        "Democratic nominee Jane Roe spoke in Ohio on Monday. The nominee said the economy was "
        "weak.";
    const TaggedReading reading = ReadTagged(input, {{"Jane Roe", kPer}, {"Ohio", kLoc}});
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") ==
          Mentions{"Jane Roe (name)", "The nominee (description)"});
  }
  SECTION("the provost: a noun the article called a person by, though no role noun") {
    const std::string input =
        "Gareth Vandersloot, the university's provost, defended the plan. Colleen MacAskill "
        "spoke later. The provost said the cuts were over.";
    const TaggedReading reading =
        ReadTagged(input, {{"Gareth Vandersloot", kPer}, {"Colleen MacAskill", kPer}});
    CHECK(Referent(reading, "The provost") == "Gareth Vandersloot");
  }
  SECTION("the Dane: a nationality, the topic going on") {
    const std::string input =
        "Kestlow manager Henrik Vesterlund said Tobias Larraneta would not play until October. "
        "\u201CHe needs time,\u201D the Dane said.";
    const TaggedReading reading = ReadTagged(
        input, {{"Henrik Vesterlund", kPer}, {"Tobias Larraneta", kPer}, {"Dane", kPer}});
    CHECK(Referent(reading, "the Dane") == "Henrik Vesterlund");
  }
  SECTION("the CEO, the solicitor: roles by their abbreviation and their trade (roles.txt)") {
    const std::string input =
        "Veridane CEO Lukas Brennecke testified on Tuesday. His solicitor, Imran Qadir, sat "
        "beside him. The CEO said prices would fall. The solicitor said nothing.";
    const TaggedReading reading =
        ReadTagged(input, {{"Veridane", kOrg}, {"Lukas Brennecke", kPer}, {"Imran Qadir", kPer}});
    CHECK(Referent(reading, "The CEO") == "Lukas Brennecke");
    CHECK(Referent(reading, "The solicitor") == "Imran Qadir");
  }
  SECTION("the skipper: a team's captain") {
    const std::string input =
        "Port Callister skipper Callum Strachan top-scored with 84. Jonah Reid took four wickets. "
        "The skipper said his side were short.";
    const TaggedReading reading = ReadTagged(
        input, {{"Port Callister", kOrg}, {"Callum Strachan", kPer}, {"Jonah Reid", kPer}});
    CHECK(Referent(reading, "The skipper") == "Callum Strachan");
  }
  SECTION("the junior, the striker: a player's year and position (roles.txt)") {
    const std::string input =
        "Kealoha Makani, a junior from Hilo, caught the pass. Dashawn Pritchett, the team's "
        "quarterback, threw it. The junior said the play was new. The quarterback agreed.";
    const TaggedReading reading =
        ReadTagged(input, {{"Kealoha Makani", kPer}, {"Hilo", kLoc}, {"Dashawn Pritchett", kPer}});
    CHECK(Referent(reading, "The junior") == "Kealoha Makani");
    CHECK(Referent(reading, "The quarterback") == "Dashawn Pritchett");
  }
  SECTION("the vice presidential nominee and the presidential nominee") {
    const std::string input =
        "Democratic presidential nominee Jane Roe and her running mate, vice presidential "
        "nominee Tom Kane, spoke in Ohio. The vice presidential nominee said the race was close. "
        "The presidential nominee said little.";
    const TaggedReading reading =
        ReadTagged(input, {{"Jane Roe", kPer}, {"Tom Kane", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "The vice") == "Tom Kane");
    CHECK(Referent(reading, "The presidential") == "Jane Roe");
    CHECK(MentionsOf(input, reading.entities, "Tom Kane") ==
          Mentions{"Tom Kane (name)", "The vice presidential nominee (description)"});
    CHECK(MentionsOf(input, reading.entities, "Jane Roe") ==
          Mentions{"Jane Roe (name)", "her (pronoun)", "The presidential nominee (description)"});
  }
}

// resolver.cc AppositiveName(): a description set off by a name in apposition is that name's,
// though an earlier person fits the description too and the name comes after it.
TEST_CASE("A description before a name in apposition means that name", "[reference]") {
  SECTION("the finance minister, named after the prime minister") {
    const std::string input =
        "The prime minister, Leonard Fairweather, spoke first. The finance minister, Hamish "
        "Oduya, later accused the opposition. He said the ports had lost money.";
    const TaggedReading reading =
        ReadTagged(input, {{"Leonard Fairweather", kPer}, {"Hamish Oduya", kPer}});
    CHECK(Referent(reading, "The finance") == "Hamish Oduya");
    CHECK(Referent(reading, "He said") == "Hamish Oduya");
    CHECK(MentionsOf(input, reading.entities, "Leonard Fairweather") ==
          Mentions{"The prime minister (description)", "Leonard Fairweather (name)"});
  }
  SECTION("an indefinite description with a name: a spokesman for a party") {
    const std::string input =
        "Leonard Fairweather spoke first. A spokesman for the National Renewal Party, Esteban "
        "Mareko, said the government had lost.";
    const TaggedReading reading = ReadTagged(input, {{"Leonard Fairweather", kPer},
                                                     {"National Renewal Party", kOrg},
                                                     {"Esteban Mareko", kPer}});
    CHECK(Referent(reading, "A spokesman") == "Esteban Mareko");
  }
  SECTION("the name takes the description's role: a speaker, whom he continues") {
    const std::string input =
        "Leonard Fairweather said he would meet the rebels. A spokesman for the National "
        "Renewal Party, Esteban Mareko, said the government had lost. He said the party would "
        "table amendments.";
    const TaggedReading reading = ReadTagged(input, {{"Leonard Fairweather", kPer},
                                                     {"National Renewal Party", kOrg},
                                                     {"Esteban Mareko", kPer}});
    CHECK(Referent(reading, "He said") == "Esteban Mareko");
  }
  SECTION("a description after a name, in apposition, is the name's: no unnamed person") {
    const std::string input =
        "Kealoha Makani, a junior from Hilo, finished with nine catches. He said the play was "
        "new.";
    const TaggedReading reading = ReadTagged(input, {{"Kealoha Makani", kPer}, {"Hilo", kLoc}});
    CHECK(Referent(reading, "a junior") == "Kealoha Makani");
    CHECK(Referent(reading, "He said") == "Kealoha Makani");
  }
  SECTION("a list is no apposition") {
    const std::string input =
        "Leonard Fairweather spoke first. The minister, Hamish Oduya and Ana Ruiz met later.";
    const TaggedReading reading = ReadTagged(
        input, {{"Leonard Fairweather", kPer}, {"Hamish Oduya", kPer}, {"Ana Ruiz", kPer}});
    CHECK(Referent(reading, "The minister") != "Hamish Oduya");
  }
}

// descriptions.cc NamedAsKind(), role_facts.cc: an organization is called by the kind its own
// name says ("the fund"), and by what an appositive says it is ("X, the bank,").
TEST_CASE("An organization is called by its kind", "[reference]") {
  SECTION("the fund: the International Monetary Fund") {
    const std::string input =
        "The International Monetary Fund cut its forecast on Tuesday. Growth would slow to 2 "
        "percent, the fund said.";
    const TaggedReading reading = ReadTagged(input, {{"International Monetary Fund", kOrg}});
    CHECK(Referent(reading, "the fund") == "International Monetary Fund");
    CHECK(
        MentionsOf(input, reading.entities, "International Monetary Fund") ==
        Mentions{"International Monetary Fund (name)", "its (pronoun)", "the fund (description)"});
  }
  SECTION("the federation: a federation by its name's word, in Spanish too") {
    const std::string input =
        "The Federaci\u00F3n de Pe\u00F1as Valdemoristas spoke for the fans of CD Valdemora. The "
        "federation said it would stage a silent protest.";
    const TaggedReading reading = ReadTagged(
        input, {{"Federaci\u00F3n de Pe\u00F1as Valdemoristas", kOrg}, {"CD Valdemora", kOrg}});
    CHECK(Referent(reading, "federation said") == "Federaci\u00F3n de Pe\u00F1as Valdemoristas");
  }
  SECTION("the museum, the zoo") {
    const std::string input =
        "The Royal Westmarch Museum returned the statues. According to the museum, they were "
        "bought in 1897. Bramblewood Zoo announced a birth. The zoo said the calf was well.";
    const TaggedReading reading =
        ReadTagged(input, {{"Royal Westmarch Museum", kOrg}, {"Bramblewood Zoo", kOrg}});
    CHECK(Referent(reading, "the museum") == "Royal Westmarch Museum");
    CHECK(Referent(reading, "The zoo") == "Bramblewood Zoo");
  }
  SECTION("the district: a school district") {
    const std::string input =
        "Cases rose in the Hazelport Unified School District. The district said no school "
        "would close.";
    const TaggedReading reading = ReadTagged(input, {{"Hazelport Unified School District", kOrg}});
    CHECK(Referent(reading, "The district") == "Hazelport Unified School District");
  }
  SECTION("the bank: what the appositive says, the name saying no bank") {
    // "Wells Fargo" would be a bank by its name alone ("Fargo" is a NAME-WORD of banks in
    // roles.txt): an invented name shows that the appositive is what is learned.
    const std::string input =
        "Harcourt Lyle, the bank, agreed to pay $5 million on Monday. The bank said it had done "
        "nothing wrong.";
    const TaggedReading reading = ReadTagged(input, {{"Harcourt Lyle", kOrg}});
    CHECK(Referent(reading, "The bank said") == "Harcourt Lyle");
    CHECK(MentionsOf(input, reading.entities, "Harcourt Lyle") ==
          Mentions{"Harcourt Lyle (name)", "the bank (description)", "The bank (description)",
                   "it (pronoun)"});
  }
}

// roles.txt: the kinds of public bodies news calls by their kind.
TEST_CASE("A regulator, an agency, a trust, a utility and a force are called by their kind",
          "[reference]") {
  const std::string input =
      "The deal needs the approval of the Industrial Competition Board. The agency said it would "
      "examine the deal. A review could take nine months, according to the regulator. The "
      "Marrowdale Hospitals Trust apologised. The trust said it had hired more nurses.";
  const TaggedReading reading = ReadTagged(
      input, {{"Industrial Competition Board", kOrg}, {"Marrowdale Hospitals Trust", kOrg}});
  CHECK(Referent(reading, "The agency") == "Industrial Competition Board");
  CHECK(Referent(reading, "the regulator") == "Industrial Competition Board");
  CHECK(Referent(reading, "The trust") == "Marrowdale Hospitals Trust");
  const std::string power =
      "Northfork Energy cut power to 4,000 homes. Crews would restore it by Sunday, the utility "
      "said.";
  const TaggedReading utility = ReadTagged(power, {{"Northfork Energy", kOrg}});
  CHECK(Referent(utility, "the utility") == "Northfork Energy");
  const std::string police =
      "Ferrow Constabulary arrested two men. The men were released on bail, the force said.";
  const TaggedReading force = ReadTagged(police, {{"Ferrow Constabulary", kOrg}});
  CHECK(Referent(force, "the force") == "Ferrow Constabulary");
}

// resolver.cc ReadSentence(): the byline's and the dateline's names are no part of the story:
// "the company" is not the wire service that filed it, "she" not the reporter.
TEST_CASE("The dateline's outlet and the byline's author are nobody the story means",
          "[reference]") {
  const std::string input =
      "By Helen Ward\n\nHOLLINSFORD, England (Northline Wire) \u2014 Hackers took the data of "
      "2.3 million people, the company said. She said it was sorry.\n";
  const TaggedReading reading =
      ReadTagged(input, {{"Helen Ward", kPer}, {"England", kLoc}, {"Northline Wire", kOrg}});
  CHECK(Referent(reading, "the company") == "unresolved");
  CHECK(Referent(reading, "She") == "unresolved");
}

// descriptions.cc NamesOtherKind(): "the firm" may be any salient organization but one whose
// name says another kind ("Commission").
TEST_CASE("The firm is not a commission", "[reference]") {
  SECTION("the firm the commission fined, though the commission is the subject") {
    const std::string input =
        "The Securities and Exchange Commission fined Halden Capital on Monday. Investigators "
        "visited the firm in March.";
    const TaggedReading reading =
        ReadTagged(input, {{"Securities and Exchange Commission", kOrg}, {"Halden Capital", kOrg}});
    CHECK(Referent(reading, "the firm") == "Halden Capital");
    CHECK(MentionsOf(input, reading.entities, "Securities and Exchange Commission") ==
          Mentions{"Securities and Exchange Commission (name)"});
  }
  SECTION("no firm at all") {
    const std::string input =
        "The Securities and Exchange Commission opened an inquiry on Monday. Investigators "
        "visited the firm in March.";
    const TaggedReading reading = ReadTagged(input, {{"Securities and Exchange Commission", kOrg}});
    CHECK(Referent(reading, "the firm") == "unresolved");
  }
  SECTION("the organization: any kind, a fund too") {
    const std::string input =
        "The Lakeshore Legal Defense Fund said it would rename its fellowship. It was founded in "
        "1975 near State Route Nine. \u201CShe dragged it there,\u201D the organization said.";
    const TaggedReading reading =
        ReadTagged(input, {{"Lakeshore Legal Defense Fund", kOrg}, {"State Route Nine", kOrg}});
    CHECK(Referent(reading, "the organization") == "Lakeshore Legal Defense Fund");
  }
  SECTION("a company whose name says it is one: an airline, a corporation") {
    // roles.txt marks the kinds that are companies "business": "Airways" and "Inc." say a
    // kind, but not another than the company's.
    const std::string input =
        "Cabin crew at Brackenfield Airways walked out on Friday. The company said most flights "
        "would run. Orbisynth Inc. agreed to the deal. The firm said it had approved it.";
    const TaggedReading reading =
        ReadTagged(input, {{"Brackenfield Airways", kOrg}, {"Orbisynth Inc.", kOrg}});
    CHECK(Referent(reading, "The company") == "Brackenfield Airways");
    CHECK(Referent(reading, "The firm") == "Orbisynth Inc.");
  }
}

// resolver.cc Record() and AddMentions(): a person whose first name says no gender takes the
// one the pronouns agree on; after two, "he" no longer agrees with her.
TEST_CASE("A person's gender follows the pronouns that mean her", "[reference]") {
  SECTION("no pronoun: unknown") {
    const TaggedReading reading =
        ReadTagged("Kim Lee joined the board in 2019.", {{"Kim Lee", kPer}});
    CHECK(EntityNamed(reading, "Kim Lee").gender == Gender::kUnknown);
  }
  SECTION("she twice: female, and a later he is someone else") {
    const std::string input =
        "Kim Lee joined the board in 2019. She said the merger was a mistake. She later "
        "resigned. He said nothing.";
    const TaggedReading reading = ReadTagged(input, {{"Kim Lee", kPer}});
    CHECK(EntityNamed(reading, "Kim Lee").gender == Gender::kFemale);
    CHECK(Referent(reading, "She", 0) == "Kim Lee");
    CHECK(Referent(reading, "She", 1) == "Kim Lee");
    CHECK(Referent(reading, "He") == "unresolved");
    CHECK(MentionsOf(input, reading.entities, "Kim Lee") ==
          Mentions{"Kim Lee (name)", "She (pronoun)", "She (pronoun)"});
  }
}

// authors.cc FindAuthors(): "I" outside quotation marks is the author a column names: the
// signature after a letter, the note on the author at a column's end.
TEST_CASE("I outside quotation marks is the author the column names", "[reference]") {
  SECTION("letters, each signed") {
    const std::string input =
        "I cannot see why the council waited so long.\n\n"
        "Mary Olsen.\n\n"
        "I hope the new plan works.\n\n"
        "Peter Hall.\n";
    const TaggedReading reading = ReadTagged(input, {{"Mary Olsen", kPer}, {"Peter Hall", kPer}});
    CHECK(Referent(reading, "I", 0) == "Mary Olsen");
    CHECK(Referent(reading, "I", 1) == "Peter Hall");
  }
  SECTION("a column with a note on its author at the end") {
    const std::string input =
        "I grew up in a small town. My father told me \u201CI never trusted the bank.\u201D\n\n"
        "Ruth Baker is a writer in Leeds.\n";
    const TaggedReading reading = ReadTagged(input, {{"Ruth Baker", kPer}});
    CHECK(Referent(reading, "I", 0) == "Ruth Baker");
    CHECK(Referent(reading, "me") == "Ruth Baker");
    // Inside quotation marks "I" is the quoted speaker's, not the author's.
    CHECK(Referent(reading, "I never") == "no reference");
  }
  SECTION("no author named: unresolved") {
    const std::string input = "I cannot see why the council waited so long.\n";
    const TaggedReading reading = ReadTagged(input, {});
    CHECK(Referent(reading, "I") == "no reference");
  }
}

// descriptions.cc ContinuedTopic(): a description no entity is known by, as a sentence's
// subject, goes on with the previous sentence's subject; not when the article says otherwise
// of it, nor with a name that was no subject of its own.
TEST_CASE("A description as a subject continues the previous sentence's subject", "[reference]") {
  SECTION("the Ohio governor and the nominee after Mark Dale") {
    const std::string input =
        "Mark Dale says too much is made of the tweets. The Ohio governor was speaking in "
        "Dayton. The Republican nominee said the media are to blame.";
    const TaggedReading reading =
        ReadTagged(input, {{"Mark Dale", kPer}, {"Ohio", kLoc}, {"Dayton", kLoc}});
    CHECK(Referent(reading, "The Ohio") == "Mark Dale");
    CHECK(Referent(reading, "The Republican") == "Mark Dale");
  }
  SECTION("not a person of another party") {
    const std::string input =
        "Democratic Senator Ann Ward spoke in Dayton. Ann Ward says the plan is wrong. The "
        "Republican nominee said the plan was right.";
    const TaggedReading reading =
        ReadTagged(input, {{"Ann Ward", kPer}, {"Dayton", kLoc}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "The Republican") == "unresolved");
  }
  SECTION("not a name inside a phrase") {
    const std::string input =
        "Earlier this month, lawyers for both Tom Ward and Ann Ward filed papers. The nominee "
        "argued that the files were private.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Ward", kPer}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "The nominee") == "unresolved");
  }
  SECTION("a verb that is no speech verb ends the description") {
    const std::string input =
        "Mark Dale did not explain how he would pay for it. The Republican nominee also "
        "outlined his plan for the army.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}});
    CHECK(Referent(reading, "The Republican") == "Mark Dale");
  }
  SECTION("over the speaker's own words in quotation marks") {
    const std::string input =
        "\u201CWe will win,\u201D Mark Dale said.\n\n"
        "\u201CThe voters know it. They have seen the plan.\u201D\n\n"
        "Asked about the polls, the Ohio senator said they were wrong.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "the Ohio") == "Mark Dale");
  }
  SECTION("the subject earlier in the same sentence") {
    const std::string input =
        "Rep. Ann Ward called on the board to act -- a delay the Ohio congresswoman said was "
        "costly.";
    const TaggedReading reading = ReadTagged(input, {{"Ann Ward", kPer}, {"Ohio", kLoc}});
    CHECK(Referent(reading, "the Ohio") == "Ann Ward");
  }
  SECTION("not a description that is no subject") {
    const std::string input = "Mark Dale spoke in Dayton. Voters cheered the governor.";
    const TaggedReading reading = ReadTagged(input, {{"Mark Dale", kPer}, {"Dayton", kLoc}});
    CHECK(Referent(reading, "the governor") == "unresolved");
  }
}

// resolver.cc NoteSubject(): a person named as a subject takes the place of the unnamed
// people she may be.
TEST_CASE("A person named as a subject takes the place of an unnamed one", "[reference]") {
  const std::string input =
      "The wife of a man shot by police recorded the encounter on her phone. It shows an "
      "officer aiming a gun. Rita Vance can be heard yelling to the officers.\n\n"
      "\u201CDon't shoot him,\u201D she says.\n";
  const TaggedReading reading = ReadTagged(input, {{"Rita Vance", kPer}});
  CHECK(Referent(reading, "she says") == "Rita Vance");
}

// discourse.cc RoleOfMention(): after an auxiliary a verb in any form makes the subject ("was
// speaking").
TEST_CASE("A name before an auxiliary is a subject", "[reference]") {
  const std::string input =
      "Tom Kane met Ann Ward in Ohio. Ann Ward was speaking to reporters. She said the race was "
      "close.";
  const TaggedReading reading =
      ReadTagged(input, {{"Tom Kane", kPer}, {"Ann Ward", kPer}, {"Ohio", kLoc}});
  CHECK(Referent(reading, "She said") == "Ann Ward");
}

// pronouns.cc ResolvePronoun(): a subject pronoun after the subject of its own sentence
// continues it, though a speaker came before.
TEST_CASE("A subject pronoun continues the subject of its own sentence", "[reference]") {
  const std::string input =
      "Tom Kane said the test was a threat.\n\n"
      "\u201CWe will not accept it,\u201D he said.\n\n"
      "Secretary General Ban Ki-moon condemned what he called a \u201Cbrazen breach\u201D of "
      "the rules.\n\n"
      "\u201CI count on the council,\u201D he told reporters.";
  const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}, {"Ban Ki-moon", kPer}});
  CHECK(Referent(reading, "he called") == "Ban Ki-moon");
  CHECK(Referent(reading, "he told") == "Ban Ki-moon");
}

// discourse.cc IsSpeechVerb(): a verb that judges speaks when quoted words follow it ("called
// the decision a “huge win”"): the person is the speaker the next "he said" continues.
TEST_CASE("A verb that judges with quoted words makes a speaker", "[reference]") {
  const std::string input =
      "In a statement, Tom Kane said the court had erred. He said the state would appeal.\n\n"
      "Party chairman Ed Pepper called the decision a \u201Chuge win for voters.\u201D\n\n"
      "\u201CThe decision reaffirms a basic principle,\u201D he said.";
  const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}, {"Ed Pepper", kPer}});
  CHECK(Referent(reading, "he said") == "Ed Pepper");
}

// descriptions.cc ContinuedTopic(): an organization goes on as one of its kind, or of any kind
// when its name says none; not from its own sentence.
TEST_CASE("An organization's description continues the last sentence's subject", "[reference]") {
  SECTION("the website after Ridge Report") {
    const std::string input =
        "Ridge Report asked why the figure had changed. The website noted that both studies "
        "used one method.";
    const TaggedReading reading = ReadTagged(input, {{"Ridge Report", kOrg}});
    CHECK(Referent(reading, "The website") == "Ridge Report");
  }
  SECTION("not the company of its own sentence") {
    const std::string input =
        "Before it filed for bankruptcy, Lenox Coal took steps to improve its chances, "
        "according to the union.";
    const TaggedReading reading = ReadTagged(input, {{"Lenox Coal", kOrg}});
    CHECK(Referent(reading, "the union") == "unresolved");
  }
}

// descriptions.cc NotePendingIntroduction(), resolver.cc Introduce(): a story's lead that
// speaks through a description means the person the next sentences introduce.
TEST_CASE("A lead's description means the person introduced after it", "[reference]") {
  SECTION("a judge, then Justice Frank Nervo") {
    const std::string input =
        "Judge rejects request.\n\n"
        "A New York judge has rejected a media request, saying the courts have no business in "
        "it.\n\n"
        "The newspapers filed a motion to unseal the records.\n\n"
        "Justice Frank Nervo rejected that argument in a ruling released Thursday.";
    const TaggedReading reading = ReadTagged(input, {{"New York", kLoc}, {"Frank Nervo", kPer}});
    CHECK(Referent(reading, "A New York judge") == "Frank Nervo");
  }
  SECTION("after a byline and a dateline") {
    const std::string input =
        "Judge rejects media request\n\nBy Lorna Kessel\n\n"
        "DES MOINES, Iowa (Midland Wire) \u2014 A federal judge has rejected a media request, "
        "saying the courts have no business in "
        "it.\n\n"
        "Justice Frank Nervo rejected that argument in a ruling released Thursday.";
    const TaggedReading reading = ReadTagged(input, {{"Lorna Kessel", kPer},
                                                     {"DES MOINES", kLoc},
                                                     {"Iowa", kLoc},
                                                     {"Midland Wire", kOrg},
                                                     {"Frank Nervo", kPer}});
    CHECK(Referent(reading, "A federal judge") == "Frank Nervo");
  }
  SECTION("named in apposition to a description: the minister, Kaspar Veidemann") {
    const std::string input =
        "Valdonia accuses Kestrovia\n\n"
        "Valdonia's defence minister has accused Kestrovia of a \u201Creckless "
        "provocation\u201D after a drone crashed.\n\n"
        "Speaking at a briefing, the minister, Kaspar Veidemann, said the drone had been "
        "tracked.";
    const TaggedReading reading = ReadTagged(input, {{"Valdonia", kLoc},
                                                     {"Kestrovia", kLoc},
                                                     {"Valdonia", kLoc},
                                                     {"Kestrovia", kLoc},
                                                     {"Kaspar Veidemann", kPer}});
    CHECK(Referent(reading, "Valdonia's defence") == "Kaspar Veidemann");
  }
  SECTION("not a source news does not name") {
    const std::string input =
        "Aides clash.\n\n"
        "A senior official said the plan was dead.\n\n"
        "Tom Kane, the mayor, said it was not.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}});
    CHECK(Referent(reading, "A senior official") == "no reference");
  }
  SECTION("not a description inside the story") {
    const std::string input =
        "Aides clash.\n\n"
        "The council met on Monday. A spokesman for the council said the plan was dead.\n\n"
        "Tom Kane, the mayor, said it was not.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}});
    CHECK(Referent(reading, "A spokesman") == "no reference");
  }
}

// resolver.cc, descriptions.cc: a name's possessive opens a description, which means someone
// the article calls so, never the possessor, never the topic.
TEST_CASE("A description a name owns", "[reference]") {
  SECTION("a lead: the person introduced next") {
    const std::string input =
        "2:45 p.m.\n\n"
        "Connecticut's tax commissioner says no one from the state released the filings.\n\n"
        "Kevin Sullivan says he instructed staff to check.";
    const TaggedReading reading =
        ReadTagged(input, {{"Connecticut", kLoc}, {"Kevin Sullivan", kPer}});
    CHECK(Referent(reading, "Connecticut's") == "Kevin Sullivan");
  }
  SECTION("someone the article calls the possessor's") {
    const std::string input =
        "Tom Kane, Ann Ward's chief strategist, spoke first. Later, Ann Ward's chief strategist "
        "said the race was close.";
    const TaggedReading reading =
        ReadTagged(input, {{"Tom Kane", kPer}, {"Ann Ward", kPer}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "Ann Ward's chief strategist said") == "Tom Kane");
  }
  SECTION("not a strategist of someone else's") {
    const std::string input =
        "Tom Kane, a Republican strategist, spoke first. Later, Mitt Romney's chief strategist "
        "said the race was close.";
    const TaggedReading reading = ReadTagged(input, {{"Tom Kane", kPer}, {"Mitt Romney", kPer}});
    CHECK(Referent(reading, "Mitt Romney's") == "unresolved");
  }
  SECTION("not the salient man for a relation") {
    const std::string input =
        "Tom Kane spoke in Ohio on Monday. Ann Ward's husband said the race was close.";
    const TaggedReading reading =
        ReadTagged(input, {{"Tom Kane", kPer}, {"Ohio", kLoc}, {"Ann Ward", kPer}});
    CHECK(Referent(reading, "Ann Ward's") == "unresolved");
  }
}
