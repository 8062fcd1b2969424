"""Generate kg/data/misconverted.tsv: variant characters a naive simplified→traditional
conversion picks and that OpenCC's t2s then leaves alone (or turns into the wrong
simplified character).

The class of error: a converter that maps each simplified character to *any* of its
traditional candidates (OpenCC STCharacters one-to-many entries, or a wider variant
dictionary such as jionlp's tra2sim_char.txt) writes 乾部 for 干部, 彿山 for 佛山,
儅 for 当, 侷 for 局 ... t2s keeps those because each is a legal character of its own.

Columns: variant, simplified, rule, origin, genuine
  rule = ``marker``   the variant never occurs in the genuine reference text: it is evidence
                      that a page was mis-converted (detection counts these)
         ``context``  the variant occurs a little in genuine text (names: 喆, 珮): repaired
                      only in a page already detected as mis-converted
  Every row is applied only to pages detected as mis-converted (see kg/normalize.py);
  乾 is not here because OpenCC t2s already turns it into 干 except in 乾隆/乾坤 ...
  origin = opencc | jionlp | both (which dictionary lists the pair)
  genuine = occurrences of the variant in the reference simplified corpus (review aid)

Run:  python kg/data/make_repair_table.py [REFERENCE.jsonl ...] > kg/data/misconverted.tsv
The reference corpus (genuine simplified news, e.g. shared/corpus/bulk/*.jsonl) decides
``rule`` and drops variants common in genuine text (>= COMMON occurrences); without one,
a character that OpenCC's STCharacters lists as a simplified key gets ``context``.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import Counter

import opencc

# Pairs a reviewer rejected although the reference corpus is silent or nearly so: the
# 'variant' is a character in its own right in simplified text (彷徨, 幺), so even in a
# mis-converted page it is more likely genuine than an error.
REJECT = {"彷", "幺", "覆", "阪", "氹", "著", "瞭", "藉"}
# A variant seen this often in genuine simplified news is an ordinary character: not a
# conversion error to repair.
COMMON = 20


def _dictionary_dir(package) -> str:
    return os.path.join(os.path.dirname(package.__file__), "dictionary")


def opencc_pairs() -> dict[str, str]:
    """variant → simplified for the rare options of one-to-many STCharacters entries
    (every option but the first, standard, one)."""
    pairs = {}
    path = os.path.join(_dictionary_dir(opencc), "STCharacters.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            simp, trads = line.rstrip("\n").split("\t")
            options = trads.split()
            if len(options) > 1:
                for variant in options[1:]:
                    if variant != simp:
                        pairs.setdefault(variant, simp)
    return pairs


def jionlp_pairs() -> dict[str, str]:
    """variant → simplified from jionlp's traditional→simplified character table."""
    spec = importlib.util.find_spec("jionlp")  # not imported: jionlp prints a banner
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return {}
    folder = os.path.join(list(spec.submodule_search_locations)[0], "dictionary")
    pairs = {}
    with open(os.path.join(folder, "tra2sim_char.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
                pairs.setdefault(parts[0], parts[1])
    return pairs


def simplified_keys() -> set[str]:
    path = os.path.join(_dictionary_dir(opencc), "STCharacters.txt")
    with open(path, encoding="utf-8") as fh:
        return {line.split("\t", 1)[0] for line in fh}


def reference_counts(paths: list[str]) -> Counter:
    counts: Counter = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                counts.update(json.loads(line).get("text", ""))
    return counts


def build(reference: list[str]) -> list[tuple[str, str, str, str, int]]:
    t2s = opencc.OpenCC("t2s")
    ocp, jlp = opencc_pairs(), jionlp_pairs()
    keys = simplified_keys()
    genuine = reference_counts(reference)
    rows = []
    for variant in sorted(set(ocp) | set(jlp)):
        simp = ocp.get(variant) or jlp[variant]
        if variant in REJECT or variant == simp:
            continue
        if t2s.convert(variant) == simp:
            continue  # t2s already repairs it (侷, 彿, 衚, 硃, 麪 ...)
        origin = "both" if variant in ocp and variant in jlp else ("opencc" if variant in ocp else "jionlp")
        n = genuine.get(variant, 0)
        if n >= COMMON:
            continue
        ordinary = n > 0 if reference else variant in keys
        rows.append((variant, simp, "context" if ordinary else "marker", origin, n))
    return rows


def main(argv: list[str]) -> None:
    print("# variant\tsimplified\trule\torigin\tgenuine  (generated by make_repair_table.py; reviewed)")
    for row in build(argv):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(sys.argv[1:])
