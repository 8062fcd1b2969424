"""A company or project settling in a place: 某某项目落户某街道, 某公司入驻某园区 — the one
named last before the verb in its clause is LOCATED_IN the place written right after it."""
from __future__ import annotations

import re

from ...model import Ref
from ...text.vocabulary import alternation, words
from ..driver import component
from ..orgs import clause_bounds
from ..spans import Sentence

SETTLE = re.compile(alternation(words("relations/settle_verbs")))
SETTLE_GAP = ("",) + words("relations/settle_gap")  # what may stand between the name and the verb


@component("settled_in", scope="sentence", reads=("sentence.names", "places"),
           writes=("graph.LOCATED_IN",))
def settled_in(state, sent: Sentence) -> None:
    text, ctx = state.text, state.ctx
    for m in SETTLE.finditer(text, sent.start, sent.end):
        place = ctx.starting(m.end())
        while place is not None and ctx.starting(place.end) is not None:
            place = ctx.starting(place.end)  # 清远市清城区: the last of the chain
        if place is None:
            continue
        lo, _ = clause_bounds(sent, m.start())
        before = [n for n in state.named if n.label in ("Company", "Project") and lo <= n.start
                  and n.end <= m.start() and not n.generic and text[n.end:m.start()] in SETTLE_GAP]
        if before and (before[-1].label, before[-1].name) in state.reg.entities:
            state.reg.relate("LOCATED_IN", Ref(before[-1].label, before[-1].name),
                             Ref("Place", place.name), sent.text)
