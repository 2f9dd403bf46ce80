// The rules that split the names the tagger reads too long (ner/name_repairs.h), and the word
// clusters' table (ner/word_clusters.h): both tested on small hand-made lists, without the
// trained model. The repairs of organisations' names are in ner_organisation_repairs_test.cc.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/peoples.h"
#include "ner/gazetteer.h"
#include "ner/name_repairs.h"
#include "ner/word_clusters.h"
#include "ner/word_features.h"
#include "ner_repair_helpers.h"
#include "newslens/ner.h"

namespace {

using newslens::NerTag;
using newslens::ner::Gazetteer;
using newslens::ner::WordClusters;
using newslens::testing::Lists;
using newslens::testing::Repair;
using newslens::testing::Split;

}  // namespace

TEST_CASE("A short surname before a hyphenated given name of two syllables is a person's") {
  CHECK(Repair("said Narae CEO Baek Seung-hoon at", "O B-MISC I-MISC O O O") ==
        "O B-MISC I-MISC B-PER I-PER O");
  CHECK(Repair("Jang Min-seok , the", "O B-LOC O O") == "B-PER I-PER O O");
  // Untagged at a sentence's start, the only name of the sentence.
  CHECK(Repair("Jang Min-seok said on Monday it was fine", "O O O O O O O O") ==
        "B-PER I-PER O O O O O O");
  // An English first name before the surname stays in the name.
  CHECK(Repair("said Marcus Kwok Tin-lok ,", "O B-PER I-PER O O") == "O B-PER I-PER I-PER O");
  CHECK(Repair("said Tom Kwok Tin-lok ,", "O O O O O") == "O B-PER I-PER I-PER O");
  // Not after a function word or an acronym, nor a given name that opens with a word.
  CHECK(Repair("by The Post-war plan", "O O O O") == "O O O O");
  CHECK(Repair("at the BBC Tin-lok", "O O B-ORG O") == "O O B-ORG O");
  CHECK(Repair("a New Year-end plan", "O O O O") == "O O O O");
  CHECK(Repair("a New York-based firm", "O B-LOC O O") == "O B-LOC O O");
  // Nor a place's name, nor an English word's ending.
  CHECK(Repair("the Gaza Cease-fire talks", "O B-LOC O O") == "O B-LOC O O");
  CHECK(Repair("a Hong Kong-bound flight", "O B-MISC I-MISC O") == "O B-MISC I-MISC O");
  CHECK(Repair("the Tomas Anti-war camp", "O O O O") == "O O O O");
}

TEST_CASE("A minister's title and portfolio read as one name with the person's are split") {
  // The title outside the name, the portfolio and the person inside.
  CHECK(Repair("Minister for National Development Chee Wen Loong said",
               "O O B-ORG I-ORG I-ORG I-ORG I-ORG O") == "O O O O B-PER I-PER I-PER O");
  // All inside, a nationality before the title; a portfolio's plural; "Secretary of State".
  CHECK(Repair("Australian Vice Minister of Commerce Lu Hanqing said",
               "B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O") ==
        "B-MISC O O O O B-PER I-PER O");
  CHECK(Repair("Secretary of State for Political Affairs Tom Sherman said",
               "O O O O O B-PER I-PER I-PER O") == "O O O O O O B-PER I-PER O");
  // A second field after "and" the tagger took in.
  CHECK(Repair("Minister of Trade and Integration Aidos Temirkhanov said",
               "O O O O B-PER I-PER I-PER O") == "O O O O O B-PER I-PER O");
  // Not after a title whose field is an organisation, nor before a place's name.
  CHECK(Repair("director of Harbour Trust Omar Haddad said", "O O B-ORG I-ORG I-ORG I-ORG O") ==
        "O O B-ORG I-ORG B-PER I-PER O");
  CHECK(Repair("Minister of Commerce Australia said", "O O B-ORG I-ORG O") == "O O B-ORG I-ORG O");
  // Nor where no word is left for the person.
  CHECK(Repair("Minister for National Development said", "O O B-ORG I-ORG O") ==
        "O O B-ORG I-ORG O");
}

TEST_CASE("A dateline's date and an event's place are no part of a name") {
  CHECK(Repair("XIAMEN , Sept. 8 ( Xinhua ) --", "B-LOC I-LOC I-LOC O O B-LOC O O") ==
        "B-LOC O O O O B-LOC O O");
  CHECK(Repair("LONDON , March 3 --", "B-LOC I-LOC I-LOC O O") == "B-LOC O O O O");
  // A comma before no month stays ("Hartwell , Pa." may be one name the tagger read).
  CHECK(Repair("in Hartwell , Pa. on", "O B-LOC I-LOC I-LOC O") == "O B-LOC I-LOC I-LOC O");
  // An event held in a place the lists know; not a place they do not know.
  CHECK(Repair("the Silk Harbour Trade Fair in Australia opened",
               "O B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O") ==
        "O B-MISC I-MISC I-MISC I-MISC O B-LOC O");
  CHECK(Repair("the Silk Harbour Trade Fair in Xiamen opened",
               "O B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O") ==
        "O B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O");
}

TEST_CASE("A temperature's scale names no one") {
  CHECK(Repair("topping 40 degrees Celsius ( 104 degrees Fahrenheit )",
               "O O O B-PER O O O B-PER O") == "O O O O O O O O O");
  // Not without "degrees" before it.
  CHECK(Repair("said Anders Celsius ,", "O B-PER I-PER O") == "O B-PER I-PER O");
}

TEST_CASE("Names listed before a plural noun of places are places") {
  CHECK(Repair("covers Harlow , Pettis and Oak Bend counties and",
               "O B-PER O B-PER O B-LOC I-LOC O O") == "O B-LOC O B-LOC O B-LOC I-LOC O O");
  // Not the sentence's article, nor one name alone.
  CHECK(Repair("The Ituri and North Kivu provinces", "O B-LOC O B-LOC I-LOC O") ==
        "O B-LOC O B-LOC I-LOC O");
  CHECK(Repair("The Ituri and North Kivu provinces", "O B-PER O B-LOC I-LOC O") ==
        "O B-LOC O B-LOC I-LOC O");
  CHECK(Repair("in Harlow counties", "O B-PER O") == "O B-PER O");
}

