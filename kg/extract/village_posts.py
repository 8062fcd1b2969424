"""The body of a village's post written bare after the village was named (在某县某村，党支部
书记某某说; 记者来到某村。村委会主任某某…): a body only a village or community has
(posts/village_party_bodies) is that of the village named last before it, in its sentence
or the one before, when no other body or company was named in between."""
from __future__ import annotations

from ..model import Ref
from ..text.vocabulary import words
from .orgs import Named
from .spans import Sentence

VILLAGE_BODIES = frozenset(words("posts/village_party_bodies"))
VILLAGE_LEVELS = ("village",)
BODY_LABELS = ("Organization", "Company")


def village_body(state, org: Named, sent: Sentence) -> Ref | None:
    """党支部 written bare: the 党支部 of the village named just before, registered as a
    body located in it; else None."""
    if org.surface not in VILLAGE_BODIES:
        return None
    p = state.ctx.context(org.start, VILLAGE_LEVELS)
    if p is None or p.end > org.start or p.name not in state.ctx.mention_names():
        return None
    prev = [s for s in state.sentences if s.end <= sent.start][-1:]
    if p.start < (prev[0].start if prev else sent.start):
        return None  # named too far before
    if any(label in BODY_LABELS and p.end <= pos < org.start for label, _, pos in state.reg.order):
        return None  # another body in between (某村某公司，党支部书记…)
    ref = state.reg.add("Organization", p.name + org.surface, {"kind": org.kind} if org.kind else {},
                        {org.surface}, pos=org.start)
    state.reg.relate("LOCATED_IN", ref, Ref("Place", p.name), sent.text)
    return ref
