"""The article's places (found by `kg.places` before extraction starts) as entities with
PART_OF, except a place written only inside a company's, project's or person's name
(李海东: 海东市); a county, town, village or zone written in full opening a company's
or project's name (某县2020年重点项目, 某镇某某合作社) is named all the same, and so is a chain
of places opening one (某省某县某某项目: `kg.extract.name_start_places`)."""
from __future__ import annotations

import re

from ..driver import component
from ..name_start_places import name_start_places


@component("places", scope="article", reads=("places", "people", "name_spans"),
           writes=("graph.Place", "graph.PART_OF"))
def places(state) -> None:
    text, ctx, reg = state.text, state.ctx, state.reg
    people = [(k, k + len(name)) for name in state.people for k in _written(name, text)]
    outside = ctx.outside(state.name_spans + people)
    chained = name_start_places(ctx, state.name_spans, lambda i: _token_at(state, i))
    for name, n in ctx.outside(people).items():
        if name not in outside and (name in chained or _full_local(ctx, name, state.name_spans)):
            outside[name] = n
    for ent in ctx.entities():
        if not outside.get(ent.name):
            continue  # named only inside a company, project or person (李海东: 海东市)
        reg.add(ent.label, ent.name, ent.props, ent.aliases, count=ent.count)
    for rel in ctx.part_of([(s.start, s.end, s.text) for s in state.sentences]):
        if not outside.get(rel.source.name):
            continue
        reg.relate(rel.type, rel.source, rel.target, rel.sentence)


LOCAL_LEVELS = ("county", "district", "town", "subdistrict", "village", "zone")


def _written(name: str, text: str) -> list[int]:
    """The starts of `name` written in `text`, each after the last one's end: those of
    ``re.finditer(re.escape(name), text)``, without a pattern made per name."""
    if not name:
        return [m.start() for m in re.finditer("", text)]
    out, k = [], text.find(name)
    while k >= 0:
        out.append(k)
        k = text.find(name, k + len(name))
    return out


def _token_at(state, pos: int):
    """The token covering article position `pos`, if a sentence holds it."""
    for s in state.sentences:
        if s.start <= pos < s.end:
            return s.token_at(pos)
    return None


def _full_local(ctx, name: str, spans: list[tuple[int, int]]) -> bool:
    """`name` is a county, town, village or zone written in full at the start of a name span."""
    starts = {a for a, _ in spans}
    return any(m.name == name and m.level in LOCAL_LEVELS and m.surface == m.name and m.start in starts
               for m in ctx.mentions)
