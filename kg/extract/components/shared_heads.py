"""Bodies of several places written with one shared name after the list of places
(某市、某市等铁路局集团公司; 某省、某省两证券交易所): each place has its own body, named by
the place as written and the shared name (某市铁路局集团公司), and the shared name alone is
no body. Only cities and provinces, at least two, joined by 、 and closed by 等 or a count
word right before the name."""
from __future__ import annotations

from ..driver import component
from ..orgs import strip_quotes
from ..spans import Sentence
from ...text.vocabulary import words

CLOSERS = words("bodies/shared_head_closers")  # 等, 两, 三: the list ends before the name
LAST_CHARS = frozenset(c[-1] for c in CLOSERS)
NOT_OPENERS = words("bodies/shared_head_not_openers")  # 等地网信办: places of a kind
LEVELS = ("city", "province")
LABELS = ("Organization", "Company")
MIN_PLACES = 2


@component("shared_heads", scope="sentence", reads=("sentence.names", "places"),
           writes=("graph.Organization", "graph.Company"))
def shared_heads(state, sent: Sentence) -> None:
    text = state.text
    for n in state.named:
        if n.start - 1 <= sent.start or text[n.start - 1] not in LAST_CHARS:
            continue
        if n.label not in LABELS or n.place is not None or n.relative:
            continue
        closer = next((c for c in CLOSERS if text.endswith(c, sent.start, n.start)), None)
        if closer is None:
            continue
        places = _listed(state, sent, n.start - len(closer))
        if len(places) < MIN_PLACES:
            continue
        shared = strip_quotes(n.surface)
        if shared.startswith(NOT_OPENERS):
            continue
        for m in places:
            state.reg.add(n.label, m.surface + shared, pos=m.start)
        key = (n.label, n.name)
        if key in state.reg.entities and text.count(n.surface) == 1:
            state.reg.drop({key})  # 铁路局集团公司: the kind the list shares, not one body


def _listed(state, sent: Sentence, end: int) -> list:
    """The cities and provinces written right before `end`, joined by 、, first first."""
    out = []
    while end > sent.start:
        m = state.ctx.covering(end - 1)
        if m is None or m.end != end or m.level not in LEVELS:
            break
        out.append(m)
        if m.start - 1 <= sent.start or state.text[m.start - 1] != "、":
            break
        end = m.start - 1
    return out[::-1]
