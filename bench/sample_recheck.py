"""Re-check judged samples (bench/samples/*.tsv) against a newer build: which judged
names the build still makes, and the precision of those it keeps.

    python bench/sample_recheck.py OUT/graph.json bench/samples/program_2021_before.tsv ...

For each sample: the names kept, how many of them were judged right, the wrong ones it no
longer makes and the right ones it lost. Build the same corpus year the sample was drawn
from; a name the build now writes differently counts as lost."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def judged(path: Path) -> tuple[str, list[tuple[bool, str]]]:
    """The label a sample was drawn for (from its first line) and its (right, name) rows."""
    lines = path.read_text(encoding="utf-8").splitlines()
    label = lines[0].split(" names,")[0].split()[-1]
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return label, [(r[0] == "1", r[1]) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("samples", type=Path, nargs="+")
    args = ap.parse_args()
    with args.graph.open(encoding="utf-8") as f:
        built = {(n.get("label"), n["name"]) for n in json.load(f)["nodes"]}
    for path in args.samples:
        label, rows = judged(path)
        kept = [(ok, name) for ok, name in rows if (label, name) in built]
        right = sum(ok for ok, _ in kept)
        gone_wrong = sum(not ok for ok, name in rows if (label, name) not in built)
        lost = [name for ok, name in rows if ok and (label, name) not in built]
        share = f"{right / len(kept):.3f}" if kept else "-"
        print(f"{path.name}: kept {right}/{len(kept)} = {share}; no longer made: "
              f"{gone_wrong} wrong, {len(lost)} right {lost}")


if __name__ == "__main__":
    main()
