#!/usr/bin/env python3
"""Count drafted titles that lost their subject or their main clause.

Usage:
  title-audit.py DRAFT_DIR...

A DRAFT_DIR is an output folder of the draft benchmarks (make eval-draft
runs them: DRAFT_DIR/docs/*.json for TimeBank and AQUAINT,
DRAFT_DIR/articles/*/draft.json for PolNeAR). For each it prints how many
titles

  verb-first   open with a finite verb ("Is barely over") that the
               event's passage does not open with ("Labor Day is barely
               over"): the subject was cut out;
  subordinate  are only an opening subordinate clause ("Even though the
               primary calendar has nearly run out") of a passage that
               goes on to its main clause.

Both are heuristics over the titles as text, for comparing two drafts of
the same corpus, not an exact count. Python 3 standard library only; a
developer tool, not part of make test.
"""
import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True

VERB_FIRST = re.compile(
    r"^(Is|Was|Are|Were|Has|Had|Have|Will|Would|Could|Can|May|Might|Must|Should|Does|Did|"
    r"Marked|Saw|Proved|Added|Brought|Came|Comes)\b")
# A passage that itself opens with the verb: a question, an inversion.
OPENS_WITH_VERB = re.compile(r"^\W*(But |And |So )?(Is|Was|Are|Were|Has|Had|Will|Would|Could|Can|Does|Did)\b")
SUBORDINATE = re.compile(
    r"^(Even (if|though|as|when|while|after|before)|While|When|Although|Though|Because|Since|Unless|Whereas|If)\b")


def drafts(root):
    files = glob.glob(os.path.join(root, "docs", "*.json")) or \
        glob.glob(os.path.join(root, "articles", "*", "draft.json"))
    for path in sorted(files):
        try:
            with open(path, encoding="utf-8") as f:
                yield json.load(f)
        except (OSError, ValueError):
            continue  # a failed import: the benchmarks count those


def audit(root):
    events = verb_first = subordinate = 0
    for doc in drafts(root):
        for ev in doc.get("events", []):
            title = ev.get("title", "")
            evidence = ev.get("evidence") or [{}]
            passage = evidence[0].get("text", "")
            events += 1
            if VERB_FIRST.match(title) and not passage.rstrip().endswith("?") and not OPENS_WITH_VERB.match(passage):
                verb_first += 1
            if ev.get("background") or title.startswith("“"):
                continue
            if SUBORDINATE.match(title) and len(title) < len(passage.lstrip("“\"'` ")) - 20 and not passage.rstrip().endswith("?"):
                subordinate += 1
    return events, verb_first, subordinate


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    for root in argv:
        events, verb_first, subordinate = audit(root)
        print("%s: %d events; verb-first %d, subordinate %d" % (root, events, verb_first, subordinate))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
