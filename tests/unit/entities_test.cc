// Entities end to end: Analyze() on news sentences, checking that every person, organization
// and place is one entity with all its mentions linked (issue 3): canonical names, titles split
// off, honorifics, acronyms, headline capitals, gender and pronouns. The names are ones the
// statistical tagger finds reliably in these sentences, so a failure points at the linking.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis_helpers.h"
#include "entities/entity_linker.h"
#include "newslens/ner.h"
#include "newslens/newslens.h"
#include "text/analyzed_text.h"
#include "text/word_classes.h"

using newslens::Analysis;
using newslens::Entity;
using newslens::EntityType;
using newslens::Gender;
using newslens::Mention;
using newslens::MentionKind;
using newslens::NerTag;
using newslens::Span;
using newslens::testing::AnalyzeOk;
using newslens::testing::Slice;

namespace {

// The entities called `name`: exactly one is expected wherever this is used, so the caller
// REQUIREs the count before looking inside.
std::vector<const Entity*> EntitiesNamed(const Analysis& analysis, std::string_view name) {
  std::vector<const Entity*> found;
  for (const Entity& entity : analysis.entities)
    if (entity.name == name) found.push_back(&entity);
  return found;
}

const Entity& OnlyEntityNamed(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  INFO("entity " << name);
  REQUIRE(found.size() == 1);
  return *found[0];
}

// The gender ("male", "female", "unknown") and type ("PER", ...) of the one entity called
// `name`, or why there is no such entity ("no entity", "2 entities"): strings, so that a failed
// CHECK prints what came out.
std::string Ambiguity(const std::vector<const Entity*>& found) {
  return found.empty() ? "no entity" : std::to_string(found.size()) + " entities";
}

std::string GenderOf(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  if (found.size() != 1) return Ambiguity(found);
  const char* gender = newslens::GenderName(found[0]->gender);
  return gender != nullptr ? gender : "unknown";
}

std::string TypeOf(const Analysis& analysis, std::string_view name) {
  const std::vector<const Entity*> found = EntitiesNamed(analysis, name);
  if (found.size() != 1) return Ambiguity(found);
  return newslens::EntityTypeName(found[0]->type);
}

// The mentions' texts as sliced from the input, in order.
std::vector<std::string> MentionTexts(std::string_view input, const Entity& entity) {
  std::vector<std::string> texts;
  for (const Mention& mention : entity.mentions) texts.push_back(Slice(input, mention.span));
  return texts;
}

std::vector<MentionKind> MentionKinds(const Entity& entity) {
  std::vector<MentionKind> kinds;
  for (const Mention& mention : entity.mentions) kinds.push_back(mention.kind);
  return kinds;
}

// The entity holding a mention that starts at byte `start`, or nullptr.
const Entity* EntityMentionedAt(const Analysis& analysis, std::size_t start) {
  for (const Entity& entity : analysis.entities)
    for (const Mention& mention : entity.mentions)
      if (mention.span.start == start) return &entity;
  return nullptr;
}

// The number of people with a mention reading `text`: 1 shows that a variant of a name ("Trump",
// "Putin") did not become a second person.
std::size_t PersonsWithMentionText(std::string_view input, const Analysis& analysis,
                                   std::string_view text) {
  std::size_t count = 0;
  for (const Entity& entity : analysis.entities) {
    if (entity.type != EntityType::kPer) continue;
    for (const Mention& mention : entity.mentions) {
      if (Slice(input, mention.span) == text) {
        ++count;
        break;
      }
    }
  }
  return count;
}

// A name the tagger is made to see: the first occurrence of `text` in the input after the name
// before it (names are listed in text order), as `type`.
struct TaggedName {
  std::string_view text;
  EntityType type;
};

// The entities LinkEntities() makes of `input` when the tagger marks exactly `names` (and every
// other token O): tests of the linking that do not depend on what the tagger gets right.
std::vector<Entity> LinkTagged(const std::string& input, const std::vector<TaggedName>& names) {
  newslens::AnalyzedText at = newslens::testing::DecodedAndNormalized(input);
  at.segmentation = newslens::Segment(at.text());
  const auto& tokens = at.segmentation.tokens;
  std::vector<NerTag> tags(tokens.size(), NerTag::kO);
  std::size_t from = 0;
  for (const TaggedName& name : names) {
    const std::size_t start = input.find(name.text, from);
    REQUIRE(start != std::string::npos);
    const std::size_t end = start + name.text.size();
    from = end;
    const NerTag begin = name.type == EntityType::kPer   ? NerTag::kBPer
                         : name.type == EntityType::kOrg ? NerTag::kBOrg
                         : name.type == EntityType::kLoc ? NerTag::kBLoc
                                                         : NerTag::kBMisc;
    bool first = true;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      const Span span = at.ToInput(tokens[t].span);
      if (span.start < start || span.end > end) continue;
      // I- follows B- in the enumeration.
      tags[t] = first ? begin : static_cast<NerTag>(static_cast<int>(begin) + 1);
      first = false;
    }
  }
  return newslens::LinkEntities(at, tags).entities;
}

