#!/usr/bin/env python3
"""Lists the named-speaker attributions of PolNeAR dev that newslens misses or names wrongly.

    build/native/newslens analyze --format jsonl ../shared/data/quotes/polnear/dev/text/*.txt > dev.jsonl
    python3 tools/eval/speaker-errors.py ../shared/data/quotes/polnear/dev dev.jsonl [--all]

For each attribution whose speaker the article names (speakers/<article>.json), one line:
  WRONG  the quote was found, its speaker.name is not the gold name
  MISS   no quote of newslens matches the attribution's content
  OK     (with --all) found with the right name
with the gold source phrase, the gold name, and newslens's speaker phrase and name. The matching
is the one of ../shared/eval/score_polnear.py (imported from beside the split folder's eval/), so
the counts agree with its `named_speaker_acc` and `named_speaker_recall`. A tool for reading
errors, not a score: it prints no figure of its own beyond the counts.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys


def shared_eval_dir(split_dir):
    # <shared>/data/quotes/polnear/dev -> <shared>/eval
    return os.path.normpath(os.path.join(split_dir, "..", "..", "..", "..", "eval"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir")
    ap.add_argument("pred_jsonl")
    ap.add_argument("--all", action="store_true", help="print the right ones too")
    a = ap.parse_args()
    sys.path.insert(0, shared_eval_dir(a.split_dir))
    import nlcontract as nc  # noqa: E402
    import score_polnear as sp  # noqa: E402

    canon = sp.load_speakers(os.path.join(a.split_dir, "speakers"))
    preds = {}
    for d in nc.load_jsonl(a.pred_jsonl):
        preds[os.path.splitext(os.path.basename(d.get("file", "")))[0]] = d
    ann_files = {}
    for path in sorted(glob.glob(os.path.join(a.split_dir, "attributions", "*.ann"))):
        key = re.sub(r"_[0-9a-f]{4}$", "", os.path.splitext(os.path.basename(path))[0])
        ann_files.setdefault(key, path)
    counts = collections.Counter()
    for name, ann in sorted(ann_files.items()):
        data = open(os.path.join(a.split_dir, "text", name + ".txt"), "rb").read()
        text = data.decode("utf-8")
        c2b = sp.char_to_byte(text)
        gold = sp.parse_ann(ann)
        for g in gold:
            g["c"] = [s for s in (nc.trim_span(data, c2b[x], c2b[y]) for x, y in g["content"]) if s[1] > s[0]]
            g["speech"] = bool(sp.SPEECH.search(g["cue_text"].lower().strip())) or bool(
                sp.QUOTE_MARK.search(g["content_text"]))
            g["src"] = " ".join(text[x:y] for x, y in g["source"])
        doc = preds.get(name, {"quotes": []})
        pq = []
        for q in doc.get("quotes", []) or []:
            spans = [s for s in (nc.trim_span(data, x, y) for x, y in nc.spans_of(q)) if s[1] > s[0]]
            if spans:
                pq.append((q, spans))

        def close(g, p):
            ov = nc.overlap(g, p)
            return ov if ov * 2 >= nc.length(g) and ov * 2 >= nc.length(p) else 0

        speech = [g for g in gold if g["speech"] and g["c"]]
        pairs = sorted(((close(g["c"], p), gi, pi) for gi, g in enumerate(speech)
                        for pi, (_, p) in enumerate(pq)), reverse=True)
        gm, pm = {}, {}
        for ov, gi, pi in pairs:
            if ov and gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        names = canon.get(name, {})
        for gi, g in enumerate(speech):
            want = names.get(g["key"])
            if not want:
                continue
            if gi not in gm:
                counts["MISS"] += 1
                print(f"MISS   {name} {g['key']} source={g['src']!r} gold={want[0]!r} "
                      f"content={g['content_text'][:70]!r}")
                continue
            q = pq[gm[gi]][0]
            speaker = q.get("speaker") or {}
            got = speaker.get("name")
            phrase = (data[speaker["start"]:speaker["end"]].decode("utf-8", "replace")
                      if isinstance(speaker.get("start"), int) else None)
            ok = bool(sp.speaker_key(got)) and sp.speaker_key(got) in {sp.speaker_key(w) for w in want}
            counts["OK" if ok else "WRONG"] += 1
            if ok and not a.all:
                continue
            print(f"{'OK   ' if ok else 'WRONG'}  {name} {g['key']} source={g['src']!r} gold={want[0]!r} "
                  f"phrase={phrase!r} name={got!r} entity={speaker.get('entity')} kind={q.get('kind')}")
    print(f"# {counts['OK']} right, {counts['WRONG']} wrong, {counts['MISS']} missed "
          f"of {sum(counts.values())} named-speaker attributions", file=sys.stderr)


if __name__ == "__main__":
    main()
