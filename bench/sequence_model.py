#!/usr/bin/env python3
"""The sequence tagger (kg.sequence) measured: CLUENER dev, genre text, speed.

1. CLUENER2020 dev: P/R/F1 per label, distinct (class, string) per sentence (the
   scoring of bench/cluener.py), micro over name, company, government, position.
   With ``--candidates DIR``, the same micro F1 for every model file in DIR (the
   candidates that ``python -m kg.sequence.train --select --keep DIR`` trained on the
   90% split of train), beside the shipped model.
2. Genre text: the gold articles (shared/eval/gold on corpus/seeds, shared/eval/dev),
   cleaned as kg cleans them and cut into sentences. Distinct span strings per article
   per label (name→Person, company→Company, government→Organization, and as extra
   rows organization→Organization, address→Place, position→a gold HOLDS title). A
   string is right when it equals a gold name or alias of that label in that article;
   one that equals an optional entry counts neither way. Precision, recall of gold
   entries, and both above probability thresholds; once on every sentence and once on
   the sentences `worth_tagging` flags.
3. Speed on a sample of the bulk corpus (read in place): chars/s of jieba.cut, of the
   flag, of the tagger on every sentence (segmenting it itself, and given kg's words as
   extraction gives them) and of flag + tagger, as ratios to jieba.cut in the same run;
   the share of characters in flagged sentences; model load time.

    python bench/sequence_model.py [--model FILE] [--candidates DIR] [--bulk FILE] [--bulk-items N] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import jieba

from kg.clean import clean_document
from kg.read import read_file
from kg.report import RunReport
from kg.sequence import Tagger, worth_tagging
from kg.sequence.cluener import LABELS, read_records, score
from kg.sequence.features import kg_words, lexicon_entries, segmenter, sentence_features, surnames
from kg.sequence.model import MODEL_FILE

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
DEV = SHARED / "eval" / "cluener" / "dev.json"
GOLD_SETS = ((SHARED / "eval" / "gold", SHARED / "corpus" / "seeds"),
             (SHARED / "eval" / "dev" / "gold", SHARED / "eval" / "dev" / "articles"))
BULK = SHARED / "corpus" / "bulk" / "xwlb-2020.jsonl"
THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)


def _name_like(text: str) -> bool:
    single, compound = surnames()
    return "·" in text or (2 <= len(text) <= 4 and (text[0] in single or text[:2] in compound))


def _ends_with(kind: str):
    heads = tuple(w for w, k in lexicon_entries().items() if k == kind)
    return lambda text: text.endswith(heads)


# row → (span label, gold label, a rule that must confirm the span, or None)
GENRE_ROWS = {
    "name": ("name", "Person", None),
    "name, surname-led 2-4 chars or ·": ("name", "Person", _name_like),
    "company": ("company", "Company", None),
    "company, ends with a company head": ("company", "Company", _ends_with("company")),
    "government": ("government", "Organization", None),
    "government, ends with a body head": ("government", "Organization", _ends_with("organization")),
    "organization": ("organization", "Organization", None),
    "address": ("address", "Place", None),
    "position": ("position", "title", None),
}
MAIN = "micro (name, company, government, position)"
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|\n")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def cluener_dev(tagger: Tagger) -> dict:
    records = list(read_records(DEV))
    pairs = ((r, [(s.start, s.end, s.label) for s in tagger.spans(r.text)]) for r in records)
    return score(pairs, LABELS)


def candidates(folder: Path) -> dict[str, dict]:
    out = {}
    for model in sorted(folder.glob("*.crfsuite")):
        scores = cluener_dev(Tagger(model))
        meta_path = model.with_suffix(".json")
        meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
        out[model.stem] = {"settings": meta, "MB": round(model.stat().st_size / 1e6, 2),
                           "dev": {k: scores[k]["f1"] for k in (MAIN, "name", "company",
                                                               "government", "position")}}
    return out


def gold_strings(gold: dict) -> tuple[dict[str, list[set[str]]], dict[str, set[str]]]:
    """(label → one set of names per required gold entry, label → optional strings)."""
    required: dict[str, list[set[str]]] = defaultdict(list)
    optional: dict[str, set[str]] = defaultdict(set)
    for label, entries in gold.get("entities", {}).items():
        for entry in entries:
            names = {entry["name"], *entry.get("aliases", [])}
            (optional[label].update(names) if entry.get("optional")
             else required[label].append(names))
    for holds in gold.get("relations", {}).get("HOLDS", []):
        required["title"].append({holds["title"], *holds.get("title_aliases", [])})
    return required, optional


def genre_articles() -> list[tuple[str, str, dict]]:
    """(name, cleaned text, gold) of every gold article whose text is here."""
    out = []
    for gold_dir, text_dir in GOLD_SETS:
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = text_dir / gold["article"]
            texts = []
            for doc in read_file(path, RunReport()):
                texts += [f"{a.title}\n{a.text}" for a in clean_document(doc)]
            out.append((gold["article"], "\n".join(texts), gold))
    return out


def genre_predictions(tagger: Tagger, articles, flagged_only: bool) -> list[dict]:
    """Per article: label → string → best probability."""
    out = []
    for _, text, _ in articles:
        best: dict[str, dict[str, float]] = defaultdict(dict)
        for sentence in sentences(text):
            if flagged_only and not worth_tagging(sentence):
                continue
            for span in tagger.spans(sentence):
                seen = best[span.label].get(span.text, 0.0)
                best[span.label][span.text] = max(seen, span.prob)
        out.append(best)
    return out


def genre_scores(articles, predictions) -> dict[str, list[dict]]:
    """Label → one row per threshold: kept, right, other-label right, P, gold recall."""
    table: dict[str, list[dict]] = {}
    golds = [gold_strings(gold) for _, _, gold in articles]
    for row_name, (label, kg_label, rule) in GENRE_ROWS.items():
        rows = []
        for threshold in THRESHOLDS:
            kept = right = other = found = total = 0
            for (required, optional), best in zip(golds, predictions):
                strings = {s for s, p in best.get(label, {}).items()
                           if p >= threshold and (rule is None or rule(s))}
                ours = set().union(*required[kg_label]) if required[kg_label] else set()
                anywhere = set().union(*(n for entries in required.values() for n in entries))
                scored = {s for s in strings if s in ours or s not in optional[kg_label]}
                kept += len(scored)
                right += len(scored & ours)
                other += len((scored - ours) & anywhere)
                found += sum(1 for names in required[kg_label] if names & strings)
                total += len(required[kg_label])
            rows.append({"threshold": threshold, "spans": kept, "right": right,
                         "right_string_other_label": other,
                         "precision": round(right / kept, 3) if kept else None,
                         "recall": round(found / total, 3) if total else None, "gold": total})
        table[row_name] = rows
    return table


def bulk_sentences(path: Path, items: int) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= items:
                break
            out += sentences(json.loads(line).get("text", ""))
    return out


def _rate(fn, sents: list[str], chars: int) -> float:
    t0 = time.perf_counter()
    for s in sents:
        fn(s)
    return chars / (time.perf_counter() - t0)


def speed(tagger: Tagger, sents: list[str], model: Path) -> dict:
    chars = sum(map(len, sents))
    jieba.initialize()
    flagged = [s for s in sents if worth_tagging(s)]
    cut = _rate(lambda s: list(jieba.cut(s)), sents, chars)
    flag = _rate(worth_tagging, sents, chars)
    tag_all = _rate(tagger.spans, sents, chars)
    words = {s: kg_words(s) for s in sents}  # what extraction hands the tagger: its tokens
    tag_words = _rate(lambda s: tagger.spans(s, words[s]), sents, chars)
    both = _rate(lambda s: tagger.spans(s) if worth_tagging(s) else None, sents, chars)
    segmenter.cache_clear()  # a cold load: the model and (…+seg) its own jieba
    t0 = time.perf_counter()
    sentence_features("县长", Tagger(model).feature_set)
    load = time.perf_counter() - t0
    return {"sentences": len(sents), "chars": chars,
            "flagged_char_share": round(sum(map(len, flagged)) / chars, 3),
            "jieba_cut_chars_per_s": round(cut),
            "ratio_flag": round(flag / cut, 2), "ratio_tagger_all": round(tag_all / cut, 3),
            "ratio_tagger_given_kg_words": round(tag_words / cut, 3),
            "ms_per_1000_sentences_given_kg_words": round(1e6 * chars / tag_words / len(sents)),
            "ratio_flag_then_tagger": round(both / cut, 3),
            "model_MB": round(model.stat().st_size / 1e6, 2), "load_seconds": round(load, 3)}


def genre_flag_share(articles) -> float:
    sents = [s for _, text, _ in articles for s in sentences(text)]
    return round(sum(len(s) for s in sents if worth_tagging(s)) / sum(map(len, sents)), 3)


def _dev_markdown(scores: dict) -> list[str]:
    lines = ["| label | P | R | F1 | pred | gold |", "|---|---|---|---|---|---|"]
    for label, s in scores.items():
        lines.append(f"| {label} | {100 * s['precision']:.1f} | {100 * s['recall']:.1f} | "
                     f"{100 * s['f1']:.1f} | {s['pred']} | {s['gold']} |")
    return lines


def _genre_markdown(table: dict) -> list[str]:
    lines = ["| span label → gold label | threshold | spans | right | right string, other label "
             "| precision | gold recall |", "|---|---|---|---|---|---|---|"]
    for name, rows in table.items():
        for row in rows:
            p = "—" if row["precision"] is None else f"{row['precision']:.3f}"
            r = "—" if row["recall"] is None else f"{row['recall']:.3f} of {row['gold']}"
            lines.append(f"| {name} → {GENRE_ROWS[name][1]} | {row['threshold']} | {row['spans']} "
                         f"| {row['right']} | {row['right_string_other_label']} | {p} | {r} |")
    return lines


def markdown(result: dict) -> str:
    lines = [f"## CLUENER2020 dev ({result['model']})", ""] + _dev_markdown(result["dev"])
    if result.get("candidates"):
        lines += ["", "## Candidates (trained on 90% of train), CLUENER dev F1", "",
                  "| model | settings | MB | micro | name | company | government | position |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, c in result["candidates"].items():
            s = c["settings"]
            d = c["dev"]
            lines.append(f"| {name} | {s.get('feature_set')} c1={s.get('c1')} c2={s.get('c2')} "
                         f"| {c['MB']} | {d[MAIN]:.4f} | {d['name']:.3f} | {d['company']:.3f} "
                         f"| {d['government']:.3f} | {d['position']:.3f} |")
    for key, title in (("genre_all", "every sentence"), ("genre_flagged", "flagged sentences only")):
        lines += ["", f"## Genre articles ({result['genre_articles']}), {title}", ""]
        lines += _genre_markdown(result[key])
    lines += ["", f"Share of genre characters in flagged sentences: {result['genre_flag_share']}",
              "", "## Speed (bulk sample, one process)", ""]
    lines += [f"- {k}: {v}" for k, v in result["speed"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=MODEL_FILE)
    ap.add_argument("--candidates", type=Path, default=None,
                    help="folder of candidate models to score on dev as well")
    ap.add_argument("--bulk", type=Path, default=BULK, help="bulk JSON lines for the speed run")
    ap.add_argument("--bulk-items", type=int, default=400)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    for needed in (args.model, DEV, args.bulk):
        if not needed.is_file():
            print(f"sequence_model: {needed} not found (set KG_SHARED)", file=sys.stderr)
            return 2
    tagger = Tagger(args.model)
    articles = genre_articles()
    result = {"model": str(args.model), "dev": cluener_dev(tagger),
              "candidates": candidates(args.candidates) if args.candidates else {},
              "genre_articles": len(articles),
              "genre_all": genre_scores(articles, genre_predictions(tagger, articles, False)),
              "genre_flagged": genre_scores(articles, genre_predictions(tagger, articles, True)),
              "genre_flag_share": genre_flag_share(articles),
              "speed": speed(tagger, bulk_sentences(args.bulk, args.bulk_items), args.model)}
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
