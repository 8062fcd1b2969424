"""Draw bulk-corpus items for hand annotation (the D* second dev set of bench/gold/bulk).

usage: python bench/draw_bulk_items.py [--n 12] [--seed 2612] [--prefix D] [--shared DIR]

The D001-D012 rows of items.tsv were drawn with the defaults (before they were added).
The E001-E010 rows were drawn with --n 10 --seed 2613 --prefix E (a third dev set),
the F001-F012 rows with --n 12 --seed 2614 --prefix F (a fourth),
the G001-G012 rows with --n 12 --seed 2615 --prefix G (a fifth),
the H001-H012 rows with --n 12 --seed 2616 --prefix H (a sixth),
the I001-I012 rows with --n 12 --seed 2617 --prefix I (a seventh),
the J001-J012 rows with --n 12 --seed 2618 --prefix J (an eighth),
the K001-K012 rows with --n 12 --seed 2619 --prefix K (a ninth),
the L001-L012 rows with --n 12 --seed 2620 --prefix L (a blind set of national news),
the M001-M012 rows with --n 12 --seed 2621 --prefix M (a dev set drawn in parallel with K and L),
the N001-N012 rows with --n 12 --seed 2622 --prefix N (a blind set of national news),
the O001-O012 rows with --n 12 --seed 2623 --prefix O (a blind dev set of national news),
the P001-P012 rows with --n 12 --seed 2624 --prefix P (a blind dev set of national news),
the Q001-Q012 rows with --n 12 --seed 2625 --prefix Q (a blind dev set of national news,
drawn at the same time as the P and R sets, with other seeds),
the R001-R012 rows with --n 12 --seed 2626 --prefix R (a blind dev set of national news, drawn
in parallel with the P and Q sets, with other seeds),
the S001-S012, T001-T012 and U001-U012 rows with --n 12 and --seed 2627 --prefix S,
--seed 2628 --prefix T, --seed 2629 --prefix U (three blind dev sets of national news, drawn
at the same time),
the V001-V012, W001-W012 and X001-X012 rows with --n 12 and --seed 2630 --prefix V,
--seed 2631 --prefix W, --seed 2632 --prefix X (three blind dev sets of national news, drawn
at the same time),
the Y001-Y012 and Z001-Z012 rows with --n 12 and --seed 2633 --prefix Y, --seed 2634 --prefix Z
(two blind dev sets of national news, drawn at the same time).

Criteria of bench/gold/README.md: 200-1,500 characters of text, at least two of the
local-government key words, not international news, not in ``shared/eval/dev`` and not
already in ``bench/gold/bulk/items.tsv``. One item per year, years drawn at random, so
that the set spans the corpus. Prints the rows of items.tsv; writes no corpus text.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
KEYS = ("书记", "省长", "市长", "县长", "区长", "镇", "村", "公司", "集团", "项目", "工程", "专班", "局长", "主任", "厅")
# markers of international news (foreign states, leaders and bodies)
FOREIGN = re.compile(
    "国际|外交|外长|总统|首相|联合国|大使|访问|会见|会谈|美国|俄罗斯|日本|韩国|朝鲜|欧盟|英国|法国|德国|"
    "印度|巴基斯坦|伊朗|以色列|巴勒斯坦|叙利亚|乌克兰|非洲|东盟|北约|峰会|世界|全球|海外|境外|外方|双边|多边"
)


def taken(shared: Path) -> set[tuple[str, int]]:
    """(year, line) pairs already annotated: the dev set and items.tsv."""
    out: set[tuple[str, int]] = set()
    for p in (shared / "eval/dev/articles").iterdir():
        parts = p.stem.split("_")
        if len(parts) == 3:
            out.add((parts[1], int(parts[2])))
    with open(ROOT / "bench/gold/bulk/items.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.add((row["year"], int(row["line"])))
    return out


def eligible(item: dict) -> bool:
    """The README's criteria for one corpus item."""
    text = item.get("text", "")
    if not 200 <= len(text) <= 1500:
        return False
    if sum(k in text for k in KEYS) < 2:
        return False
    return not FOREIGN.search(item.get("title", "") + text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--seed", type=int, default=2612)
    ap.add_argument("--prefix", default="D")
    ap.add_argument("--shared", type=Path, default=SHARED)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    done = taken(a.shared)
    files = sorted((a.shared / "corpus/bulk").glob("xwlb-*.jsonl"))
    years = rng.sample(files, min(a.n, len(files)))
    while len(years) < a.n:
        years.append(rng.choice(files))
    print("file\tyear\tline\tid")
    for i, path in enumerate(years, 1):
        year = path.stem.split("-")[1]
        with open(path, encoding="utf-8") as fh:
            pool = [(n, json.loads(l)) for n, l in enumerate(fh)]
        pool = [(n, it) for n, it in pool if (year, n) not in done and eligible(it)]
        n, it = rng.choice(pool)
        done.add((year, n))
        print(f"{a.prefix}{i:03d}_{year}_{n:05d}.txt\t{year}\t{n}\t{it['id']}")


if __name__ == "__main__":
    main()
