"""Places in an article: gazetteer mentions, development zones, PART_OF, place context.

`find_places(text)` finds every administrative division the article names (official
names such as 昭通市/塘房镇/凉水村 and, for provinces, cities and counties, their short
forms 昭通/鼎城/云南) with one automaton pass over the text (kg.gazetteer), plus
development zones (潍坊高新区, 西宁经开区, 鄂州葛店经开区) found from their suffix.

Rules against false hits and for ambiguous names:

- a short form must sit on jieba word boundaries (昭通 in 昭通籍, not 吴江 in 吴江华), an
  official name must start a word or follow another name, and is not taken when its suffix
  starts a word (昆山市场 → 昆山 + 市场) or it is a function character plus a word (于城镇);
- a name carried by several divisions takes the one written just after its ancestor
  (云南省昭通市镇雄县), else one the article names elsewhere, else the one whose nearest
  ancestor is named, else the highest level;
- a county or district short form needs its city named, or written just before it (for
  a short form that is no ordinary word, any named ancestor will do); a short form that
  is an ordinary word (和平, 振兴: kg.gazetteer.common_short_forms) counts only written
  right after its parent;
- towns count when a county or city above them is named, or their name is unique in
  China; villages and communities only when their town or county is named (a unique
  name of four characters or more: its city); a town's
  short form (团洲 for 团洲乡) only where the article also writes the full name.

Zones: ``[place…][core ≤ 6 chars]suffix`` (suffixes in kg/data/zone_suffixes.tsv), where the
zone starts at a place name (gazetteer or jieba ``ns``) at most six other characters before
the suffix; long suffixes take their canonical short form (经济技术开发区 → 经开区) and a
leading province is dropped from the name (河北雄安新区 → 雄安新区). A bare 经开区/高新区/
自贸区/综保区 is the zone of that kind named last before it. A zone's forms (西宁经济技术
开发区, 西宁经开区) are one node named after the form used most. A zone's parent is the zone
written just before it, else a zone whose core its name contains, else the place its name
starts with, else the city in context.

PART_OF goes to the nearest ancestor the article names: the immediate parent, else, when
the article skips a level (江西上高县, a village under its county with no town named), the
next named one up (no node is invented for an unnamed parent). Autonomous prefectures
written as their short form and 州 (某某州 for 某某族自治州) are read like autonomous
counties written with 县.
"""
from __future__ import annotations

from array import array
from itertools import accumulate

from ..gazetteer import gazetteer
from ..text.document import Text
from .matching import Boundaries, Candidate, gazetteer_candidates, on_boundaries, plausible, select
from .mentions import ArticlePlaces, PlaceMention
from .resolution import resolve, to_mention
from .old_towns import old_towns
from .renamed import renamed_towns
from .repeated import repeated_villages
from .unlisted import unlisted_places
from .long_chains import long_chains
from .new_area_shorts import new_area_shorts
from .city_villages import city_villages
from .zones import zone_candidates, zone_mentions, zone_parents

__all__ = ["PlaceMention", "ArticlePlaces", "find_places", "gazetteer"]


def find_places(text: str | Text, exclude: list[tuple[int, int]] = ()) -> ArticlePlaces:
    """Every place the article names, resolved (see the module docstring). Places inside
    an `exclude` span (a company name, say: 上海某某食品) count for context only. `text` is
    the article's `kg.text.Text` (its segmentation is shared) or a string."""
    doc = text if isinstance(text, Text) else Text(text)
    text = doc.text
    gaz = gazetteer()
    cands = plausible(gazetteer_candidates(text, gaz), gaz)
    zones = zone_candidates(text, gaz)
    # a name ending where a zone ends and longer than its suffix (浦东新区, 长沙经开区,
    # 滨海新区, 秦皇岛) is that division, not a new zone
    name_ends: dict[int, int] = {}  # end -> earliest start of a name ending there
    for c in cands:
        name_ends[c.end] = min(name_ends.get(c.end, c.start), c.start)
    zones = [z for z in zones if not (z.end in name_ends and not z.bare
                                      and name_ends[z.end] < z.suffix_start)]
    covered = [(z.start, z.end) for z in zones if not z.bare] + list(exclude)
    owner = array("i", bytes(4 * (len(text) + 1)))  # 1 + index of the span covering a char
    count = array("i", bytes(4 * (len(text) + 1)))  # count[i]: covered chars before i
    if covered:
        for k, (s, e) in enumerate(covered):
            owner[s:e] = array("i", [k + 1]) * (e - s)
        count = array("i", accumulate((k > 0 for k in owner[:len(text)]), initial=0))

    def inside(c: Candidate) -> bool:
        return owner[c.start] > 0 and owner[c.start] == owner[c.end - 1]

    free = on_boundaries([c for c in cands if count[c.end] == count[c.start]],
                          Boundaries(doc), gaz)
    # inside a zone name: the places it starts with (厦门|经济特区, 芜湖|航空|产业园)
    heads = {s for s, _ in covered}
    within = []
    for c in sorted((c for c in cands if inside(c)), key=lambda c: (c.start, -c.length)):
        if c.start in heads:
            within.append(c)
            heads.add(c.end)
    resolved = resolve(select(free) + select(within), gaz)
    top = [to_mention(text, gaz, c) for c in resolved if not inside(c)]
    inner = [to_mention(text, gaz, c) for c in resolved if inside(c)]
    top += zone_mentions(text, zones, top, inner)
    towns, top = renamed_towns(text, top, covered)  # 某某镇某某村 for the gazetteer's 某某乡
    top += towns
    top += old_towns(text, gaz, top, covered)  # 某市某某古镇: the town 某某镇
    top += unlisted_places(doc, top + inner, covered)
    top += long_chains(doc, top + inner, covered)  # 某省某某乡某某村, 某旗某某某某镇
    top += new_area_shorts(text, top, covered)  # 某省雄安: 雄安新区
    top += city_villages(doc, top, covered)  # 某市某某社区: a village the gazetteer does not list there
    top += repeated_villages(doc, [(m.start, m.end) for m in top + inner] + list(covered))
    top.sort(key=lambda m: (m.start, m.end))
    return zone_parents(ArticlePlaces(top, text, inner), zones)
