// The tagger's repairs of organisations' names (ner/organisation_names.cc and the rules of
// ner/name_repairs.cc that make or end an organisation's name), on tags written out by hand and
// a small hand-made gazetteer (ner_repair_helpers.h), without the trained model.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/name_repairs.h"
#include "ner_repair_helpers.h"
#include "newslens/ner.h"

using newslens::NerTag;
using newslens::testing::Lists;
using newslens::testing::Repair;
using newslens::testing::Split;

TEST_CASE("A name that ends in a body's word goes on over of and its field") {
  CHECK(Repair("The Cedar Hollow R-4 Board of Education voted",
               "O B-PER I-PER I-PER I-PER O B-ORG O") == "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  // Not a company's word, nor a person's name, nor into a name that goes on.
  CHECK(Repair("the Acme Bank of England said", "O B-ORG I-ORG O B-LOC O") ==
        "O B-ORG I-ORG O B-LOC O");
  CHECK(Repair("said Tom Board of Education", "O B-PER I-PER O B-ORG") == "O B-PER I-PER O B-ORG");
  // A first name may open the body's name.
  CHECK(Repair("The Rose Valley Board of Education voted", "O B-PER I-PER I-PER O B-ORG O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  // An organisation of a known place is two names.
  CHECK(Repair("Rose Valley Trust of Australia said", "B-PER I-PER I-PER I-PER I-PER O") ==
        "B-ORG I-ORG I-ORG O B-LOC O");
  // A field the tagger took for a person's name, with no first name in it.
  CHECK(Repair("The Ad Hoc Committee of Kesorian Bondholders said",
               "O B-ORG I-ORG I-ORG O B-PER I-PER O") == "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("the Advisory Council of John Smith said", "O B-ORG I-ORG O B-PER I-PER O") ==
        "O B-ORG I-ORG O B-PER I-PER O");
  // "into" after an inquiry's word; "and" between the field's words.
  CHECK(Repair("the Royal Commission into Aged Care Dignity and Safety , tabled",
               "O B-ORG I-ORG O O O O O O O O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O");
  CHECK(Repair("the Board of Education and the city", "O B-ORG I-ORG I-ORG O O O") ==
        "O B-ORG I-ORG I-ORG O O O");
}

TEST_CASE("An organisation's name cut into pieces around a word left out is one") {
  // (Sentences with more words in small letters than capitalised: their capitals mean names.)
  CHECK(Repair("on that day the Pan-African Election Observation Mission said it was fine",
               "O O O O B-ORG O B-MISC I-MISC O O O O") ==
        "O O O O B-ORG I-ORG I-ORG I-ORG O O O O");
  // Not with a person's name in the run, nor without a word of organisations' names at its end.
  CHECK(Repair("on that day the Harbour Trust Tom Moody Mission said it was fine",
               "O O O O B-ORG I-ORG B-PER I-PER O O O O O") ==
        "O O O O B-ORG I-ORG B-PER I-PER O O O O O");
  CHECK(Repair("on that day the Pan-African Election Observation said it was fine",
               "O O O O B-ORG O B-MISC O O O O") == "O O O O B-ORG O B-MISC O O O O");
  // After the article that opens the sentence too, and past a piece tagged as a person's name
  // that opens with no first name ("[Ledger]PER").
  CHECK(Repair("The Pan-African Election Observation Mission said it was fine on that day",
               "O B-ORG O B-MISC I-MISC O O O O O O O") ==
        "O B-ORG I-ORG I-ORG I-ORG O O O O O O O");
  CHECK(Repair("on that day the Carbon Emission Ledger Watch said it was fine",
               "O O O O B-ORG O B-PER I-PER O O O O") == "O O O O B-ORG I-ORG I-ORG I-ORG O O O O");
  // A body's district ends one too ("District" alone ends places' names).
  CHECK(Repair("on that day the Quillan Springs Groundwater Conservation District voted to cap it",
               "O O O O B-LOC I-LOC O B-MISC I-MISC O O O O") ==
        "O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O");
  CHECK(Repair("on that day the Quillan Springs Groundwater Lake District was fine",
               "O O O O B-LOC I-LOC O B-MISC I-MISC O O") ==
        "O O O O B-LOC I-LOC O B-MISC I-MISC O O");
  // Nor where the last piece goes on past the capitals (tags stay valid BIO).
  CHECK(Repair("on that day the Kenya Election Observation Mission of the region was fine",
               "O O O O B-LOC O B-MISC I-MISC I-MISC I-MISC I-MISC O O") ==
        "O O O O B-LOC O B-MISC I-MISC I-MISC I-MISC I-MISC O O");
}

TEST_CASE("A name after a maker is a company's") {
  CHECK(Repair("with Dutch equipment maker Veltmaar Lithography to supply tools",
               "O B-MISC O O B-PER I-PER O O O") == "O B-MISC O O B-ORG I-ORG O O O");
}

TEST_CASE("Two organisations' names over and are two") {
  CHECK(Repair("Meridian Pictures and Halcyon Bay Entertainment agreed",
               "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O") == "B-ORG I-ORG O B-ORG I-ORG I-ORG O");
  // Not a public body's fields: after "of", or before a body's word.
  CHECK(Repair("the Ministry of Energy and Mineral Resources agreed",
               "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("the Guangdong Post and Telecommunications Administration said",
               "O B-ORG I-ORG I-ORG I-ORG I-ORG O") == "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  // Nor a company's fields before its legal form.
  CHECK(Repair("by Tagumpay Builders and Development Corp. said",
               "O B-ORG I-ORG I-ORG I-ORG I-ORG O") == "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
}

TEST_CASE("A school's, a college's or an academy's name is no place's") {
  CHECK(Repair("at Cedar Hollow High School .", "O B-LOC I-LOC I-LOC I-LOC O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("at Wexmoor College .", "O B-LOC I-LOC O") == "O B-ORG I-ORG O");
  // A hospital may be either, as CoNLL-2003 has it: the tagger decides.
  CHECK(Repair("at Central Clinical Hospital .", "O B-LOC I-LOC I-LOC O") ==
        "O B-LOC I-LOC I-LOC O");
}

TEST_CASE("An organisation's name that ends in No. goes on over the number") {
  CHECK(Repair("president of Union No. 1 , told", "O O B-ORG I-ORG O O O") ==
        "O O B-ORG I-ORG I-ORG O O");
  // Not a number alone after "No.", nor after another kind of name.
  CHECK(Repair("went to No. 1 in", "O O B-ORG O O") == "O O O O O");
  CHECK(Repair("Tom Moody No. 1 in", "B-PER I-PER I-PER O O") == "B-PER I-PER I-PER O O");
}

TEST_CASE("A name that ends in an organisation's word is an organisation") {
  CHECK(Repair("the Taff Flood Relief Trust said", "O B-MISC I-MISC I-MISC I-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("Harbour Trust won", "B-PER I-PER O") == "B-ORG I-ORG O");
  // A first name opens "Kia Motor Corp", a company's name of three words; "&" joins firms' names.
  CHECK(Repair("by Tom Motor Bank of", "O B-PER I-PER I-PER O") == "O B-ORG I-ORG I-ORG O");
  CHECK(Repair("Douglas & Lomason shares", "B-PER I-PER I-PER O") == "B-ORG I-ORG I-ORG O");
  // So is a name in which one is followed by "of" and a capitalised word.
  CHECK(Repair("in the Nordic Bank of Adolescent Health ,",
               "O O B-MISC I-MISC I-MISC I-MISC I-MISC O") ==
        "O O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  // Not when a first name starts it.
  CHECK(Repair("Tom Bank said", "B-PER I-PER O") == "B-PER I-PER O");
  // A place's name never ends in a company's word; "Bank" may end one ("the West Bank").
  CHECK(Repair("Corvina Health Technologies said", "B-LOC I-LOC I-LOC O") == "B-ORG I-ORG I-ORG O");
  CHECK(Repair("in the West Bank", "O O B-LOC I-LOC") == "O O B-LOC I-LOC");
  CHECK(Repair("at Lowmere District Council", "O B-LOC I-LOC I-LOC") == "O B-ORG I-ORG I-ORG");
  // Companies' words (lexicon/org-words.txt).
  CHECK(Repair("Korrin Microsystems said", "B-PER I-PER O") == "B-ORG I-ORG O");
  CHECK(Repair("Veltrona Semiconductor said", "B-PER I-PER O") == "B-ORG I-ORG O");
}

TEST_CASE("A body's name joins two fields with and") {
  CHECK(Repair("the Ministry of Energy and Water said", "O O O B-ORG O B-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("the Department of Housing and Urban Development",
               "O B-ORG I-ORG I-ORG O B-ORG I-ORG") == "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG");
  // "the" may open the first field; then not before a name of its own after "and": one word the
  // tagger read as a name, or one an organisation's word ends.
  CHECK(Repair("the Ministry of the Environment and Climate Resilience said",
               "O O O O B-ORG O B-MISC I-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("The Ministry of the Interior and Interpol said",
               "O B-ORG I-ORG I-ORG I-ORG O B-ORG O") == "O B-ORG I-ORG I-ORG I-ORG O B-ORG O");
  CHECK(Repair("the University of the West Indies and Caribbean Development Bank said",
               "O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O");
  // Fields before a public body's word, without "of"; not before a company's ("Apple and
  // Samsung Electronics" are two).
  CHECK(Repair("the Estuary Fire and Rescue Service said", "O B-LOC I-LOC O B-ORG I-ORG O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("by Apple and Samsung Electronics", "O B-ORG O B-ORG I-ORG") ==
        "O B-ORG O B-ORG I-ORG");
  // Not over a person, a title or a place after "and".
  CHECK(Repair("the Ministry of Energy and Ann Lee", "O B-ORG I-ORG I-ORG O B-PER I-PER") ==
        "O B-ORG I-ORG I-ORG O B-PER I-PER");
  CHECK(Repair("the Ministry of Energy and Australia", "O B-ORG I-ORG I-ORG O B-LOC") ==
        "O B-ORG I-ORG I-ORG O B-LOC");
  // A second field the tagger took for a person's name of two words, no first name in it.
  CHECK(Repair("the Ministry of Forests and Rural Lands said",
               "O B-ORG I-ORG I-ORG O B-PER I-PER O") == "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("the Ministry of Energy and Lee said", "O B-ORG I-ORG I-ORG O B-PER O") ==
        "O B-ORG I-ORG I-ORG O B-PER O");
}

TEST_CASE("A plural's possessive before an organisation's word opens its name") {
  CHECK(Repair("The Corbel Fans \u2019 Trust said", "O B-ORG I-ORG O O O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
  // Whatever one-word name the tagger made of the organisation's word.
  CHECK(Repair("The Harwick Supporters \u2019 Trust said", "O B-ORG I-ORG O B-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
  // Not a person's possessive ("Jones' trust").
  CHECK(Repair("Tom Jones ' Trust", "B-PER I-PER O O") == "B-PER I-PER O O");
  // An irregular plural's "’s" and the capitalized words before it, left out.
  CHECK(Repair("the center-right Civic People \u2019s Party ( CPP )",
               "O O O O O B-MISC O B-ORG O") == "O O B-ORG I-ORG I-ORG I-ORG O B-ORG O");
  CHECK(Repair("at Royal Children 's Hospital", "O O O O B-ORG") == "O B-ORG I-ORG I-ORG I-ORG");
  CHECK(Repair("the Civic People 's Party said", "O O B-ORG O B-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
  // Not a possessive that no organisation's word follows ("the People's choice").
  CHECK(Repair("it was the People 's choice", "O O O O O O") == "O O O O O O");
}

TEST_CASE("An eatery's name is its owner's possessive and its kind") {
  CHECK(Repair("a cook at Halvorsen \u2019s Diner on Route 12", "O O O B-LOC O B-LOC O O O") ==
        "O O O B-ORG I-ORG I-ORG O O O");
  // Not a possessive before another word ("Halvorsen's diner" in small letters, "Trump's Tower").
  CHECK(Repair("at Halvorsen 's diner", "O B-PER O O") == "O B-PER O O");
}

TEST_CASE("A committee's name goes on over on and its fields") {
  CHECK(Repair("the Senate Committee on Consumer Data and Technology said",
               "O B-ORG I-ORG O B-ORG I-ORG O B-MISC O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
  // "on" after another organisation's word is no field's ("Apple on Monday and Tuesday").
  CHECK(Repair("Apple Inc on Monday and Tuesday", "B-ORG I-ORG O O O O") == "B-ORG I-ORG O O O O");
}

TEST_CASE("A plural organisations' word ends no person's name") {
  CHECK(Repair("and the New Dawn Brigades have", "O O O B-PER I-PER O") == "O O O B-ORG I-ORG O");
}

TEST_CASE("An organisation's name goes on over of the and its words") {
  CHECK(Repair("head of the Committee of Families of the Detained and Missing , said",
               "O O O B-ORG I-ORG I-ORG O O O O O O O") ==
        "O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O");
  // Not over a known place, nor from a name without a word of organisations' names.
  CHECK(Repair("the Senate of the United States said", "O B-ORG O O B-LOC I-LOC O") ==
        "O B-ORG O O B-LOC I-LOC O");
  CHECK(Repair("the Tomas Smith of the Grand Hotel said", "O B-PER I-PER O O O O O") ==
        "O B-PER I-PER O O O O O");
}

TEST_CASE("A site's name is an organisation's") {
  CHECK(Repair("told Amazon.com that", "O O O") == "O B-ORG O");
  CHECK(Repair("told Mr.Lee that", "O O O") == "O O O");
  // Not an abbreviation's full stops.
  CHECK(Repair("the U.S. team", "O O O") == "O O O");
}

TEST_CASE("An article is no part of an organisation's name") {
  CHECK(Repair("The Valley Liberation Front said", "B-ORG I-ORG I-ORG I-ORG O") ==
        "O B-ORG I-ORG I-ORG O");
  // A place's and a work's keep theirs.
  CHECK(Repair("at The Oval", "O B-LOC I-LOC") == "O B-LOC I-LOC");
}

TEST_CASE("Capitalised words before an organisation's word, left untagged, are an organisation") {
  CHECK(Repair("from the nonpartisan Congressional Budget Office , which", "O O O O O O O O") ==
        "O O O B-ORG I-ORG I-ORG O O");
  // Not at the start of a sentence, nor where most words are capitalised (a headline), nor one
  // word alone, nor over a name the tagger found.
  CHECK(Repair("Budget Office staff said", "O O O O") == "O O O O");
  CHECK(Repair("the Budget Office Staff Said", "O O O O O") == "O O O O O");
  CHECK(Repair("the Office said", "O O O") == "O O O");
  CHECK(Repair("for the Harbour Trust Omar", "O O O O B-PER") == "O O O O B-PER");
  // Also before a person's name that opens with a first name: two names.
  CHECK(Repair("chairman of the Harbour Trust Omar Haddad said", "O O O O O B-PER I-PER O") ==
        "O O O B-ORG I-ORG B-PER I-PER O");
}

TEST_CASE("A name after a kind of organisation and a word that qualifies it is an organisation") {
  CHECK(Repair("Yugoslav news agency Tanjug said", "B-MISC O O B-PER O") == "B-MISC O O B-ORG O");
  CHECK(Repair("mineral water firm Multico Group", "O O O B-LOC I-LOC") == "O O O B-ORG I-ORG");
  CHECK(Repair("the news site Coastline Daily reported", "O O O O O O") ==
        "O O O B-ORG I-ORG O");  // left untagged
  // Left out, and a word after it taken for a name of its own; not a first name, nor a name of
  // two words.
  CHECK(Repair("the rail union Rail Solidaire said", "O O O O B-PER O") == "O O O B-ORG I-ORG O");
  CHECK(Repair("the rail union Rail Tom said", "O O O O B-PER O") == "O O O B-ORG B-PER O");
  CHECK(Repair("the rail union Rail Solidaire Smith said", "O O O O B-PER I-PER O") ==
        "O O O B-ORG B-PER I-PER O");
  {
    // The name's key is kept for the rest of the document (HarmonizeTypes).
    const std::vector<std::string_view> tokens = Split("Yugoslav news agency Tanjug said");
    std::vector<NerTag> tags = {NerTag::kBMisc, NerTag::kO, NerTag::kO, NerTag::kBPer, NerTag::kO};
    newslens::ner::RepairScratch scratch;
    newslens::ner::RepairNames(Lists(), tokens, tags, /*headline=*/false, {}, {}, &scratch);
    CHECK(scratch.organisations == std::vector<std::uint64_t>{newslens::ner::NameKey(
                                       std::vector<std::string_view>{"Tanjug"})});
  }
  // Not after a determiner (a relative clause may follow), nor a person's full name or a place.
  CHECK(Repair("the club Smith joined", "O O B-PER O") == "O O B-PER O");
  CHECK(Repair("news agency Ann Lee", "O O B-PER I-PER") == "O O B-PER I-PER");
  CHECK(Repair("news agency New York", "O O B-LOC I-LOC") == "O O B-LOC I-LOC");
  // Nor after a carrier, which is a ship too.
  CHECK(Repair("the aircraft carrier Enterprise was", "O O O B-MISC O") == "O O O B-MISC O");
  // The kind and the words before it taken into one name: the name after the kind is the
  // organisation's, the kind and words in small letters no name's, the words before keep theirs
  // (round 27 of the blind articles).
  CHECK(Repair("German carmaker Vossberg says", "B-MISC I-MISC I-MISC O") == "B-MISC O B-ORG O");
  CHECK(Repair("German luxury carmaker Vossberg Motors said",
               "B-MISC I-MISC I-MISC I-MISC I-MISC O") == "B-MISC O O B-ORG I-ORG O");
  // (Not a known place after the kind, as outside a name.)
  CHECK(Repair("Swiss firm New York", "B-MISC I-MISC I-MISC I-MISC") ==
        "B-MISC I-MISC I-MISC I-MISC");
}

TEST_CASE("A body's word, of and capitalized words left untagged are an organisation") {
  CHECK(Repair("said the Office of Commercial Lending Supervision , which", "O O O O O O O O O") ==
        "O O B-ORG I-ORG I-ORG I-ORG I-ORG O O");
  CHECK(Repair("by the Bureau of Land Management on", "O O O O O O O") ==
        "O O B-ORG I-ORG I-ORG I-ORG O");
  // Not a word of no body's name ("the Battle of Hastings"), nor one the capitals run past.
  CHECK(Repair("after the Battle of Hastings in", "O O O O O O") == "O O O O O O");
  // A name the tagger read after "of", no first name opening it (a person's only after a public
  // body's word).
  CHECK(Repair("said the Bureau of Arkonisos on", "O O O O B-PER O") == "O O B-ORG I-ORG I-ORG O");
  CHECK(Repair("said the Bureau of Ann Lee on", "O O O O B-PER I-PER O") ==
        "O O O O B-PER I-PER O");
  CHECK(Repair("said the Trust of Arkonisos on", "O O O O B-PER O") == "O O O O B-PER O");
}

// What the repairs of organisations' names must leave alone: a sentence that ends without a full
// stop after "of the" (within the sentence's tokens), a body that met on a country, a city's
// event and a country's prize.
TEST_CASE("Organisations' repairs at a sentence's end, before a place, after a place") {
  CHECK(Repair("He joined the Committee of Families of the Disappeared",
               "O O O B-ORG I-ORG I-ORG O O O") == "O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG");
  CHECK(Repair("a resolution at the Security Council on Australia .",
               "O O O O B-ORG I-ORG O B-LOC O") == "O O O O B-ORG I-ORG O B-LOC O");
  CHECK(Repair("Australia 's Restaurant Week begins", "B-LOC O O O O") == "B-LOC O O O O");
  CHECK(Repair("was named Australia 's Pub of the Year", "O O B-LOC O O O O O") ==
        "O O B-LOC O O O O O");
}

TEST_CASE("A known place's possessive opens no organisation's name; a company's does") {
  CHECK(Repair("talks with Australia \u2019s Corvanta Air Group are advanced",
               "O O B-ORG I-ORG I-ORG I-ORG I-ORG O O") == "O O B-LOC O B-ORG I-ORG I-ORG O O");
  CHECK(Repair("McDonald 's Corp. said sales rose", "B-ORG O B-LOC O O O") ==
        "B-ORG I-ORG I-ORG O O O");
  // A name's own possessive stays ("People's Party" is no place).
  CHECK(Repair("the Civic People 's Party said", "O B-ORG I-ORG I-ORG I-ORG O") ==
        "O B-ORG I-ORG I-ORG I-ORG O");
}

TEST_CASE("A run of capitals the tagger cut into two names, an organisation's word ending it") {
  CHECK(Repair("challenged by the Calder Voting Rights Alliance , which sued",
               "O O O B-PER I-PER B-ORG I-ORG O O O") == "O O O B-ORG I-ORG I-ORG I-ORG O O O");
  // Not a person with a first name after the first piece.
  CHECK(Repair("the Harbour Trust Omar Haddad said", "O B-ORG I-ORG B-PER I-PER O") ==
        "O B-ORG I-ORG B-PER I-PER O");
}

// organisation_names.cc JoinOrganisationsOverParticles() (round 27 of the blind articles).
TEST_CASE("A word that opens organisations' names joins them over de, do, della") {
  CHECK(Repair("the Banco de España said", "O B-ORG O B-ORG O") == "O B-ORG I-ORG I-ORG O");
  CHECK(Repair("Banco do Brasil said", "B-PER O B-PER O") == "B-ORG I-ORG I-ORG O");
  CHECK(Repair("The Banco Emisor de la República said", "O B-ORG I-ORG O O B-LOC O") ==
        "O B-ORG I-ORG I-ORG I-ORG I-ORG O");
  CHECK(Repair("the Banque de France said", "O B-LOC I-LOC I-LOC O") == "O B-ORG I-ORG I-ORG O");
  // Not without a capitalised word after the particle, nor a word that opens no organisation's
  // name, nor a name that goes on past the words.
  CHECK(Repair("Banco de facto rules", "B-ORG O O O") == "B-ORG O O O");
  CHECK(Repair("Leonardo da Vinci painted", "B-PER I-PER I-PER O") == "B-PER I-PER I-PER O");
  CHECK(Repair("Vicente del Bosque said", "B-PER I-PER I-PER O") == "B-PER I-PER I-PER O");
}
