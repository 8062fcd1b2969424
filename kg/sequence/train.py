"""Train the sequence tagger on CLUENER2020 train and write it to ``kg/data/sequence``.

    python -m kg.sequence.train                # the shipped settings, on all of train
    python -m kg.sequence.train --select       # try CANDIDATES on a 90/10 split of
                                               # train, then train the best on all of it

Only ``train.json`` is read: dev and every gold file are measures, never training
data. Training is deterministic (L-BFGS, at most 150 iterations, records in file order), so
the same train file and settings give the same model. The model is written to a
temporary file and moved into place, so a failed run leaves the previous model.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pycrfsuite

from .cluener import Record, bioes, read_records, score
from .features import sentence_features
from .model import MODEL_FILE, Tagger, attributes_file, write_attributes

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
TRAIN = SHARED / "eval" / "cluener" / "train.json"
HELD_OUT_EVERY = 10  # record i is held out for selection when i % 10 == 9


@dataclass(frozen=True)
class Settings:
    """What a model is trained with."""
    feature_set: str = "chars+lex+words"
    c1: float = 0.05  # L1: drops weak features, keeps the file small
    c2: float = 0.05
    iterations: int = 150
    minfreq: int = 2  # features seen fewer times are not kept


CANDIDATES = (
    Settings("chars", 0.1, 0.01),  # numbered 0.. in the order they are tried
    Settings("chars+lex", 0.1, 0.01),
    Settings("chars+lex", 0.3, 0.01),
    Settings("chars+lex", 0.05, 0.05),
    Settings("chars+lex+tri", 0.1, 0.01),
    Settings("chars+lex+seg", 0.05, 0.05),
    Settings("chars+lex+tri", 0.05, 0.05),
    Settings("chars+lex+words", 0.05, 0.05),
)
CHOSEN = Settings()


class _Trainer(pycrfsuite.Trainer):
    """A trainer that prints one progress line every 25 iterations and nothing else."""

    def on_iteration(self, log, info):  # noqa: D401 - pycrfsuite hooks
        if info["num"] % 25 == 0:
            print(f"  iteration {info['num']}: loss {info['loss']:.0f}, "
                  f"{info['active_features']} active features", file=sys.stderr, flush=True)

    def on_prepare_error(self, log):
        print(log, end="", file=sys.stderr)

    def _quiet(self, log, *rest):
        pass

    on_start = on_featgen_progress = on_featgen_end = on_prepared = _quiet
    on_optimization_end = on_end = _quiet


def train(records: list[Record], settings: Settings, out: Path, source: dict | None = None) -> Path:
    """Train on `records` and write the model to `out`, and beside it (same name,
    ``.json``) its settings and `source` (what it was trained from), and
    (``.attributes``) the attributes it gives a weight."""
    trainer = _Trainer(verbose=True)
    for record in records:
        trainer.append(sentence_features(record.text, settings.feature_set),
                       bioes(len(record.text), record.spans))
    trainer.set_params({"c1": settings.c1, "c2": settings.c2,
                        "max_iterations": settings.iterations,
                        "feature.minfreq": settings.minfreq,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        tmp_model = Path(tmp) / out.name
        trainer.train(str(tmp_model))
        meta = {**asdict(settings), "records": len(records), **(source or {})}
        tmp_meta = Path(tmp) / out.with_suffix(".json").name
        tmp_meta.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        tmp_attrs = attributes_file(tmp_model)
        write_attributes(tmp_model, tmp_attrs)
        os.replace(tmp_model, out)
        os.replace(tmp_meta, out.with_suffix(".json"))
        os.replace(tmp_attrs, attributes_file(out))
    return out


def split(records: list[Record]) -> tuple[list[Record], list[Record]]:
    """(fit, held out): every tenth record is held out."""
    fit = [r for i, r in enumerate(records) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    held = [r for i, r in enumerate(records) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    return fit, held


def evaluate(model: Path, records: list[Record]) -> dict:
    """Scores of `model` on `records` (distinct label and string per sentence)."""
    tagger = Tagger(model)
    return score((r, [(s.start, s.end, s.label) for s in tagger.spans(r.text)]) for r in records)


def select(records: list[Record], keep: Path) -> Settings:
    """Train every candidate on the fit part of train, score the held-out part, and
    return the best by micro F1 over name, company, government and position."""
    fit, held = split(records)
    best, best_f1 = CHOSEN, -1.0
    for number, settings in enumerate(CANDIDATES):
        print(f"candidate {number}: {settings}", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        model = train(fit, settings, keep / f"candidate{number}.crfsuite")
        scores = evaluate(model, held)
        micro = scores["micro (name, company, government, position)"]["f1"]
        print(f"candidate {number}: held-out micro F1 {micro:.4f}, "
              f"{model.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.0f} s",
              flush=True)
        if micro > best_f1:
            best, best_f1 = settings, micro
    return best


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=TRAIN, help="CLUENER train.json")
    ap.add_argument("--out", type=Path, default=MODEL_FILE, help="model file to write")
    ap.add_argument("--select", action="store_true",
                    help="choose among CANDIDATES on a 90/10 split of train first")
    ap.add_argument("--keep", type=Path, default=None,
                    help="with --select: folder for the candidates' models (default: temporary)")
    args = ap.parse_args(argv)
    if not args.train.is_file():
        print(f"train: {args.train} not found (set KG_SHARED)", file=sys.stderr)
        return 2
    try:
        records = list(read_records(args.train))
    except ValueError as exc:
        print(f"train: {exc}", file=sys.stderr)
        return 2
    settings = CHOSEN
    if args.select:
        with tempfile.TemporaryDirectory() as tmp:
            settings = select(records, args.keep or Path(tmp))
        print(f"selected: {settings}", flush=True)
    print(f"training on {len(records)} records of {args.train.name} "
          f"(sha256 {sha256(args.train)[:12]}…): {settings}", file=sys.stderr, flush=True)
    source = {"train_file": args.train.name, "train_sha256": sha256(args.train)}
    model = train(records, settings, args.out, source)
    print(f"wrote {model} ({model.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
