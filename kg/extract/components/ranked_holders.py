"""Posts listed before a rank that closes the list (全国政协委员、某工程院院士某某说): the
name, read by another anchor, holds the posts before the rank (posts/listed_ranks; the
rank itself is no post)."""
from __future__ import annotations

from ..driver import component
from ..holders import hold
from ..lexicon import automaton
from ..posts import LISTED_RANKS, posts_before
from ..spans import Sentence

RANK_AC = automaton(LISTED_RANKS)


@component("ranked_holders", scope="sentence", reads=("sentence.tokens", "places", "people"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF"))
def ranked_holders(state, sent: Sentence) -> None:
    if "、" not in sent.text:
        return
    text = state.text
    for end, _ in RANK_AC.iter(sent.text):
        q = sent.start + end + 1
        for name in [nm for nm in state.people if text.startswith(nm, q)]:
            for item in posts_before(sent, q):
                if item.org is not None and not item.org.generic:  # not 主要创始人、某院院士: no body, no post
                    hold(state, name, item, sent)
