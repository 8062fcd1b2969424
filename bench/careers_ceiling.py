"""The ceiling of careers recall: for each roster spell, whether the corpus states it at all.

    python bench/careers_ceiling.py ../shared/corpus/bulk [--roster ../shared/eval/careers/dev.csv]
                                    [--graph /tmp/bulk/graph.json]

For each spell of a careers roster (the CSV of `shared/eval/careers/`) that overlaps the
corpus (2012-07 .. 2026-06) by six months or more, as `score_careers.py` counts them:

- `sentence`: some sentence of the corpus names the person, the province (short or full
  form) and the role's title (书记 for a party secretary; 省长, 主席 or 市长 for a
  governor). These are the spells a reader of single sentences can find: the ceiling;
- `article`: not so, but a sentence names the person with the role's title in an article
  that names the province elsewhere (a relative title: 自治区人民政府主席某某);
- `name_only`: the person is named, never with the role's title;
- `absent`: the name is not in the corpus.

With `--graph`, each spell also says whether the graph credits the person with the post
(HOLDS, status current, a Post whose name holds the province and the title), and the
report lists the reachable spells the graph misses. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROSTER = REPO.parent / "shared" / "eval" / "careers" / "dev.csv"
LO, HI = date(2012, 7, 1), date(2026, 6, 30)
AUTONOMOUS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
              "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"}
MUNICIPALITIES = {"北京", "上海", "天津", "重庆"}
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CLAUSE_END = re.compile(r"[，,：:（(]")
LIST_JOINS = "、和与及"  # a name followed by one of these is an item of a list
BEFORE = 3  # a title ends at most this many characters before the name (省长于伟国, 书记、X)


def _day(text: str, end: bool = False) -> date:
    if not text:
        return HI
    parts = [int(p) for p in text.split("-")]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    return date(parts[0], month, 28 if end else 1)


def spells(roster: Path) -> list[dict]:
    """The roster's spells that overlap the corpus by six months or more."""
    out = []
    for row in csv.DictReader(roster.open(encoding="utf-8")):
        start, end = max(_day(row["start"]), LO), min(_day(row["end"], True), HI)
        if (end - start).days >= 182:
            out.append(row)
    return out


def province_forms(short: str) -> tuple[str, ...]:
    full = AUTONOMOUS.get(short) or short + ("市" if short in MUNICIPALITIES else "省")
    return short, full


def titles(short: str, role: str) -> tuple[str, ...]:
    if role == "party_secretary":
        return ("书记",)
    return ("市长",) if short in MUNICIPALITIES else (("主席",) if short in AUTONOMOUS else ("省长",))


def titled(sentence: str, name: str, words: tuple[str, ...]) -> bool:
    """Whether `sentence` gives `name` one of the titles `words` (not a deputy's 副…):
    just before the name (省长于伟国) or after it in the same clause (某某同志任…省长)."""
    for at in (m.start() for m in re.finditer(re.escape(name), sentence)):
        before = sentence[max(0, at - BEFORE - 3):at]
        for word in words:
            end = before.rfind(word)
            if end >= 0 and len(before) - end - len(word) <= BEFORE \
                    and not before[:end].endswith("副"):
                return True
        after = CLAUSE_END.split(sentence[at + len(name):], 1)[0]
        if after[:1] in LIST_JOINS:
            continue
        if any(w in after and "副" + w not in after for w in words):
            return True
    return False


def _texts(corpus: Path):
    files = sorted(corpus.rglob("*.jsonl")) if corpus.is_dir() else [corpus]
    for path in files:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    continue
                yield item.get("title") or "", item.get("text") or item.get("content") or ""


def evidence(corpus: Path, rows: list[dict]) -> dict[int, str]:
    """Spell index -> the best evidence level the corpus holds for it."""
    rank = {"absent": 0, "name_only": 1, "article": 2, "sentence": 3}
    best = dict.fromkeys(range(len(rows)), "absent")
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_name[row["name"]].append(i)
    for title, text in _texts(corpus):
        body = title + "\n" + text
        named = [n for n in by_name if n in body]
        if not named:
            continue
        sentences = SENTENCE_END.split(body)
        for name in named:
            said = [s for s in sentences if name in s]
            for i in by_name[name]:
                if best[i] == "sentence":
                    continue
                forms = province_forms(rows[i]["province_short"])
                words = titles(rows[i]["province_short"], rows[i]["role"])
                with_title = [s for s in said if titled(s, name, words)]
                if any(any(f in s for f in forms) for s in with_title):
                    level = "sentence"
                elif with_title and any(f in body for f in forms):
                    level = "article"
                else:
                    level = "name_only"
                if rank[level] > rank[best[i]]:
                    best[i] = level
    return best


def credited(graph: Path, rows: list[dict]) -> list[bool]:
    """Whether the graph credits each spell's person with a current post of the spell's
    province and title."""
    data = json.loads(graph.read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    posts: dict[str, set[str]] = defaultdict(set)
    for link in data["links"]:
        if link.get("type") == "HOLDS" and link.get("status", "current") == "current":
            posts[nodes[link["source"]]["name"]].add(nodes[link["target"]]["name"])
    out = []
    for row in rows:
        forms = province_forms(row["province_short"])
        words = titles(row["province_short"], row["role"])
        held = posts.get(row["name"], set())
        out.append(any(p.startswith(("中共", *forms)) and any(f in p for f in forms)
                       and p.endswith(words) and "副" not in p for p in held))
    return out


def report(corpus: Path, roster: Path, graph: Path | None) -> dict:
    rows = spells(roster)
    best = evidence(corpus, rows)
    levels = defaultdict(list)
    for i, row in enumerate(rows):
        levels[best[i]].append(f"{row['name']} {row['post_title']} {row['start']}..{row['end']}")
    out = {"spells": len(rows), "ceiling": round(len(levels["sentence"]) / max(1, len(rows)), 3),
           "counts": {k: len(levels[k]) for k in ("sentence", "article", "name_only", "absent")},
           "not_in_a_sentence": levels["article"] + levels["name_only"] + levels["absent"]}
    if graph:
        got = credited(graph, rows)
        out["graph_found"] = sum(got)
        out["reachable_missed"] = [levels_name for i, levels_name in enumerate(
            f"{r['name']} {r['post_title']} {r['start']}..{r['end']}" for r in rows)
            if best[i] == "sentence" and not got[i]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--roster", type=Path, default=ROSTER)
    parser.add_argument("--graph", type=Path)
    args = parser.parse_args()
    print(json.dumps(report(args.corpus, args.roster, args.graph), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
