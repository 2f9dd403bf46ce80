// Noun phrases (internal header): the phrases that can name a speaker, found left or right of
// a token, and their heads ("a White House spokesman" -> "spokesman", "Russian President
// Vladimir Putin" -> the mention "Vladimir Putin").
#ifndef NEWSLENS_QUOTES_NOUN_PHRASES_H_
#define NEWSLENS_QUOTES_NOUN_PHRASES_H_

#include <cstdint>

#include "quotes/quote_text.h"

namespace newslens::quotes {

// Tokens [first, end); `head` is the part the attribution rests on (a name, a pronoun, a noun).
struct Phrase {
  std::uint32_t first = 0, end = 0;
  std::uint32_t head_first = 0, head_end = 0;
  // For a relative pronoun ("..., who said"): the phrase it stands for, which names the speaker.
  std::uint32_t antecedent_first = 0, antecedent_end = 0;

  bool empty() const { return end <= first; }
};

// A token that can be part of a noun phrase.
bool InNounPhrase(const QuoteText& q, std::uint32_t t);

// Sets the head of a phrase: the entity mention that names it (the last person, else the
// last), else a pronoun, else the last run of capitalized words, else its first noun after
// determiners.
void SetHead(const QuoteText& q, Phrase* p);

// True when the word at `t` (before `limit`) is a verb with an object or a particle after it: a
// word in small letters of no closed class before an article or a possessive in small letters
// ("rips the agreement", "includes a postscript") or, with `particles`, before "back" or "out"
// ("shot back"). No noun of a phrase stands there.
bool VerbBeforeObject(const QuoteText& q, std::uint32_t t, std::uint32_t limit, bool particles);

// The "(" of a short parenthesis (a party and state, an age: "(D-Nev.)", "(R-Iowa)") that ends
// just before `end`, no further back than `limit`; kNone when `end - 1` is no ")" or no "(" is
// near enough.
std::uint32_t ShortParenthesisOpen(const QuoteText& q, std::uint32_t end, std::uint32_t limit);

// The noun phrase that ends just before `end`, not reaching before `limit`.
Phrase NounPhraseLeft(const QuoteText& q, std::uint32_t end, std::uint32_t limit);

// The noun phrase that starts at `start`, not reaching `limit`.
Phrase NounPhraseRight(const QuoteText& q, std::uint32_t start, std::uint32_t limit);

// The person's name in apposition after the description that ends at the comma `comma`:
// "the board's chairman, Sir Geoffrey Lamb, wrote" -> "Sir Geoffrey Lamb" (a description
// says who the person is; the name says which person speaks). Titles and honorifics may stand
// before the name; the name must end the appositive (at a comma, a full stop or `limit`).
// Empty when no person's name follows.
Phrase AppositiveName(const QuoteText& q, std::uint32_t comma, std::uint32_t limit);

// A minister's fields listed with commas from `first`, then the title and a person's name:
// "Economy, Trade and Industry Minister Reiko Sanogawa welcomed ..." -> the phrase up to the
// name's end, the name its head (the list's first comma ends a noun phrase there). Empty when
// `first` opens no such list or no person's name follows before `limit`.
Phrase FieldsTitleAndName(const QuoteText& q, std::uint32_t first, std::uint32_t limit);

// True when a modifier that narrows a noun down starts at `t`: a participle or adjective in
// small letters before a preposition ("released by", "familiar with", "close to").
bool StartsPostModifier(const QuoteText& q, std::uint32_t t);

// True when the phrase describes someone rather than naming them: it ends in a word in small
// letters ("the board's chairman", "his top aide").
bool Describes(const QuoteText& q, const Phrase& p);

// A speaker phrase followed by what narrows it down: a preposition and its object, after a
// participle or adjective or not: "a person familiar with the plans", "a summary released by
// the mayor's office", "officials in Washington". At most two such phrases; a time ("on
// Monday"), a number or a clause ("who ...") is not one.
void ExtendByModifiers(const QuoteText& q, Phrase* p, std::uint32_t limit);

// A speaker phrase worth the name: it holds a word other than determiners and "of".
bool Plausible(const QuoteText& q, const Phrase& p);

}  // namespace newslens::quotes

#endif  // NEWSLENS_QUOTES_NOUN_PHRASES_H_
