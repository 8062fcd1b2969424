"""Choosing, for each gazetteer name found, the division it stands for from the article's
other places, and dropping the towns, villages and short forms nothing anchors."""
from __future__ import annotations

from collections import Counter

from ..gazetteer import COMMON_FREQ, LEVEL_RANK, TOWN_SHORT_SUFFIXES, Gazetteer, short_zone_name
from ..text.segmenter import segmenter
from ..text.vocabulary import word_set, words
from .matching import Candidate
from .mentions import PlaceMention

VILLAGE_ALONE = 4  # characters of a village's unique name that stands with its city alone
# jieba tags of a county's short form that may still name it right after its province
# (湖北X, 湖南Y: a place word or a given name) though the word is common, up to
# PLACE_WORD_FREQ: above it the word names a region (河南中原, 江苏江南)
PLACE_WORD_TAGS = ("ns", "nr")
PLACE_WORD_FREQ = 2000
# endings of short forms that name a natural feature after a province (山东泰山, 浙江西湖)
FEATURE_ENDINGS = tuple(words("places/feature_endings"))
# short forms that are ordinary words of the news though jieba holds them as rare words
# (幸福安康, 中外来宾): anchored as the common short forms are
WORD_SHORTS = word_set("places/word_short_forms")


def resolve(cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Choose a division for each candidate from the article's other places, and drop
    the towns, villages and short forms that nothing anchors."""
    anc = {i: gaz.ancestors(i) for c in cands for i, _ in c.options}
    for c in cands:  # first guess: highest level, official name before short form
        c.choice = min(c.options, key=lambda o: (LEVEL_RANK[gaz.level(o[0])], o[1]))[0]
    keep = list(cands)
    for _ in range(4):
        for _ in range(2):
            chosen = Counter(c.choice for c in keep)
            below = Counter(a for c in keep for a in anc[c.choice])
            prev = None
            for c in keep:
                if len(c.options) == 1:  # nothing to choose
                    prev = c
                    continue
                adjacent = prev.choice if prev is not None and prev.end == c.start else None
                own, own_ups = c.choice, set(anc[c.choice])

                def score(o: tuple[int, bool]) -> tuple:
                    # written after its ancestor; named elsewhere itself (长沙市 makes
                    # 长沙 the city, not 长沙县); the nearest named ancestor; a named
                    # descendant; the higher level; an official name
                    i, via_short = o
                    ups = anc[i]
                    near = next((k for k, a in enumerate(ups) if chosen[a] - (a == own) > 0),
                                len(ups) + 9)
                    return (adjacent is not None and adjacent in ups,
                            chosen[i] - (i == own) > 0, -near,
                            below[i] - (i in own_ups) > 0,
                            -LEVEL_RANK[gaz.level(i)], not via_short)
                c.choice = max(c.options, key=score)[0]
                prev = c
        chosen = Counter(c.choice for c in keep)
        strict, prev = [], None
        for c in keep:
            adjacent = prev.choice if prev is not None and prev.end == c.start else None
            strict.append(_anchored(c, gaz, anc[c.choice], chosen, adjacent))
            prev = c
        sure = {c.choice for c, ok in zip(keep, strict) if ok}
        new_keep = [c for c, ok in zip(keep, strict) if ok or c.choice in sure]
        if len(new_keep) == len(keep):
            break
        keep = new_keep
    return keep


def _anchored(c: Candidate, gaz: Gazetteer, ups: list[int], chosen: Counter,
              adjacent: int | None) -> bool:
    """Whether the article backs candidate `c` (see the module docstring)."""
    i = c.choice
    level = gaz.level(i)

    def named(a: int) -> bool:
        return chosen[a] - (a == i) > 0

    if level in ("town", "subdistrict") and c.via_short():
        # 团洲 only where the article also writes 团洲乡 (see _resolve): alone, a town's
        # short form is as often a lake, a river or a scenic spot (西溪, 千岛湖, 沱江)
        return False
    short = gaz.shorts.get(i)
    if c.via_short() and (short in gaz.common_shorts or short in WORD_SHORTS):
        # 河源和平, not 辽宁振兴发展; 湖北某某 for a county whose short form is a place word
        return bool(ups) and (adjacent == ups[0] or adjacent in ups and level in (
            "county", "district") and gaz.level(adjacent) == "province"
            and _place_word(short))
    if adjacent is not None and adjacent in ups:
        return True
    if level in ("county", "district") and (c.via_short() or c.length <= 2):
        # its city is named (a municipality is too broad: 长寿花 in a 重庆 roundup); for a
        # short form that is no ordinary word (若尔盖, 古田), any named ancestor will do
        if c.via_short() and gaz.shorts.get(i) in gaz.distinct_shorts:
            return any(named(a) for a in ups)
        return bool(ups) and gaz.level(ups[0]) == "city" and named(ups[0])
    if level == "village":
        # its town or county is named; or its name is the only one of its kind, long, and
        # its city is named (阿拉塔图嘎查 in a report on 锡林郭勒盟)
        return any(named(a) and gaz.level(a) in ("town", "subdistrict", "county",
                                                  "district", "zone") for a in ups) \
            or len(c.options) == 1 and c.length >= VILLAGE_ALONE and any(
                named(a) and gaz.level(a) == "city" for a in ups)
    if level in ("town", "subdistrict", "zone"):
        if any(named(a) and gaz.level(a) != "province" for a in ups):
            return True
        name = gaz.names[i]
        return (level != "zone" and len(c.options) == 1 and len(name) >= 3
                and name.endswith(TOWN_SHORT_SUFFIXES))
    return True


def _place_word(short: str) -> bool:
    """A county's short form that is also a word, yet names the county right after its
    province: a rare word or a place word or name (湖南某某、湖北某某等地), not a frequent
    noun, verb or direction (辽宁振兴, 四川南部, 湖北公安), a region (河南中原) nor a
    mountain or lake (山东泰山, 浙江西湖)."""
    if short.endswith(FEATURE_ENDINGS):
        return False
    seg = segmenter()
    freq = seg.freq(short)
    return freq < COMMON_FREQ or freq < PLACE_WORD_FREQ and seg.tag(short) in PLACE_WORD_TAGS


def _canonical(gaz: Gazetteer, i: int) -> str:
    name = gaz.names[i]
    return short_zone_name(name) if gaz.level(i) == "zone" else name


def _ancestry(gaz: Gazetteer, i: int) -> tuple[tuple[str, str], ...]:
    return tuple((_canonical(gaz, a), gaz.level(a)) for a in gaz.ancestors(i))


def to_mention(text: str, gaz: Gazetteer, c: Candidate) -> PlaceMention:
    i = c.choice
    ups = _ancestry(gaz, i)
    return PlaceMention(c.start, c.end, text[c.start:c.end], _canonical(gaz, i), gaz.level(i),
                        gaz.adcode(i), ups[0][0] if ups else None, ups, i)
