"""Grassroots bodies a village, town or community sets up or has, written without a place
(某村成立了红白理事会和老人协会; 某村的养殖专业合作社): that place's bodies, named with it
(某村红白理事会). The place is the last one of the clause before the body, with a verb of
setting up between them, or the place written right before the body and 的."""
from __future__ import annotations

from ..text.vocabulary import word_set, words
from .lexicon import ESTABLISH_VERBS, POSSESSIVE
from .orgs import Named, clause_bounds, strip_quotes
from .spans import Sentence

HEADS = word_set("bodies/village_body_heads")
LEVELS = tuple(words("bodies/village_levels"))
SETUP_VERBS = tuple(v for v in ESTABLISH_VERBS if len(v) > 1)


def village_owner(state, sent: Sentence, n: Named) -> bool:
    """Name `n` after the village or town that sets it up or has it; whether it did."""
    if n.label != "Organization" or n.place is not None or n.relative or n.head not in HEADS:
        return False
    p = _possessor(sent, n.start) or _founder(state, sent, n.start)
    if p is None:
        return False
    surface = strip_quotes(n.surface)
    n.aliases.add(surface)
    n.name, n.place, n.relative, n.generic = p.name + surface, p, True, False
    return True


def _possessor(sent: Sentence, start: int):
    """A village or town written right before `start` and 的 (某村的老人协会)."""
    if start - 2 < sent.start or sent.article[start - 1] != POSSESSIVE:
        return None
    p = sent.ctx.covering(start - 2)
    return p if p is not None and p.end == start - 1 and p.level in LEVELS else None


def _founder(state, sent: Sentence, start: int):
    """The last place of the clause before `start`, a village or town, with a verb of
    setting up between it and the body (某村成立了…)."""
    lo, _ = clause_bounds(sent, start)
    inside = state.ctx.inside(lo, start)
    if not inside or inside[-1].level not in LEVELS:
        return None
    p = inside[-1]
    return p if any(v in state.text[p.end:start] for v in SETUP_VERBS) else None
