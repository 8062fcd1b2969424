"""The one loader of kg's vocabulary: every word list the stages read is a file under
``kg/data`` named after its role (``people/speech_verbs.txt``: the verbs of saying that
follow a speaker's name), read here once per process.

A word-list file holds entries separated by blanks or line breaks, in the order the rules
try them; ``#`` starts a comment that runs to the end of the line. A table (``.tsv``) has
one row per line, its columns separated by tabs.

>>> "表示" in words("people/speech_verbs")
True
>>> table("common/level_words")["县"]
('county', '县长', 'county')
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
VOCAB = DATA / "vocab"


def path(name: str, suffix: str = ".txt") -> Path:
    """The file of vocabulary `name` (``group/role``), or a file directly under kg/data."""
    for base in (VOCAB, DATA):
        p = base / (name + suffix)
        if p.exists():
            return p
    raise FileNotFoundError(f"no vocabulary file {name}{suffix} under {VOCAB}")


def _lines(p: Path) -> list[str]:
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip("\r")
        if line.strip():
            out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a word list in file order, each once."""
    seen: dict[str, None] = {}
    for line in _lines(path(name)):
        for w in line.split():
            seen.setdefault(w, None)
    return tuple(seen)


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of a word list as a set."""
    return frozenset(words(name))


@lru_cache(maxsize=None)
def chars(name: str) -> str:
    """A list of single characters as one string (for ``c in chars(...)``).

    >>> chars("common/numerals")
    '一二三四五六七八九十百千万零两'
    """
    return "".join(words(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A table: its first column mapped to the other columns (empty ones dropped)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(path(name, ".tsv")):
        cols = [c.strip() for c in line.split("\t")]
        out[cols[0]] = tuple(c for c in cols[1:] if c)
    return out


@lru_cache(maxsize=None)
def rows(name: str, suffix: str = ".txt") -> tuple[tuple[str, ...], ...]:
    """The rows of a file of tab-separated columns, in file order."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(path(name, suffix)))


def alternation(entries) -> str:
    """A regular-expression alternation of `entries`, in their order (escaped).

    >>> alternation(("落户", "入驻"))
    '落户|入驻'
    """
    return "|".join(re.escape(w) for w in entries)
