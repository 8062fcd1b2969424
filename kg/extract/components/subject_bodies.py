"""Government bodies named bare in a clause whose subject is a place (某市整合工商局、
质监局、食药监局; 某县组织公安局、交通局开展…): the place's own bodies, though no level
word (市工商局) says so. Only a bare body of a specific kind (its core no generic word:
not 相关部门) and only a city, county or district opening the clause, or opening an earlier
clause of the sentence when those between open with a verb (某市整合工商局，合并物价局和
统计局的职能，成立市场监管局)."""
from __future__ import annotations

from ..bodies import register
from ..context import LOCAL_LEVELS
from ..driver import component
from ..orgs import clause_bounds, generic_core, strip_quotes
from ..spans import Sentence
from ..tokens import tag
from ...text.segmenter import segmenter

GOVERNMENT = "government"
MAX_CORE = 4  # characters of a bare body's name before its head (工商, 市场监管)
MAX_CLAUSES = 3  # clauses back to the one a place opens
NOT_NAME_TAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "r", "m", "q", "f", "t", "ad", "y", "e"})


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
        if p is None or p.end < clause_bounds(sent, n.start)[0] and not _nominal(core):
            continue  # 劝导群众不办…: a carried subject needs a body's own name (物价, 市场监管)
        n.name, n.place, n.relative, n.generic = p.name + surface, p, True, False
        n.aliases.add(surface)
        register(state, n, sent)


def _subject(state, sent: Sentence, pos: int):
    """The city, county or district that opens the clause of `pos`, or that opens an
    earlier clause of the sentence when the clauses between open with a verb (某市整合
    A、B，合并C和D的职能，成立E: the city does all three)."""
    lo, _ = clause_bounds(sent, pos)
    for _ in range(MAX_CLAUSES):
        places = state.ctx.inside(lo, pos)
        if places and places[0].start == lo:
            return places[0] if places[0].level in LOCAL_LEVELS else None
        if not _opens_with_verb(sent, lo) or lo - 1 <= sent.start or sent.article[lo - 1] not in "，,":
            return None
        lo, _ = clause_bounds(sent, lo - 1)
    return None


def _nominal(core: str) -> bool:
    """No word of `core` is a function word (群众不…), as in a body's own name (物价, 统计)."""
    return not any(tag(w) in NOT_NAME_TAGS for w in segmenter().dictionary_words(core))


def _opens_with_verb(sent: Sentence, lo: int) -> bool:
    """The clause at `lo` opens with a verb: its subject is the one written before."""
    tok = sent.token_at(lo)
    return tok is not None and tok[0] == lo and tag(tok[2]) == "v"
