#!/usr/bin/env python3
"""Measure how well the import review's confidences sort mistakes first.

Usage:
  eval-review.py --dev NEWSLINE_DEV --bench BENCH_DIR --tbaq TBAQ_OUT
                 --polnear POLNEAR_OUT TML_DIR...

TBAQ_OUT and POLNEAR_OUT are the output folders of the draft benchmarks
(make eval-draft runs them: BENCH_DIR/anchoring/run_anchoring.sh and
BENCH_DIR/attribution/run_attribution.sh). For every document they imported,
this runs "NEWSLINE_DEV review" on the same text and date, judges the drafted
events as the scorers do (it imports their functions), and pairs each judged
event with its confidence in the review (the one the review table sorts
by, covering date and speaker):

  dates     TimeML documents of the folders named AQUAINT (the confidences
            were set on TimeBank), links to the creation time left out:
            the draft event the scorer judges, right when its date is
            consistent with the annotation;
  speakers  PolNeAR: the event of the draft quote judged for each found
            gold quote with a resolved speaker, right when the speaker
            matches.

For each it prints the AUC (the chance that a wrong row has a lower
confidence than a right one, ties counting half), and the share right in
the least confident quarter and in the rest. With --kinds it then lists, for TimeBank, AQUAINT and PolNeAR,
how often each kind of date or speaker is right: the measure the constants
in timeline/draft/confidence.go come from. Python 3 standard library
only; it is a developer tool, not part of make test.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True


def review(dev, published, path):
    out = subprocess.run([dev, "review", "--published", published, path],
                         check=True, capture_output=True, text=True).stdout
    return {e["id"]: e for e in json.loads(out)["events"]}


def auc(rows):
    """rows: (confidence, right) -> AUC that the wrong ones sort first."""
    right = [c for c, ok in rows if ok]
    wrong = [c for c, ok in rows if not ok]
    if not right or not wrong:
        return float("nan")
    s = 0.0
    for w in wrong:
        for r in right:
            s += 1.0 if w < r else 0.5 if w == r else 0.0
    return s / (len(right) * len(wrong))


def kinds(name, rows):
    """How often each way of finding a date or speaker is right: what the
    confidences in timeline/draft/confidence.go are set from."""
    groups = {}
    for _, ok, reason in rows:
        k = (reason["kind"], reason["confidence"])
        n, r = groups.get(k, (0, 0))
        groups[k] = (n + 1, r + ok)
    print("%s, by kind (the reason's confidence, rows, share right):" % name)
    for (kind, conf), (n, r) in sorted(groups.items()):
        print("  %-24s %.2f %5d  %.2f" % (kind, conf, n, r / n))


def report(name, rows):
    rows = sorted(((c, ok) for c, ok, _ in rows), key=lambda x: x[0])  # ties keep article order
    q = len(rows) // 4
    low, rest = rows[:q], rows[q:]
    share = lambda rs: sum(ok for _, ok in rs) / len(rs) if rs else float("nan")
    right = sum(ok for _, ok in rows)
    print("%s: AUC %.2f; least confident quarter %.2f right, the rest %.2f; %d right, %d wrong"
          % (name, auc(rows), share(low), share(rest), right, len(rows) - right))


def date_rows(args, anch, corpus):
    rows = []
    for d in args.tml:
        if os.path.basename(os.path.normpath(d)) != corpus:
            continue
        for path in sorted(glob.glob(os.path.join(d, "*.tml"))):
            doc = anch.parse_tml(path)
            stem = anch.tml2txt.doc_stem(path)
            draft, shift, err = anch.load_draft(os.path.join(args.tbaq, "docs"), stem, doc["text"])
            if err:
                continue
            rev = review(args.dev, doc["dct"][:10], os.path.join(args.tbaq, "input", stem + ".txt"))
            spans = anch.draft_spans(draft, shift)
            anchors = anch.gold_anchors(doc, {k: 0 for k in ("links_inside", "links_dangling",
                                                             "links_not_date", "links_not_calendar")})
            for eid, links in anchors.items():
                links = [x for x in links if not x[2]]  # without DCT links
                if not links:
                    continue
                g = anch.intersect(links)
                if g is None:
                    continue
                s, e, _ = doc["events"][eid]
                dated = sorted((b - a, a, ev.get("id", ""), ev) for a, b, ev in spans
                               if a <= s and e <= b and anch.draft_range(ev.get("date")))
                if not dated:
                    continue
                ev = dated[0][3]
                dr, gr = anch.draft_range(ev["date"]), g[0]
                row = rev.get(ev["id"])
                if row is None:
                    sys.exit("%s: event %s is not in the review" % (stem, ev["id"]))
                rows.append((row["confidence"], dr[0] <= gr[0] and gr[1] <= dr[1], row["date"]))
    return rows


def speaker_rows(args, att):
    gold = att.load_gold(os.path.join(args.polnear, "gold.jsonl"))
    rows = []
    for name, rec in sorted(gold.items()):
        art = os.path.join(args.polnear, "articles", name)
        with open(os.path.join(art, "article.txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        quotes, _ = att.gold_quotes(rec, text, att.char_to_byte(text))
        doc, shift, err = att.load_draft(art, text)
        if err:
            continue
        rev = review(args.dev, rec["published"], os.path.join(art, "article.txt"))
        ents = {e.get("id"): e for e in doc.get("entities") or []}
        drafted = []
        for q in doc.get("quotes") or []:
            spk = ents.get(q.get("speaker"))
            names = [spk["name"]] + list(spk.get("aliases") or []) if spk else []
            drafted.append((q["span"]["start"] + shift, q["span"]["end"] + shift, names, q["event"]))
        for g in quotes:
            if not g["names"]:
                continue
            best = None
            for a, b, names, event in drafted:
                ov = min(b, g["b"]) - max(a, g["a"])
                if ov > 0 and (best is None or ov > best[0]):
                    best = (ov, names, event)
            if best is None:
                continue
            row = rev.get(best[2])
            if row is None:
                sys.exit("%s: event %s is not in the review" % (name, best[2]))
            ok = any(att.names_match(n, gn) for n in best[1] for gn in g["names"])
            rows.append((row["confidence"], ok, row.get("speaker") or {"kind": "-", "confidence": 0}))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", required=True, help="the newsline-dev binary")
    ap.add_argument("--bench", required=True, help="the draft benchmarks' folder (../shared/bench/draft)")
    ap.add_argument("--tbaq", required=True, help="run_anchoring.sh's output folder")
    ap.add_argument("--polnear", required=True, help="run_attribution.sh's output folder")
    ap.add_argument("--kinds", action="store_true", help="also list how often each kind of date and speaker is right")
    ap.add_argument("tml", nargs="+", help="the TimeML folders run_anchoring.sh was given")
    args = ap.parse_args()
    sys.path[:0] = [os.path.join(args.bench, "anchoring"), os.path.join(args.bench, "attribution")]
    import score_anchoring
    import score_attribution
    aquaint = date_rows(args, score_anchoring, "AQUAINT")
    speakers = speaker_rows(args, score_attribution)
    polnear = "PolNeAR %s" % os.path.basename(os.path.normpath(args.polnear))
    report("dates (AQUAINT, without DCT links)", aquaint)
    report("speakers (%s)" % polnear, speakers)
    if args.kinds:
        kinds("dates (TimeBank, without DCT links)", date_rows(args, score_anchoring, "TimeBank"))
        kinds("dates (AQUAINT, without DCT links)", aquaint)
        kinds("speakers (%s)" % polnear, speakers)


if __name__ == "__main__":
    main()
