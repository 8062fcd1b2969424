#!/usr/bin/env python3
"""Extraction throughput on one core, as a ratio to jieba.cut measured in the same run.

The seed articles, cleaned with kg.clean as the pipeline does, are repeated to --mb MB
(UTF-8) of article text. Timed on that text, in one process pinned to one core:

- ``jieba.cut`` alone (before and after the rest; their mean is the reference),
- ``extract`` alone on the cleaned articles,
- the full per-article path: ``clean_document`` of the raw document, then ``extract``.

Speeds are characters of cleaned article text per second; ratio = speed / jieba's
(target: extract ratio ≥ 0.10). Then pathological shapes are timed and must complete:
one line of --line-mb MB of CJK without punctuation, and a page of only punctuation.
Peak memory is ru_maxrss. Model and lexicon loading happen before any timing.

    python bench/extraction_throughput.py [--mb 10] [--line-mb 1] [--json]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core: before numpy/onnxruntime can be imported

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import unicodedata  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import jieba  # noqa: E402

from kg.clean import clean_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.model import Article, RawDocument  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.report import RunReport  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
MB = 1_000_000
PUNCTUATION = "，。、；：？！…—（）《》“”‘’【】·,.;:?!()[]-\n"


class TimedOut(Exception):
    pass


def pin_to_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    except (AttributeError, OSError):  # not Linux
        return "unpinned"


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def seed_documents() -> list[RawDocument]:
    docs = list(read_paths([str(SEEDS)], RunReport()))
    if not docs:
        sys.exit(f"extraction_throughput: no seed articles at {SEEDS} (set KG_SHARED)")
    return docs


def repeat_to(docs: list[RawDocument], size_bytes: int) -> tuple[list[RawDocument], list[Article]]:
    """Raw documents repeated until their cleaned text reaches `size_bytes` (UTF-8), and
    the matching cleaned articles."""
    cleaned = [(doc, clean_document(doc)) for doc in docs]
    cleaned = [(doc, arts) for doc, arts in cleaned if arts]
    raw, articles, total = [], [], 0
    while total < size_bytes:
        for doc, arts in cleaned:
            raw.append(doc)
            articles.extend(arts)
            total += sum(len(a.text.encode("utf-8")) for a in arts)
            if total >= size_bytes:
                break
    return raw, articles


def timed(fn: Callable[[], object], limit: float | None = None) -> float:
    """Seconds `fn` takes; raises TimedOut past `limit` seconds."""
    return timed_value(fn, limit)[0]


def timed_value(fn: Callable[[], object], limit: float | None = None) -> tuple[float, object]:
    """Seconds `fn` takes and what it returned; raises TimedOut past `limit` seconds."""
    if limit:
        def _alarm(signum, frame):
            raise TimedOut()
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        t0 = time.perf_counter()
        value = fn()
        return time.perf_counter() - t0, value
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def jieba_all(articles: list[Article]) -> None:
    for article in articles:
        for _ in jieba.cut(article.text):
            pass


def extract_all(articles: list[Article]) -> int:
    """Extract every article; returns the number of entities found."""
    return sum(len(extract(article).entities) for article in articles)


def clean_extract_all(docs: list[RawDocument]) -> None:
    for doc in docs:
        for article in clean_document(doc):
            extract(article)


def huge_line(articles: list[Article], size_bytes: int) -> str:
    """One line of CJK characters from the seeds, no punctuation or space, `size_bytes` long."""
    chars = "".join(c for a in articles[:10] for c in a.text
                    if unicodedata.category(c).startswith("L"))
    line = (chars * (size_bytes // max(1, len(chars.encode("utf-8"))) + 1))
    return line[: size_bytes // 3]


def clean_then_extract(text: str) -> str | None:
    """The pipeline's path for one raw page; a page cleaning rejects (ValueError, as the
    pipeline's skip) is an outcome, returned as a note."""
    try:
        articles = clean_document(RawDocument(path="patho.txt", origin="patho.txt", content=text))
    except ValueError as exc:
        return f"skipped by cleaning: {exc}"
    for article in articles:
        extract(article)
    return None if articles else "no article after cleaning"


