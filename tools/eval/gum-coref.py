#!/usr/bin/env python3
"""How well newslens resolves pronouns and definite descriptions to named entities, measured on the
coreference chains of GUM (../shared/data/syntax/gum/*.conllu, 77 documents).

    python3 tools/eval/gum-coref.py [--shared ../shared] [--cli build/native/newslens] [--verbose] [--json]

Each document's plain text is rebuilt from its `# text =` lines (sentences of a paragraph joined by
one space, paragraphs by a blank line), every token is mapped to its UTF-8 byte span in that text,
and the texts go through `newslens analyze --format jsonl --plain` in one run.

Gold items are mentions whose chain holds an earlier named mention (one that ends before the item
starts). A mention is named when its syntactic head (the token whose HEAD lies outside the mention)
is a PROPN, and its name is the run of PROPN tokens around that head: "Hong Kong" is named, "the Hong
Kong legislative election" is not though it holds a PROPN, and "a Fellow of the Royal Society" is
named "Fellow" (so a Royal Society entity cannot pass for it). Items:
- pronoun: a one-token mention that is a third-person personal, possessive or relative pronoun
  (he/she forms, it/they forms, who/whom/whose/which, counted apart);
- description: a mention of two tokens or more opening with the determiner the/this/that/these/those
  and holding no PROPN ("the city", "the company's"). Those GUM links to the chain as an apposition
  or a predicate ("Whitman, the first great American poet") are not anaphora: counted apart as
  appos/pred, left out of the summary.
An item is resolved when a newslens mention of a kind other than "name" overlaps the pronoun, or the
head token of the description (the most overlapping, then the shortest, if several); it is correct
when that mention's entity has a name mention overlapping the name of a named mention of the gold
chain. Precision = correct/resolved, recall = correct/items. "antecedent found" counts the items
whose chain has a named mention that some newslens name mention overlaps: a ceiling on recall set by
entity detection. Prints a line per group and a last summary line; --json prints the figures as
JSON; --verbose lists every item (OK, WRONG: resolved to another entity, MISS: not resolved).

Caveats: GUM is also in the NER tagger's training data (../shared/data/ner/train/gum.conll), so
entity detection on these documents is optimistic. Only 5 of the 77 documents are news; the rest are
academic, biographical, court, interview and travel texts, whose conventions (first and second
person, headings, speaker turns) are not what newslens is tuned for. GUM makes a relative pronoun
part of its antecedent's mention, not a mention of its own, so the relative group is empty on this
data (kept for corpora that mark them). A coordination headed by a name ("Ubisoft, Microsoft, and
PlayStation VR") counts as a named mention of the group. Headings stay in the text as their own
paragraphs; multiword tokens ("He's") get a span per part when the parts spell the surface form.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GROUPS = {"he/she": {"he", "him", "his", "himself", "she", "her", "hers", "herself"},
          "it/they": {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"},
          "relative": {"who", "whom", "whose", "which"}}
DETERMINERS = {"the", "this", "that", "these", "those"}
# One step of an Entity= value: "(ID-attributes" opens a mention, a ")" right after the attributes
# makes it a one-token mention, "ID)" closes the innermost open mention of ID.
ENTITY_STEP = re.compile(r"\((\w+)([^()]*)(\))?|(\w+)\)")

Token = collections.namedtuple("Token", "form upos head start end")  # head: document index or -1
# name: the byte span of the run of PROPN tokens around a named mention's head, else None.
Mention = collections.namedtuple("Mention", "chain first last start end text link name")


def read_doc(path, warn):
    """One CoNLL-U document -> (text, tokens, mentions); spans are UTF-8 byte offsets into text."""
    pieces, size = [], 0          # the text built so far and its length in bytes
    tokens, mentions, open_ = [], [], collections.defaultdict(list)
    new_par, sent_text, rows = True, None, []

    def add_sentence():
        nonlocal size, new_par, sent_text
        if sent_text is None:
            warn(f"{os.path.basename(path)}: a sentence without '# text =' (forms joined by spaces)")
            sent_text = " ".join(r[1] for r in rows if "." not in r[0] and "-" not in r[0])
        sep = "" if not pieces else "\n\n" if new_par else " "
        pieces.append(sep + sent_text)
        base = size + len(sep.encode())
        size, new_par = base + len(sent_text.encode()), False
        local, pos, mwt = {}, 0, {}   # local id -> document index; search position; sub-word spans
        first_token = len(tokens)
        byte_at = lambda c: base + len(sent_text[:c].encode())

        def find(form):
            nonlocal pos
            i = sent_text.find(form, pos)
            if i < 0:
                warn(f"{os.path.basename(path)}: {form!r} not found in {sent_text!r}")
                return pos, pos
            pos = i + len(form)
            return i, pos
        for cols in rows:             # empty nodes ("8.1") are not in the text: skipped
            if "-" in cols[0]:
                a, b = map(int, cols[0].split("-"))
                i, j = find(cols[1])
                subs = [r[1] for r in rows if r[0].isdigit() and a <= int(r[0]) <= b]
                if "".join(subs) == cols[1]:   # "He's" = "He" + "'s": each sub-word its own span
                    for k, s in zip(range(a, b + 1), subs):
                        mwt[k], i = (i, i + len(s)), i + len(s)
                else:                          # "cannot" = "can" + "not"? share the surface span
                    mwt.update({k: (i, j) for k in range(a, b + 1)})
            elif cols[0].isdigit():
                local[cols[0]] = len(tokens)
                i, j = mwt[int(cols[0])] if int(cols[0]) in mwt else find(cols[1])
                tokens.append([cols[1], cols[3], cols[6], byte_at(i), byte_at(j), cols[9]])
        for t in tokens[first_token:]:  # HEAD to a document index, -1 for the root
            t[2] = local.get(t[2], -1)
        rows.clear()
        sent_text = None

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if re.match(r"# newpar(\s|$)", line):
            new_par = True
        elif line.startswith("# text = "):
            sent_text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            add_sentence()
    if rows:
        add_sentence()
    text = "".join(pieces)
    data = text.encode()

    def mention(chain, first, attrs, last):
        span = range(first, last + 1)
        head = next((k for k in span if tokens[k][2] not in span), first)
        name = None
        if tokens[head][1] == "PROPN":   # "a Fellow of the Royal Society": the name is "Fellow"
            a = b = head                 # "al-Hajj", "Jeff [Drake]": punctuation inside a name
            while a > first and tokens[a - 1][1] in ("PROPN", "PUNCT"):
                a -= 1
            while b < last and tokens[b + 1][1] in ("PROPN", "PUNCT"):
                b += 1
            while tokens[a][1] == "PUNCT":
                a += 1
            while tokens[b][1] == "PUNCT":
                b -= 1
            name = (tokens[a][3], tokens[b][4])
        fields = attrs.split("-")       # "-etype-infstat-salience-centering-minspan-link-identity"
        st, en = tokens[first][3], tokens[last][4]
        return Mention(chain, first, last, st, en, data[st:en].decode(),
                       fields[6] if len(fields) > 6 else "", name)
    for k, t in enumerate(tokens):
        ent = next((f[7:] for f in t[5].split("|") if f.startswith("Entity=")), "")
        for m in ENTITY_STEP.finditer(ent):
            chain, attrs, single, closing = m.groups()
            if single:
                mentions.append(mention(chain, k, attrs, k))
            elif chain:
                open_[chain].append((k, attrs))
            elif open_[closing]:
                mentions.append(mention(closing, *open_[closing].pop(), k))
            else:
                warn(f"{os.path.basename(path)}: closing {closing}) with no open mention")
    for chain, starts in open_.items():
        if starts:
            warn(f"{os.path.basename(path)}: mention of {chain} never closed")
    tokens = [Token(*t[:5]) for t in tokens]
    return text, tokens, sorted(mentions, key=lambda m: (m.first, -m.last))


def gold_items(tokens, mentions):
    """(group, item mention, target byte span, earlier named mentions, all named mentions of its chain)."""
    named = collections.defaultdict(list)
    for m in mentions:
        if m.name:
            named[m.chain].append(m)
    for m in mentions:
        earlier = [n for n in named[m.chain] if n.last < m.first]
        if not earlier:
            continue
        first = tokens[m.first]
        if m.first == m.last:
            group = next((g for g, forms in GROUPS.items() if first.form.lower() in forms), None)
            if group:
                yield group, m, (m.start, m.end), earlier, named[m.chain]
        elif first.form.lower() in DETERMINERS and first.upos == "DET" and \
                all(t.upos != "PROPN" for t in tokens[m.first:m.last + 1]):
            span = range(m.first, m.last + 1)
            head = tokens[next((k for k in span if tokens[k].head not in span), m.last)]
            # GUM links an apposition ("Chao, the professor") or a predicate ("Chao was the
            # professor") to its neighbour: not anaphora, so counted apart.
            group = "appos/pred" if m.link in ("appos", "pred") else "description"
            yield group, m, (head.start, head.end), earlier, named[m.chain]


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def resolve(entities, target):
    """The entity of the non-name newslens mention that overlaps target most (then the shortest)."""
    best = None
    for e in entities:
        for m in e.get("mentions", []):
            if m.get("kind") != "name" and overlaps(m["start"], m["end"], *target):
                ov = min(m["end"], target[1]) - max(m["start"], target[0])
                key = (-ov, m["end"] - m["start"])
                if best is None or key < best[0]:
                    best = (key, e)
    return best[1] if best else None


def names_any(entity, gold_named):
    return any(m.get("kind") == "name" and overlaps(m["start"], m["end"], *g.name)
               for m in entity.get("mentions", []) for g in gold_named)


def run_cli(cli, texts):
    """{docname: analysis} from one run of `newslens analyze --format jsonl` over all texts."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, text in texts.items():
            paths.append(os.path.join(tmp, name + ".txt"))
            with open(paths[-1], "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        out = subprocess.run([cli, "analyze", "--format", "jsonl", "--plain"] + paths,
                             capture_output=True, text=True, encoding="utf-8")
        if out.returncode != 0:
            sys.exit(f"gum-coref: {cli} failed ({out.returncode}): {out.stderr.strip()[:500]}")
    docs = (json.loads(line) for line in out.stdout.splitlines() if line.strip())
    return {os.path.splitext(os.path.basename(d["file"]))[0]: d for d in docs}


