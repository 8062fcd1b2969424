"""Grassroots bodies named after a village the article's places leave unread (its town
or county not named): 某某村党支部, 某某村民情理事会. The village's name is known to the
gazetteer and is no ordinary word (示范村, 城中村, 贫困村 are kinds of village)."""
from __future__ import annotations

from ..gazetteer import gazetteer
from ..text.vocabulary import words
from .tokens import freq

# The words that end a village's or community's name (村, 社区, 嘎查).
VILLAGE_ENDS = tuple(words("bodies/village_ends"))


def is_village(name: str) -> bool:
    """A village's name in the gazetteer that is no dictionary word (not 示范村, 城中村)."""
    gaz = gazetteer()
    i = gaz.key_index(name)
    return not freq(name) and i is not None and any(gaz.level(d) == "village" for d in gaz.full_ids(i))


def village_core(core: str) -> bool:
    """Whether `core` (a body's name before its head) opens with one village's name
    (某某村, 某某村民情): in the gazetteer at the village level, ending with a village
    word, no dictionary word."""
    for end in VILLAGE_ENDS:
        k = core.find(end, 2)
        if k < 0:
            continue
        if is_village(core[:k + len(end)]):
            return True
    return False