def pathological(articles: list[Article], line_mb: float, limit: float) -> list[dict]:
    line = huge_line(articles, int(line_mb * MB))
    punct = (PUNCTUATION * (100_000 // len(PUNCTUATION) + 1))[:100_000]
    out = []
    for name, text in ((f"one {line_mb:g} MB line, no punctuation", line),
                       ("a 100k-char page of only punctuation", punct)):
        for path, fn in (("extract", lambda t=text: extract(Article(text=t))),
                         ("clean+extract", lambda t=text: clean_then_extract(t))):
            row = {"shape": name, "path": path, "chars": len(text)}
            try:
                seconds, note = timed_value(fn, limit)
                row.update(completed=True, seconds=round(seconds, 3),
                           chars_per_second=round(len(text) / seconds) if seconds else None)
                if isinstance(note, str):
                    row["note"] = note
            except TimedOut:
                row.update(completed=False, seconds=limit, chars_per_second=None)
            except Exception as exc:  # reported, not fatal: the row says it failed
                row.update(completed=False, error=f"{type(exc).__name__}: {exc}")
            out.append(row)
    return out


def run(mb: float, line_mb: float, limit: float) -> dict:
    core = pin_to_one_core()
    jieba.setLogLevel(60)
    jieba.initialize()
    extract(Article(text="预热：广东省佛山市人民政府。"))  # load lexicons/models before timing
    raw, articles = repeat_to(seed_documents(), int(mb * MB))
    chars = sum(len(a.text) for a in articles)
    jieba_before = timed(lambda: jieba_all(articles))
    extract_s, entities = timed_value(lambda: extract_all(articles))
    clean_extract_s = timed(lambda: clean_extract_all(raw))
    jieba_after = timed(lambda: jieba_all(articles))
    jieba_s = (jieba_before + jieba_after) / 2
    speed = {name: chars / s if s else float("inf") for name, s in
             (("jieba.cut", jieba_s), ("extract", extract_s), ("clean+extract", clean_extract_s))}
    rows = [{"path": name, "seconds": round(s, 3), "chars_per_second": round(speed[name]),
             "ratio_to_jieba": round(speed[name] / speed["jieba.cut"], 4)}
            for name, s in (("jieba.cut", jieba_s), ("extract", extract_s),
                            ("clean+extract", clean_extract_s))]
    return {"core": core, "mb": mb, "articles": len(articles), "chars": chars,
            "entities_extracted": entities,
            "jieba_seconds_before_after": [round(jieba_before, 3), round(jieba_after, 3)],
            "throughput": rows, "target_ratio": 0.10,
            "meets_target": rows[1]["ratio_to_jieba"] >= 0.10,
            "pathological": pathological(articles, line_mb, limit),
            "peak_rss_mb": peak_rss_mb()}


def markdown(r: dict) -> str:
    lines = [f"Seed articles cleaned and repeated to {r['mb']:g} MB: {r['articles']} articles, "
             f"{r['chars']:,} chars; one core ({r['core']}); jieba.cut timed before and after "
             f"({r['jieba_seconds_before_after'][0]} s / {r['jieba_seconds_before_after'][1]} s); "
             f"{r['entities_extracted']:,} entities extracted"
             + (" (extraction found nothing: a stub?)" if not r["entities_extracted"] else "") + ".",
             "", "| path | seconds | chars/s | ratio to jieba.cut |", "|---|---|---|---|"]
    for row in r["throughput"]:
        lines.append(f"| {row['path']} | {row['seconds']} | {row['chars_per_second']:,} "
                     f"| {row['ratio_to_jieba']:.3f} |")
    lines += ["", f"Target: extract ratio ≥ {r['target_ratio']}: "
              + ("met" if r["meets_target"] else "NOT met"), "",
              "| pathological input | path | chars | completed | seconds | chars/s |",
              "|---|---|---|---|---|---|"]
    for p in r["pathological"]:
        cps = f"{p['chars_per_second']:,}" if p.get("chars_per_second") else "—"
        done = "yes" if p["completed"] else ("error: " + p["error"] if "error" in p else "timed out")
        if p.get("note"):
            done += f" ({p['note']})"
        lines.append(f"| {p['shape']} | {p['path']} | {p['chars']:,} | {done} "
                     f"| {p.get('seconds', '—')} | {cps} |")
    lines += ["", f"Peak memory (ru_maxrss): {r['peak_rss_mb']} MB"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="MB (UTF-8) of article text (default 10)")
    ap.add_argument("--line-mb", type=float, default=1.0,
                    help="size of the one-line pathological input in MB (default 1)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds a pathological input may take before it counts as hung")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    result = run(args.mb, args.line_mb, args.timeout)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else markdown(result))
    return 0 if all(p["completed"] for p in result["pathological"]) else 1


if __name__ == "__main__":
    sys.exit(main())
