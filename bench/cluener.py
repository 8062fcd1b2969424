#!/usr/bin/env python3
"""kg's extraction on CLUENER2020 dev: precision, recall and F1 per label.

Each dev sentence is wrapped as ``Article(text=...)`` and passed to
``kg.extract.extract``. Labels map as name→Person, company→Company,
government→Organization, position→Post.title (the ``title`` property of a Post), and,
as extra rows, address→Place and government∪organization→Organization. Scored as
distinct (class, string) per sentence, as in shared/docs/ner-options.md. A predicted
entity's string is its surface form in the sentence: its name, else the first alias
found in the text.

    python bench/cluener.py [--limit N] [--json] [--data dev.json]

The published CLUENER numbers printed beside ours are F1 of supervised models on the
hidden test split: a yardstick, not a like-for-like comparison.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

from kg.extract import extract
from kg.model import Article, Extraction
from kg.sequence.cluener import prf

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
DEV = SHARED / "eval" / "cluener" / "dev.json"

# our row -> (CLUENER labels that are its gold, the kg label whose strings are predicted)
ROWS = {
    "Person": (("name",), "Person"),
    "Company": (("company",), "Company"),
    "Organization": (("government",), "Organization"),
    "Post.title": (("position",), "Post.title"),
}
EXTRA_ROWS = {
    "Place (address)": (("address",), "Place"),
    "Organization (gov+org)": (("government", "organization"), "Organization"),
}
MAIN_ROWS = tuple(ROWS)

# CLUEbenchmark/CLUENER2020 README, per-entity online test F1 (copied in
# shared/eval/cluener/README.md): bilstm+crf, bert-base, roberta-wwm-large-ext.
BASELINES = {
    "Person": ("Person Name", 74.04, 88.75, 89.09),
    "Company": ("Company", 72.27, 81.42, 83.02),
    "Organization": ("Government", 77.25, 87.03, 88.17),
    "Post.title": ("Position", 70.16, 78.89, 79.62),
    "Place (address)": ("Address", 45.50, 60.89, 62.63),
    "Organization (gov+org)": ("Organization", 75.96, 79.43, 82.34),
}
BASELINE_MODELS = ("BiLSTM+CRF", "BERT-base", "RoBERTa-wwm-large-ext")


def predicted_strings(extraction: Extraction, text: str) -> dict[str, set[str]]:
    """Distinct predicted strings per kg label (and ``Post.title``) for one sentence."""
    out: dict[str, set[str]] = defaultdict(set)
    for ent in extraction.entities:
        if ent.label == "Post":
            title = (ent.props or {}).get("title")
            if title:
                out["Post.title"].add(title)
            continue
        surface = ent.name
        if ent.name not in text:
            surface = next((a for a in sorted(ent.aliases) if a in text), ent.name)
        out[ent.label].add(surface)
    return out


def gold_strings(label: dict, cluener_labels: tuple[str, ...]) -> set[str]:
    return {s for lab in cluener_labels for s in label.get(lab, {})}


def run(data: Path, limit: int | None = None) -> dict:
    counts = {row: [0, 0, 0] for row in {**ROWS, **EXTRA_ROWS}}  # tp, pred, gold
    n = chars = errors = 0
    seconds = 0.0
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            text, label = record["text"], record.get("label", {})
            n += 1
            chars += len(text)
            t0 = time.perf_counter()
            try:
                extraction = extract(Article(text=text))
            except Exception:  # a crash on one sentence is counted, not fatal
                errors += 1
                if errors == 1:
                    traceback.print_exc()
                extraction = Extraction()
            seconds += time.perf_counter() - t0
            pred = predicted_strings(extraction, text)
            for row, (cluener_labels, kg_label) in {**ROWS, **EXTRA_ROWS}.items():
                gold = gold_strings(label, cluener_labels)
                c = counts[row]
                c[0] += len(pred[kg_label] & gold)
                c[1] += len(pred[kg_label])
                c[2] += len(gold)
    scores = {row: prf(*c) for row, c in counts.items()}
    micro = [sum(counts[r][i] for r in MAIN_ROWS) for i in range(3)]
    scores["micro (4 main rows)"] = prf(*micro)
    return {"data": str(data), "sentences": n, "chars": chars, "errors": errors,
            "extract_seconds": round(seconds, 3),
            "chars_per_second": round(chars / seconds) if seconds else None,
            "scores": scores,
            "baselines": {row: dict(zip(("cluener_label",) + BASELINE_MODELS, b))
                          for row, b in BASELINES.items()}}


def markdown(result: dict) -> str:
    lines = [f"CLUENER2020 dev, {result['sentences']} sentences, distinct (class, string) "
             f"per sentence; kg extraction {result['chars_per_second'] or 0:,} chars/s"
             + (f"; {result['errors']} sentences raised" if result["errors"] else ""),
             "",
             "| row | CLUENER label | P | R | F1 | pred | gold | "
             + " | ".join(f"{m} (test F1)" for m in BASELINE_MODELS) + " |",
             "|---|---|---|---|---|---|---|" + "---|" * len(BASELINE_MODELS)]
    for row, s in result["scores"].items():
        base = BASELINES.get(row)
        mapped = "+".join({**ROWS, **EXTRA_ROWS}.get(row, (("name", "company", "government",
                                                              "position"), ""))[0])
        cells = [f"{b:.2f}" for b in base[1:]] if base else ["—"] * len(BASELINE_MODELS)
        lines.append(f"| {row} | {mapped} | {100 * s['precision']:.1f} | {100 * s['recall']:.1f} "
                     f"| {100 * s['f1']:.1f} | {s['pred']} | {s['gold']} | " + " | ".join(cells) + " |")
    lines += ["", "Baselines: supervised models trained on CLUENER train, F1 on the hidden test "
              "split (CLUEbenchmark/CLUENER2020 README); ours is untrained, on dev."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEV, help="CLUENER JSON lines (default: dev.json)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"cluener: {args.data} not found (set KG_SHARED)", file=sys.stderr)
        return 2
    extract(Article(text="预热。"))  # load lexicons and models outside the timing
    result = run(args.data, args.limit)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
