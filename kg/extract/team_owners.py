"""The body that sets a task force up: 某市交通局成立专项工作组 is the bureau's team
(某市交通局专项工作组), not the city's. A team written without a place or owner takes the
name of the organisation written right before the verb of setting it up in its clause
(with at most an adverb between: 某部立即成立…)."""
from __future__ import annotations

from .lexicon import ESTABLISH_VERBS
from .orgs import clause_bounds
from .spans import Sentence

GAP = 2  # characters an adverb may take between the body and the verb (立即, 迅速)


def owning_body(state, sent: Sentence, pos: int) -> str | None:
    """The name of the organisation that the clause before `pos` says set the team up,
    when it stands right before the verb of setting up; else None."""
    lo, _ = clause_bounds(sent, pos)
    text = state.text
    window = text[lo:pos]
    at = max((window.rfind(v) for v in ESTABLISH_VERBS), default=-1)
    if at <= 0:
        return None
    v = lo + at
    for label, name, p in reversed(state.reg.order):
        if p >= v or label != "Organization":
            continue
        if p < lo or (label, name) not in state.reg.entities:
            return None
        for gap in range(GAP + 1):
            end = v - gap
            if end - p >= 2 and name.endswith(text[end - 2:end]):
                return name
        return None
    return None
