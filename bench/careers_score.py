"""Careers and canonical names on a graph of the bulk corpus (issue 13).

    kg build ../shared/corpus/bulk --out /tmp/bulk -j 2 --no-page
    python bench/careers_score.py /tmp/bulk/graph.json [--roster ../shared/eval/careers/dev.csv]

Prints one JSON object:
- `careers`: the output of `shared/eval/careers/score_careers.py` on the roster (recall,
  dated share, Post nodes per province and role, intruders), when the roster is there;
- `variant_groups`: for each group of surface forms of one post named in the issue, the
  Post nodes that carry a form as name or alias (one node each is the target);
- `noise_openers`: Post and Organization names that open with a time or discourse word
  (`kg.resolve.noise`; target ≤ 10), with examples;
- `people`: Person nodes, how many were split from a namesake, and examples with the
  reason recorded;
- `holds_dated`: the share of HOLDS links carrying first_seen and last_seen.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from kg.resolve.noise import opens_with_noise

REPO = Path(__file__).resolve().parent.parent
ROSTER = REPO.parent / "shared" / "eval" / "careers" / "dev.csv"
GROUPS = [
    ["中央组织部部长", "中组部部长", "中共中央组织部部长"],
    ["中央纪律检查委员会书记", "中央纪委书记", "中国共产党中央纪律检查委员会书记",
     "中共中央纪律检查委员会书记"],
    ["国家发展改革委主任", "国家发改委主任", "国家发展和改革委员会主任"],
    ["中共中央政治局常委", "中央政治局常委", "中国共产党中央政治局常委"],
]


def variant_groups(nodes: list[dict]) -> list[dict]:
    posts = [n for n in nodes if n.get("label") == "Post"]
    out = []
    for forms in GROUPS:
        hits = sorted({n["name"] for n in posts
                       if n["name"] in forms or set(n.get("aliases") or ()) & set(forms)})
        out.append({"forms": forms, "post_nodes": hits, "one_node": len(hits) == 1})
    return out


def noise_openers(nodes: list[dict]) -> dict:
    names = sorted(n["name"] for n in nodes if n.get("label") in ("Post", "Organization")
                   and opens_with_noise(n["name"]))
    return {"count": len(names), "examples": names[:30]}


def people(nodes: list[dict]) -> dict:
    persons = [n for n in nodes if n.get("label") == "Person"]
    split = [n for n in persons if n.get("disambiguation")]
    return {"nodes": len(persons), "split_from_a_namesake": len(split),
            "examples": [f"{n['name']}: {n['disambiguation']}" for n in split[:15]]}


def holds_dated(links: list[dict]) -> float:
    holds = [link for link in links if link.get("type") == "HOLDS"]
    dated = sum(1 for link in holds if link.get("first_seen") and link.get("last_seen"))
    return round(dated / max(1, len(holds)), 3)


def careers(graph: Path, roster: Path) -> dict | None:
    script = roster.parent / "score_careers.py"
    if not roster.is_file() or not script.is_file():
        return None
    run = subprocess.run([sys.executable, str(script), str(graph), str(roster)],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--roster", type=Path, default=ROSTER)
    args = parser.parse_args()
    data = json.loads(args.graph.read_text(encoding="utf-8"))
    nodes, links = data["nodes"], data.get("links", data.get("edges", []))
    report = {"careers": careers(args.graph, args.roster),
              "variant_groups": variant_groups(nodes), "noise_openers": noise_openers(nodes),
              "people": people(nodes), "holds_dated": holds_dated(links),
              "labels": dict(Counter(n.get("label") for n in nodes))}
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
