"""A place the article names (`PlaceMention`) and the places of one article
(`ArticlePlaces`): their entities, PART_OF, and the place of a level in context."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model import Entity, Ref, Relation
from ..text.sentences import split_sentences
from ..text.vocabulary import table

LEVEL_GROUPS = {"province": {"province"}, "city": {"city"},
                "county": {"county", "district"}, "district": {"county", "district"},
                "town": {"town", "subdistrict"}, "subdistrict": {"town", "subdistrict"},
                "village": {"village"}, "zone": {"zone"}}
# The level words of cities (市, 州): a province named with one is a municipality (天津市).
CITY_WORDS = tuple(w for w, (levels, *_) in table("common/level_words").items() if "city" in levels.split())


@dataclass(frozen=True)
class PlaceMention:
    """One place named in the article text."""
    start: int
    end: int
    surface: str              # as written (昭通)
    name: str                 # canonical (昭通市)
    level: str                # province/city/district/county/town/subdistrict/village/zone/…
    adcode: str | None
    parent: str | None        # canonical name of the immediate parent (None: top or unknown)
    ancestors: tuple[tuple[str, str], ...] = ()  # (name, level) of parent, grandparent …
    division: int | None = field(default=None, compare=False)  # gazetteer id when known


NAMING_LEVELS = ("province", "city")  # levels whose short form opening a zone's name is a place too


@dataclass
class ArticlePlaces:
    """The places of one article: `mentions` sorted by start and non-overlapping.

    `inner` holds places written inside a zone name (潍坊 in 潍坊高新区): they are not
    mentions of their own but count for `context`.
    """
    mentions: list[PlaceMention]
    text: str = ""
    inner: list[PlaceMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._context = sorted(self.mentions + self.inner, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._context]

    def names(self) -> set[str]:
        return {m.name for m in self.mentions}

    def named_inner(self) -> list[PlaceMention]:
        """The places inside zone names that are places of the article too: one written in
        full (某县 of 某县工业园区), and a province or a city even written short (某市 of
        某市某某湾科技城 written with the city's short form; the province of 某省某某新区), not a
        district's or county's short form (某区 of 某市某某湾: often part of the zone's own name)."""
        return [m for m in self.inner if m.surface == m.name or m.level in NAMING_LEVELS]

    def entities(self) -> list[Entity]:
        """One Place entity per canonical name: props level and adcode, the other
        surface forms as aliases, and the number of mentions; a place at the start of a
        zone's name (`named_inner`) is one too."""
        out: dict[str, Entity] = {}
        for m in self.mentions + self.named_inner():
            ent = out.get(m.name)
            if ent is None:
                props = {"level": m.level}
                if m.adcode:
                    props["adcode"] = m.adcode
                out[m.name] = ent = Entity("Place", m.name, props, set(), 0)
            ent.count += 1
            if m.surface != m.name:
                ent.aliases.add(m.surface)
        return list(out.values())

    def part_of(self, sentences: list | None = None) -> list[Relation]:
        """PART_OF child → its nearest ancestor the article also names (`named_parent`):
        the immediate parent, else, when the article skips a level (江西上高县, a village
        under its county with no town named), the next named one up. `sentences`: (start, end) spans, (start, end, text) triples or the sentence
        strings in order (default: `split_sentences(text)`). The evidence is the sentence
        of the child's first mention written together with its parent, else of its first
        mention."""
        spans = self._sentence_spans(sentences)
        named = self.names() | {m.name for m in self.inner}
        first: dict[str, tuple[PlaceMention, str]] = {}
        with_parent: dict[str, PlaceMention] = {}
        for m in self.mentions:
            parent = named_parent(m, named)
            if parent is None:
                continue
            first.setdefault(m.name, (m, parent))
            parent = first[m.name][1]
            if m.name not in with_parent:
                lo, hi = self._span_of(spans, m.start)
                near = self._context[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
                if any(o.name == parent for o in near):
                    with_parent[m.name] = m
        out = []
        for name, (m, parent) in first.items():
            m = with_parent.get(name, m)
            lo, hi = self._span_of(spans, m.start)
            out.append(Relation("PART_OF", Ref("Place", name), Ref("Place", parent),
                                self.text[lo:hi].strip()))
        return out

    def context(self, pos: int, level: str, forward: bool = True) -> PlaceMention | None:
        """The place of `level` (province, city, county/district, town, zone) in context
        at text position `pos`: the nearest mention before `pos` of that level, or the
        ancestor of that level of a nearer lower-level mention (鼎城区 implies 常德市);
        failing those (and if `forward`), the first such place after `pos`. A
        municipality (天津市) is the city of its districts."""
        want = LEVEL_GROUPS.get(level, {level})
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            hit = self._as_level(self._context[i], want)
            if hit:
                return hit
            i -= 1
        if not forward:
            return None
        for m in self._context[bisect_right(self._starts, pos):]:
            hit = self._as_level(m, want)
            if hit:
                return hit
        return None

    @staticmethod
    def _as_level(m: PlaceMention, want: set[str]) -> PlaceMention | None:
        if m.level in want or ("city" in want and _municipality(m.name, m.level)):
            return m
        for k, (name, lv) in enumerate(m.ancestors):
            if lv in want or ("city" in want and _municipality(name, lv)):
                up = m.ancestors[k + 1:]
                return PlaceMention(m.start, m.end, name, name, lv, None,
                                    up[0][0] if up else None, up)
        return None

    def _sentence_spans(self, sentences: list | None) -> list[tuple[int, int]]:
        if sentences is None:
            return [(s, e) for s, e, _ in split_sentences(self.text)]
        spans, pos = [], 0
        for s in sentences:
            if isinstance(s, str):
                at = self.text.find(s, pos)
                if at < 0:
                    continue
                spans.append((at, at + len(s)))
                pos = at + len(s)
            else:
                spans.append((s[0], s[1]))
        return sorted(spans)

    @staticmethod
    def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
        k = bisect_right(spans, (pos, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return spans[k]
        return pos, pos


def named_parent(m: PlaceMention, named: set[str]) -> str | None:
    """The nearest ancestor of `m` among the `named` places: its immediate parent when the
    article names it, else the first named one further up (宜春市 unnamed: 上高县 → 江西省);
    None when the article names none. Every such link is true of the hierarchy, and no
    node is invented for an unnamed level."""
    if m.parent and m.parent != m.name and m.parent in named:
        return m.parent
    for name, _level in m.ancestors[1:]:
        if name in named and name != m.name:
            return name
    return None


def _municipality(name: str, level: str) -> bool:
    """上海市, 天津市, 重庆市 …: provinces that are also the city in context."""
    return level == "province" and name.endswith(CITY_WORDS)
