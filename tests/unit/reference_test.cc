// The reference layer (core/reference/) without the trained model: hand-made NER tags, the
// entities stage, the quotation marks, then ResolveReferences() as Analyze() runs it. Each case
// checks one rule of references.h on news sentences: agreement, salience and the speaker's
// parallel role (pronouns.cc, discourse.cc), unnamed described people, "it" and "they" and the
// phrases that are no entity, relative pronouns (resolver.cc). Descriptions ("the senator") are
// in reference_descriptions_test.cc.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tagged_helpers.h"

using newslens::EntityType;
using newslens::Gender;
using newslens::Reference;
using newslens::ReferenceKind;
using newslens::testing::EntityNamed;
using newslens::testing::MentionsOf;
using newslens::testing::ReadTagged;
using newslens::testing::Referent;
using newslens::testing::TaggedReading;

namespace {

constexpr EntityType kPer = EntityType::kPer;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kLoc = EntityType::kLoc;
constexpr EntityType kMisc = EntityType::kMisc;

using Mentions = std::vector<std::string>;

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

// pronouns.cc ResolvePronoun(): a sentence that opens with a subject pronoun goes on with the
// subject of the sentence before, over a person more salient in the paragraphs before.
// discourse.cc RoleOfMention(): a name after a speech verb, a title and words in small letters
// that modify it, speaks ("said senior inspector Milind Gaikwad"); "he added" then goes on with
// him, not with the paragraph's subject before him.
TEST_CASE("He added means the speaker named after said and a title", "[reference]") {
  const std::string input =
      "A 58-year-old vegetable vendor, Shankar Jadhav, drowned after he was swept into a "
      "nullah. \u201CLocals saw him slip,\u201D said senior inspector Milind Gaikwad. An "
      "accidental death report has been registered, he added.";
  const TaggedReading reading =
      ReadTagged(input, {{"Shankar Jadhav", kPer}, {"Milind Gaikwad", kPer}});
  CHECK(Referent(reading, "he added") == "Milind Gaikwad");
}

TEST_CASE("She opening a sentence means the subject of the sentence before", "[reference]") {
  const std::string input =
      "Councilwoman Brenda Stoltz cast one of the two no votes.\n\n"
      "Adaeze Nwosu, executive director of Second Step, said the shelter would have staff on "
      "site around the clock.\n\n"
      "\u201CWe're not asking anyone to take it on faith,\u201D Nwosu said. \u201CHold us to "
      "it.\u201D\n\n"
      "She said the group's shelter in Ostrander had few police calls last year.\n\n"
      "Nwosu, who has led Second Step since 2016, said she hopes to open the doors by "
      "December.\n\n"
      "The council also voted to create an advisory committee. Stoltz proposed the "
      "amendment.\n\n"
      "She called the committee \u201Ca start, not a fix\u201D and said she would be watching "
      "closely.";
  const TaggedReading reading = ReadTagged(input, {{"Brenda Stoltz", kPer},
                                                   {"Adaeze Nwosu", kPer},
                                                   {"Second Step", kOrg},
                                                   {"Nwosu", kPer},
                                                   {"Ostrander", kLoc},
                                                   {"Nwosu", kPer},
                                                   {"Second Step", kOrg},
                                                   {"Stoltz", kPer}});
  CHECK(Referent(reading, "She called") == "Brenda Stoltz");
}

// pronouns.cc AfterOpeningPhrase(): so does one after an opening phrase of a preposition that
// names no one, though a woman of known gender spoke the sentence before.
TEST_CASE("She after an opening phrase means the subject of the sentence before", "[reference]") {
  const std::string input =
      "Priya Raghunathan said she now expects the bank to hold rates.\n\n"
      "Selin Aydemir, an economist at Corvane Bank, was less convinced. In a note to clients, "
      "she wrote that retail sales were weak.";
  const TaggedReading reading = ReadTagged(
      input, {{"Priya Raghunathan", kPer}, {"Selin Aydemir", kPer}, {"Corvane Bank", kOrg}});
  CHECK(Referent(reading, "she wrote") == "Selin Aydemir");
  // An opening phrase that names someone is no such phrase.
  const std::string named =
      "Priya Raghunathan said she now expects the bank to hold rates.\n\n"
      "Selin Aydemir, an economist at Corvane Bank, was less convinced. In a talk with "
      "Raghunathan, she wrote that retail sales were weak.";
  const TaggedReading talk = ReadTagged(named, {{"Priya Raghunathan", kPer},
                                                {"Selin Aydemir", kPer},
                                                {"Corvane Bank", kOrg},
                                                {"Raghunathan", kPer}});
  CHECK(Referent(talk, "she wrote") == "Priya Raghunathan");
}

// pronouns.cc: a possessive after the subject of its own clause means that subject; a subject
// pronoun before its sentence has a subject goes on with the subject of the sentence before.
TEST_CASE("His after the subject, he before the subject", "[reference]") {
  // Solanki has spoken three times: only the subject's share makes Olaizola "his" and "he".
  const std::string input =
      "Wrenford Rovers appointed Matias Olaizola as manager on Monday. Supporters' trust "
      "chairman Pritesh Solanki said fans were angry.\n\n"
      "Solanki said the trust would meet Olaizola later this month and that he would give the "
      "new manager a fair crack, but he warned that patience was almost gone.\n\n"
      "Olaizola, for his part, seemed unbothered. Asked what he would say to those who had "
      "protested, he shrugged.";
  const TaggedReading reading = ReadTagged(input, {{"Wrenford Rovers", kOrg},
                                                   {"Matias Olaizola", kPer},
                                                   {"Pritesh Solanki", kPer},
                                                   {"Solanki", kPer},
                                                   {"Olaizola", kPer},
                                                   {"Olaizola", kPer}});
  CHECK(Referent(reading, "his part") == "Matias Olaizola");
  CHECK(Referent(reading, "he would say") == "Matias Olaizola");
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

// resolver.cc ReadSentence(): a paragraph that opens with a quotation goes on with the first
// subject of the sentence before it, whom its "she said" then means over an earlier speaker.
TEST_CASE("A quotation opening a paragraph goes on with the last sentence's subject",
          "[reference]") {
  // ("he said" first: "she said" holds it.)
  const std::string input =
      "Lorenzo Petrakis said Dustin Kohlmeier was devastated and would appeal.\n\n"
      "\u201CWe respect the jury's work,\u201D he said.\n\n"
      "\u201COfficers kept people safe,\u201D Const. Marie Thibodeau, a police spokesperson, "
      "said. She said the man is not a student.\n\n"
      "Delphine Okonkwo condemned the vandalism as the act of one person.\n\n"
      "\u201CIf the board votes yes, they will see us again,\u201D she said.";
  const TaggedReading reading = ReadTagged(input, {{"Lorenzo Petrakis", kPer},
                                                   {"Dustin Kohlmeier", kPer},
                                                   {"Marie Thibodeau", kPer},
                                                   {"Delphine Okonkwo", kPer}});
  CHECK(Referent(reading, "she said") == "Delphine Okonkwo");
  CHECK(Referent(reading, "he said") == "Lorenzo Petrakis");
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

// discourse.cc SkipToVerb(): a description's appositive that holds a place and its state, set
// off by commas, is skipped to the verb; a list is no appositive.
TEST_CASE("A name before a long appositive with a place's state is the subject", "[reference]") {
  const std::string input =
      "A gate agent, who spoke on condition of anonymity because she was not authorized to "
      "talk to reporters, said staff had been writing boarding passes by hand.\n\n"
      "Hideo Nakashima, a software engineer trying to get home to Port Anselm, Oregon, after a "
      "conference, had given up on the airline.\n\n"
      "\u201CHonestly, I write code for a living,\u201D he said.";
  const TaggedReading reading =
      ReadTagged(input, {{"Hideo Nakashima", kPer}, {"Port Anselm", kLoc}, {"Oregon", kLoc}});
  CHECK(Referent(reading, "he said") == "Hideo Nakashima");
}

// discourse.cc RoleOfMention(): a rank's letters after a name ("KC") come before its verb.
TEST_CASE("A name before a rank's letters and a speech verb is a speaker", "[reference]") {
  const std::string input =
      "An assistant, Bogdan Wisniewski, warned the nurse twice. Wisniewski had a bad feeling.\n\n"
      "The family's barrister, Anand Sethuraman KC, said the hospital had failed. He told the "
      "inquest that the ward was short of staff.";
  const TaggedReading reading = ReadTagged(
      input, {{"Bogdan Wisniewski", kPer}, {"Wisniewski", kPer}, {"Anand Sethuraman", kPer}});
  CHECK(Referent(reading, "He told") == "Anand Sethuraman");
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

// pronouns.cc NamedLaterInClause().
TEST_CASE("A possessor in the pronoun's clause is no antecedent", "[reference]") {
  const std::string input =
      "Lotte Verhaegen beat Kendall Ashby. Kendall Ashby said she would rest.\n\n"
      "For Lotte Verhaegen, the occasion carried a personal echo. She had watched Ashby's run to "
      "the final as a junior.";
  const TaggedReading reading = ReadTagged(input, {{"Lotte Verhaegen", kPer},
                                                   {"Kendall Ashby", kPer},
                                                   {"Kendall Ashby", kPer},
                                                   {"Lotte Verhaegen", kPer},
                                                   {"Ashby", kPer}});
  CHECK(Referent(reading, "She had") == "Lotte Verhaegen");
  // Past a clause's start, a possessor may be the pronoun's own referent: after a subordinator,
  // and after an infinitive or a question word.
  const std::string notes =
      "Donald Trump spoke in Ohio. He noted that there was an issue with Trump's microphone.";
  const TaggedReading microphone = ReadTagged(notes, {{"Donald Trump", kPer}, {"Trump", kPer}});
  CHECK(Referent(microphone, "He noted") == "Donald Trump");
  const std::string legacy =
      "Osama bin Laden was killed in 2011. Barack Obama took office in hard times. He has 373 "
      "days left to define what people think of Barack Obama's America.";
  const TaggedReading america = ReadTagged(
      legacy, {{"Osama bin Laden", kPer}, {"Barack Obama", kPer}, {"Barack Obama", kPer}});
  CHECK(Referent(america, "He has") == "Barack Obama");
}
