"""Government bodies named bare in a clause whose subject is a place (某市整合工商局、
质监局、食药监局; 某县组织公安局、交通局开展…): the place's own bodies, though no level
word (市工商局) says so. Only a bare body of a specific kind (its core no generic word:
not 相关部门) and only a city, county or district opening the clause."""
from __future__ import annotations

from ..bodies import register
from ..context import LOCAL_LEVELS
from ..driver import component
from ..orgs import clause_bounds, generic_core, strip_quotes
from ..spans import Sentence

GOVERNMENT = "government"
MAX_CORE = 4  # characters of a bare body's name before its head (工商, 市场监管)


@component("subject_bodies", scope="sentence", reads=("sentence.names", "places"),
           writes=("sentence.names", "graph.Organization", "graph.LOCATED_IN"))
def subject_bodies(state, sent: Sentence) -> None:
    for n in state.named:
        if not (n.generic and n.label == "Organization" and n.kind == GOVERNMENT and n.head
                and n.place is None and not n.relative):
            continue
        surface = strip_quotes(n.surface)
        core = surface[:-len(n.head)]
        if not 2 <= len(core) <= MAX_CORE or generic_core(core):
            continue
        p = _subject(state, sent, n.start)
        if p is None:
            continue
        n.name, n.place, n.relative, n.generic = p.name + surface, p, True, False
        n.aliases.add(surface)
        register(state, n, sent)


def _subject(state, sent: Sentence, pos: int):
    """The city, county or district that opens the clause of `pos`."""
    lo, _ = clause_bounds(sent, pos)
    places = state.ctx.inside(lo, pos)
    if not places or places[0].start != lo or places[0].level not in LOCAL_LEVELS:
        return None
    return places[0]
