"""Score kg on the project's own blind annotations (bench/gold), beside the shared gold.

    python bench/genre_gold.py                     # the 30 bulk-corpus items
    python bench/genre_gold.py --pages DIR         # also the 30 local news pages, saved in DIR

bench/gold/bulk/ annotates 30 items of the bulk corpus (national news about local
affairs), drawn at random among items that name posts, places or companies; items.tsv
says where each is (year file, line, id). The script writes each item's title and text
from ../shared/corpus/bulk to a temporary folder (the corpus is never copied into the
repository), builds it with kg and scores it with `kg eval`. bench/gold/local/ annotates
30 local-government news pages (sources.tsv: their addresses); their text is not shipped:
save the pages as DIR/<file> to score them. The annotators followed
shared/eval/ANNOTATION.md and did not see kg's output.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SHARED = Path(__import__("os").environ.get("KG_SHARED", HERE.parent.parent / "shared"))
KG = (sys.executable, "-c", "from kg.cli import main; main()")
ROWS = ("ALL_ENTITIES", "Person", "Place", "Organization", "Company", "TaskForce", "Program",
        "Project", "HOLDS(person,title,org)", "MEMBER_OF", "PART_OF")


def write_bulk_items(folder: Path) -> int:
    """Each annotated item as DIR/<file> (title, newline, text), read from the bulk corpus."""
    with open(GOLD / "bulk" / "items.tsv", encoding="utf-8", newline="") as fh:
        wanted = list(csv.DictReader(fh, delimiter="\t"))
    by_year: dict[str, dict[int, str]] = {}
    for row in wanted:
        by_year.setdefault(row["year"], {})[int(row["line"])] = row["file"]
    for year, lines in by_year.items():
        with open(SHARED / "corpus" / "bulk" / f"xwlb-{year}.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i in lines:
                    item = json.loads(line)
                    (folder / lines[i]).write_text(item["title"] + "\n" + item["text"] + "\n",
                                                   encoding="utf-8")
    return len(wanted)


def score(articles: Path, gold: Path, work: Path) -> dict:
    out = work / "out"
    subprocess.run([*KG, "build", str(articles), "--out", str(out),
                    "--no-page"], check=True, capture_output=True)
    done = subprocess.run([*KG, "eval", str(out / "graph.json"),
                           "--gold", str(gold), "--json"], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout)["scores"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="folder of the saved local pages")
    args = parser.parse_args()
    if not (SHARED / "corpus" / "bulk").is_dir():
        sys.exit(f"genre_gold: skipped: the bulk corpus is not at {SHARED / 'corpus' / 'bulk'}")
    results = {}
    with tempfile.TemporaryDirectory(prefix="kg-genre-") as tmp:
        items = Path(tmp) / "bulk"
        items.mkdir()
        write_bulk_items(items)
        results["bulk (30)"] = score(items, GOLD / "bulk", Path(tmp) / "b")
        if args.pages:
            results["local (30)"] = score(args.pages, GOLD / "local", Path(tmp) / "l")
    print(f"{'P/R/F1':26}" + "".join(f"{name:>20}" for name in results))
    for row in ROWS:
        cells = [results[name].get(row, {}) for name in results]
        print(f"{row:26}" + "".join(
            f"{c.get('precision', 0):.2f}/{c.get('recall', 0):.2f}/{c.get('f1', 0):.3f}".rjust(20) for c in cells))


if __name__ == "__main__":
    main()
