"""The body of a post written only by a level word, after an anaphor or after 驻 and a
level word (村支书某某, 该村党支部书记某某, 驻村第一书记某某): the place of that level in context, as `head_place` reads a county for
县长. Read only where no body of the kind was met before (`bodies.reference`)."""
from __future__ import annotations

from ..model import Ref
from ..text.vocabulary import words
from .bodies import ANAPHOR
from .context import LEVEL_PREFIXES
from .orgs import Named
from .spans import Sentence

LEVEL_WORDS = tuple(sorted(LEVEL_PREFIXES, key=len, reverse=True))
STATIONED = frozenset(c for w in words("bodies/stationed_words") for c in w)


def level_body(state, org: Named, sent: Sentence) -> Ref | None:
    """村 before 支书: the village in context (its nearest mention before, named in the
    article); 该村 before 党支部: that village's 党支部, registered as a body."""
    if org.surface in LEVEL_PREFIXES:
        p = _in_context(state, org.start, LEVEL_PREFIXES[org.surface])
        return Ref("Place", p.name) if p is not None else None
    m = None
    for m in ANAPHOR.finditer(state.text, sent.start, org.start):
        pass
    if m is None or m.end() != org.start:
        return None
    word = m.group(1) or m.group(2)
    if not word:
        return None
    p = _in_context(state, m.start(), LEVEL_PREFIXES[word])
    if p is None:
        return None
    props = {"kind": org.kind} if org.kind else {}
    ref = state.reg.add("Organization", p.name + org.surface, props, {org.surface}, pos=org.start)
    state.reg.relate("LOCATED_IN", ref, Ref("Place", p.name), sent.text)
    return ref


def stationed_body(state, ts: int, sent: Sentence) -> Ref | None:
    """驻村第一书记某某: a title written after 驻 and a level word is the post of the place
    of that level in context (the village the cadre is stationed in)."""
    text = state.text
    for word in LEVEL_WORDS:
        b = ts - len(word)
        if b - 1 >= sent.start and text.startswith(word, b) and text[b - 1] in STATIONED:
            p = _in_context(state, b - 1, LEVEL_PREFIXES[word])
            return Ref("Place", p.name) if p is not None else None
    return None


def _in_context(state, pos: int, levels: tuple[str, ...]):
    p = state.ctx.context(pos, levels)
    if p is None or p.start > pos or p.name not in state.ctx.mention_names():
        return None
    return p