const Entity* FindEntity(const std::vector<Entity>& entities, std::string_view name) {
  for (const Entity& entity : entities)
    if (entity.name == name) return &entity;
  return nullptr;
}

// The titles of the entity named `name`; the test stops there when there is none.
std::vector<std::string> TitlesOf(const std::vector<Entity>& entities, std::string_view name) {
  const Entity* entity = FindEntity(entities, name);
  REQUIRE(entity != nullptr);
  return entity->titles;
}

}  // namespace

TEST_CASE("A full name with a title, the surname and the possessive are one person", "[entities]") {
  const std::string input =
      "US President Donald Trump met business leaders on Monday. Trump said the talks went "
      "well, but Trump’s advisers were less sure.";
  const Analysis analysis = AnalyzeOk(input);
  const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
  CHECK(trump.type == EntityType::kPer);
  CHECK(trump.titles == std::vector<std::string>{"US President"});
  CHECK(trump.gender == Gender::kMale);
  // The title is not part of the first mention, and the possessive ending is not part of the
  // last: "Trump’s" is a mention "Trump" ending right before the apostrophe.
  CHECK(MentionTexts(input, trump) == std::vector<std::string>{"Donald Trump", "Trump", "Trump"});
  REQUIRE(trump.mentions.size() == 3);
  CHECK(trump.mentions[0].span.start == input.find("Donald Trump"));
  CHECK(trump.mentions[1].span.start == input.find("Trump said"));
  CHECK(trump.mentions[2].span.start == input.find("Trump’s"));
  CHECK(PersonsWithMentionText(input, analysis, "Trump") == 1);
}

TEST_CASE("A surname or a first name alone joins the earlier full name", "[entities]") {
  SECTION("the surname") {
    const std::string input =
        "Governor Gavin Newsom signed the bill on Friday. Newsom said California would not wait "
        "for Congress.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& newsom = OnlyEntityNamed(analysis, "Gavin Newsom");
    CHECK(MentionTexts(input, newsom) == std::vector<std::string>{"Gavin Newsom", "Newsom"});
    CHECK(PersonsWithMentionText(input, analysis, "Newsom") == 1);
  }
  SECTION("the surname and the first name") {
    const std::string input =
        "Elizabeth Warren criticised the bank on Tuesday. Warren has long campaigned on the "
        "issue, and Elizabeth is not done yet.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& warren = OnlyEntityNamed(analysis, "Elizabeth Warren");
    CHECK(MentionTexts(input, warren) ==
          std::vector<std::string>{"Elizabeth Warren", "Warren", "Elizabeth"});
    CHECK(PersonsWithMentionText(input, analysis, "Elizabeth") == 1);
  }
  SECTION("names with accents") {
    const std::string input =
        "Mayor José Álvarez opened the new bridge in Málaga on Sunday. Álvarez said it cost €20 "
        "million.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& alvarez = OnlyEntityNamed(analysis, "José Álvarez");
    CHECK(alvarez.titles == std::vector<std::string>{"Mayor"});
    CHECK(MentionTexts(input, alvarez) == std::vector<std::string>{"José Álvarez", "Álvarez"});
    const Entity& malaga = OnlyEntityNamed(analysis, "Málaga");
    CHECK(malaga.type == EntityType::kLoc);
  }
}

