#!/usr/bin/env python3
"""Copies a registry (JSON Lines) and changes the business scope of a share of its enterprises, for measuring an
incremental nightly run: every round(1/share)-th row gets an invented phrase appended, the rest is copied byte for
byte. Usage: change-enterprises.py IN OUT SHARE (e.g. 0.02 for 2 %)."""
import json
import sys

src, dst, share = sys.argv[1], sys.argv[2], float(sys.argv[3])
every = max(1, round(1 / share))
changed = total = 0
with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
    for i, line in enumerate(fin):
        if line.strip() and i % every == every - 1:
            row = json.loads(line)
            row["businessScope"] = (row.get("businessScope") or "") + "；新增：无人机巡检服务，农田遥感测绘"
            line = json.dumps(row, ensure_ascii=False) + "\n"
            changed += 1
        total += 1
        fout.write(line)
print(f"{changed:,} of {total:,} rows changed → {dst}")
