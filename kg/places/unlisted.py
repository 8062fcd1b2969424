"""Towns and villages the gazetteer does not list (renamed, merged or newer than the data
set), read from their place among divisions it does list:

- a chain written in full: a county or district written with its suffix, then a name of
  two or three characters and 乡/镇/街道 (某区某某乡), then possibly a name and 村/社区
  (某区某某乡某某村); or a town then a name and 村/社区 (某镇某某村);
- a list: a name and 乡/镇 joined by 、 to a town the gazetteer lists (某某乡、某镇、某镇),
  whose county it shares.

A name is two or three characters on word boundaries, none a character of a phrase
(各, 全, 本, 该, 的 …: vocab places/unlisted_stop_chars), not a word for a kind of town
(重点, 贫困, 示范: places/unlisted_stops), not a dictionary word with its suffix (农村,
小镇, 贫困村; a direction and the suffix, 沙|东村, is no such word), not opening with a common verb (优化乡党委, 请来社区). A chained town must go on to a village, a town's body (党委, 政府: places/
unlisted_town_bodies) or stop at punctuation or 等/的.
Nothing is invented for an unnamed level: the new division hangs from the one written
before it (or its listed sibling's parent).
"""
from __future__ import annotations

import re

from ..text.document import Text
from ..text.vocabulary import chars, table, word_set, words
from .mentions import PlaceMention

STOPS = word_set("places/unlisted_stops")
STOP_CHARS = frozenset(chars("places/unlisted_stop_chars"))
SUFFIXES = table("places/unlisted_suffixes")
TOWN_SUFFIXES = tuple((s, lv) for s, (lv, kind) in SUFFIXES.items() if kind == "town")
VILLAGE_SUFFIXES = tuple((s, lv) for s, (lv, kind) in SUFFIXES.items() if kind == "village")
# one-character town suffixes: listed beside a town, or glued to the next name
SHORT_TOWN_SUFFIXES = tuple((s, lv) for s, lv in TOWN_SUFFIXES if len(s) == 1)
GLUED = "".join(s for s, _ in SHORT_TOWN_SUFFIXES)
# what may follow a chained town that no village follows
TOWN_ENDS = frozenset(chars("places/unlisted_town_ends"))
CJK = re.compile(r"[\u4e00-\u9fff]")
# bodies of a town written after it (某区某某乡党委, 某县某某镇人民政府)
TOWN_BODIES = words("places/unlisted_town_bodies")
# a name may not open with a common verb (jieba tag, frequency at least VERB_FREQ)
VERB_TAGS = ("v", "vn")
VERB_FREQ = 100
# directions glued to a village's suffix (沙|东村): no word of a kind (农村, 小镇)
DIRECTION_CHARS = frozenset(chars("places/direction_chars"))
COUNTY_LEVELS = ("county", "district")
TOWN_LEVELS = ("town", "subdistrict")


def unlisted_places(doc: Text, mentions: list[PlaceMention],
                    exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The unlisted towns and villages of the article (see the module docstring), not
    overlapping `mentions` or an `exclude` span."""
    text = doc.text
    taken = [(m.start, m.end) for m in mentions] + list(exclude)
    out: list[PlaceMention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: PlaceMention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    for m in sorted(mentions, key=lambda m: m.start):
        up = ((m.name, m.level),) + m.ancestors
        if m.level in COUNTY_LEVELS and m.surface == m.name:
            town = _after(doc, m.end, TOWN_SUFFIXES, up)
            if town is None or not free(town.start, town.end):
                continue
            village = _after(doc, town.end, VILLAGE_SUFFIXES, ((town.name, town.level),) + up)
            if village is not None and free(village.start, village.end):
                add(town)
                add(village)
            elif (town.end >= len(text) or text[town.end] in TOWN_ENDS
                  or text.startswith(TOWN_BODIES, town.end)):
                add(town)
        elif m.level in TOWN_LEVELS:
            village = _after(doc, m.end, VILLAGE_SUFFIXES, up)
            if village is not None and free(village.start, village.end):
                add(village)
            if m.division is not None and m.parent:
                for sib in _siblings(doc, m, m.ancestors):
                    if free(sib.start, sib.end):
                        add(sib)
    return out


def _after(doc: Text, pos: int, suffixes, up) -> PlaceMention | None:
    """A name and one of `suffixes` starting at `pos`, as a division under `up[0]`."""
    text = doc.text
    for n in (2, 3):
        core = text[pos:pos + n]
        for suffix, level in suffixes:
            end = pos + n + len(suffix)
            if text[pos + n:end] == suffix and _name(doc, pos, pos + n, end):
                return PlaceMention(pos, end, core + suffix, core + suffix, level, None,
                                    up[0][0], tuple(up))
    return None


def _siblings(doc: Text, m: PlaceMention, up) -> list[PlaceMention]:
    """Unlisted towns joined by 、 to the listed town `m`, before and after it."""
    text, out = doc.text, []
    pos = m.start
    while pos > 0 and text[pos - 1] == "、":
        hit = None
        for suffix, level in SHORT_TOWN_SUFFIXES:
            end = pos - 1
            if text[end - len(suffix):end] != suffix:
                continue
            for n in (3, 2):
                s = end - len(suffix) - n
                if s >= 0 and _name(doc, s, end - len(suffix), end):
                    hit = PlaceMention(s, end, text[s:end], text[s:end], level, None, up[0][0], tuple(up))
                    break
            if hit:
                break
        if hit is None:
            break
        out.append(hit)
        pos = hit.start
    pos = m.end
    while pos < len(text) and text[pos] == "、":
        hit = _after(doc, pos + 1, SHORT_TOWN_SUFFIXES, up)
        if hit is None or not (hit.end >= len(text) or not CJK.match(text[hit.end])
                               or text[hit.end] in TOWN_ENDS):
            break
        out.append(hit)
        pos = hit.end
    return out


def _name(doc: Text, s: int, core_end: int, end: int) -> bool:
    """Whether text[s:core_end] (+ suffix to `end`) reads as a division's name."""
    text = doc.text
    core = text[s:core_end]
    if not all(CJK.match(c) for c in core) or any(c in STOP_CHARS for c in core):
        return False
    if core in STOPS or core[:2] in STOPS or core[0] in STOPS:
        return False
    seg = doc.segmenter
    if seg.tag(core[:2]) in VERB_TAGS and seg.freq(core[:2]) >= VERB_FREQ:
        return False  # 优化乡党委, 请来社区里: a verb, then a word
    if not (doc.is_word_boundary(s) or (s > 0 and text[s - 1] in GLUED)):
        return False
    if not (doc.is_word_boundary(end) or end >= len(text) or text[end] in TOWN_ENDS
            or text[end - 1] in GLUED):
        return False  # a town's suffix may be glued to the next name (某某乡|郎…)
    sent = doc.sentence_at(core_end)
    if sent is None:
        return False
    tok = sent.token_at(core_end)  # the token holding the suffix's first character
    if tok is not None and tok[0] < core_end and len(tok[2]) <= 2 and seg.in_dict(tok[2]) \
            and not (tok[0] == core_end - 1 and tok[2][0] in DIRECTION_CHARS):
        return False  # 农村, 小镇, 城乡: the suffix is part of a word (not 沙|东村)
    whole = sent.token_at(s)
    if whole is not None and whole[0] == s and whole[1] == end and seg.in_dict(whole[2]):
        return False  # 贫困村, 行政村: the whole is a word
    return True
