"""`kg build DAY --out DIR --update`: one day of news added to the graph of a big
corpus, timed and compared with the full build.

Input: the output folder of a full build (e.g. of ../shared/corpus/bulk). The script
takes the last day of news in it (the articles of the latest `published` date, the end
of the corpus), writes them to a file of their own (in --work, outside the repository),
makes the base: a copy of the folder whose store lacks that day's rows, its graph
folded again from the rest (what a full build of the rest folds), then runs the update
under bench/memtree.py and compares its graph.json and articles.jsonl with the full
build's. Only the day's articles' `path` differs (their new file's name).

Run: python bench/update_speed.py FULL_OUT_DIR [--work /tmp/kg-update] [--jobs 1] [--days 1]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg import graphfile  # noqa: E402
from kg.store import identities, materialise  # noqa: E402
from memtree import measure  # noqa: E402


def split_off_last_day(full: Path, work: Path, days: int = 1) -> tuple[Path, Path, int]:
    """(base folder, the day's file, its article count)."""
    base = work / "base"
    shutil.rmtree(base, ignore_errors=True)
    shutil.copytree(full, base)
    db = sqlite3.connect(base / "kg.sqlite", isolation_level=None)
    dates = [r[0] for r in db.execute("SELECT DISTINCT published FROM articles WHERE seq > "
                                      "(SELECT max(seq) - 500 FROM articles) ORDER BY seq DESC")]
    day = dates[days - 1]  # the last `days` days of news, at the end of the corpus
    first = db.execute("SELECT min(seq) FROM articles WHERE published >= ? AND seq > "
                       "(SELECT max(seq) - 500 FROM articles)", (day,)).fetchone()[0]
    records = [r[0] for r in db.execute("SELECT record FROM articles WHERE seq >= ? ORDER BY seq",
                                        (first,))]
    day_file = work / f"day-{day}.jsonl"
    day_file.write_text("".join(json.dumps({k: v for k, v in json.loads(r).items()
                                             if k in ("title", "text", "published", "source",
                                                      "url", "authors")}, ensure_ascii=False)
                                  + "\n" for r in records), encoding="utf-8")
    db.execute("BEGIN")
    db.execute("DELETE FROM nodes WHERE label != 'Article' OR id IN "
               "(SELECT id FROM articles WHERE seq >= ?)", (first,))
    db.execute("DELETE FROM links WHERE type != 'MENTIONS' OR src IN "
               "(SELECT id FROM articles WHERE seq >= ?)", (first,))
    for table in ("entities", "relations", "mentions", "articles"):
        db.execute(f"DELETE FROM {table} WHERE seq >= ?", (first,))
    # every row back under its name as extracted; the resolve stage assigns them again
    db.execute("DELETE FROM identities")
    db.execute("UPDATE entities SET node = label || ':' || name")
    db.execute("UPDATE relations SET src = src_label || ':' || src_name, "
               "dst = dst_label || ':' || dst_name")
    materialise.materialise_all(db, identities.resolve(db))
    db.execute("COMMIT")
    db.close()
    (base / "articles.jsonl").write_text("".join(
        r[0] + "\n" for r in sqlite3.connect(base / "kg.sqlite").execute(
            "SELECT record FROM articles ORDER BY seq")), encoding="utf-8")
    return base, day_file, len(records)


def _without_paths(path: Path, names: set[str]) -> list[str]:
    out = []
    for kind, item in graphfile.items(path):
        if item.get("id") in names:
            item.pop("path", None)
        out.append(json.dumps(item, ensure_ascii=False, sort_keys=True))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("full", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-update"))
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--days", type=int, default=1, help="the last N days of news")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base, day_file, n = split_off_last_day(args.full, args.work, args.days)
    print(f"base: {base} (the full build less {n} articles of {day_file.name})")
    result = measure([sys.executable, "-m", "kg.cli", "build", str(day_file), "--out", str(base),
                      "--update", "-j", args.jobs], env={**__import__("os").environ,
                                                         "KG_TIMING": "1"})
    print(f"update: exit {result.exit_code}, {result.seconds:.1f} s, peak RSS sum "
          f"{result.peak_rss_mb:,.0f} MB, PSS sum {result.peak_pss_mb:,.0f} MB")
    day_ids = {json.loads(line)["id"] for line in
               (base / "articles.jsonl").read_text(encoding="utf-8").splitlines()[-n:]}
    same = _without_paths(base / "graph.json", day_ids) == _without_paths(
        args.full / "graph.json", day_ids)
    print("graph.json equals the full build's (but for the day's articles' path):", same)
    sys.exit(0 if same and result.exit_code == 0 else 1)


if __name__ == "__main__":
    main()
