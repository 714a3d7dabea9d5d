#!/usr/bin/env python3
"""Writes the fuzz seed corpus in the input format of src/bundle.rs (`\\0path\\0content`...).

usage: fuzz/seeds.py OUT FIXTURES [TREES...]

Each golden fixture of the generator is one seed; each doc tree under TREES (for example
../shared/corpora/specs and ../shared/flavours/specs) gives seeds of PAGES_PER_SEED pages and
its provider.toml overlay from tests/corpora/. Seeds are data for the fuzzer, not for git.
"""
import os
import sys

PAGES_PER_SEED = 12  # enough for links between pages, small enough for fast executions


def files_below(root):
    out = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name == "fixture.md":
                continue
            path = os.path.join(dirpath, name)
            out.append((os.path.relpath(path, root), open(path, "rb").read()))
    return sorted(out)


def bundle(files):
    return b"".join(b"\0" + p.encode() + b"\0" + c for p, c in files)


def main():
    out, fixtures, *trees = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    written = 0
    for fixture in sorted(os.listdir(fixtures)):
        files = files_below(os.path.join(fixtures, fixture))
        open(os.path.join(out, f"fixture-{fixture}"), "wb").write(bundle(files))
        written += 1
    overlays = os.path.join(os.path.dirname(__file__), "..", "tests", "corpora")
    for root in trees:
        for tree in sorted(os.listdir(root)):
            pages = [(f"{tree}/{p}", c) for p, c in files_below(os.path.join(root, tree))]
            config = [(f"{tree}/{p}", c) for p, c in files_below(os.path.join(overlays, tree))] \
                if os.path.isdir(os.path.join(overlays, tree)) else []
            for i in range(0, len(pages), PAGES_PER_SEED):
                seed = bundle(config + pages[i:i + PAGES_PER_SEED])
                open(os.path.join(out, f"tree-{tree}-{i // PAGES_PER_SEED:04}"), "wb").write(seed)
                written += 1
    print(f"{written} seeds in {out}")


main()
