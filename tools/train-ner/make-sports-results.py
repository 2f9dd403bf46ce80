#!/usr/bin/env python3
"""Writes synthetic sports-results documents in CoNLL format, for training the NER tagger.

    python3 tools/train-ner/make-sports-results.py core/ner/gazetteer.tsv --seed 1 > sports.conll

Why: news agencies publish results, standings and scorer lines in which a club is named after its
town ("Leeds 2 Southampton 0"). By the CoNLL-2003 conventions the tagger follows, such a club is an
organisation (ORG), a national team stays a place (LOC), a competition is MISC. None of the
permissively licensed training corpora has text of this kind, so this script writes some, from
templates of the usual wire formats filled with names from the tagger's own gazetteer (towns,
regions, countries, first and last names). The output is deterministic for a given gazetteer and
seed. It is written to the build tree at training time; it is not committed.

Standard library only.
"""
import argparse
import random
import sys

NICKNAMES = ["Tigers", "Eagles", "Bears", "Lions", "Giants", "Rangers", "Kings", "Stars",
             "Hawks", "Wolves", "Rovers", "Saints", "Royals", "Pirates", "Sharks", "Falcons",
             "Bulls", "Knights", "Warriors", "Chiefs", "Panthers", "Dragons", "Comets"]
CLUB_FORMS = ["{t}", "{t}", "{t}", "{t}", "{t} United", "{t} City", "{t} Rovers", "{t} Athletic",
              "{t} Wanderers", "Real {t}", "Dynamo {t}", "Sporting {t}", "{t} Town", "FC {t}"]
COMPETITIONS = ["World Cup", "European Cup", "Cup Winners ' Cup", "UEFA Cup", "Olympic Games",
                "Grand Prix", "World Championships", "Davis Cup", "Champions League", "Super League"]