def figures(c):
    f = {k: c[k] for k in ("items", "resolved", "correct", "antecedent_found")}
    f["precision"] = round(c["correct"] / c["resolved"], 3) if c["resolved"] else 0.0
    f["recall"] = round(c["correct"] / c["items"], 3) if c["items"] else 0.0
    return f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "native", "newslens"))
    ap.add_argument("--verbose", action="store_true", help="print every item")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(a.shared, "data", "syntax", "gum", "*.conllu")))
    if not paths:
        sys.exit(f"gum-coref: no GUM documents under {a.shared}/data/syntax/gum")
    if not os.access(a.cli, os.X_OK):
        sys.exit(f"gum-coref: no CLI at {a.cli} (build it first)")
    warn = lambda msg: print("warning:", msg, file=sys.stderr)
    gold = {os.path.splitext(os.path.basename(p))[0]: read_doc(p, warn) for p in paths}
    preds = run_cli(a.cli, {name: g[0] for name, g in gold.items()})

    counts = collections.defaultdict(collections.Counter)
    for name, (text, tokens, mentions) in gold.items():
        entities = preds.get(name, {}).get("entities", [])
        if name not in preds:
            warn(f"no analysis for {name}")
        for group, item, target, earlier, named in gold_items(tokens, mentions):
            entity = resolve(entities, target)
            ok = entity is not None and names_any(entity, named)
            found = any(names_any(e, named) for e in entities)
            for g in [group, "pronouns"] if group in GROUPS else [group]:
                counts[g].update(items=1, resolved=entity is not None, correct=ok, antecedent_found=found)
            if a.verbose and not a.json:
                verdict = "OK" if ok else "WRONG" if entity else "MISS"
                antecedents = " | ".join(dict.fromkeys(m.text for m in earlier))
                got = f"{entity.get('name')} ({entity.get('type')})" if entity else "-"
                print(f"{verdict:5} {group:11} {name}: {item.text!r} -> gold {antecedents!r}; newslens {got!r}")

    res = {g: figures(counts[g]) for g in ["pronouns", *GROUPS, "description", "appos/pred"]}
    res["documents"] = len(gold)
    if a.json:
        print(json.dumps(res))
        return
    for g in [*GROUPS, "description", "appos/pred"]:
        f = res[g]
        print(f"{g:11} {f['items']:5} items, {f['resolved']:4} resolved, {f['correct']:4} correct, "
              f"antecedent found {f['antecedent_found']:4}: P {f['precision']:.3f} R {f['recall']:.3f}")
    p, d = res["pronouns"], res["description"]
    print(f"gum coref: pronouns P {p['precision']:.3f} R {p['recall']:.3f} ({p['items']} items, "
          f"{p['resolved']} resolved), descriptions P {d['precision']:.3f} R {d['recall']:.3f} "
          f"({d['items']} items, {d['resolved']} resolved)")


if __name__ == "__main__":
    main()
