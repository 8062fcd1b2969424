"""Reading CLUENER2020 JSON lines into sentences with labelled character spans.

A CLUENER record is ``{"text": ..., "label": {label: {string: [[start, end], ...]}}}``
with ``end`` inclusive. Here spans are ``(start, end, label)`` with ``end`` exclusive,
sorted, and overlapping spans (a handful in train) are dropped after the first, so a
sentence always has one tag per character.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS = ("name", "company", "government", "organization", "position", "address",
          "scene", "book", "movie", "game")


@dataclass(frozen=True)
class Record:
    """One CLUENER sentence: its text and non-overlapping spans (end exclusive)."""
    text: str
    spans: tuple[tuple[int, int, str], ...]

    def strings(self) -> dict[str, set[str]]:
        """Distinct gold strings per label (how CLUENER is scored here)."""
        out: dict[str, set[str]] = {}
        for start, end, label in self.spans:
            out.setdefault(label, set()).add(self.text[start:end])
        return out


def parse_record(line: str) -> Record:
    """One JSON line → Record; raises ValueError on a span that does not fit the text."""
    data = json.loads(line)
    text = data["text"]
    spans = []
    for label, strings in (data.get("label") or {}).items():
        for string, positions in strings.items():
            for start, end in positions:
                if text[start:end + 1] != string:
                    raise ValueError(f"span {start}-{end} is not {string!r}")
                spans.append((start, end + 1, label))
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return Record(text, tuple(kept))


def read_records(path: str | Path) -> Iterator[Record]:
    """Records of a CLUENER file; a malformed line raises ValueError naming file and line."""
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield parse_record(line)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a CLUENER record ({exc})") from exc


def bioes(length: int, spans: tuple[tuple[int, int, str], ...]) -> list[str]:
    """Per-character tags: B-/I-/E- inside a span, S- for one character, O outside."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"S-{label}"
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end - 1):
            tags[i] = f"I-{label}"
        tags[end - 1] = f"E-{label}"
    return tags


def decode(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans (start, end exclusive, label) read back from BIOES tags; a span whose tags
    do not form B I* E (or S) is closed where its label changes."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        if start < 0 and tag == "O":
            continue  # (most characters: nothing open, nothing opens)
        prefix, _, lab = tag.partition("-")
        if start >= 0 and (prefix in ("B", "S", "O") or lab != label):
            spans.append((start, i, label))
            start = -1
        if prefix in ("B", "S") or (prefix in ("I", "E") and start < 0):
            start, label = i, lab
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, i + 1, label))
            start = -1
    return spans


MAIN_LABELS = ("name", "company", "government", "position")


def prf(tp: int, pred: int, gold: int) -> dict:
    """Precision, recall, F1 and the counts they come from."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "pred": pred, "gold": gold}


def score(pairs, labels: tuple[str, ...] = LABELS) -> dict[str, dict]:
    """P/R/F1 per label and micro over `MAIN_LABELS`, from (record, predicted spans)
    pairs, counted as distinct (label, string) per sentence."""
    counts = {label: [0, 0, 0] for label in labels}
    for record, predicted in pairs:
        gold = record.strings()
        pred: dict[str, set[str]] = {}
        for start, end, label in predicted:
            pred.setdefault(label, set()).add(record.text[start:end])
        for label in labels:
            g, p = gold.get(label, set()), pred.get(label, set())
            counts[label][0] += len(g & p)
            counts[label][1] += len(p)
            counts[label][2] += len(g)
    scores = {label: prf(*c) for label, c in counts.items()}
    main = [sum(counts[label][i] for label in MAIN_LABELS if label in counts) for i in range(3)]
    scores["micro (name, company, government, position)"] = prf(*main)
    return scores
