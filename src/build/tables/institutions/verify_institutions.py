#!/usr/bin/env python3
"""Check institutions.tsv: 6 columns, known types, unique names, no short form shared by two
rows (or equal to another row's name), tickers well formed and consistent with the code's
first digit, every source id defined in the header, no empty or padded fields.
Usage: python3 verify_institutions.py [institutions.tsv]   Exit status 1 on any problem."""
import os
import re
import sys
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "main", "resources", "extract", "institutions.tsv")
problems = []
header = None
defined_sources = set()
rows = []
with open(path, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        assert line.endswith("\n"), "line %d has no newline" % ln
        line = line[:-1]
        if line.startswith("#"):
            m = re.match(r"#   (\S+)\s+\[\d+\] ", line)
            if m:
                defined_sources.add(m.group(1))
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            if cols != ["name", "type", "category", "short_forms", "ticker", "source"]:
                problems.append("bad header: %r" % cols)
            continue
        if len(cols) != 6:
            problems.append("line %d: %d columns" % (ln, len(cols)))
            continue
        rows.append((ln, cols))

names = defaultdict(list)
forms = defaultdict(list)
for ln, (name, typ, cat, shorts, ticker, src) in rows:
    names[name].append(ln)
    for v in (name, typ, cat, ticker, src):
        if v != v.strip():
            problems.append("line %d: padded field %r" % (ln, v))
    if not name:
        problems.append("line %d: empty name" % ln)
    if typ not in ("Institution", "Committee", "Lab"):
        problems.append("line %d: bad type %r" % (ln, typ))
    if not re.fullmatch(r"[a-z][a-z-]*", cat):
        problems.append("line %d: bad category %r" % (ln, cat))
    if ticker and not re.fullmatch(r"(sh|sz|bj)\d{6}", ticker):
        problems.append("line %d: bad ticker %r" % (ln, ticker))
    if ticker:
        d = ticker[2]
        want = "sh" if d == "6" else "sz" if d in "03" else "bj" if d in "489" else "?"
        if ticker[:2] != want:
            problems.append("line %d: ticker %s should start with %s" % (ln, ticker, want))
    if src not in defined_sources:
        problems.append("line %d: source %r not defined in header" % (ln, src))
    if shorts:
        for s in shorts.split("|"):
            if not s or s != s.strip():
                problems.append("line %d: empty or padded short form in %r" % (ln, shorts))
            if s == name:
                problems.append("line %d: short form equals name" % ln)
            if len(s) < 2:
                problems.append("line %d: one-character short form %r" % (ln, s))
            forms[s].append(ln)

for n, lns in names.items():
    if len(lns) > 1:
        problems.append("duplicate name %s on lines %s" % (n, lns))
for s, lns in forms.items():
    if len(lns) > 1:
        problems.append("short form %s shared by lines %s" % (s, lns))
    if s in names:
        problems.append("short form %s (lines %s) is the name of line %s" % (s, lns, names[s]))

tickers = defaultdict(list)
for ln, cols in rows:
    if cols[4]:
        tickers[cols[4]].append(ln)
for t, lns in tickers.items():
    if len(lns) > 1:
        problems.append("ticker %s on lines %s" % (t, lns))

by_cat, by_src, by_type = defaultdict(int), defaultdict(int), defaultdict(int)
for ln, cols in rows:
    by_cat[cols[2]] += 1
    by_src[cols[5]] += 1
    by_type[cols[1]] += 1
print("%s: %d rows, %d with ticker, %d short forms" % (path, len(rows), sum(len(v) for v in tickers.values()),
                                                       sum(len(v) for v in forms.values())))
print("types:", dict(by_type))
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else "%d problems" % len(problems))
sys.exit(1 if problems else 0)
