"""Two graph files compared as sets: nodes by id and links by (source, target, type),
each with all its properties (lists in their order). Prints the counts and the first
differences; exit code 0 when the graphs are equal.

Run: python bench/graph_diff.py A/graph.json B/graph.json [--show N]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg import graphfile  # noqa: E402


def digest(item: dict) -> str:
    text = json.dumps(item, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def index(path: str) -> tuple[dict, dict]:
    """id -> digest of each node, (source, target, key) -> digest of each link."""
    nodes, links = {}, {}
    for kind, item in graphfile.items(path):
        if kind == "node":
            nodes[item["id"]] = digest(item)
        else:
            links[(item["source"], item["target"], item.get("key", item.get("type")))] = digest(item)
    return nodes, links


def compare(a: dict, b: dict) -> tuple[list, list, list]:
    only_a = [k for k in a if k not in b]
    only_b = [k for k in b if k not in a]
    changed = [k for k in a if k in b and a[k] != b[k]]
    return only_a, only_b, changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    (na, la), (nb, lb) = index(args.a), index(args.b)
    equal = True
    for what, x, y in (("nodes", na, nb), ("links", la, lb)):
        only_a, only_b, changed = compare(x, y)
        equal &= not (only_a or only_b or changed)
        print(f"{what}: {len(x)} and {len(y)}; only in A {len(only_a)}, only in B {len(only_b)}, "
              f"different properties {len(changed)}")
        for label, keys in (("only in A", only_a), ("only in B", only_b), ("changed", changed)):
            for key in keys[: args.show]:
                print(f"  {label}: {key}")
    print("equal" if equal else "different")
    sys.exit(0 if equal else 1)


if __name__ == "__main__":
    main()
