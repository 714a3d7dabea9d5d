#!/usr/bin/env python3
"""Checks a corpus-check log against the issues' thresholds.

usage: thresholds.py LOG [--ops-pct P] [--checks-pct C] [--ops-min provider=N ...]
                     [--summary GENERATOR_LOG --floor provider:models=N,operations=M ...]

The crate must compile with 0 errors and 0 warnings; every provider scored against a vendor
OpenAPI must reach the given percentages; --ops-min sets a floor of matched operations.
A provider without a vendor OpenAPI (APIMatic's docs) cannot be scored: --floor holds it to
the models (model, enum and union pages) and operations the generator's summary reports for
it (`<provider>: N pages read: A models, B enums, C unions, ...; K operations`).
"""
import argparse
import re
import sys

parser = argparse.ArgumentParser()
parser.add_argument("log")
parser.add_argument("--ops-pct", type=float, default=0.0)
parser.add_argument("--checks-pct", type=float, default=0.0)
parser.add_argument("--ops-min", action="append", default=[])
parser.add_argument("--summary")
parser.add_argument("--floor", action="append", default=[])
args = parser.parse_args()

text = open(args.log).read()
problems = []
last = text.strip().splitlines()[-1] if text.strip() else ""
m = re.search(r"compile (\w+) \((\d+) errors, (\d+) warnings\)", last)
if not m or m.group(1) != "ok" or m.group(2) != "0" or m.group(3) != "0":
    problems.append(f"the corpus crate does not compile cleanly: {last}")
scored = re.findall(r" (\w+)\[ops ([\d.]+)% comps [\d.]+% checks ([\d.]+)%\]", last)
for provider, ops, checks in scored:
    if float(ops) < args.ops_pct:
        problems.append(f"{provider}: operations {ops}% < {args.ops_pct}%")
    if float(checks) < args.checks_pct:
        problems.append(f"{provider}: property checks {checks}% < {args.checks_pct}%")
for failed in re.findall(r" (\w+)\[openapi export failed\]", last):
    problems.append(f"{failed}: openapi export failed")
for floor in args.ops_min:
    provider, n = floor.split("=")
    ops = re.search(rf"^{provider}: operations: (\d+)/(\d+) by method\+path", text, re.M)
    if not ops or int(ops.group(1)) < int(n):
        problems.append(f"{provider}: operations matched {ops.group(1) if ops else '?'} < {n}")
    elif provider not in dict((p, 0) for p, _, _ in scored):
        problems.append(f"{provider}: no fidelity figures")
summary = open(args.summary).read() if args.summary else ""
for floor in args.floor:
    provider, wanted = floor.split(":")
    read = re.search(
        rf"^{provider}: \d+ pages? read: (\d+) models?, (\d+) enums?, (\d+) unions?, .*; (\d+) operations?$",
        summary,
        re.M,
    )
    if not read:
        problems.append(f"{provider}: no generator summary")
        continue
    got = {"models": sum(int(n) for n in read.groups()[:3]), "operations": int(read.group(4))}
    for part in wanted.split(","):
        what, n = part.split("=")
        if got[what] < int(n):
            problems.append(f"{provider}: {what} {got[what]} < {n}")
for p in problems:
    print("corpus threshold:", p)
sys.exit(1 if problems else 0)
