"""Score kg on the project's own blind annotations (bench/gold), beside the shared gold.

    python bench/genre_gold.py                     # the 100 bulk-corpus items, by set
    python bench/genre_gold.py --pages DIR         # also the 30 local news pages, saved in DIR

bench/gold/bulk/ annotates 100 items of the bulk corpus (national news about local
affairs), drawn at random among items that name posts, places or companies; items.tsv
says where each is (year file, line, id). The script writes each item's title and text
from ../shared/corpus/bulk to a temporary folder (the corpus is never copied into the
repository), builds each set with kg and scores it with `kg eval`. bench/gold/local/
annotates 30 local-government news pages (sources.tsv: their addresses); their text is
not shipped: save the pages as DIR/<file> to score them. The annotators followed
shared/eval/ANNOTATION.md and did not see kg's output.

Each collection is scored by set (bench/gold/README.md): the dev sets, whose misses
were read while writing rules (bulk B0* and D*–O*, local L16–L30), and the held-out sets,
only ever scored in aggregate (bulk B1*, local L01–L15).
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
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


BULK_SETS = {"bulk dev B0": "B0", "bulk held-out B1": "B1", "bulk dev D": "D", "bulk dev E": "E",
             "bulk dev F": "F", "bulk dev G": "G", "bulk dev H": "H",
             "bulk dev I": "I", "bulk dev J": "J", "bulk dev K": "K", "bulk dev L": "L",
             "bulk dev M": "M", "bulk dev N": "N", "bulk dev O": "O",
             "bulk dev P": "P", "bulk dev Q": "Q",
             "bulk dev R": "R", "bulk dev S": "S", "bulk dev T": "T", "bulk dev U": "U",
             "bulk dev V": "V", "bulk dev W": "W", "bulk dev X": "X",
             "bulk dev Y": "Y", "bulk dev Z": "Z"}
LOCAL_SETS = {"local dev L16-30": lambda n: int(n[1:3]) >= 16,
              "local held-out L01-15": lambda n: int(n[1:3]) < 16}


def write_bulk_items(folder: Path, prefix: str = "") -> int:
    """Each annotated item whose file starts with `prefix` as DIR/<file> (title, newline,
    text), read from the bulk corpus."""
    with open(GOLD / "bulk" / "items.tsv", encoding="utf-8", newline="") as fh:
        wanted = [row for row in csv.DictReader(fh, delimiter="\t")
                  if row["file"].startswith(prefix)]
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


def subset(folder: Path, into: Path, keep, pattern: str = "*.json") -> Path:
    """The files of `folder` matching `pattern` whose names `keep` accepts, copied into
    `into`."""
    into.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob(pattern)):
        if path.is_file() and keep(path.name):
            shutil.copy(path, into / path.name)
    return into


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
        for k, (name, prefix) in enumerate(BULK_SETS.items()):
            work = Path(tmp) / f"b{k}"
            (work / "items").mkdir(parents=True)
            write_bulk_items(work / "items", prefix)
            gold = subset(GOLD / "bulk", work / "gold", lambda n, p=prefix: n.startswith(p))
            results[name] = score(work / "items", gold, work)
        if args.pages:
            for k, (name, keep) in enumerate(LOCAL_SETS.items()):
                work = Path(tmp) / f"l{k}"
                pages = subset(args.pages, work / "pages", keep, pattern="L*")
                gold = subset(GOLD / "local", work / "gold", keep)
                results[name] = score(pages, gold, work)
    print(f"{'P/R/F1':26}" + "".join(f"{name:>22}" for name in results))
    for row in ROWS:
        cells = [results[name].get(row, {}) for name in results]
        print(f"{row:26}" + "".join(
            f"{c.get('precision', 0):.2f}/{c.get('recall', 0):.2f}/{c.get('f1', 0):.3f}".rjust(22) for c in cells))


if __name__ == "__main__":
    main()
