"""Precision of a built graph's names, judged by hand on a random sample.

    python bench/precision_sample.py draw OUT/graph.json [--n 100] [--seed 2026]
        [--keep bench/precision/sample.tsv] > bench/precision/sample.tsv
    python bench/precision_sample.py show OUT/graph.json bench/precision/sample.tsv
    python bench/precision_sample.py score bench/precision/sample.tsv

`draw` picks N distinct names of each label (TaskForce, Organization, Program, Project)
uniformly from the graph's nodes with a fixed seed, and writes them as TSV rows
(label, name, verdict, reason) with an empty verdict; `--keep` carries the verdicts of
an earlier sample over to the same (label, name). A reader fills the verdict by eye:
`y` (a real name of that kind, as the annotation guide counts it) or `n`, with a short
reason for each `n`. `show` prints, for each row still without a verdict, one sentence
of an article that mentions it (from OUT/articles.jsonl, for reading only: the sample
file holds names, never the corpus's text). `score` prints precision per label.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graphfile import items  # noqa: E402
from kg.text.sentences import split_sentences  # noqa: E402

LABELS = ("TaskForce", "Organization", "Program", "Project")
FIELDS = ("label", "name", "verdict", "reason")


def draw(graph: Path, n: int, seed: int, keep: Path | None) -> list[dict]:
    names: dict[str, list[str]] = defaultdict(list)
    for kind, item in items(graph):
        if kind == "node" and item.get("label") in LABELS:
            names[item["label"]].append(item["name"])
    kept = {(r["label"], r["name"]): r for r in read(keep)} if keep else {}
    rng = random.Random(seed)
    rows = []
    for label in LABELS:
        pool = sorted(set(names[label]))
        for name in sorted(rng.sample(pool, min(n, len(pool)))):
            old = kept.get((label, name), {})
            rows.append({"label": label, "name": name, "verdict": old.get("verdict", ""),
                         "reason": old.get("reason", "")})
    return rows


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write(rows: list[dict], fh) -> None:
    out = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
    out.writeheader()
    out.writerows(rows)


def show(graph: Path, sample: Path) -> None:
    todo = {f"{r['label']}:{r['name']}": r for r in read(sample) if not r["verdict"]}
    article_of: dict[str, str] = {}
    for kind, item in items(graph):
        if kind == "link" and item.get("type") == "MENTIONS" and item["target"] in todo:
            article_of.setdefault(item["target"], item["source"])
    wanted = set(article_of.values())
    texts = {}
    with open(graph.parent / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art.get("id") in wanted:
                texts[art["id"]] = art.get("title", "") + "。" + art.get("text", "")
    for node, row in todo.items():
        text = texts.get(article_of.get(node, ""), "")
        sentence = next((s for _, _, s in split_sentences(text) if row["name"] in s), "")
        print(f"{row['label']}\t{row['name']}\t{sentence[:160]}")


def score(sample: Path) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {label: [0, 0] for label in LABELS}
    for row in read(sample):
        if row["verdict"] in ("y", "n"):
            counts[row["label"]][0] += row["verdict"] == "y"
            counts[row["label"]][1] += 1
    for label, (good, judged) in counts.items():
        share = f"{good / judged:.2f}" if judged else "-"
        print(f"{label:14} precision {share}  ({good}/{judged} judged)")
    return {label: (g, j) for label, (g, j) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("graph", type=Path)
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--keep", type=Path)
    s = sub.add_parser("show")
    s.add_argument("graph", type=Path)
    s.add_argument("sample", type=Path)
    c = sub.add_parser("score")
    c.add_argument("sample", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        write(draw(args.graph, args.n, args.seed, args.keep), sys.stdout)
    elif args.command == "show":
        show(args.graph, args.sample)
    else:
        score(args.sample)


if __name__ == "__main__":
    main()
