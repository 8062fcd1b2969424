#!/usr/bin/env python3
"""Where extraction spends its time on bulk items: seconds per stage (text layer and
places, each component of the pipeline, canonicalising, store rows) and, with
--cprofile, the functions with the most cumulative time.

Items are taken evenly from the bulk files given (every k-th line), cleaned before any
timing, and extracted in one process pinned to one core after the models are loaded.
Seconds are the process's CPU time, which a busy machine disturbs less than wall time;
proportions hold on a busy machine, absolute seconds only roughly. To compare two
versions, read the ratio to plain ``jieba.cut`` of the same articles, timed in the same
run (before and after extraction; their mean is the reference).

    python bench/extraction_profile.py ../shared/corpus/bulk/xwlb-2016.jsonl \
        ../shared/corpus/bulk/xwlb-2023.jsonl --items 1000 [--cprofile 40] [--json]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402

from kg.clean import clean_document  # noqa: E402
from kg.extract import components, driver, state as state_mod  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.report import RunReport  # noqa: E402
from kg.workers import warm_up  # noqa: E402


def sample(paths: list[str], items: int) -> list[Article]:
    """About `items` cleaned articles taken evenly from the documents of `paths`."""
    docs = list(read_paths(paths, RunReport()))
    step = max(1, len(docs) // items)
    out: list[Article] = []
    for doc in docs[::step][:items]:
        try:
            out.extend(clean_document(doc))
        except ValueError:
            continue
    return out


class Timers:
    """Seconds per named stage, accumulated."""

    def __init__(self) -> None:
        self.s: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, func):
        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.s[name] += time.process_time() - t0
        return timed


def instrumented(timers: Timers):
    """The pipeline with each component timed, and ArticleState's set-up timed."""
    pipe = tuple(driver.Component(c.name, c.scope, c.reads, c.writes,
                                  timers.wrap(c.name, c.func)) for c in components.PIPELINE)
    init = state_mod.ArticleState.__init__
    state_mod.ArticleState.__init__ = timers.wrap("text layer + places", init)
    return pipe


def jieba_seconds(articles: list[Article]) -> float:
    import jieba
    t0 = time.process_time()
    for article in articles:
        for _ in jieba.cut(article.text):
            pass
    return time.process_time() - t0


def run_all(articles: list[Article], pipe, timers: Timers) -> None:
    from kg.resolve import canonicalize, mentions_of
    from kg.store.rows import article_rows
    canon = timers.wrap("canonicalize", canonicalize)
    rows = timers.wrap("article rows", lambda a, x: article_rows(a, x, mentions_of(0, a, x)))
    for article in articles:
        st = state_mod.ArticleState(article.text, article.published)
        driver.run(pipe, st)
        rows(article, canon(st.extraction))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="also print the N functions with the most cumulative time")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    warm_up()
    articles = sample(args.paths, args.items)
    gc.collect()
    gc.freeze()  # as the workers do after loading the models
    chars = sum(len(a.text) for a in articles)
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    reference = jieba_seconds(articles)
    timers = Timers()
    pipe = instrumented(timers)
    prof = cProfile.Profile() if args.cprofile else None
    t0 = time.process_time()
    if prof:
        prof.enable()
    run_all(articles, pipe, timers)
    if prof:
        prof.disable()
    total = time.process_time() - t0
    reference = (reference + jieba_seconds(articles)) / 2
    rows = sorted(timers.s.items(), key=lambda kv: -kv[1])
    if args.json:
        print(json.dumps({"articles": len(articles), "chars": chars, "seconds": round(total, 3),
                          "jieba_seconds": round(reference, 3),
                          "ratio_to_jieba": round(total / reference, 3), "stages": {k: round(v, 3) for k, v in rows}}, ensure_ascii=False))
    else:
        print(f"{len(articles)} articles, {chars} chars, {total:.2f} s"
              f"{' (under cProfile)' if prof else ''}; jieba.cut {reference:.2f} s: "
              f"extraction = {total / reference:.2f} x jieba.cut")
        for name, s in rows:
            print(f"  {name:28s} {s:8.3f} s  {100 * s / total:5.1f}%")
    if prof:
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
