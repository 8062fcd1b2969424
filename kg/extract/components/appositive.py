"""A person already read, followed by their post: 李四，某某公司总经理，…; 张三（某局局长）."""
from __future__ import annotations

from ..driver import component
from ..holders import hold
from ..posts import posts_after
from ..spans import Sentence
from .people import occurrences

APPOSITION = "，（("  # what opens the post written after the name


@component("appositive_posts", scope="sentence", reads=("sentence.tokens", "places", "people"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def appositive(state, sent: Sentence) -> None:
    text = state.text
    for name in state.people:
        for at in occurrences(sent, name):
            after = at + len(name)
            if after >= sent.end or text[after] not in APPOSITION:
                continue
            items, end = posts_after(sent, after + 1)
            if text[end - 1] == "、":
                continue  # 王某，区委副书记、区长李某: the list goes on to the next name
            if items and all(it.org is not None and it.org.label != "Place" and not it.org.generic
                             for it in items):
                for item in items:
                    hold(state, name, item, sent)
