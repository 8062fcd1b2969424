"""Cleaning throughput on one bulk file: characters of input text per second.

Run: python bench/clean_speed.py ../shared/corpus/bulk/xwlb-2020.jsonl [more.jsonl ...]
Reports read+clean speed, the share of time spent in normalisation, and, as a ratio
measured in the same run, clean speed over the speed of OpenCC t2s alone on a tenth of
the text (the conversion every character would pay without the traditional-character
fast path).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import opencc

from kg.clean import clean_document
from kg.normalize import normalize_text
from kg.read import read_paths
from kg.report import RunReport


def main(paths: list[str]) -> None:
    report = RunReport()
    t0 = time.perf_counter()
    docs = list(read_paths(paths, report))
    t_read = time.perf_counter() - t0
    if not docs:
        sys.exit(f"clean_speed: no documents in {' '.join(paths)} (the bulk corpus is in "
                 "../shared/corpus/bulk, beside the repository)")
    chars = sum(len(d.content) for d in docs)
    t0 = time.perf_counter()
    articles = 0
    for doc in docs:
        try:
            articles += len(clean_document(doc))
        except ValueError:
            pass
    t_clean = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        normalize_text(doc.content)
    t_norm = time.perf_counter() - t0
    print(f"{len(docs)} documents, {chars} chars, {articles} articles")
    print(f"read:  {t_read:.2f}s  ({chars / t_read:,.0f} chars/s)")
    print(f"clean: {t_clean:.2f}s  ({chars / t_clean:,.0f} chars/s); normalise alone {t_norm:.2f}s "
          f"({t_norm / t_clean:.0%} of clean)")
    sample = [d.content for d in docs[::10]]
    t2s = opencc.OpenCC("t2s")
    t0 = time.perf_counter()
    for text in sample:
        t2s.convert(text)
    t_cc = time.perf_counter() - t0
    cc_speed = sum(map(len, sample)) / t_cc
    print(f"OpenCC t2s alone: {cc_speed:,.0f} chars/s; clean/t2s speed ratio {chars / t_clean / cc_speed:.1f}")
    print(f"whole corpus (36.5M chars) would clean in ~{36_469_500 / (chars / t_clean):.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:] or [str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
                               / "bulk" / "xwlb-2020.jsonl")])