TEST_CASE("A person's name goes on over a surname a particle and a hyphen open") {
  CHECK(Repair("met Omar al-Harbash in", "O B-PER O O") == "O B-PER I-PER O");
  CHECK(Repair("met Omar El-Sisi in", "O B-PER B-LOC O") == "O B-PER I-PER O");
  // Not a word in small letters after the hyphen, nor a hyphen after no particle.
  CHECK(Repair("met Omar al-based in", "O B-PER O O") == "O B-PER O O");
  CHECK(Repair("met Omar pro-Russian in", "O B-PER O O") == "O B-PER O O");
}

TEST_CASE("A person's name goes on over a particle in small letters before the surname") {
  CHECK(Repair("president Daniel arap Moi was", "O B-PER O B-PER O") == "O B-PER I-PER I-PER O");
  CHECK(Repair("met Rui da Silva in", "O B-PER O O O") == "O B-PER I-PER I-PER O");
  // Not a word in small letters that is no particle, nor a capitalized word that goes on.
  CHECK(Repair("met Rui and Silva in", "O B-PER O B-PER O") == "O B-PER O B-PER O");
  CHECK(Repair("met Rui da Silva Santos", "O B-PER O O O") == "O B-PER O O O");
}

TEST_CASE("A place's name goes on over the rest of its listed name and over County") {
  CHECK(Repair("New York Gov. Tom Moody said", "B-LOC O O B-PER I-PER O") ==
        "B-LOC I-LOC O B-PER I-PER O");
  CHECK(Repair("a New York - based firm", "O B-LOC B-PER O O O") == "O B-LOC I-LOC O O O");
  CHECK(Repair("Indiana County Sheriff Tom Moody said", "B-LOC O O B-PER I-PER O") ==
        "B-LOC I-LOC O B-PER I-PER O");
  // A word before "County", untagged or taken for a person alone, is a county's name.
  CHECK(Repair("said Brannock County Sheriff Tom Moody", "O O O O B-PER I-PER") ==
        "O B-LOC I-LOC O B-PER I-PER");
  CHECK(Repair("said Harris County Sheriff Tom Moody", "O B-PER O O B-PER I-PER") ==
        "O B-LOC I-LOC O B-PER I-PER");
  // An Irish county's abbreviation before a name, after a word in small letters.
  CHECK(Repair("in north Co Dunmoyle ,", "O O B-ORG B-LOC O") == "O O B-LOC I-LOC O");
  CHECK(Repair("Smith and Co Trust said", "B-PER O B-ORG I-ORG O") == "B-PER O B-ORG I-ORG O");
  // Not a person's full name, nor a word in small letters.
  CHECK(Repair("said Tom Moody County", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("the rival County said", "O O B-ORG O") == "O O B-ORG O");
}

TEST_CASE("A nationality before a person is a name of its own") {
  CHECK(Repair("Australian Tom Moody took six", "B-MISC I-MISC I-MISC O O") ==
        "B-MISC B-PER I-PER O O");
  CHECK(Repair("British Prime Minister John Major said", "B-PER I-PER I-PER I-PER I-PER O") ==
        "B-MISC O O B-PER I-PER O");
  CHECK(Repair("South Korean coach Kim said", "B-ORG I-ORG I-ORG I-ORG O") ==
        "B-MISC I-MISC O B-PER O");
  // Alone before titles, the nationality is the only name.
  CHECK(Repair("the British Prime Minister said", "O B-MISC I-MISC I-MISC O") == "O B-MISC O O O");
  // Not before a company's name, nor when the "nationality" is a first name.
  CHECK(Repair("Australian Airlines said", "B-ORG I-ORG O") == "B-ORG I-ORG O");
  CHECK(Repair("Christian Bale said", "B-PER I-PER O") == "B-PER I-PER O");
  // A nationality of two words goes on over the second.
  CHECK(Repair("a South Korean said", "O B-MISC O O") == "O B-MISC I-MISC O");
  // Alone, a nationality is MISC whatever the tagger read; a first name stays a person's.
  CHECK(Repair("the Australian drew", "O B-ORG O") == "O B-MISC O");
  CHECK(Repair("said Christian .", "O B-PER O") == "O B-PER O");
  // Words in small letters after the nationality are no part of it: a role the lists lack before
  // a person, other words ("British beef") alone; a name after them keeps its type unless it opens
  // with a first name.
  CHECK(Repair("Australian peacemaker Tom Moody said", "B-MISC I-MISC I-MISC I-MISC O") ==
        "B-MISC O B-PER I-PER O");
  CHECK(Repair("British beef exports", "B-MISC I-MISC I-MISC") == "B-MISC O O");
  CHECK(Repair("British car maker Rover Group", "B-ORG I-ORG I-ORG I-ORG I-ORG") ==
        "B-MISC O O B-ORG I-ORG");
}

TEST_CASE("A headline's verb in Title Case is not the end of the name before it") {
  CHECK(Repair("Sanders Vows To End Tax Breaks", "B-PER I-PER O O O O", /*headline=*/true) ==
        "B-PER O O O O O");
  CHECK(Repair("Donald Trump Says He Will Win", "B-PER I-PER I-PER O O O", true) ==
        "B-PER I-PER O O O O");
  // A form that is also a noun ends the name of an organisation ("Consumer Reports"), not a
  // person's ("Christie Calls").
  CHECK(Repair("Consumer Reports Finds Flaws", "B-ORG I-ORG O O", true) == "B-ORG I-ORG O O");
  CHECK(Repair("Christie Calls Clinton A Disgrace", "B-PER I-PER B-PER O O", true) ==
        "B-PER O B-PER O O");
  // Only in a headline: elsewhere the words are as written.
  CHECK(Repair("Sanders Vows", "B-PER I-PER") == "B-PER I-PER");
  // Also after the rules, one of which takes a first name on over the capitalized word after it.
  CHECK(Repair("Tom Says He Will Win", "B-PER O O O O", true) == "B-PER O O O O");
}

TEST_CASE("Titles and roles before a person are context, not the name") {
  CHECK(Repair("a mistake by midfielder Joaquin del Olmo .", "O O O B-PER I-PER I-PER I-PER O") ==
        "O O O O B-PER I-PER I-PER O");
  CHECK(Repair("Mr. Smith said", "B-PER I-PER O") == "O B-PER O");
  // Before a first name, whatever the type the tagger gave.
  CHECK(Repair("coach John Smith said", "B-ORG I-ORG I-ORG O") == "O B-PER I-PER O");
  // A role word that is a first name too starts the name ("Dean Smith"), unless a first name
  // follows it; and an organisation is left whole when no first name follows its title word.
  CHECK(Repair("Dean Smith said", "B-PER I-PER O") == "B-PER I-PER O");
  CHECK(Repair("Dean Tom Smith said", "B-PER I-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Coach Outlet said", "B-ORG I-ORG O") == "B-ORG I-ORG O");
  // A first name and a surname after a role outside the name are a person's, a role the
  // gazetteer lacks too (lexicon/roles.txt).
  CHECK(Repair("Union representative Ann Aranda said", "B-ORG O B-ORG I-ORG O") ==
        "B-ORG O B-PER I-PER O");
  CHECK(Repair("the representative Brenmouth Ostwick said", "O O B-ORG I-ORG O") ==
        "O O B-ORG I-ORG O");  // no first name: left as it was
}

TEST_CASE("Dictionary words before a person's full name describe the person") {
  CHECK(Repair("Rival Hillary Clinton said", "B-PER I-PER I-PER O") == "O B-PER I-PER O");
  // Not before a first name alone, nor a first name that is a dictionary word too.
  CHECK(Repair("Rival Hillary said", "B-PER I-PER O") == "B-PER I-PER O");
  CHECK(Repair("Rose Smith said", "B-PER I-PER O") == "B-PER I-PER O");
  // Nor in an organisation's name, which its last word says ("the Northern Cree Tribal
  // Council", where "Cree" is a first name too).
  CHECK(Repair("of the Rival Rose Lake Trust ,", "O O B-ORG I-ORG I-ORG I-ORG O") ==
        "O O B-ORG I-ORG I-ORG I-ORG O");
}

TEST_CASE("An organisation's last word is not glued to the person after it") {
  CHECK(Repair("of the Harbour Trust Omar Haddad said", "O O B-ORG I-ORG I-ORG I-ORG O") ==
        "O O B-ORG I-ORG B-PER I-PER O");
  // A word that ends organisations' names first in the name, or a first name last in it: no split.
  CHECK(Repair("Bank Julius Baer said", "B-ORG I-ORG I-ORG O") == "B-ORG I-ORG I-ORG O");
  CHECK(Repair("the Union Trust Tom said", "O B-ORG I-ORG I-ORG O") == "O B-ORG I-ORG I-ORG O");
  // Dictionary words before a person's name describe the person, but not past an organisation's
  // word ("Rival" and "Fund" are in the dictionary).
  CHECK(Repair("of the Rival Fund Omar Haddad said", "O O B-ORG I-ORG I-ORG I-ORG O") ==
        "O O B-ORG I-ORG B-PER I-PER O");
}

TEST_CASE("A person of an organisation or a place is two names") {
  CHECK(Repair("Ann Lee of Harbor Weekly said", "B-ORG I-ORG I-ORG I-ORG I-ORG O") ==
        "B-PER I-PER O B-ORG I-ORG O");
  CHECK(Repair("John Smith of New York said", "B-PER I-PER I-PER I-PER I-PER O") ==
        "B-PER I-PER O B-LOC I-LOC O");
  // Not an organisation named "X of Y", nor a single name before "of".
  CHECK(Repair("the Bank of England said", "O B-ORG I-ORG I-ORG O") == "O B-ORG I-ORG I-ORG O");
  CHECK(Repair("Ann of Cleves said", "B-PER I-PER I-PER O") == "B-PER I-PER I-PER O");
  // After a role and a capitalized word left out, one word before "of" is a surname ("Former
  // corporator Javed Shaikh of the Lok Jagruti Party"); the role alone is no name.
  CHECK(Repair("former coach Javed Shaikh of the Lok Party said",
               "O B-PER O B-ORG I-ORG I-ORG I-ORG I-ORG O") == "O O B-PER I-PER O O B-ORG I-ORG O");
  // Not without the role before them.
  CHECK(Repair("met Javed Shaikh of the Lok Party", "O O B-ORG I-ORG I-ORG I-ORG I-ORG") ==
        "O O B-ORG I-ORG I-ORG I-ORG I-ORG");
}

TEST_CASE("A place before a title and a person is a name of its own") {
  CHECK(Repair("New York Governor John Smith said", "B-ORG I-ORG I-ORG I-ORG I-ORG O") ==
        "B-LOC I-LOC O B-PER I-PER O");
  CHECK(Repair("Australia coach Tom Smith said", "B-PER I-PER I-PER I-PER O") ==
        "B-LOC O B-PER I-PER O");
  // No title between: one name ("New York Knicks" is the tagger's to read).
  CHECK(Repair("New York Tom said", "B-ORG I-ORG I-ORG O") == "B-ORG I-ORG I-ORG O");
}

TEST_CASE("A number's abbreviation is no name") {
  CHECK(Repair("went to No. 1 in April", "O O B-ORG O O O") == "O O O O O O");
}

TEST_CASE("A person after a title, left untagged, is a person") {
  CHECK(Repair("Indiana Governor Tom Smith signed", "B-ORG I-ORG O O O") ==
        "B-LOC O B-PER I-PER O");
  CHECK(Repair("said coach Ann Lee on", "O O O O O") == "O O B-PER I-PER O");
  // A first name alone, or no title before it: the tagger's call.
  CHECK(Repair("said coach Ann on", "O O O O") == "O O O O");
  CHECK(Repair("said that Ann Lee on", "O O O O O") == "O O O O O");
  // After a person's role in small letters, two capitalized words of no place or dictionary,
  // whatever the first name.
  CHECK(Repair("health spokeswoman Gráinne Hoey of the", "O O O O O O") == "O O B-PER I-PER O O");
  CHECK(Repair("the spokesman New York said", "O O O O O") == "O O O O O");
  // After a possessive, a first name and a surname alone.
  CHECK(Repair("Iowa State University 's Ann Lee said", "B-ORG I-ORG I-ORG O O O O") ==
        "B-ORG I-ORG I-ORG O B-PER I-PER O");
  CHECK(Repair("the EU 's General Data Protection Regulation", "O B-ORG O O O O O") ==
        "O B-ORG O O O O O");
}

TEST_CASE("A name neither starts nor ends with a mark") {
  CHECK(Repair("MANCHESTER \u2014 Kingsway Rovers", "B-LOC I-LOC B-ORG I-ORG") ==
        "B-LOC O B-ORG I-ORG");
  CHECK(Repair("( Reuters ) said", "B-ORG I-ORG I-ORG O") == "O B-ORG O O");
  CHECK(Repair("AT & T said", "B-ORG I-ORG I-ORG O") == "B-ORG I-ORG I-ORG O");
}

TEST_CASE("Two people's names in a row are one; an indefinite article opens no name") {
  CHECK(Repair("said Rival Hillary Clinton", "O B-PER I-PER B-PER") == "O O B-PER I-PER");
  CHECK(Repair("A Harbour Trust report", "B-ORG I-ORG I-ORG O") == "O B-ORG I-ORG O");
  CHECK(Repair("Smith , Jones said", "B-PER O B-PER O") == "B-PER O B-PER O");
}

TEST_CASE("What a member of a parliament is for is a place") {
  CHECK(Repair("a deputy for Gironde said", "O O O B-MISC O") == "O O O B-LOC O");
  CHECK(Repair("the MP for Islington North", "O O O B-ORG I-ORG") == "O O O B-LOC I-LOC");
  // Not after another noun, nor a person's name.
  CHECK(Repair("the bid for Gironde", "O O O B-MISC") == "O O O B-MISC");
  CHECK(Repair("a deputy for Ann Lee", "O O O B-PER I-PER") == "O O O B-PER I-PER");
}

TEST_CASE("A pronoun alone names no one") {
  CHECK(Repair("He was ordained in 1998 .", "B-PER O O O O O") == "O O O O O O");
  CHECK(Repair("She said", "B-PER O") == "O O");
  // Capitals only are a name's ("US", "IT"), and a pronoun inside a longer name stays.
  CHECK(Repair("US officials said", "B-LOC O O") == "B-LOC O O");
  CHECK(Repair("IT workers", "B-MISC O") == "B-MISC O");
  CHECK(Repair("The film Her Story", "O O B-MISC I-MISC") == "O O B-MISC I-MISC");
  CHECK(Repair("the thriller You will premiere", "O O B-MISC O O") == "O O B-MISC O O");
}

TEST_CASE("A first name left out before a person's name opens it") {
  CHECK(Repair(", Democrat Hillary Clinton said", "O B-MISC O B-PER O") ==
        "O B-MISC B-PER I-PER O");
  CHECK(Repair("Rose Smith said", "O B-PER O") == "O B-PER O");  // "rose" is a common word
  CHECK(Repair(", Democrat Hillary Clinton said", "O B-MISC I-MISC B-PER O") ==
        "O B-MISC B-PER I-PER O");
  CHECK(Repair(", Democrat Hillary Clinton said", "O B-MISC I-MISC O O") ==
        "O B-MISC B-PER I-PER O");
  // After a title or a role (written with a capital at a sentence's start), whatever the type
  // of the one word after it.
  CHECK(Repair("Spokeswoman Ann Vaage declined", "O O B-LOC O") == "O B-PER I-PER O");
  CHECK(Repair("its spokeswoman Ann Vaage declined", "O O O B-ORG O") == "O O B-PER I-PER O");
  CHECK(Repair("near Ann Vaage Street", "O O B-LOC I-LOC") == "O O B-LOC I-LOC");
  // At a sentence's start, a word no list knows before a person's name of two words.
  CHECK(Repair("Abakar Zene Mahamat , the spokesman , said", "O B-PER I-PER O O O O O") ==
        "B-PER I-PER I-PER O O O O O");
  // Not a word of the dictionary, a people's, a hyphenated one, nor before a one-word name.
  CHECK(Repair("Rival Zene Mahamat said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Australian Zene Mahamat said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Ex-Yankee Randy Velarde said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Keeper Mariko Tanabe said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("According Zene Mahamat", "O B-PER I-PER") == "O B-PER I-PER");
  CHECK(Repair("Candidates Ben Carson said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Del. Eleanor Norton said", "O B-PER I-PER O") == "O B-PER I-PER O");
  CHECK(Repair("Abakar Mahamat said", "O B-PER O") == "O B-PER O");
  CHECK(Repair("He said Abakar Zene Mahamat left", "O O O B-PER I-PER O") == "O O O B-PER I-PER O");
}

TEST_CASE("A title alone is no organisation, place or work") {
  CHECK(Repair("By Rhian Ellery , Courts Coach", "O B-PER I-PER O O B-ORG") ==
        "O B-PER I-PER O O O");
  // A person's may be a surname ("Dean said"); an acronym is a name.
  CHECK(Repair("Dean said", "B-PER O") == "B-PER O");
}

TEST_CASE("An initial never ends a person's name") {
  CHECK(Repair("( J. Adams 123 ,", "O B-PER O O O") == "O B-PER I-PER O O");
  CHECK(Repair("( J. Adams 123 ,", "O B-PER B-PER O O") == "O B-PER I-PER O O");
  CHECK(Repair("Donald J. Trump", "B-PER I-PER I-PER") == "B-PER I-PER I-PER");
  CHECK(Repair("plan B. It", "O B-PER O") == "O B-PER O");  // "It" is not a name's word
  // The surname the tagger read as another kind of name, and the score after it.
  CHECK(Repair("( W. Hegg 54 ,", "O B-PER B-ORG I-ORG O") == "O B-PER I-PER O O");
  // An untagged initial before a one-word name that is no place.
  CHECK(Repair("; C. Tolley 4-68 )", "O O B-ORG O O") == "O B-PER I-PER O O");
  CHECK(Repair("in N. Indiana today", "O O B-LOC O") == "O O B-LOC O");
  CHECK(Repair("A Rwandan said", "O B-MISC O") == "O B-MISC O");  // "A" is a word
}

TEST_CASE("A place, a nationality or a year before a competition's name is part of it") {
  CHECK(Repair("at the U.S. Open on", "O O B-LOC O O") == "O O B-MISC I-MISC O");
  CHECK(Repair("the British Masters won", "O B-MISC O O") == "O B-MISC I-MISC O");
  CHECK(Repair("ENGLISH COUNTY CHAMPIONSHIP SCORES", "B-MISC O O O") == "B-MISC I-MISC I-MISC O");
  CHECK(Repair("for the 1998 World Cup .", "O O O B-MISC I-MISC O") ==
        "O O B-MISC I-MISC I-MISC O");
  // Nothing before it, or a name that goes on past the word: left as the tagger read it.
  CHECK(Repair("won the Cup .", "O O O O") == "O O O O");
  CHECK(Repair("the Australia Cup Foundation", "O B-LOC B-ORG I-ORG") == "O B-LOC B-ORG I-ORG");
}

TEST_CASE("A first name alone goes on over the surname the tagger left out") {
  CHECK(Repair("beat Ann McGregor 6-2", "O B-PER O O") == "O B-PER I-PER O");
  CHECK(Repair("said Ann It was", "O B-PER O O") == "O B-PER O O");  // a common word
  CHECK(Repair("beat Smith Jones", "O B-PER O") == "O B-PER O");     // no first name
}

TEST_CASE("A person's name goes on over a surname's particles and the surname") {
  CHECK(Repair("leader Síofra Ní Mhaoláin said", "O B-PER O O O") == "O B-PER I-PER I-PER O");
  CHECK(Repair("beat Kevin De Bruyne", "O B-PER B-PER I-PER") == "O B-PER I-PER I-PER");
  CHECK(Repair("Seán Mac Giolla Phádraig", "B-PER O O O") == "B-PER I-PER I-PER O");
  // No surname after the particle, or another kind of name: left as the tagger read it.
  CHECK(Repair("Tom Smith De", "B-PER I-PER O") == "B-PER I-PER O");
  CHECK(Repair("Tom Smith La Stampa", "B-PER I-PER B-ORG I-ORG") == "B-PER I-PER B-ORG I-ORG");
  CHECK(Repair("Tom Smith La paz", "B-PER I-PER O O") == "B-PER I-PER O O");
}

TEST_CASE("A dash, titles inside a name and a day after it end the name") {
  CHECK(Repair("Australia - Tom Moody", "B-LOC I-LOC I-LOC I-LOC") == "B-LOC O B-PER I-PER");
  CHECK(Repair("Central Bank Governor Omar Haddad said", "B-ORG I-ORG I-ORG I-ORG I-ORG O") ==
        "B-ORG I-ORG O B-PER I-PER O");
  CHECK(Repair("met Omar Haddad Monday", "O B-PER I-PER I-PER") == "O B-PER I-PER O");
  CHECK(Repair("beat Indiana on Friday", "O B-ORG I-ORG I-ORG") == "O B-ORG O O");
  CHECK(Repair("at Lord 's", "O B-LOC I-LOC") == "O B-LOC I-LOC");  // "'s" ends names
}

TEST_CASE("Word clusters: the table's text, its encoding and its lookups") {
  using newslens::ner::NormalizedFormHash;
  const auto parsed = WordClusters::Parse(
      "said\t0\t0\nstated\t0\t0\nberlin\t1\t1\nparis\t1\t1\n"
      "spokeswoman\t2\t0\n",
      24);
  REQUIRE(parsed.ok());
  const WordClusters& table = parsed.value();
  CHECK(table.word_count() == 5);
  CHECK(table.cluster_count() == 3);
  // Forms are normalized: case and diacritics do not matter.
  CHECK(table.Find(NormalizedFormHash("Paris")) == 1);
  CHECK(table.Find(NormalizedFormHash("BERLIN")) == 1);
  CHECK(table.Find(NormalizedFormHash("stated")) == 0);
  CHECK(table.Find(NormalizedFormHash("Ljubljana")) == WordClusters::kNone);
  CHECK(table.Coarse(2) == 0);
  CHECK(table.Coarse(WordClusters::kNone) == WordClusters::kMaxCoarse);

  std::string bytes = "xx";
  table.Encode(&bytes);
  std::size_t offset = 2;
  const auto decoded = WordClusters::Decode(bytes, &offset);
  REQUIRE(decoded.ok());
  CHECK(offset == bytes.size());
  CHECK(decoded.value().word_count() == 5);
  CHECK(decoded.value().Find(NormalizedFormHash("spokeswoman")) == 2);
  CHECK(decoded.value().Coarse(1) == 1);
  // Cut short anywhere, the encoding is an error, never a read past the end.
  for (std::size_t n = 2; n < bytes.size(); ++n) {
    std::size_t at = 2;
    CHECK_FALSE(WordClusters::Decode(std::string_view(bytes).substr(0, n), &at).ok());
  }
  // An empty table finds nothing.
  CHECK(WordClusters().Find(NormalizedFormHash("said")) == WordClusters::kNone);

  CHECK_FALSE(WordClusters::Parse("said\t0\n", 24).ok());
  CHECK_FALSE(WordClusters::Parse("said\t0\t0\nstated\t0\t1\n", 24).ok());  // two coarse
  CHECK_FALSE(WordClusters::Parse("said\t5000\t0\n", 24).ok());
}

TEST_CASE("One name, one type: the type most of a document's occurrences have") {
  const std::vector<std::string_view> a = {"Surrey", "beat", "Kent"};
  const std::vector<std::string_view> b = {"Surrey", "won"};
  const std::vector<std::string_view> c = {"in", "Surrey", "and", "Kent"};
  const std::vector<newslens::NerSentence> document = {{a, false}, {b, false}, {c, false}};
  std::vector<NerTag> tags = {NerTag::kBOrg, NerTag::kO,    NerTag::kBOrg,  // Surrey beat Kent
                              NerTag::kBOrg, NerTag::kO,                    // Surrey won
                              NerTag::kO,    NerTag::kBLoc, NerTag::kO,    NerTag::kBLoc};
  newslens::ner::HarmonizeTypes(document, tags);
  // "Surrey": ORG twice, LOC once; "Kent": once each, a tie, each keeps its own.
  CHECK(tags == std::vector<NerTag>{NerTag::kBOrg, NerTag::kO, NerTag::kBOrg, NerTag::kBOrg,
                                    NerTag::kO, NerTag::kO, NerTag::kBOrg, NerTag::kO,
                                    NerTag::kBLoc});
  // A name that a word of its kind called an organisation is one throughout, whatever the votes.
  std::vector<NerTag> called = {NerTag::kBPer, NerTag::kO,    NerTag::kBPer,  // Surrey beat Kent
                                NerTag::kBPer, NerTag::kO,                    // Surrey won
                                NerTag::kO,    NerTag::kBOrg, NerTag::kO,    NerTag::kBLoc};
  const std::vector<std::uint64_t> organisations = {
      newslens::ner::NameKey(std::vector<std::string_view>{"Surrey"})};
  newslens::ner::HarmonizeTypes(document, called, organisations);
  CHECK(called == std::vector<NerTag>{NerTag::kBOrg, NerTag::kO, NerTag::kBPer, NerTag::kBOrg,
                                      NerTag::kO, NerTag::kO, NerTag::kBOrg, NerTag::kO,
                                      NerTag::kBLoc});
}

TEST_CASE("A company's short name is the company's, not a person's") {
  const std::vector<std::string_view> a = {"Veltrona", "Semiconductor", "cut", "jobs"};
  const std::vector<std::string_view> b = {"Veltrona", "shares", "rose"};
  const std::vector<std::string_view> c = {"Hollowell", "Land", "Partners", "said"};
  const std::vector<std::string_view> d = {"Hollowell", "agreed"};
  const std::vector<newslens::NerSentence> document = {
      {a, false}, {b, false}, {c, false}, {d, false}};
  std::vector<NerTag> tags = {NerTag::kBOrg, NerTag::kIOrg, NerTag::kO, NerTag::kO,
                              NerTag::kBPer, NerTag::kO,    NerTag::kO, NerTag::kBOrg,
                              NerTag::kIOrg, NerTag::kIOrg, NerTag::kO, NerTag::kBPer,
                              NerTag::kO};
  newslens::ner::HarmonizeTypes(document, tags);
  CHECK(tags[4] == NerTag::kBOrg);   // "Veltrona" of "Veltrona Semiconductor"
  CHECK(tags[11] == NerTag::kBOrg);  // "Hollowell" of "Hollowell Land Partners"

  // A person's surname stays hers, though an organisation bears it; a paper's name gives none.
  const std::vector<std::string_view> e = {"Hillary", "Clinton", "spoke"};
  const std::vector<std::string_view> f = {"the", "Clinton", "Foundation", "paid"};
  const std::vector<std::string_view> g = {"Clinton", "said"};
  const std::vector<std::string_view> h = {"the", "Harlow", "Times", "and", "Harlow", "said"};
  const std::vector<newslens::NerSentence> people = {
      {e, false}, {f, false}, {g, false}, {h, false}};
  std::vector<NerTag> kept = {NerTag::kBPer, NerTag::kIPer, NerTag::kO,                 // e
                              NerTag::kO,    NerTag::kBOrg, NerTag::kIOrg, NerTag::kO,  // f
                              NerTag::kBPer, NerTag::kO,                                // g
                              NerTag::kO,    NerTag::kBOrg, NerTag::kIOrg, NerTag::kO,
                              NerTag::kBPer, NerTag::kO};  // h
  const std::vector<NerTag> before = kept;
  newslens::ner::HarmonizeTypes(people, kept);
  CHECK(kept == before);
}

TEST_CASE("A name is capitalised words and connectors; a person's or place's ends in no number") {
  CHECK(Repair("Chechnya must be free", "B-LOC I-LOC O O") == "B-LOC O O O");
  CHECK(Repair("the Belgrade airport runway", "O B-LOC I-LOC O") == "O B-LOC O O");
  CHECK(Repair("( A. Dale 69 )", "O B-PER I-PER I-PER O") == "O B-PER I-PER O O");
  CHECK(Repair("Zinedine Zidane 46th )", "B-PER I-PER I-PER O") == "B-PER I-PER O O");
  // An organisation's or a work's number stays; a work's lower-case word too; connectors
  // inside a name stay.
  CHECK(Repair("at Euro 96 .", "O B-MISC I-MISC O") == "O B-MISC I-MISC O");
  CHECK(Repair("the film La notte", "O O B-MISC I-MISC") == "O O B-MISC I-MISC");
  CHECK(Repair("Bank of England", "B-ORG I-ORG I-ORG") == "B-ORG I-ORG I-ORG");
  // A one-word name is left as it is.
  CHECK(Repair("the ebay site", "O B-ORG O") == "O B-ORG O");
  // Lower-case words open no name, but a surname's particle does; inside, they split it.
  CHECK(Repair("1-4 v Somerset (", "O B-ORG I-ORG O") == "O O B-ORG O");
  CHECK(Repair("beat the Angels 6-2", "O B-ORG I-ORG O") == "O O B-ORG O");
  CHECK(Repair("said van der Westhuizen", "O B-PER I-PER I-PER") == "O B-PER I-PER I-PER");
  CHECK(Repair("Cofinec said Petofi was", "B-ORG I-ORG I-ORG O") == "B-ORG O B-ORG O");
  CHECK(Repair("China police detains dissident Wang Donghai",
               "B-LOC I-LOC I-LOC I-LOC I-LOC I-LOC") == "B-LOC O O O B-LOC I-LOC");
  CHECK(Repair("Cofinec said of Petofi", "B-ORG I-ORG I-ORG I-ORG") == "B-ORG O O B-ORG");
  // Hyphens join the parts of a word in small letters.
  CHECK(Repair("Federal Reserve policy-makers said", "B-ORG I-ORG I-ORG O") == "B-ORG I-ORG O O");
  // In a sentence of capitals, a preposition that joins no names splits them; "OF" joins.
  CHECK(Repair("ATLANTA AT CHICAGO", "B-ORG I-ORG I-ORG") == "B-ORG O B-ORG");
  CHECK(Repair("BANK OF ENGLAND", "B-ORG I-ORG I-ORG") == "B-ORG I-ORG I-ORG");
  // In a sentence with small letters, capitals are an acronym's or a name's: they stay.
  CHECK(Repair("the Bank AT Tokyo said", "O B-ORG I-ORG I-ORG O") == "O B-ORG I-ORG I-ORG O");
}

namespace {

// A document written as {tokens, tags} sentences, both as in Repair: its tokens, its tags, and
// its sentences (the first a headline when `headline`), which view the tokens.
struct TestDocument {
  std::vector<std::vector<std::string_view>> tokens;
  std::vector<NerTag> tags;
  std::vector<newslens::NerSentence> sentences;
};

TestDocument ParseDocument(const std::vector<std::pair<std::string_view, std::string_view>>& lines,
                           bool headline) {
  TestDocument d;
  for (const auto& [words, line_tags] : lines) {
    d.tokens.push_back(Split(words));
    for (const std::string_view tag : Split(line_tags)) {
      d.tags.push_back(newslens::ParseNerTag(tag).value());
    }
  }
  for (std::size_t s = 0; s < d.tokens.size(); ++s) {
    d.sentences.push_back({d.tokens[s], headline && s == 0});
  }
  return d;
}

// The tags of a document, written back as in Repair; " / " between sentences when `lines`.
std::string WriteTags(const TestDocument& d, bool lines) {
  std::string out;
  std::size_t t = 0;
  for (std::size_t s = 0; s < d.tokens.size(); ++s) {
    if (s > 0 && lines) out += " /";
    for (std::size_t i = 0; i < d.tokens[s].size(); ++i, ++t) {
      out += std::string(out.empty() ? "" : " ") + newslens::NerTagName(d.tags[t]);
    }
  }
  return out;
}

// The tags of a sports report after RetypeSportsTeams: `lines` are its sentences, the
// first one a headline.
std::string RetypeTeams(const std::vector<std::pair<std::string_view, std::string_view>>& lines) {
  TestDocument d = ParseDocument(lines, /*headline=*/true);
  newslens::ner::RepairScratch scratch;
  newslens::ner::RetypeSportsTeams(Lists(), d.sentences, d.tags, &scratch);
  return WriteTags(d, /*lines=*/true);
}

}  // namespace

TEST_CASE("In a sports report, towns in results lines are teams; countries stay places") {
  const std::pair<std::string_view, std::string_view> head = {"SOCCER - LEAGUE RESULTS", "O O O O"};
  const std::pair<std::string_view, std::string_view> line1 = {"New York 2 Indiana 1",
                                                               "B-LOC I-LOC O B-LOC O"};
  const std::pair<std::string_view, std::string_view> line2 = {"Australia 3 Chicago 0",
                                                               "B-LOC O B-LOC O"};
  const std::pair<std::string_view, std::string_view> venue = {"in New York today",
                                                               "O B-LOC I-LOC O"};
  CHECK(RetypeTeams({head, line1, line2, venue}) ==
        "O O O O / B-ORG I-ORG O B-ORG O / B-LOC O B-ORG O / O B-LOC I-LOC O");
  // Elsewhere in the report a team's name is the team, read as a place or as a person; where
  // a match is played, and in the dateline, it is the town.
  CHECK(RetypeTeams({head,
                     {"INDIANA 1996-08-30", "B-LOC O"},
                     line1,
                     line2,
                     {"Indiana beat Chicago", "B-PER O B-LOC"}}) ==
        "O O O O / B-LOC O / B-ORG I-ORG O B-ORG O / B-LOC O B-ORG O / B-ORG O B-ORG");
  // Fixture lines name teams too, and stand for results lines only with two of them; after
  // "AT" is the ground, and so is a town that opens a scorecard's line.
  CHECK(RetypeTeams({head, line1, line2, {"INDIANA AT CHICAGO", "B-LOC O B-LOC"}}) ==
        "O O O O / B-ORG I-ORG O B-ORG O / B-LOC O B-ORG O / B-ORG O B-LOC");
  CHECK(RetypeTeams({head, line1, {"Chicago : Indiana 238 and 133-5", "B-LOC O B-LOC O O O"}}) ==
        "O O O O / B-ORG I-ORG O B-ORG O / B-LOC O B-ORG O O O");
  // In the report's sentences, a place beside a word of matches or before a player's role is a
  // team: with one results line, or none.
  CHECK(RetypeTeams({head, line1, {"Indiana v Chicago", "B-LOC O B-LOC"}}) ==
        "O O O O / B-LOC I-LOC O B-ORG O / B-ORG O B-ORG");
  CHECK(RetypeTeams({head,
                     {"Indiana captain Tom Moody made 70 against Chicago , in Indiana",
                      "B-LOC O B-PER I-PER O O O B-LOC O O B-LOC"}}) ==
        "O O O O / B-ORG O B-PER I-PER O O O B-ORG O O B-LOC");
  // A result's word and its preposition before it: "lost to", "a win over", "a draw with".
  CHECK(RetypeTeams({head,
                     {"they lost to Ferrington in the final , a win over Chicago",
                      "O O O B-LOC O O O O O O O B-LOC"}}) ==
        "O O O O / O O O B-ORG O O O O O O O B-ORG");
  // Not a country (a national team is a place), and not outside sports reports.
  CHECK(RetypeTeams({head, {"they beat Australia", "O O B-LOC"}}) == "O O O O / O O B-LOC");
  CHECK(RetypeTeams({{"POLITICS - TALKS", "O O O"}, {"the vote against Indiana", "O O O B-LOC"}}) ==
        "O O O / O O O B-LOC");
  // Without a sports word, or with one results line only, nothing changes.
  CHECK(RetypeTeams({{"WEATHER - TEMPERATURES", "O O O"}, line1, line2, venue}) ==
        "O O O / B-LOC I-LOC O B-LOC O / B-LOC O B-LOC O / O B-LOC I-LOC O");
  CHECK(RetypeTeams({head, line1, venue}) == "O O O O / B-LOC I-LOC O B-LOC O / O B-LOC I-LOC O");
}

TEST_CASE("In a sports report, a name that ends in a competition's word is the competition") {
  // The tags of `words` after a headline `head` without names.
  const auto retype = [](std::string_view head, std::string_view words, std::string_view tags) {
    std::string head_tags;
    for (std::size_t i = 0; i < Split(head).size(); ++i) head_tags += i == 0 ? "O" : " O";
    TestDocument d = ParseDocument({{head, head_tags}, {words, tags}}, /*headline=*/true);
    newslens::ner::RetypeCompetitions(d.sentences, d.tags);
    const std::string all = WriteTags(d, /*lines=*/true);
    return all.substr(all.find(" / ") + 3);
  };
  CHECK(retype("BASEBALL - RESULTS", "leads the American League", "O O B-ORG I-ORG") ==
        "O O B-MISC I-MISC");
  CHECK(retype("BASEBALL - RESULTS", "the Boston Red Sox", "O B-ORG I-ORG I-ORG") ==
        "O B-ORG I-ORG I-ORG");
  // Outside sports reports, such a name is an organisation ("the Arab League").
  CHECK(retype("MIDEAST - TALKS", "the Arab League said", "O B-ORG I-ORG O") == "O B-ORG I-ORG O");
}

TEST_CASE("Alone, a people's, a faith's or a political camp's name is MISC") {
  CHECK(newslens::IsPeoplesName("Serbs"));
  CHECK(Repair("clashes with Serbs .", "O O O O") == "O O B-MISC O");
  CHECK(Repair("the Republicans said", "O B-PER O") == "O B-MISC O");
  CHECK(Repair("Islamic militants", "B-ORG O") == "B-MISC O");
  CHECK(Repair("map , Democratic candidates would", "O O B-ORG O O") == "O O B-MISC O O");
  // Not beside another capitalised word the tagger left out, nor inside a longer name.
  CHECK(Repair("flew American Airlines", "O O O") == "O O O");
  CHECK(Repair("the Serb Democratic Party", "O B-ORG I-ORG I-ORG") == "O B-ORG I-ORG I-ORG");
}

TEST_CASE("A name found once is found everywhere in the document") {
  const auto spread = [](const std::vector<std::pair<std::string_view, std::string_view>>& lines) {
    TestDocument d = ParseDocument(lines, /*headline=*/false);
    newslens::ner::SpreadNames(d.sentences, d.tags);
    return WriteTags(d, /*lines=*/false);
  };
  CHECK(spread({{"the U.N. said", "O B-ORG O"}, {"a senior U.N. official", "O O O O"}}) ==
        "O B-ORG O O O B-ORG O");
  // At a sentence's start only an acronym; not inside a longer run of capitalised words.
  CHECK(spread({{"the Fed said", "O B-ORG O"}, {"Fed officials", "O O"}}) == "O B-ORG O O O");
  CHECK(spread({{"the IRA said", "O B-ORG O"}, {"IRA men", "O O"}}) == "O B-ORG O B-ORG O");
  CHECK(spread({{"Surrey won", "B-ORG O"}, {"in Surrey Heath", "O O O"}}) == "B-ORG O O O O");
  // A name with two types, a MISC name, a one-letter name: nothing spreads.
  CHECK(spread({{"Jordan said", "B-PER O"}, {"in Jordan", "O B-LOC"}, {"with Jordan", "O O"}}) ==
        "B-PER O O B-LOC O O");
  CHECK(spread({{"the British", "O B-MISC"}, {"at British .", "O O O"}}) == "O B-MISC O O O");
  // Nor a function word the tagger took for a name; after an opening quote is a sentence's start.
  CHECK(spread({{"She", "B-PER"}, {"and She said", "O O O"}}) == "B-PER O O O");
  CHECK(spread({{"the Fed said", "O B-ORG O"}, {"\" Fed officials", "O O O"}}) ==
        "O B-ORG O O O O");
  CHECK(spread({{"N / A", "B-ORG O B-ORG"}, {"price N / A", "O O O O"}}) ==
        "B-ORG O B-ORG O O O O");
}
