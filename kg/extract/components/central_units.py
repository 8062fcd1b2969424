"""A unit written right after a national body's name (国家防总办公室, 中央纪委常委会) is a body
of its own, named as written: the head reader stops inside such names (国家|防总 before
办公室 reads a bare 办公室) and the national body's reader ends before the unit. The bare
unit read on its own is dropped. Unit words: kg/data/vocab/bodies/central_unit_words.txt."""
from __future__ import annotations

from ..bodies import register
from ..central import canonical
from ..driver import component
from ..orgs import Named
from ..spans import Sentence
from ...text.vocabulary import words

UNITS = tuple(sorted(words("bodies/central_unit_words"), key=len, reverse=True))


@component("central_units", scope="sentence", reads=("sentence.names", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def central_units(state, sent: Sentence) -> None:
    if not any(u in sent.text for u in UNITS):
        return
    text, spans = state.text, state.body_spans
    for n in list(state.named):
        if n.label != "Organization" or n.end >= sent.end or canonical(n.name) is None:
            continue
        unit = next((u for u in UNITS if text.startswith(u, n.end)), None)
        if unit is None:
            continue
        e = n.end + len(unit)
        if any(a < e and n.start < z and not (a >= n.end and z <= e) and not (a >= n.start and z <= n.end)
               for a, z in spans):
            continue  # the unit opens a longer body (国务院办公厅秘书局 …), read by its head
        bare = [m for m in state.named if n.end <= m.start and m.end <= e]
        state.named[:] = [m for m in state.named if m not in bare]
        spans[:] = [sp for sp in spans if not (n.end <= sp[0] and sp[1] <= e)]
        form = text[n.start:e]  # 十九届中央纪委常委会: the term stays in an alias
        u = Named(n.start, e, form, "Organization", n.kind, unit, name=n.name + unit,
                  aliases={form} - {n.name + unit})
        register(state, u, sent)
        state.named.append(u)
        spans.append((n.start, e))
    state.named.sort(key=lambda m: m.start)