TEST_CASE("A first name the tagger left out joins the surname after it", "[entities]") {
  SECTION("a first name the statistics do not know, inside a sentence") {
    const std::string input =
        "\u201CWe will appeal,\u201D Ffion Rees, who chairs the club, said on Friday.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Rees", EntityType::kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Ffion Rees");
    CHECK(MentionTexts(input, entities[0]) == std::vector<std::string>{"Ffion Rees"});
  }
  SECTION("a known first name at a sentence's start") {
    const std::vector<Entity> entities =
        LinkTagged("Sarah Rees chairs the club.", {{"Rees", EntityType::kPer}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Sarah Rees");
  }
  SECTION("not a day, a function word or another sentence-opening word") {
    for (const char* input :
         {"On Friday Rees said no.", "But Rees said no.", "Undeterred Rees said no."}) {
      INFO(input);
      const std::vector<Entity> entities = LinkTagged(input, {{"Rees", EntityType::kPer}});
      REQUIRE(entities.size() == 1);
      CHECK(entities[0].name == "Rees");
    }
  }
}

TEST_CASE("A surname the tagger left untagged is a mention of the person", "[entities]") {
  const std::string input =
      "Coach Owen Hartley was angry. \u201CWe were the better side,\u201D Hartley said. Nobody "
      "at the club disagreed with Hartley.";
  const std::vector<Entity> entities = LinkTagged(input, {{"Owen Hartley", EntityType::kPer}});
  REQUIRE(entities.size() == 1);
  CHECK(MentionTexts(input, entities[0]) ==
        std::vector<std::string>{"Owen Hartley", "Hartley", "Hartley"});
  SECTION("not a word the text also writes in lower case, nor one beside a capitalized word") {
    const std::string young =
        "Emma Young coaches the young players. Young said little. Fans met Young Boys.";
    const std::vector<Entity> people = LinkTagged(young, {{"Emma Young", EntityType::kPer}});
    REQUIRE(people.size() == 1);
    CHECK(people[0].mentions.size() == 1);
  }
}

TEST_CASE("Honorifics link to the name and give the gender", "[entities]") {
  SECTION("Mr. after the full name is the same person") {
    const std::string input =
        "Vladimir Putin arrived in Minsk on Friday for talks. Mr. Putin later met Belarusian "
        "leader Alexander Lukashenko.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
    CHECK(putin.gender == Gender::kMale);
    // The honorific is not part of the mention.
    CHECK(MentionTexts(input, putin) == std::vector<std::string>{"Vladimir Putin", "Putin"});
    CHECK(PersonsWithMentionText(input, analysis, "Putin") == 1);
  }
  SECTION("Mr. with a surname alone: male") {
    const std::string input = "Mr. Okafor said the plan would work.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& okafor = OnlyEntityNamed(analysis, "Okafor");
    CHECK(okafor.type == EntityType::kPer);
    CHECK(okafor.gender == Gender::kMale);
    CHECK(MentionTexts(input, okafor) == std::vector<std::string>{"Okafor"});
  }
  SECTION("Ms. and Mrs.: female") {
    const Analysis ms = AnalyzeOk("Ms. Lindqvist said the plan would work.");
    CHECK(GenderOf(ms, "Lindqvist") == "female");
    const Analysis mrs = AnalyzeOk("Mrs. Thatcher was prime minister for eleven years.");
    CHECK(GenderOf(mrs, "Thatcher") == "female");
  }
}

TEST_CASE("Titles before a name are split off it", "[entities]") {
  SECTION("two people with national titles") {
    const std::string input =
        "TALKS SET FOR HELSINKI\n\n"
        "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
        "month, the White House said.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
    CHECK(putin.type == EntityType::kPer);
    CHECK(putin.titles == std::vector<std::string>{"Russian President"});
    CHECK(MentionTexts(input, putin) == std::vector<std::string>{"Vladimir Putin"});
    const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
    CHECK(trump.titles == std::vector<std::string>{"US President"});
  }
  SECTION("a title after other words") {
    const std::string input =
        "Officials said Chancellor Olaf Scholz would travel to Washington. Scholz has not "
        "commented.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& scholz = OnlyEntityNamed(analysis, "Olaf Scholz");
    CHECK(scholz.titles == std::vector<std::string>{"Chancellor"});
    CHECK(MentionTexts(input, scholz) == std::vector<std::string>{"Olaf Scholz", "Scholz"});
  }
  SECTION("a lower-case title word takes the words that modify it") {
    // "leader" alone says less than "Union leader"; the tagger sees no name in "Union".
    const std::vector<Entity> entities = LinkTagged(
        "Union leader Sharon Graham called the decision a betrayal. Energy Minister Fiona Baird "
        "said the government was in talks with the company.",
        {{"Sharon Graham", EntityType::kPer}, {"Fiona Baird", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Sharon Graham") == std::vector<std::string>{"Union leader"});
    CHECK(TitlesOf(entities, "Fiona Baird") == std::vector<std::string>{"Energy Minister"});
  }
  SECTION("after a determiner, not after a verb") {
    const std::vector<Entity> entities = LinkTagged(
        "Ministers met the union leader Sharon Graham. Protesters booed union leader Tom Eriksen.",
        {{"Sharon Graham", EntityType::kPer}, {"Tom Eriksen", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Sharon Graham") == std::vector<std::string>{"union leader"});
    CHECK(TitlesOf(entities, "Tom Eriksen") == std::vector<std::string>{"leader"});
  }
  SECTION("after an inverted speech verb, the words of the speaker's phrase") {
    const std::vector<Entity> entities = LinkTagged(
        "Fewer patients were readmitted, said lead author Ines Duarte. Junior doctors were "
        "consulted, added team captain Paul Ames.",
        {{"Ines Duarte", EntityType::kPer}, {"Paul Ames", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Ines Duarte") == std::vector<std::string>{"lead author"});
    CHECK(TitlesOf(entities, "Paul Ames") == std::vector<std::string>{"team captain"});
  }
  SECTION("a prosecutor at a sentence's start") {
    const std::vector<Entity> entities =
        LinkTagged("Prosecutor Dylan Hughes told the jury the records had been altered.",
                   {{"Dylan Hughes", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Dylan Hughes") == std::vector<std::string>{"Prosecutor"});
  }
  SECTION("an organization's name before the title is the employer's") {
    const std::vector<Entity> entities = LinkTagged(
        "Dunmore Rovers manager Alan Pike was sent off. Millbrook coach Jo Hart said little.",
        {{"Dunmore Rovers", EntityType::kOrg},
         {"Alan Pike", EntityType::kPer},
         {"Millbrook", EntityType::kOrg},
         {"Jo Hart", EntityType::kPer}});
    CHECK(TitlesOf(entities, "Alan Pike") == std::vector<std::string>{"manager"});
    CHECK(TitlesOf(entities, "Jo Hart") == std::vector<std::string>{"coach"});
    // Words the tagger took into the person's name with the title are the title's.
    const std::vector<Entity> merged =
        LinkTagged("Energy Minister Rhona Kerr said the plan was sound.",
                   {{"Energy Minister Rhona Kerr", EntityType::kOrg}});
    const Entity* kerr = FindEntity(merged, "Rhona Kerr");
    REQUIRE(kerr != nullptr);
    CHECK(kerr->titles == std::vector<std::string>{"Energy Minister"});
  }
  SECTION("abbreviated titles") {
    const std::string input = "Sen. Bernie Sanders spoke at the rally in Iowa.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& sanders = OnlyEntityNamed(analysis, "Bernie Sanders");
    CHECK(sanders.titles == std::vector<std::string>{"Sen."});
    CHECK(MentionTexts(input, sanders) == std::vector<std::string>{"Bernie Sanders"});
  }
}

TEST_CASE("Titles from an appositive after the name", "[entities]") {
  SECTION("chief executive of X") {
    const std::string input =
        "Helen Carter, the chief executive of Northwind Energy, said the plant would stay open. "
        "Carter said she expected demand to recover.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& carter = OnlyEntityNamed(analysis, "Helen Carter");
    CHECK(carter.titles == std::vector<std::string>{"chief executive of Northwind Energy"});
    // The organization in the title is an entity of its own.
    CHECK(TypeOf(analysis, "Northwind Energy") == "ORG");
  }
  SECTION("a possessive organization's name and a lower-case modifier") {
    const std::vector<Entity> entities =
        LinkTagged("Lena Sorensen, the IMF’s deputy director, told reporters the forecast was cut.",
                   {{"Lena Sorensen", EntityType::kPer}, {"IMF", EntityType::kOrg}});
    CHECK(TitlesOf(entities, "Lena Sorensen") == std::vector<std::string>{"deputy director"});
    const std::vector<Entity> modified =
        LinkTagged("Omar Haddad, the city’s transport commissioner, said fares would rise.",
                   {{"Omar Haddad", EntityType::kPer}});
    const Entity* haddad = FindEntity(modified, "Omar Haddad");
    REQUIRE(haddad != nullptr);
    CHECK(haddad->titles == std::vector<std::string>{"city’s transport commissioner"});
  }
  SECTION("spokeswoman for X") {
    const std::string input =
        "Karine Jean-Pierre, a spokeswoman for the White House, declined to comment.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& spokeswoman = OnlyEntityNamed(analysis, "Karine Jean-Pierre");
    CHECK(spokeswoman.titles == std::vector<std::string>{"spokeswoman for the White House"});
  }
}

TEST_CASE("A title after a name makes it a person's", "[entities]") {
  // The tagger took the name for an organization's; the title says who it is.
  SECTION("the director general of ...") {
    const std::vector<Entity> entities = LinkTagged(
        "Abba Tijani, the director general of the country’s museums commission, told reporters "
        "the statues would go on show.",
        {{"Abba Tijani", EntityType::kOrg}});
    const Entity* tijani = FindEntity(entities, "Abba Tijani");
    REQUIRE(tijani != nullptr);
    CHECK(tijani->type == EntityType::kPer);
    CHECK(tijani->titles ==
          std::vector<std::string>{"director general of the country’s museums commission"});
  }
  SECTION("the company's chief executive") {
    const std::vector<Entity> entities =
        LinkTagged("Rhys Calder, the company’s chief executive, said sales had fallen.",
                   {{"Rhys Calder", EntityType::kMisc}});
    const Entity* calder = FindEntity(entities, "Rhys Calder");
    REQUIRE(calder != nullptr);
    CHECK(calder->type == EntityType::kPer);
    CHECK(calder->titles == std::vector<std::string>{"company’s chief executive"});
  }
  SECTION("an organization described by a phrase that is no title stays one") {
    const std::vector<Entity> entities =
        LinkTagged("Goldman Sachs, the bank’s chief rival, said profits rose.",
                   {{"Goldman Sachs", EntityType::kOrg}});
    const Entity* goldman = FindEntity(entities, "Goldman Sachs");
    REQUIRE(goldman != nullptr);
    CHECK(goldman->type == EntityType::kOrg);
    CHECK(goldman->titles.empty());
  }
}

TEST_CASE("A first name and a description as someone make a person's name", "[entities]") {
  // "Florence" is a city too; the tagger took the name for a place.
  const std::vector<Entity> entities =
      LinkTagged("Florence Adeyemi, a nurse at the clinic, said the queues had grown.",
                 {{"Florence Adeyemi", EntityType::kLoc}});
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].type == EntityType::kPer);
  CHECK(entities[0].gender == Gender::kFemale);
  SECTION("a place described as one stays a place") {
    const std::vector<Entity> falls =
        LinkTagged("Victoria Falls, a town on the Zambezi, expects more visitors.",
                   {{"Victoria Falls", EntityType::kLoc}, {"Zambezi", EntityType::kLoc}});
    const Entity* town = FindEntity(falls, "Victoria Falls");
    REQUIRE(town != nullptr);
    CHECK(town->type == EntityType::kLoc);
  }
}

TEST_CASE("A name has at least one letter", "[entities]") {
  // A full stop the tagger took for a person's name is nobody.
  const std::vector<Entity> entities =
      LinkTagged("Fiona Baird said the government was in talks. She did not say more.",
                 {{"Fiona Baird", EntityType::kPer}, {".", EntityType::kPer}});
  std::vector<std::string> names;
  for (const Entity& entity : entities) names.push_back(entity.name);
  CHECK(names == std::vector<std::string>{"Fiona Baird"});
}

TEST_CASE("An abbreviation opening a name does not end it", "[entities]") {
  SECTION("St. tagged alone, the rest of the name after an untagged word") {
    const std::string input =
        "Tom Reed, a surgeon at St. Brannock General Hospital in Bristol, said the ward was "
        "full.";
    const std::vector<Entity> entities = LinkTagged(input, {{"Tom Reed", EntityType::kPer},
                                                            {"St.", EntityType::kOrg},
                                                            {"General Hospital", EntityType::kOrg},
                                                            {"Bristol", EntityType::kLoc}});
    const Entity* hospital = FindEntity(entities, "St. Brannock General Hospital");
    REQUIRE(hospital != nullptr);
    CHECK(hospital->type == EntityType::kOrg);
    CHECK(FindEntity(entities, "St.") == nullptr);
    CHECK(FindEntity(entities, "General Hospital") == nullptr);
  }
  SECTION("St. left untagged before the name") {
    const std::vector<Entity> entities =
        LinkTagged("Flights to St. Louis were cancelled.", {{"Louis", EntityType::kLoc}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "St. Louis");
  }
}

TEST_CASE("A newspaper's name takes the word that ends it", "[entities]") {
  // A photo credit, "Photographer/Paper": the tagger stopped before "Gazette".
  const std::vector<Entity> entities =
      LinkTagged("The mill burned on Sunday night. (Photo: Dana Price/Westbury Gazette)",
                 {{"Dana Price", EntityType::kPer}, {"Westbury", EntityType::kOrg}});
  const Entity* paper = FindEntity(entities, "Westbury Gazette");
  REQUIRE(paper != nullptr);
  CHECK(paper->type == EntityType::kOrg);
  CHECK(FindEntity(entities, "Westbury") == nullptr);
}

TEST_CASE("A one-word organization name is the longer one it begins or ends", "[entities]") {
  SECTION("Northgale and Northgale Energy") {
    const std::vector<Entity> entities = LinkTagged(
        "Northgale Energy said it would cut 400 jobs. Northgale shares fell 6.2 percent.",
        {{"Northgale Energy", EntityType::kOrg}, {"Northgale", EntityType::kOrg}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Northgale Energy");
    CHECK(entities[0].mentions.size() == 2);
  }
  SECTION("not when two organizations begin with the word") {
    const std::vector<Entity> entities =
        LinkTagged("Harvard University and Harvard Medical School disagreed. Harvard said nothing.",
                   {{"Harvard University", EntityType::kOrg},
                    {"Harvard Medical School", EntityType::kOrg},
                    {"Harvard", EntityType::kOrg}});
    CHECK(entities.size() == 3);
  }
}

TEST_CASE("A club is called by the last or the first word of its name", "[entities]") {
  SECTION("the last word, untagged, and the first, tagged once as a place") {
    const std::string input =
        "Ashby Rovers lost 2-1 to Millbrook Athletic on Saturday. Rovers had led until the "
        "80th minute. Millbrook coach Jo Hart was pleased. The result lifts Millbrook above "
        "Rovers.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Ashby Rovers", EntityType::kOrg},
                           {"Millbrook Athletic", EntityType::kOrg},
                           {"Millbrook", EntityType::kOrg},
                           {"Jo Hart", EntityType::kPer},
                           {"Millbrook", EntityType::kLoc}});
    const Entity* rovers = FindEntity(entities, "Ashby Rovers");
    REQUIRE(rovers != nullptr);
    CHECK(MentionTexts(input, *rovers) ==
          std::vector<std::string>{"Ashby Rovers", "Rovers", "Rovers"});
    const Entity* millbrook = FindEntity(entities, "Millbrook Athletic");
    REQUIRE(millbrook != nullptr);
    CHECK(millbrook->type == EntityType::kOrg);
    CHECK(MentionTexts(input, *millbrook) ==
          std::vector<std::string>{"Millbrook Athletic", "Millbrook", "Millbrook"});
    CHECK(FindEntity(entities, "Millbrook") == nullptr);
  }
  SECTION("not a word the text also writes in lower case") {
    const std::string input =
        "Severn Valley Police made two arrests. Police said the police van was found.";
    const std::vector<Entity> entities =
        LinkTagged(input, {{"Severn Valley Police", EntityType::kOrg}});
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].mentions.size() == 1);
  }
  SECTION("not a word that ends two organizations' names") {
    const std::string input = "Ashby Rovers drew with Dunmore Rovers. Rovers fans sang.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Ashby Rovers", EntityType::kOrg}, {"Dunmore Rovers", EntityType::kOrg}});
    CHECK(entities.size() == 2);
    for (const Entity& entity : entities) CHECK(entity.mentions.size() == 1);
  }
  SECTION("a place stays a place when the tagger never or seldom called it an organization") {
    const std::string input =
        "Millbrook Athletic won again. Fans in Millbrook celebrated until midnight.";
    const std::vector<Entity> entities = LinkTagged(
        input, {{"Millbrook Athletic", EntityType::kOrg}, {"Millbrook", EntityType::kLoc}});
    CHECK(entities.size() == 2);
    const std::string seldom =
        "Millbrook Athletic won again. Fans in Millbrook celebrated, Millbrook bars stayed "
        "open and Millbrook woke late.";
    const std::vector<Entity> city = LinkTagged(seldom, {{"Millbrook Athletic", EntityType::kOrg},
                                                         {"Millbrook", EntityType::kLoc},
                                                         {"Millbrook", EntityType::kOrg},
                                                         {"Millbrook", EntityType::kLoc}});
    const Entity* town = FindEntity(city, "Millbrook");
    REQUIRE(town != nullptr);
    CHECK(town->mentions.size() == 3);
  }
}

TEST_CASE("An acronym and its expansion are one organization", "[entities]") {
  SECTION("the acronym later in the text") {
    const std::string input =
        "Agents from the Federal Bureau of Investigation searched the house. The FBI said it "
        "would not comment further.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& fbi = OnlyEntityNamed(analysis, "Federal Bureau of Investigation");
    CHECK(fbi.type == EntityType::kOrg);
    // "it" is the FBI's too: the reference layer reads the pronoun.
    CHECK(MentionTexts(input, fbi) ==
          std::vector<std::string>{"Federal Bureau of Investigation", "FBI", "it"});
    CHECK(EntitiesNamed(analysis, "FBI").empty());
  }
  SECTION("the acronym in parentheses after the expansion") {
    const std::string input =
        "Investigators from the Securities and Exchange Commission (SEC) visited the firm. The "
        "SEC has not filed charges.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& sec = OnlyEntityNamed(analysis, "Securities and Exchange Commission");
    CHECK(sec.type == EntityType::kOrg);
    CHECK(MentionTexts(input, sec) ==
          std::vector<std::string>{"Securities and Exchange Commission", "SEC", "SEC"});
  }
  SECTION("an acronym as a modifier") {
    const std::string input =
        "The European Union said on Monday it would extend sanctions. An EU spokesman said the "
        "decision was unanimous.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& eu = OnlyEntityNamed(analysis, "European Union");
    // "it" is the Union's too: the reference layer reads the pronoun.
    CHECK(MentionTexts(input, eu) == std::vector<std::string>{"European Union", "it", "EU"});
  }
}

TEST_CASE("Names in an ALL-CAPS headline join their entities in the body", "[entities]") {
  const std::string input =
      "TRUMP AND PUTIN TO MEET IN HELSINKI\n\n"
      "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
      "month, the White House said.";
  const Analysis analysis = AnalyzeOk(input);
  const Entity& trump = OnlyEntityNamed(analysis, "Donald Trump");
  CHECK(MentionTexts(input, trump) == std::vector<std::string>{"TRUMP", "Donald Trump"});
  const Entity& putin = OnlyEntityNamed(analysis, "Vladimir Putin");
  CHECK(MentionTexts(input, putin) == std::vector<std::string>{"PUTIN", "Vladimir Putin"});
  const Entity& helsinki = OnlyEntityNamed(analysis, "Helsinki");
  CHECK(helsinki.type == EntityType::kLoc);
  CHECK(MentionTexts(input, helsinki) == std::vector<std::string>{"HELSINKI", "Helsinki"});
  // The canonical name keeps the body's case, not the headline's.
  CHECK(EntitiesNamed(analysis, "TRUMP").empty());
  CHECK(EntitiesNamed(analysis, "HELSINKI").empty());
}

TEST_CASE("Gender", "[entities]") {
  SECTION("from first names") {
    const Analysis analysis =
        AnalyzeOk("Helen Carter, Kwame Mensah and Priya Raman were named to the board on Monday.");
    CHECK(GenderOf(analysis, "Helen Carter") == "female");
    CHECK(GenderOf(analysis, "Kwame Mensah") == "male");
    CHECK(GenderOf(analysis, "Priya Raman") == "female");
  }
  SECTION("from the pronouns that refer to a name the statistics do not know") {
    // "Oluwaseun" is not in the first-name list: only the pronoun can tell.
    const Analysis she = AnalyzeOk(
        "Oluwaseun Adeyemi scored twice in the final. She said the team had trained for months.");
    CHECK(GenderOf(she, "Oluwaseun Adeyemi") == "female");
    const Analysis he = AnalyzeOk(
        "Oluwaseun Adeyemi scored twice in the final. He said the team had trained for months.");
    CHECK(GenderOf(he, "Oluwaseun Adeyemi") == "male");
    const Analysis none = AnalyzeOk("Oluwaseun Adeyemi scored twice in the final.");
    CHECK(GenderOf(none, "Oluwaseun Adeyemi") == "unknown");
  }
  SECTION("places and organizations have none") {
    const Analysis analysis = AnalyzeOk(
        "Governor Gavin Newsom signed the bill on Friday. Newsom said California "
        "would not wait for Congress.");
    CHECK(GenderOf(analysis, "California") == "unknown");
  }
}

TEST_CASE("Pronouns are mentions of the person they refer to", "[entities]") {
  SECTION("she after a woman's name") {
    const std::string input =
        "Maria Gonzalez, a nurse at the county hospital, said she had worked three double "
        "shifts. She said staff were exhausted.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& nurse = OnlyEntityNamed(analysis, "Maria Gonzalez");
    CHECK(MentionTexts(input, nurse) == std::vector<std::string>{"Maria Gonzalez", "she", "She"});
    CHECK(MentionKinds(nurse) == std::vector<MentionKind>{MentionKind::kName, MentionKind::kPronoun,
                                                          MentionKind::kPronoun});
  }
  SECTION("he and her go to the person whose gender agrees") {
    const std::string input =
        "Angela Merkel arrived in Paris on Tuesday. Emmanuel Macron greeted her at the Elysee "
        "Palace, and he thanked her for coming.";
    const Analysis analysis = AnalyzeOk(input);
    const Entity& merkel = OnlyEntityNamed(analysis, "Angela Merkel");
    const Entity& macron = OnlyEntityNamed(analysis, "Emmanuel Macron");
    CHECK(MentionTexts(input, merkel) == std::vector<std::string>{"Angela Merkel", "her", "her"});
    CHECK(MentionTexts(input, macron) == std::vector<std::string>{"Emmanuel Macron", "he"});
    const Entity* he = EntityMentionedAt(analysis, input.find("he thanked"));
    REQUIRE(he != nullptr);
    CHECK(he->name == "Emmanuel Macron");
  }
}

TEST_CASE("GenderOfPronoun is PronounKindOf for the gendered pronouns, kNone for other words",
          "[entities]") {
  using newslens::PronounKind;
  for (const char* word :
       {"he",      "He",      "she",  "She",   "his",  "His", "her", "hers", "him",
        "himself", "herself", "HE",   "SHE",   "they", "it",  "we",  "the",  "US",
        "Shell",   "hen",     "said", "Trump", "",     "h",   "s"}) {
    INFO(word);
    const PronounKind kind = newslens::PronounKindOf(word);
    const bool gendered = kind == PronounKind::kMale || kind == PronounKind::kFemale;
    CHECK(newslens::GenderOfPronoun(word) == (gendered ? kind : PronounKind::kNone));
  }
  CHECK(newslens::GenderOfPronoun("Himself") == PronounKind::kMale);
  CHECK(newslens::GenderOfPronoun("her") == PronounKind::kFemale);
}

TEST_CASE("Demonyms and nationalities are MISC", "[entities]") {
  const std::string input =
      "Ukrainian troops pushed back Russian forces near Kharkiv, while American and British "
      "officials met in Brussels.";
  const Analysis analysis = AnalyzeOk(input);
  for (const char* demonym : {"Ukrainian", "Russian", "American", "British"}) {
    INFO(demonym);
    CHECK(TypeOf(analysis, demonym) == "MISC");
  }
  CHECK(TypeOf(analysis, "Kharkiv") == "LOC");
  CHECK(TypeOf(analysis, "Brussels") == "LOC");
}

TEST_CASE("The place of a dateline is a place", "[entities]") {
  // The tagger, seeing a word in capitals alone, often takes it for an organization; the agency
  // in parentheses stays what it was tagged.
  const std::vector<Entity> entities =
      LinkTagged("LIVERPOOL (Mersey Wire) \u2014 Dockers voted on Monday to strike.",
                 {{"LIVERPOOL", EntityType::kOrg}, {"Mersey Wire", EntityType::kOrg}});
  const Entity* place = FindEntity(entities, "LIVERPOOL");
  REQUIRE(place != nullptr);
  CHECK(place->type == EntityType::kLoc);
  const Entity* agency = FindEntity(entities, "Mersey Wire");
  REQUIRE(agency != nullptr);
  CHECK(agency->type == EntityType::kOrg);
  SECTION("the agency is all that the parentheses hold") {
    const std::vector<Entity> partly = LinkTagged(
        "DUNDEE, Scotland (Tayside Wire) \u2014 Dockers voted on Monday to strike.",
        {{"DUNDEE", EntityType::kLoc}, {"Scotland", EntityType::kLoc}, {"Wire", EntityType::kOrg}});
    const Entity* wire = FindEntity(partly, "Tayside Wire");
    REQUIRE(wire != nullptr);
    CHECK(wire->type == EntityType::kOrg);
    CHECK(FindEntity(partly, "Wire") == nullptr);
  }
}

TEST_CASE("A name with and without a leading article is one entity", "[entities]") {
  // The tagger took the sentence-opening "The" into the name and called the country an
  // organization: the other mention, without the article, decides.
  const std::string input =
      "\u201CThe Philippines will not sign,\u201D the envoy said. Talks with the Philippines "
      "resume on Monday.";
  const std::vector<Entity> entities =
      LinkTagged(input, {{"The Philippines", EntityType::kOrg}, {"Philippines", EntityType::kLoc}});
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Philippines");
  CHECK(entities[0].type == EntityType::kLoc);
  CHECK(MentionTexts(input, entities[0]) == std::vector<std::string>{"Philippines", "Philippines"});
  SECTION("a name always written with the article keeps it") {
    const std::vector<Entity> hague =
        LinkTagged("The Hague said no. Officials in The Hague declined to comment.",
                   {{"The Hague", EntityType::kLoc}, {"The Hague", EntityType::kLoc}});
    REQUIRE(hague.size() == 1);
    CHECK(hague[0].name == "The Hague");
  }
}

TEST_CASE("Entity ids follow the order of first mention", "[entities]") {
  const std::string input =
      "Angela Merkel arrived in Paris on Tuesday. Emmanuel Macron greeted her at the Elysee "
      "Palace. Later, Macron and Merkel held talks.";
  const Analysis analysis = AnalyzeOk(input);
  std::vector<std::string> ids, names;
  for (const Entity& entity : analysis.entities) {
    ids.push_back(entity.id);
    names.push_back(entity.name);
  }
  CHECK(ids == std::vector<std::string>{"e1", "e2", "e3", "e4"});
  CHECK(names ==
        std::vector<std::string>{"Angela Merkel", "Paris", "Emmanuel Macron", "Elysee Palace"});
  // A later surname mention does not move its entity.
  CHECK(MentionTexts(input, analysis.entities[0]) ==
        std::vector<std::string>{"Angela Merkel", "her", "Merkel"});
  CHECK(MentionTexts(input, analysis.entities[2]) ==
        std::vector<std::string>{"Emmanuel Macron", "Macron"});
}

TEST_CASE("Every mention's text is its span of the input", "[entities]") {
  // An article with titles, possessives, honorifics, pronouns, accents and a headline.
  const std::string input =
      "TRUMP AND PUTIN TO MEET IN HELSINKI\n\n"
      "US President Donald Trump will meet Russian President Vladimir Putin in Helsinki next "
      "month, the White House said.\n\n"
      "Trump’s advisers said he wanted a deal. Mr. Putin has not commented.\n\n"
      "Mayor José Álvarez opened the new bridge in Málaga on Sunday. Álvarez said it cost €20 "
      "million.\n\n"
      "Maria Gonzalez, a nurse at the county hospital, said she had worked three double "
      "shifts.";
  const Analysis analysis = AnalyzeOk(input);
  REQUIRE(analysis.entities.size() >= 8);
  std::size_t mentions = 0;
  std::uint32_t previous_first = 0;
  for (std::size_t i = 0; i < analysis.entities.size(); ++i) {
    const Entity& entity = analysis.entities[i];
    INFO("entity " << entity.id << " " << entity.name);
    CHECK(entity.id == "e" + std::to_string(i + 1));
    REQUIRE_FALSE(entity.mentions.empty());
    // Ids in order of first mention.
    std::uint32_t first = entity.mentions[0].span.start;
    for (const Mention& mention : entity.mentions) first = std::min(first, mention.span.start);
    CHECK(first >= previous_first);
    previous_first = first;
    for (const Mention& mention : entity.mentions) {
      REQUIRE(mention.span.end <= input.size());
      CHECK(Slice(input, mention.span) == mention.text);
      ++mentions;
    }
  }
  CHECK(mentions >= 14);
}

TEST_CASE("A text longer than the tagger's window is tagged to its end", "[entities]") {
  // The tagger reads a long input a window of whole sentences at a time (TagNames), and a
  // sentence of thousands of tokens a piece at a time: every window and piece is tagged, and
  // each tag lands on its own token.
  std::string input;
  for (int i = 0; i < 6000; ++i) input += "Maria Lopez met officials in Paris on Tuesday. ";
  std::string run_on = "\n\n";  // one sentence of 40,000 tokens, with names at both ends
  run_on += "Maria Lopez said";
  for (int i = 0; i < 20000; ++i) run_on += " and ,";
  run_on += " in Paris";
  input += run_on;
  const Analysis analysis = AnalyzeOk(input);
  const Entity& lopez = OnlyEntityNamed(analysis, "Maria Lopez");
  CHECK(lopez.mentions.size() == 6001);
  const Entity& paris = OnlyEntityNamed(analysis, "Paris");
  CHECK(paris.type == EntityType::kLoc);
  CHECK(paris.mentions.size() == 6001);
  CHECK(Slice(input, paris.mentions.back().span) == "Paris");
  CHECK(paris.mentions.back().span.end == input.size());
}

TEST_CASE("A name is never read in two pieces of a run-on sentence", "[entities]") {
  // A sentence of more than 256 tokens is tagged a piece at a time (TagNames); whatever the
  // name's position, the cut falls outside it.
  for (int filler = 250; filler <= 258; ++filler) {
    std::string input = "Officials";
    for (int i = 0; i < filler; ++i) input += " and";
    input += " Barack Obama spoke in Chicago and";
    for (int i = 0; i < 300; ++i) input += " so";
    input += ".";
    INFO(filler << " words before the name");
    const Analysis analysis = AnalyzeOk(input);
    const Entity& obama = OnlyEntityNamed(analysis, "Barack Obama");
    CHECK(obama.type == EntityType::kPer);
    CHECK(EntitiesNamed(analysis, "Barack").empty());
    CHECK(EntitiesNamed(analysis, "Obama").empty());
  }
}
