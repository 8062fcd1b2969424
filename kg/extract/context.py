"""The places of one article as extraction needs them: which place a span is, which
places lie inside a span, and which place of a level is in context at a position.

Wraps `kg.places.find_places`.
"""
from __future__ import annotations

from bisect import bisect_right

from ..places import find_places
from ..text.document import Text
from ..text.vocabulary import table

# The level words (one table: kg/data/vocab/common/level_words.tsv): the word that makes a
# name relative (市委组织部, 区招商局) → the levels of the place it refers to; the title of
# the head of government named after a level (县长) → the level of the place it governs.
LEVEL_PREFIXES: dict[str, tuple[str, ...]] = {}
HEAD_LEVELS: dict[str, tuple[str, ...]] = {}
for _word, (_levels, _head, _head_levels) in table("common/level_words").items():
    if _levels != "-":
        LEVEL_PREFIXES[_word] = tuple(_levels.split())
    if _head != "-":
        HEAD_LEVELS[_head] = tuple(_head_levels.split())
# The one-character level words (省市县区…), as one string.
LEVEL_CHARS = "".join(w for w in LEVEL_PREFIXES if len(w) == 1)
LOCAL_LEVELS = ("city", "county", "district")  # where an unnamed body usually sits


class ArticleContext:
    """Place look-ups over one article's text."""

    def __init__(self, doc: Text) -> None:
        self.text = doc.text
        self.places = find_places(doc)
        self.mentions = sorted(self.places.mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self._names = {m.name for m in self.mentions}
        self._cover: dict[int, object] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                cur = self._cover.get(i)
                if cur is None or (m.end - m.start) > (cur.end - cur.start):
                    self._cover[i] = m

    def covering(self, i: int):
        """The longest place mention covering character `i`, if any."""
        return self._cover.get(i)

    def starting(self, i: int):
        m = self._cover.get(i)
        return m if m is not None and m.start == i else None

    def inside(self, start: int, end: int) -> list:
        """Place mentions lying wholly in [start, end)."""
        lo = bisect_right(self._starts, start - 1)
        return [m for m in self.mentions[lo:] if m.start < end and m.end <= end][:20] if self.mentions else []

    def context(self, pos: int, levels: tuple[str, ...]):
        """The place of one of `levels` in context at `pos`: the nearest mention before it
        of that level, or the ancestor of that level of the nearest lower place."""
        best = None
        for level in levels:
            m = self.places.context(pos, level)
            if m is not None and (best is None or m.start > best.start):
                best = m
        return best

    def last_ending(self, pos: int, suffix: str, levels: tuple[str, ...]):
        """The mention written last before `pos` whose name ends with `suffix` and whose
        level is one of `levels` (桂平市, a county-level city, for 市委 written after it)."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= pos and m.level in levels and m.name.endswith(suffix):
                return m
            i -= 1
        return None

    def only(self, levels: tuple[str, ...]):
        """The one place of `levels` the article names (its first mention), else None:
        县委书记某某带队到某县 refers to the county written after it."""
        found = {}
        for m in self.mentions:
            if m.level in levels:
                found.setdefault(m.name, m)
        if not found:  # 县委书记某某到某县工业园区: the county written only inside a zone's name
            for m in self.places.inner:
                if m.level in levels:
                    found.setdefault(m.name, m)
        return next(iter(found.values())) if len(found) == 1 else None

    def nearest_local(self, pos: int, exclude: list[tuple[int, int]] = ()):
        """The city, county or district written last before `pos` (a mention, not an
        ancestor implied by one), else the one implied by the nearest lower place."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.level in LOCAL_LEVELS and m.end <= pos and not any(
                    a <= m.start and m.end <= b for a, b in exclude):
                return m
            i -= 1
        m = self.context(pos, LOCAL_LEVELS)
        return m if m is not None and m.start <= pos else None

    def mention_names(self) -> set[str]:
        return self._names

    def is_mentioned(self, name: str) -> bool:
        return name in self._names

    def outside(self, spans: list[tuple[int, int]]) -> dict[str, int]:
        """Mentions per place name that lie outside every span in `spans`; a place that
        opens a zone's name counts (`ArticlePlaces.named_inner`)."""
        out: dict[str, int] = {}
        for m in self.mentions + self.places.named_inner():
            if not any(a <= m.start and m.end <= b for a, b in spans):
                out[m.name] = out.get(m.name, 0) + 1
        return out

    def entities(self) -> list:
        return self.places.entities()

    def part_of(self, sentences) -> list:
        return self.places.part_of(sentences)
