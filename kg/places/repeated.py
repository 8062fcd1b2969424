"""Villages the gazetteer does not list and the article names bare, but again and again
(某某村 written three times or more): a name the article keeps returning to is the village
it is about, though no county or town is written before it. The name is read as
`unlisted._name` reads one (two or three characters on word boundaries, no stop, not a
dictionary word with its suffix); nothing is invented for its parent."""
from __future__ import annotations

from collections import Counter

from ..text.document import Text
from ..text.vocabulary import words
from .mentions import PlaceMention
from .unlisted import _name

VILLAGE_SUFFIXES = tuple(words("places/repeated_suffixes"))  # 村; not 社区 (居家社区, 智慧社区)
LEVEL = "village"
MIN_TIMES = 3  # whole-word mentions of the name that make it the article's village


def repeated_villages(doc: Text, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Every mention of a village named bare MIN_TIMES times or more, not overlapping `taken`."""
    text = doc.text
    spans = list(taken)
    found: dict[str, list[tuple[int, int]]] = {}
    for suffix in VILLAGE_SUFFIXES:
        ends = []
        k = text.find(suffix)
        while k >= 0:
            ends.append(k)
            k = text.find(suffix, k + 1)
        if len(ends) < MIN_TIMES:
            continue
        counts = Counter(text[k - n:k] for k in ends for n in (3, 2) if k >= n)
        for k in ends:  # only a name written MIN_TIMES times is read as a name
            end = k + len(suffix)
            for n in (3, 2):
                s = k - n
                if s >= 0 and counts[text[s:k]] >= MIN_TIMES and _name(doc, s, k, end):
                    found.setdefault(text[s:end], []).append((s, end))
                    break
    out = []
    for name, where in found.items():
        if len(where) < MIN_TIMES:
            continue
        for s, e in where:
            if all(e <= a or s >= b for a, b in spans):
                out.append(PlaceMention(s, e, name, name, LEVEL, None, None, ()))
                spans.append((s, e))
    return out
