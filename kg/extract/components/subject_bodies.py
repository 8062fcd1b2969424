"""Government bodies named bare in a clause whose subject is a place (某市整合工商局、
质监局、食药监局; 某县组织公安局、交通局开展…), or in the clauses after it that leave the
subject out (…，合并某局的职能，成立某局): the place's own bodies, though no level
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
from ...text.vocabulary import word_set

GOVERNMENT = "government"
MAX_CORE = 4  # characters of a bare body's name before its head (工商, 市场监管)
MAX_CLAUSES = 3  # clauses a left-out subject is read back over
# heads of the bodies a left-out subject is carried to (某局, 某委: not 中心校, a kind of school)
CARRIED_HEADS = word_set("bodies/carried_subject_heads")


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
        p = _subject(state, sent, n.start, n.head in CARRIED_HEADS and _nouns(sent, n.start, n.end - len(n.head)))
        if p is None:
            continue
        n.name, n.place, n.relative, n.generic = p.name + surface, p, True, False
        n.aliases.add(surface)
        register(state, n, sent)


def _subject(state, sent: Sentence, pos: int, carried: bool = True):
    """The city, county or district that opens the clause of `pos`, or, for a clause that
    opens with a verb (its subject left out: 某市整合…，合并某局…，成立某局), the one that
    opens an earlier clause of the sentence all of whose clauses since open with a verb
    (only when `carried`: a bureau's or commission's head after a core of nouns, not
    群众不|办 or 乡镇标准|中心校)."""
    lo, _ = clause_bounds(sent, pos)
    for _ in range(MAX_CLAUSES):
        places = state.ctx.inside(lo, pos)
        if places and places[0].start == lo:
            return places[0] if places[0].level in LOCAL_LEVELS else None
        if not carried or lo - 1 <= sent.start or not _opens_with_verb(sent, lo):
            return None
        pos = lo - 1
        lo, _ = clause_bounds(sent, pos)
    return None


NOUN_TAGS = ("n", "nz", "nt", "vn", "j", "l")  # l: set phrases (自然资源)


def _nouns(sent: Sentence, s: int, e: int) -> bool:
    """Every word of [s, e) is a noun (知识产权, 市场|监管): a body's core."""
    toks = [t for t in sent.tokens if s <= t[0] < e]
    return bool(toks) and toks[0][0] == s and all(tag(t[2]) in NOUN_TAGS for t in toks)


def _opens_with_verb(sent: Sentence, lo: int) -> bool:
    """The clause starting at `lo` opens with a verb (合并, 成立): its subject is left out."""
    tok = sent.token_at(lo)
    return tok is not None and tok[0] == lo and tag(tok[2]) == "v"
