"""Place matching speed: gazetteer load time and `find_places` throughput.

Run: python bench/places_speed.py ../shared/corpus/bulk/xwlb-2024.jsonl [--limit N]

Reports the gazetteer's build time from the jionlp data set (no cache) and its load time
from the pickle cache, then `find_places` chars/s over the bulk items, as a ratio to
`jieba.cut` over the same text in the same run (absolute speeds drift between machines),
plus a pathological input (a 1 MB line of place names without punctuation).
"""
from __future__ import annotations

import argparse
import json
import pickle
import time

from kg import gazetteer as gz
from kg.places import find_places
from kg.text.segmenter import segmenter


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--limit", type=int, default=2000)
    a = ap.parse_args()

    t0 = time.perf_counter()
    gaz = gz.build()
    t_build = time.perf_counter() - t0
    blob = pickle.dumps(gaz, protocol=pickle.HIGHEST_PROTOCOL)
    t0 = time.perf_counter()
    pickle.loads(blob)
    t_load = time.perf_counter() - t0
    print(f"gazetteer: {len(gaz):,} divisions, {len(gaz.keys):,} automaton keys; "
          f"build {t_build:.2f}s, load from cache {t_load:.2f}s ({len(blob) / 1e6:.0f} MB)")

    with open(a.jsonl, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(a.limit), fh)]
    chars = sum(len(t) for t in texts)
    seg = segmenter()
    find_places("云南省昭通市镇雄县")  # warm up jieba and the gazetteer
    t0 = time.perf_counter()
    for t in texts:
        seg.cut(t)
    t_jieba = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = sum(len(find_places(t).mentions) for t in texts)
    t_places = time.perf_counter() - t0
    print(f"{len(texts)} items, {chars:,} chars, {mentions:,} place mentions")
    print(f"find_places: {chars / t_places:,.0f} chars/s; jieba.cut: {chars / t_jieba:,.0f} "
          f"chars/s; ratio {t_jieba / t_places:.2f}")

    line = ("云南省昭通市镇雄县塘房镇经开区高新区和平发展" * 50_000)[:1_000_000]
    t0 = time.perf_counter()
    n = len(find_places(line).mentions)
    print(f"1 MB line without punctuation: {time.perf_counter() - t0:.1f}s, {n:,} mentions")


if __name__ == "__main__":
    main()
