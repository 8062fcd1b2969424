"""A task force's name opened by the short form of a city or county (某州灾后重建指挥部
written with the bare 玉树-like short form, 某县山体滑坡救援指挥部 with the county's
short form, 某水县 for a county whose full name is 某水某族自治县) takes the full name of that place, so that both forms are one team; not one
named after a work the short form names (某某大桥指挥部).

The short form resolves when one division alone has it, or when one of the divisions
that have it is under a place the article names (陕西|山阳: the county, not a district of
the same short name elsewhere). Provinces' short forms are left alone (四川抗震救灾指挥部
is read where places are resolved)."""
from __future__ import annotations

from functools import cache

from ..gazetteer import Division, gazetteer
from .context import LEVEL_CHARS, LEVEL_PREFIXES
from ..text.segmenter import segmenter
from ..text.vocabulary import words as vocab_words

# Works named by a place's short form (某某机场, 某某大桥): a team named after the work
# keeps the work's name as written (某某大桥指挥部).
WORKS = frozenset(vocab_words("programs/infrastructure_heads") + vocab_words("programs/built_heads"))

# Levels whose short forms open a task force's name in the news (城市, 县, 区).
LEVELS = frozenset({"city", "county", "district"})
LONGEST = 4  # the longest short form tried (日喀则, 西双版纳)


def full_place_name(name: str, text: str) -> str | None:
    """`name` with its opening short form of a city or county replaced by the place's full
    name, or None when it opens with none (or with a full name, or an ambiguous one)."""
    gaz = gazetteer()
    written = _short_with_level(name, text)
    if written is not None:
        return written
    words = segmenter().dictionary_words(name[:8])
    if not words or not 2 <= len(words[0]) <= LONGEST or len(words) < 2:
        return None  # 公安部|工作组: the short form (公安) is inside a word of its own
    short = words[0]
    if any(w in WORKS for w in words[1:3]):
        return None  # 某某|大桥|指挥部: named after the work, written as the work is
    if gaz.full_ids(short) or gaz.full_ids(short + words[1][:1]):
        return None  # 某某县…, 某市…: written in full (or a full name that is also short)
    rest = name[len(short):]
    if rest.startswith(tuple(LEVEL_PREFIXES)):
        return None  # 某某|社区, 某某|镇: a place of another level named alike
    found = _resolved(short, text)
    if found is None or rest.startswith(found.name[len(short):len(short) + 1]):
        return None  # 某某|哈尼族…自治县: written in full, the short form's word cut
    return found.name + rest


def _short_with_level(name: str, text: str) -> str | None:
    """`name` opened by a short form and the last character of its place's full name
    (某水县 for 某水某族自治县, 某树州 for 某树某族自治州), which is no division's full name,
    with that opening replaced by the full name."""
    gaz = gazetteer()
    for j in range(2, min(LONGEST, len(name) - 3) + 1):
        level = name[j]
        if level not in LEVEL_CHARS or gaz.full_ids(name[:j + 1]):
            continue
        found = _resolved(name[:j], text)
        if found is not None and found.name.endswith(level):
            return found.name + name[j + 1:]
    return None


def _resolved(short: str, text: str) -> Division | None:
    """The one city or county whose short form is `short`, helped by the places above it
    that `text` names."""
    cands = [d for d in _by_short(short) if d.level in LEVELS]
    if len(cands) == 1:
        return cands[0]
    if not cands:
        return None
    gaz = gazetteer()
    named = [d for d in cands if any(a.name in text or (a.short and a.short in text)
                                     for a in (gaz.get(i) for i in gaz.ancestors(d.id)))]
    return named[0] if len(named) == 1 else None


@cache
def _by_short(short: str) -> tuple[Division, ...]:
    gaz = gazetteer()
    return tuple(gaz.get(i) for i in gaz.short_ids(short) if gaz.get(i).name != short)
