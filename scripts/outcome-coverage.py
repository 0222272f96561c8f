#!/usr/bin/env python3
"""Outcome coverage of a catalog indicator's targets (issue 15's measure).

usage: reportdesk extract --compact CORPUS > x.json
       reportdesk series all gdp --level province --csv --corpus CORPUS > s.csv
       python3 scripts/outcome-coverage.py x.json s.csv [province]
Among (place, year) rows with a target whose year some report of the place reviews, the share with an outcome
(a level or a growth rate); the rest are listed with the file that reviews the year.
"""
import csv, json, sys

reports = json.load(open(sys.argv[1], encoding="utf-8"))["reports"]
level = sys.argv[3] if len(sys.argv) > 3 else "province"
# --level province covers the province-level units: provinces, autonomous regions and municipalities.
levels = {"province", "autonomous-region", "municipality"} if level == "province" else {level}
reviewed = {}
for r in reports:
    p = r.get("place") or {}
    if p.get("level") not in levels or not p.get("name"):
        continue
    # The year a report reviews: its review year, else the year before the one it plans for.
    year = r.get("reviewYear") or (r.get("planYear") and r["planYear"] - 1)
    if year:
        reviewed.setdefault((p["name"], year), r["file"].split("/")[-1])
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
due = [(r["place"], int(r["year"]), r) for r in rows if r["target"] and (r["place"], int(r["year"])) in reviewed]
have = [d for d in due if d[2]["value"] or d[2]["growth"]]
print(f"{len(have)}/{len(due)} = {len(have) / max(1, len(due)):.1%} of reviewed target years have an outcome")
for place, year, _ in sorted(d for d in due if not (d[2]["value"] or d[2]["growth"])):
    print(f"  missing: {place} {year} (reviewed in {reviewed[(place, year)]})")
