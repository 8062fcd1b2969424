"""Character features for the sequence tagger: the characters around each position,
their bigrams, a character class, where kg's own lexicons match and the word each
character sits in: kg's own words (``…+words``, the tokens extraction already has) or
those of a jieba of the model's own (``…+seg``, the first shipped model's).

Lexicons are read straight from ``kg/data``: titles (titles.txt), the heads of
organisation and company names (org_suffixes.tsv), development-zone heads
(zone_suffixes.tsv) and surnames (surnames.txt). A lexicon match marks every
character it covers with its kind and the position in the match (B, I, E, S), and
the neighbours see those marks too, so "a title ends just before this character"
is a feature.

`FEATURE_SETS` names the templates tried; the model file records which one it used.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ..text import vocabulary

DATA = Path(__file__).resolve().parent.parent / "data"

FEATURE_SETS = ("chars", "chars+lex", "chars+lex+tri", "chars+lex+seg", "chars+lex+words")


def _lines(name: str) -> list[str]:
    """Non-comment lines of a data file, first tab-separated field, stripped."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t")[0].strip())
    return out


@lru_cache(maxsize=1)
def lexicon_entries() -> dict[str, str]:
    """Every lexicon word → its kind: title, org/company/taskforce/program/project
    suffix (from the label column), zone suffix."""
    entries: dict[str, str] = {}
    for word in _lines("zone_suffixes.tsv"):
        entries[word] = "zone"
    for line in (DATA / "org_suffixes.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#"):
            entries[parts[0].strip()] = parts[1].strip().lower()
    for word in _lines("titles.txt"):
        entries[word] = "title"
    for word in vocabulary.words("text/late_words") + vocabulary.words("text/late_heads"):
        entries.pop(word, None)  # added after the tagger was trained
    return entries


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = " ".join(_lines("surnames.txt")).split()
    return (frozenset(w for w in words if len(w) == 1),
            frozenset(w for w in words if len(w) > 1))


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word, kind in lexicon_entries().items():
        auto.add_word(word, (len(word), kind))
    auto.make_automaton()
    return auto


def lexicon_marks(text: str) -> list[list[str]]:
    """Per character, the lexicon marks covering it (``title:B``, ``company:E`` …) and
    surname marks (``sn``, ``sn2`` at the start of a compound surname)."""
    marks: list[list[str]] = [[] for _ in text]
    for i, m in lexicon_mark_map(text).items():
        marks[i] = m
    return marks


def lexicon_mark_map(text: str) -> dict[int, list[str]]:
    """`lexicon_marks` of the characters that have any, by position."""
    marks: dict[int, list[str]] = {}
    for end, (length, kind) in automaton().iter(text):
        start = end - length + 1
        if length == 1:
            marks.setdefault(start, []).append(kind + ":S")
            continue
        marks.setdefault(start, []).append(kind + ":B")
        for i in range(start + 1, end):
            marks.setdefault(i, []).append(kind + ":I")
        marks.setdefault(end, []).append(kind + ":E")
    single, compound = _surname_patterns()
    for m in single.finditer(text):
        marks.setdefault(m.start(), []).append("sn")
    for m in compound.finditer(text):
        if text[m.start():m.start() + 2] in surnames()[1]:
            marks.setdefault(m.start(), []).append("sn2")
    return {i: list(dict.fromkeys(m)) if len(m) > 1 else m for i, m in marks.items()}


@lru_cache(maxsize=1)
def _surname_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Character classes of the single-character surnames and of the first characters of
    the compound ones: one scan in C finds where a surname may start."""
    def one_of(chars) -> re.Pattern:
        return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]" if chars else "(?!)")

    return one_of(surnames()[0]), one_of(_compound_firsts())


@lru_cache(maxsize=1)
def _compound_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in surnames()[1])


def segmenter():
    """A jieba tokenizer of its own with the default dictionary (about 60 MB, 0.7 s
    to load from jieba's cache, once per process: kg.text.segmenter's, whose words
    kg's own segmenter shares): words other code adds to the shared ``jieba.dt``
    (kg.extract adds titles) must not change what the model was trained to see."""
    from ..text.segmenter import default_tokenizer
    return default_tokenizer()


def char_class(ch: str) -> str:
    """H (Han), D (digit), L (Latin letter), P (punctuation or symbol), W (blank)."""
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "L"
    if ch.isspace():
        return "W"
    return "P"


def kg_words(text: str) -> list[str]:
    """`text` in kg's own words (kg.text.segmenter): the tokens extraction already has."""
    from ..text.segmenter import segmenter as kg_segmenter

    return kg_segmenter().cut(text)


def sentence_features(text: str, feature_set: str = "chars+lex+words",
                      words: list[str] | None = None) -> list[list[str]]:
    """One list of feature strings per character of `text` (every feature, known to a
    model or not: what training sees). `words`: `text` in kg's words, for
    ``…+words`` (segmented here when not given)."""
    return builder(feature_set).build(text, words)


def builder(feature_set: str, known: frozenset[str] | None = None,
            encoded: bool = False) -> "FeatureBuilder":
    """A feature builder of `feature_set` (kept per set, filter and encoding)."""
    return _builder(feature_set, known, encoded)


@lru_cache(maxsize=8)
def _builder(feature_set: str, known: frozenset[str] | None, encoded: bool) -> "FeatureBuilder":
    from .fast import FeatureBuilder

    return FeatureBuilder(feature_set, known, encoded)
