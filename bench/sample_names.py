"""Draw a random sample of the names of one label from a built graph, each with a short
passage of an article that mentions it, for judging precision by eye.

    python bench/sample_names.py OUT/graph.json Program [--n 100] [--year 2021] [--seed 1]

Prints TSV: name, number of articles that mention it, the first such article's id and,
with --passages, a passage around the name in it (from the build's OUT/articles.jsonl)
to judge by. A judged sample adds a first column (1 right, 0 wrong) and is kept under
bench/samples/ without the passages (the corpus text stays out of the repository)."""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def load(graph: Path):
    """Nodes by id and, for each node, the ids of the articles mentioning it."""
    nodes, mentions = {}, {}
    with graph.open(encoding="utf-8") as f:
        data = json.load(f)
    for n in data["nodes"]:
        nodes[n["id"]] = n
    for link in data["links"]:
        if link["type"] == "MENTIONS":
            mentions.setdefault(link["target"], []).append(link["source"])
    return nodes, mentions


def texts(out: Path, ids: set[str]) -> dict[str, str]:
    """The text of the articles `ids`, from the build's OUT/articles.jsonl."""
    found: dict[str, str] = {}
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("id") in ids:
                found[rec["id"]] = rec.get("text", "")
    return found


def _find(text: str, name: str, aliases: list[str]) -> tuple[int, str]:
    """Where the article writes the name: itself, else one of its aliases (the form
    before the place was resolved into it), else its start (a name whose quotes the build
    dropped: “某某”活动)."""
    for form in [name, *sorted(aliases, key=len, reverse=True)]:
        k = text.find(form)
        if k >= 0:
            return k, form
    return text.find(name[:4]), name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("label")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--year", default="", help="only names mentioned in articles published this year")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--passages", action="store_true", help="print a passage of the article to judge by")
    args = ap.parse_args()
    nodes, mentions = load(args.graph)
    pool = []
    for nid, node in nodes.items():
        if node.get("label") != args.label:
            continue
        arts = [a for a in mentions.get(nid, []) if str(nodes[a].get("published", "")).startswith(args.year)]
        if arts:
            pool.append((node["name"], arts, node.get("aliases") or []))
    pool.sort()
    sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    body = texts(args.graph.parent, {arts[0] for _, arts, _ in sample}) if args.passages else {}
    print(f"# {len(sample)} of {len(pool)} {args.label} names, seed {args.seed}, year {args.year or 'all'}")
    for name, arts, aliases in sample:
        text = body.get(arts[0], "")
        k, form = _find(text, name, aliases)
        passage = text[max(0, k - 40):k + len(form) + 30] if k >= 0 else ""
        print(f"{name}\t{len(arts)}\t{arts[0]}" + (f"\t{passage.replace(chr(10), ' ')}" if args.passages else ""))


if __name__ == "__main__":
    main()
