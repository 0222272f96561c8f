#!/usr/bin/env python3
"""Whole-corpus extraction counts for the closing notes of extraction work.

usage: reportdesk extract --compact ../shared/corpus > /tmp/x.json && python3 scripts/corpus-counts.py /tmp/x.json [BEFORE.json]
Prints reports, indicators, canonical share, estimated, flagged (milestone, 年均, 累计, redacted); with a second
file, how many indicators differ between the two (by file, sentence span, name, value, change, role, year).
"""
import json, sys, collections

def load(path):
    d = json.load(open(path, encoding="utf-8"))
    return d["reports"] if isinstance(d, dict) else d

def counts(reps):
    inds = [i for r in reps for i in r.get("indicators", [])]
    n = len(inds)
    c = collections.Counter()
    for i in inds:
        c["canonical"] += bool(i.get("canonical"))
        c["estimated"] += bool(i.get("estimated"))
        c["milestone"] += bool(i.get("milestone"))
        c["年均"] += (i.get("period") == "年均")
        c["累计"] += (i.get("period") == "累计")
        c["redacted"] += bool(i.get("redacted"))
        c["role " + str(i.get("role"))] += 1
    flagged = c["milestone"] + c["年均"] + c["累计"]
    print(f"reports {len(reps)}; indicators {n}; canonical {c['canonical']} ({c['canonical'] / max(n, 1):.1%}); "
          f"estimated {c['estimated']}; flagged {flagged} (milestone {c['milestone']}, 年均 {c['年均']}, 累计 {c['累计']}); "
          f"redacted {c['redacted']}; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k.startswith("role")))

def key(r, i):
    ch = i.get("change") or {}
    return (r.get("file"), i.get("start"), i.get("name"), i.get("canonical"), i.get("baseValue"), ch.get("percent"), ch.get("points"),
            i.get("role"), i.get("year"), bool(i.get("estimated")), i.get("period"), bool(i.get("milestone")))

def keys(reps):
    return collections.Counter(key(r, i) for r in reps for i in r.get("indicators", []))

after = load(sys.argv[1])
counts(after)
if len(sys.argv) > 2:
    before = load(sys.argv[2])
    a, b = keys(after), keys(before)
    print(f"changed: {sum((b - a).values())} indicators gone or altered, {sum((a - b).values())} new or altered")
