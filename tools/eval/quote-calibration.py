#!/usr/bin/env python3
"""How often newslens' quotes are right, by the evidence behind them: the measurement behind the
confidence table in core/quotes/quote_finder.cc.

    build/native/newslens analyze --format jsonl ../shared/data/quotes/polnear/train/text/*.txt > train.jsonl
    python3 tools/eval/quote-calibration.py ../shared/data/quotes/polnear/train train.jsonl

Run it on PolNeAR's *train* split (the dev split is the yardstick). A predicted quote counts as
right when its trimmed content overlaps a gold attribution's content by half of each side (the
rule of ../shared/eval/score_polnear.py) and its speaker mention overlaps that attribution's
source. Groups: kind, whether a cue was found, and what the speaker is (a linked entity, a
pronoun, another phrase, none). Prints, per group, the count and the share that is right.
"""
import argparse
import collections
import os
import sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval")
sys.path.insert(0, os.path.abspath(EVAL))
import nlcontract as nc  # noqa: E402
import score_polnear as sp  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}


def speaker_kind(q):
    s = q.get("speaker")
    if not s:
        return "none"
    if s.get("entity"):
        return "entity"
    if s.get("name", "").lower() in PRONOUNS:
        return "pronoun"
    return "phrase"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir")
    ap.add_argument("pred_jsonl")
    a = ap.parse_args()
    preds = {os.path.splitext(os.path.basename(d["file"]))[0]: d for d in nc.load_jsonl(a.pred_jsonl)}
    counts = collections.defaultdict(lambda: [0, 0])
    for path in sorted(os.listdir(os.path.join(a.split_dir, "attributions"))):
        name = path.rsplit("_", 1)[0]
        if name not in preds:
            continue
        data = open(os.path.join(a.split_dir, "text", name + ".txt"), "rb").read()
        text = data.decode("utf-8")
        c2b = sp.char_to_byte(text)
        gold = []
        for g in sp.parse_ann(os.path.join(a.split_dir, "attributions", path)):
            content = [s for s in (nc.trim_span(data, c2b[x], c2b[y]) for x, y in g["content"]) if s[1] > s[0]]
            source = [nc.trim_span(data, c2b[x], c2b[y]) for x, y in g["source"]]
            if content:
                gold.append((content, source))
        for q in preds.pop(name)["quotes"]:
            spans = [s for s in (nc.trim_span(data, x, y) for x, y in nc.spans_of(q)) if s[1] > s[0]]
            if not spans:
                continue
            key = (q["kind"], "cue" if q.get("cue") else "no cue", speaker_kind(q))
            counts[key][0] += 1
            sp_ = q.get("speaker") or {}
            for content, source in gold:
                ov = nc.overlap(content, spans)
                if ov * 2 >= nc.length(content) and ov * 2 >= nc.length(spans):
                    if isinstance(sp_.get("start"), int) and nc.overlap(source, [(sp_["start"], sp_["end"])]):
                        counts[key][1] += 1
                    break
    print(f"{'kind':9} {'cue':7} {'speaker':8} {'quotes':>7} {'right':>6}")
    for key in sorted(counts):
        n, right = counts[key]
        print(f"{key[0]:9} {key[1]:7} {key[2]:8} {n:7d} {right / n:6.2f}")


if __name__ == "__main__":
    main()
