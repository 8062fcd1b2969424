"""Task forces set up by a place or body: PLACE/ORG 成立/组建 … 专班 → ESTABLISHED; a
generic 工作专班 takes the name of the place that set it up (高新区成立工作专班 →
青山高新区工作专班)."""
from __future__ import annotations

from ...model import Ref
from ..bodies import anaphor_place, counted_before
from ..driver import component
from ..lexicon import ESTABLISH_VERBS
from ..orgs import clause_bounds, strip_quotes
from ..team_anchor import placed_name
from ..spans import Sentence


@component("taskforces_established", scope="sentence",
           reads=("sentence.names", "places", "graph.TaskForce"),
           writes=("graph.TaskForce", "graph.ESTABLISHED", "graph.LOCATED_IN"))
def established(state, sent: Sentence) -> None:
    text, reg = state.text, state.reg
    named = state.named
    for n in named:
        if n.label != "TaskForce" or counted_before(text, n.start, sent.start):
            continue  # 组建了9个服务小组: teams of a kind
        lo, _ = clause_bounds(sent, n.start)
        window = text[lo:n.start]
        verb_at = max((window.rfind(v) for v in ESTABLISH_VERBS), default=-1)
        if verb_at < 0:
            continue
        v = lo + verb_at
        subject = _subject(state, sent, named, lo, v)
        if subject is None:
            continue
        if n.generic:
            if strip_quotes(n.surface) == n.head:
                continue  # a bare 专班 set up by a place: too little to name it
            name = placed_name(subject.name, strip_quotes(n.surface))  # 某区 + 区宣讲团: once
            tf = reg.add("TaskForce", name, aliases={strip_quotes(n.surface)}, pos=n.start)
            n.name, n.generic = name, False
        else:
            tf = Ref("TaskForce", n.name)
            if (tf.label, tf.name) not in reg.entities:
                continue
        reg.relate("ESTABLISHED", subject, tf, sent.text)
        if subject.label == "Place":
            reg.relate("LOCATED_IN", tf, subject, sent.text)


def _subject(state, sent: Sentence, named: list, lo: int, v: int) -> Ref | None:
    """Who sets the task force up: a body right before the verb (某支队立即组织…), else
    the last place written in the clause before the verb, else the last organisation,
    else the place an anaphor (该镇, 全县) refers to."""
    orgs = [o for o in named if o.end <= v and o.start >= lo and o.label == "Organization" and not o.generic]
    places = state.ctx.inside(lo, v)
    if orgs and (not places or places[-1].end <= orgs[-1].end) and _right_before(state.text, orgs[-1].end, v):
        return Ref("Organization", orgs[-1].name)  # 某市消防救援支队立即组织…: the body, not its place
    for m in reversed(places):
        return Ref("Place", m.name)
    if orgs:
        return Ref("Organization", orgs[-1].name)
    p = anaphor_place(state, sent, v)  # 该镇成立了…专班, 全县成立…
    return Ref("Place", p.name) if p is not None else None


def _right_before(text: str, end: int, v: int) -> bool:
    """The body ends right before the verb, with at most an adverb between (立即, 迅速)."""
    return v - end <= 2