SPORTS = ["SOCCER", "CRICKET", "RUGBY", "BASEBALL", "TENNIS", "ATHLETICS", "HOCKEY", "BASKETBALL",
          "CYCLING", "GOLF"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def read_gazetteer(path):
    lists = {}
    category = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                category = line[1:-1]
                lists.setdefault(category, [])
                continue
            lists[category].append(line)
    return lists


def ascii_word(entry):
    """Simple capitalised names of one or two plain words, as wire copy spells them."""
    words = entry.split(" ")
    return len(words) <= 2 and all(w[:1].isupper() and w.isalpha() and w.isascii() for w in words)


class Writer:
    def __init__(self):
        self.lines = []
        self.sentence = []

    def add(self, text, tag="O"):
        """Adds the tokens of `text`; a tag other than O covers them all as one name."""
        for i, token in enumerate(text.split(" ")):
            t = tag if tag == "O" else ("B-" if i == 0 else "I-") + tag
            self.sentence.append((token, t))

    def end(self, upper=False):
        for token, tag in self.sentence:
            self.lines.append(f"{token.upper() if upper else token}\t{tag}")
        self.lines.append("")
        self.sentence = []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gazetteer")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--documents", type=int, default=200)
    a = ap.parse_args()
    g = read_gazetteer(a.gazetteer)
    rng = random.Random(a.seed)
    towns = sorted({e for e in g["city"] + g["region"] if ascii_word(e)})
    countries = sorted({e for e in g["country"] if ascii_word(e)})
    firsts = sorted({e for e in g["first"] if ascii_word(e) and " " not in e})
    lasts = sorted({e for e in g["last"] if ascii_word(e) and " " not in e})

    def person(initial=False):
        first = rng.choice(firsts)
        return (first[0] + "." if initial else first) + " " + rng.choice(lasts)

    def club():
        return rng.choice(CLUB_FORMS).format(t=rng.choice(towns))

    def us_team():
        return rng.choice(towns) + ("" if rng.random() < 0.6 else " " + rng.choice(NICKNAMES))

    def score():
        return str(rng.randint(0, 5))

    w = Writer()
    for _ in range(a.documents):
        w.lines.append("-DOCSTART-\tO")
        w.lines.append("")
        kind = rng.choice(["soccer", "soccer", "us", "individual", "national"])
        upper_tables = kind == "us" or rng.random() < 0.3
        teams = [us_team() if kind == "us" else club() for _ in range(rng.randint(4, 10))]
        # Headline, in capitals as the wires send them.
        w.add(rng.choice(SPORTS))
        w.add("-")
        if kind == "national":
            c1, c2 = rng.sample(countries, 2)
            w.add(c1, "LOC"), w.add(rng.choice(["BEAT", "HOLD", "DRAW WITH", "LOSE TO"]))
            w.add(c2, "LOC")
        elif kind == "individual":
            w.add(rng.choice(lasts), "PER"), w.add(rng.choice(["WINS", "TAKES", "RETAINS"]))
            w.add(rng.choice(COMPETITIONS), "MISC")
        else:
            w.add(rng.choice(["RESULTS", "STANDINGS", "RESULTS AND STANDINGS", "SCORES"]))
        w.end(upper=True)
        # Dateline.
        w.add(rng.choice(towns).upper(), "LOC")
        w.add(f"199{rng.randint(0, 9)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}")
        w.end()
        for _ in range(rng.randint(4, 14)):
            form = rng.random()
            if kind in ("soccer", "us") and form < 0.45:
                t1, t2 = rng.sample(teams, 2)
                w.add(t1, "ORG"), w.add(score())
                if rng.random() < 0.3:
                    w.add("("), w.add(rng.choice(lasts), "PER"), w.add(str(rng.randint(1, 90))), w.add(")")
                w.add(t2, "ORG"), w.add(score())
                w.end(upper=upper_tables)
            elif kind in ("soccer", "us") and form < 0.7:
                w.add(rng.choice(teams), "ORG")
                for _ in range(rng.randint(3, 7)):
                    w.add(str(rng.randint(0, 40)))
                w.end(upper=upper_tables)
            elif kind == "us" and form < 0.85:
                t1, t2 = rng.sample(teams, 2)
                w.add(t1, "ORG"), w.add("at"), w.add(t2, "ORG")
                w.end(upper=True)
            elif kind in ("individual", "national") and form < 0.6:
                w.add(f"{rng.randint(1, 10)}.")
                w.add(person(initial=rng.random() < 0.3), "PER")
                w.add("("), w.add(rng.choice(countries), "LOC"), w.add(")")
                w.add(rng.choice([f"{rng.randint(1, 59)}:{rng.randint(10, 59)}.{rng.randint(10, 99)}",
                                  f"{rng.randint(9, 70)}.{rng.randint(10, 99)}",
                                  f"{rng.randint(60, 80)} {rng.randint(60, 80)}"]))
                w.end()
            else:
                if kind == "national":
                    t1, t2 = rng.sample(countries, 2)
                    tag = "LOC"
                else:
                    t1, t2 = rng.sample(teams, 2)
                    tag = "ORG"
                n, m = sorted([rng.randint(0, 5), rng.randint(0, 5)], reverse=True)
                choice = rng.random()
                if choice < 0.4:
                    w.add(t1, tag), w.add(rng.choice(["beat", "defeated", "crushed"]))
                    w.add(t2, tag), w.add(f"{n}-{m}"), w.add("on"), w.add(rng.choice(WEEKDAYS))
                elif choice < 0.7:
                    w.add(person(), "PER"), w.add("scored"), w.add(rng.choice(["twice", "the winner"]))
                    w.add("as"), w.add(t1, tag), w.add("beat"), w.add(t2, tag)
                else:
                    w.add(t1, tag), w.add("drew"), w.add(f"{m}-{m}"), w.add("with"), w.add(t2, tag)
                    w.add("in"), w.add("their"), w.add(rng.choice(COMPETITIONS), "MISC")
                    w.add(rng.choice(["match", "qualifier", "tie"]))
                w.add(".")
                w.end()
    sys.stdout.write("\n".join(w.lines) + "\n")


if __name__ == "__main__":
    main()
