"""Local bodies and the places they belong to: a grassroots body named after a village
the article's places leave unread (its town or county not named: 某某村党支部, 某某村民情
理事会; the village's name is known to the gazetteer and is no ordinary word, unlike
示范村, 城中村, 贫困村), and the place a relative body (市委, 省委) belongs to when the
one in context is another body's (福建某某集团, 驻上海办事处) or only implied; and the bodies a
town or village alone names (某乡幼儿园, 某村卫生室: one body each, where a city's 某市幼儿园
are a kind)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.vocabulary import alternation, word_set, words
from .lexicon import DELIMS
from .tokens import freq

# Heads a town or village alone names one body with (某村卫生室), and those levels.
PLACE_ALONE = word_set("bodies/place_alone_heads")
PLACE_ALONE_LEVELS = ("town", "subdistrict", "village")
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


# A place that opens a company's name (福建某某集团有限公司) or follows 驻 (某市政府驻上海
# 办事处): where a firm comes from or an office sits, not the article's own place.
COMPANY_AFTER = re.compile(rf"[^{re.escape(''.join(sorted(DELIMS)))}]{{1,10}}?"
                           rf"(?:{alternation(words('bodies/company_heads'))})")
STATIONED = tuple(words("bodies/stationed_words"))
MAX_SKIPS = 3  # places skipped back over when each is only another body's


def home_place(ctx, text: str, p, pos: int, levels: tuple[str, ...]):
    """`p`, the place in context for a relative body at `pos` (市委, 省委), or a place of
    that level written before it when `p` is not the article's own: every mention of `p`
    opens a company's name or follows 驻 (省委 after 福建某某集团 is not 福建省委), or `p`
    is only implied by a lower place (no body of 市 from the city above a district
    written far back: the article's own city, when it has one, is written)."""
    for _ in range(MAX_SKIPS):
        if p is None:
            return None
        written = text.find(p.surface) >= 0
        if written and not _only_foreign(text, p.surface):
            return p
        q = ctx.context(min(p.start, pos) - 1, levels)
        if q is None or q.start >= p.start:
            return None
        p = q
    return p


def _only_foreign(text: str, surface: str) -> bool:
    """Every mention of `surface` opens a company's name or follows 驻."""
    k = text.find(surface)
    while k >= 0:
        if not (text.endswith(STATIONED, 0, k) or COMPANY_AFTER.match(text, k + len(surface))):
            return False
        k = text.find(surface, k + 1)
    return True


def placed_alone(head: str, core: str, place: object | None) -> bool:
    """Whether a body with `head`, nothing between its place and the head (`core`), located
    in `place`, is the one body of that town or village (某村卫生室, 某乡幼儿园)."""
    return head in PLACE_ALONE and not core.strip() and getattr(place, "level", None) in PLACE_ALONE_LEVELS
