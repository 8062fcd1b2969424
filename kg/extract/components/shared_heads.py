"""Bodies of several places written with one shared name after the list of places
(某市、某市等铁路局集团公司; 某省、某省两证券交易所): each place has its own body, named by
the place as written and the shared name (某市铁路局集团公司), and the shared name alone is
no body. Only cities and provinces, at least two, joined by 、 and closed by 等 or a count
word right before the name; or with no closer, the last place glued to the shared name
(某市、某市、某市铁路局: the name read whole is the last place's, the shared name follows
its place; a state body only, which every place has, its shared name one word)."""
from __future__ import annotations

from ...gazetteer import gazetteer
from ...text.segmenter import segmenter
from ..driver import component
from ..orgs import STATE_KINDS, strip_quotes
from ..spans import Sentence
from ...text.vocabulary import chars, table, words

CLOSERS = words("bodies/shared_head_closers")  # 等, 两, 三: the list ends before the name
LAST_CHARS = frozenset(c[-1] for c in CLOSERS) | {"、"}
MAX_PLACE = 8  # characters of a place's name opening a body's
MIN_SHARED = 2  # 某市、某市局: a one-character head is no shared name
_GLUED = {key: tuple(" ".join(cols).split()) for key, cols in table("bodies/glued_lists").items()}
LEVEL_SUFFIXES = _GLUED["level_suffixes"]  # 某地、某地特别行政区政府: the last place's level
STATIONED = _GLUED["stationed"]  # 某部驻某地、某地公署: the offices of the body before 驻
BARE_KINDS = frozenset(_GLUED["bare_kinds"])  # 某市、某市中心: too bare a shared name
FULL_NAME_BODIES = frozenset(_GLUED["full_name_bodies"])  # 某省人民政府, not 某地政府
LEVEL_ENDS = _GLUED["level_ends"]  # 某市、某省政府: 某市政府
NATIONAL = tuple(words("bodies/national_prefixes")) + _GLUED["openers"]
NOT_GLUED_OPENERS = frozenset(chars("common/numerals") + "0123456789" + "".join(_GLUED["openers"]) + "".join(CLOSERS))
GLUED_JOINER = "、"  # 某市、某市铁路局: the list joined right up to the name
NOT_OPENERS = words("bodies/shared_head_not_openers")  # 等地网信办: places of a kind
LEVELS = ("city", "province")
LABELS = ("Organization", "Company")
MIN_PLACES = 2


@component("shared_heads", scope="sentence", reads=("sentence.names", "places"),
           writes=("graph.Organization", "graph.Company"))
def shared_heads(state, sent: Sentence) -> None:
    text = state.text
    for n in state.named:
        if n.start - 1 <= sent.start or text[n.start - 1] not in LAST_CHARS:
            continue
        if n.label not in LABELS or n.relative:
            continue
        if text[n.start - 1] == GLUED_JOINER:
            _glued(state, sent, n)
            continue
        if n.place is not None:
            continue
        closer = next((c for c in CLOSERS if text.endswith(c, sent.start, n.start)), None)
        if closer is None:
            continue
        places = _listed(state, sent, n.start - len(closer))
        if len(places) < MIN_PLACES:
            continue
        shared = strip_quotes(n.surface)
        if shared.startswith(NOT_OPENERS):
            continue
        for m in places:
            state.reg.add(n.label, m.surface + shared, pos=m.start)
        key = (n.label, n.name)
        if key in state.reg.entities and text.count(n.surface) == 1:
            state.reg.drop({key})  # 铁路局集团公司: the kind the list shares, not one body


def _glued(state, sent: Sentence, n) -> None:
    """某市、某市、某市铁路局: `n` opens with a city or province that ends a list of them
    joined by 、; each place before it has the body of the name after its place."""
    places = _listed(state, sent, n.start - 1)
    if not places or n.label != "Organization" or n.kind not in STATE_KINDS:
        return  # a school or a firm named after its city (某市大学) is that one's
    last, level = _opening_place(state, n)
    if not last or len(last) >= len(n.surface):
        return
    shared = strip_quotes(n.surface[len(last):])
    if len(places) + 1 < MIN_PLACES or len(shared) < MIN_SHARED or shared.startswith(NOT_OPENERS) \
            or shared[0] in NOT_GLUED_OPENERS or shared.startswith(NATIONAL) \
            or state.text.endswith(STATIONED, sent.start, places[0].start) \
            or len(segmenter().cut(shared)) != 1 or state.ctx.starting(n.start + len(last)) is not None:
        return  # 某市、某市三大交易所, 某市、某市各大医院: the list's kind or count, no body each;
        # 某区、某区第某届全国人大: a national body the places elect to; 某部驻某地、某地公署:
        # the offices of the body before 驻; the shared name one word, no place opening it
        # (某市、某市试点地方政府, 某市、某市某区纪委: a phrase, or the last place's district)
    suffix = next((x for x in LEVEL_SUFFIXES if last.endswith(x)), "")
    if shared in BARE_KINDS or shared in FULL_NAME_BODIES \
            and (not suffix or any(m.level != level for m in places)):
        return  # 某市、某市中心: a kind; a government or a party committee needs its place's
        # full name (某地、某地政府) and is of one level (某省、某市党委: each its own form)
    for m in places:  # 某市、某市、某市政府: each written with the level the last one has
        own = m.surface + suffix if m.level == level and not m.surface.endswith(LEVEL_ENDS) else m.surface
        state.reg.add(n.label, own + shared, pos=m.start)


def _opening_place(state, n) -> tuple[str, str]:
    """The city or province `n`'s surface opens with, and its level: the place mention there, or, where the
    name was read as one word (某市铁路局), its longest opening a city's or province's name."""
    m = state.ctx.covering(n.start)
    if m is not None and m.start == n.start:
        return (m.surface, m.level) if m.level in LEVELS else ("", "")
    for k in range(min(MAX_PLACE, len(n.surface) - 1), 1, -1):
        level = next((d.level for d in gazetteer().lookup(n.surface[:k]) if d.level in LEVELS), "")
        if level:
            return n.surface[:k], level
    return "", ""


def _listed(state, sent: Sentence, end: int) -> list:
    """The cities and provinces written right before `end`, joined by 、, first first."""
    out = []
    while end > sent.start:
        m = state.ctx.covering(end - 1)
        if m is None or m.end != end or m.level not in LEVELS:
            break
        out.append(m)
        if m.start - 1 <= sent.start or state.text[m.start - 1] != "、":
            break
        end = m.start - 1
    return out[::-1]
