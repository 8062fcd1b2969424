"""Posts listed before a person's place and role noun (全国人大代表、某省某县某村村民某某;
省政协委员、某市某公司工人某某): the person read after the role holds the posts of the
list, which the role noun and its places would otherwise cut from the name."""
from __future__ import annotations

from ..driver import component
from ..holders import hold
from ..lexicon import ROLE_NOUNS
from ..posts import posts_before
from ..spans import Sentence
from .people import occurrences

LIST_MARK = "、"


@component("posts_before_roles", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def role_posts(state, sent: Sentence) -> None:
    if LIST_MARK not in sent.text or not state.people:
        return
    text = state.text
    for name in state.people:
        for at in occurrences(sent, name):
            role = next((r for r in ROLE_NOUNS if text.endswith(r, sent.start, at)), None)
            if role is None:
                continue
            b = at - len(role)
            while b > sent.start and (m := state.ctx.covering(b - 1)) is not None and m.end == b:
                b = m.start  # the role's places: 某省某县某村|村民
            if b - 1 <= sent.start or text[b - 1] != LIST_MARK:
                continue
            for item in posts_before(sent, b - 1):
                hold(state, name, item, sent)
